#!/usr/bin/env node
/**
 * `npm run bench:limits [-- --quick]`: how redline's time grows with what an input controls, measured in one process
 * on inputs generated here (no data needed). For each dimension it times four sizes, each doubling the last (the
 * fastest of three runs), and prints each time as a ratio to the smallest size and the fitted exponent k of
 * time ∝ size^k (least squares on log–log). Linear work gives k ≈ 1; the target is k ≤ 1.1 for every dimension.
 *
 *  - paragraph count: a text of N short paragraphs, none matched, compared with a two-paragraph text (align + classify);
 *  - paragraph length: one hard-wrapped paragraph of L characters compared with itself with one word changed;
 *  - nesting depth: an HTML page nested D elements deep, a paragraph at every level, converted: up to
 *    READABILITY_MAX_DEPTH (100) through Readability, beyond it (up to MAX_HTML_DEPTH, 1,000) read as a whole body;
 *  - page count: a PDF of P pages holding one paragraph that runs across them all, converted.
 *
 * Needs the build (`npm run build`) and pdf-lib (a devDependency).
 */
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { documentFromText } from '../dist/ingest/load-document.js';
import { convertHtml } from '../dist/ingest/html.js';
import { convertPdf } from '../dist/ingest/pdf.js';
import { compareDocuments } from '../dist/pipeline.js';
import { resolveOptions } from '../dist/options.js';

const quick = process.argv.includes('--quick');
const OPTIONS = resolveOptions();
const WORDS = 'the working group discussed the matter and agreed that further work on capacity was needed by all States'.split(' ');

/** The fastest of `runs` timings of `work()`, in ms. */
async function fastest(work, runs = 3) {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Least-squares slope of log(time) over log(size). */
function exponent(sizes, times) {
  const xs = sizes.map(Math.log);
  const ys = times.map(Math.log);
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

const paragraphText = (count) => Array.from({ length: count }, (_, i) => `Item ${i} ok.`).join('\n\n') + '\n';
const small = documentFromText('We welcome the decision.\n\nThe Committee will meet in Geneva.\n', { path: 'small.txt' });

function wrappedParagraph(chars, changed = false) {
  const lines = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const line = Array.from({ length: 12 }, (_, k) => WORDS[(i * 12 + k) % WORDS.length]).join(' ');
    lines.push(changed && i === Math.floor(chars / 160) ? line.replace('agreed', 'declined') : line);
    length += line.length + 1;
  }
  return lines.join('\n') + '\n';
}

function layeredHtml(depth) {
  const level = '<div><p>We welcome the decision of the General Assembly on the matter.</p>';
  return new TextEncoder().encode(`<!DOCTYPE html><html><body>${level.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`);
}

async function flowingPdf(pages) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let y = 760; y > 100; y -= 12) page.drawText('the working group discussed the matter and agreed that further work was needed on it', { x: 72, y, size: 10, font });
  }
  return doc.save();
}

const scale = quick ? 0.5 : 1;
const dimensions = [
  {
    name: 'paragraph count',
    unit: 'paragraphs',
    sizes: [10_000, 20_000, 40_000, 80_000].map((n) => Math.round(n * scale)),
    prepare: (n) => documentFromText(paragraphText(n), { path: 'many.txt' }),
    run: (left) => compareDocuments(left, small, OPTIONS),
  },
  {
    name: 'paragraph length',
    unit: 'characters',
    sizes: [50_000, 100_000, 200_000, 400_000].map((n) => Math.round(n * scale)),
    prepare: (n) => [wrappedParagraph(n), wrappedParagraph(n, true)],
    run: ([before, after]) => compareDocuments(documentFromText(before, { path: 'a.txt' }), documentFromText(after, { path: 'b.txt' }), OPTIONS),
  },
  {
    name: 'nesting depth (Readability)',
    unit: 'levels',
    sizes: [12, 25, 50, 100],
    prepare: (depth) => layeredHtml(depth),
    run: (bytes) => convertHtml(bytes, 'deep.html'),
  },
  {
    name: 'nesting depth (whole body)',
    unit: 'levels',
    sizes: [125, 250, 500, 1000],
    prepare: (depth) => layeredHtml(depth),
    run: (bytes) => convertHtml(bytes, 'deep.html'),
  },
  {
    name: 'page count',
    unit: 'pages',
    sizes: [5, 10, 20, 40].map((n) => Math.max(2, Math.round(n * scale))),
    prepare: (pages) => flowingPdf(pages),
    run: (bytes) => convertPdf(bytes, 'flowing.pdf'),
  },
];

console.log(`redline limits: growth of time with what an input controls (fastest of 3 runs; ratios to the smallest size)${quick ? ' [quick]' : ''}\n`);
console.log('| dimension | sizes | time ratios | exponent k | target k ≤ 1.1 |');
console.log('|---|---|---|---:|---|');
let allWithin = true;
for (const dimension of dimensions) {
  const inputs = [];
  for (const size of dimension.sizes) inputs.push(await dimension.prepare(size));
  await dimension.run(inputs[0]); // warm-up: compilation and lazy imports
  const times = [];
  for (const input of inputs) times.push(await fastest(() => dimension.run(input)));
  const k = exponent(dimension.sizes, times);
  const within = k <= 1.1;
  allWithin &&= within;
  const ratios = times.map((time) => (time / times[0]).toFixed(2)).join(' : ');
  console.log(`| ${dimension.name} | ${dimension.sizes.map((size) => size.toLocaleString('en-US')).join(' · ')} ${dimension.unit} | ${ratios} | ${k.toFixed(2)} | ${within ? 'yes' : 'NO'} |`);
}
console.log(`\nEach size doubles the last: linear growth reads 1 : 2 : 4 : 8, quadratic 1 : 4 : 16 : 64.${allWithin ? '' : ' Some dimension grows faster than the target.'}`);
