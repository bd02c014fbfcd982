import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { changedFacts, placeLabel, type ResultDocument } from '../../src/report/labels.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ATT = join(SHARED_DATA, 'un-resolutions/texts/series/the-arms-trade-treaty');

describe('document facts', () => {
  const base = { id: 'x', title: 'T', date: null, path: 'x.txt', sha256: '0'.repeat(64), paragraphs: [] } satisfies ResultDocument;
  it('lists the official facts that changed, draft → adopted with its sponsors', () => {
    const draft: ResultDocument = { ...base, status: { stage: 'draft', sponsors: ['Singapore'] }, issued: '2023-10-20' };
    const adopted: ResultDocument = { ...base, status: { stage: 'adopted', by: 'General Assembly', on: '2023-12-04' }, issued: '2023-12-06', meeting: '42nd plenary meeting' };
    expect(changedFacts(draft, adopted)).toEqual([
      { label: 'Status', left: 'draft (Singapore)', right: 'adopted by the General Assembly on 2023-12-04' },
      { label: 'Issued', left: '2023-10-20', right: '2023-12-06' },
      { label: 'Meeting', left: '', right: '42nd plenary meeting' },
    ]);
    expect(changedFacts(base, base)).toEqual([]);
  });

  it('cites labels where the paragraphs carry them, positions elsewhere', () => {
    expect(placeLabel([{ label: 'OP4' }, { label: 'OP5' }], [0, 1])).toBe('OP4+OP5');
    expect(placeLabel([{ label: null }, {}], [0, 1])).toBe('1–2');
  });
});

describe.skipIf(!HAS_SHARED)(`a resolution and its next session's version${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('shows OP/PP labels and the document facts in text, Markdown and HTML', async () => {
    const result = await compare(join(ATT, 'A_RES_79_52.txt'), join(ATT, 'A_RES_80_46.txt'));
    const text = renderText(result, { color: false });
    expect(text).toContain('[new] right OP15');
    expect(text).toContain('OP15 → OP16');
    expect(text).toContain('    session: Seventy-ninth session → Eightieth session');
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('- Resolution: 79/52 → 80/46');
    expect(markdown).toMatch(/^\| OP15 \| OP16 \| /m);
    const html = renderHtml(result);
    expect(html).toContain('<th scope="row">Meeting</th><td class="">43rd plenary meeting</td><td class="">52nd plenary meeting</td>');
    expect(html).toContain('OP15');
  });
});
