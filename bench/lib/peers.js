/**
 * The tools measured side by side, each as the shell command a user would run, producing its closest equivalent of
 * redline's output. `ensurePeers` installs the Debian ones when missing and reports the ones it has to skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './data.js';

const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;
const lib = (name) => q(join(ROOT, 'bench', 'lib', name));
const node = q(process.execPath);

/** name → { output, sideBySide, command(left, right, out), extension of `out` (redline writes a file in the format its name says) }. */
export const TOOLS = {
  'redline json': { output: 'JSON findings', sideBySide: false, extension: '.json', command: (l, r, o) => `${node} ${q(join(ROOT, 'bin', 'redline.js'))} compare ${q(l)} ${q(r)} --format json --out ${q(o)}` },
  'redline html': { output: 'HTML report', sideBySide: true, extension: '.html', command: (l, r, o) => `${node} ${q(join(ROOT, 'bin', 'redline.js'))} report ${q(l)} ${q(r)} -o ${q(o)}` },
  'difflib HtmlDiff.make_file': { output: 'side-by-side HTML', sideBySide: true, command: (l, r, o) => `python3 ${lib('peer-htmldiff.py')} ${q(l)} ${q(r)} ${q(o)}` },
  'difflib pairing (0.75)': { output: 'paragraph pairs JSON', sideBySide: false, command: (l, r, o) => `python3 ${lib('peer-difflib-pair.py')} ${q(l)} ${q(r)} ${q(o)}` },
  'git diff --word-diff': { output: 'word diff text', sideBySide: false, command: (l, r, o) => `git diff --no-index --no-color --word-diff ${q(l)} ${q(r)} > ${q(o)}` },
  wdiff: { output: 'word diff text', sideBySide: false, command: (l, r, o) => `wdiff ${q(l)} ${q(r)} > ${q(o)}` },
  dwdiff: { output: 'word diff text', sideBySide: false, command: (l, r, o) => `dwdiff ${q(l)} ${q(r)} > ${q(o)}` },
  'diff2html-cli (side)': { output: 'side-by-side HTML', sideBySide: true, command: (l, r, o) => `git diff --no-index --no-color ${q(l)} ${q(r)} | ${node} ${q(join(ROOT, 'node_modules', 'diff2html-cli', 'bin', 'diff2html.js'))} -i stdin -s side -d word -f html -F ${q(o)}` },
  'jsdiff diffWords': { output: 'word diff JSON', sideBySide: false, command: (l, r, o) => `${node} ${lib('peer-jsdiff.js')} ${q(l)} ${q(r)} ${q(o)}` },
};

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Check each peer can run; install wdiff/dwdiff from Debian when missing. Returns { available: [names], skipped: {name: why} }. */
export function ensurePeers({ log = console.log, probe } = {}) {
  const skipped = {};
  if (!has('wdiff') || !has('dwdiff')) {
    log('bench: wdiff/dwdiff missing, installing from Debian (apt-get install -y wdiff dwdiff)…');
    const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
    spawnSync('sh', ['-c', `${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq wdiff dwdiff`], { stdio: 'ignore', timeout: 180_000 });
  }
  if (!has('wdiff')) skipped.wdiff = 'not installed and apt-get install failed';
  if (!has('dwdiff')) skipped.dwdiff = 'not installed and apt-get install failed';
  if (!has('python3')) for (const t of ['difflib HtmlDiff.make_file', 'difflib pairing (0.75)']) skipped[t] = 'python3 not found';
  if (!has('git')) skipped['git diff --word-diff'] = 'git not found';
  if (!existsSync(join(ROOT, 'node_modules', 'diff2html-cli'))) skipped['diff2html-cli (side)'] = 'devDependency diff2html-cli not installed (npm install)';
  if (probe) {
    // Tools whose output mode may not exist yet (redline's HTML report comes from another branch): try once.
    for (const name of Object.keys(TOOLS)) {
      if (skipped[name]) continue;
      const why = probe(name);
      if (why) skipped[name] = why;
    }
  }
  for (const [name, why] of Object.entries(skipped)) log(`bench: skipping ${name}: ${why}`);
  return { available: Object.keys(TOOLS).filter((name) => !skipped[name]), skipped };
}
