// Prints each written file's size, raw and gzipped, so a size regression shows in every build log.
import {gzipSync} from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

export function reportSizes() {
  return {
    name: 'report-sizes',
    writeBundle(options, bundle) {
      const rows = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .map((file) => {
          const raw = Buffer.byteLength(file.code);
          return {name: file.fileName, raw, gzip: gzipSync(file.code, {level: 9}).length};
        });
      const total = rows.reduce((sum, row) => ({raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip}), {raw: 0, gzip: 0});
      const where = options.file ?? options.dir;
      if (rows.length === 1) {
        console.log(`  ${where}: ${kb(total.raw)} raw, ${kb(total.gzip)} gzipped`);
      } else {
        console.log(`  ${where}: ${rows.length} modules, ${kb(total.raw)} raw, ${kb(total.gzip)} gzipped (sum of files)`);
      }
    },
  };
}
