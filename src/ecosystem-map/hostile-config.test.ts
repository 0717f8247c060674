// Configurations a partner may paste by mistake, or an attacker may craft: each one is refused with a
// console warning and the widget keeps working (markers, events, clicks), without page errors.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {DataErrorEvent} from '../events/data-error.js';
import type {SiteSelectEvent} from '../events/site-select.js';
import {collection, feature, markerIds, marker, renderMap, TEST_SITES} from '../testing/environment.js';
import type {EcosystemMap} from './ecosystem-map.js';

/** Console warnings and page errors raised while `run` executes. */
async function watch(run: () => Promise<void>): Promise<{warnings: string[]; errors: string[]}> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(event.message);
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  try {
    await run();
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
  }
  return {warnings, errors};
}

function tileSources(el: EcosystemMap): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img.leaflet-tile')].map((img) => img.getAttribute('src')!);
}

const allIds = TEST_SITES.map((site) => site.id).sort();

describe('hostile configuration', () => {
  it('a tile template with placeholders Leaflet cannot fill falls back to the outline, and the map keeps working', async () => {
    const tiles = '/test-tiles/{id}/{z}/{x}/{y}.png?access_token={accessToken}';
    let el!: EcosystemMap;
    const {warnings, errors} = await watch(async () => {
      ({el} = await renderMap(html`<ecosystem-map tiles=${tiles} .data=${collection()}></ecosystem-map>`));
      expect(markerIds(el)).to.deep.equal(allIds);
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      marker(el, 'ovh').click();
      expect((await selected).detail.id).to.equal('ovh');
      el.setAttribute('sectors', 'hub');
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(tileSources(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('path.commune-outline').length).to.be.greaterThan(0);
    expect(warnings.filter((text) => text.includes('tiles='))).to.have.length(1);
    expect(warnings.find((text) => text.includes('tiles='))).to.contain('{id}');
  });

  it('fills {s} and {r} the way Leaflet does', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="/test-tiles/{z}/{x}/{y}{r}.png?sub={s}" .data=${collection()}></ecosystem-map>`,
    );
    await waitUntil(() => tileSources(el).length > 0, 'no tile requested');
    for (const src of tileSources(el)) expect(src).to.match(/^\/test-tiles\/\d+\/\d+\/\d+(@2x)?\.png\?sub=[abc]$/);
  });

  for (const scheme of [
    'java\tscript:alert(1)//',
    'da\tta:image/png,',
    '\u0001javascript:alert(1)//',
    'java\nscript:alert(1)//',
  ]) {
    it(`never requests a tile through a scheme hidden with control characters (${JSON.stringify(scheme)})`, async () => {
      const el = await fixture<EcosystemMap>(html`<ecosystem-map .data=${collection()}></ecosystem-map>`);
      await oneEvent(el, 'data-load');
      el.setAttribute('tiles', `${scheme}{z}/{x}/{y}`);
      await el.updateComplete;
      expect(tileSources(el)).to.deep.equal([]);
      // The outline basemap is loaded when first drawn.
      await waitUntil(() => el.shadowRoot!.querySelectorAll('path.commune-outline').length > 0, 'no communes outline');
    });
  }

  for (const value of ['Infinity', '3000000000', 'abc', '-5', '0']) {
    it(`load-timeout="${value}" is ignored with a warning instead of timing out at once`, async () => {
      let event!: Event;
      const {warnings} = await watch(async () => {
        // A string fixture: the attribute gets exactly the text a partner would paste.
        const el = await fixture<EcosystemMap>(
          `<ecosystem-map tiles="none" load-timeout="${value}" src="/test-api/delayed-small"></ecosystem-map>`,
        );
        event = await Promise.race([oneEvent(el, 'data-load'), oneEvent(el, 'data-error')]);
      });
      expect(event.type, (event as DataErrorEvent).detail?.message).to.equal('data-load');
      expect(warnings.some((text) => text.includes('load-timeout'))).to.equal(true);
    });
  }

  it('an empty zoom is ignored with a warning: the map is fitted to the sites, not the whole world', async () => {
    let el!: EcosystemMap;
    const {warnings} = await watch(async () => {
      ({el} = await renderMap(html`<ecosystem-map tiles="none" zoom="" .data=${collection()}></ecosystem-map>`));
    });
    expect(el.leafletMap!.getZoom()).to.be.greaterThan(9);
    expect(warnings.some((text) => text.includes('zoom'))).to.equal(true);
  });

  it('an empty or unusable center is ignored with a warning', async () => {
    for (const center of ['', 'north', '91,3']) {
      let el!: EcosystemMap;
      const {warnings} = await watch(async () => {
        ({el} = await renderMap(
          html`<ecosystem-map tiles="none" center=${center} zoom="14" .data=${collection()}></ecosystem-map>`,
        ));
      });
      expect(
        warnings.some((text) => text.includes('center=')),
        `${center}: ${warnings.join(' | ')}`,
      ).to.equal(true);
      expect(el.leafletMap!.getZoom(), center).to.equal(14);
    }
  });

  it('an unparsable src is a network error (nothing was fetched), not a format error', async () => {
    const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" src="http://[bad"></ecosystem-map>`);
    const event = (await oneEvent(el, 'data-error')) as DataErrorEvent;
    expect(event.detail.code).to.equal('network');
  });

  it('reads at most max-features features and reports the rest as left out, in one problem', async () => {
    const many = Array.from({length: 30}, (_, i) => ({
      id: `s${i}`,
      name: `Site ${i}`,
      sectors: ['hub'],
      lon: 3 + i / 100,
      lat: 50.6,
    }));
    const el = await fixture<EcosystemMap>(
      html`<ecosystem-map tiles="none" max-features="20" .data=${collection(many)}></ecosystem-map>`,
    );
    const event = (await oneEvent(el, 'data-load')) as CustomEvent<{count: number; rejected: {field: string; message: string}[]}>;
    expect(event.detail.count).to.equal(20);
    expect(event.detail.rejected).to.have.length(1);
    expect(event.detail.rejected[0]!.message).to.contain('30 features, over the limit of 20');
  });

  it('caps console warnings about one dataset: the first 20, then one summary line', async () => {
    const twins = Array.from({length: 500}, (_, i) =>
      feature({id: 'same', name: `Twin ${i}`, sectors: ['hub'], lon: 3.1, lat: 50.6}),
    );
    let event!: Event;
    const {warnings} = await watch(async () => {
      const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" .data=${collection([], twins)}></ecosystem-map>`);
      event = await oneEvent(el, 'data-load');
    });
    expect((event as CustomEvent<{rejected: unknown[]}>).detail.rejected).to.have.length(499);
    expect(warnings).to.have.length(21);
    expect(warnings[20]).to.contain('479 more problems');
  });
});
