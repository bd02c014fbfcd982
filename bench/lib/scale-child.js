/**
 * One in-process measurement for the scale bench, in a fresh Node process so the cold costs are real:
 * `node bench/lib/scale-child.js OLD NEW` prints JSON { importSeconds, modelLoadSeconds, compareSeconds,
 * warmCompareSeconds, htmlSeconds, htmlBytes }. compareSeconds is the first `compareDocuments` after the model is loaded;
 * warmCompareSeconds a second one (JIT warm); htmlSeconds renders the side-by-side report of the first result.
 */
import { readFileSync } from 'node:fs';

const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const [left, right] = process.argv.slice(2);
let t = process.hrtime.bigint();
const lib = await import('../../dist/index.js');
const importSeconds = seconds(t);
t = process.hrtime.bigint();
lib.normalizeParagraph('Load the language model.');
const modelLoadSeconds = seconds(t);
const documents = () => [lib.documentFromText(readFileSync(left, 'utf8'), { path: left }), lib.documentFromText(readFileSync(right, 'utf8'), { path: right })];
const [oldDocument, newDocument] = documents();
t = process.hrtime.bigint();
const { comparison, warnings } = lib.compareDocuments(oldDocument, newDocument, lib.DEFAULT_OPTIONS);
const compareSeconds = seconds(t);
t = process.hrtime.bigint();
const html = lib.renderReport(lib.buildResult([oldDocument, newDocument], [comparison], lib.DEFAULT_OPTIONS, warnings), 'html');
const htmlSeconds = seconds(t);
t = process.hrtime.bigint();
lib.compareDocuments(...documents(), lib.DEFAULT_OPTIONS);
const warmCompareSeconds = seconds(t);
console.log(JSON.stringify({ importSeconds, modelLoadSeconds, compareSeconds, warmCompareSeconds, htmlSeconds, htmlBytes: Buffer.byteLength(html) }));
