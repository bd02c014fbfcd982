import type { RedlineResult } from '../types.js';
import { renderPage } from './templates.js';
import { buildViewModel } from './view-model.js';

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
  return renderPage('report', model, options.templatesDir);
}
