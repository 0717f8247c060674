// Dutch strings: loaded only by a widget that speaks it (strings.ts holds French and the Messages interface).
import {countOf, formatMetres, formatNumber, formatYear} from './format.js';
import type {Messages} from './strings.js';

const SITE = {one: 'locatie', other: 'locaties'};

export const nl: Messages = {
  mapLabel: 'Kaart van het digitale ecosysteem',
  mapKeys: 'Pijltjestoetsen: naar een andere locatie; Enter: openen; + / −: zoomen; Escape: details sluiten',
  skipToList: 'Naar de lijst met locaties',
  loading: 'Locaties worden geladen…',
  sitesShown: (visible, total) =>
    visible === total ? countOf('nl', visible, SITE) : `${formatNumber('nl', visible)} van ${countOf('nl', total, SITE)} getoond`,
  sectorsLabel: 'Sectoren',
  filterLabel: 'Filteren op sector',
  showAll: 'Alles tonen',
  sectorCount: (count) => countOf('nl', count, SITE),
  searchLabel: 'Zoek een locatie',
  searchPlaceholder: 'Naam, gemeente, activiteit…',
  listLabel: 'Getoonde locaties',
  noMatch: (query, sectors) => {
    const where = sectors ? ` in ${countOf('nl', sectors, {one: 'sector', other: 'sectoren'})}` : '';
    return query.trim() ? `Geen locatie gevonden voor ‘${query.trim()}’${where}.` : `Geen locaties${where}.`;
  },
  clearFilters: 'Zoekopdracht en filters wissen',
  viewSwitchLabel: 'Weergave',
  viewMap: 'Kaart',
  viewList: 'Lijst',
  showMore: (next, remaining) => `Toon er nog ${formatNumber('nl', next)} (${countOf('nl', remaining, SITE)} nog niet getoond)`,
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  sources: 'Bronnen',
  close: 'Sluiten',
  website: (host) => `Website: ${host}`,
  newTab: 'nieuw tabblad',
  opened: (year) => `Sinds ${formatYear('nl', year)}`,
  approximatePosition: (metres) => `Ligging bij benadering (tot op ${formatMetres('nl', metres)} nauwkeurig)`,
  clusterLabel: (count, names) =>
    `${countOf('nl', count, SITE)}, waaronder ${names.join(', ')}${count > names.length ? '…' : ''}`,
  home: 'Terug naar het beginbeeld',
  fullscreenEnter: 'Volledig scherm',
  fullscreenExit: 'Volledig scherm sluiten',
  wheelHint: (key) => `Zoomen op de kaart: ${key} + scrollwiel`,
  touchHint: 'Verschuif de kaart met twee vingers',
  tilesFailed: 'Achtergrondkaart niet beschikbaar, gemeentegrenzen getoond',
  stackListLabel: 'Meer locaties op dit adres',
  stackListMore: (count) => `Meer tonen (nog ${formatNumber('nl', count)})`,
  directions: 'Route',
  openInMapsApp: 'Openen in een kaarten-app',
  copyLink: 'Link kopiëren',
  linkCopied: 'Link gekopieerd.',
  copyLinkManually: 'Kopieer deze link:',
  dataError: ({code, httpStatus, offline}) => {
    const failed = 'De kaartgegevens konden niet worden geladen';
    switch (code) {
      case 'http':
        if (httpStatus === 404 || httpStatus === 410) return `Het gegevensbestand van de kaart is niet gevonden (${httpStatus}).`;
        if (httpStatus === 401 || httpStatus === 403) return `De toegang tot de kaartgegevens werd geweigerd (${httpStatus}).`;
        if (httpStatus !== undefined && httpStatus >= 500)
          return `De server van de kaartgegevens heeft een storing (fout ${httpStatus}); probeer het zo meteen opnieuw.`;
        return `${failed}: de server antwoordde met een fout${httpStatus ? ` (${httpStatus})` : ''}.`;
      case 'network':
        return offline ? `${failed}: je bent offline.` : `${failed}: de server is onbereikbaar.`;
      case 'timeout':
        return `${failed}: de server antwoordt te traag.`;
      case 'parse':
        return 'De kaartgegevens zijn onleesbaar: het bestand is geen geldige JSON.';
      case 'format':
        return 'De kaartgegevens zijn onbruikbaar: het is geen geldige GeoJSON-verzameling van locaties.';
      case 'too-large':
        return 'De kaartgegevens zijn te groot om te tonen.';
    }
  },
  retry: 'Opnieuw proberen',
  outlineAttribution: 'Grenzen: IGN – Admin Express (Licence Ouverte)',
};
