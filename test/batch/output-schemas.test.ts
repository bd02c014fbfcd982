import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeBatches, runBatch, type BatchOptions } from '../../src/batch/index.js';
import { BATCH_SCHEMA_VERSION, DIGEST_SCHEMA_VERSION, LINEAGE_SCHEMA_VERSION, RESULTS_SCHEMA_VERSION, TARGET_MEMO_SCHEMA_VERSION } from '../../src/types.js';
import { ROOT, SHARED_MISSING } from '../helpers/paths.js';
import { CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Trial 14c, defect 5: batch.json, digest.json, results.jsonl and lineage.json carried no schemaVersion, only the digest
 * had a schema, and it could not be imported from the package. Each now opens with its own version and has a schema in
 * docs/, exported by the package (target.json too, trial 15a); real outputs of a chain and a target batch over UN series validate.
 */

/** The package's own exports, resolved as a user's `require.resolve('policy-redline/…')` resolves them. */
const PACKAGE = createRequire(join(ROOT, 'package.json'));
const SCHEMAS = { batch: 'batch-schema.json', results: 'results-schema.json', lineage: 'lineage-schema.json', digest: 'digest-schema.json', target: 'target-schema.json' } as const;
const ajv = new Ajv2020.default({ allErrors: true });
const validators = Object.fromEntries(Object.entries(SCHEMAS).map(([name, entry]) => [name, ajv.compile(JSON.parse(readFileSync(PACKAGE.resolve(`policy-redline/${entry}`), 'utf8')))])) as Record<keyof typeof SCHEMAS, ReturnType<typeof ajv.compile>>;

/** Validate, failing with the schema's errors. */
function expectValid(name: keyof typeof SCHEMAS, value: unknown): void {
  const validate = validators[name];
  expect(validate(value), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
}

const GENERATED_AT = '2026-01-01T00:00:00Z';
/** Two recurring resolutions (three sessions each), none of the held-out five. */
const FOLDERS = [CTBT, 'effects-of-atomic-radiation'];

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

const lines = async (dir: string): Promise<Array<Record<string, unknown>>> => (await readFile(join(dir, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const json = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

describe('the batch output schemas ship in the package', () => {
  it('exports and packs a schema for every batch output, each requiring its own schemaVersion', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    for (const [name, entry] of Object.entries(SCHEMAS)) {
      const target = manifest.exports[`./${entry}`] as string;
      expect(target, entry).toBe(`./docs/${name}.schema.json`);
      expect(manifest.files).toContain(target.slice(2));
      const schema = JSON.parse(readFileSync(join(ROOT, target), 'utf8')) as { required: string[]; properties: { schemaVersion: { const: number } } };
      expect(schema.required[0]).toBe('schemaVersion');
      expect(schema.properties.schemaVersion.const).toBe(1);
    }
    expect([BATCH_SCHEMA_VERSION, RESULTS_SCHEMA_VERSION, LINEAGE_SCHEMA_VERSION, DIGEST_SCHEMA_VERSION, TARGET_MEMO_SCHEMA_VERSION]).toEqual([1, 1, 1, 1, 1]);
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`real batch outputs validate (${UN_SERIES_AVAILABLE ? 'UN series' : SHARED_MISSING})`, () => {
  let work: string;
  let corpus: string;
  const options = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-output-schemas-'));
    corpus = join(work, 'corpus');
    for (const folder of FOLDERS) {
      await mkdir(join(corpus, folder), { recursive: true });
      for (const file of await readdir(join(UN_SERIES, folder))) await copyFile(join(UN_SERIES, folder, file), join(corpus, folder, file));
    }
  });

  it('a chain batch: batch.json, every results.jsonl line and digest.json open with their version and validate', async () => {
    const summary = await runBatch(options('chain', { mode: 'chain' }));
    expect(summary).toMatchObject({ documents: 6, pairs: 4, compared: 4, ok: true });
    const out = join(work, 'chain');
    const manifest = await json(join(out, 'batch.json'));
    // Before: `{"tool":{…},"mode":"chain",…}` with no version.
    expect(Object.keys(manifest)[0]).toBe('schemaVersion');
    expect(manifest.schemaVersion).toBe(1);
    expectValid('batch', manifest);
    expect((manifest.series as Array<{ basis: string }>).map((series) => series.basis)).toEqual(['un-title', 'un-title']);
    const records = await lines(out);
    expect(records).toHaveLength(4);
    // Before: `{"pair":0,"left":"A/RES/78/66",…}`.
    expect((await readFile(join(out, 'results.jsonl'), 'utf8')).startsWith('{"schemaVersion":1,"pair":0,"left":"A/RES/78/66","right":"A/RES/79/77",')).toBe(true);
    for (const record of records) expectValid('results', record);
    // The library returns the records as the lines hold them, less the file's version.
    expect(records.map(({ schemaVersion, ...record }) => [schemaVersion, record])).toEqual(summary.results.map((record) => [1, record]));
    const digest = await json(join(out, 'digest.json'));
    expect(Object.keys(digest)).toEqual(['schemaVersion', 'series']);
    expectValid('digest', digest);
    // One step, three names: the record's left/right are the step's older/newer; the step's report is the record's html.
    const [step] = (digest.series as Array<{ steps: Array<{ older: { id: string }; newer: { id: string }; report: string }> }>)[0].steps;
    const record = records.find((candidate) => candidate.left === step.older.id && candidate.right === step.newer.id)!;
    expect([record.report, record.html, step.report]).toEqual(['pairs/A_RES_78_66__A_RES_79_77.json', 'pairs/A_RES_78_66__A_RES_79_77.html', 'pairs/A_RES_78_66__A_RES_79_77.html']);
    // The schemas refuse an output without its version, or of another version.
    const { schemaVersion: _omitted, ...unversioned } = manifest;
    expect(validators.batch(unversioned)).toBe(false);
    expect(validators.results({ ...records[0], schemaVersion: 2 })).toBe(false);
    expect(validators.digest({ ...digest, schemaVersion: 2 })).toBe(false);
  }, 120_000);

  it('a target batch: batch.json, results.jsonl (compared and estimated pairs) and lineage.json validate', async () => {
    const summary = await runBatch(options('target', { target: join(corpus, CTBT, 'A_RES_80_70.txt') }));
    expect(summary).toMatchObject({ documents: 6, pairs: 5, ok: true });
    const out = join(work, 'target');
    expectValid('batch', await json(join(out, 'batch.json')));
    const records = await lines(out);
    expect(records.map((record) => record.estimated)).toContain(true);
    expect(records.map((record) => record.estimated)).toContain(false);
    for (const record of records) expectValid('results', record);
    const lineage = await json(join(out, 'lineage.json'));
    expect(Object.keys(lineage)[0]).toBe('schemaVersion');
    expectValid('lineage', lineage);
    expect((lineage.paragraphs as Array<{ status: string }>).filter((paragraph) => paragraph.status === 'traced').length).toBeGreaterThan(20);
    expect(validators.lineage({ ...lineage, schemaVersion: 2 })).toBe(false);
    // Trial 15a, defect 3: the target's memo, target.json beside lineage.json, with its own version and schema.
    const memo = await json(join(out, 'target.json'));
    expect(Object.keys(memo)).toEqual(['schemaVersion', 'target', 'documentsSearched', 'documents', 'notChecked', 'paragraphs', 'dropped']);
    expectValid('target', memo);
    expect(validators.target({ ...memo, schemaVersion: 2 })).toBe(false);
  }, 120_000);

  it('redline merge of two chain shards writes the single run\'s outputs, also from shards written before the versions', async () => {
    const single = await snapshot(join(work, 'chain'));
    for (const index of [1, 2]) await runBatch(options(`shard-${index}`, { mode: 'chain', shard: { index, count: 2 } }));
    await mergeBatches([join(work, 'shard-2'), join(work, 'shard-1')], join(work, 'merged'), GENERATED_AT);
    const merged = await snapshot(join(work, 'merged'));
    // Every file but the series histories, which a merge does not write (it reads no input text), and the index, which
    // links to them: batch.json, results.jsonl, digest.json, .md, .docx and the pair reports, byte for byte.
    const contract = (path: string): boolean => !path.startsWith('series/') && path !== 'index.html';
    expect([...merged.keys()].filter(contract).sort()).toEqual([...single.keys()].filter(contract).sort());
    expect([...merged.keys()].filter(contract)).toEqual(expect.arrayContaining(['batch.json', 'results.jsonl', 'digest.json', 'digest.md']));
    for (const [path, content] of merged) if (contract(path)) expect(content, path).toBe(single.get(path));

    // A shard of a redline before schemaVersion (the same shape without it) merges to the same bytes.
    const old = join(work, 'shard-1');
    const { schemaVersion: _version, ...manifest } = await json(join(old, 'batch.json'));
    await writeFile(join(old, 'batch.json'), JSON.stringify(manifest, null, 2) + '\n');
    await writeFile(join(old, 'results.jsonl'), (await lines(old)).map(({ schemaVersion: _line, ...record }) => JSON.stringify(record) + '\n').join(''));
    await mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged-old'), GENERATED_AT);
    for (const [path, content] of await snapshot(join(work, 'merged-old'))) if (contract(path)) expect(content, path).toBe(single.get(path));

    // A shard of a later contract is refused, naming the file and both versions.
    await writeFile(join(old, 'batch.json'), JSON.stringify({ schemaVersion: 2, ...manifest }, null, 2) + '\n');
    await expect(mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'merged-new'), GENERATED_AT)).rejects.toMatchObject({
      code: 'shard-mismatch',
      message: 'holds a batch.json of schemaVersion 2; this redline reads version 1',
    });
    expect(existsSync(join(work, 'merged-new', 'batch.json'))).toBe(false);
  }, 180_000);
});
