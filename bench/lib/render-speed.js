/** Markdown sections for the start-up and normalization-floor figures (used by bench/speed.js and bench/run.js). */
import { table } from './format.js';

const f2 = (x) => x.toFixed(2);

export function startupSection(startup) {
  return [
    '## Start-up',
    '',
    `Each of ${startup.rounds} rounds runs every command once, in turn; ratio = the command's wall time over \`node -e 0\`'s in the same round, median over rounds. ` +
      `Model load (first \`normalizeParagraph\` in a fresh process, median of 5): ${f2(startup.modelLoadSeconds)} s. \`--version\` and \`--help\` do not load yargs (the help is pre-rendered by yargs at build time); commands import the engine when they run.`,
    '',
    table(
      ['command', 'median s', '× node -e 0', 'target'],
      startup.rows.map((row) => [
        row.name,
        f2(row.seconds),
        f2(row.ratio) + (row.ratioWithModel ? ` (${f2(row.ratioWithModel)}× node -e 0 + model load)` : ''),
        row.name === 'node -e 0' ? '' : row.ratioWithModel ? `≤ 1.5× with the model load: ${row.ratioWithModel <= 1.5 ? 'met' : '**not met**'}` : `≤ 2×: ${row.ratio <= 2 ? 'met' : '**not met**'}`,
      ]),
    ),
    '',
  ].join('\n');
}

export function normalizeSection(normalize) {
  return [
    '## Normalization against its floor',
    '',
    `${normalize.documents} documents (every FOMC statement and the UNGDC speeches of 2024), ${normalize.paragraphs.toLocaleString('en-US')} paragraphs (${normalize.distinct.toLocaleString('en-US')} distinct), ${normalize.tokens.toLocaleString('en-US')} tokens; fresh process, model loaded first, medians of ${normalize.runs}. ` +
      'Floor = reading + segmenting + wink-nlp tokenizing every paragraph (no tagger); normalize = reading + segmenting + `normalizeDocument` (tagging, lemmas, glossary folding; the per-process memo of normalized paragraphs starts empty, so repeated paragraphs are normalized once).',
    '',
    table(['reading s', 'floor s', 'normalize s', 'normalize / floor', 'the same documents again s'], [[f2(normalize.readSeconds), f2(normalize.floorSeconds), f2(normalize.normalizeSeconds), `${f2(normalize.ratio)}×`, normalize.repeatSeconds.toFixed(3)]]),
    '',
  ].join('\n');
}
