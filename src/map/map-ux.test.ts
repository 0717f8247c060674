import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import type {SiteSelectEvent} from '../events/site-select.js';
import {collection, marker, part, partShown, parts, renderMap, TEST_SITES, type TestSite} from '../testing/environment.js';
import {L} from './leaflet.js';
import {FAN_LIMIT} from './marker-parts.js';

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** The marker or cluster a click at (x, y) lands on. */
function hitAt(el: EcosystemMap, [x, y]: [number, number]): HTMLElement | null {
  return el.shadowRoot!.elementFromPoint(x, y)?.closest<HTMLElement>('[part~="marker"], [part~="cluster"]') ?? null;
}

function inside(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Markers and clusters whose centre is on the visible map. */
function visibleOnMap(el: EcosystemMap, name: 'marker' | 'cluster'): HTMLElement[] {
  const map = part(el, 'map')!.getBoundingClientRect();
  return parts(el, name).filter((item) => {
    const [x, y] = centre(item);
    return x > map.left && x < map.right && y > map.top && y < map.bottom;
  });
}

async function click(point: [number, number]): Promise<void> {
  await sendMouse({type: 'click', position: point});
}

const TWINS: TestSite[] = ['a', 'b', 'c'].map((id) => ({
  id,
  name: `Twin ${id.toUpperCase()}`,
  sectors: ['hub'],
  lon: 3.16713,
  lat: 50.69633,
}));

describe('map: markers a visitor can reach', () => {
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
    await emulateMedia({reducedMotion: 'no-preference', forcedColors: 'none'});
  });

  for (const width of [1280, 375]) {
    it(`opens the site under the pointer for every visible marker of the real dataset at ${width} px`, async () => {
      await setViewport({width: Math.max(width + 40, 800), height: 900});
      const {el} = await renderMap(html`<ecosystem-map tiles="none" style=${`width: ${width}px`}></ecosystem-map>`);
      const map = el.leafletMap!;
      const fitted = {center: map.getCenter(), zoom: map.getZoom()};
      // The fitted view, then two levels deeper over Roubaix, where the sites crowd.
      for (const view of [fitted, {center: L.latLng(50.694, 3.17), zoom: fitted.zoom + 2}]) {
        el.selected = undefined;
        await el.updateComplete;
        map.setView(view.center, view.zoom, {animate: false});
        const ids = visibleOnMap(el, 'marker').map((button) => button.dataset['siteId']!);
        const wrong: string[] = [];
        for (const id of ids) {
          el.selected = undefined;
          await el.updateComplete;
          map.setView(view.center, view.zoom, {animate: false});
          const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
          const point = centre(marker(el, id));
          if (hitAt(el, point)?.dataset['siteId'] !== id) {
            wrong.push(id);
            continue;
          }
          await click(point);
          if ((await selected).detail.id !== id) wrong.push(id);
        }
        el.selected = undefined;
        await el.updateComplete;
        map.setView(view.center, view.zoom, {animate: false});
        const clusters = visibleOnMap(el, 'cluster');
        const missed = clusters.filter((cluster) => hitAt(el, centre(cluster)) !== cluster);
        console.log(
          `${width} px, zoom ${view.zoom}: ${ids.length} markers, ${wrong.length} open another site; ${clusters.length} clusters, ${missed.length} missed`,
        );
        expect(ids.length).to.be.greaterThan(0);
        expect(wrong).to.deep.equal([]);
        expect(missed).to.have.length(0);
      }
    });
  }

  it('gives markers and clusters hit targets of at least 24 × 24 px', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none"></ecosystem-map>`);
    const targets = [...parts(el, 'marker'), ...parts(el, 'cluster')];
    expect(targets.length).to.be.greaterThan(5);
    for (const target of targets) {
      const {width, height} = target.getBoundingClientRect();
      expect(Math.min(width, height), target.getAttribute('aria-label')!).to.be.at.least(24);
    }
  });

  it('merges markers that would overlap even in a small dataset, with a count, a name and the shared sector colour', async () => {
    const close: TestSite[] = [
      {id: 'near-1', name: 'Near one', sectors: ['school'], lon: 3.1766, lat: 50.6843},
      {id: 'near-2', name: 'Near two', sectors: ['school'], lon: 3.1768, lat: 50.6844},
      {...TEST_SITES[1]},
    ];
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(close)}></ecosystem-map>`);
    const [cluster] = parts(el, 'cluster');
    expect(cluster.textContent.trim()).to.equal('2');
    expect(cluster.getAttribute('aria-label')).to.equal('2 sites, dont Near one, Near two');
    expect(getComputedStyle(cluster).backgroundColor).to.equal('rgb(170, 51, 119)');
    expect(parts(el, 'marker').map((button) => button.dataset['siteId'])).to.deep.equal(['euratech']);
  });

  it('marks clusters of several sectors as mixed rather than with one sector colour', async () => {
    const close: TestSite[] = [
      {id: 'near-1', name: 'Near one', sectors: ['school'], lon: 3.1766, lat: 50.6843},
      {id: 'near-2', name: 'Near two', sectors: ['cloud'], lon: 3.1768, lat: 50.6844},
      {...TEST_SITES[1]},
    ];
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(close)}></ecosystem-map>`);
    expect(parts(el, 'cluster')[0].hasAttribute('data-mixed')).to.equal(true);
  });

  it('gives each sector its own glyph, so markers are not told apart by colour alone', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const glyphs = new Set(['euratech', 'iut', 'ovh'].map((id) => marker(el, id).dataset['glyph']));
    expect(glyphs.size).to.equal(3);
  });

  it('keeps markers and their glyphs visible in forced-colors mode', async () => {
    await emulateMedia({forcedColors: 'active'});
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const button = marker(el, 'ovh');
    const glyph = button.querySelector('.glyph')!;
    expect(getComputedStyle(glyph).backgroundColor).to.not.equal(getComputedStyle(button).backgroundColor);
    expect(getComputedStyle(button).borderTopColor).to.not.equal(getComputedStyle(button).backgroundColor);
    await emulateMedia({forcedColors: 'none'});
  });

  it('fans out sites sharing one point when their cluster is pressed, each one clickable', async () => {
    // Without animations, each marker is where it ends up when the pointer comes.
    await emulateMedia({reducedMotion: 'reduce'});
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" .data=${collection([...TWINS, TEST_SITES[1]])}></ecosystem-map>`,
    );
    const stack = parts(el, 'cluster')[0];
    expect(stack.textContent.trim()).to.equal('3');
    expect(stack.getAttribute('aria-expanded')).to.equal('false');
    await click(centre(stack));
    await waitUntil(() => parts(el, 'marker').length === 4, 'the point did not fan out');
    expect(stack.getAttribute('aria-expanded')).to.equal('true');
    for (const id of ['a', 'b', 'c']) {
      el.selected = undefined;
      await el.updateComplete;
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      await click(centre(marker(el, id)));
      expect((await selected).detail.id).to.equal(id);
      // Opening a fanned-out site keeps the fan open: its own marker stays in sight.
      expect(marker(el, id).getAttribute('aria-current')).to.equal('true');
    }
  });

  it(`fans out at most ${FAN_LIMIT} of 20,000 sites on one point and lists the rest page by page`, async () => {
    const twins = Array.from({length: 20_000}, (_, i) => ({
      id: `t${i}`,
      name: `Twin ${i}`,
      sectors: ['hub'],
      lon: 3.16713,
      lat: 50.69633,
    }));
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(twins)}></ecosystem-map>`);
    const stack = parts(el, 'cluster')[0];
    expect(stack.textContent.trim()).to.equal('20000');
    stack.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.stack-list'), 'no list of the other sites');
    const list = el.shadowRoot!.querySelector('.stack-list')!;
    expect(parts(el, 'marker')).to.have.length(FAN_LIMIT);
    const listed = () => el.shadowRoot!.querySelectorAll('.stack-list li button').length;
    const before = listed();
    expect(before).to.be.within(1, 100);
    const mapButtons = () => part(el, 'map')!.parentElement!.querySelectorAll('button').length;
    expect(mapButtons()).to.be.below(100);
    list.querySelector<HTMLButtonElement>('.stack-more')!.click();
    await el.updateComplete;
    expect(listed()).to.be.greaterThan(before);
    expect(mapButtons()).to.be.below(150);
    const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
    list.querySelector<HTMLButtonElement>('li button')!.click();
    expect((await selected).detail.id).to.equal(`t${FAN_LIMIT}`);
  });

  it('zooms a pressed cluster to where it splits', async () => {
    const close: TestSite[] = [
      {id: 'near-1', name: 'Near one', sectors: ['school'], lon: 3.1766, lat: 50.6843},
      {id: 'near-2', name: 'Near two', sectors: ['school'], lon: 3.1768, lat: 50.6844},
      {...TEST_SITES[1]},
    ];
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(close)}></ecosystem-map>`);
    const zoom = el.leafletMap!.getZoom();
    parts(el, 'cluster')[0].click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-site-id="near-1"][part~="marker"]'), 'the cluster did not split');
    expect(el.leafletMap!.getZoom()).to.be.greaterThan(zoom);
    expect(el.shadowRoot!.querySelector('[data-site-id="near-2"][part~="marker"]')).to.not.equal(null);
  });
});

