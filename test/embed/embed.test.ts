// Embedding the built classic script, /dist/ecosystem-map.js, as a partner page uses
// it: each case is a fresh page (a same-origin `srcdoc` iframe) with plain <script> tags, no build step.
// Run `npm run build` first. No test reaches the internet: tiles="none" or the /test-tiles/ server.
import {expect, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';

const SCRIPT = '/dist/ecosystem-map.js';
const TEST_TILES = '/test-tiles/{z}/{x}/{y}.png';

interface Loaded {
  count: number;
  rejected: unknown[];
  target: Element;
}

/** What the harness (first script of each page) records on the <iframe> element of the test page. */
interface EmbedFrame extends HTMLIFrameElement {
  keysBefore: string[];
  errors: string[];
  loads: Loaded[];
  violations: string[];
}

/**
 * Runs before anything else on the page and defines no global: it records the page's global names,
 * errors (uncaught, failed resources, unhandled rejections, console.error, data-error) and every
 * data-load, on `frameElement`.
 */
const HARNESS = `(function () {
  var f = frameElement;
  f.keysBefore = Object.keys(window);
  f.errors = [];
  f.loads = [];
  f.violations = [];
  addEventListener('error', function (e) {
    f.errors.push(e.message || ('failed to load ' + (e.target && (e.target.src || e.target.href))));
  }, true);
  addEventListener('unhandledrejection', function (e) { f.errors.push('unhandled rejection: ' + e.reason); });
  var consoleError = console.error;
  console.error = function () {
    f.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return consoleError.apply(console, arguments);
  };
  document.addEventListener('data-error', function (e) { f.errors.push('data-error: ' + e.detail.code); }, true);
  document.addEventListener('data-load', function (e) {
    f.loads.push({count: e.detail.count, rejected: e.detail.rejected, target: e.target});
  }, true);
  document.addEventListener('securitypolicyviolation', function (e) {
    f.violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
})();`;

const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

function pageMarkup(head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><script>${HARNESS}</script>${head}</head><body>${body}</body></html>`;
}

/** Opens a page made of `head` and `body` markup (after the harness) and waits for its load event. */
async function openPage(head: string, body: string): Promise<EmbedFrame> {
  const frame = document.createElement('iframe') as EmbedFrame;
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.srcdoc = pageMarkup(head, body);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return frame;
}

/** Waits until every <ecosystem-map> of the page has announced `data-load`. */
async function dataLoaded(frame: EmbedFrame, expected = 1): Promise<Loaded[]> {
  await waitUntil(
    () => frame.loads.length >= expected || frame.errors.length > 0,
    `no data-load from the widget(s); errors: ${frame.errors.join(' | ')}`,
    {timeout: 8000},
  );
  expect(frame.errors, 'errors on the page').to.deep.equal([]);
  return frame.loads;
}

function win(frame: EmbedFrame): Window & typeof globalThis {
  return frame.contentWindow as Window & typeof globalThis;
}

function widget(frame: EmbedFrame, index = 0): HTMLElement {
  const element = frame.contentDocument!.querySelectorAll<HTMLElement>('ecosystem-map')[index];
  expect(element, `<ecosystem-map> #${index}`).to.exist;
  return element;
}

function inShadow<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  expect(element.shadowRoot, 'the widget has an open shadow root').to.exist;
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/**
 * The visitor sees the whole embedded dataset: every site as a marker or counted in a cluster (sites
 * whose markers would overlap merge), one list item per site, and the count.
 */
async function expectEmbeddedDatasetShown(frame: EmbedFrame, element: Element, load: Loaded): Promise<void> {
  expect(load.target).to.equal(element);
  expect(load.count, 'sites in the embedded dataset').to.be.greaterThan(0);
  expect(load.rejected, 'features of the shipped dataset left out').to.deep.equal([]);
  const drawn = () =>
    inShadow(element, '[part=marker]').length +
    inShadow(element, '[part=cluster]').reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
  await waitUntil(() => drawn() === load.count, `expected ${load.count} sites on the map, got ${drawn()}`);
  const ids = new Set(inShadow(element, '[part=marker]').map((marker) => marker.getAttribute('data-site-id')));
  expect(ids.size, 'distinct data-site-id on markers').to.equal(inShadow(element, '[part=marker]').length);
  expect(inShadow(element, '[part=list] [data-site-id]')).to.have.length(load.count);
  expect(inShadow(element, '[part=status]')[0].textContent.trim()).to.equal(`${load.count} sites`);
  expect(win(frame).customElements.get('ecosystem-map')).to.be.a('function');
}

const WIDGET = '<ecosystem-map tiles="none"></ecosystem-map>';

describe('embedding dist/ecosystem-map.js', () => {
  describe('loading modes: the widget shows the embedded dataset', () => {
    const modes: Record<string, string> = {
      'a classic script': `<script src="${SCRIPT}"></script>`,
      'type="module"': `<script type="module" src="${SCRIPT}"></script>`,
      defer: `<script defer src="${SCRIPT}"></script>`,
      async: `<script async src="${SCRIPT}"></script>`,
    };
    for (const [mode, script] of Object.entries(modes)) {
      it(`as ${mode}, the tag after the script`, async () => {
        const frame = await openPage('', `${script}${WIDGET}`);
        const [load] = await dataLoaded(frame);
        await expectEmbeddedDatasetShown(frame, widget(frame), load);
      });

      it(`as ${mode}, the tag before the script`, async () => {
        const frame = await openPage('', `${WIDGET}${script}`);
        const [load] = await dataLoaded(frame);
        await expectEmbeddedDatasetShown(frame, widget(frame), load);
      });
    }

    it('as a classic script in <head>, the tag in <body>', async () => {
      const frame = await openPage(`<script src="${SCRIPT}"></script>`, WIDGET);
      const [load] = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), load);
    });

    it('a tag added by the page after loading is rendered too', async () => {
      const frame = await openPage(`<script src="${SCRIPT}"></script>`, '');
      const doc = frame.contentDocument!;
      const element = doc.createElement('ecosystem-map');
      element.setAttribute('tiles', 'none');
      doc.body.append(element);
      const [load] = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, element, load);
    });
  });

  describe('loaded twice on one page', () => {
    it('two classic script tags: no error, one working widget', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}<script src="${SCRIPT}"></script>`);
      const loads = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), loads[0]);
      expect(loads, 'data-load events').to.have.length(1);
      expect(inShadow(widget(frame), '[part=map]'), 'map areas').to.have.length(1);
      expect(frame.errors).to.deep.equal([]);
    });

    it('classic and module copies, two widgets: no error, both work', async () => {
      const frame = await openPage(
        '',
        `<script src="${SCRIPT}"></script>${WIDGET}<script type="module" src="${SCRIPT}"></script>${WIDGET}`,
      );
      const loads = await dataLoaded(frame, 2);
      expect(loads).to.have.length(2);
      await expectEmbeddedDatasetShown(
        frame,
        widget(frame, 0),
        loads.find((l) => l.target === widget(frame, 0))!,
      );
      await expectEmbeddedDatasetShown(
        frame,
        widget(frame, 1),
        loads.find((l) => l.target === widget(frame, 1))!,
      );
    });

    it('a second copy injected later (tag manager) does not disturb the widget already shown', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}`);
      const [load] = await dataLoaded(frame);
      const defined = win(frame).customElements.get('ecosystem-map');
      const doc = frame.contentDocument!;
      const again = doc.createElement('script');
      again.src = SCRIPT;
      const executed = new Promise((resolve) => again.addEventListener('load', resolve, {once: true}));
      doc.body.append(again);
      await executed;
      expect(frame.errors).to.deep.equal([]);
      expect(win(frame).customElements.get('ecosystem-map'), 'the definition is kept').to.equal(defined);
      await expectEmbeddedDatasetShown(frame, widget(frame), load);
    });
  });

  describe('globals', () => {
    it('does not leak Leaflet (window.L, window._leaflet_*) nor any supercluster global', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(frame);
      const w = win(frame) as unknown as Record<string, unknown>;
      expect(w['L']).to.equal(undefined);
      expect(w['Supercluster']).to.equal(undefined);
      expect(w['lit']).to.equal(undefined);
      const added = Object.keys(w).filter((key) => !frame.keysBefore.includes(key));
      expect(added.filter((key) => /^(L$|_?leaflet|supercluster|ecosystem)/i.test(key))).to.deep.equal([]);
    });

    it('adds no global name at all to window (only customElements is touched)', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(frame);
      const added = Object.keys(win(frame)).filter((key) => !frame.keysBefore.includes(key));
      expect(added, 'globals added by the widget').to.deep.equal([]);
    });
  });

  describe('interaction leaves the page alone', () => {
    /** Drags with the real mouse from the centre of `target` (an element of the frame) by (dx, dy). */
    async function drag(frame: EmbedFrame, target: Element, dx: number, dy: number): Promise<void> {
      const outer = frame.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      const x = Math.round(outer.left + box.left + box.width / 2);
      const y = Math.round(outer.top + box.top + box.height / 2);
      await sendMouse({type: 'move', position: [x, y]});
      await sendMouse({type: 'down'});
      for (let step = 1; step <= 5; step++) {
        await sendMouse({type: 'move', position: [x + Math.round((dx * step) / 5), y + Math.round((dy * step) / 5)]});
      }
      await sendMouse({type: 'up'});
    }

    /** The Leaflet map pane's translation: it changes when a map is dragged. */
    function panePosition(root: ParentNode): string {
      return (root.querySelector('.leaflet-map-pane') as HTMLElement).style.transform;
    }

    it('dragging the map adds no global either', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(frame);
      const shadow = widget(frame).shadowRoot!;
      const before = panePosition(shadow);
      await drag(frame, shadow.querySelector('[part=map]')!, -120, -60);
      await waitUntil(() => panePosition(shadow) !== before, 'the map did not move');
      const added = Object.keys(win(frame)).filter((key) => !frame.keysBefore.includes(key));
      expect(added, 'globals added while dragging').to.deep.equal([]);
      const doc = frame.contentDocument!;
      expect(
        Object.keys(doc).filter((key) => /leaflet/i.test(key)),
        'properties added to document',
      ).to.deep.equal([]);
    });

    it("coexists with the page's own Leaflet: both maps can be dragged", async () => {
      const frame = await openPage(
        `<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css"><script src="/node_modules/leaflet/dist/leaflet.js"></script><script src="${SCRIPT}"></script>`,
        `<div id="own" style="width: 400px; height: 200px"></div>${WIDGET}
         <script>var own = L.map('own').setView([50.69, 3.17], 12);</script>`,
      );
      await dataLoaded(frame);
      const page = frame.contentDocument!;
      const shadow = widget(frame).shadowRoot!;
      // Drag the widget first: with a shared handler store, the page's map would then ignore its drags.
      let before = panePosition(shadow);
      await drag(frame, shadow.querySelector('[part=map]')!, -80, -40);
      await waitUntil(() => panePosition(shadow) !== before, 'the widget map did not move');
      before = panePosition(page);
      await drag(frame, page.getElementById('own')!, 80, 40);
      await waitUntil(() => panePosition(page) !== before, "the page's own map did not move");
      expect((win(frame) as unknown as {L: {version: string}}).L.version, "the page's Leaflet").to.equal('1.9.4');
    });
  });

  describe('CSS isolation', () => {
    /** Computed styles a visitor notices, of the status line, a sector button, the search box and a marker. */
    async function lookOfWidget(pageCss: string): Promise<Record<string, Record<string, string>>> {
      const frame = await openPage(pageCss ? `<style>${pageCss}</style>` : '', `<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(frame);
      const element = widget(frame);
      await waitUntil(() => inShadow(element, '[part=marker]').length > 0, 'markers drawn');
      const properties = [
        'font-family',
        'font-size',
        'font-style',
        'font-weight',
        'font-variant-caps',
        'line-height',
        'letter-spacing',
        'word-spacing',
        'text-align',
        'text-transform',
        'text-indent',
        'text-shadow',
        'color',
        'background-color',
        'border-top-left-radius',
        'padding-top',
        'width',
        'height',
      ];
      const look: Record<string, Record<string, string>> = {};
      for (const selector of ['[part=status]', '[part=sector]', '[part=search]', '[part=marker]', '[part=list] button']) {
        const target = inShadow(element, selector)[0];
        expect(target, selector).to.exist;
        const style = win(frame).getComputedStyle(target);
        look[selector] = Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
      }
      return look;
    }

    it("the page's typography does not change the widget's text (font, alignment, colour)", async () => {
      const plain = await lookOfWidget('');
      const styled = await lookOfWidget(`
        body { font-family: serif; text-align: justify; line-height: 3; letter-spacing: 4px; word-spacing: 9px;
               color: red; font-size: 22px; font-style: italic; font-weight: 700; text-transform: uppercase;
               text-indent: 3em; }
        * { color: red !important; font-family: "Comic Sans MS", serif !important; }`);
      expect(styled).to.deep.equal(plain);
      expect(plain['[part=status]']['font-family']).not.to.match(/^"?(Comic Sans MS|serif)/);
      expect(plain['[part=status]']['text-align']).not.to.equal('justify');
    });

    it("the page's button and input rules do not restyle the filter buttons, search box or markers", async () => {
      const plain = await lookOfWidget('');
      const styled = await lookOfWidget(`
        button { background: gold !important; border-radius: 0 !important; padding: 20px !important;
                 font-size: 30px !important; width: 200px !important; height: 90px !important; color: purple; }
        input { background: gold; font-family: serif; padding: 15px; }
        p { text-align: center !important; color: green !important; }
        li, ul { list-style: square; }`);
      expect(styled).to.deep.equal(plain);
      expect(plain['[part=sector]']['background-color']).not.to.equal('rgb(255, 215, 0)');
    });

    it('common inherited page typography (small caps, text shadow) does not leak into the widget', async () => {
      const plain = await lookOfWidget('');
      const styled = await lookOfWidget(`
        body { font-variant: small-caps; text-shadow: 1px 1px 2px gray; }`);
      expect(styled).to.deep.equal(plain);
    });

    it("the widget's CSS does not leak out to page elements that share its class names", async () => {
      const classes = [
        'layout',
        'map',
        'marker',
        'status',
        'sidebar',
        'toolbar',
        'visually-hidden',
        'leaflet-container',
        'leaflet-pane',
        'search',
        'sector',
        'list',
      ];
      const pageHtml = classes.map((name) => `<div class="${name}" data-probe>${name}</div>`).join('');
      const look = (frame: EmbedFrame) =>
        [...frame.contentDocument!.querySelectorAll('[data-probe]')].map((probe) => {
          const style = win(frame).getComputedStyle(probe);
          return `${probe.className}: ${style.display} ${style.position} ${style.overflow} ${style.fontFamily} ${style.width}x${style.height} ${style.backgroundColor} ${style.borderTopWidth} ${style.clip}`;
        });
      const without = await openPage('', `${pageHtml}${WIDGET}`);
      const withWidget = await openPage('', `${pageHtml}<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(withWidget);
      expect(look(withWidget)).to.deep.equal(look(without));
    });

    it('adds nothing to document.head: no <style>, no <link>, no adopted stylesheet on the page', async () => {
      const head = `<style>h1 { color: navy; }</style><script src="${SCRIPT}"></script>`;
      const frame = await openPage(head, WIDGET);
      await dataLoaded(frame);
      const doc = frame.contentDocument!;
      const asParsed = new DOMParser().parseFromString(pageMarkup(head, WIDGET), 'text/html');
      expect([...doc.head.children].map((child) => child.outerHTML)).to.deep.equal(
        [...asParsed.head.children].map((child) => child.outerHTML),
      );
      expect(doc.styleSheets.length, 'document.styleSheets').to.equal(1);
      expect(doc.adoptedStyleSheets.length, 'document.adoptedStyleSheets').to.equal(0);
      expect(doc.querySelectorAll('link, style').length).to.equal(1);
    });
  });

  describe('size', () => {
    it('is display:block, takes its container width and is about 480px high with no page CSS', async () => {
      const frame = await openPage(`<script src="${SCRIPT}"></script>`, `<div style="width: 640px">${WIDGET}</div>`);
      await dataLoaded(frame);
      const element = widget(frame);
      expect(win(frame).getComputedStyle(element).display).to.equal('block');
      const box = element.getBoundingClientRect();
      expect(box.width).to.equal(640);
      expect(box.height).to.be.closeTo(480, 1);
      const map = inShadow(element, '[part=map]')[0].getBoundingClientRect();
      expect(map.width * map.height, 'visible map area').to.be.greaterThan(0);
    });

    it('a plain page rule sets the height (px and vh)', async () => {
      const frame = await openPage(
        `<style>#a { height: 300px; } #b { height: 70vh; }</style><script src="${SCRIPT}"></script>`,
        `<ecosystem-map id="a" tiles="none"></ecosystem-map><ecosystem-map id="b" tiles="none"></ecosystem-map>`,
      );
      await dataLoaded(frame, 2);
      expect(widget(frame, 0).getBoundingClientRect().height).to.be.closeTo(300, 1);
      expect(widget(frame, 1).getBoundingClientRect().height).to.be.closeTo(0.7 * frame.clientHeight, 1);
    });

    it('a type selector on the page (ecosystem-map { height: 300px }) wins over the default', async () => {
      const frame = await openPage(`<style>ecosystem-map { height: 300px; }</style><script src="${SCRIPT}"></script>`, WIDGET);
      await dataLoaded(frame);
      expect(widget(frame).getBoundingClientRect().height).to.be.closeTo(300, 1);
    });
  });

  describe('network', () => {
    const requested = (frame: EmbedFrame) =>
      win(frame)
        .performance.getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname + (entry.name.startsWith(location.origin) ? '' : ` (${entry.name})`));

    /** The classic script's module chunks, beside it in /dist/cdn/ (hashed names: matched on their stem). */
    const chunk = (stem: string) => (path: string) => path.startsWith(`/dist/cdn/${stem}`);
    const ownFiles = (frame: EmbedFrame) => requested(frame).filter((path) => path === SCRIPT || path.startsWith('/dist/cdn/'));

    it('with tiles="none" and the embedded dataset, fetches nothing but the script and its chunks', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script>${WIDGET}`);
      await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), frame.loads[0]);
      expect(requested(frame)).to.deep.equal(ownFiles(frame));
      expect(requested(frame)[0]).to.equal(SCRIPT);
      expect(requested(frame).some(chunk('default-dataset-')), 'the embedded dataset').to.equal(true);
      expect(requested(frame).some(chunk('communes-outline-')), 'the communes outline').to.equal(true);
    });

    it('with a tile template, fetches only the script, its chunks and tiles from that template, never the outline', async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script><ecosystem-map tiles="${TEST_TILES}"></ecosystem-map>`);
      await dataLoaded(frame);
      await waitUntil(() => requested(frame).some((path) => path.startsWith('/test-tiles/')), 'no tile loaded', {timeout: 8000});
      const others = requested(frame).filter((path) => !path.startsWith('/test-tiles/'));
      expect(others).to.deep.equal(ownFiles(frame));
      expect(others.some(chunk('communes-outline-')), 'the communes outline, not drawn').to.equal(false);
    });

    it('with src, never fetches the embedded dataset', async () => {
      const frame = await openPage(
        '',
        `<script src="${SCRIPT}"></script><ecosystem-map tiles="none" src="/test/fixtures/small.geojson"></ecosystem-map>`,
      );
      const [load] = await dataLoaded(frame);
      expect(load.count).to.equal(2);
      expect(requested(frame).some(chunk('default-dataset-')), 'the embedded dataset').to.equal(false);
    });

    it("far below the fold, loads only the script and the element's first chunk, and the rest once scrolled near", async () => {
      const frame = await openPage('', `<script src="${SCRIPT}"></script><div style="height: 5000px"></div>${WIDGET}`);
      await win(frame).customElements.whenDefined('ecosystem-map');
      const status = () => inShadow(widget(frame), '[part=status]')[0]?.textContent;
      await waitUntil(() => status() === 'Chargement de la carte…', 'no loading frame');
      // Intersection observers report at the next rendering steps: two frames later, nothing more was asked for.
      await new Promise((done) => win(frame).requestAnimationFrame(() => win(frame).requestAnimationFrame(done)));
      expect(requested(frame)).to.deep.equal([SCRIPT, '/dist/cdn/ecosystem-map.entry.js']);
      expect(frame.loads).to.deep.equal([]);
      widget(frame).scrollIntoView();
      const [load] = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), load);
      expect(requested(frame).some(chunk('ecosystem-map-view-')), 'the view').to.equal(true);
    });

    it('under a CSP that allows only its own script, no request is blocked (no font, icon or analytics)', async () => {
      const csp = `default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'`;
      const frame = await openPage(
        `<meta http-equiv="Content-Security-Policy" content="${csp}"><script src="${SCRIPT}"></script>`,
        WIDGET,
      );
      const [load] = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), load);
      // Only requests: blocked inline styles are the next test's concern.
      expect(frame.violations.filter((violation) => !violation.endsWith(' inline'))).to.deep.equal([]);
    });
  });

  describe("strict CSP (style-src 'self', no inline styles)", () => {
    /** The colour swatches of the sector buttons and of the list items, as the visitor sees them. */
    async function swatches(head: string) {
      const frame = await openPage(`${head}<script src="${SCRIPT}"></script>`, WIDGET);
      await dataLoaded(frame);
      const element = widget(frame);
      const colour = (selector: string) =>
        inShadow(element, selector).map((swatch) => win(frame).getComputedStyle(swatch).backgroundColor);
      return {frame, sectors: colour('[part=sector] .swatch'), list: colour('[part=list] .swatch')};
    }

    it('works with Trusted Types enforced (only the lit-html and ecosystem-map policies allowed)', async () => {
      const csp = `script-src 'self' 'unsafe-inline'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ecosystem-map lit-html`;
      const frame = await openPage(
        `<meta http-equiv="Content-Security-Policy" content="${csp}"><script src="${SCRIPT}"></script>`,
        WIDGET,
      );
      const [load] = await dataLoaded(frame);
      await expectEmbeddedDatasetShown(frame, widget(frame), load);
      expect(frame.violations).to.deep.equal([]);
    });

    describe("Trusted Types next to the page's own Lit (policies lit-html and ecosystem-map)", () => {
      const TT_CSP = `script-src 'self' 'unsafe-inline'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html ecosystem-map`;
      const ttHead = `<meta http-equiv="Content-Security-Policy" content="${TT_CSP}">`;
      /** The page's own Lit component (Lit from node_modules: its policy is lit-html). */
      const PAGE_LIT = `<script type="module">
        import {LitElement, html} from '/node_modules/lit/index.js';
        customElements.define('page-greeting', class extends LitElement {
          render() { return html\`<p>Hello from the page</p>\`; }
        });
      </script><page-greeting></page-greeting>`;

      async function expectBothRender(frame: EmbedFrame): Promise<void> {
        const [load] = await dataLoaded(frame);
        await expectEmbeddedDatasetShown(frame, widget(frame), load);
        const greeting = frame.contentDocument!.querySelector('page-greeting')!;
        await waitUntil(() => greeting.shadowRoot?.querySelector('p'), "the page's Lit component did not render");
        expect(frame.violations).to.deep.equal([]);
      }

      it("the page's Lit first, then the script: both render", async () => {
        const frame = await openPage(ttHead, `${PAGE_LIT}<script type="module" src="${SCRIPT}"></script>${WIDGET}`);
        await expectBothRender(frame);
      });

      it("the script first, then the page's Lit: both render", async () => {
        const frame = await openPage(`${ttHead}<script src="${SCRIPT}"></script>`, `${WIDGET}${PAGE_LIT}`);
        await expectBothRender(frame);
      });

      it('the script included twice: no error, the widget renders', async () => {
        const frame = await openPage(ttHead, `<script src="${SCRIPT}"></script>${WIDGET}<script src="${SCRIPT}"></script>`);
        const [load] = await dataLoaded(frame);
        await expectEmbeddedDatasetShown(frame, widget(frame), load);
        expect(frame.errors).to.deep.equal([]);
        expect(frame.violations).to.deep.equal([]);
      });

      it('the ES module build (dist/esm) renders its markers, and leaks no Leaflet global', async () => {
        const frame = await openPage(ttHead, `<script type="module">import '/dist/esm/define.js';</script>${WIDGET}`);
        const [load] = await dataLoaded(frame);
        await expectEmbeddedDatasetShown(frame, widget(frame), load);
        expect(frame.violations).to.deep.equal([]);
        const added = Object.keys(win(frame)).filter((key) => !frame.keysBefore.includes(key));
        expect(
          added.filter((key) => /^(L$|_?leaflet|ecosystem)/i.test(key)),
          'Leaflet globals',
        ).to.deep.equal([]);
      });
    });

    it('sector buttons and list items keep their sector colours, and no inline style is blocked', async () => {
      const plain = await swatches('');
      const csp = `default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self'; img-src 'self'`;
      const strict = await swatches(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
      expect(new Set(plain.sectors).size, 'distinct sector colours without CSP').to.be.greaterThan(1);
      expect(strict.sectors, 'sector swatches').to.deep.equal(plain.sectors);
      expect(strict.list, 'list swatches').to.deep.equal(plain.list);
      expect(strict.frame.violations.length, `blocked: ${strict.frame.violations[0]}`).to.equal(0);
    });
  });
});
