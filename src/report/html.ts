import type { RedlineResult } from '../types.js';
import { renderPage, renderPageInPieces } from './templates.js';
import { buildViewModel, type EntryView, type UnchangedRunView } from './view-model.js';
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
  if (!options.templatesDir) return [...renderHtmlPieces(result, options)].join('');
  const model = buildViewModel(result, { generatedAt: options.generatedAt, comparison: options.comparison, indexHref: options.indexHref });
  const html = renderPage('report', model, options.templatesDir);
  // The embedded block leaves out the texts the page shows. An override may draw paragraphs its own way: when the page
  // does not give them back, the block holds every text instead, so the result can always be read from the page.
  try {
    readEmbeddedResult(html);
    return html;
  } catch {
    return renderPage('report', { ...model, embedded: packResult(result, options.comparison ?? 0, new Set()) }, options.templatesDir);
  }
}

/** Rows of the report rendered into one piece of `renderHtmlPieces` (a folded run of unchanged rows is never split). */
const ROWS_PER_PIECE = 256;

/**
 * The page of `renderHtml` as pieces, rendered one at a time as they are taken: written to a file as they come
 * (`redline report -o`), a long report never holds its whole page (19 MB on 10,000 paragraphs) beside the view model.
 * Joined, the pieces are `renderHtml`'s page, byte for byte. With override templates, one piece: the page rendered whole.
 */
export function renderHtmlPieces(result: RedlineResult, options: HtmlOptions = {}): Iterable<string> {
  if (options.templatesDir) return [renderHtml(result, options)];
  const model = buildViewModel(result, { generatedAt: options.generatedAt, comparison: options.comparison, indexHref: options.indexHref });
  return renderPageInPieces('report', { ...model }, {
    rowsField: 'entries',
    embeddedField: 'embedded',
    rowsPerPiece: ROWS_PER_PIECE,
    weight: (entry) => ((entry as EntryView).partial === 'unchanged-run' ? (entry as UnchangedRunView).rows.length : 1),
  }) ?? [renderPage('report', model)];
}
