import type { RedlineResult, ReportFormat } from '../types.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderMarkdown } from './markdown.js';

/** Render a result in one of the report formats: the one call `redline report` and `compare --format` need. */
export function renderReport(result: RedlineResult, format: ReportFormat, options: HtmlOptions = {}): string {
  return format === 'html' ? renderHtml(result, options) : renderMarkdown(result);
}
