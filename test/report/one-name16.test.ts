import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { documentFromText } from '../../src/ingest/load-document.js';
import { HISTORY_TAGS, HISTORY_TAG_LABELS } from '../../src/report/history-labels.js';
import { renderHistoryHtml } from '../../src/report/history-html.js';
import { renderHistoryText } from '../../src/report/history-text.js';
import { ROW_TAGS, TAG_LABELS } from '../../src/report/labels.js';

// Trial 16c defect 12 (issue 23): the pair report said "Substantive 7" and "New 2", the history page "Reworded 9" and
// "Added 3" for the same classes, its text `[added]` and "added 3". One concept, one name (README, "One name per concept").
describe('one name per concept: the history names its classes as the pair report does', () => {
  it('every tag both pages filter by has the same label on both', () => {
    const shared = HISTORY_TAGS.filter((tag) => (ROW_TAGS as readonly string[]).includes(tag));
    expect(shared).toEqual(['substantive', 'new', 'dropped', 'split', 'merged', 'moved', 'routine', 'editorial', 'unchanged']);
    for (const tag of shared) expect(HISTORY_TAG_LABELS[tag].label, tag).toBe(TAG_LABELS[tag as keyof typeof TAG_LABELS].label);
    expect(Object.values(HISTORY_TAG_LABELS).map((entry) => entry.label)).not.toContain('Reworded');
    expect(Object.values(HISTORY_TAG_LABELS).map((entry) => entry.label)).not.toContain('Added');
  });

  it('the history page and text say "Substantive" and "New"', async () => {
    const texts = [
      'We encourage States to cooperate on the matter.\n\nWe note the report.\n',
      'We urge all States to cooperate closely on the matter.\n\nWe note the report.\n\nWe welcome the new initiative of the Secretary-General.\n',
    ];
    const history = await compareVersions(texts.map((text, k) => documentFromText(text, { path: `v${k + 1}.txt` })));
    const html = renderHistoryHtml(history);
    expect(html).toMatch(/>Substantive</);
    expect(html).toMatch(/class="badge badge-h-new">New</);
    expect(html).not.toMatch(/Reworded|>Added</);
    const text = renderHistoryText(history, { color: false });
    expect(text).toContain('· new 1 ·');
    expect(text).toContain('[new]');
    expect(text).not.toContain('[added]');
  });
});
