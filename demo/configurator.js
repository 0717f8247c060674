// The configurator: a form driving a live <ecosystem-map> preview, and the two snippets a partner pastes
// (script tag, or iframe for CMSs that strip scripts). Each snippet spells out only what differs from the
// defaults, so pasting it into a blank page gives the preview again. The visitor can also click in the
// preview: chips pressed and the site opened there flow back into the form and the snippets.
(() => {
  'use strict';

  const SCRIPT_URL = new URL('../dist/ecosystem-map.js', location.href).href;
  const EMBED_URL = new URL('../dist/embed.html', location.href).href;
  /** The dataset built into the script, read here only to list its sites in the form. */
  const EMBEDDED_DATA = new URL('../data/sites.geojson', location.href).href;
  /** The element's default height, and the "open the full map" line that embed.html adds under it. */
  const DEFAULT_HEIGHT = 480;
  const EMBED_FOOTER = 32;
  const HEIGHT_RANGE = [240, 2000];
  const LANGS = ['fr', 'en', 'nl'];
  const TILES = ['osm', 'ign', 'none'];
  const FRAME_TITLES = {
    fr: "Carte de l'écosystème numérique",
    en: 'Map of the digital ecosystem',
    nl: 'Kaart van het digitale ecosysteem',
  };

  const form = document.getElementById('options');
  const sourceStatus = document.getElementById('source-status');
  const sectorChoices = document.getElementById('sector-choices');
  const siteSelect = form.elements.namedItem('selected');
  const preview = document.createElement('ecosystem-map');

  /** What the partner chose. Empty values are the defaults and never appear in a snippet. */
  const config = readInitialConfig(new URLSearchParams(location.search));
  let sites = [];
  let generation = 0;

  /** `configurator.html?tiles=none&lang=en…` opens with those choices (same names as the attributes). */
  function readInitialConfig(params) {
    const pick = (name, allowed) => (allowed.includes(params.get(name)) ? params.get(name) : '');
    const src = params.get('src') || '';
    return {
      source: src ? 'url' : 'embedded',
      src,
      sectors: (params.get('sectors') || '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
      selected: params.get('selected') || '',
      lang: pick('lang', LANGS),
      tiles: pick('tiles', TILES) || 'osm',
      height: validHeight(params.get('height')),
      link: params.has('link'),
    };
  }

  function validHeight(value) {
    const height = Math.round(Number(value));
    return value && height >= HEIGHT_RANGE[0] && height <= HEIGHT_RANGE[1] ? String(height) : '';
  }

  function absoluteHttpUrl(value) {
    try {
      const url = new URL(value, location.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  /** The element's attributes for this configuration, in a stable order; `link` is boolean (empty value). */
  function chosenAttributes() {
    const chosen = [];
    const src = config.source === 'url' ? absoluteHttpUrl(config.src) : undefined;
    if (src) chosen.push(['src', src]);
    if (config.sectors.length) chosen.push(['sectors', config.sectors.join(',')]);
    if (config.selected) chosen.push(['selected', config.selected]);
    if (config.lang) chosen.push(['lang', config.lang]);
    if (config.tiles !== 'osm') chosen.push(['tiles', config.tiles]);
    if (config.link) chosen.push(['link', '']);
    return chosen;
  }

  const escapeAttribute = (value) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function scriptSnippet() {
    const attributes = chosenAttributes()
      .map(([name, value]) => (name === 'link' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
      .join('');
    const style = config.height ? ` style="height: ${config.height}px"` : '';
    return `<script src="${escapeAttribute(SCRIPT_URL)}"></script>\n<ecosystem-map${attributes}${style}></ecosystem-map>`;
  }

  function iframeSnippet() {
    const url = new URL(EMBED_URL);
    for (const [name, value] of chosenAttributes()) url.searchParams.set(name, value);
    const height = Number(config.height || DEFAULT_HEIGHT) + EMBED_FOOTER;
    const title = FRAME_TITLES[config.lang || 'fr'];
    const frame =
      `<iframe src="${escapeAttribute(url.href)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
      ` style="border: 0" loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
    if (config.height) return frame;
    // No fixed height: the frame says how tall it wants to be; only messages from the map's origin count.
    return `${frame}
<script>
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== '${new URL(EMBED_URL).origin}' || !data || data.type !== 'ecosystem-map:height') return;
    var height = Math.min(Math.max(Number(data.height) || 0, ${HEIGHT_RANGE[0]}), ${HEIGHT_RANGE[1]});
    document.querySelectorAll('iframe').forEach(function (frame) {
      if (frame.contentWindow === event.source) frame.height = String(height);
    });
  });
</script>`;
  }

  function applyToPreview() {
    const wanted = new Map(chosenAttributes());
    for (const name of ['src', 'sectors', 'selected', 'lang', 'tiles', 'link']) {
      if (!wanted.has(name)) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== wanted.get(name)) preview.setAttribute(name, wanted.get(name));
    }
    preview.style.height = config.height ? `${config.height}px` : '';
  }

  function writeSnippets() {
    document.getElementById('snippet-script').value = scriptSnippet();
    document.getElementById('snippet-iframe').value = iframeSnippet();
  }

  /** The form shows `config` (after the visitor clicked in the preview, or a dataset changed). */
  function syncForm() {
    form.elements.namedItem('source').value = config.source;
    form.elements.namedItem('src').value = config.src;
    form.elements.namedItem('lang').value = config.lang;
    form.elements.namedItem('tiles').value = config.tiles;
    form.elements.namedItem('height').value = config.height;
    form.elements.namedItem('link').checked = config.link;
    for (const box of sectorChoices.querySelectorAll('input')) box.checked = config.sectors.includes(box.value);
    siteSelect.value = sites.some((site) => site.id === config.selected) ? config.selected : '';
  }

  function update() {
    applyToPreview();
    writeSnippets();
    syncForm();
  }

  /** Sector chips from the preview's own filter bar (its taxonomy, in its language); sites from the data. */
  async function loadChoices() {
    const current = ++generation;
    const chips = [...preview.shadowRoot.querySelectorAll('[part~="sector"][data-sector]')];
    sectorChoices.replaceChildren(
      ...chips.map((chip) => {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'sector';
        box.value = chip.dataset.sector;
        label.append(box, ` ${chip.querySelector('.label')?.textContent.trim() || chip.dataset.sector}`);
        return label;
      }),
    );
    let features = [];
    try {
      const url = config.source === 'url' ? absoluteHttpUrl(config.src) : EMBEDDED_DATA;
      const collection = await (await fetch(url)).json();
      features = Array.isArray(collection.features) ? collection.features : [];
    } catch {
      // The preview loaded it a moment ago; without the list the partner can still click a site in the preview.
    }
    if (current !== generation) return;
    sites = features
      .filter((feature) => typeof feature?.id === 'string' && typeof feature.properties?.name === 'string')
      .map((feature) => ({id: feature.id, name: feature.properties.name}))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    const none = siteSelect.options[0];
    siteSelect.replaceChildren(none, ...sites.map((site) => new Option(site.name, site.id)));
    syncForm();
  }

  function readForm(target) {
    const name = target.name;
    if (name === 'source') {
      config.source = target.value;
      if (config.source === 'embedded') changeDataset();
      return config.source === 'embedded';
    }
    if (name === 'src') return false; // applied by "Charger" or Enter, not on every keystroke
    if (name === 'sector') {
      config.sectors = [...sectorChoices.querySelectorAll('input:checked')].map((box) => box.value);
    } else if (name === 'height') {
      config.height = validHeight(target.value);
    } else if (name === 'link') {
      config.link = target.checked;
    } else if (name in config) {
      config[name] = target.value;
    }
    return true;
  }

  /** Sectors and the open site belong to a dataset: a new one starts without them. */
  function changeDataset() {
    config.sectors = [];
    config.selected = '';
    sites = [];
    sourceStatus.classList.remove('error');
    sourceStatus.textContent = 'Chargement…';
  }

  function loadSource() {
    config.source = 'url';
    config.src = form.elements.namedItem('src').value.trim();
    if (!absoluteHttpUrl(config.src)) {
      sourceStatus.classList.add('error');
      sourceStatus.textContent = 'Indiquez une adresse http(s) de fichier GeoJSON.';
      return;
    }
    changeDataset();
    update();
  }

  form.addEventListener('change', (event) => {
    if (readForm(event.target)) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    loadSource();
  });
  document.getElementById('load-source').addEventListener('click', loadSource);

  preview.addEventListener('data-load', (event) => {
    sourceStatus.classList.remove('error');
    sourceStatus.textContent = `${event.detail.count} sites chargés.`;
    void loadChoices();
  });
  preview.addEventListener('data-error', async () => {
    await preview.updateComplete;
    // The widget's own words for the problem, as visitors would read them.
    sourceStatus.classList.add('error');
    sourceStatus.textContent = preview.shadowRoot.querySelector('[part="error"] p')?.textContent.trim() || 'Erreur.';
    sectorChoices.replaceChildren();
    siteSelect.replaceChildren(siteSelect.options[0]);
  });
  // What the visitor does in the preview becomes the configuration too.
  preview.addEventListener('filter-change', (event) => {
    config.sectors = event.detail.sectors;
    config.selected = preview.getAttribute('selected') || ''; // may have changed in the same update
    update();
  });
  new MutationObserver(() => {
    config.selected = preview.getAttribute('selected') || '';
    writeSnippets();
    syncForm();
  }).observe(preview, {attributes: true, attributeFilter: ['selected']});

  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copy);
      const status = button.parentElement.querySelector('.status');
      try {
        await navigator.clipboard.writeText(field.value);
        status.textContent = 'Copié.';
      } catch {
        field.focus();
        field.select();
        status.textContent = 'Copie refusée par le navigateur : le code est sélectionné, faites Ctrl+C.';
      }
    });
  }

  sourceStatus.textContent = 'Chargement…';
  applyToPreview(); // before the element is on the page: no tile is requested for a basemap not chosen
  document.getElementById('preview-slot').append(preview);
  writeSnippets();
  syncForm();
})();
