// Accessibility checks of the whole widget: axe in every state a visitor meets, forced colours, a
// 320 px wide container, target sizes, focus ring, and what screen readers are told.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, emulateMedia, executeServerCommand, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import type {EcosystemMap} from './ecosystem-map.js';
import {ANNOUNCE_DELAY_MS} from './status-announcer.js';
import {collection, part, partShown, renderMap, sectorToggle} from '../testing/environment.js';

type AxNode = {role: string; name: string; description?: string; children: AxNode[]};

/** The page's accessibility tree, as Chromium gives it to screen readers. */
async function accessibilityTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value: active ? 'active' : 'none'}]});
}

/** The text screen readers get from a live region: everything but aria-hidden parts. */
function exposedText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node instanceof Element) {
      if (node.getAttribute('aria-hidden') !== 'true') text += exposedText(node);
    } else if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
  }
  return text.trim();
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('accessibility', () => {
  describe('axe finds no violation', function () {
    // axe walks the whole shadow tree, Leaflet's panes included; the first run also loads axe itself.
    this.timeout(30000);

    it('loaded', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      await expect(el).to.be.accessible();
    });

    it('filtered to zero by a search with no result', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      part(el, 'search')!.focus();
      await sendKeys({type: 'zzzz'});
      await waitUntil(() => part(el, 'no-result'), 'the no-result message never showed');
      await expect(el).to.be.accessible();
    });

    it('a sector pressed, "show all" offered', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" sectors="cloud" .data=${collection()}></ecosystem-map>`);
      await expect(el).to.be.accessible();
    });

    it('details open', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" selected="blanchemaille" .data=${collection()}></ecosystem-map>`,
      );
      await partShown(el, 'details');
      await expect(el).to.be.accessible();
    });

    it('error (the data URL answers 404)', async () => {
      const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" src="/test-api/status/404"></ecosystem-map>`);
      await oneEvent(el, 'data-error');
      await partShown(el, 'error');
      await expect(el).to.be.accessible();
    });

    it('320 px wide, details open', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <ecosystem-map tiles="none" selected="euratech" .data=${collection()}></ecosystem-map>
        </div>`,
      );
      const el = wrapper.querySelector('ecosystem-map')!;
      await partShown(el, 'details');
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'nl']) {
      it(`in ${lang}, details open`, async () => {
        const {el} = await renderMap(
          html`<ecosystem-map tiles="none" lang=${lang} selected="ovh" .data=${collection()}></ecosystem-map>`,
        );
        await partShown(el, 'details');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('forced colours (Windows high contrast)', () => {
    afterEach(() => forcedColors(false));

    it('axe passes, pressed chips and the open site stay visible through system colours', async () => {
      await forcedColors(true);
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" sectors="hub" selected="euratech" .data=${collection()}></ecosystem-map>`,
      );
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
      await partShown(el, 'details');
      await expect(el).to.be.accessible();
      const pressed = getComputedStyle(sectorToggle(el, 'hub'));
      const released = getComputedStyle(sectorToggle(el, 'school'));
      expect(pressed.backgroundColor).to.not.equal(released.backgroundColor);
      expect(contrast(pressed.backgroundColor, pressed.color)).to.be.at.least(4.5);
      expect(released.borderTopStyle).to.equal('solid');
      const current = part(el, 'list')!.querySelector<HTMLElement>('[aria-current]')!;
      const other = part(el, 'list')!.querySelector<HTMLElement>('button:not([aria-current])')!;
      expect(getComputedStyle(current).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
      const close = part(el, 'details')!.querySelector<HTMLElement>('.close')!;
      expect(getComputedStyle(close).borderTopStyle, 'the close button keeps an outline').to.equal('solid');
    });
  });

  describe('perception', () => {
    it('at 320 px wide nothing scrolls sideways but the chip row', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 320px">
          <ecosystem-map tiles="none" selected="blanchemaille" .data=${collection()}></ecosystem-map>
        </div>`,
      );
      const el = wrapper.querySelector('ecosystem-map')!;
      await partShown(el, 'details');
      for (const selector of ['.layout', '.toolbar', '.body', '.sidebar', '.list', '.details']) {
        const box = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
        expect(box.scrollWidth, selector).to.be.at.most(box.clientWidth);
      }
      expect(wrapper.scrollWidth).to.be.at.most(320);
    });

    it('every control is at least 24 × 24 px', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map
          tiles="none"
          sectors="hub"
          selected="blanchemaille"
          .data=${collection([
            {
              id: 'blanchemaille',
              name: 'Blanchemaille',
              sectors: ['hub'],
              lon: 3.16713,
              lat: 50.69633,
              extra: {
                website: 'https://example.org/',
                sources: ['https://example.org/a', 'https://example.org/b'],
              },
            },
          ])}
        ></ecosystem-map>`,
      );
      const details = await partShown(el, 'details');
      details.querySelector('details')!.open = true;
      el.shadowRoot!.querySelector<HTMLElement>('.skip-link')!.focus();
      // Controls not rendered in this layout (the phone's map/list switch on a wide widget) are left out.
      const controls = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>('button:not([part~="marker"]):not([part~="cluster"]), a, summary, input'),
      ].filter((control) => control.getClientRects().length > 0);
      expect(controls.length).to.be.greaterThan(8);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        const name = `${control.localName}.${control.className} "${control.textContent.trim().slice(0, 20)}"`;
        expect(box.width, name).to.be.at.least(24);
        expect(box.height, name).to.be.at.least(24);
      }
    });

    it('the focus ring is two-tone: a white inner ring and the accent outside it (≥ 3:1 between them)', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      part(el, 'search')!.focus();
      await sendKeys({press: 'Tab'});
      const chip = getComputedStyle(sectorToggle(el, 'hub'));
      expect(chip.outlineStyle).to.equal('solid');
      expect(parseFloat(chip.outlineWidth)).to.be.at.least(2);
      const inner = chip.boxShadow.match(/rgba?\([^)]*\)/)![0];
      expect(contrast(chip.outlineColor, inner)).to.be.at.least(3);
      // On a dark page and on a light one, one of the two rings stands out.
      for (const page of ['rgb(17, 17, 17)', 'rgb(255, 255, 255)']) {
        expect(Math.max(contrast(chip.outlineColor, page), contrast(inner, page)), page).to.be.at.least(3);
      }
    });

    it('with reduced motion the map jumps instead of gliding and nothing transitions', async () => {
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
        expect(el.leafletMap!.options.zoomAnimation).to.equal(false);
        expect(getComputedStyle(sectorToggle(el, 'hub')).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });
  });

  describe('screen readers', () => {
    it('the map is a named region described by its keys; the details are a region named by their heading', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" selected="iut" .data=${collection()}></ecosystem-map>`);
      await partShown(el, 'details');
      const snapshot = await accessibilityTree();
      const map = findAccessibilityNode(snapshot, (node) => node.name === "Carte de l'écosystème numérique") as AxNode | null;
      expect(map?.role).to.be.oneOf(['region', 'Section']);
      expect(map?.description).to.equal(
        'Flèches : se déplacer entre les sites ; Entrée : ouvrir ; + / − : zoom ; Échap : fermer la fiche',
      );
      const details = findAccessibilityNode(snapshot, (node) => node.name === 'IUT de Roubaix' && node.role === 'region');
      expect(details, 'details region').to.not.equal(null);
      expect(findAccessibilityNode(snapshot, (node) => node.role === 'heading' && node.name === 'IUT de Roubaix')).to.not.equal(
        null,
      );
    });

    it('each list item says name, town and sectors in words', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const snapshot = await accessibilityTree();
      // (The marker is a button named "EuraTechnologies" too: the list item is the one saying more.)
      const item = findAccessibilityNode(snapshot, (node) => node.role === 'button' && node.name.startsWith('EuraTechnologies '));
      expect(item?.name).to.equal('EuraTechnologies Lille Pôle et École');
      expect(el.shadowRoot!.querySelector('li[data-site-id="euratech"] .list-sectors')!.textContent).to.equal('Pôle et École');
    });

    it('the status line announces the count once the visitor pauses, not at each press', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const status = part(el, 'status')!;
      // What a screen reader announces: the settled text of the live region, never while it is busy.
      const heard: string[] = [exposedText(status)];
      const observer = new MutationObserver(() => {
        const text = exposedText(status);
        if (status.getAttribute('aria-busy') !== 'true' && text !== heard[heard.length - 1]) heard.push(text);
      });
      observer.observe(status, {childList: true, subtree: true, characterData: true, attributes: true});
      try {
        sectorToggle(el, 'hub').click();
        await el.updateComplete;
        expect(status.textContent, 'the count shows at once').to.contain('2 sites affichés sur 4');
        sectorToggle(el, 'cloud').click();
        await el.updateComplete;
        expect(status.getAttribute('aria-busy'), 'still settling').to.equal('true');
        await waitUntil(() => status.getAttribute('aria-busy') === 'false', 'the status line never settled', {
          timeout: ANNOUNCE_DELAY_MS * 6,
        });
        expect(heard).to.deep.equal(['4 sites', '3 sites affichés sur 4']);
        expect(status.textContent.trim()).to.equal('3 sites affichés sur 4');
        // Panning changes nothing to announce.
        el.leafletMap!.panBy([200, 100], {animate: false});
        await el.updateComplete;
        expect(heard).to.have.length(2);
      } finally {
        observer.disconnect();
      }
    });
  });
});
