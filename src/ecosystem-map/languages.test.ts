// Each interface language renders every string: nothing raw, nothing missing, data labels in the
// language when the taxonomy has them.
import {expect, html, waitUntil} from '@open-wc/testing';
import {BUILT_IN_SECTORS} from '../data/taxonomy.js';
import {formatList} from '../i18n/format.js';
import {loadMessages, messagesFor, UI_LANGS} from '../i18n/strings.js';
import {collection, part, partShown, renderMap, sectorToggle, TEST_SECTORS} from '../testing/environment.js';
import type {EcosystemMap} from './ecosystem-map.js';

const LABELS = {
  hub: {fr: 'Pôle', en: 'Hub', nl: 'Knooppunt'},
  school: {fr: 'École', en: 'School', nl: 'Onderwijs'},
  cloud: {fr: 'Nuage', en: 'Cloud', nl: 'Cloud en hosting'},
} as const;
const trilingual = {
  ...collection(),
  sectors: TEST_SECTORS.map((sector) => ({...sector, label: LABELS[sector.id as keyof typeof LABELS]})),
};

/** Every text and every text attribute a visitor or a screen reader meets in the widget. */
function allText(el: EcosystemMap): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value !== null) texts.push(value);
      }
    } else if (node.parentElement?.localName !== 'style' && node.textContent!.trim()) {
      texts.push(node.textContent!.trim());
    }
  }
  return texts;
}

describe('languages', () => {
  for (const lang of UI_LANGS) {
    it(`${lang}: every string of the interface is in ${lang}, none raw or missing`, async () => {
      await loadMessages(lang);
      const messages = messagesFor(lang);
      const {el} = await renderMap(
        html`<ecosystem-map
          tiles="none"
          lang=${lang}
          sectors="hub"
          selected="blanchemaille"
          .data=${trilingual}
        ></ecosystem-map>`,
      );
      const details = await partShown(el, 'details');
      const root = el.shadowRoot!;
      const search = part(el, 'search')!;
      expect(search.getAttribute('placeholder')).to.equal(messages.searchPlaceholder);
      expect(search.getAttribute('aria-label')).to.equal(messages.searchLabel);
      expect(part(el, 'status')!.textContent).to.equal(messages.sitesShown(2, 4));
      expect(part(el, 'filters')!.getAttribute('aria-label')).to.equal(messages.sectorsLabel);
      expect(part(el, 'filters')!.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).to.equal(messages.filterLabel);
      expect(root.querySelector('.reset')!.textContent).to.equal(messages.showAll);
      expect(root.querySelector('.skip-link')!.textContent).to.equal(messages.skipToList);
      expect(part(el, 'map')!.getAttribute('aria-label')).to.equal(messages.mapLabel);
      expect(root.querySelector('#map-keys')!.textContent).to.equal(messages.mapKeys);
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal(messages.listLabel);
      expect([...root.querySelectorAll('.zoom button')].map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        messages.zoomIn,
        messages.zoomOut,
      ]);
      expect(details.querySelector('.close')!.getAttribute('aria-label')).to.equal(messages.close);
      expect(details.querySelector('.opened')!.textContent).to.equal(messages.opened(2015));
      expect(sectorToggle(el, 'hub').querySelector('.label')!.textContent).to.equal(LABELS.hub[lang]);
      expect(sectorToggle(el, 'hub').textContent).to.contain(messages.sectorCount(2));
      expect(root.querySelector('li[data-site-id="euratech"] .list-sectors')!.textContent).to.equal(
        formatList(lang, [LABELS.hub[lang], LABELS.school[lang]]),
      );

      const keys = new Set([...Object.keys(messages), ...Object.keys(messages.dataError)]);
      for (const text of allText(el)) {
        expect(keys.has(text), `raw key "${text}"`).to.equal(false);
        expect(text, 'a missing value').not.to.match(/\bundefined\b|\bnull\b|\[object |NaN/);
      }
    });
  }

  it('nl: the built-in taxonomy shows its Dutch labels (French where it has none)', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="nl"></ecosystem-map>`);
    expect(part(el, 'search')!.getAttribute('placeholder')).to.equal('Naam, gemeente, activiteit…');
    expect(part(el, 'status')!.textContent).to.match(/^\d+ locaties$/);
    for (const sector of BUILT_IN_SECTORS) {
      const label = (sector.label as {fr: string; nl?: string}).nl ?? sector.label.fr;
      expect(sectorToggle(el, sector.id).querySelector('.label')!.textContent, sector.id).to.equal(label);
    }
  });

  it('nl-BE on the page gives Dutch', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${trilingual}></ecosystem-map>`);
    el.closest('div')!.setAttribute('lang', 'nl-BE');
    await waitUntil(() => part(el, 'search')!.getAttribute('aria-label') === 'Zoek een locatie', 'did not switch to Dutch');
    expect(part(el, 'status')!.textContent).to.equal('4 locaties');
  });
});

describe('text in another language than the interface', () => {
  it('a label or description falling back to French in Dutch is marked lang="fr"', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="nl" selected="ovh" .data=${collection()}></ecosystem-map>`,
    );
    const details = await partShown(el, 'details');
    const description = details.querySelector('.description')!;
    expect(description.textContent).to.equal('Hébergeur.');
    expect(description.getAttribute('lang')).to.equal('fr');
    expect(sectorToggle(el, 'cloud').querySelector('.label')!.getAttribute('lang')).to.equal('fr');
    expect(details.querySelector('[data-sector="cloud"] [lang="fr"]')!.textContent).to.equal('Nuage');
  });

  it('in the language asked for, nothing is marked', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="fr" selected="ovh" .data=${collection()}></ecosystem-map>`,
    );
    const details = await partShown(el, 'details');
    expect(details.querySelector('.description')!.hasAttribute('lang')).to.equal(false);
    expect(sectorToggle(el, 'cloud').querySelector('.label')!.hasAttribute('lang')).to.equal(false);
  });

  it('links opening a new tab say so', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="en" selected="blanchemaille" .data=${collection()}></ecosystem-map>`,
    );
    const link = (await partShown(el, 'details')).querySelector('a[target="_blank"]')!;
    expect(link.textContent).to.equal('Website: example.org (new tab)');
  });
});
