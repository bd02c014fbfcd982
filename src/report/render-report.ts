import type { RedlineResult, ReportFormat } from '../types.js';
import { renderHtml, renderHtmlPieces, type HtmlOptions } from './html.js';
import { renderMarkdown } from './markdown.js';

/** Render a result in one of the report formats: the one call `redline report` and `compare --format` need. */
export function renderReport(result: RedlineResult, format: ReportFormat, options: HtmlOptions = {}): string {
  return format === 'html' ? renderHtml(result, options) : renderMarkdown(result);
}

/** `renderReport`'s text as pieces to write as they come (the HTML page rendered a few hundred rows at a time). */
export function renderReportPieces(result: RedlineResult, format: ReportFormat, options: HtmlOptions = {}): Iterable<string> {
  return format === 'html' ? renderHtmlPieces(result, options) : [renderMarkdown(result)];
}
