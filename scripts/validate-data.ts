/**
 * npm run validate:data -- [FILE...]      (default: data/sites.geojson)
 * Prints every problem, one line each, then a one-line summary per file.
 * Exit code: 0 when every file has no problem, 1 otherwise. See docs/maintaining-data.md.
 */
import {validateFile} from './lib/check.js';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.includes('--help') || files.includes('-h')) {
  console.log('usage: npm run validate:data -- [FILE.geojson ...]   (default: data/sites.geojson)');
  process.exit(0);
}
let failed = false;
for (const file of files.length ? files : ['data/sites.geojson']) {
  const report = validateFile(file);
  for (const line of report.lines) console.log(line);
  if (!report.ok) failed = true;
}
process.exitCode = failed ? 1 : 0;
