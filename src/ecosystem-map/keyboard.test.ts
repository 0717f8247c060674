// Keyboard-only walkthroughs, as a visitor without a mouse would go: real key presses (sendKeys), focus
// read from the shadow root after each one.
import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {EcosystemMap} from './ecosystem-map.js';
import {collection, part, partShown, renderMap, sectorToggle} from '../testing/environment.js';

const focused = (el: EcosystemMap) => el.shadowRoot!.activeElement as HTMLElement | null;
const listButton = (el: EcosystemMap, id: string) =>
  part(el, 'list')!.querySelector<HTMLButtonElement>(`li[data-site-id="${id}"] button`)!;
const firstListButton = (el: EcosystemMap) => part(el, 'list')!.querySelector<HTMLButtonElement>('li button')!;
const skipLink = (el: EcosystemMap) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.skip-link')!;

/** What a focused element is, in words, to read a failing walkthrough. */
function describe_(element: Element | null): string {
  if (!element) return 'nothing';
  const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30);
  return `${element.localName}.${[...element.classList].join('.')} "${name}"`;
}

/**
 * From the search field to the first list item: Tab, and Enter once the skip link is reached.
 * Returns every stop, so a failure shows the path taken.
 */
async function walkToList(el: EcosystemMap): Promise<string[]> {
  part(el, 'search')!.focus();
  const stops: string[] = [];
  while (focused(el) !== firstListButton(el) && stops.length < 40) {
    await sendKeys({press: focused(el) === skipLink(el) ? 'Enter' : 'Tab'});
    stops.push(describe_(focused(el)));
  }
  return stops;
}

async function openFromList(el: EcosystemMap, id: string): Promise<HTMLElement> {
  listButton(el, id).focus();
  await sendKeys({press: 'Enter'});
  const details = await partShown(el, 'details');
  await waitUntil(() => focused(el) === details.querySelector('h2'), 'focus did not move to the details heading');
  return details;
}

