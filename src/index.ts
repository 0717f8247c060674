// The package's side-effect-free entry: classes and types. Import './define.js' to register the tag.
export {EcosystemMap} from './ecosystem-map/ecosystem-map.js';
export {DataLoadEvent, type DataLoadDetail} from './events/data-load.js';
export {DataErrorEvent, type DataErrorCode, type DataErrorDetail} from './events/data-error.js';
export {SiteSelectEvent, type SiteSelectDetail} from './events/site-select.js';
export {FilterChangeEvent, type FilterChangeDetail} from './events/filter-change.js';
export type {Dataset, Problem, Sector, SiteFeature, SiteProperties} from './data/types.js';
