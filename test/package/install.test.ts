import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED, DRAFT } from '../helpers/paths.js';
import { unStyleReport } from '../helpers/corpus-pdf.js';

/**
 * The package as a user gets it: build it from the current source, `npm pack` it, install the tarball into a fresh
 * project (with and without optional dependencies) and use it from ES modules, CommonJS, TypeScript and `npx`.
 *
 * Offline: the consumer project gets a lockfile made from ours (the production part, resolved URLs and integrity
 * hashes), so `npm ci --offline` takes every tarball from the npm cache that `npm ci` filled here and in CI. When a
 * tarball is not cached, `--prefer-offline` may fetch it; when neither works, the tests skip and say why.
 */

const run = promisify(execFile);
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string };
const TIMEOUT = 120_000;

interface Consumer {
  dir: string;
  /** Run a command in the consumer project; resolves to its output, rejects with it on a non-zero exit. */
  exec(file: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string }>;
}

let work = '';
let tarball = '';
let unavailable: string | null = null;
const consumers: Record<'full' | 'noOptional', Consumer | null> = { full: null, noOptional: null };

async function sh(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; stderr: string }> {
  return run(file, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false', ...env }, timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
}

/** Build from the current source into a staging copy (the worktree's dist/ stays untouched) and pack it. */
async function pack(): Promise<string> {
  const stage = join(work, 'stage');
  const listing = JSON.parse((await sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)).stdout) as Array<{ files: Array<{ path: string }> }>;
  const sources = listing[0].files.map((file) => file.path).filter((path) => !path.startsWith('dist/'));
  for (const path of [...sources, 'src', ...['tsconfig.json', 'tsconfig.build.json', 'tsconfig.client.json']]) {
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    cpSync(join(ROOT, path), join(stage, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  await sh('npm', ['run', 'build'], stage);
  rmSync(join(stage, 'node_modules'));
  const packed = JSON.parse((await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], stage)).stdout) as Array<{ filename: string }>;
  return join(work, packed[0].filename);
}

/** A fresh project depending on the tarball, with a lockfile from ours so that npm needs no registry metadata. */
async function install(name: string, omitOptional: boolean): Promise<Consumer> {
  const dir = join(work, name);
  mkdirSync(dir);
  cpSync(tarball, join(dir, 'package.tgz'));
  const ours = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const dependency = 'file:package.tgz';
  const packages: Record<string, Record<string, unknown>> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { [PACKAGE.name]: dependency } },
    [`node_modules/${PACKAGE.name}`]: { version: PACKAGE.version, resolved: dependency, license: PACKAGE.license, dependencies: PACKAGE.dependencies, bin: PACKAGE.bin, engines: PACKAGE.engines },
  };
  for (const [path, entry] of Object.entries(ours.packages)) {
    if (path === '' || entry.dev) continue;
    const { devOptional, ...rest } = entry;
    packages[path] = devOptional ? { ...rest, optional: true } : rest;
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { [PACKAGE.name]: dependency } }, null, 2));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));
  const flags = ['ci', '--no-audit', '--no-fund', ...(omitOptional ? ['--omit=optional'] : [])];
  try {
    await sh('npm', [...flags, '--offline'], dir);
  } catch {
    await sh('npm', [...flags, '--prefer-offline'], dir); // a tarball missing from the cache: fetch it if the registry is reachable
  }
  return { dir, exec: (file, args, env) => sh(file, args, dir, env) };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'redline-package-'));
  try {
    await sh('npm', ['--version'], work);
  } catch {
    unavailable = 'npm is not on the PATH: packing and installing skipped';
    return;
  }
  try {
    tarball = await pack();
  } catch (error) {
    unavailable = `npm pack failed (${String((error as Error).message).split('\n')[0]}): install tests skipped`;
    return;
  }
  try {
    consumers.full = await install('full', false);
    consumers.noOptional = await install('no-optional', true);
  } catch (error) {
    unavailable = `installing the tarball failed, offline and online (no npm cache? run npm ci first): ${String((error as Error).message).split('\n')[0]}`;
    return;
  }
  writeFileSync(join(work, 'old.txt'), readFileSync(DRAFT));
  writeFileSync(join(work, 'new.txt'), readFileSync(SEED));
  writeFileSync(join(work, 'report.pdf'), await unStyleReport());
}, 4 * TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The consumer, or a skip with the reason when the package could not be packed or installed here. */
function consumer(which: 'full' | 'noOptional', skip: (note?: string) => void): Consumer {
  const found = consumers[which];
  if (unavailable || !found) {
    console.warn(`package tests: ${unavailable}`);
    skip(unavailable ?? 'not installed');
    throw new Error('unreachable');
  }
  return found;
}

