import {EcosystemMapEvent} from './ecosystem-map-event.js';

export interface FilterChangeDetail {
  /** Sector ids shown. */
  readonly sectors: readonly string[];
  /** The search text ('' when none). */
  readonly query: string;
  /** Number of sites shown. */
  readonly visible: number;
}

/** The visible set changed through the UI or the `sectors` property. */
export class FilterChangeEvent extends EcosystemMapEvent<FilterChangeDetail> {
  static readonly eventName = 'filter-change';
  constructor(detail: FilterChangeDetail) {
    super(FilterChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'filter-change': FilterChangeEvent;
  }
}
