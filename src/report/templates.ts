import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { RedlineError } from '../errors.js';
import { TEMPLATE_HELPERS, handlebars as handlebarsModule, handlebarsRuntime, type HandlebarsRuntime } from './template-helpers.js';

/**
 * The template registry: every HTML page redline writes (the pair report, the batch index) is rendered here, with
 * the same rules: one Handlebars environment per page and override folder, strict mode, the same override rules
 * for `--templates DIR`, the page's own script inlined, and the same Content-Security-Policy. Each template is
 * compiled once per process (per built-in and override folder), however many pages a batch renders.
 */

/** The built-in templates: `report.hbs` and `partials/` for the pair report, `batch/` for the batch index. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * Where `npm run build` writes the page scripts, compiled from `src/report/client/*.ts` by `tsconfig.client.json`.
 * The same path from `src/report/` (tests) and `dist/report/` (the installed CLI): both sit two folders below the
 * package root. The tests compile them first too (vitest's global setup), so a test never reads a stale script.
 */
export const CLIENT_SCRIPTS_DIR = fileURLToPath(new URL('../../dist/client/', import.meta.url));

let fingerprint: string | null = null;

/**
 * sha256 over every built-in template and page script (paths and contents, sorted): what the HTML of a page depends on
 * besides its data. Batch's pair cache keys on it, so a changed template never serves a stale cached page.
 */
