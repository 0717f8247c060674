import Supercluster from 'supercluster';

/** A site as the index sees it: where it is and the sector its marker shows. */
export interface IndexedSite {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly sector: string;
}

/** One site drawn on its own. */
export interface SitePoint {
  readonly kind: 'site';
  readonly key: string;
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

/**
 * Several sites drawn as one: nearby sites merged at this zoom, or a stack of sites sharing one point
 * (which no zoom can separate: it fans out instead).
 */
export interface ClusterPoint {
  readonly kind: 'cluster';
  readonly key: string;
  readonly count: number;
  readonly lon: number;
  readonly lat: number;
  /** The sector all its sites show, or '' when they differ. */
  readonly sector: string;
  /** True for sites sharing one point. */
  readonly stack: boolean;
}

export type MapItem = SitePoint | ClusterPoint;

export interface ClusterIndexOptions {
  /** Sites closer than this many screen pixels merge (Leaflet's 256 px tiles). */
  readonly radius: number;
  /** The deepest zoom the map allows: clusters still exist there (and fan out instead of zooming). */
  readonly maxZoom: number;
}

/** Sites on the same point, to about a metre. */
interface Group {
  readonly ids: string[];
  readonly lon: number;
  readonly lat: number;
  sector: string;
}

interface GroupProps {
  g: number;
}

interface ClusterProps {
  n: number;
  s: string;
}

type Bbox = [west: number, south: number, east: number, north: number];

/**
 * Which sites are drawn alone and which merge, for a bounding box and a zoom: the one place that knows
 * the clustering strategy (supercluster over groups of co-located sites), kept apart from the DOM so
 * a faster strategy can replace it behind the same methods. Built once per set of sites.
 */
export class ClusterIndex {
  private readonly groups: Group[] = [];
  private readonly groupOf = new Map<string, number>();
  /** One tree per quarter zoom level, built when first asked for (a map mostly stays on one quarter). */
  private readonly trees: Supercluster<GroupProps, ClusterProps>[] = [];

  constructor(
    sites: readonly IndexedSite[],
    readonly options: ClusterIndexOptions,
  ) {
    const byPoint = new Map<number, number>();
    for (const site of sites) {
      // Rounded to 1e-5 degree (about a metre), packed in one number: faster to hash than a string.
      const point = Math.round(site.lon * 1e5) * 2e7 + Math.round(site.lat * 1e5) + 1e7;
      let index = byPoint.get(point);
      if (index === undefined) {
        index = this.groups.push({ids: [], lon: site.lon, lat: site.lat, sector: site.sector}) - 1;
        byPoint.set(point, index);
      }
      const group = this.groups[index];
      group.ids.push(site.id);
      if (group.sector !== site.sector) group.sector = '';
      this.groupOf.set(site.id, index);
    }
  }

  /** How many sites the index holds. */
  get size(): number {
    return this.groupOf.size;
  }

  /** What to draw in a bounding box (west, south, east, north in degrees) at a zoom (quarter levels). */
  query(bbox: Bbox, zoom: number): MapItem[] {
    const {level, quarter} = splitZoom(zoom);
    return this.tree(quarter)
      .getClusters(bbox, level)
      .map((feature) => {
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const props = feature.properties;
        if ('cluster' in props && props.cluster) {
          return {
            kind: 'cluster',
            key: `c${quarter}:${props.cluster_id}`,
            count: props.n,
            lon,
            lat,
            sector: props.s,
            stack: false,
          };
        }
        const group = this.groups[(props as GroupProps).g];
        if (group.ids.length === 1) return {kind: 'site', key: `site:${group.ids[0]}`, id: group.ids[0], lon, lat};
        return {
          kind: 'cluster',
          key: `s${(props as GroupProps).g}`,
          count: group.ids.length,
          lon,
          lat,
          sector: group.sector,
          stack: true,
        };
      });
  }

  /** The zoom at which a cluster splits; above the map's max zoom (or for a stack) it can only fan out. */
  expansionZoom(cluster: ClusterPoint): number {
    if (cluster.stack) return Infinity;
    const {quarter, id} = clusterRef(cluster);
    return this.tree(quarter).getClusterExpansionZoom(id) + quarter / 4;
  }

