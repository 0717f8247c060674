// Rollup plugin: the licences of what a bundle contains travel with it. The banner of each chunk names
// every bundled package with its licence and copyright lines (the BSD licences of Lit and Leaflet ask for
// the notice), and THIRD_PARTY_NOTICES.txt, written beside the bundle, holds their full licence texts.
// Both are derived from the modules actually bundled, so a new dependency cannot be forgotten.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** The package a bundled module comes from: its folder under the last node_modules, or null for our code. */
function packageDirOf(id) {
  const match = /^(.*[\\/]node_modules[\\/])((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.replace(/^\0/, ''));
  return match ? join(match[1], match[2]) : null;
}

function describe(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license']
    .map((name) => join(dir, name))
    .find((file) => {
      try {
        readFileSync(file);
        return true;
      } catch {
        return false;
      }
    });
  if (!licenceFile) throw new Error(`third-party-notices: ${pkg.name} has no LICENSE file`);
  const text = readFileSync(licenceFile, 'utf8').trim();
  const copyrights = [
    ...new Set(
      text
        .split('\n')
        .filter((line) => /^\s*Copyright\b/i.test(line))
        .map((line) => line.trim()),
    ),
  ];
  return {name: pkg.name, version: pkg.version, license: pkg.license, text, copyrights};
}

/** `header`: what the banner says first (the package's own name and licence). */
export function thirdPartyNotices({header}) {
  const packagesOf = (moduleIds) => {
    const dirs = new Set(moduleIds.map(packageDirOf).filter(Boolean));
    return [...dirs].map(describe).sort((a, b) => a.name.localeCompare(b.name));
  };
  let bundled = [];
  return {
    name: 'third-party-notices',
    banner(chunk) {
      const packages = packagesOf(chunk.moduleIds);
      bundled = [...new Map([...bundled, ...packages].map((p) => [p.name, p])).values()];
      if (packages.length === 0) return '';
      // One line per licence text: Lit's four packages share theirs.
      const groups = new Map();
      for (const p of packages) {
        const key = `${p.license}|${p.copyrights.join(' ')}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
      const lines = [...groups.values()].map(
        (group) =>
          ` * ${group.map((p) => `${p.name} ${p.version}`).join(', ')}: ${group[0].license}, ${group[0].copyrights.join('; ')}`,
      );
      return `/*! ${header}\n * Bundled (full licence texts in ${NOTICES_FILE}, beside this file):\n${lines.join('\n')}\n */`;
    },
    generateBundle() {
      if (bundled.length === 0) return;
      const sections = bundled.map((p) => `${p.name} ${p.version} (${p.license})\n${'-'.repeat(40)}\n${p.text}\n`);
      this.emitFile({
        type: 'asset',
        fileName: NOTICES_FILE,
        source: `Third-party software bundled in ecosystem-map's build files.\n\n${sections.join('\n')}`,
      });
    },
  };
}
