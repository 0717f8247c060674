// English strings: loaded only by a widget that speaks it (strings.ts holds French and the Messages interface).
import {countOf, formatMetres, formatNumber, formatYear} from './format.js';
import type {Messages} from './strings.js';

const SITE = {one: 'site', other: 'sites'};

export const en: Messages = {
  mapLabel: 'Map of the digital ecosystem',
  mapKeys: 'Arrow keys: move between sites; Enter: open; + / −: zoom; Escape: close the details',
  skipToList: 'Skip to the list of sites',
  loading: 'Loading sites…',
  sitesShown: (visible, total) =>
    visible === total ? countOf('en', visible, SITE) : `${countOf('en', visible, SITE)} shown of ${formatNumber('en', total)}`,
  sectorsLabel: 'Sectors',
  filterLabel: 'Filter by sector',
  showAll: 'Show all',
  sectorCount: (count) => countOf('en', count, SITE),
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
  showMore: (next, remaining) => `Show ${formatNumber('en', next)} more (${countOf('en', remaining, SITE)} not listed yet)`,
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
    `${countOf('en', count, SITE)}, including ${names.join(', ')}${count > names.length ? '…' : ''}`,
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
