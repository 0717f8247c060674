import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {FilterChangeEvent} from '../events/filter-change.js';
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import {
  collection,
  manySites,
  marker,
  part,
  partShown,
  parts,
  renderMap,
  sectorToggle,
  TEST_SITES,
  TEST_TILES,
} from '../testing/environment.js';

function tileImages(el: HTMLElement): HTMLImageElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
}

describe('map', () => {
  describe('tiles', () => {
    it('requests tiles from a {z}/{x}/{y} template, and credits nothing it does not know', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles=${TEST_TILES} .data=${collection()}></ecosystem-map>`);
      await waitUntil(() => tileImages(el).length > 0, 'no tile requested');
      expect(tileImages(el).every((img) => new URL(img.src).pathname.startsWith('/test-tiles/'))).to.equal(true);
      await waitUntil(() => tileImages(el).some((img) => img.complete && img.naturalWidth > 0), 'no tile loaded');
    });

    it('draws the communes outline and requests no tile with tiles="none"', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      expect(tileImages(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('path.commune-outline').length).to.equal(95);
      expect(el.shadowRoot!.querySelector('.credits')!.textContent).to.contain('IGN');
    });

    it('switches basemap live when the attribute changes', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      el.setAttribute('tiles', TEST_TILES);
      await waitUntil(() => tileImages(el).length > 0, 'tiles did not appear');
      el.setAttribute('tiles', 'none');
      await el.updateComplete;
      expect(tileImages(el)).to.have.length(0);
    });

    it('falls back to the outline for a tiles value it cannot use', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="javascript:alert(1)/{z}/{x}/{y}" .data=${collection()}></ecosystem-map>`,
      );
      expect(tileImages(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('path.commune-outline').length).to.equal(95);
    });
  });

  describe('view', () => {
    it('fits the sites at start', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const bounds = el.leafletMap!.getBounds();
      for (const site of TEST_SITES) expect(bounds.contains([site.lat, site.lon]), site.id).to.equal(true);
      expect(el.leafletMap!.getZoom()).to.be.greaterThan(9);
    });

    it('fits the sites of the preset sectors rather than the whole dataset', async () => {
      const all = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const some = await renderMap(html`<ecosystem-map tiles="none" sectors="school" .data=${collection()}></ecosystem-map>`);
      expect(some.el.leafletMap!.getZoom()).to.be.greaterThan(all.el.leafletMap!.getZoom());
    });

    it('moves an opened site out from under the details panel', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" style="width: 900px" .data=${collection()}></ecosystem-map>`);
      // OVHcloud is the easternmost site: after fitting it sits where the panel opens.
      part(el, 'list')!.querySelector<HTMLButtonElement>('li[data-site-id="ovh"] button')!.click();
      const details = await partShown(el, 'details');
      await waitUntil(
        () => marker(el, 'ovh').getBoundingClientRect().right < details.getBoundingClientRect().left,
        'the opened site stays hidden under the details panel',
      );
    });

    it('starts at center and zoom when both are given, and follows them live', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" center="50.69,3.17" zoom="15" .data=${collection()}></ecosystem-map>`,
      );
      const map = el.leafletMap!;
      expect(map.getZoom()).to.equal(15);
      expect(map.getCenter().lat).to.be.closeTo(50.69, 1e-4);
      expect(map.getCenter().lng).to.be.closeTo(3.17, 1e-4);
      el.setAttribute('center', '50.63,3.06');
      el.setAttribute('zoom', '13');
      await el.updateComplete;
      await waitUntil(() => map.getZoom() === 13, 'zoom did not change');
      expect(map.getCenter().lat).to.be.closeTo(50.63, 1e-4);
    });

    it('zooms with its own zoom buttons', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" center="50.69,3.17" zoom="12" .data=${collection()}></ecosystem-map>`,
      );
      const [zoomIn] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.zoom button');
      expect(zoomIn.getAttribute('aria-label')).to.equal('Zoom avant');
      zoomIn.click();
      await waitUntil(() => el.leafletMap!.getZoom() === 13, 'zoom button did nothing');
    });

    it('follows the size of its container (ResizeObserver → invalidateSize)', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" .data=${collection()} style="width: 700px; height: 400px"></ecosystem-map>`,
      );
      const before = el.leafletMap!.getSize();
      el.style.height = '600px';
      await waitUntil(() => el.leafletMap!.getSize().y > before.y + 150, 'map size did not follow');
    });

    it('fits the sites once a hidden map becomes visible', async () => {
      // A hidden element loads its view (and its data) once it is shown.
      const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" hidden .data=${collection()}></ecosystem-map>`);
      const loaded = oneEvent(el, 'data-load');
      el.hidden = false;
      await loaded;
      await waitUntil(() => el.leafletMap!.getSize().x > 0, 'map never got a size');
      await waitUntil(
        () => TEST_SITES.every((site) => el.leafletMap!.getBounds().contains([site.lat, site.lon])),
        'sites not fitted',
      );
    });
  });

  describe('markers', () => {
    it('fans out sites that share one point so each can be clicked', async () => {
      const twins = [
        {id: 'a', name: 'A', sectors: ['hub'], lon: 3.16713, lat: 50.69633},
        {id: 'b', name: 'B', sectors: ['hub'], lon: 3.16713, lat: 50.69633},
      ];
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(twins)}></ecosystem-map>`);
      parts(el, 'cluster')[0].click();
      await el.updateComplete;
      const a = marker(el, 'a').getBoundingClientRect();
      const b = marker(el, 'b').getBoundingClientRect();
      expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(a.width * 0.9);
    });

    it('groups many sites into clusters whose numbers add up to the sites shown', async () => {
      const sites = manySites(600);
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(sites)}></ecosystem-map>`);
      const clusters = parts(el, 'cluster');
      expect(clusters.length).to.be.greaterThan(0);
      const inClusters = clusters.reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
      expect(inClusters + parts(el, 'marker').length).to.equal(600);
      expect(clusters[0].getAttribute('aria-label')).to.match(/^\d+ sites, dont Site \d+, Site \d+, Site \d+…$/);
    });

    it('names clusters in the language of the page, and again when it changes', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(manySites(600))}></ecosystem-map>`);
      expect(parts(el, 'cluster')[0].getAttribute('aria-label')).to.match(/^\d+ sites, dont /);
      el.lang = 'en';
      // The English strings load on the switch.
      await waitUntil(
        () => parts(el, 'cluster').every((cluster) => /^\d+ sites, including /.test(cluster.getAttribute('aria-label')!)),
        'clusters were not renamed in English',
      );
    });

    it('zooms into a cluster when it is pressed', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(manySites(600))}></ecosystem-map>`);
      const zoom = el.leafletMap!.getZoom();
      parts(el, 'cluster')[0].click();
      await waitUntil(() => el.leafletMap!.getZoom() > zoom, 'cluster did not zoom in');
    });

    it('keeps clusters in step with the filters', async () => {
      const sites = manySites(400).map((site, i) => ({...site, sectors: [i % 2 ? 'hub' : 'school']}));
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(sites)}></ecosystem-map>`);
      const changed = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      sectorToggle(el, 'school').click();
      expect((await changed).detail.visible).to.equal(200);
      await el.updateComplete;
      const shown = parts(el, 'cluster').reduce((sum, c) => sum + Number(c.textContent), 0) + parts(el, 'marker').length;
      expect(shown).to.equal(200);
      expect(part(el, 'status')!.textContent).to.contain('200 sites');
    });

    it('recolours and recounts the markers it keeps when the filters change, and back', async () => {
      const sites = manySites(400).map((site, i) => ({...site, sectors: i % 2 ? ['hub'] : ['school', 'hub']}));
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(sites)}></ecosystem-map>`);
      const drawn = () => {
        const clusters = parts(el, 'cluster');
        const total = clusters.reduce((sum, c) => sum + Number(c.textContent), 0) + parts(el, 'marker').length;
        const colours = new Set([...clusters, ...parts(el, 'marker')].map((m) => m.style.getPropertyValue('--_marker-color')));
        return {total, colours: [...colours].sort(), mixed: clusters.filter((c) => c.hasAttribute('data-mixed')).length};
      };
      const select = async (sector: string) => {
        const changed = oneEvent(el, 'filter-change');
        sectorToggle(el, sector).click();
        await changed;
        await el.updateComplete;
      };
      // Unfiltered, each site shows its first sector: clusters hold both colours.
      const unfiltered = drawn();
      expect(unfiltered.total).to.equal(400);
      expect(unfiltered.mixed).to.be.greaterThan(0);
      await select('school');
      expect(drawn()).to.deep.equal({total: 200, colours: ['#aa3377'], mixed: 0});
      await select('school');
      await select('hub');
      // The same 400 sites and clusters as unfiltered, all in the colour of the selected sector.
      expect(drawn()).to.deep.equal({total: 400, colours: ['#0b5cad'], mixed: 0});
      await select('hub');
      expect(drawn()).to.deep.equal(unfiltered);
    });
  });
});
