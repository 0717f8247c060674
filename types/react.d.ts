// `<ecosystem-map>` in React 19 JSX/TSX: properties typed from the element, `on<event>` handlers typed
// from its event classes (React 19 listens to `onsite-select` as the `site-select` event).
// Use: `import type {} from 'ecosystem-map/react';` once in the app (or list it in tsconfig "types").
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {EcosystemMap, EcosystemMapEventHandlers, EcosystemMapProperties} from '../dist/esm/index.js';

export type EcosystemMapReactProps = Omit<
  DetailedHTMLProps<HTMLAttributes<EcosystemMap>, EcosystemMap>,
  keyof EcosystemMapProperties
> &
  EcosystemMapProperties &
  EcosystemMapEventHandlers;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ecosystem-map': EcosystemMapReactProps;
    }
  }
}