const ESM_SCRIPT = `
import { compare, compareTexts, renderHtml, isRedlineError, SCHEMA_VERSION } from '${PACKAGE.name}';
const [work] = process.argv.slice(2);
const texts = await compareTexts('We welcome the decision.\\n\\nWe act.', 'We note the decision.\\n\\nWe act.');
const pdf = await compare(work + '/report.pdf', work + '/report.pdf');
const files = await compare(work + '/old.txt', work + '/new.txt');
const html = renderHtml(files);
let code = null;
try { await compareTexts('', 'x'); } catch (error) { code = isRedlineError(error) ? error.code : 'other'; }
console.log(JSON.stringify({ schema: texts.schemaVersion === SCHEMA_VERSION, summary: texts.comparisons[0].summary, pdfParagraphs: pdf.documents[0].paragraphs.length, pdfUnchanged: pdf.comparisons[0].summary.unchanged, html: html.startsWith('<!DOCTYPE html>'), code }));
`;

const CJS_SCRIPT = `
const { compare, compareTexts, renderHtml, isRedlineError, load } = require('${PACKAGE.name}');
(async () => {
  const [work] = process.argv.slice(2);
  const texts = await compareTexts('We welcome the decision.\\n\\nWe act.', 'We note the decision.\\n\\nWe act.');
  const pdf = await compare(work + '/report.pdf', work + '/report.pdf');
  const html = await renderHtml(await compare(work + '/old.txt', work + '/new.txt'));
  let code = null;
  try { await compareTexts('', 'x'); } catch (error) { code = isRedlineError(error) ? error.code : 'other'; }
  const api = await load();
  console.log(JSON.stringify({ schema: texts.schemaVersion === api.SCHEMA_VERSION, summary: texts.comparisons[0].summary, pdfParagraphs: pdf.documents[0].paragraphs.length, pdfUnchanged: pdf.comparisons[0].summary.unchanged, html: html.startsWith('<!DOCTYPE html>'), code }));
})();
`;

const TS_ESM = `
import { compareTexts, renderHtml, type RedlineResult, type RedlineErrorCode, type Finding } from '${PACKAGE.name}';
const result: RedlineResult = await compareTexts('a b c', 'a b d', { threshold: 0.3, signal: AbortSignal.timeout(10_000) });
const kinds: Finding['kind'][] = result.comparisons[0].findings.map((finding) => finding.kind);
const code: RedlineErrorCode = 'not-found';
const html: string = renderHtml(result);
console.log(kinds, code, html.length);
`;

const TS_CJS = `
import redline = require('${PACKAGE.name}');
async function main(): Promise<number> {
  const result: redline.RedlineResult = await redline.compareTexts('a b c', 'a b d');
  const html: string = await redline.renderHtml(result);
  return html.length + result.schemaVersion;
}
void main();
`;

const TSCONFIG = (typeRoot: string) => ({
  compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, typeRoots: [typeRoot], types: ['node'] },
  files: ['esm.mts', 'cjs.cts'],
});

/** What the scripts print: the same on both installs and from both module systems. */
const EXPECTED = {
  schema: true,
  summary: { unchanged: 1, modified: 1, split: 0, merged: 0, new: 0, dropped: 0, moved: 0, renumbered: 0 },
  html: true,
  code: 'empty',
};

describe.each(['full', 'noOptional'] as const)('the packed package, installed (%s)', (which) => {
  it('works from an ES module: two texts, a PDF, an HTML report, a typed error', async (context) => {
    const { dir, exec } = consumer(which, context.skip);
    // The optional canvas package is what pdf.js takes DOMMatrix from; without it PDFs must still read.
    expect(existsSync(join(dir, 'node_modules/@napi-rs/canvas'))).toBe(which === 'full');
    writeFileSync(join(dir, 'use.mjs'), ESM_SCRIPT);
    const { stdout, stderr } = await exec(process.execPath, ['use.mjs', work]);
    const printed = JSON.parse(stdout) as typeof EXPECTED & { pdfParagraphs: number; pdfUnchanged: number };
    expect(printed).toMatchObject(EXPECTED);
    expect(printed.pdfParagraphs).toBeGreaterThan(3);
    expect(printed.pdfUnchanged).toBe(printed.pdfParagraphs);
    expect(stderr).toBe(''); // no pdf.js warning about the missing canvas package
  }, TIMEOUT);

  it('works from CommonJS through require()', async (context) => {
    const { dir, exec } = consumer(which, context.skip);
    writeFileSync(join(dir, 'use.cjs'), CJS_SCRIPT);
    const { stdout } = await exec(process.execPath, ['use.cjs', work]);
    expect(JSON.parse(stdout)).toMatchObject(EXPECTED);
  }, TIMEOUT);

  it('runs as `npx redline`: compare a PDF as JSON, write an HTML report, print the version', async (context) => {
    const { exec } = consumer(which, context.skip);
    const json = await exec('npx', ['--offline', '--no-install', 'redline', 'compare', join(work, 'report.pdf'), join(work, 'report.pdf'), '--format', 'json']);
    expect(JSON.parse(json.stdout).schemaVersion).toBe(1);
    expect(json.stderr).toBe('');
    const out = join(work, `${which}-report.html`);
    await exec('npx', ['--offline', '--no-install', 'redline', 'report', join(work, 'old.txt'), join(work, 'new.txt'), '-o', out]);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect((await exec('npx', ['--offline', '--no-install', 'redline', '-V'])).stdout.trim()).toBe(PACKAGE.version);
  }, TIMEOUT);
});

