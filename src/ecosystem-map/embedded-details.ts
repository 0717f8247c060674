import {loadEmbeddedDetails} from '../data/data-modules.js';
import type {DatasetView} from '../data/dataset-view.js';
import {mergeDetails} from '../data/embedded-dataset.js';

/** Details still to merge into the sites of a view, and their download once started. */
interface PendingDetails {
  readonly view: DatasetView;
  loading?: Promise<void>;
}

/**
 * The embedded dataset's details (descriptions, sources…): a chunk of their own, merged into the sites of
 * the view that shows the embedded dataset once loaded. Only the latest such view waits for them.
 */
export class EmbeddedDetails {
  private pending: PendingDetails | undefined;

  /** `onMerged`: the sites on screen gained their details (the host renders again). */
  constructor(private readonly onMerged: () => void) {}

  /** `view` shows the embedded dataset, whose details are still to come: its search waits for them. */
  expect(view: DatasetView): void {
    const pending: PendingDetails = {view};
    this.pending = pending;
    // Search waits for the descriptions, so that it finds their words as with any dataset.
    view.search.waitFor(() => this.complete(pending));
  }

  /** Another dataset replaces it: details arriving later are not merged into what shows. */
  forget(): void {
    this.pending = undefined;
  }

  /** Whether the sites of `view` have all their properties. */
  completeFor(view: DatasetView | undefined): boolean {
    return this.pending?.view !== view;
  }

  /** Fetches the details of `view`, if still missing; settles once merged. */
  load(view: DatasetView | undefined): Promise<void> {
    const pending = this.pending;
    return pending && pending.view === view ? this.complete(pending) : Promise.resolve();
  }

  private complete(pending: PendingDetails): Promise<void> {
    pending.loading ??= loadEmbeddedDetails().then(
      (details) => mergeDetails(pending.view.sites, details),
      // Without them the panel still shows the name, sectors and address; search still finds those.
      (error: unknown) => console.warn('<ecosystem-map> the descriptions of the embedded dataset could not be loaded:', error),
    );
    return pending.loading.then(() => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.onMerged();
    });
  }
}
