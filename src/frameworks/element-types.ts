// Types describing <ecosystem-map> to framework templates (React, Preact, Vue, Svelte typings in types/),
// derived from the element class and the event classes so they cannot drift from them.
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import type {DataErrorEvent} from '../events/data-error.js';
import type {DataLoadEvent} from '../events/data-load.js';
import type {FilterChangeEvent} from '../events/filter-change.js';
import type {SiteSelectEvent} from '../events/site-select.js';

type EventClass = typeof DataLoadEvent | typeof DataErrorEvent | typeof SiteSelectEvent | typeof FilterChangeEvent;

/** Every event the element fires, by name: `{'site-select': SiteSelectEvent, …}`. */
export type EcosystemMapEventMap = {[Class in EventClass as Class['eventName']]: InstanceType<Class>};

/** The public properties a template may set, all optional. */
export type EcosystemMapProperties = Partial<
  Pick<EcosystemMap, 'src' | 'data' | 'sectors' | 'selected' | 'lang' | 'tiles' | 'center' | 'zoom' | 'loadTimeout'>
>;

/** Event handlers as React 19 and Preact name them for custom elements: `onsite-select`. */
export type EcosystemMapEventHandlers = {
  [Name in keyof EcosystemMapEventMap as `on${Name}`]?: (event: EcosystemMapEventMap[Name]) => void;
};

type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : Name;

/** Event handlers as Vue names them (`@site-select` compiles to `onSiteSelect`). */
export type EcosystemMapVueEventHandlers = {
  [Name in keyof EcosystemMapEventMap as `on${Capitalize<Camel<Name>>}`]?: (event: EcosystemMapEventMap[Name]) => void;
};
