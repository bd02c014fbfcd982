/**
 * Normalization against its floor, in a fresh process: `node bench/lib/normalize-floor-child.js FILE…` prints JSON with
 * seconds for (1) reading the files and segmenting them into paragraphs, (2) that plus wink-nlp tokenizing every
 * paragraph (the same lowercased text, no tagger: the floor of any per-token normalization), (3) reading, segmenting
 * and `normalizeDocument` on every document (cold: the per-process memo is empty), (4) `normalizeDocument` on the same
 * documents again (every paragraph met before). The model is loaded before any timing.
 */
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
const lib = await import('../../dist/index.js');
const { surfaceForm } = await import('../../dist/normalize/normalize.js');
const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
lib.normalizeParagraph('Load the language model.');
const tokenizer = winkNLP(model, []);
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const read = () => files.map((path) => lib.documentFromText(readFileSync(path, 'utf8'), { path }));

let t = process.hrtime.bigint();
const documents = read();
const readSeconds = seconds(t);
t = process.hrtime.bigint();
let tokens = 0;
for (const document of read()) for (const paragraph of document.paragraphs) tokens += tokenizer.readDoc(surfaceForm(paragraph.text).toLowerCase()).tokens().length();
const tokenizeSeconds = seconds(t);
t = process.hrtime.bigint();
for (const document of read()) lib.normalizeDocument(document);
const normalizeSeconds = seconds(t);
t = process.hrtime.bigint();
for (const document of documents) lib.normalizeDocument(document);
const repeatSeconds = seconds(t);
const paragraphs = documents.reduce((sum, document) => sum + document.paragraphs.length, 0);
const distinct = new Set(documents.flatMap((document) => document.paragraphs.map((paragraph) => surfaceForm(paragraph.text)))).size;
console.log(JSON.stringify({ documents: documents.length, paragraphs, distinct, tokens, readSeconds, tokenizeSeconds, normalizeSeconds, repeatSeconds }));
