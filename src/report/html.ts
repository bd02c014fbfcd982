import type { RedlineResult } from '../types.js';
import { renderPage } from './templates.js';
import { buildViewModel } from './view-model.js';
import { packResult, readEmbeddedResult } from './embedded.js';

/** How `renderHtml` renders: template overrides, the generation time to print, which comparison. */
export interface HtmlOptions {
  /** A folder whose `<name>.hbs` files (or `partials/<name>.hbs`) replace the built-in templates of that name. */
  templatesDir?: string;
  /** ISO 8601 generation time printed in the page; omitted means "not recorded", so output depends on input only. */
  generatedAt?: string;
  /** Index of the comparison to render; default 0. */
  comparison?: number;
  /** A link back to the page that lists this report (a batch's `index.html`), or none. */
  indexHref?: string;
}

/** Render one comparison of a result as a self-contained HTML page: same input, byte-identical output. */
export function renderHtml(result: RedlineResult, options: HtmlOptions = {}): string {
  const model = buildViewModel(result, { generatedAt: options.generatedAt, comparison: options.comparison, indexHref: options.indexHref });
  const html = renderPage('report', model, options.templatesDir);
  if (!options.templatesDir) return html;
  // The embedded block leaves out the texts the page shows. An override may draw paragraphs its own way: when the page
  // does not give them back, the block holds every text instead, so the result can always be read from the page.
  try {
    readEmbeddedResult(html);
    return html;
  } catch {
    return renderPage('report', { ...model, embedded: packResult(result, options.comparison ?? 0, new Set()) }, options.templatesDir);
  }
}
