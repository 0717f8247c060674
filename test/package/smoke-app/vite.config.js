// The app's own bundler settings, nothing special for the widget.
export default {
  esbuild: {jsx: 'automatic'},
  logLevel: 'warn',
  build: {chunkSizeWarningLimit: 2000},
};
