import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import type {FeatureCollection} from 'geojson';
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import {collection, part, partShown, renderMap, TEST_TILES} from '../testing/environment.js';
import '../define.js';

/** A map in a 375 px wide column, as on a phone, at the widget's default height. */
async function renderPhone(data: FeatureCollection | 'embedded' = collection()) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 375px">
      <ecosystem-map tiles=${TEST_TILES} .data=${data === 'embedded' ? undefined : data}></ecosystem-map>
    </div>`,
  );
  const el = wrapper.querySelector('ecosystem-map')!;
  await oneEvent(el, 'data-load');
  return el;
}

const rect = (element: Element) => element.getBoundingClientRect();
const center = (element: Element): [number, number] => {
  const box = rect(element);
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
const visible = (element: Element | null) =>
  !!element && rect(element).height > 0 && getComputedStyle(element).visibility !== 'hidden';

function switchButton(el: EcosystemMap, view: 'map' | 'list'): HTMLButtonElement {
  return part(el, 'view-switch')!.querySelector<HTMLButtonElement>(`button[data-view="${view}"]`)!;
}

describe('on a phone (375 px)', () => {
  it('the map takes at least 60 % of the height', async () => {
    const el = await renderPhone();
    const share = rect(part(el, 'map')!).height / rect(el).height;
    expect(share).to.be.at.least(0.6);
  });

  it('the list is one tap away with a "Carte / Liste" switch, and back', async () => {
    const el = await renderPhone();
    const list = part(el, 'list')!;
    expect(switchButton(el, 'map').getAttribute('aria-pressed')).to.equal('true');
    expect(switchButton(el, 'list').getAttribute('aria-pressed')).to.equal('false');
    expect(part(el, 'view-switch')!.getAttribute('role')).to.equal('group');
    expect(visible(list), 'the list is hidden on the map view').to.equal(false);

    switchButton(el, 'list').click();
    await el.updateComplete;
    expect(switchButton(el, 'list').getAttribute('aria-pressed')).to.equal('true');
    expect(visible(list)).to.equal(true);
    // The list lies over the map: what is at the centre of the map area is the list.
    const [x, y] = center(part(el, 'map')!);
    expect(list.contains(el.shadowRoot!.elementFromPoint(x, y))).to.equal(true);

    switchButton(el, 'map').click();
    await el.updateComplete;
    expect(visible(list)).to.equal(false);
  });

  it('opening a site from the list shows the map with a bottom sheet (≤ 45 % of the height) above which its marker stays', async () => {
    const el = await renderPhone();
    switchButton(el, 'list').click();
    await el.updateComplete;
    part(el, 'list')!.querySelector<HTMLButtonElement>('li[data-site-id="ovh"] button')!.click();
    const details = await partShown(el, 'details');
    await el.updateComplete;
    expect(switchButton(el, 'map').getAttribute('aria-pressed'), 'back to the map').to.equal('true');
    const sheet = rect(details);
    const host = rect(el);
    expect(sheet.height / host.height).to.be.at.most(0.45);
    expect(Math.round(sheet.bottom)).to.be.closeTo(Math.round(host.bottom - 1), 2);
    expect(sheet.width).to.be.closeTo(host.width - 2, 2);
    const marker = el.shadowRoot!.querySelector('[part~="marker"][data-site-id="ovh"]')!;
    await waitUntil(() => rect(marker).bottom <= rect(details).top, 'the opened marker is left under the sheet');
  });

  it('the sheet closes when dragged down by its grip, and springs back after a short drag', async () => {
    const el = await renderPhone();
    el.selected = 'ovh';
    const details = await partShown(el, 'details');
    const grip = details.querySelector('.sheet-grip')!;
    expect(visible(grip)).to.equal(true);
    const [x, y] = center(grip);

    // A short drag: the sheet follows, then comes back.
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    await sendMouse({type: 'move', position: [x, y + 10]});
    expect(getComputedStyle(details).transform, 'follows the pointer').to.not.equal('none');
    await sendMouse({type: 'up'});
    await el.updateComplete;
    expect(part(el, 'details')).to.equal(details);
    expect(el.selected).to.equal('ovh');

    // A long one closes it.
    await sendMouse({type: 'move', position: [x, y]});
    await sendMouse({type: 'down'});
    for (const dy of [30, 80, 140]) await sendMouse({type: 'move', position: [x, y + dy]});
    await sendMouse({type: 'up'});
    await el.updateComplete;
    expect(part(el, 'details')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('the sheet closes with a tap on its close button', async () => {
    const el = await renderPhone();
    el.selected = 'ovh';
    const details = await partShown(el, 'details');
    const close = details.querySelector<HTMLButtonElement>('.close')!;
    expect(rect(close).width, 'a finger-sized target').to.be.at.least(40);
    await sendMouse({type: 'click', position: center(close)});
    await el.updateComplete;
    expect(part(el, 'details')).to.equal(null);
  });

  it('the chip row scrolls sideways with a hint that there is more, and "Tout afficher" stays in reach', async () => {
    const el = await renderPhone('embedded'); // ten sectors
    const filters = part(el, 'filters')!;
    const row = filters.querySelector<HTMLElement>('.chip-row')!;
    const sectors = filters.querySelectorAll('[part~="sector"]');
    const top = rect(sectors[0]).top;
    expect(
      [...sectors].every((chip) => Math.abs(rect(chip).top - top) < 1),
      'one row',
    ).to.equal(true);
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    await waitUntil(() => getComputedStyle(row, '::after').opacity === '1', 'no hint that there is more');
    expect(getComputedStyle(row, '::after').content).to.equal('"›"');

    (sectors[0] as HTMLButtonElement).click();
    await el.updateComplete;
    const reset = filters.querySelector<HTMLButtonElement>('.reset')!;
    row.scrollLeft = row.scrollWidth;
    await waitUntil(() => getComputedStyle(row, '::after').opacity === '0', 'the hint stays at the end of the row');
    const box = rect(reset);
    expect(box.right).to.be.at.most(rect(el).right);
    expect(box.left).to.be.at.least(rect(row).right - 1);
    expect(el.shadowRoot!.elementFromPoint(...center(reset))).to.equal(reset);
  });
});

describe('on a wide screen', () => {
  it('shows map and list side by side, with no view switch', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()} style="width: 1000px"></ecosystem-map>`);
    expect(visible(part(el, 'view-switch'))).to.equal(false);
    expect(visible(part(el, 'list'))).to.equal(true);
    expect(rect(part(el, 'list')!).left).to.be.at.least(rect(part(el, 'map')!).right - 1);
  });
});
