#!/usr/bin/env node
/**
 * `npm run bench:scale [-- --sizes 100,1000]`: redline alone at 100, 1,000 and 5,000 paragraphs per side (see
 * bench/lib/scale.js); `npm run bench` runs the same and writes it into bench/RESULTS.md. `--json` prints the raw figures.
 */
import { DATA_DIR } from './lib/data.js';
import { runScale } from './lib/scale.js';
import { scaleSection } from './lib/render-results.js';

if (!DATA_DIR) {
  console.log('scale: skipped, ../shared/data is absent; set REDLINE_DATA to its folder.');
  process.exit(0);
}
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : undefined;
const scale = runScale({ sizes });
console.log('\n' + scaleSection(scale).join('\n'));
if (process.argv.includes('--json')) console.log(JSON.stringify(scale));
