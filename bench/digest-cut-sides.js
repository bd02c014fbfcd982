#!/usr/bin/env node
/**
 * `node bench/digest-cut-sides.js OUT/digest.md [--list] [--skip "Series title" …]` (session 17): how many sides of the
 * digest's `X → Y` phrases a desk officer could not paste as a phrase (`isCutSide` in src/report/digest-line.ts: a side
 * opening on a stray conjunction, `as well as` or `of`, ending on a function word, or holding no word). New, dropped
 * and rewritten paragraphs' quotes and `adds/drops/moves “…”` pieces are not sides. `--skip` leaves a series out (the
 * held-out ones when a rule-writer measures). `--list` prints each line with a cut side. Needs `npm run build`.
 * Session 17, chain digest without the five held-out series: 96 sides in 74 lines before, 14 in 12 after.
 */
import { readFileSync } from 'node:fs';
import { isCutSide } from '../dist/report/digest-line.js';

const args = process.argv.slice(2);
const file = args.find((arg, k) => !arg.startsWith('--') && args[k - 1] !== '--skip');
if (!file) {
  console.error('usage: node bench/digest-cut-sides.js OUT/digest.md [--list] [--skip "Series title" …]');
  process.exit(2);
}
const skipped = new Set(args.flatMap((arg, k) => (args[k - 1] === '--skip' ? [arg] : [])));
const list = args.includes('--list');

/** A line's phrases, split at `; ` outside quotes. */
function phrasesOf(said) {
  const phrases = [];
  let [current, depth] = ['', 0];
  for (let k = 0; k < said.length; k++) {
    const character = said[k];
    if (character === '“') depth++;
    if (character === '”') depth = Math.max(0, depth - 1);
    if (depth === 0 && said.startsWith('; ', k)) {
      phrases.push(current);
      current = '';
      k++;
      continue;
    }
    current += character;
  }
  return [...phrases, current];
}

let [lines, cutLines, cutSides, skip] = [0, 0, 0, false];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('## ')) skip = skipped.has(line.slice(3).trim());
  if (skip || !line.startsWith('- ')) continue;
  lines++;
  const body = line.slice(2);
  if (/^(?:new|dropped|reinstated) /.test(body) || body.includes(' rewritten: ')) continue;
  const colon = body.indexOf(': ');
  if (colon === -1) continue;
  // The memo's signals follow ` — `.
  const said = body.slice(colon + 2).split(' — ')[0];
  const cut = phrasesOf(said)
    .filter((phrase) => !/^(?:adds|drops|moves) “/.test(phrase) && !phrase.startsWith('“'))
    .flatMap((phrase) => {
      const sides = phrase.split(' → ');
      return sides.length === 2 ? sides.filter(isCutSide) : [];
    });
  if (cut.length === 0) continue;
  cutLines++;
  cutSides += cut.length;
  if (list) console.log(`${body}\n    cut: ${cut.join(' | ')}`);
}
console.log(`${lines} lines; ${cutLines} with a cut side; ${cutSides} cut sides`);
