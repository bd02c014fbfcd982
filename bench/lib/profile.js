/**
 * Where redline's time goes: `node --cpu-prof` on one CLI comparison, summarized as self time by function and by
 * source file (dist/… or the npm package), so RESULTS.md names the top costs of the run it reports.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from './data.js';

/** Short name of a profiled script: `dist/align/align.js`, `wink-nlp`, `node:internal`, or '(native)'. */
function place(url) {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith(ROOT)) return path.slice(ROOT.length + 1);
  return path.startsWith('node:') ? 'node internals' : path;
}

/** Profile `redline compare left right --format json`; returns { totalSeconds, functions: [...], files: [...] } (top `top`). */
export function profileCompare(left, right, { top = 10 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'redline-prof-'));
  try {
    const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, join(ROOT, 'bin', 'redline.js'), 'compare', left, right, '--format', 'json', '--out', join(dir, 'out.json')], { encoding: 'utf8', timeout: 120_000 });
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) return { error: `no profile written (exit ${run.status}): ${(run.stderr || '').slice(-200)}` };
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const selfMicros = new Map();
    profile.samples.forEach((id, k) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0)));
    const byFunction = new Map();
    const byFile = new Map();
    for (const node of profile.nodes) {
      const micros = selfMicros.get(node.id) ?? 0;
      if (!micros) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = place(url);
      const name = `${functionName || '(anonymous)'} (${where}${url ? `:${lineNumber + 1}` : ''})`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      const fileKey = functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(idle)' || functionName === '(program)' ? '(program / idle)' : where;
      byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + micros);
    }
    const totalMicros = profile.endTime - profile.startTime;
    const rank = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, micros]) => ({ name, seconds: micros / 1e6, share: micros / totalMicros }));
    return { totalSeconds: totalMicros / 1e6, functions: rank(byFunction), files: rank(byFile) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
