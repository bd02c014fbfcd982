import { performance } from 'node:perf_hooks';

/**
 * How much longer `work(size × factor)` takes than `work(size)`: the ratio of the fastest of `runs` timings of each,
 * so a busy machine slows both sides alike and no absolute time is asserted. Linear work gives about `factor`,
 * quadratic work `factor²`; tests assert well below the latter.
 */
export async function growthRatio(work: (size: number) => unknown, size: number, factor = 4, runs = 5): Promise<number> {
  const fastest = async (n: number): Promise<number> => {
    let best = Infinity;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await work(n);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  await work(size); // warm up: the first call pays for compilation and lazy imports
  const small = await fastest(size);
  const large = await fastest(size * factor);
  return large / Math.max(small, 0.05);
}
