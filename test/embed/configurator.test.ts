// demo/configurator.html as a partner editor uses it: set options, copy a snippet, paste it into a blank
// page. Runs against the built /dist files (`npm run build` first). No test reaches the internet: the
// configurator opens with ?tiles=none, so the preview never asks for a tile.
import {expect, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import {inShadow, visibleState} from './visible-state.js';

const CONFIGURATOR = '/demo/configurator.html';
const opened: HTMLIFrameElement[] = [];

afterEach(() => {
  sinon.restore();
  for (const frame of opened.splice(0)) frame.remove();
});

async function openFrame(
  attributes: Partial<HTMLIFrameElement>,
  size = 'width: 1100px; height: 900px',
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `${size}; border: 0`;
  Object.assign(frame, attributes);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  return frame;
}

type Map = HTMLElement & {updateComplete: Promise<unknown>};

/** Waits until the widget shows a count of sites (or an error). */
async function settled(find: () => Element | null | undefined): Promise<Map> {
  await waitUntil(
    () => {
      const el = find();
      return (
        el?.shadowRoot && (/\d/.test(inShadow(el, '[part=status]')[0]?.textContent ?? '') || inShadow(el, '[part=error]').length)
      );
    },
    'the widget never showed sites nor an error',
    {timeout: 8000},
  );
  const el = find() as Map;
  await el.updateComplete;
  return el;
}

function widgetAttributes(el: Element): Record<string, string> {
  const names = ['src', 'sectors', 'selected', 'lang', 'tiles', 'link'];
  return Object.fromEntries(names.filter((name) => el.hasAttribute(name)).map((name) => [name, el.getAttribute(name)!]));
}

interface Configurator {
  frame: HTMLIFrameElement;
  doc: Document;
  preview: Map;
  /** Sets a form control the way a visitor does (value, then a `change` event). */
  set: (name: string, value: string | boolean) => Promise<void>;
  snippet: (kind: 'script' | 'iframe') => string;
}

async function openConfigurator(query = '?tiles=none'): Promise<Configurator> {
  const frame = await openFrame({src: `${CONFIGURATOR}${query}`});
  const doc = frame.contentDocument!;
  const preview = await settled(() => doc.querySelector('#preview-slot ecosystem-map'));
  const form = doc.getElementById('options') as HTMLFormElement;
  await waitUntil(
    () => (form.elements.namedItem('selected') as HTMLSelectElement).options.length > 1,
    'sites never listed in the form',
  );
  return {
    frame,
    doc,
    preview,
    async set(name, value) {
      const control = form.querySelector<HTMLInputElement>(
        name === 'sector'
          ? `input[name=sector][value="${value}"]`
          : name === 'source'
            ? `input[name=source][value="${value}"]`
            : `[name=${name}]`,
      )!;
      if (name === 'sector') control.checked = !control.checked;
      else if (control.type === 'checkbox') control.checked = value as boolean;
      else if (control.type === 'radio') control.checked = true;
      else control.value = value as string;
      control.dispatchEvent(new Event('change', {bubbles: true}));
      await preview.updateComplete;
    },
    snippet: (kind) => (doc.getElementById(`snippet-${kind}`) as HTMLTextAreaElement).value,
  };
}

describe('demo/configurator.html', () => {
  it('the script-tag snippet, pasted into a blank page, gives the attributes and visible state of the preview', async () => {
    const configurator = await openConfigurator();
    const {preview} = configurator;
    expect(configurator.snippet('script'), 'defaults are not spelled out').to.equal(
      `<script src="${location.origin}/dist/ecosystem-map.js"></script>\n<ecosystem-map tiles="none"></ecosystem-map>`,
    );
    await configurator.set('sector', 'hosting-cloud');
    await configurator.set('sector', 'e-commerce-retail');
    await configurator.set('selected', 'ovhcloud-hq');
    await configurator.set('lang', 'en');
    await configurator.set('height', '420');
    await configurator.set('link', true);
    const snippet = configurator.snippet('script');
    expect(snippet).to.equal(
      `<script src="${location.origin}/dist/ecosystem-map.js"></script>\n` +
        '<ecosystem-map sectors="e-commerce-retail,hosting-cloud" selected="ovhcloud-hq" lang="en" tiles="none" link style="height: 420px"></ecosystem-map>',
    );
    expect(visibleState(preview).details).to.equal('OVHcloud — siège et campus');

    const pasted = await openFrame({srcdoc: `<!doctype html><body>${snippet}</body>`});
    const copy = await settled(() => pasted.contentDocument!.querySelector('ecosystem-map'));
    expect(widgetAttributes(copy)).to.deep.equal(widgetAttributes(preview));
    expect(visibleState(copy)).to.deep.equal(visibleState(preview));
    expect(copy.getBoundingClientRect().height).to.equal(420);
    expect(preview.getBoundingClientRect().height).to.equal(420);
  });

  it('the iframe snippet, pasted into a blank page, shows the preview state and sizes itself from our origin only', async () => {
    const configurator = await openConfigurator('?tiles=none&lang=en');
    await configurator.set('sector', 'research-education');
    await configurator.set('selected', 'euratechnologies');
    const snippet = configurator.snippet('iframe');
    expect(snippet).to.contain(
      `src="${location.origin}/dist/embed.html?sectors=research-education&amp;selected=euratechnologies&amp;lang=en&amp;tiles=none"`,
    );
    expect(snippet).to.contain('title="Map of the digital ecosystem"');
    expect(snippet).to.contain(`event.origin !== '${location.origin}'`);

    const pasted = await openFrame({srcdoc: `<!doctype html><body>${snippet}</body>`}, 'width: 1100px; height: 1000px');
    const inner = pasted.contentDocument!.querySelector('iframe')!;
    const copy = await settled(() => inner.contentDocument?.querySelector('ecosystem-map'));
    expect(widgetAttributes(copy)).to.deep.equal(widgetAttributes(configurator.preview));
    expect(visibleState(copy)).to.deep.equal(visibleState(configurator.preview));
    // The frame asked for 480 px of map plus its link line; the snippet's script resized the iframe.
    await waitUntil(() => inner.height !== '512', 'the iframe was never resized to the height the map asked for');
    const footer = inner.contentDocument!.querySelector('.open-full')!.getBoundingClientRect().height;
    expect(Number(inner.height)).to.equal(Math.ceil(480 + footer));

    // A message of the same shape from another window than the map's frame is ignored.
    pasted.contentWindow!.postMessage({type: 'ecosystem-map:height', height: 1500}, '*');
    await new Promise((resolve) => pasted.contentWindow!.addEventListener('message', resolve, {once: true}));
    expect(Number(inner.height), 'not from the map frame: no resize').to.equal(Math.ceil(480 + footer));
  });

  it('with a fixed height, the iframe snippet has that height and no script', async () => {
    const configurator = await openConfigurator('?tiles=none&height=600');
    const snippet = configurator.snippet('iframe');
    expect(snippet).to.contain('height="632"');
    expect(snippet).not.to.contain('<script');
  });

  it('what the visitor does in the preview flows into the form and the snippets', async () => {
    const {preview, doc, snippet} = await openConfigurator();
    inShadow(preview, '[part~=sector][data-sector=logistics]')[0].click();
    inShadow(preview, '[part=list] [data-site-id] button')[0].click();
    await preview.updateComplete;
    const opened = preview.getAttribute('selected')!;
    await waitUntil(() => snippet('script').includes(`selected="${opened}"`), 'selection not in the snippet');
    expect(snippet('script')).to.contain('sectors="logistics"');
    expect(doc.querySelector<HTMLInputElement>('input[name=sector][value=logistics]')!.checked).to.equal(true);
    expect((doc.querySelector('[name=selected]') as HTMLSelectElement).value).to.equal(opened);
  });

  it('checks a data URL by loading it: the sites of that file, or the widget own error', async () => {
    const configurator = await openConfigurator();
    const {doc, preview} = configurator;
    const status = doc.getElementById('source-status')!;
    const src = doc.querySelector<HTMLInputElement>('[name=src]')!;
    src.value = '/test-api/status/404';
    doc.getElementById('load-source')!.click();
    await waitUntil(() => status.classList.contains('error'), 'no error shown');
    expect(status.textContent).to.equal(inShadow(preview, '[part=error] p')[0].textContent.trim());
    expect(status.textContent).to.contain('introuvable (404)');

    src.value = '/test/fixtures/small.geojson';
    doc.getElementById('load-source')!.click();
    await waitUntil(() => status.textContent === '2 sites chargés.', `status: ${status.textContent}`);
    await waitUntil(() => (doc.querySelector('[name=selected]') as HTMLSelectElement).options.length === 3);
    const options = [...(doc.querySelector('[name=selected]') as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).to.deep.equal(['Aucun', 'La Plaine Images', 'OVHcloud']);
    expect(configurator.snippet('script')).to.contain(
      `<ecosystem-map src="${location.origin}/test/fixtures/small.geojson" tiles="none">`,
    );
  });

  it('Copy puts the snippet on the clipboard, or selects it where the clipboard is refused', async () => {
    const {frame, doc, snippet} = await openConfigurator();
    const clipboard = frame.contentWindow!.navigator.clipboard;
    const write = sinon.stub(clipboard, 'writeText').resolves();
    const button = doc.querySelector<HTMLButtonElement>('[data-copy=snippet-iframe]')!;
    const status = button.parentElement!.querySelector('.status')!;
    button.click();
    await waitUntil(() => status.textContent === 'Copié.');
    expect(write.calledOnceWith(snippet('iframe'))).to.equal(true);

    write.rejects(new DOMException('denied', 'NotAllowedError'));
    doc.querySelector<HTMLButtonElement>('[data-copy=snippet-script]')!.click();
    const field = doc.getElementById('snippet-script') as HTMLTextAreaElement;
    await waitUntil(() => doc.activeElement === field, 'the snippet was not selected');
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('works under its strict CSP: no inline script or style, no violation while used', async () => {
    const source = await (await fetch(CONFIGURATOR)).text();
    expect(source).to.contain("script-src 'self'; style-src 'self'");
    expect(source.match(/<script(?![^>]*\ssrc=)[^>]*>/g), 'inline scripts').to.equal(null);
    expect(source).not.to.match(/<style|\sstyle=|\son[a-z]+=/i);
    const configurator = await openConfigurator();
    const violations: string[] = [];
    configurator.doc.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
    await configurator.set('height', '500');
    await configurator.set('sector', 'logistics');
    await configurator.set('selected', 'ovhcloud-hq');
    expect(getComputedStyle(configurator.doc.querySelector('.top')!).backgroundColor, 'its stylesheet applies').to.equal(
      'rgb(11, 92, 173)',
    );
    expect(configurator.preview.getBoundingClientRect().height).to.equal(500);
    expect(violations).to.deep.equal([]);
  });
});
