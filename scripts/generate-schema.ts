/** npm run generate:schema — writes data/sites.schema.json from src/data/rules.ts (run by `npm run build`). */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT} from './lib/check.js';
import {formatJson} from './lib/json-format.js';
import {buildSchema} from './lib/schema.js';

writeFileSync(join(ROOT, 'data/sites.schema.json'), formatJson(buildSchema()));
console.log('generated data/sites.schema.json');