// Trial 18-a D14: installed, `redline corpus list` anywhere but the source checkout said "no corpus catalogue here"
// (exit 2): the catalogue was not packed, and fetch/add could only write into a folder named with --corpus.
describe('the packed package\'s corpus catalogue', () => {
  it('lists the shipped catalogue outside any project folder, and adds texts to the user\'s own corpus folder', async (context) => {
    const { dir, exec } = consumer('full', context.skip);
    const data = join(work, 'user-data');
    const listed = await exec('npx', ['--offline', '--no-install', 'redline', 'corpus', 'list'], { XDG_DATA_HOME: data });
    expect(listed.stdout).toContain('2023-russia-africa-iis-declaration');
    expect(listed.stdout).toContain(`0 of 15 texts stored in ${join(data, 'redline/corpus/texts')}/; 11 can be fetched with \`redline corpus fetch\`.`);
    expect(listed.stderr).toBe(`redline: no corpus/ catalogue in this folder: the catalogue shipped with redline; fetched texts will go to ${join(data, 'redline/corpus')} (--corpus DIR names another).\n`);
    const added = await exec('npx', ['--offline', '--no-install', 'redline', 'corpus', 'add', join(work, 'new.txt'), '--id', 'my-statement', '--date', '2024-11-10'], { XDG_DATA_HOME: data });
    expect(added.stdout).toContain(`to the catalogue and ${join(data, 'redline/corpus/texts/my-statement.md')}.`);
    expect(readFileSync(join(data, 'redline/corpus/catalog.yaml'), 'utf8')).toContain('id: 2023-russia-africa-iis-declaration');
    // Nothing written into the installed package.
    expect(existsSync(join(dir, 'node_modules', PACKAGE.name, 'corpus/texts'))).toBe(false);
  }, TIMEOUT);
});

describe('the packed package, from TypeScript', () => {
  it('type-checks an ES module and a CommonJS file using it (tsc --noEmit, strict, no skipLibCheck; nodenext and bundler)', async (context) => {
    const { dir, exec } = consumer('full', context.skip);
    writeFileSync(join(dir, 'esm.mts'), TS_ESM);
    writeFileSync(join(dir, 'cjs.cts'), TS_CJS);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG(join(ROOT, 'node_modules/@types'))));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await exec(process.execPath, [tsc, '-p', 'tsconfig.json']).catch((error: { stdout: string }) => ({ stdout: error.stdout, stderr: '' }));
    expect(result.stdout).toBe('');
    // A bundler's resolution (Vite, esbuild, webpack users) reads the same `import` types.
    const bundler = { compilerOptions: { ...TSCONFIG(join(ROOT, 'node_modules/@types')).compilerOptions, module: 'preserve', moduleResolution: 'bundler' }, files: ['esm.mts'] };
    writeFileSync(join(dir, 'tsconfig.bundler.json'), JSON.stringify(bundler));
    const bundled = await exec(process.execPath, [tsc, '-p', 'tsconfig.bundler.json']).catch((error: { stdout: string }) => ({ stdout: error.stdout, stderr: '' }));
    expect(bundled.stdout).toBe('');
  }, TIMEOUT);

  it('ships the JSON schemas (each batch output\'s by its export), the LICENSE and no test or source files', async (context) => {
    const { dir } = consumer('full', context.skip);
    const installed = join(dir, 'node_modules', PACKAGE.name);
    const schema = JSON.parse(readFileSync(join(installed, 'docs/redline-result.schema.json'), 'utf8')) as { properties: { schemaVersion: { const: number } } };
    expect(schema.properties.schemaVersion.const).toBe(1);
    // Every batch output's schema resolves from the package by its export, as a consumer imports it (trial 14c: the
    // digest's schema was packed but not exported, and batch.json, results.jsonl and lineage.json had none).
    const resolve = createRequire(join(dir, 'package.json')).resolve;
    for (const name of ['batch', 'results', 'lineage', 'digest']) {
      const exported = JSON.parse(readFileSync(resolve(`${PACKAGE.name}/${name}-schema.json`), 'utf8')) as { required: string[]; properties: { schemaVersion: { const: number } } };
      expect([name, exported.required[0], exported.properties.schemaVersion.const]).toEqual([name, 'schemaVersion', 1]);
    }
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    const listing = JSON.parse((await sh('tar', ['-tzf', tarball], work).then((r) => JSON.stringify(r.stdout.split('\n').filter(Boolean))))) as string[];
    expect(listing.filter((path) => /^package\/(src|test|bench)\//.test(path))).toEqual([]);
  }, TIMEOUT);
});
