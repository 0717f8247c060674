// `<ecosystem-map>` in Vue templates (vue-tsc, Volar): properties typed from the element, `@site-select`
// etc. typed from its event classes. Vue must treat the tag as a custom element
// (`compilerOptions.isCustomElement: (tag) => tag === 'ecosystem-map'`, see the README).
// Use: `import type {} from 'ecosystem-map/vue';` once in the app (or list it in tsconfig "types").
import type {DefineComponent} from 'vue';
import type {EcosystemMapProperties, EcosystemMapVueEventHandlers} from '../dist/esm/index.js';

declare module 'vue' {
  interface GlobalComponents {
    'ecosystem-map': DefineComponent<EcosystemMapProperties & EcosystemMapVueEventHandlers>;
  }
}
