import type {DataErrorCode} from '../events/data-error.js';
import {countOf, formatMetres, formatNumber, formatYear} from './format.js';

import type {UiLang} from './first-paint.js';

// The languages (and the first frame's one sentence) live in first-paint.ts, which loads before this module.
export {DEFAULT_LANG, UI_LANGS, type UiLang} from './first-paint.js';

/** What went wrong with the data, as the visitor is told: the event's code, plus what explains it. */
export interface LoadProblem {
  readonly code: DataErrorCode;
  /** The HTTP status of an `http` error. */
  readonly httpStatus?: number | undefined;
  /** A `network` error while the browser says it is offline. */
  readonly offline?: boolean | undefined;
}

/**
 * Every string the interface shows, per language: the one place to translate. Each language object is
 * checked against this interface, so a missing string is a type error, never a runtime fallback.
 */
export interface Messages {
  mapLabel: string;
  /** Read with the map: how to use it from the keyboard. */
  mapKeys: string;
  skipToList: string;
  loading: string;
  sitesShown: (visible: number, total: number) => string;
  sectorsLabel: string;
  /** Name of the chip toolbar. */
  filterLabel: string;
  showAll: string;
  sectorCount: (count: number) => string;
  searchLabel: string;
  searchPlaceholder: string;
  listLabel: string;
  /** When nothing matches: what is active (the search text, how many sectors are selected). */
  noMatch: (query: string, sectors: number) => string;
  clearFilters: string;
  viewSwitchLabel: string;
  viewMap: string;
  viewList: string;
  /** The list's "show more" button: `next` sites more, of the `remaining` ones not listed yet. */
  showMore: (next: number, remaining: number) => string;
  zoomIn: string;
  zoomOut: string;
  sources: string;
  close: string;
  website: (host: string) => string;
  /** Said after a link that opens in a new tab. */
  newTab: string;
  opened: (year: number) => string;
  approximatePosition: (metres: number) => string;
  directions: string;
  openInMapsApp: string;
  copyLink: string;
  linkCopied: string;
  copyLinkManually: string;
  /** A cluster's name: its size and a few of its sites' names. */
  clusterLabel: (count: number, names: readonly string[]) => string;
  home: string;
  fullscreenEnter: string;
  fullscreenExit: string;
  /** Over the map after a plain wheel: which key zooms (`key` is "Ctrl" or "⌘"). */
  wheelHint: (key: string) => string;
  touchHint: string;
  /** The credit line when tiles failed and the communes outline took over. */
  tilesFailed: string;
  /** The list of a crowded point's sites that did not fit around it. */
  stackListLabel: string;
  stackListMore: (count: number) => string;
  dataError: (problem: LoadProblem) => string;
  retry: string;
  outlineAttribution: string;
}

const site = {fr: {one: 'site', other: 'sites'}, en: {one: 'site', other: 'sites'}, nl: {one: 'locatie', other: 'locaties'}};

