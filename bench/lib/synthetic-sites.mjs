// The synthetic datasets of both benchmarks (the page benchmark's harness and bench/engine.mjs): the same
// generator and seed give every contender, in every run, the very same points. 70 % of the sites crowd
// around seven town centres, like real businesses do, 30 % spread over the metropolis; 1–2 of 8 sectors.

/** Lille metropolis, roughly: the box every synthetic site falls in. */
export const BBOX = {west: 2.8, south: 50.5, east: 3.3, north: 50.8};

/** Town centres [lon, lat] the synthetic sites crowd around. */
const TOWNS = [
  [3.0573, 50.6292], // Lille
  [3.1746, 50.6942], // Roubaix
  [3.1612, 50.7239], // Tourcoing
  [3.145, 50.6233], // Villeneuve-d'Ascq
  [3.097, 50.6711], // Marcq-en-Barœul
  [2.88, 50.688], // Armentières
  [3.0297, 50.5486], // Seclin
];

const SECTOR_COLORS = ['#332288', '#117733', '#44aa99', '#88ccee', '#ddcc77', '#cc6677', '#aa4499', '#882255'];

/** The taxonomy of the synthetic sites: eight sectors. */
export const SECTORS = SECTOR_COLORS.map((color, index) => ({
  id: `s${index + 1}`,
  label: {fr: `Secteur ${index + 1}`, en: `Sector ${index + 1}`},
  color,
}));

/** xorshift32: deterministic, so every contender and every run sees the very same points. */
export function randomSource(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

/** A FeatureCollection of `count` valid sites (string id, name, 1–2 sectors) with its sector taxonomy. */
export function makeSites(count, seed = 20240601) {
  const random = randomSource(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
  const features = new Array(count);
  for (let index = 0; index < count; index++) {
    let lon;
    let lat;
    if (random() < 0.7) {
      const [townLon, townLat] = TOWNS[Math.floor(random() * TOWNS.length)];
      lon = clamp(townLon + gaussian() * 0.025, BBOX.west, BBOX.east);
      lat = clamp(townLat + gaussian() * 0.016, BBOX.south, BBOX.north);
    } else {
      lon = BBOX.west + random() * (BBOX.east - BBOX.west);
      lat = BBOX.south + random() * (BBOX.north - BBOX.south);
    }
    const first = Math.floor(random() * SECTORS.length);
    const sectors = [SECTORS[first].id];
    if (random() < 0.3) sectors.push(SECTORS[(first + 1 + Math.floor(random() * (SECTORS.length - 1))) % SECTORS.length].id);
    features[index] = {
      type: 'Feature',
      id: `site-${index}`,
      geometry: {type: 'Point', coordinates: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6]},
      properties: {name: `Site ${index}`, sectors},
    };
  }
  return {type: 'FeatureCollection', sectors: SECTORS, features};
}
