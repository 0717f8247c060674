import type {SiteFeature} from '../data/types.js';
import {EcosystemMapEvent} from './ecosystem-map-event.js';

export interface SiteSelectDetail {
  readonly id: string;
  /** The site's GeoJSON Feature, as validated. */
  readonly site: SiteFeature;
}

/** A site's details opened (click, keyboard, list, search, or the `selected` property). */
export class SiteSelectEvent extends EcosystemMapEvent<SiteSelectDetail> {
  static readonly eventName = 'site-select';
  constructor(detail: SiteSelectDetail) {
    super(SiteSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'site-select': SiteSelectEvent;
  }
}
