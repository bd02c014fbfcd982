#!/usr/bin/env node
/**
 * `npm run bench:import`: what a library user pays per entry of the built package (dist/), each step in a fresh Node
 * process, median of `--runs` (default 5): the time and resident memory added by `import { compare }`, then by the first
 * call of each part that loads its own dependencies on use (the English model, Handlebars, pdf.js, the worker pool).
 * Also lists the npm packages each step loads. Run `npm run build` first. Times depend on the machine; the ratios and
 * the package lists are what to compare.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const entryArg = process.argv.indexOf('--entry'); // another build to compare with, e.g. an older checkout's dist/index.js
const ENTRY = pathToFileURL(entryArg > 0 ? process.argv[entryArg + 1] : join(ROOT, 'dist/index.js')).href;
const ONLY_IMPORT = process.argv.includes('--import-only');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const work = mkdtempSync(join(tmpdir(), 'redline-import-'));
writeFileSync(join(work, 'old.txt'), readFileSync(join(ROOT, 'corpus/examples/2024-draft-illustrative.md')));
writeFileSync(join(work, 'new.txt'), readFileSync(join(ROOT, 'seeds/000_9b5e0b9e7a90fd7e.txt')));

/** Each step: code run after `import(ENTRY)` as `api`; the measure is of that code alone. */
const STEPS = [
  { name: "import { compare } from 'policy-redline'", setup: '', code: 'api = await import(ENTRY);' },
  { name: 'first compareTexts (loads the English model)', setup: 'api = await import(ENTRY);', code: "await api.compareTexts('We welcome the decision.', 'We note the decision.');" },
  { name: 'first renderHtml (loads Handlebars, templates)', setup: "api = await import(ENTRY); result = await api.compareTexts('We welcome it.', 'We note it.');", code: 'api.renderHtml(result);' },
  { name: 'first PDF read (loads pdf.js)', setup: 'api = await import(ENTRY);', code: 'await api.convertBytes(PDF, "x.pdf").catch(() => null);' },
  { name: 'runBatch, 2 workers (loads piscina, starts threads)', setup: 'api = await import(ENTRY);', code: `await api.runBatch({ corpus: WORK, out: WORK + '/out-' + process.pid, jobs: 2, cacheDir: null, generatedAt: '1970-01-01T00:00:00Z' });` },
];

/** A one-page PDF (from pdf-lib, a dev dependency) so the pdf.js step reads a real file. */
async function onePagePdf() {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('We welcome the decision of the Assembly.', { x: 72, y: 760, size: 10, font: await doc.embedFont(StandardFonts.TimesRoman) });
  return Buffer.from(await doc.save()).toString('base64');
}

function measure(step, pdf) {
  const script = `
    import { register } from 'node:module';
    const seen = new Set();
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (name) => seen.add(name)); port1.unref();
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}), { data: { port: port2 }, transferList: [port2] });
    const ENTRY = ${JSON.stringify(ENTRY)}; const WORK = ${JSON.stringify(work)};
    const PDF = new Uint8Array(Buffer.from(${JSON.stringify(pdf)}, 'base64'));
    let api, result;
    ${step.setup}
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { createRequire } = await import('node:module');
    const required = () => Object.keys(createRequire(import.meta.url).cache).map(packageOf).filter(Boolean);
    function packageOf(path) { const at = path.lastIndexOf('node_modules/'); if (at < 0) return null; const parts = path.slice(at + 13).split('/'); return parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0]; }
    const before = new Set([...seen, ...required()]);
    const rss0 = process.memoryUsage().rss; const t0 = performance.now();
    ${step.code}
    const ms = performance.now() - t0; const rss = process.memoryUsage().rss - rss0;
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const name of required()) seen.add(name);
    console.log(JSON.stringify({ ms, rss, packages: [...seen].filter((name) => !before.has(name)).sort() }));
    process.exit(0);
  `;
  const file = join(work, 'step.mjs');
  writeFileSync(file, script);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1));
}

const HOOKS = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  const at = url.lastIndexOf('node_modules/');
  if (at >= 0) { const parts = url.slice(at + 13).split('/'); port.postMessage(parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0]); }
  return next(url, context);
}`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pdf = await onePagePdf();
console.log(`| step | time (median of ${RUNS}) | memory added | npm packages it loads |`);
console.log('| --- | --- | --- | --- |');
for (const step of ONLY_IMPORT ? STEPS.slice(0, 1) : STEPS) {
  const results = Array.from({ length: RUNS }, () => measure(step, pdf));
  const packages = results.at(-1).packages.join(', ') || '—';
  console.log(`| ${step.name} | ${median(results.map((r) => r.ms)).toFixed(0)} ms | ${(median(results.map((r) => r.rss)) / 1e6).toFixed(0)} MB | ${packages} |`);
}
rmSync(work, { recursive: true, force: true });
