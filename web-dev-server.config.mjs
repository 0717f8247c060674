// `npm start`: serves the built demo at http://localhost:8000/demo/ (PORT overrides the port).
import {cssLiteralsForDevServer} from './scripts/rollup-css-literals.mjs';
import {leafletIsolationForDevServer} from './scripts/rollup-leaflet-isolation.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: 'localhost',
  open: false,
  // Pages importing the sources get the same Leaflet as the builds.
  plugins: [leafletIsolationForDevServer(), cssLiteralsForDevServer()],
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
