// Ships the iframe page (embed/ → dist/embed.html, embed.js, embed.css) next to dist/ecosystem-map.js.
import {readFileSync} from 'node:fs';

const FILES = ['embed.html', 'embed.js', 'embed.css'];

export function embedPage() {
  return {
    name: 'embed-page',
    buildStart() {
      for (const name of FILES) this.addWatchFile(new URL(`../embed/${name}`, import.meta.url).pathname);
    },
    generateBundle() {
      for (const fileName of FILES) {
        this.emitFile({type: 'asset', fileName, source: readFileSync(new URL(`../embed/${fileName}`, import.meta.url))});
      }
    },
  };
}
