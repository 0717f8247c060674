// Rollup plugin for dist/esm: TypeScript writes a .d.ts for every source file, including modules the
// package does not ship (the classic-script entry, data tools used only by the CLIs). Only declarations
// reachable from the entry points' declarations are kept, so no .d.ts names a module that is not there.
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function declarationOf(file) {
  return file.replace(/\.js$/, '.d.ts');
}

export function pruneDeclarations({entries}) {
  return {
    name: 'prune-declarations',
    writeBundle({dir}) {
      const reachable = new Set();
      const queue = entries.map((entry) => resolve(dir, entry));
      while (queue.length) {
        const file = queue.pop();
        if (reachable.has(file) || !existsSync(file)) continue;
        reachable.add(file);
        for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
          queue.push(declarationOf(resolve(dirname(file), specifier)));
        }
      }
      const walk = (folder) =>
        readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
          entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
        );
      for (const file of walk(resolve(dir))) {
        const declaration = file.endsWith('.d.ts.map') ? file.slice(0, -'.map'.length) : file;
        if (declaration.endsWith('.d.ts') && !reachable.has(declaration)) rmSync(file);
      }
    },
  };
}
