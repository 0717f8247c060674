import type {DataErrorCode} from '../events/data-error.js';
import {countOf, formatMetres, formatNumber, formatYear} from './format.js';
import {loadStrings} from './string-modules.js';

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

const SITE = {one: 'site', other: 'sites'};

const fr: Messages = {
  mapLabel: "Carte de l'écosystème numérique",
  mapKeys: 'Flèches : se déplacer entre les sites ; Entrée : ouvrir ; + / − : zoom ; Échap : fermer la fiche',
  skipToList: 'Aller à la liste des sites',
  loading: 'Chargement des sites…',
  sitesShown: (visible, total) =>
    visible === total
      ? countOf('fr', visible, SITE)
      : `${countOf('fr', visible, {one: 'site affiché', other: 'sites affichés'})} sur ${formatNumber('fr', total)}`,
  sectorsLabel: 'Secteurs',
  filterLabel: 'Filtrer par secteur',
  showAll: 'Tout afficher',
  sectorCount: (count) => countOf('fr', count, SITE),
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
  clusterLabel: (count, names) => `${countOf('fr', count, SITE)}, dont ${names.join(', ')}${count > names.length ? '…' : ''}`,
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

/** Dutch as read in Flanders and the Netherlands alike; "locatie" for a site, informal "je" as Flemish public sites do. */

const loaded = new Map<UiLang, Messages>([['fr', fr]]);

/** Loads a language's strings (at once for French). If its module cannot be loaded, French stays. */
export async function loadMessages(lang: UiLang): Promise<void> {
  if (loaded.has(lang) || lang === 'fr') return;
  try {
    loaded.set(lang, await loadStrings[lang]());
  } catch (error: unknown) {
    console.warn(`<ecosystem-map> the ${lang} strings could not be loaded; showing French:`, error);
    loaded.set(lang, fr);
  }
}

/** Whether {@link messagesFor} has the language's own strings (after {@link loadMessages}). */
export function messagesLoaded(lang: UiLang): boolean {
  return loaded.has(lang);
}

/** The strings of one language, once loaded; French until then. */
export function messagesFor(lang: UiLang): Messages {
  return loaded.get(lang) ?? fr;
}