const fr: Messages = {
  mapLabel: "Carte de l'écosystème numérique",
  mapKeys: 'Flèches : se déplacer entre les sites ; Entrée : ouvrir ; + / − : zoom ; Échap : fermer la fiche',
  skipToList: 'Aller à la liste des sites',
  loading: 'Chargement des sites…',
  sitesShown: (visible, total) =>
    visible === total
      ? countOf('fr', visible, site.fr)
      : `${countOf('fr', visible, {one: 'site affiché', other: 'sites affichés'})} sur ${formatNumber('fr', total)}`,
  sectorsLabel: 'Secteurs',
  filterLabel: 'Filtrer par secteur',
  showAll: 'Tout afficher',
  sectorCount: (count) => countOf('fr', count, site.fr),
  searchLabel: 'Rechercher un site',
  searchPlaceholder: 'Nom, ville, activité…',
  listLabel: 'Sites affichés',
  noMatch: (query, sectors) => {
    const where = sectors ? ` dans ${countOf('fr', sectors, {one: 'secteur', other: 'secteurs'})}` : '';
    return query.trim() ? `Aucun site ne correspond à « ${query.trim()} »${where}.` : `Aucun site${where}.`;
  },
  clearFilters: 'Effacer la recherche et les filtres',
  viewSwitchLabel: 'Affichage',
  viewMap: 'Carte',
  viewList: 'Liste',
  showMore: (next, remaining) =>
    `Afficher ${formatNumber('fr', next)} de plus (${countOf('fr', remaining, {one: 'autre site', other: 'autres sites'})} à afficher)`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  sources: 'Sources',
  close: 'Fermer',
  website: (host) => `Site web : ${host}`,
  newTab: 'nouvel onglet',
  opened: (year) => `Depuis ${formatYear('fr', year)}`,
  approximatePosition: (metres) => `Position approximative (à ${formatMetres('fr', metres)} près)`,
  directions: 'Itinéraire',
  openInMapsApp: 'Ouvrir dans une app de cartes',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié.',
  copyLinkManually: 'Copiez ce lien :',
  clusterLabel: (count, names) => `${countOf('fr', count, site.fr)}, dont ${names.join(', ')}${count > names.length ? '…' : ''}`,
  home: 'Revenir à la vue initiale',
  fullscreenEnter: 'Plein écran',
  fullscreenExit: 'Quitter le plein écran',
  wheelHint: (key) => `Pour zoomer sur la carte : ${key} + molette`,
  touchHint: 'Déplacez la carte avec deux doigts',
  tilesFailed: 'Fond de carte indisponible, contours des communes affichés',
  stackListLabel: 'Autres sites à cette adresse',
  stackListMore: (count) => `Afficher la suite (${countOf('fr', count, {one: 'autre', other: 'autres'})})`,
  dataError: ({code, httpStatus, offline}) => {
    const failed = "Les données de la carte n'ont pas pu être chargées";
    switch (code) {
      case 'http':
        if (httpStatus === 404 || httpStatus === 410) return `Le fichier de données de la carte est introuvable (${httpStatus}).`;
        if (httpStatus === 401 || httpStatus === 403) return `L'accès aux données de la carte a été refusé (${httpStatus}).`;
        if (httpStatus !== undefined && httpStatus >= 500)
          return `Le serveur des données de la carte est en panne (erreur ${httpStatus}) ; réessayez dans un instant.`;
        return `${failed} : le serveur a répondu par une erreur${httpStatus ? ` (${httpStatus})` : ''}.`;
      case 'network':
        return offline ? `${failed} : vous êtes hors ligne.` : `${failed} : le serveur est injoignable.`;
      case 'timeout':
        return `${failed} : le serveur met trop de temps à répondre.`;
      case 'parse':
        return "Les données de la carte sont illisibles : le fichier n'est pas du JSON valide.";
      case 'format':
        return "Les données de la carte ne sont pas utilisables : ce n'est pas une collection GeoJSON de sites valide.";
      case 'too-large':
        return 'Les données de la carte sont trop volumineuses pour être affichées.';
    }
  },
  retry: 'Réessayer',
  outlineAttribution: 'Contours : IGN – Admin Express (Licence Ouverte)',
};

