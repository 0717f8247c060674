import type {Problem} from '../data/types.js';
import {EcosystemMapEvent} from './ecosystem-map-event.js';

export interface DataLoadDetail {
  /** Number of sites shown. */
  readonly count: number;
  /** Features left out, each with the reason. */
  readonly rejected: readonly Problem[];
}

/** A dataset was loaded and shown. */
export class DataLoadEvent extends EcosystemMapEvent<DataLoadDetail> {
  static readonly eventName = 'data-load';
  constructor(detail: DataLoadDetail) {
    super(DataLoadEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'data-load': DataLoadEvent;
  }
}
