// Types of rollup-leaflet-isolation.mjs, for the node tests.
import type {Plugin} from 'rollup';

export declare const LEAFLET_VERSION: string;
export declare function isolateLeafletModule(file: string, code: string): string;
export declare function leafletIsolation(): Plugin;
export declare function leafletIsolationForDevServer(): {
  name: string;
  transform(context: {path: string; body: string}): {body: string} | undefined;
};
