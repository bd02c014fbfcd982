import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { RedlineResult } from '../types.js';
import { RedlineError } from '../errors.js';
import { buildViewModel, type DiffSegment } from './view-model.js';

/** How `renderHtml` renders: template overrides, the generation time to print, which comparison. */
export interface HtmlOptions {
  /** A folder whose `<name>.hbs` files (or `partials/<name>.hbs`) replace the built-in page or partials of that name. */
  templatesDir?: string;
  /** ISO 8601 generation time printed in the page; omitted means "not recorded", so output depends on input only. */
  generatedAt?: string;
  /** Index of the comparison to render; default 0. */
  comparison?: number;
}

/** The built-in templates: `report.hbs` (the page) and `partials/*.hbs` (one per visual unit). */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const PAGE = 'report';

/** Render one comparison of a result as a self-contained HTML page: same input, byte-identical output. */
export function renderHtml(result: RedlineResult, options: HtmlOptions = {}): string {
  const templates = loadTemplates(options.templatesDir);
  const handlebars = Handlebars.create();
  handlebars.registerHelper('inlineDiff', inlineDiff);
  handlebars.registerHelper('embedJson', embedJson);
  for (const [name, source] of templates.partials) {
    // Parsed now, not when first used: a broken override fails even when no row of its kind is on the page.
    try {
      handlebars.parse(source);
    } catch (error) {
      throw new RedlineError('bad-template', `the template ${name}.hbs does not parse (${firstLine(error)})`, 'Fix it, or remove it to use the built-in one (docs/templates.md).', options.templatesDir);
    }
    handlebars.registerPartial(name, handlebars.compile(source, COMPILE_OPTIONS));
  }
  const model = buildViewModel(result, { generatedAt: options.generatedAt, comparison: options.comparison });
  let html: string;
  try {
    html = handlebars.compile(templates.page, COMPILE_OPTIONS)(model);
  } catch (error) {
    throw new RedlineError(
      'bad-template',
      `rendering the report failed (${firstLine(error)})`,
      'Check the templates given with --templates against docs/templates.md (field names are listed there).',
      options.templatesDir,
    );
  }
  return withContentSecurityPolicy(html);
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0].trim();
}

// strict: a misspelt field in a (user) template fails loudly instead of printing nothing.
// preventIndent: partials are pasted as written, so the page's text is exactly the view model's.
const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

/** Escape each diff run and mark insertions and deletions: the one helper that produces markup from text. */
function inlineDiff(segments: DiffSegment[]): Handlebars.SafeString {
  let html = '';
  for (const segment of segments) {
    const text = Handlebars.Utils.escapeExpression(segment.text);
    if (segment.op === 'insert') html += `<ins>${text}</ins>`;
    else if (segment.op === 'delete') html += `<del>${text}</del>`;
    else html += text;
  }
  return new Handlebars.SafeString(html);
}

/**
 * JSON for a `<script type="application/json">` block. The HTML parser ends a script at `</script` and changes
 * state at `<!--`, whatever the type; escaping every `<`, `>` and `&` as a JSON `\u` escape makes both impossible
 * while `JSON.parse` still returns the same value. U+2028/2029 are escaped for older JavaScript parsers.
 */
export function embedJson(value: unknown): Handlebars.SafeString {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return new Handlebars.SafeString(json);
}

/**
 * Put a Content-Security-Policy meta tag first in `<head>`, allowing exactly the page's own inline style and
 * script by hash and nothing else (no network, no other scripts). Hashing the rendered output, not the
 * templates, keeps the policy right when a user overrides the styles or script partials.
 */
function withContentSecurityPolicy(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) {
    throw new RedlineError(
      'bad-template',
      'the rendered page has no <head> element, so its Content-Security-Policy has nowhere to go',
      'Keep the <head> element in report.hbs.',
    );
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const policy = [
    "default-src 'none'",
    `style-src ${sourceHashes(styles)}`,
    `script-src ${sourceHashes(scripts)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `\n<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

function sourceHashes(sources: string[]): string {
  if (sources.length === 0) return "'none'";
  return sources.map((source) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`).join(' ');
}

/** The page template and partials, built-ins overlaid by the user's folder. */
interface TemplateSet {
  page: string;
  partials: Map<string, string>;
}

function loadTemplates(overridesDir?: string): TemplateSet {
  const builtIn = readTemplateFolder(DEFAULT_TEMPLATES_DIR);
  if (!overridesDir) return builtIn;
  if (!existsSync(overridesDir) || !statSync(overridesDir).isDirectory()) {
    throw new RedlineError('not-found', 'the templates folder does not exist', 'Give --templates a folder holding .hbs files.', overridesDir);
  }
  const overrides = readTemplateFolder(overridesDir);
  for (const name of overrides.partials.keys()) {
    if (!builtIn.partials.has(name)) {
      const known = [PAGE, ...builtIn.partials.keys()].sort().join(', ');
      throw new RedlineError(
        'unknown-template',
        `${name}.hbs replaces no template`,
        `Name an override after the template it replaces: ${known}.`,
        overridesDir,
      );
    }
  }
  return {
    page: overrides.page || builtIn.page,
    partials: new Map([...builtIn.partials, ...overrides.partials]),
  };
}

/** Read `report.hbs` and every other `.hbs` file of a folder and its `partials/` subfolder, in name order. */
function readTemplateFolder(dir: string): TemplateSet {
  let page = '';
  const partials = new Map<string, string>();
  for (const folder of [dir, join(dir, 'partials')]) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.hbs')).sort()) {
      const name = basename(file, '.hbs');
      const source = readFileSync(join(folder, file), 'utf8');
      if (name === PAGE) page = source;
      else partials.set(name, source);
    }
  }
  return { page, partials };
}
