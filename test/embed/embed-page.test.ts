// The iframe page, /dist/embed.html, as partners whose CMS strips scripts use it: in an <iframe>, with the
// element's attributes as query parameters. Run `npm run build` first. No test reaches the internet.
import {expect, waitUntil} from '@open-wc/testing';
import {inShadow, visibleState} from './visible-state.js';

const PAGE = '/dist/embed.html';
const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

function frameOf(attributes: Partial<HTMLIFrameElement>): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  Object.assign(frame, attributes);
  document.body.append(frame);
  opened.push(frame);
  return frame;
}

function mapIn(frame: HTMLIFrameElement): HTMLElement | null {
  return frame.contentDocument?.querySelector<HTMLElement>('ecosystem-map') ?? null;
}

/** Waits until the frame's widget has finished loading (sites listed, or an error shown). */
async function settled(frame: HTMLIFrameElement): Promise<HTMLElement> {
  await waitUntil(
    () => {
      const el = mapIn(frame);
      if (!el?.shadowRoot) return false;
      if (inShadow(el, '[part=error]').length > 0) return true;
      // The count shows as soon as the data is read; Leaflet (a lazy chunk) may still be on its way.
      const drawn = (el as unknown as {leafletMap?: unknown}).leafletMap !== undefined;
      return drawn && /\d/.test(inShadow(el, '[part=status]')[0]?.textContent ?? '');
    },
    'the framed widget never showed its map and a count of sites, nor an error',
    {timeout: 8000},
  );
  const el = mapIn(frame)!;
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}

async function openEmbed(query: string): Promise<{frame: HTMLIFrameElement; el: HTMLElement}> {
  const frame = frameOf({src: `${PAGE}${query}`});
  return {frame, el: await settled(frame)};
}

/** A blank page holding only the classic script and the element with these attributes. */
async function openReference(attributes: Record<string, string>): Promise<HTMLElement> {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const frame = frameOf({
    srcdoc: `<!doctype html><script src="/dist/ecosystem-map.js"></script><ecosystem-map${attrs}></ecosystem-map>`,
  });
  return settled(frame);
}

/** What a visitor sees; the view only when `center` and `zoom` fix it (fitting depends on the frame's size). */
function stateWithView(el: HTMLElement) {
  const fixedView = el.hasAttribute('center') && el.hasAttribute('zoom');
  const leaflet = (el as unknown as {leafletMap?: {getZoom(): number; getCenter(): {lat: number; lng: number}}}).leafletMap;
  return {
    ...visibleState(el),
    zoom: fixedView ? leaflet?.getZoom() : undefined,
    center: fixedView && leaflet && [leaflet.getCenter().lat.toFixed(3), leaflet.getCenter().lng.toFixed(3)],
  };
}

function attributesOf(el: HTMLElement): Record<string, string> {
  return Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));
}

