import { performance } from 'node:perf_hooks';

/**
 * How much longer `work(size × factor)` takes than `work(size)`: the ratio of the fastest of `runs` timings of each,
 * so a busy machine slows both sides alike and no absolute time is asserted. Linear work gives about `factor`,
 * quadratic work `factor²`; tests assert well below the latter.
 *
 * The two sizes are timed in turn (small, large, small, large …), so a burst of load on the shared machine falls on
 * both; and the measure is taken up to three times, the smallest ratio kept. A CI run on 2 cores, with other test
 * files in parallel, once read 20× for a conversion that reads 3–5× alone: noise only ever makes a ratio larger, and
 * quadratic work never reads below `factor²` whatever the load, so the smallest of three is still a fair test.
 */
export async function growthRatio(work: (size: number) => unknown, size: number, factor = 4, runs = 5): Promise<number> {
  const timed = async (n: number): Promise<number> => {
    const start = performance.now();
    await work(n);
    return performance.now() - start;
  };
  await work(size); // warm up: the first call pays for compilation and lazy imports
  await work(size * factor);
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    let [small, large] = [Infinity, Infinity];
    for (let run = 0; run < runs; run++) {
      small = Math.min(small, await timed(size));
      large = Math.min(large, await timed(size * factor));
    }
    ratio = Math.min(ratio, large / Math.max(small, 0.05));
    if (ratio < factor * 1.5) break; // clearly linear: no need to measure again
  }
  return ratio;
}
