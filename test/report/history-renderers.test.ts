import { beforeAll, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { buildHistoryViewModel } from '../../src/report/history-view-model.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { positionTags } from '../../src/report/history-labels.js';
import type { HistoryResult } from '../../src/types.js';
import { documentOf } from '../helpers/build-documents.js';

const A = 'Welcomes the report of the Secretary-General on the oceans and the law of the sea.';
const B = 'Encourages States to cooperate on the protection of marine biodiversity in areas beyond national jurisdiction.';
const B2 = 'Urges all States to cooperate closely on the protection of marine biodiversity in areas beyond national jurisdiction.';
const C = 'Decides to remain seized of the matter and to consider it at its next session.';

let result: HistoryResult;
beforeAll(async () => {
  result = await compareVersions([documentOf([A, B, C], 'draft.txt'), documentOf([A, C], 'revised.txt'), documentOf([A, B2, C], 'final.txt')]);
});

describe('buildHistoryViewModel', () => {
  it('gives each position its tags, strip cells and changed steps, read off the table', () => {
    const model = buildHistoryViewModel(result, { generatedAt: '2026-01-01T00:00:00Z' });
    expect(model.positions.map((position) => position.tags)).toEqual(['unchanged', 'dropped reinstated', 'unchanged']);
    const returned = model.positions[1];
    expect(returned.cells.map((cell) => cell.state)).toEqual(['first', 'absent', 'reinstated']);
    expect(returned.cells[1].description).toBe('revised: absent');
    expect(returned.steps).toHaveLength(1);
    expect(returned.steps[0]).toMatchObject({ heading: 'draft → final', kind: 'reinstated, modified, substantive', similarity: '84%' });
    expect(returned.steps[0].signals[0]).toEqual({ summary: 'commitment strengthened: encourage → urge', tone: 'stronger' });
    expect(returned.steps[0].segments.filter((segment) => segment.op === 'insert').map((segment) => segment.text)).toEqual(['Urges all ', 'closely ']);
    expect(returned.text).toBe(B2);
    expect(model.filters.find((filter) => filter.tag === 'reinstated')).toMatchObject({ count: 1, disabled: false });
    expect(model.labelledStrip).toBe(true);
    expect(model.titlesDiffer).toBe(true);
  });

  it('tags a position with nothing after its first appearance as unchanged', () => {
    expect(result.history.positions.map(positionTags)).toEqual([['unchanged'], ['dropped', 'reinstated'], ['unchanged']]);
  });
});

describe('the history renderers', () => {
  it('say so when nothing changed in any version', async () => {
    const same = await compareVersions([documentOf([A, C], 'a.txt'), documentOf([A, C], 'b.txt')]);
    expect(renderHistoryText(same, { color: false })).toContain('No changes: every position is the same in every version.');
    expect(renderHistoryMarkdown(same)).toContain('No changes: every position is the same in every version.');
  });

  it('lists unchanged positions in the text only when asked', () => {
    const quiet = renderHistoryText(result, { color: false });
    const full = renderHistoryText(result, { color: false, showUnchanged: true });
    expect(quiet).not.toContain('#1 ¶ 1 [unchanged]');
    expect(full).toContain('#1 ¶ 1 [unchanged]\n  in draft · unchanged to final\n');
  });

  it('renders the same page twice byte for byte, with one position per row', () => {
    const html = renderHistoryHtml(result, { generatedAt: '2026-01-01T00:00:00Z' });
    expect(renderHistoryHtml(result, { generatedAt: '2026-01-01T00:00:00Z' })).toBe(html);
    expect(html.match(/<article class="position/g)).toHaveLength(3);
    expect(html).toContain('<p class="timeline">in draft · dropped in revised · reinstated in final (strengthened: encourage → urge)</p>');
  });

  it('names its first and last versions in the print\'s running head, the page number beside it', () => {
    const html = renderHistoryHtml(result);
    expect(html).toMatch(/@top-left \{ content: "History: [^"]+ → [^"]+ \(3 versions\)"/);
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
  });
});