describe('keyboard', () => {
  describe('from the search field to the list', () => {
    it('takes at most 4 key presses: search → chips (one stop) → skip link → Enter lands on the first site', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const stops = await walkToList(el);
      expect(stops.length, stops.join(' → ')).to.be.at.most(4);
      expect(stops.length, stops.join(' → ')).to.equal(3);
      expect(focused(el)!.closest('li')!.dataset['siteId']).to.equal('blanchemaille');
    });

    it('still at most 4 with the "show all" button present', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" sectors="school" .data=${collection()}></ecosystem-map>`);
      const stops = await walkToList(el);
      expect(stops.length, stops.join(' → ')).to.be.at.most(4);
      expect(focused(el)!.closest('li')!.dataset['siteId']).to.equal('euratech');
    });

    it('the skip link is hidden until focused, then visible over the map and at least 24 px high', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const link = skipLink(el);
      expect(link.getBoundingClientRect().width).to.be.at.most(1);
      sectorToggle(el, 'hub').focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(link);
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.greaterThan(100);
      const map = part(el, 'map')!.getBoundingClientRect();
      expect(box.top).to.be.at.least(map.top);
      expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(link);
    });

    it('an empty list: the skip link lands on the status line, which says why', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      part(el, 'search')!.focus();
      await sendKeys({type: 'zzzz'});
      await waitUntil(() => firstListButton(el) === null);
      skipLink(el).focus();
      await sendKeys({press: 'Enter'});
      expect(focused(el)).to.equal(part(el, 'status'));
    });
  });

  describe('sector chips: one tab stop, arrows inside', () => {
    it('Tab enters the chips once; arrows, Home and End move; Space and Enter press', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const chips = ['hub', 'school', 'cloud'].map((id) => sectorToggle(el, id));
      expect(chips.map((chip) => chip.tabIndex)).to.deep.equal([0, -1, -1]);
      part(el, 'search')!.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(chips[0]);
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el)).to.equal(chips[1]);
      await sendKeys({press: 'Space'});
      await waitUntil(() => chips[1].getAttribute('aria-pressed') === 'true', 'Space did not press the chip');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el), 'wraps past the last chip').to.equal(chips[0]);
      await sendKeys({press: 'ArrowLeft'});
      expect(focused(el), 'wraps before the first chip').to.equal(chips[2]);
      await sendKeys({press: 'Home'});
      expect(focused(el)).to.equal(chips[0]);
      await sendKeys({press: 'End'});
      expect(focused(el)).to.equal(chips[2]);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => chips[2].getAttribute('aria-pressed') === 'true', 'Enter did not press the chip');
      expect(el.sectors).to.deep.equal(['school', 'cloud']);
    });

    it('leaving and coming back lands on the chip the visitor left', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      sectorToggle(el, 'hub').focus();
      await sendKeys({press: 'End'});
      await el.updateComplete;
      expect(['hub', 'school', 'cloud'].map((id) => sectorToggle(el, id).tabIndex)).to.deep.equal([-1, -1, 0]);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(focused(el)).to.equal(part(el, 'search'));
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(sectorToggle(el, 'cloud'));
    });
  });

  describe('Escape closes the details from anywhere in the widget', () => {
    it('from the panel: focus returns to the list item the site was opened from', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      await openFromList(el, 'ovh');
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape did not close the details');
      await waitUntil(() => focused(el) === listButton(el, 'ovh'), 'focus did not return to the list item');
      expect(el.selected).to.equal(undefined);
    });

    it('from another list item: closes, and focus stays where the visitor is', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      await openFromList(el, 'ovh');
      listButton(el, 'iut').focus();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape in the list did not close the details');
      await el.updateComplete;
      expect(focused(el)).to.equal(listButton(el, 'iut'));
    });

    it('from the search field: the first Escape clears the text, the next one closes', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      await openFromList(el, 'iut');
      const search = part(el, 'search') as HTMLInputElement;
      search.focus();
      await sendKeys({type: 'roubaix'});
      await sendKeys({press: 'Escape'});
      await waitUntil(() => search.value === '', 'Escape did not clear the search');
      expect(part(el, 'details')).to.not.equal(null);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape in the empty search did not close the details');
      expect(focused(el)).to.equal(search);
    });

    it('from a chip and from the map', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      await openFromList(el, 'iut');
      sectorToggle(el, 'hub').focus();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape on a chip did not close the details');
      await openFromList(el, 'euratech');
      part(el, 'map')!.focus();
      expect(focused(el)).to.equal(part(el, 'map'));
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape on the map did not close the details');
    });

    it('the page does not also receive an Escape the widget used', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      let pageSawEscape = 0;
      const listener = (event: KeyboardEvent) => event.key === 'Escape' && pageSawEscape++;
      document.addEventListener('keydown', listener);
      try {
        await openFromList(el, 'iut');
        await sendKeys({press: 'Escape'});
        await waitUntil(() => part(el, 'details') === null);
        expect(pageSawEscape).to.equal(0);
        // With nothing to close, Escape is the page's.
        await sendKeys({press: 'Escape'});
        expect(pageSawEscape).to.equal(1);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });
  });

  it('opening from the search field with Enter, then Escape, returns to the search field', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const search = part(el, 'search') as HTMLInputElement;
    search.focus();
    await sendKeys({type: 'ovh'});
    const selected = oneEvent(el, 'site-select');
    await sendKeys({press: 'Enter'});
    await selected;
    await waitUntil(() => focused(el)?.localName === 'h2', 'focus did not move to the details');
    // Escape from the heading: the field keeps its text, so this Escape is the panel's.
    await sendKeys({press: 'Escape'});
    await waitUntil(() => focused(el) === search, 'focus did not return to the search field');
    expect(search.value).to.equal('ovh');
  });

  it('focusing a list item off-screen scrolls the list to it', async () => {
    const many = collection(
      Array.from({length: 60}, (_, i) => ({
        id: `s${i}`,
        name: `Site ${String(i).padStart(2, '0')}`,
        sectors: ['hub'],
        lon: 3.1,
        lat: 50.6 + i / 1000,
      })),
    );
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${many}></ecosystem-map>`);
    const list = part(el, 'list')!;
    const last = listButton(el, 's59');
    expect(last.getBoundingClientRect().top).to.be.greaterThan(list.getBoundingClientRect().bottom);
    last.focus();
    await waitUntil(() => {
      const box = last.getBoundingClientRect();
      const view = list.getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    }, 'the focused item stayed out of view');
  });
});
