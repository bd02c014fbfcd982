'use strict';
/**
 * The CommonJS entry of policy-redline. redline is built as ES modules; Node 20 cannot `require()` them, so this entry
 * loads the ES build on first use (dynamic `import()`) and exposes its functions as async functions:
 *
 *   const { compare, compareTexts, renderHtml } = require('policy-redline');
 *   const result = await compareTexts(older, newer);
 *   const html = await renderHtml(result);          // async here, sync in the ES module
 *
 * `load()` resolves to the whole ES module API (classes, constants, sync functions as they are).
 */

let api = null;

/** The ES module build, loaded once. */
function load() {
  api ??= import('../dist/index.js');
  return api;
}

/** An async function calling the ES build's function of that name. */
function lazy(name) {
  const call = async (...args) => (await load())[name](...args);
  Object.defineProperty(call, 'name', { value: name });
  return call;
}

/** Every function of the ES entry (test/package/cjs.test.ts checks this list against it). */
const FUNCTIONS = [
  'compare',
  'compareTexts',
  'compareDocuments',
  'compareVersions',
  'similarity',
  'buildResult',
  'loadDocument',
  'documentFromText',
  'segmentParagraphs',
  'loadAnyDocument',
  'detectFormat',
  'convertBytes',
  'readCatalog',
  'fetchCorpus',
  'addDocument',
  'runBatch',
  'mergeBatches',
  'cacheUsage',
  'cleanCache',
  'renderJson',
  'renderText',
  'renderHtml',
  'readEmbeddedResult',
  'renderMarkdown',
  'renderUnified',
  'renderReport',
  'renderDocx',
  'renderHistoryJson',
  'renderHistoryText',
  'renderHistoryMarkdown',
  'renderHistoryHtml',
  'normalizeDocument',
  'normalizeParagraph',
  'createScorer',
  'alignParagraphs',
  'classifyAlignment',
  'resolveOptions',
  'defaultCacheDir',
];

for (const name of FUNCTIONS) exports[name] = lazy(name);
exports.load = load;

/** True for errors redline raised on purpose (bad input, bad options); sync, like the ES build's, by name and code. */
exports.isRedlineError = function isRedlineError(error) {
  return error instanceof Error && error.name === 'RedlineError' && typeof error.code === 'string';
};
