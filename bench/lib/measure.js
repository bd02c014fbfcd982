/** Run a command as a child process under /usr/bin/time: wall seconds and peak RSS (MiB) of the process tree's largest member. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Measure `shell` once; { seconds, rssMiB, ok, timedOut, error }. */
export function measure(shell, { timeoutSeconds = 60, cwd } = {}) {
  const timeFile = join(tmpdir(), `redline-bench-time-${process.pid}`);
  const started = process.hrtime.bigint();
  const run = TIME
    ? spawnSync(TIME, ['-f', '%e %M', '-o', timeFile, 'sh', '-c', shell], { cwd, timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync('sh', ['-c', shell], { cwd, timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL', encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error && run.error.code === 'ETIMEDOUT') return { ok: false, timedOut: true, seconds: timeoutSeconds, rssMiB: null };
  let rssMiB = null;
  if (TIME && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
    rssMiB = Number(last[1]) / 1024;
    rmSync(timeFile, { force: true });
  }
  // diff-like tools exit 1 when the inputs differ: that is success here.
  const ok = run.status === 0 || run.status === 1;
  return { ok, timedOut: false, seconds: wall, rssMiB, error: ok ? undefined : (run.stderr || '').slice(-300) };
}

/** Median of numbers (null when empty). */
export function median(values) {
  const v = values.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

/** Least-squares slope of log(time) on log(size): the growth exponent. */
export function growthExponent(points) {
  const p = points.filter(([x, y]) => x > 0 && y > 0);
  if (p.length < 2) return null;
  const xs = p.map(([x]) => Math.log(x));
  const ys = p.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0, sxx = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k] - mx) * (ys[k] - my);
    sxx += (xs[k] - mx) ** 2;
  }
  return sxy / sxx;
}