export function templatesFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const hash = createHash('sha256');
  const walk = (root: string, dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(root, path);
      else hash.update(`${path.slice(root.length)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  walk(TEMPLATES_DIR, TEMPLATES_DIR);
  walk(CLIENT_SCRIPTS_DIR, CLIENT_SCRIPTS_DIR);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The pages redline renders. */
export type PageName = 'report' | 'batch-index' | 'history';

interface PageDefinition {
  /** The page's folder under `TEMPLATES_DIR`: `<page>.hbs` and `partials/*.hbs`. */
  folder: string;
  /** How an error message names the page. */
  label: string;
  /** The page's script: `CLIENT_SCRIPTS_DIR/<file>`, placed by the page template with `{{> <partial>}}`. */
  script: { file: string; partial: string };
  /** Partials of the pair report this page uses too (`styles`): one stylesheet, overridden in one place. */
  borrows?: readonly string[];
}

const PAGES: Readonly<Record<PageName, PageDefinition>> = {
  report: { folder: '.', label: 'the report', script: { file: 'report.js', partial: 'report-script' } },
  'batch-index': { folder: 'batch', label: 'the batch index', script: { file: 'batch-index.js', partial: 'batch-script' } },
  history: { folder: 'history', label: 'the history page', script: { file: 'history.js', partial: 'history-script' }, borrows: ['styles'] },
};

// strict: a misspelt field in a (user) template fails loudly instead of printing nothing.
// preventIndent: partials are pasted as written, so the page's text is exactly the view model's.
const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

/** A page ready to render: its compiled template (partials registered) and its script's CSP source. */
interface CompiledPage {
  template: Handlebars.TemplateDelegate;
  scriptSource: string;
  /** The page's Handlebars environment (helpers and partials registered), where its row template is made. */
  environment: HandlebarsRuntime;
  /** The same environment with its compiler, or null when every template was precompiled (the runtime alone loaded). */
  compiler: typeof Handlebars | null;
  /** The report's rows alone (`{{#each rows}}` through each row's partial), compiled on first use. */
  rows: Handlebars.TemplateDelegate | null;
}

/**
 * Where `npm run build` writes the built-in templates precompiled (`writePrecompiledTemplates`): a CommonJS module of
 * Handlebars template specs keyed by the sha256 of their source. The same path from `src/report/` and `dist/report/`.
 */
const PRECOMPILED_PATH = fileURLToPath(new URL('../../dist/report/templates-precompiled.cjs', import.meta.url));

/** A template precompiled at build time: the spec `Handlebars.template` turns into a template function. */
type PrecompiledSpec = Parameters<typeof Handlebars.template>[0];

let precompiled: Map<string, PrecompiledSpec> | null = null;

/**
 * The built-in templates precompiled at build time, by the sha256 of their source (empty without a build). Compiling the
 * report's 14 templates in the process was about 0.1–0.25 s of every `redline report`; a source edited since the build
 * has another hash, so it is compiled from its text as before and never served stale.
 */
function precompiledTemplates(): Map<string, PrecompiledSpec> {
  if (precompiled !== null) return precompiled;
  precompiled = new Map();
  if (existsSync(PRECOMPILED_PATH)) {
    const specs = createRequire(import.meta.url)(PRECOMPILED_PATH) as Record<string, PrecompiledSpec>;
    for (const [hash, spec] of Object.entries(specs)) precompiled.set(hash, spec);
  }
  return precompiled;
}

/** The compile options as the key of a precompiled template holds them (Handlebars adds fields to the object it is given). */
const OPTIONS_KEY = JSON.stringify(COMPILE_OPTIONS);

/** The key of a template's source among the precompiled ones (the compile options are part of it). */
function sourceKey(source: string): string {
  return createHash('sha256').update(OPTIONS_KEY).update('\0').update(source, 'utf8').digest('hex');
}

/** Write dist/report/templates-precompiled.cjs: every built-in template precompiled (run by `npm run build`). */
export function writePrecompiledTemplates(): void {
  const handlebars = handlebarsModule();
  const entries = new Map<string, string>();
  for (const definition of Object.values(PAGES)) {
    for (const source of [...readTemplateFolder(join(TEMPLATES_DIR, definition.folder)).values(), ROWS_SOURCE]) {
      entries.set(sourceKey(source), handlebars.precompile(source, { ...COMPILE_OPTIONS }) as string);
    }
  }
  const body = [...entries].map(([hash, spec]) => `  ${JSON.stringify(hash)}: ${spec},`).join('\n');
  mkdirSync(dirname(PRECOMPILED_PATH), { recursive: true });
  writeFileSync(PRECOMPILED_PATH, `// Written by npm run build (src/report/templates.ts writePrecompiledTemplates): the built-in templates precompiled.\nmodule.exports = {\n${body}\n};\n`);
}

const compiledPages = new Map<string, CompiledPage>();
const scripts = new Map<string, string>();
let compilations = 0;

/**
 * How many templates this process has made ready, compiled from source or taken precompiled (each page's template and
 * partials count once per override folder).
 */
export function templateCompilations(): number {
  return compilations;
}

let precompiledUses = 0;

/** How many of those were taken precompiled (built-in, unchanged since `npm run build`) rather than compiled here. */
export function precompiledTemplateUses(): number {
  return precompiledUses;
}

/**
 * Render a page from its view model and put its Content-Security-Policy first in `<head>`.
 * `overridesDir` is a `--templates` folder; it is read once per process, with the page's first render.
 */
export function renderPage(page: PageName, model: object, overridesDir?: string): string {
  const compiled = compiledPage(page, overridesDir);
  let html: string;
  try {
    html = compiled.template(model);
  } catch (error) {
    throw new RedlineError(
      'bad-template',
      `rendering ${PAGES[page].label} failed (${firstLine(error)})`,
      'Check the templates given with --templates against docs/templates.md (field names are listed there).',
      overridesDir,
    );
  }
  return withContentSecurityPolicy(html, [compiled.scriptSource]);
}

/**
 * What the shell of a page (`renderPageInPieces`) prints where its rows go: a row whose partial is
 * `ROWS_MARKER_PARTIAL`. Control characters: never in a rendered page (document text is escaped, the script is not).
 */
const ROWS_MARKER = '\u0000redline:rows\u0000';
const ROWS_MARKER_PARTIAL = 'redline-rows-marker';
/** The rows of a page alone, each through the partial it names (precompiled at build time with the built-in templates). */
const ROWS_SOURCE = `{{#each rows}}{{> (lookup . 'partial')}}{{/each}}`;
/** What the shell embeds in place of the embedded result (the `embedJson` helper prints it as a JSON string). */
const EMBEDDED_MARKER = '\u0001redline:embedded\u0001';

/** A page's field of rows (`{{#each <field>}}{{> (lookup . 'partial')}}{{/each}}`) and its embedded JSON field. */
export interface PagePieces {
  /** The field of the model the page template iterates, each row rendered by the partial its `partial` names. */
  rowsField: string;
  /** The field printed with `{{embedJson <field>}}`. */
  embeddedField: string;
  /** Rows rendered into one piece (a piece closes once it reaches this weight): a few hundred KB, not the page's tens of MB. */
  rowsPerPiece: number;
  /** How many rows one entry of the field draws (a folded run of unchanged paragraphs draws each of them). */
  weight: (row: unknown) => number;
}

/**
 * The built-in page rendered as pieces whose concatenation is `renderPage(page, model)`, byte for byte: the page
 * without its rows and embedded block (the shell: head, summary, its Content-Security-Policy, which hashes the styles
 * of the head only, as rows and the embedded JSON cannot hold a `<style>` tag), then the rows a few hundred at a time
 * through the same partials, then the embedded JSON, then the rest. Written to a file as they come, the 10,000-paragraph
 * report never holds its 19 MB page (38 MB of two-byte string, and its copies) at once. Built-in templates only: an
 * override may print the rows or the embedded block twice or not at all, so `null` tells the caller to render whole.
 */
export function renderPageInPieces(page: PageName, model: Record<string, unknown>, pieces: PagePieces): Iterable<string> | null {
  const compiled = compiledPage(page);
  const rows = model[pieces.rowsField];
  if (!Array.isArray(rows)) return null;
  const shell = renderPage(page, { ...model, [pieces.rowsField]: [{ partial: ROWS_MARKER_PARTIAL }], [pieces.embeddedField]: EMBEDDED_MARKER });
  const embeddedMarker = TEMPLATE_HELPERS.embedJson(EMBEDDED_MARKER).toString();
  const rowsAt = shell.indexOf(ROWS_MARKER);
  const embeddedAt = shell.indexOf(embeddedMarker);
  if (rowsAt < 0 || embeddedAt < rowsAt || shell.lastIndexOf(ROWS_MARKER) !== rowsAt || shell.lastIndexOf(embeddedMarker) !== embeddedAt) return null;
  const rowsSpec = precompiledTemplates().get(sourceKey(ROWS_SOURCE));
  compiled.rows ??= rowsSpec !== undefined ? compiled.environment.template(rowsSpec) : withCompiler(compiled.compiler).compile(ROWS_SOURCE, { ...COMPILE_OPTIONS });
  const rowTemplate = compiled.rows;
  const embedded = model[pieces.embeddedField];
  return (function* piecesOfPage(): Generator<string> {
    yield shell.slice(0, rowsAt);
    for (let start = 0; start < rows.length; ) {
      let end = start;
      for (let weight = 0; end < rows.length && weight < pieces.rowsPerPiece; end++) weight += pieces.weight(rows[end]);
      yield renderRows(page, rowTemplate, rows.slice(start, end));
      start = end;
    }
    yield shell.slice(rowsAt + ROWS_MARKER.length, embeddedAt);
    yield TEMPLATE_HELPERS.embedJson(embedded).toString();
    yield shell.slice(embeddedAt + embeddedMarker.length);
  })();
}

function renderRows(page: PageName, template: Handlebars.TemplateDelegate, rows: readonly unknown[]): string {
  try {
    return template({ rows });
  } catch (error) {
    throw new RedlineError('bad-template', `rendering ${PAGES[page].label} failed (${firstLine(error)})`, 'Check the templates against docs/templates.md (field names are listed there).');
  }
}

/** The page script as it is inlined: the text whose hash the policy allows. */
export function pageScript(page: PageName): string {
  const file = join(CLIENT_SCRIPTS_DIR, PAGES[page].script.file);
  let source = scripts.get(file);
  if (source === undefined) {
    if (!existsSync(file)) {
      throw new RedlineError('missing-build', 'the page script is missing', 'Run npm run build: it compiles src/report/client/ to dist/client/.', file);
    }
    source = readFileSync(file, 'utf8');
    scripts.set(file, source);
  }
  return source;
}

function compiledPage(page: PageName, overridesDir?: string): CompiledPage {
  const key = `${TEMPLATES_DIR}\u0000${page}\u0000${overridesDir ? resolve(overridesDir) : ''}`;
  const cached = compiledPages.get(key);
  if (cached) return cached;

  const definition = PAGES[page];
  const builtIn = readTemplateFolder(join(TEMPLATES_DIR, definition.folder));
  if (definition.borrows) {
    const reportTemplates = readTemplateFolder(join(TEMPLATES_DIR, PAGES.report.folder));
    for (const name of definition.borrows) builtIn.set(name, reportTemplates.get(name)!);
  }
  const overrides = overridesDir ? readOverrides(overridesDir) : new Map<string, string>();
  // Every template precompiled (built-in, unchanged since the build, the rows' too): the runtime runs them, and the
  // compiler is never loaded; an override or a template edited since the build needs the whole of Handlebars.
  const allPrecompiled =
    overrides.size === 0 && [...builtIn.values(), ROWS_SOURCE].every((source) => precompiledTemplates().has(sourceKey(source)));
  const compiler = allPrecompiled ? null : handlebarsModule().create();
  const handlebars: HandlebarsRuntime = compiler ?? handlebarsRuntime().create();
  handlebars.registerHelper(TEMPLATE_HELPERS);
  const script = pageScript(page);
  // The project's own script is a partial that returns its text: placed by the page, never replaced by an override.
  handlebars.registerPartial(definition.script.partial, () => script);
  let template: Handlebars.TemplateDelegate | null = null;
  for (const [name, builtInSource] of builtIn) {
    const source = overrides.get(name) ?? builtInSource;
    const ready = overrides.has(name) ? undefined : precompiledTemplates().get(sourceKey(source));
    if (ready !== undefined) {
      const built = handlebars.template(ready);
      compilations += 1;
      precompiledUses += 1;
      if (name === page) template = built;
      else handlebars.registerPartial(name, built);
      continue;
    }
    // Parsed now, not when first used: a broken override fails even when no row of its kind is on the page.
    try {
      withCompiler(compiler).parse(source);
    } catch (error) {
      throw new RedlineError(
        'bad-template',
        `the template ${name}.hbs does not parse (${firstLine(error)})`,
        'Fix it, or remove it to use the built-in one (docs/templates.md).',
        overrides.has(name) ? overridesDir : TEMPLATES_DIR,
      );
    }
    const compiled = withCompiler(compiler).compile(source, { ...COMPILE_OPTIONS });
    compilations += 1;
    if (name === page) template = compiled;
    else handlebars.registerPartial(name, compiled);
  }
  if (!template) throw new Error(`the built-in template ${page}.hbs is missing from ${TEMPLATES_DIR}`);
  handlebars.registerPartial(ROWS_MARKER_PARTIAL, () => ROWS_MARKER);
  const entry: CompiledPage = { template, scriptSource: script, environment: handlebars, compiler, rows: null };
  compiledPages.set(key, entry);
  return entry;
}

/** The compiler of a page some of whose templates were not precompiled (then it was loaded: `compiledPage`). */
function withCompiler(compiler: typeof Handlebars | null): typeof Handlebars {
  if (compiler === null) throw new Error('a template left to compile on a page whose templates were all precompiled');
  return compiler;
}

/** Every template name an override may replace, across all pages: one `--templates` folder serves them all. */
function knownTemplateNames(): Set<string> {
  const names = new Set<string>();
  for (const definition of Object.values(PAGES)) {
    for (const name of readTemplateFolder(join(TEMPLATES_DIR, definition.folder)).keys()) names.add(name);
  }
  return names;
}

/** The user's templates, refused when the folder is missing or a file replaces no template. */
function readOverrides(overridesDir: string): Map<string, string> {
  if (!existsSync(overridesDir) || !statSync(overridesDir).isDirectory()) {
    throw new RedlineError('not-found', 'the templates folder does not exist', 'Give --templates a folder holding .hbs files.', overridesDir);
  }
  const overrides = readTemplateFolder(overridesDir);
  const known = knownTemplateNames();
  for (const name of overrides.keys()) {
    if (!known.has(name)) {
      throw new RedlineError(
        'unknown-template',
        `${name}.hbs replaces no template`,
        `Name an override after the template it replaces: ${[...known].sort().join(', ')}.`,
        overridesDir,
      );
    }
  }
  return overrides;
}

/**
 * Read every `.hbs` file of a folder and of its `partials/` subfolder, by name (`partials/` wins a tie), in name
 * order. A folder named like a template is refused: it is a mistake that would otherwise be silently skipped.
 */
/** Largest template file read from `--templates` (the built-in report template with its partials is under 100 KB). */
const MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;

function readTemplateFolder(dir: string): Map<string, string> {
  const templates = new Map<string, string>();
  for (const folder of [dir, join(dir, 'partials')]) {
    if (!existsSync(folder)) continue;
    const entries = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.name.endsWith('.hbs'));
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      // Read within bounds, as every file an option names: a regular file of sane size (a link to /dev/zero or a FIFO
      // named like a template would never end; report/ reads only the contract, so the check is local, not io.ts's).
      const info = statSync(path);
      if (info.isDirectory()) throw new RedlineError('bad-template', `${entry.name} is a folder, not a template`, 'Rename or remove it; templates are .hbs files.', path);
      if (!info.isFile()) throw new RedlineError('bad-template', `${entry.name} is not a regular file (a device or a named pipe)`, 'Replace it with a .hbs file.', path);
      if (info.size > MAX_TEMPLATE_BYTES) throw new RedlineError('bad-template', `${entry.name} is over the ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB limit of a template`, 'Name the right folder: a template is a small text file.', path);
      const source = readFileSync(path, 'utf8');
      if (Buffer.byteLength(source) > MAX_TEMPLATE_BYTES) throw new RedlineError('bad-template', `${entry.name} grew over the limit of a template while it was read`, 'Name a file that is not being written.', path);
      templates.set(entry.name.slice(0, -'.hbs'.length), source);
    }
  }
  return templates;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0].trim();
}

/**
 * Put a Content-Security-Policy meta tag first in `<head>`, allowing the page's own inline styles and exactly the
 * project's script for the page, by hash, and nothing else (no network, no other scripts). Script hashes come from
 * the registry, not from the rendered page: a template that pastes document text into a `<script>` gets it blocked.
 * Styles are hashed as rendered, since `styles.hbs` may be overridden.
 */
function withContentSecurityPolicy(html: string, scriptSources: readonly string[]): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) {
    throw new RedlineError(
      'bad-template',
      'the rendered page has no <head> element, so its Content-Security-Policy has nowhere to go',
      'Keep the <head> element in the page template.',
    );
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const policy = [
    "default-src 'none'",
    `style-src ${sourceHashes(styles)}`,
    `script-src ${sourceHashes(scriptSources)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `\n<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

function sourceHashes(sources: readonly string[]): string {
  if (sources.length === 0) return "'none'";
  return sources.map((source) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`).join(' ');
}
