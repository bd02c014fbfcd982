import type { Argv, Options } from 'yargs';
import { defaultCacheDir } from '../../options.js';
import { EXIT, type ArgsOf, type CliCommand, type CliIo } from '../shared.js';

const CACHE_OPTIONS = {
  cache: { type: 'string', describe: 'the cache folder (default: the one `redline batch` uses)' },
} as const satisfies Record<string, Options>;

/** The parsed arguments of `cache dir|info|clean`. */
export type CacheArgs = ArgsOf<typeof CACHE_OPTIONS>;

/** `redline cache dir|info|clean`: where the batch cache is, how big, and emptying it. */
export const cacheCommand: CliCommand = {
  name: 'cache',
  command: 'cache',
  subcommands: ['dir', 'info', 'clean'],
  describe: 'the batch cache: print its folder, its size, or empty it',
  builder: (command: Argv) =>
    command
      .options(CACHE_OPTIONS)
      .command('dir', 'print the cache folder')
      .command('info', 'print the cache folder, its entries (word vectors included) and size')
      .command('clean', 'remove every entry redline wrote, in a folder marked by redline\'s CACHEDIR.TAG (other files stay)')
      .demandCommand(1, 'Name an action: dir, info or clean.')
      .example('$0 cache clean', 'empty the cache')
      .example('$0 cache info --cache /scratch/redline', 'size of another cache folder'),
  run: (argv: CacheArgs & { _: Array<string | number> }, io: CliIo) => runCacheCommand(argv, io),
};

/** Run a cache action; sizes in MB with one decimal. */
export async function runCacheCommand(argv: CacheArgs & { _: Array<string | number> }, io: Pick<CliIo, 'stdout' | 'env'>): Promise<number> {
  const dir = argv.cache ?? defaultCacheDir(io.env);
  const action = String(argv._[1]);
  if (action === 'dir') {
    io.stdout.write(`${dir}\n`);
    return EXIT.ok;
  }
  const { cacheUsage, cleanCache } = await import('../../batch/index.js');
  if (action === 'info') {
    const usage = await cacheUsage(dir);
    io.stdout.write(`${dir}: ${usage.files} entries, ${megabytes(usage.bytes)}\n`);
    return EXIT.ok;
  }
  const removed = await cleanCache(dir);
  const kept = removed.kept.length === 0 ? '' : `; kept ${removed.kept.length === 1 ? '1 file' : `${removed.kept.length} files`} redline did not write (first: ${removed.kept[0]})`;
  io.stdout.write(`redline cache: removed ${removed.files} entries, ${megabytes(removed.bytes)} from ${dir}${kept}\n`);
  return EXIT.ok;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