describe('map: the opened site is in sight', () => {
  afterEach(async () => {
    await setViewport({width: 800, height: 600});
  });

  // A phone-sized widget needs the height to leave room above the details sheet.
  for (const [width, height] of [
    [1280, 480],
    [375, 700],
  ] as const) {
    it(`shows La Redoute's own marker, out from under the details, when opened from the list at ${width} × ${height} px`, async () => {
      await setViewport({width: Math.max(width + 40, 800), height: 900});
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" style=${`width: ${width}px; height: ${height}px`}></ecosystem-map>`,
      );
      const item = part(el, 'list')!.querySelector<HTMLButtonElement>('li[data-site-id="la-redoute-hq"] button')!;
      item.click();
      const details = await partShown(el, 'details');
      await waitUntil(
        () => el.shadowRoot!.querySelector('[part~="marker"][data-site-id="la-redoute-hq"]'),
        'La Redoute has no marker of its own',
      );
      const own = marker(el, 'la-redoute-hq');
      await waitUntil(
        () =>
          inside(own.getBoundingClientRect(), part(el, 'map')!.getBoundingClientRect()) &&
          !overlaps(own.getBoundingClientRect(), details.getBoundingClientRect()),
        'the marker is off the map or under the details',
      );
      expect(hitAt(el, centre(own))).to.equal(own);
      expect(own.getAttribute('aria-current')).to.equal('true');
    });
  }

  it('draws the selected marker larger than its neighbours and above them', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" selected="iut" .data=${collection()}></ecosystem-map>`);
    await waitUntil(() => marker(el, 'iut').hasAttribute('aria-current'), 'not marked');
    expect(marker(el, 'iut').getBoundingClientRect().width).to.be.greaterThan(
      marker(el, 'ovh').getBoundingClientRect().width + 6,
    );
    const z = (id: string) => Number(getComputedStyle(marker(el, id).closest('.leaflet-marker-icon')!).zIndex);
    expect(z('iut')).to.be.greaterThan(z('ovh'));
  });

  it('scrolls the list to a site opened from its marker and marks it', async () => {
    const sites = Array.from({length: 40}, (_, i) => ({
      id: `s${i}`,
      name: `Site ${String(i).padStart(2, '0')}`,
      sectors: ['hub'],
      lon: 3.0 + (i % 8) * 0.05,
      lat: 50.5 + Math.floor(i / 8) * 0.04,
    }));
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" style="width: 1000px" .data=${collection(sites)}></ecosystem-map>`,
    );
    const byIndex = (button: HTMLElement) => Number(button.dataset['siteId']!.slice(1));
    const last = visibleOnMap(el, 'marker')
      .sort((a, b) => byIndex(a) - byIndex(b))
      .at(-1)!;
    const id = last.dataset['siteId']!;
    expect(byIndex(last)).to.be.greaterThan(30);
    last.click();
    await el.updateComplete;
    const list = part(el, 'list')!;
    const item = list.querySelector(`li[data-site-id="${id}"] button`)!;
    expect(item.getAttribute('aria-current')).to.equal('true');
    expect(inside(item.getBoundingClientRect(), list.getBoundingClientRect())).to.equal(true);
  });

  it('returns to the initial view with the home button', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const map = el.leafletMap!;
    const start = {center: map.getCenter(), zoom: map.getZoom()};
    map.setView([50.5, 2.9], start.zoom + 2, {animate: false});
    const home = el.shadowRoot!.querySelector<HTMLButtonElement>('.home')!;
    expect(home.getAttribute('aria-label')).to.equal('Revenir à la vue initiale');
    expect(home.getBoundingClientRect().width).to.be.at.least(24);
    home.click();
    await waitUntil(
      () =>
        map.getZoom() === start.zoom &&
        map.containerPointToLatLng([0, 0]) &&
        map.latLngToContainerPoint(start.center).distanceTo(map.getSize().divideBy(2)) < 2,
      'not back home',
    );
  });

  it('offers full screen where the browser allows it, translated', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="en" .data=${collection()}></ecosystem-map>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen');
    if (!document.fullscreenEnabled) {
      expect(button).to.equal(null);
      return;
    }
    expect(button!.getAttribute('aria-label')).to.equal('Full screen');
    expect(button!.getAttribute('aria-pressed')).to.equal('false');
  });
});