describe('dist/embed.html (the iframe page)', () => {
  const cases: Record<string, string>[] = [
    {lang: 'en', sectors: 'hosting-cloud,logistics', tiles: 'none', center: '50.69,3.17', zoom: '13'},
    {
      src: '/test/fixtures/small.geojson',
      selected: 'plaine-images',
      tiles: '/test-tiles/{z}/{x}/{y}.png',
      'load-timeout': '5000',
    },
    {lang: 'nl', tiles: 'none', selected: 'ovhcloud-hq', link: ''},
  ];
  for (const attributes of cases) {
    it(`?${new URLSearchParams(attributes)} renders what <ecosystem-map> with those attributes renders`, async () => {
      const {el} = await openEmbed(`?${new URLSearchParams(attributes)}`);
      const reference = await openReference(attributes);
      expect(attributesOf(el)).to.deep.equal(attributes);
      const state = stateWithView(el);
      expect(state.listed.length, 'sites listed').to.be.greaterThan(0);
      expect(state).to.deep.equal(stateWithView(reference));
    });
  }

  it('ignores unknown parameters, and hostile values stay inert text', async () => {
    const hostile = {
      selected: '<img src=x onerror=alert(1)>',
      sectors: '<b>x</b>,"><script>alert(1)</script>',
      lang: '"><svg onload=alert(1)>',
      src: 'javascript:alert(1)',
      tiles: 'javascript:alert(1)//{z}/{x}/{y}',
      // Huge, but under the test server's 16 kB request-line limit (a real server has a similar one).
      center: '9'.repeat(6000),
      zoom: '1'.repeat(3000),
    };
    const unknown = {onload: 'alert(1)', style: 'display:none', id: 'evil', class: 'x', 'data-x': '1'};
    const {frame, el} = await openEmbed(`?${new URLSearchParams({...hostile, ...unknown})}`);
    const doc = frame.contentDocument!;
    expect(attributesOf(el), 'applied as plain attribute values, unknown ones left out').to.deep.equal(hostile);
    expect(doc.querySelectorAll('img, svg, b').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[onerror], [onload], b, script').length).to.equal(0);
    const scripts = [...doc.scripts]
      .map((script) => script.getAttribute('src'))
      .filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts, 'no script added (the test server injects its own)').to.deep.equal(['ecosystem-map.js', 'embed.js']);
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.title).to.equal("Carte de l'écosystème numérique");
    // The javascript: data URL is refused like any unreachable source: the widget says so, in French.
    expect(inShadow(el, '[part=error]')[0].textContent).to.contain('Les données de la carte');
    const link = doc.getElementById('open-full') as HTMLAnchorElement;
    expect(new URL(link.href).origin).to.equal(location.origin);
  });

  it('title, lang and the "open the full map" link follow the lang parameter; the link carries the state', async () => {
    const {frame, el} = await openEmbed('?lang=en-GB&tiles=none&link');
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Map of the digital ecosystem');
    const link = doc.getElementById('open-full') as HTMLAnchorElement;
    expect(link.textContent.trim()).to.equal('Open the full map');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    inShadow(el, '[part=list] [data-site-id="blanchemaille"] button')[0].click();
    await waitUntil(() => frame.contentWindow!.location.hash === '#map-site=blanchemaille', 'the frame URL never got the state');
    expect(location.hash, 'the parent URL is untouched').to.equal('');
    link.focus();
    expect(link.href).to.equal(frame.contentWindow!.location.href);
    expect(link.href).to.match(/embed\.html\?lang=en-GB&tiles=none&link#map-site=blanchemaille$/);
  });

  it('fills the frame and posts its preferred height to the parent', async () => {
    const messages: unknown[] = [];
    const frame = frameOf({});
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow) messages.push(event.data);
    };
    addEventListener('message', listener);
    try {
      frame.src = `${PAGE}?tiles=none`;
      const el = await settled(frame);
      const footer = frame.contentDocument!.querySelector('.open-full')!.getBoundingClientRect().height;
      expect(el.getBoundingClientRect().height + footer).to.be.closeTo(600, 1);
      await waitUntil(() => messages.length === 1, 'no height message');
      expect(messages[0]).to.deep.equal({type: 'ecosystem-map:height', height: Math.ceil(480 + footer)});
      frame.style.width = '400px';
      await waitUntil(() => messages.length === 2, 'no new height once narrow');
      expect(messages[1]).to.deep.equal({type: 'ecosystem-map:height', height: Math.ceil(640 + footer)});
    } finally {
      removeEventListener('message', listener);
    }
  });

  it('has no inline script or style, and raises no CSP violation under its own strict policy', async () => {
    const source = await (await fetch(PAGE)).text();
    expect(source).to.contain('http-equiv="Content-Security-Policy"');
    expect(source).to.match(/script-src 'self';/);
    expect(source).to.match(/style-src 'self';/);
    expect(source).to.contain('<meta name="referrer" content="strict-origin-when-cross-origin" />');
    expect(source.match(/<script(?![^>]*\ssrc=)[^>]*>/g), 'inline scripts').to.equal(null);
    expect(source).not.to.match(/<style|\sstyle=|\son[a-z]+=/i);

    const {frame, el} = await openEmbed('?tiles=/test-tiles/{z}/{x}/{y}.png&link&sectors=hosting-cloud');
    const violations: string[] = [];
    frame.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    // Its own stylesheet applies (the map fills the frame), then the visitor opens a site and filters.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(500);
    inShadow(el, '[part=list] [data-site-id] button')[0].click();
    await waitUntil(() => inShadow(el, '[part=details]').length === 1, 'details never opened');
    inShadow(el, '[part~=sector][data-sector=logistics]')[0].click();
    await waitUntil(() => inShadow(el, '[part~=marker]').length > 1 || inShadow(el, '[part~=cluster]').length > 0);
    expect(violations).to.deep.equal([]);
  });
});
