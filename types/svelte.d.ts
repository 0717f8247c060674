// `<ecosystem-map>` in Svelte 5 templates (svelte-check): properties typed from the element, `onsite-select`
// etc. typed from its event classes (Svelte 5 listens to `onsite-select` as the `site-select` event).
// Use: `import type {} from 'ecosystem-map/svelte';` once in the app (or list it in tsconfig "types").
import type {HTMLAttributes} from 'svelte/elements';
import type {EcosystemMap, EcosystemMapEventHandlers, EcosystemMapProperties} from '../dist/esm/index.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'ecosystem-map': Omit<HTMLAttributes<EcosystemMap>, keyof EcosystemMapProperties> &
      EcosystemMapProperties &
      EcosystemMapEventHandlers;
  }
}
