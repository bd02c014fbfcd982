import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import type { DiffSegment } from './view-model.js';

let handlebarsModule: typeof Handlebars | null = null;

/**
 * Handlebars, required on first render rather than imported: `import { compare }` should not pay for the template
 * engine (and its source-map dependency) when the caller never renders HTML. Sync, so the renderers stay sync.
 */
export function handlebars(): typeof Handlebars {
  handlebarsModule ??= createRequire(import.meta.url)('handlebars') as typeof Handlebars;
  return handlebarsModule;
}

/**
 * What `handlebars/runtime` exports: the full package less its parser and compiler. Typed apart so that calling
 * `compile` or `parse` on it is a type error, not an "is not a function" at render time.
 */
export type HandlebarsRuntime = Omit<typeof Handlebars, 'compile' | 'precompile' | 'parse' | 'parseWithoutProcessing' | 'create'> & {
  create(): HandlebarsRuntime;
};

let runtimeModule: HandlebarsRuntime | null = null;

/**
 * Handlebars' runtime alone (no parser, no compiler): enough to run templates precompiled at build time, the helpers'
 * escaping and `SafeString` (the same code as the full package's). Requiring the whole package cost about 0.02 s of CPU
 * more, a fiftieth of the FOMC report (issue 21 round 5). Its `compile` is absent: callers that compile use `handlebars()`.
 */
export function handlebarsRuntime(): HandlebarsRuntime {
  runtimeModule ??= createRequire(import.meta.url)('handlebars/runtime') as HandlebarsRuntime;
  return runtimeModule;
}

/** Escape each diff run and mark insertions and deletions: the one helper that produces markup from text. */
function inlineDiff(segments: DiffSegment[]): Handlebars.SafeString {
  let html = '';
  for (const segment of segments) {
    const text = handlebarsRuntime().Utils.escapeExpression(segment.text);
    if (segment.op === 'insert') html += `<ins>${text}</ins>`;
    else if (segment.op === 'delete') html += `<del>${text}</del>`;
    else if (segment.op === 'joint') html += `<span class="joint">${text}</span>`;
    else html += text;
  }
  return new (handlebarsRuntime().SafeString)(html);
}

/**
 * JSON for a `<script type="application/json">` block. The HTML parser ends a script at `</script` and changes
 * state at `<!--`, whatever the type; escaping every `<`, `>` and `&` as a JSON `\u` escape makes both impossible
 * while `JSON.parse` still returns the same value. U+2028/2029 are escaped for older JavaScript parsers.
 */
function embedJson(value: unknown): Handlebars.SafeString {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return new (handlebarsRuntime().SafeString)(json);
}

/**
 * Text as the inside of a double-quoted CSS string in a `<style>` block (the print's running head): the HTML parser
 * decodes no entity there, so the text is CSS-escaped instead, every character that could end the string or the block
 * (`\`, `"`, `<`, `>`, line breaks and other control characters) written as its code point (`\22 `, `\3C `).
 */
function cssString(text: unknown): Handlebars.SafeString {
  const escaped = String(text ?? '').replace(/[\\"<>\u0000-\u001f\u007f\u2028\u2029]/g, (character) => `\\${character.codePointAt(0)!.toString(16).toUpperCase()} `);
  return new (handlebarsRuntime().SafeString)(escaped);
}

/** The helpers every template may call, registered on each page's Handlebars environment. */
export const TEMPLATE_HELPERS = { inlineDiff, embedJson, cssString } as const;
