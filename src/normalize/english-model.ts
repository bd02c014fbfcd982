import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type model from 'wink-eng-lite-web-model';

/**
 * The English model for a wink-nlp instance that only tags parts of speech (`winkNLP(model, ['pos'])`, the one
 * `normalize.ts` makes), loaded without the work that tagging never uses (issue 21 session 16):
 *
 * - the package's core reader `require`s its 2.9 MB JSON, then copies it whole through `JSON.stringify` and `JSON.parse`
 *   before building its indexes; here the file is parsed once into a fresh object (what the copy is) and the same
 *   indexes are built (`readCoreModel`: the package's `read-core-model.js` and `load-core-model.js`, line for line);
 * - wink-nlp's `load()` builds the state machines of every annotation whatever the pipe asks for: sentence boundaries
 *   and tagging (kept, from the package's own loaders), and named entities (171 KB of JSON), negation, sentiment
 *   (404 KB) and custom-entity meta-data, which run only when the pipe names them: an empty machine each here.
 *
 * wink-nlp's load took 99–116 ms of CPU through the package and 74–85 ms this way (bench/SPEED.md, issue 21 session 16,
 * on a loaded machine). Used only for the model version it was checked against: tokens, lemmas, normals, types,
 * stop-word flags and tags equal the package's (`test/classify/speed-session16.test.ts`), and so do the outputs of the
 * benchmark pairs, a 214-text batch and the precision dump. Any other version loads through the package.
 */
const VERIFIED_MODEL = '1.8.1';

type EnglishModel = typeof model;

/** A state machine that recognizes nothing (wink-nlp's `importJSON` reads the last state, the machine, the terminal, marked and custom-property states). */
const EMPTY_MACHINE = '[0,0,{},{},{},{}]';

const require = createRequire(import.meta.url);

/** The model for a tagging-only wink-nlp instance (see above); the package's own model for a version not checked. */
export function taggingModel(): EnglishModel {
  const dist = dirname(require.resolve('wink-eng-lite-web-model'));
  let version: string | undefined;
  try {
    version = (JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    version = undefined;
  }
  if (version !== VERIFIED_MODEL) return require('wink-eng-lite-web-model') as EnglishModel;
  const from = (name: string): unknown => require(join(dist, name));
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = from('porter-stemmer.js');
  addons.lemmatize = from('lemmatize.js');
  addons.readabilityStats = from('readability-stats.js');
  addons.wordVectors = undefined;
  const lean = Object.create(null) as Record<string, unknown>;
  lean.core = () => readCoreModel(join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  lean.sbd = from('load-sbd-model.js');
  lean.pos = from('load-pos-model.js');
  lean.ner = () => ({ machines: [], transformers: [] });
  lean.negation = () => ({ machines: [EMPTY_MACHINE], setter: null });
  lean.sa = () => ({ machines: [EMPTY_MACHINE], setter: null });
  lean.metaCER = () => ({ machines: null, transformers: [null] });
  lean.featureFn = from('feature.js');
  lean.addons = addons;
  return lean as unknown as EnglishModel;
}

/** Base64 to bytes, as the package's reader decodes them. */
function bufferFromBase64(data: string): ArrayBuffer {
  const decoded = atob(data);
  const bytes = new Uint8Array(decoded.length);
  for (let k = 0; k < decoded.length; k += 1) bytes[k] = decoded.charCodeAt(k);
  return bytes.buffer;
}

// `any`: the model's JSON, handled as the package's reader handles it.
/** The core model as the package's `loadModel` returns it (its `readModel` then its `loadModel`), parsed once. */
function readCoreModel(path: string): unknown {
  const model = JSON.parse(readFileSync(path, 'utf8')) as any;
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon as string));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions as string));
  for (const f in model.packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].hash = Object.create(null);
      for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
    }
  }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  model.packing.efList = [];
  for (const f in model.packing.layout) {
    if (model.packing.layout[f][3] === 0) {
      model.features[f].intrinsicSize = model.features[f].list.length;
      model.features[f].index = model.features[f].list.length;
      model.features[f].maxIndex = model.packing.layout[f][1] >>> model.packing.layout[f][2];
    }
    if (model.packing.layout[f][4] === 1) model.packing.efList.push(f);
  }
  model.features.lexeme.intrinsicSize = model.features.lexeme.list.length;
  model.features.lexeme.index = model.features.lexeme.list.length;
  return model;
}
