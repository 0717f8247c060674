// Shared by every benchmark page: the synthetic datasets, the "painted" signal and the long-task log.
// Each contender page defines window.contender = {prepare(), load(collection), changeSector(id)}; the
// Node driver (bench/run.mjs) calls window.bench.* through page.evaluate.
(() => {
  'use strict';

  // The synthetic datasets come from bench/lib/synthetic-sites.mjs, shared with bench/engine.mjs; a module
  // script (synthetic-sites.js) hands its generator over before the page's load event.
  const makeSites = (count) => window.makeSites(count);

  const longTasks = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({type: 'longtask'});
  } catch {
    // No long-task API: the column then reads "n/a".
  }
  const longTasksSupported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;

  /** Resolves at the start of the frame after the next one, i.e. once the current DOM has been painted. */
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  /** Runs `work` (which resolves when the contender says it is done), waits for the paint and reports. */
  async function measure(work) {
    // Start from a task of the page's own event loop, like a visitor's click would: work run directly
    // from the driver's evaluate call is invisible to the long-task API.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const start = performance.now();
    const result = await work();
    await twoFrames();
    const end = performance.now();
    // Long-task entries are queued after their task ends: give the observer a turn to receive them.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const overlapping = longTasks.filter((task) => task.startTime < end && task.startTime + task.duration > start);
    return {
      ms: end - start,
      longestTaskMs: longTasksSupported ? Math.max(0, ...overlapping.map((task) => task.duration)) : null,
      ...result,
    };
  }

  let collection;
  window.bench = {
    makeSites,
    twoFrames,
    prepare: () => window.contender.prepare(),
    /** 'embedded' fetches data/sites.geojson; a number generates that many synthetic sites. */
    async useSites(spec) {
      collection = spec === 'embedded' ? await (await fetch('/data/sites.geojson')).json() : makeSites(spec);
      const sector = collection.sectors[0].id;
      const inSector = collection.features.filter((feature) => feature.properties.sectors.includes(sector)).length;
      return {count: collection.features.length, sector, inSector};
    },
    measureLoad: () => measure(() => window.contender.load(collection)),
    measureSectorChange: (sector) => measure(() => window.contender.changeSector(sector)),
  };
})();