const en: Messages = {
  mapLabel: 'Map of the digital ecosystem',
  mapKeys: 'Arrow keys: move between sites; Enter: open; + / −: zoom; Escape: close the details',
  skipToList: 'Skip to the list of sites',
  loading: 'Loading sites…',
  sitesShown: (visible, total) =>
    visible === total
      ? countOf('en', visible, site.en)
      : `${countOf('en', visible, site.en)} shown of ${formatNumber('en', total)}`,
  sectorsLabel: 'Sectors',
  filterLabel: 'Filter by sector',
  showAll: 'Show all',
  sectorCount: (count) => countOf('en', count, site.en),
  searchLabel: 'Search for a site',
  searchPlaceholder: 'Name, town, activity…',
  listLabel: 'Sites shown',
  noMatch: (query, sectors) => {
    const where = sectors ? ` in ${countOf('en', sectors, {one: 'sector', other: 'sectors'})}` : '';
    return query.trim() ? `No site matches “${query.trim()}”${where}.` : `No site${where}.`;
  },
  clearFilters: 'Clear search and filters',
  viewSwitchLabel: 'View',
  viewMap: 'Map',
  viewList: 'List',
  showMore: (next, remaining) => `Show ${formatNumber('en', next)} more (${countOf('en', remaining, site.en)} not listed yet)`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  sources: 'Sources',
  close: 'Close',
  website: (host) => `Website: ${host}`,
  newTab: 'new tab',
  opened: (year) => `Since ${formatYear('en', year)}`,
  approximatePosition: (metres) => `Approximate position (within ${formatMetres('en', metres)})`,
  directions: 'Directions',
  openInMapsApp: 'Open in a maps app',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',
  copyLinkManually: 'Copy this link:',
  clusterLabel: (count, names) =>
    `${countOf('en', count, site.en)}, including ${names.join(', ')}${count > names.length ? '…' : ''}`,
  home: 'Back to the initial view',
  fullscreenEnter: 'Full screen',
  fullscreenExit: 'Exit full screen',
  wheelHint: (key) => `To zoom the map: ${key} + scroll`,
  touchHint: 'Use two fingers to move the map',
  tilesFailed: 'Basemap unavailable, showing commune outlines',
  stackListLabel: 'More sites at this address',
  stackListMore: (count) => `Show more (${countOf('en', count, {one: 'other', other: 'others'})})`,
  dataError: ({code, httpStatus, offline}) => {
    const failed = 'The map data could not be loaded';
    switch (code) {
      case 'http':
        if (httpStatus === 404 || httpStatus === 410) return `The map data file cannot be found (${httpStatus}).`;
        if (httpStatus === 401 || httpStatus === 403) return `Access to the map data was refused (${httpStatus}).`;
        if (httpStatus !== undefined && httpStatus >= 500)
          return `The map data server is failing (error ${httpStatus}); try again in a moment.`;
        return `${failed}: the server answered with an error${httpStatus ? ` (${httpStatus})` : ''}.`;
      case 'network':
        return offline ? `${failed}: you are offline.` : `${failed}: the server cannot be reached.`;
      case 'timeout':
        return `${failed}: the server is taking too long to answer.`;
      case 'parse':
        return 'The map data cannot be read: the file is not valid JSON.';
      case 'format':
        return 'The map data cannot be used: it is not a valid GeoJSON collection of sites.';
      case 'too-large':
        return 'The map data is too large to be shown.';
    }
  },
  retry: 'Retry',
  outlineAttribution: 'Outlines: IGN – Admin Express (Licence Ouverte)',
};

/** Dutch as read in Flanders and the Netherlands alike; "locatie" for a site, informal "je" as Flemish public sites do. */
const nl: Messages = {
  mapLabel: 'Kaart van het digitale ecosysteem',
  mapKeys: 'Pijltjestoetsen: naar een andere locatie; Enter: openen; + / −: zoomen; Escape: details sluiten',
  skipToList: 'Naar de lijst met locaties',
  loading: 'Locaties worden geladen…',
  sitesShown: (visible, total) =>
    visible === total
      ? countOf('nl', visible, site.nl)
      : `${formatNumber('nl', visible)} van ${countOf('nl', total, site.nl)} getoond`,
  sectorsLabel: 'Sectoren',
  filterLabel: 'Filteren op sector',
  showAll: 'Alles tonen',
  sectorCount: (count) => countOf('nl', count, site.nl),
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
  showMore: (next, remaining) =>
    `Toon er nog ${formatNumber('nl', next)} (${countOf('nl', remaining, site.nl)} nog niet getoond)`,
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  sources: 'Bronnen',
  close: 'Sluiten',
  website: (host) => `Website: ${host}`,
  newTab: 'nieuw tabblad',
  opened: (year) => `Sinds ${formatYear('nl', year)}`,
  approximatePosition: (metres) => `Ligging bij benadering (tot op ${formatMetres('nl', metres)} nauwkeurig)`,
  clusterLabel: (count, names) =>
    `${countOf('nl', count, site.nl)}, waaronder ${names.join(', ')}${count > names.length ? '…' : ''}`,
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

/** `satisfies`: a language missing from this table is a type error. */
const MESSAGES = {fr, en, nl} satisfies Record<UiLang, Messages>;

/** The strings of one language. */
export function messagesFor(lang: UiLang): Messages {
  return MESSAGES[lang];
}
