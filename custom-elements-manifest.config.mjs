// `npm run analyze`: custom-elements.json from the class JSDoc (the API's single source).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'events-from-jsdoc-only',
      // The analyzer also lists `dispatchEvent(new XEvent())` calls, without a name: the @fires tags
      // already name and describe every event, so the nameless duplicates go.
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
