// What reading a dataset may need, each in a chunk of its own and loaded on first use: the embedded
// dataset (a page that sets `src` or `data` never loads it) and its details, the validator (only datasets
// from `src` or `data` need it: the embedded one is checked at build time) and the fetcher (`src` only).
// The one list of those chunks, used by the dataset controller and by the element's preload
// (ecosystem-map/preload.ts). Only dynamic imports here: this module travels in the element's first chunk.

/** The embedded dataset: the fields the map and the list show. */
export const loadEmbedded = () => import('../generated/default-dataset.js').then((module) => module.defaultDataset);

/** The embedded sites' other fields (descriptions, sources…), fetched once the map shows or when needed. */
export const loadEmbeddedDetails = () =>
  import('../generated/default-dataset-details.js').then((module) => module.defaultDatasetDetails);

export const loadValidation = () => import('./validate.js');

/** The validator that works in slices, for large datasets. */
export const loadSlicedValidation = () => import('./parse-dataset-async.js');

export const loadFetcher = () => import('./fetch-geojson.js');
