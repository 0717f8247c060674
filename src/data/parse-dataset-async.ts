/**
 * parseDataset in slices: the same result, but a large FeatureCollection is validated a few hundred
 * features at a time, giving the main thread back in between (a 100 000-site dataset takes seconds).
 *
 * It reuses the validator as a black box (its one entry point, parseDataset) on consecutive runs of
 * features, and stitches the runs together: problem indices are shifted back to the whole collection, and
 * ids repeated across runs are judged again by the validator itself, on the pair of features involved,
 * so duplicate messages stay the validator's own.
 */
import {forEachInSlices, type SliceOptions} from './chunked.js';
import type {Dataset, Problem, SiteFeature} from './types.js';
import {featureLimit, parseDataset, tooManyFeatures, type ParseOptions} from './validate.js';

/** Features validated per batch: one batch stays well within a slice. */
const BATCH = 256;

export async function parseDatasetAsync(
  input: unknown,
  options: SliceOptions & ParseOptions & {readonly batch?: number} = {},
): Promise<Dataset> {
  const all = typeof input === 'object' && input !== null ? (input as {features?: unknown}).features : undefined;
  // Anything but a collection with a feature list: the validator's own verdict (it throws), at once.
  if (!Array.isArray(all)) return parseDataset(input);
  const collection = input as Record<string, unknown>;
  const head = parseDataset({...collection, features: []});
  const maxFeatures = featureLimit(options);
  const features = all.length > maxFeatures ? all.slice(0, maxFeatures) : all;
  const sites: SiteFeature[] = [];
  const rejected: Problem[] = all.length > maxFeatures ? [tooManyFeatures(all.length, maxFeatures)] : [];
  const warnings: Problem[] = [...head.warnings];
  /** Every id the validator has read so far (accepted or not), with the index of its first feature. */
  const firstWithId = new Map<string, number>();

  const validateRun = (from: number, to: number): void => {
    const run = parseDataset({...collection, features: features.slice(from, to)});
    const errorsAt = groupByIndex(run.rejected, from);
    const warningsAt = groupByIndex(
      run.warnings.filter((problem) => problem.index !== null),
      from,
    );
    let nextSite = 0;
    for (let index = from; index < to; index++) {
      const errors = errorsAt.get(index);
      const site = errors ? undefined : run.sites[nextSite++];
      const id = site?.id ?? errors?.find((problem) => problem.id !== undefined)?.id;
      const earlier = id === undefined ? undefined : firstWithId.get(id);
      if (earlier !== undefined) {
        // Seen in an earlier run: ask the validator about this feature after the first one with that id.
        rejected.push(...judgeAfter(collection, features[earlier], features[index], index));
        continue;
      }
      if (id !== undefined) firstWithId.set(id, index);
      if (errors) rejected.push(...errors);
      else {
        sites.push(site!);
        warnings.push(...(warningsAt.get(index) ?? []));
      }
    }
  };
  await forEachInSlices(features.length, validateRun, {...options, batch: options.batch ?? BATCH});
  return {sites, sectors: head.sectors, rejected, warnings};
}

/** Problems by feature index, shifted from a run's indices to the whole collection's. */
function groupByIndex(problems: readonly Problem[], offset: number): Map<number, Problem[]> {
  const byIndex = new Map<number, Problem[]>();
  for (const problem of problems) {
    const index = (problem.index ?? 0) + offset;
    const shifted = {...problem, index};
    const list = byIndex.get(index);
    if (list) list.push(shifted);
    else byIndex.set(index, [shifted]);
  }
  return byIndex;
}

/** The errors of `feature` when it follows `first`, which has the same id (always rejected). */
function judgeAfter(collection: Record<string, unknown>, first: unknown, feature: unknown, index: number): Problem[] {
  const pair = parseDataset({...collection, features: [first, feature]});
  return pair.rejected.filter((problem) => problem.index === 1).map((problem) => ({...problem, index}));
}
