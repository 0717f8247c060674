// MiniSearch behind a module of ours, so that its chunk is named after what it does (search-engine-*.js).
export {default} from 'minisearch';
