import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import type {EcosystemMap} from './ecosystem-map.js';
import {collection, markerIds, part, partShown, renderMap, sectorToggle, shadow} from '../testing/environment.js';

/** The test page's URL without a fragment: every test starts and ends there. */
const PAGE = location.pathname + location.search;

function setHash(fragment: string): void {
  history.replaceState(null, '', `${PAGE}${fragment}`);
}

function listItem(el: EcosystemMap, id: string): HTMLButtonElement {
  return part(el, 'list')!.querySelector<HTMLButtonElement>(`[data-site-id="${id}"] button`)!;
}

function heading(el: EcosystemMap): string | undefined {
  return part(el, 'details')?.querySelector('h2')?.textContent?.trim();
}

function searchBox(el: EcosystemMap): HTMLInputElement {
  return part(el, 'search') as HTMLInputElement;
}

/** Walks the session history and waits until the widget shows what the URL says. */
async function go(el: EcosystemMap, step: -1 | 1): Promise<void> {
  const moved = oneEvent(window, 'popstate');
  history.go(step);
  await moved;
  await el.updateComplete;
}

const linked = (fragment = '') => {
  setHash(fragment);
  return renderMap(html`<ecosystem-map link tiles="none" .data=${collection()}></ecosystem-map>`);
};

describe('deep links (link attribute)', () => {
  // An entry of this test page to fall back on: a failing test going Back never leaves the page.
  beforeEach(() => history.pushState(null, '', PAGE));
  afterEach(() => {
    sinon.restore();
    setHash('');
  });

  it('restores site, sectors and search from the URL before the markers are first drawn', async () => {
    setHash('#top&map-site=ovh&map-sectors=cloud,school&map-q=roubaix');
    const el = await fixture<EcosystemMap>(html`<ecosystem-map link tiles="none" .data=${collection()}></ecosystem-map>`);
    // The first markers ever drawn (Leaflet loads lazily) are already the linked state, no default view first.
    await waitUntil(() => markerIds(el).length > 0, 'no marker drawn', {timeout: 5000});
    expect(markerIds(el)).to.deep.equal(['iut', 'ovh']);
    expect(el.selected).to.equal('ovh');
    expect(el.sectors).to.deep.equal(['cloud', 'school']);
    expect(heading(el)).to.equal('OVHcloud');
    expect(sectorToggle(el, 'cloud').getAttribute('aria-pressed')).to.equal('true');
    expect(sectorToggle(el, 'hub').getAttribute('aria-pressed')).to.equal('false');
    expect(searchBox(el).value).to.equal('roubaix');
    expect(location.hash).to.equal('#top&map-site=ovh&map-sectors=cloud,school&map-q=roubaix');
  });

  it('a selection adds a history entry; filters and search replace it; host pairs stay first and in order', async () => {
    const {el} = await linked('#top&lang=fr&x=%C3%A9');
    const entries = history.length;
    listItem(el, 'ovh').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&lang=fr&x=%C3%A9&map-site=ovh');
    expect(history.length).to.equal(entries + 1);

    sectorToggle(el, 'cloud').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&lang=fr&x=%C3%A9&map-site=ovh&map-sectors=cloud');
    searchBox(el).focus();
    await sendKeys({type: 'ovh cl'});
    await el.updateComplete;
    expect(location.hash).to.equal('#top&lang=fr&x=%C3%A9&map-site=ovh&map-sectors=cloud&map-q=ovh%20cl');
    expect(history.length, 'no entry per keystroke or chip').to.equal(entries + 1);

    (part(el, 'details')!.querySelector('.close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(location.hash).to.equal('#top&lang=fr&x=%C3%A9&map-sectors=cloud&map-q=ovh%20cl');
  });

  it('Back and Forward walk through the sites opened', async () => {
    const {el} = await linked();
    listItem(el, 'euratech').click();
    await el.updateComplete;
    listItem(el, 'iut').click();
    await el.updateComplete;
    expect(heading(el)).to.equal('IUT de Roubaix');

    await go(el, -1);
    expect(el.selected).to.equal('euratech');
    expect(heading(el)).to.equal('EuraTechnologies');
    expect(location.hash).to.equal('#map-site=euratech');

    await go(el, -1);
    expect(el.selected).to.equal(undefined);
    expect(part(el, 'details')).to.equal(null);

    await go(el, 1);
    await go(el, 1);
    expect(heading(el)).to.equal('IUT de Roubaix');
  });

  it('a reload keeps the state: a new element on the same URL shows it again', async () => {
    const {el} = await linked();
    listItem(el, 'blanchemaille').click();
    sectorToggle(el, 'hub').click();
    await el.updateComplete;
    const again = await fixture<EcosystemMap>(html`<ecosystem-map link tiles="none" .data=${collection()}></ecosystem-map>`);
    await waitUntil(() => markerIds(again).length > 0, 'no marker drawn', {timeout: 5000});
    expect(again.selected).to.equal('blanchemaille');
    expect(again.sectors).to.deep.equal(['hub']);
    expect(markerIds(again)).to.deep.equal(['blanchemaille', 'euratech']);
  });

  it('follows a host page that changes the hash itself', async () => {
    const {el} = await linked('#page=1');
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#page=2&map-site=iut&map-q=iut';
    await changed;
    await el.updateComplete;
    expect(heading(el)).to.equal('IUT de Roubaix');
    expect(markerIds(el)).to.deep.equal(['iut']);
    const cleared = oneEvent(window, 'hashchange');
    location.hash = '#page=3';
    await cleared;
    await el.updateComplete;
    expect(part(el, 'details')).to.equal(null);
    expect(markerIds(el)).to.have.length(4);
    expect(location.hash).to.equal('#page=3');
  });

  it('two maps with ids keep separate state in the same URL', async () => {
    setHash('#jobs-site=ovh&places-sectors=school');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <ecosystem-map id="jobs" link tiles="none" .data=${collection()}></ecosystem-map>
        <ecosystem-map id="places" link tiles="none" .data=${collection()}></ecosystem-map>
      </div>`,
    );
    const [jobs, places] = [...wrapper.querySelectorAll<EcosystemMap>('ecosystem-map')] as [EcosystemMap, EcosystemMap];
    await Promise.all([oneEvent(jobs, 'data-load'), oneEvent(places, 'data-load')]);
    expect(heading(jobs)).to.equal('OVHcloud');
    await waitUntil(() => markerIds(jobs).length > 0 && markerIds(places).length > 0, 'no marker drawn', {timeout: 5000});
    expect(markerIds(jobs)).to.have.length(4);
    expect(heading(places)).to.equal(undefined);
    expect(markerIds(places)).to.deep.equal(['euratech', 'iut']);
    listItem(places, 'iut').click();
    await places.updateComplete;
    expect(location.hash).to.equal('#jobs-site=ovh&places-sectors=school&places-site=iut');
    await go(places, -1);
    expect(places.selected).to.equal(undefined);
    expect(jobs.selected).to.equal('ovh');
  });

  it('ignores malformed and unknown values with a console warning, never an error', async () => {
    const warn = sinon.stub(console, 'warn');
    const {el} = await linked('#map-site=%E0%A4%A&map-sectors=cloud,nope&map-zoom=3&map-q=ovh');
    expect(el.selected).to.equal(undefined);
    expect(el.sectors).to.deep.equal(['cloud']);
    expect(markerIds(el)).to.deep.equal(['ovh']);
    const warnings = warn.getCalls().map((call) => String(call.args[0]));
    expect(warnings.some((text) => text.includes('map-site=%E0%A4%A'))).to.equal(true);
    expect(warnings.some((text) => text.includes('map-zoom=3'))).to.equal(true);
    expect(warnings.some((text) => text.includes('"nope"'))).to.equal(true);
    expect(location.hash, 'the URL is cleaned up to what is shown').to.equal('#map-sectors=cloud&map-zoom=3&map-q=ovh');
  });

  it('without link, never reads, writes or listens to the URL', async () => {
    setHash('#map-site=ovh&map-sectors=cloud');
    const push = sinon.spy(history, 'pushState');
    const replace = sinon.spy(history, 'replaceState');
    const listen = sinon.spy(window, 'addEventListener');
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    expect(el.selected).to.equal(undefined);
    expect(markerIds(el)).to.have.length(4);
    listItem(el, 'iut').click();
    sectorToggle(el, 'school').click();
    searchBox(el).focus();
    await sendKeys({type: 'iut'});
    await el.updateComplete;
    expect(heading(el)).to.equal('IUT de Roubaix');
    expect(part(el, 'details')!.querySelector('.copy-link'), 'no copy-link button').to.equal(null);
    expect(push.called || replace.called).to.equal(false);
    expect(listen.getCalls().map((call) => call.args[0])).not.to.include.members(['popstate', 'hashchange']);
    expect(location.hash).to.equal('#map-site=ovh&map-sectors=cloud');
  });

  it('switching link on reads the URL; off stops following it', async () => {
    setHash('#map-site=iut');
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    expect(el.selected).to.equal(undefined);
    el.link = true;
    // The deep-link support is a chunk loaded when `link` is first set.
    await waitUntil(() => heading(el) === 'IUT de Roubaix', 'the URL was not read');
    el.link = false;
    await el.updateComplete;
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#map-site=ovh';
    await changed;
    await el.updateComplete;
    expect(el.selected).to.equal('iut');
  });
});

describe('copy link', () => {
  afterEach(() => {
    sinon.restore();
    setHash('');
  });

  it('copies the link of the open site and confirms it', async () => {
    const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const {el} = await linked('#top');
    listItem(el, 'ovh').click();
    await el.updateComplete;
    const details = await partShown(el, 'details');
    const button = details.querySelector<HTMLButtonElement>('.copy-link')!;
    expect(button.textContent.trim()).to.equal('Copier le lien');
    button.click();
    await waitUntil(() => details.querySelector('[role=status]')?.textContent?.trim(), 'no confirmation');
    expect(details.querySelector('[role=status]')!.textContent.trim()).to.equal('Lien copié.');
    expect(write.calledOnceWith(`${location.origin}${PAGE}#top&map-site=ovh`)).to.equal(true);
    expect(details.querySelector('.share-url')).to.equal(null);
  });

  it('where the clipboard is refused, shows the URL selected in a read-only field', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    const {el} = await linked();
    el.lang = 'en';
    listItem(el, 'iut').click();
    await el.updateComplete;
    part(el, 'details')!.querySelector<HTMLButtonElement>('.copy-link')!.click();
    await waitUntil(() => part(el, 'details')!.querySelector('.share-url'), 'no fallback field');
    await el.updateComplete;
    const field = part(el, 'details')!.querySelector<HTMLInputElement>('.share-url')!;
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal(`${location.origin}${PAGE}#map-site=iut`);
    expect(shadow(el).activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(field.closest('label')!.textContent).to.contain('Copy this link:');
    await expect(el).to.be.accessible();
  });
});
