#!/usr/bin/env node
/**
 * `npm run bench:routine`: on each three-session series of the UN data set (../shared/data/un-resolutions/texts/series,
 * read at run time), compare the 78th with the 79th and the 79th with the 80th session text and report the share of
 * modified paragraphs (editorial ones aside) classified routine, per series and overall, and which pairs read as a
 * technical update. `--sample N` prints N routine findings picked evenly across the data, for reading (`--seed K` shifts
 * the pick); `--json` prints JSON. Needs `npm run build`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './lib/data.js';
import { table } from './lib/format.js';

const { compare } = await import('../dist/pipeline.js');
const { pairSummary } = await import('../dist/report/labels.js');

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const seriesDir = DATA_DIR && join(DATA_DIR, 'un-resolutions', 'texts', 'series');
if (!seriesDir) {
  console.log('routine-share: skipped, ../shared/data is absent; set REDLINE_DATA to its folder.');
  process.exit(0);
}

/** Page furniture a PDF text export leaves as paragraphs: barcodes, job numbers, page marks, footnote rules. */
const FURNITURE = /^(?:\*\d{7}\*|\d{2}-\d{5}(?: \([A-Z]\))?(?: \d{6})?|\d{1,3}\/\d{1,3}|_+)$/;

/** Every change routine or editorial, once new and dropped paragraphs that are only page furniture are set aside. */
function onlyRoutineButFurniture(comparison, left, right) {
  const isFurniture = (document, indices) => indices.every((index) => FURNITURE.test(document.paragraphs[index].text.trim()));
  const changes = comparison.findings.filter((finding) => finding.kind !== 'unchanged' || finding.moved);
  const rest = changes.filter((finding) => !((finding.kind === 'new' && isFurniture(right, finding.right)) || (finding.kind === 'dropped' && isFurniture(left, finding.left))));
  return rest.some((finding) => finding.routine) && rest.every((finding) => finding.kind === 'modified' && (finding.routine || finding.editorial));
}

const rows = [];
const technicalButFurniture = [];
const routineFindings = [];
const technical = [];
let modified = 0;
let routine = 0;
for (const series of readdirSync(seriesDir).sort()) {
  const files = readdirSync(join(seriesDir, series)).filter((file) => file.endsWith('.txt')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  let seriesModified = 0;
  let seriesRoutine = 0;
  for (let k = 0; k + 1 < files.length; k++) {
    const result = await compare(join(seriesDir, series, files[k]), join(seriesDir, series, files[k + 1]));
    const comparison = result.comparisons[0];
    const [left, right] = result.documents;
    for (const finding of comparison.findings) {
      if (finding.kind !== 'modified' || finding.editorial) continue;
      seriesModified += 1;
      if (!finding.routine) continue;
      seriesRoutine += 1;
      routineFindings.push({ series, left: `${files[k]} ¶${finding.left[0]}`, right: `${files[k + 1]} ¶${finding.right[0]}`, before: left.paragraphs[finding.left[0]].text, after: right.paragraphs[finding.right[0]].text });
    }
    const name = `${series}: ${files[k]} → ${files[k + 1]}`;
    if (pairSummary(comparison)?.startsWith('Technical update')) technical.push(name);
    else if (onlyRoutineButFurniture(comparison, left, right)) technicalButFurniture.push(name);
  }
  modified += seriesModified;
  routine += seriesRoutine;
  rows.push([series, seriesModified, seriesRoutine, seriesModified ? (seriesRoutine / seriesModified).toFixed(2) : '–']);
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ series: rows.map(([series, m, r]) => ({ series, modified: m, routine: r })), modified, routine, technical, technicalButFurniture }, null, 2));
  process.exit(0);
}
console.log(table(['series', 'modified (not editorial)', 'routine', 'share'], rows));
console.log(`\nall ${rows.length} series, 2 pairs each: ${routine} of ${modified} modified paragraphs routine (${((100 * routine) / modified).toFixed(1)}%)`);
console.log(`technical updates (every change routine or editorial): ${technical.length}${technical.length ? `\n  ${technical.join('\n  ')}` : ''}`);
console.log(`… and once page furniture (barcodes, job numbers, page marks) no longer reads as paragraphs: ${technicalButFurniture.length}${technicalButFurniture.length ? `\n  ${technicalButFurniture.join('\n  ')}` : ''}`);
const sample = option('--sample', 0);
if (sample > 0) {
  const step = routineFindings.length / sample;
  const shift = option('--seed', 0);
  console.log(`\n${sample} routine findings, one every ${step.toFixed(1)}:`);
  for (let i = 0; i < sample; i++) {
    const finding = routineFindings[Math.floor(i * step + shift) % routineFindings.length];
    console.log(`- ${finding.series}: ${finding.left} → ${finding.right}\n    ${finding.before}\n    ${finding.after}`);
  }
}