describe('map: the page keeps scrolling', () => {
  function wheel(el: EcosystemMap, init: WheelEventInit): void {
    const [clientX, clientY] = centre(part(el, 'map')!);
    part(el, 'map')!.dispatchEvent(
      new WheelEvent('wheel', {deltaY: -300, deltaMode: 0, clientX, clientY, bubbles: true, cancelable: true, ...init}),
    );
  }

  it('lets a plain wheel scroll the page and says how to zoom; Ctrl + wheel zooms', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const map = el.leafletMap!;
    const zoom = map.getZoom();
    const plain = new WheelEvent('wheel', {deltaY: -300, bubbles: true, cancelable: true});
    part(el, 'map')!.dispatchEvent(plain);
    expect(plain.defaultPrevented, 'the page would not scroll').to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.gesture-hint')?.textContent).to.match(/(Ctrl|⌘) \+ molette/);
    // Leaflet sums the wheel deltas it receives within 40 ms: had it seen the plain wheel (in), this
    // Ctrl wheel (out) would cancel it and the zoom would not change.
    wheel(el, {ctrlKey: true, deltaY: 300});
    await waitUntil(() => map.getZoom() < zoom, 'Ctrl + wheel did not zoom, or the plain wheel zoomed too');
  });

  it('zooms on a plain wheel with no-cooperative-gestures, and lets one finger pan', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" no-cooperative-gestures .data=${collection()}></ecosystem-map>`,
    );
    const zoom = el.leafletMap!.getZoom();
    wheel(el, {});
    await waitUntil(() => el.leafletMap!.getZoom() > zoom, 'a plain wheel did not zoom');
    expect(el.shadowRoot!.querySelector('.gesture-hint')).to.equal(null);
    expect(getComputedStyle(part(el, 'map')!).touchAction).to.equal('none');
  });

  it('leaves one-finger swipes to the page and hints at two fingers', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="en" .data=${collection()}></ecosystem-map>`);
    const map = part(el, 'map')!;
    expect(getComputedStyle(map).touchAction).to.equal('pan-x pan-y');
    const [clientX, clientY] = centre(map);
    const touch = new Touch({identifier: 1, target: map, clientX, clientY});
    map.dispatchEvent(new TouchEvent('touchmove', {touches: [touch], bubbles: true}));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.gesture-hint')?.textContent?.trim()).to.equal('Use two fingers to move the map');
  });
});

describe('map: basemap', () => {
  it('falls back to the outline with commune names when tiles keep failing, and credits only the outline', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="/test-tiles-broken/{z}/{x}/{y}.png" .data=${collection()}></ecosystem-map>`,
    );
    const credits = el.shadowRoot!.querySelector('.credits')!;
    await waitUntil(() => credits.textContent.includes('Fond de carte indisponible'), 'no fallback after tile errors');
    expect(credits.textContent).to.contain('IGN');
    expect(el.shadowRoot!.querySelectorAll('img.leaflet-tile')).to.have.length(0);
    // The outline (and its labels) loads when the tiles fail.
    const labels = () => [...el.shadowRoot!.querySelectorAll('.commune-label')].map((label) => label.textContent);
    await waitUntil(() => labels().includes('Roubaix'), `no Roubaix among the commune labels: ${labels().join(', ')}`);
  });

  it('names the main communes on the outline basemap, out of the way of clicks', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.commune-label')];
    const names = labels.map((label) => label.textContent);
    for (const name of ['Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq"]) expect(names).to.include(name);
    expect(getComputedStyle(labels[0]).pointerEvents).to.equal('none');
  });

  it('names no commune over working tiles', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="/test-tiles/{z}/{x}/{y}.png" .data=${collection()}></ecosystem-map>`);
    expect(el.shadowRoot!.querySelectorAll('.commune-label')).to.have.length(0);
  });
});

describe('map: keyboard', () => {
  it('is one tab stop; arrows move to the nearest marker that way; Enter opens; + zooms', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const map = part(el, 'map')!;
    expect(map.querySelectorAll('[tabindex="0"]').length + (map.tabIndex === 0 ? 1 : 0)).to.equal(1);
    // EuraTechnologies is the westernmost site: from there, ArrowRight reaches one further east.
    const euratech = marker(el, 'euratech');
    euratech.focus();
    await sendKeys({press: 'ArrowRight'});
    const next = el.shadowRoot!.activeElement as HTMLElement;
    expect(next.getAttribute('part')).to.equal('marker');
    expect(next.getBoundingClientRect().left).to.be.greaterThan(euratech.getBoundingClientRect().left);
    expect(next.tabIndex).to.equal(0);
    expect(euratech.tabIndex).to.equal(-1);
    await sendKeys({press: 'ArrowLeft'});
    expect(el.shadowRoot!.activeElement).to.equal(euratech);
    const zoom = el.leafletMap!.getZoom();
    await sendKeys({press: '+'});
    await waitUntil(() => el.leafletMap!.getZoom() === zoom + 1, '+ did not zoom');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('marker');
    const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.id).to.equal(focused.dataset['siteId']);
  });

  it('zooms into a cluster with Enter and keeps focus on a marker inside', async () => {
    const close: TestSite[] = [
      {id: 'near-1', name: 'Near one', sectors: ['school'], lon: 3.1766, lat: 50.6843},
      {id: 'near-2', name: 'Near two', sectors: ['school'], lon: 3.1768, lat: 50.6844},
      {...TEST_SITES[1]},
    ];
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(close)}></ecosystem-map>`);
    parts(el, 'cluster')[0].focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(
      () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['siteId']?.startsWith('near-'),
      'focus did not move into the cluster',
    );
  });
});
