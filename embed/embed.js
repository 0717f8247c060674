// dist/embed.html: builds the page's one <ecosystem-map> from the query string, keeps the "open the full
// map" link pointing at this very state, and tells the parent page the height the map would like.
(() => {
  'use strict';

  /** The page's own words, in the languages the widget speaks; anything else reads French. */
  const WORDS = {
    fr: {title: "Carte de l'écosystème numérique", openFull: 'Ouvrir la carte en grand'},
    en: {title: 'Map of the digital ecosystem', openFull: 'Open the full map'},
    nl: {title: 'Kaart van het digitale ecosysteem', openFull: 'Open de volledige kaart'},
  };
  /** The widget's default height, and the taller stack it gets below its 600 px breakpoint. */
  const PREFERRED_HEIGHT = {wide: 480, narrow: 640, breakpoint: 600};

  const params = new URLSearchParams(location.search);
  // The classic script defines the element once its module has loaded; it is added to the page then, with
  // the element's own attributes, from its class: a new attribute becomes a parameter with no change here.
  customElements.whenDefined('ecosystem-map').then(() => {
    const element = document.createElement('ecosystem-map');
    const attributes = new Set(customElements.get('ecosystem-map').observedAttributes);
    for (const [name, value] of params) {
      // Values go through the element's attribute handling, never into markup; unknown names are ignored.
      if (attributes.has(name)) element.setAttribute(name, value);
    }
    document.body.prepend(element);
  });

  const requested = (params.get('lang') || '').toLowerCase().split('-')[0];
  const lang = Object.prototype.hasOwnProperty.call(WORDS, requested) ? requested : 'fr';
  document.documentElement.lang = lang;
  document.title = WORDS[lang].title;

  const footer = document.querySelector('.open-full');
  const openFull = document.getElementById('open-full');
  openFull.textContent = WORDS[lang].openFull;
  // With `link`, the state lives in this page's URL: read it when the visitor reaches for the link.
  const pointAtThisState = () => (openFull.href = location.href);
  pointAtThisState();
  for (const type of ['pointerdown', 'focus', 'click', 'contextmenu']) openFull.addEventListener(type, pointAtThisState);

  if (window.parent === window) {
    // Opened on its own (the link above did that): the map takes the whole window.
    footer.hidden = true;
    return;
  }

  // Documented message: {type: 'ecosystem-map:height', height: <CSS pixels>}. It says nothing secret,
  // so any parent may read it; the parent checks our origin before resizing its iframe.
  let posted = 0;
  const postHeight = () => {
    const map = innerWidth < PREFERRED_HEIGHT.breakpoint ? PREFERRED_HEIGHT.narrow : PREFERRED_HEIGHT.wide;
    const height = Math.ceil(map + footer.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage({type: 'ecosystem-map:height', height}, '*');
  };
  postHeight();
  addEventListener('resize', postHeight);
})();
