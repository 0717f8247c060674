// `<ecosystem-map>` in Preact JSX/TSX: properties typed from the element, `on<event>` handlers typed
// from its event classes (Preact listens to `onsite-select` as the `site-select` event).
// Use: `import type {} from 'ecosystem-map/preact';` once in the app (or list it in tsconfig "types").
import type {JSX} from 'preact';
import type {EcosystemMap, EcosystemMapEventHandlers, EcosystemMapProperties} from '../dist/esm/index.js';

export type EcosystemMapPreactProps = Omit<JSX.HTMLAttributes<EcosystemMap>, keyof EcosystemMapProperties> &
  EcosystemMapProperties &
  EcosystemMapEventHandlers;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'ecosystem-map': EcosystemMapPreactProps;
    }
  }
}