  /** Ids of the sites a cluster stands for, `limit` of them from `offset`, without walking the rest. */
  leaves(cluster: ClusterPoint, limit: number, offset = 0): string[] {
    if (cluster.stack) return this.groups[Number(cluster.key.slice(1))].ids.slice(offset, offset + limit);
    const {quarter, id} = clusterRef(cluster);
    const tree = this.tree(quarter);
    const ids: string[] = [];
    const wanted = offset + limit;
    const walk = (parent: number): void => {
      for (const child of tree.getChildren(parent)) {
        if (ids.length >= wanted) return;
        const props = child.properties;
        if ('cluster' in props && props.cluster) walk(props.cluster_id);
        else ids.push(...this.groups[(props as GroupProps).g].ids.slice(0, wanted - ids.length));
      }
    };
    walk(id);
    return ids.slice(offset, wanted);
  }

  /** Whether a cluster stands for a site (walks its leaves: for the rare clusters that never split). */
  contains(cluster: ClusterPoint, id: string): boolean {
    return this.leaves(cluster, cluster.count).includes(id);
  }

  /**
   * The first zoom from `fromZoom` at which a site is drawn on its own, or, when no zoom separates it,
   * the zoom and the cluster (stack) it must fan out of.
   */
  revealZoom(id: string, fromZoom: number): {zoom: number; fanOut?: ClusterPoint} | undefined {
    const g = this.groupOf.get(id);
    if (g === undefined) return undefined;
    const {lon, lat} = this.groups[g];
    // About 10 m: supercluster keeps coordinates as 32-bit floats, a tighter box could miss the point.
    const near = 1e-4;
    for (let zoom = Math.max(0, fromZoom); zoom <= this.options.maxZoom; zoom++) {
      for (const item of this.query([lon - near, lat - near, lon + near, lat + near], zoom)) {
        if (item.kind === 'site' && item.id === id) return {zoom};
        if (item.kind === 'cluster' && item.key === `s${g}`) return {zoom, fanOut: item};
      }
    }
    // Still merged at the deepest zoom: the cluster holding it is within a few radii.
    const zoom = Math.max(fromZoom, this.options.maxZoom);
    const reach = (4 * this.options.radius * 360) / (256 * 2 ** zoom);
    const around: Bbox = [lon - reach, lat - reach, lon + reach, lat + reach];
    const fanOut = this.query(around, zoom).find(
      (item): item is ClusterPoint => item.kind === 'cluster' && this.contains(item, id),
    );
    return {zoom, fanOut};
  }

  private tree(quarter: number): Supercluster<GroupProps, ClusterProps> {
    const built = this.trees[quarter];
    if (built) return built;
    const groups = this.groups;
    const tree = new Supercluster<GroupProps, ClusterProps>({
      // Radius relative to a 256-unit tile extent is in Leaflet's screen pixels; a map a quarter level
      // deeper shows the same distances 2^¼ times longer, so its tree merges within a shorter radius.
      extent: 256,
      radius: this.options.radius / 2 ** (quarter / 4),
      maxZoom: Math.floor(this.options.maxZoom),
      map: (props) => ({n: groups[props.g].ids.length, s: groups[props.g].sector}),
      reduce: (into, props) => {
        into.n += props.n;
        if (into.s !== props.s) into.s = '';
      },
    }).load(
      groups.map((group, g) => ({
        type: 'Feature',
        geometry: {type: 'Point', coordinates: [group.lon, group.lat]},
        properties: {g},
      })),
    );
    this.trees[quarter] = tree;
    return tree;
  }
}

/** A zoom as an integer level and a quarter (0–3) above it. */
function splitZoom(zoom: number): {level: number; quarter: number} {
  // Rounded down to the quarter: markers are then at least as far apart as the tree assumes.
  const quarters = Math.floor(zoom * 4 + 1e-6);
  return {level: Math.floor(quarters / 4), quarter: quarters % 4};
}

function clusterRef(cluster: ClusterPoint): {quarter: number; id: number} {
  const [quarter, id] = cluster.key.slice(1).split(':');
  return {quarter: Number(quarter), id: Number(id)};
}
