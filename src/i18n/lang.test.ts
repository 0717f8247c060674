import {expect} from '@open-wc/testing';
import {resolveLang, supportedLang} from './lang.js';

describe('supportedLang', () => {
  it('reads the primary language of a tag, whatever its region or case', () => {
    expect(supportedLang('fr')).to.equal('fr');
    expect(supportedLang('fr-BE')).to.equal('fr');
    expect(supportedLang('EN-gb')).to.equal('en');
    expect(supportedLang('en_US')).to.equal('en');
    expect(supportedLang(' en ')).to.equal('en');
    expect(supportedLang('nl')).to.equal('nl');
    expect(supportedLang('nl-BE')).to.equal('nl');
    expect(supportedLang('NL-nl')).to.equal('nl');
  });

  it('null for languages the interface is not translated into, and for garbage', () => {
    for (const value of ['de', 'es-ES', 'english', 'francais', 'f', '', '-', null, undefined]) {
      expect(supportedLang(value), String(value)).to.equal(null);
    }
  });
});

describe('resolveLang (lang attribute)', () => {
  /** `<div lang=outer><section lang=inner?><x-widget>` (detached: independent of the test page's own lang). */
  function widgetIn(outer: string | null, inner?: string | null): Element {
    const root = document.createElement('div');
    if (outer !== null) root.setAttribute('lang', outer);
    const section = root.appendChild(document.createElement('section'));
    if (inner !== undefined && inner !== null) section.setAttribute('lang', inner);
    return section.appendChild(document.createElement('x-widget'));
  }

  it("the element's own supported lang wins over its ancestors'", () => {
    expect(resolveLang(widgetIn('fr'), 'en')).to.equal('en');
    expect(resolveLang(widgetIn('en'), 'fr-CA')).to.equal('fr');
  });

  it('with no own lang, or an unsupported one, the nearest ancestor with lang decides', () => {
    expect(resolveLang(widgetIn('en'), '')).to.equal('en');
    expect(resolveLang(widgetIn('en'), null)).to.equal('en');
    expect(resolveLang(widgetIn('en'), 'de')).to.equal('en');
    expect(resolveLang(widgetIn('fr', 'en-GB'), undefined)).to.equal('en');
    expect(resolveLang(widgetIn('en', 'fr'), undefined)).to.equal('fr');
  });

  it('Flemish pages (nl-BE) get Dutch', () => {
    expect(resolveLang(widgetIn('nl-BE'), '')).to.equal('nl');
    expect(resolveLang(widgetIn('fr', 'nl-BE'), null)).to.equal('nl');
    expect(resolveLang(widgetIn('fr'), 'nl')).to.equal('nl');
  });

  it('an unsupported nearest ancestor lang gives French', () => {
    expect(resolveLang(widgetIn('en', 'de'), '')).to.equal('fr');
  });

  it('no lang anywhere, or an unsupported one: French', () => {
    expect(resolveLang(widgetIn(null), '')).to.equal('fr');
    expect(resolveLang(widgetIn('de-BE'), 'xx')).to.equal('fr');
    expect(resolveLang(document.createElement('x-widget'), '')).to.equal('fr');
  });

  it("crosses a shadow root: a widget inside a host component takes the host's lang", () => {
    const page = document.createElement('div');
    page.setAttribute('lang', 'fr');
    const host = page.appendChild(document.createElement('div'));
    host.setAttribute('lang', 'en');
    const shadow = host.attachShadow({mode: 'open'});
    const wrapper = shadow.appendChild(document.createElement('div'));
    const widget = wrapper.appendChild(document.createElement('x-widget'));
    expect(resolveLang(widget, '')).to.equal('en');

    const bareHost = page.appendChild(document.createElement('div'));
    const widget2 = bareHost.attachShadow({mode: 'open'}).appendChild(document.createElement('x-widget'));
    expect(resolveLang(widget2, '')).to.equal('fr');
    page.setAttribute('lang', 'en');
    expect(resolveLang(widget2, '')).to.equal('en');
  });

  it("follows the document's <html lang>", () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    const widget = document.body.appendChild(document.createElement('x-widget'));
    try {
      html.setAttribute('lang', 'en-US');
      expect(resolveLang(widget, '')).to.equal('en');
      html.setAttribute('lang', 'fr');
      expect(resolveLang(widget, '')).to.equal('fr');
    } finally {
      widget.remove();
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});
