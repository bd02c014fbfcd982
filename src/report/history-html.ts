import type { HistoryResult } from '../types.js';
import { buildHistoryViewModel } from './history-view-model.js';
import { renderPage } from './templates.js';

/** How `renderHistoryHtml` renders. */
export interface HistoryHtmlOptions {
  /** A folder whose `<name>.hbs` files replace the built-in templates of that name. */
  templatesDir?: string;
  /** ISO 8601 generation time printed in the page; omitted means "not recorded", so output depends on input only. */
  generatedAt?: string;
  /** Link back to a batch index (a batch's series history: `../index.html`). */
  indexHref?: string;
}

/** Render a history as a self-contained HTML page (positions × versions): same input, byte-identical output. */
export function renderHistoryHtml(result: HistoryResult, options: HistoryHtmlOptions = {}): string {
  return renderPage('history', buildHistoryViewModel(result, { generatedAt: options.generatedAt, indexHref: options.indexHref }), options.templatesDir);
}
