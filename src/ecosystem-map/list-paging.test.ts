import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {collection, listIds, manySites, part, renderMap, searched, shadow} from '../testing/environment.js';

/** The list's "show more" button, if any. */
const showMore = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('.sidebar button.more');

describe('a long list, a page at a time', () => {
  it('shows 100 of 250 sites, then the next 100 with focus on the first of them, then the last 50', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="en" .data=${collection(manySites(250))}></ecosystem-map>`,
    );
    const root = shadow(el);
    expect(listIds(el)).to.have.length(100);
    expect(showMore(root)!.textContent.trim()).to.equal('Show 100 more (150 sites not listed yet)');

    showMore(root)!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(listIds(el)).to.have.length(200);
    // Keyboard users carry on from the first new item rather than from the top of the list.
    const items = [...part(el, 'list')!.querySelectorAll('li')];
    expect(root.activeElement?.closest('li')).to.equal(items[100]);
    expect(items[100]!.dataset['siteId'], 'in name order, the next page starts at Site 100').to.equal('site-100');

    showMore(root)!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(250);
    expect(showMore(root), 'nothing left to show').to.equal(null);
  });

  it('starts again from the first page when the search changes what is shown', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="fr" .data=${collection(manySites(250))}></ecosystem-map>`,
    );
    const root = shadow(el);
    showMore(root)!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(200);
    const search = part(el, 'search') as HTMLInputElement;
    search.focus();
    // Every site is named "Site N": the search keeps all 250, in a new order (best match first).
    const shown = searched(el, 'site');
    await sendKeys({type: 'site'});
    await shown;
    await el.updateComplete;
    expect(listIds(el)).to.have.length(100);
    expect(showMore(root)).to.not.equal(null);
  });

  it('is accessible with the button shown', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(manySites(150))}></ecosystem-map>`);
    expect(showMore(shadow(el))!.textContent.trim()).to.equal('Afficher 50 de plus (50 autres sites à afficher)');
    await expect(el).to.be.accessible();
  });
});
