// The package's side-effect-free entry: classes and types. Import './define.js' to register the tag.
// Safe to import on a server: nothing here touches the DOM as it loads (Leaflet loads on first connection).
export {EcosystemMap} from './ecosystem-map/ecosystem-map.js';
export {DataLoadEvent, type DataLoadDetail} from './events/data-load.js';
export {DataErrorEvent, type DataErrorCode, type DataErrorDetail} from './events/data-error.js';
export {SiteSelectEvent, type SiteSelectDetail} from './events/site-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from './events/filter-change.js';
export type {Dataset, Problem, Sector, SiteCollection, SiteFeature, SiteProperties} from './data/types.js';
export type {
  EcosystemMapEventHandlers,
  EcosystemMapEventMap,
  EcosystemMapProperties,
  EcosystemMapVueEventHandlers,
} from './frameworks/element-types.js';
