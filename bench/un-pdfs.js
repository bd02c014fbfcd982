#!/usr/bin/env node
/**
 * `npm run bench:un-pdfs` (after `npm run build`): every official UN PDF of ../shared/data/un-resolutions/pdf read by
 * redline; per file the paragraphs, footnotes attached, and furniture defects found in the paragraphs and notes (a
 * barcode, a job number, "Please recycle", a footnote rule, the symbol at a paragraph's edge, a footnote mark left in the
 * text), then the same for the document's own extracted text where the data set has it (texts/series/, exported by a
 * PDF library: PyMuPDF's layout), else for a text export made here with `pdftotext -raw` (poppler-utils: content order,
 * no blank line between paragraphs) when it is installed, and whether the two compare as all unchanged (the "extractor"
 * column says which text was read; otherwise the kinds found). The total of defects should be 0; the exit code is 1
 * otherwise. A text that does not compare as all unchanged is reported, not counted as a defect.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, loadAnyDocument } from '../dist/index.js';
import { furnitureIn } from '../dist/ingest/un-furniture.js';
import { DATA_DIR } from './lib/data.js';

const root = DATA_DIR ? join(DATA_DIR, 'un-resolutions') : null;
if (!root || !existsSync(join(root, 'pdf'))) {
  console.log('un-pdfs: skipped, ../shared/data/un-resolutions is absent; set REDLINE_DATA to its parent folder.');
  process.exit(0);
}

const texts = new Map();
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(join(dir, entry.name));
    else if (entry.name.endsWith('.txt')) texts.set(entry.name, join(dir, entry.name));
  }
};
walk(join(root, 'texts'));

const defectsOf = (document) => {
  let count = 0;
  for (const paragraph of document.paragraphs) {
    count += furnitureIn(paragraph.text, document.meta.symbol).length + (/\[\^/.test(paragraph.text) ? 1 : 0);
    for (const note of paragraph.footnotes ?? []) count += furnitureIn(note.text).length;
  }
  return count;
};

/** A text export of `pdf` by `pdftotext -raw` (UTF-8), or null when pdftotext is not installed. */
const exportDir = mkdtempSync(join(tmpdir(), 'redline-un-pdfs-'));
const pdftotext = (pdf) => {
  const out = join(exportDir, pdf.split('/').pop().replace(/\.pdf$/, '.txt'));
  try {
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, out], { stdio: 'ignore' });
    return out;
  } catch {
    return null;
  }
};

let total = 0;
let unequal = 0;
const rows = [['file', 'paragraphs', 'footnotes', 'defects', 'extractor', 'text paragraphs', 'text defects', 'PDF vs text']];
for (const file of readdirSync(join(root, 'pdf')).filter((name) => name.endsWith('.pdf')).sort()) {
  const path = join(root, 'pdf', file);
  const document = await loadAnyDocument(path);
  const defects = defectsOf(document);
  total += defects;
  const notes = document.paragraphs.reduce((sum, paragraph) => sum + (paragraph.footnotes?.length ?? 0), 0);
  const ownText = texts.get(file.replace(/\.pdf$/, '.txt'));
  const textPath = ownText ?? pdftotext(path);
  let textColumns = ['–', '–', '–', '–'];
  if (textPath) {
    const text = await loadAnyDocument(textPath);
    const textDefects = defectsOf(text);
    const summary = (await compare(path, textPath)).comparisons[0].summary;
    const same = summary.unchanged === document.paragraphs.length && summary.unchanged === text.paragraphs.length;
    if (ownText) total += textDefects;
    if (!same) unequal++;
    const counts = Object.entries(summary).filter(([, count]) => count > 0).map(([kind, count]) => `${kind} ${count}`).join(', ');
    textColumns = [ownText ? 'data set (PyMuPDF)' : 'pdftotext -raw', String(text.paragraphs.length), String(textDefects), same ? 'all unchanged' : counts];
  }
  rows.push([file, String(document.paragraphs.length), String(notes), String(defects), ...textColumns]);
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
rmSync(exportDir, { recursive: true, force: true });
console.log(`\nfurniture defects: ${total} (goal 0); PDF and text not read alike: ${unequal} of ${rows.length - 1}`);
process.exit(total === 0 ? 0 : 1);
