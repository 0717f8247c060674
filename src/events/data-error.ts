import {EcosystemMapEvent} from './ecosystem-map-event.js';

/** Stable codes a host page can switch on. */
export type DataErrorCode = 'network' | 'http' | 'parse' | 'format' | 'too-large' | 'timeout';

export interface DataErrorDetail {
  readonly code: DataErrorCode;
  /** A sentence for developers (English); the visible message is localised by the element. */
  readonly message: string;
}

/** The dataset could not be loaded or used at all. */
export class DataErrorEvent extends EcosystemMapEvent<DataErrorDetail> {
  static readonly eventName = 'data-error';
  constructor(detail: DataErrorDetail) {
    super(DataErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'data-error': DataErrorEvent;
  }
}
