import type {DataErrorCode} from '../events/data-error.js';

/** Languages the interface is translated into. */
export const UI_LANGS = ['fr', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_LANG: UiLang = 'fr';

/** Every string the interface shows, per language: the one place to translate. */
export interface Messages {
  mapLabel: string;
  loading: string;
  sitesShown(visible: number, total: number): string;
  sectorsLabel: string;
  showAll: string;
  sectorCount(count: number): string;
  searchLabel: string;
  searchPlaceholder: string;
  listLabel: string;
  emptyList: string;
  moreSites(count: number): string;
  zoomIn: string;
  zoomOut: string;
  sources: string;
  close: string;
  website(host: string): string;
  opened(year: number): string;
  approximatePosition(metres: number): string;
  /** A cluster's name: its size and a few of its sites' names. */
  clusterLabel(count: number, names: readonly string[]): string;
  home: string;
  fullscreenEnter: string;
  fullscreenExit: string;
  /** Over the map after a plain wheel: which key zooms (`key` is "Ctrl" or "⌘"). */
  wheelHint(key: string): string;
  touchHint: string;
  /** The credit line when tiles failed and the communes outline took over. */
  tilesFailed: string;
  /** The list of a crowded point's sites that did not fit around it. */
  stackListLabel: string;
  stackListMore(count: number): string;
  dataError: Record<DataErrorCode, string>;
  outlineAttribution: string;
}

/** French: 0 and 1 take the singular. */
const frCount = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
/** English: only 1 takes the singular. */
const enCount = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const fr: Messages = {
  mapLabel: "Carte de l'écosystème numérique",
  loading: 'Chargement des sites…',
  sitesShown: (visible, total) =>
    visible === total
      ? frCount(visible, 'site', 'sites')
      : `${frCount(visible, 'site affiché', 'sites affichés')} sur ${total}`,
  sectorsLabel: 'Secteurs',
  showAll: 'Tout afficher',
  sectorCount: (count) => frCount(count, 'site', 'sites'),
  searchLabel: 'Rechercher un site',
  searchPlaceholder: 'Nom, ville, activité…',
  listLabel: 'Sites affichés',
  emptyList: 'Aucun site ne correspond aux filtres.',
  moreSites: (count) => `… et ${frCount(count, 'autre', 'autres')} : affinez la recherche pour les voir.`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  sources: 'Sources',
  close: 'Fermer',
  website: (host) => `Site web : ${host}`,
  opened: (year) => `Depuis ${year}`,
  approximatePosition: (metres) => `Position approximative (à ${metres} m près)`,
  clusterLabel: (count, names) => `${count} sites, dont ${names.join(', ')}${count > names.length ? '…' : ''}`,
  home: 'Revenir à la vue initiale',
  fullscreenEnter: 'Plein écran',
  fullscreenExit: 'Quitter le plein écran',
  wheelHint: (key) => `Pour zoomer sur la carte : ${key} + molette`,
  touchHint: 'Déplacez la carte avec deux doigts',
  tilesFailed: 'Fond de carte indisponible, contours des communes affichés',
  stackListLabel: 'Autres sites à cette adresse',
  stackListMore: (count) => `Afficher la suite (${frCount(count, 'autre', 'autres')})`,
  dataError: {
    network: "Les données de la carte n'ont pas pu être chargées : le serveur est injoignable.",
    http: "Les données de la carte n'ont pas pu être chargées : le serveur a refusé la demande.",
    parse: "Les données de la carte sont illisibles : le fichier n'est pas du JSON valide.",
    format: "Les données de la carte ne sont pas utilisables : ce n'est pas une collection GeoJSON de sites valide.",
    'too-large': 'Les données de la carte sont trop volumineuses pour être affichées.',
    timeout: "Les données de la carte n'ont pas pu être chargées : le serveur met trop de temps à répondre.",
  },
  outlineAttribution: 'Contours : IGN – Admin Express (Licence Ouverte)',
};

const en: Messages = {
  mapLabel: 'Map of the digital ecosystem',
  loading: 'Loading sites…',
  sitesShown: (visible, total) =>
    visible === total
      ? enCount(visible, 'site', 'sites')
      : `${enCount(visible, 'site', 'sites')} shown of ${total}`,
  sectorsLabel: 'Sectors',
  showAll: 'Show all',
  sectorCount: (count) => enCount(count, 'site', 'sites'),
  searchLabel: 'Search for a site',
  searchPlaceholder: 'Name, town, activity…',
  listLabel: 'Sites shown',
  emptyList: 'No site matches the filters.',
  moreSites: (count) => `… and ${count} more: narrow the search to see them.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  sources: 'Sources',
  close: 'Close',
  website: (host) => `Website: ${host}`,
  opened: (year) => `Since ${year}`,
  approximatePosition: (metres) => `Approximate position (within ${metres} m)`,
  clusterLabel: (count, names) => `${count} sites, including ${names.join(', ')}${count > names.length ? '…' : ''}`,
  home: 'Back to the initial view',
  fullscreenEnter: 'Full screen',
  fullscreenExit: 'Exit full screen',
  wheelHint: (key) => `To zoom the map: ${key} + scroll`,
  touchHint: 'Use two fingers to move the map',
  tilesFailed: 'Basemap unavailable, showing commune outlines',
  stackListLabel: 'More sites at this address',
  stackListMore: (count) => `Show more (${enCount(count, 'other', 'others')})`,
  dataError: {
    network: 'The map data could not be loaded: the server cannot be reached.',
    http: 'The map data could not be loaded: the server refused the request.',
    parse: 'The map data cannot be read: the file is not valid JSON.',
    format: 'The map data cannot be used: it is not a valid GeoJSON collection of sites.',
    'too-large': 'The map data is too large to be shown.',
    timeout: 'The map data could not be loaded: the server is taking too long to answer.',
  },
  outlineAttribution: 'Outlines: IGN – Admin Express (Licence Ouverte)',
};

const MESSAGES: Record<UiLang, Messages> = {fr, en};

/** The strings of one language. */
export function messagesFor(lang: UiLang): Messages {
  return MESSAGES[lang];
}
