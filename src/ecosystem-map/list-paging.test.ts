import {expect, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {collection, listIds, manySites, part, renderMap, searched, shadow} from '../testing/environment.js';

/** The list's "show more" button, if any. */
const showMore = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('.sidebar button.more');

describe('a long list, a page at a time', () => {
  it('shows 300 of 700 sites, then the next 300 with focus on the first of them, then the last 100', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="en" .data=${collection(manySites(700))}></ecosystem-map>`,
    );
    const root = shadow(el);
    expect(listIds(el)).to.have.length(300);
    expect(showMore(root)!.textContent.trim()).to.equal('Show 300 more (400 sites not listed yet)');

    showMore(root)!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(listIds(el)).to.have.length(600);
    // Keyboard users carry on from the first new item rather than from the top of the list.
    const items = [...part(el, 'list')!.querySelectorAll('li')];
    expect(root.activeElement?.closest('li')).to.equal(items[300]);
    expect(items[300]!.dataset['siteId'], 'in name order, the next page starts at Site 300').to.equal('site-300');

    showMore(root)!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(700);
    expect(showMore(root), 'nothing left to show').to.equal(null);
  });

  it('starts again from the first page when the search changes what is shown', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="fr" .data=${collection(manySites(700))}></ecosystem-map>`,
    );
    const root = shadow(el);
    showMore(root)!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(600);
    const search = part(el, 'search') as HTMLInputElement;
    search.focus();
    // Every site is named "Site N": the search keeps all 700, in a new order (best match first).
    const shown = searched(el, 'site');
    await sendKeys({type: 'site'});
    await shown;
    await el.updateComplete;
    expect(listIds(el)).to.have.length(300);
    expect(showMore(root)).to.not.equal(null);
  });

  it('is accessible with the button shown', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection(manySites(400))}></ecosystem-map>`);
    expect(showMore(shadow(el))!.textContent.trim()).to.equal('Afficher 100 de plus (100 autres sites à afficher)');
    await expect(el).to.be.accessible();
  });
});
