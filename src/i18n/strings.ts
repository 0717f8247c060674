import type {DataErrorCode} from '../events/data-error.js';

/** Languages the interface is translated into. */
export const UI_LANGS = ['fr', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_LANG: UiLang = 'fr';

/** What went wrong with the data, as the visitor is told: the event's code, plus what explains it. */
export interface LoadProblem {
  readonly code: DataErrorCode;
  /** The HTTP status of an `http` error. */
  readonly httpStatus?: number | undefined;
  /** A `network` error while the browser says it is offline. */
  readonly offline?: boolean | undefined;
}

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
  /** Nothing matches: what is active (the search, and how many sectors are selected). */
  noMatch(query: string, sectors: number): string;
  clearFilters: string;
  viewSwitchLabel: string;
  viewMap: string;
  viewList: string;
  moreSites(count: number): string;
  zoomIn: string;
  zoomOut: string;
  sources: string;
  close: string;
  website(host: string): string;
  opened(year: number): string;
  approximatePosition(metres: number): string;
  clusterLabel(count: number): string;
  dataError(problem: LoadProblem): string;
  retry: string;
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
  noMatch: (query, sectors) => {
    const where = sectors ? ` dans ${frCount(sectors, 'secteur', 'secteurs')}` : '';
    return query.trim() ? `Aucun site ne correspond à « ${query.trim()} »${where}.` : `Aucun site${where}.`;
  },
  clearFilters: 'Effacer la recherche et les filtres',
  viewSwitchLabel: 'Affichage',
  viewMap: 'Carte',
  viewList: 'Liste',
  moreSites: (count) => `… et ${frCount(count, 'autre', 'autres')} : affinez la recherche pour les voir.`,
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  sources: 'Sources',
  close: 'Fermer',
  website: (host) => `Site web : ${host}`,
  opened: (year) => `Depuis ${year}`,
  approximatePosition: (metres) => `Position approximative (à ${metres} m près)`,
  clusterLabel: (count) => `Groupe de ${count} sites, zoomer`,
  dataError: ({code, httpStatus, offline}) => {
    const failed = "Les données de la carte n'ont pas pu être chargées";
    switch (code) {
      case 'http':
        if (httpStatus === 404 || httpStatus === 410) return `Le fichier de données de la carte est introuvable (${httpStatus}).`;
        if (httpStatus === 401 || httpStatus === 403) return `L'accès aux données de la carte a été refusé (${httpStatus}).`;
        if (httpStatus !== undefined && httpStatus >= 500) return `Le serveur des données de la carte est en panne (erreur ${httpStatus}) ; réessayez dans un instant.`;
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
  noMatch: (query, sectors) => {
    const where = sectors ? ` in ${enCount(sectors, 'sector', 'sectors')}` : '';
    return query.trim() ? `No site matches “${query.trim()}”${where}.` : `No site${where}.`;
  },
  clearFilters: 'Clear search and filters',
  viewSwitchLabel: 'View',
  viewMap: 'Map',
  viewList: 'List',
  moreSites: (count) => `… and ${count} more: narrow the search to see them.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  sources: 'Sources',
  close: 'Close',
  website: (host) => `Website: ${host}`,
  opened: (year) => `Since ${year}`,
  approximatePosition: (metres) => `Approximate position (within ${metres} m)`,
  clusterLabel: (count) => `Group of ${count} sites, zoom in`,
  dataError: ({code, httpStatus, offline}) => {
    const failed = 'The map data could not be loaded';
    switch (code) {
      case 'http':
        if (httpStatus === 404 || httpStatus === 410) return `The map data file cannot be found (${httpStatus}).`;
        if (httpStatus === 401 || httpStatus === 403) return `Access to the map data was refused (${httpStatus}).`;
        if (httpStatus !== undefined && httpStatus >= 500) return `The map data server is failing (error ${httpStatus}); try again in a moment.`;
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

const MESSAGES: Record<UiLang, Messages> = {fr, en};

/** The strings of one language. */
export function messagesFor(lang: UiLang): Messages {
  return MESSAGES[lang];
}
