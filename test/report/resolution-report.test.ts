import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { renderUnified } from '../../src/report/unified.js';
import { readEmbeddedResult } from '../../src/report/embedded.js';
import { changedFacts, paragraphAnchor, paragraphCitation, placeLabel, spanRef, type ResultDocument } from '../../src/report/labels.js';
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
    expect(placeLabel([{ label: 'OP 4' }, { label: 'OP 5' }], [0, 1])).toBe('OP 4+OP 5');
    expect(placeLabel([{ label: null }, {}], [0, 1])).toBe('1–2');
    // The enacting formula has no label: a group that holds it names it by its running count.
    expect(placeLabel([{ label: null }, { label: 'PP 1' }], [0, 1])).toBe('¶ 1+PP 1');
    expect(spanRef([{ label: 'PP 1' }, { label: 'PP 2' }, { label: 'OP 1' }], [0, 1, 2])).toBe('PP 1 to OP 1');
    expect(spanRef([{}, {}, {}], [0, 1, 2])).toBe('¶ 1–3');
  });

  it('anchors a labelled paragraph by side and label, any other by side and running count', () => {
    expect(paragraphAnchor('right', { index: 80, label: 'OP 17' })).toBe('new-OP17');
    expect(paragraphAnchor('left', { index: 3, label: 'PP 3' })).toBe('old-PP3');
    expect(paragraphAnchor('right', { index: 9, label: 'OP 5 (a) (ii)' })).toBe('new-OP5-a-ii');
    expect(paragraphAnchor('right', { index: 9, label: 'Art. 2 (k)' })).toBe('new-Art2-k');
    expect(paragraphAnchor('right', { index: 9, label: 'Art. 5 (2) (cont.)' })).toBe('new-Art5-2-cont');
    expect(paragraphAnchor('left', { index: 9, label: 'Annex I PP 3' })).toBe('old-Annex-I-PP3');
    expect(paragraphAnchor('left', { index: 11, label: null })).toBe('p-left-12');
    expect(paragraphCitation({ index: 11, label: 'II OP 1' })).toBe('II OP 1');
    expect(paragraphCitation({ index: 11 })).toBe('¶ 12');
  });
});

describe.skipIf(!HAS_SHARED)(`a resolution and its next session's version${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('shows OP/PP labels and the document facts in text, Markdown and HTML', async () => {
    const result = await compare(join(ATT, 'A_RES_79_52.txt'), join(ATT, 'A_RES_80_46.txt'));
    const text = renderText(result, { color: false });
    expect(text).toContain('[new] right OP 15');
    expect(text).toContain('OP 15 → OP 16');
    expect(text).toContain('    session: Seventy-ninth session → Eightieth session');
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('- Resolution: 79/52 → 80/46');
    expect(markdown).toMatch(/^\| OP 15 \| OP 16 \| /m);
    const html = renderHtml(result);
    expect(html).toContain('<th scope="row">Meeting</th><td class="">43rd plenary meeting</td><td class="">52nd plenary meeting</td>');
    // Each paragraph is cited by its label alone (no running count, no printed number beside it), and anchored by it.
    expect(html).toMatch(/<p class="para" id="old-OP15" dir="auto"><a href="#old-OP15" dir="ltr">OP 15<\/a> /);
    expect(html).toMatch(/<p class="para" id="new-OP16" dir="auto"><a href="#new-OP16" dir="ltr">OP 16<\/a> /);
    expect(html).toMatch(/<p class="para" id="new-PP3" dir="auto"><a href="#new-PP3" dir="ltr">PP 3<\/a> /);
    expect(html).toContain('<p class="side-label">Newer OP 16</p>');
    expect(html).toContain('<span class="renumbered">Renumbered OP 15 → OP 16</span>');
    expect(html).not.toMatch(/<a href="#(?:old|new)-[^"]*"(?: dir="ltr")?>[^<]*<\/a> <span class="num">/);
    // No running count: the enacting formula is `formula` on both sides (it was `¶ 1`, trial 14b/14c).
    expect([...html.matchAll(/<a href="#p-(?:left|right)-([^"]+)" dir="ltr">/g)].map((match) => match[1])).toEqual(['formula', 'formula']);
    expect(readEmbeddedResult(html)).toEqual(result);
    const unified = renderUnified(result);
    expect(unified).toMatch(/^-OP 15 /m);
    expect(unified).toMatch(/^\+OP 16 /m);
  });

  // Issue 23: "editorial, with the reason shown"; "a paragraph that is routine except for one clause says which clause is the change".
  it('shows why an editorial or routine row is no negotiated change, and escapes a one-clause change (A/RES/79/52 → 80/46)', async () => {
    const result = await compare(join(ATT, 'A_RES_79_52.txt'), join(ATT, 'A_RES_80_46.txt'));
    const rows = buildViewModel(result).entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]));
    const byLabel = (label: string) => rows.find((row) => row.partial === 'row' && row.rightLabel === label);
    const op11 = byLabel('OP 11');
    const op1 = byLabel('OP 1');
    const pp12 = byLabel('PP 12');
    expect(op11?.partial === 'row' && [op11.reasons, op11.change]).toEqual([{ label: 'Routine', items: ['verb aged with the event: Welcomes → Recalls'] }, null]);
    expect(pp12?.partial === 'row' && pp12.reasons).toEqual({ label: 'Editorial', items: ['case: parties → Parties'] });
    // OP 1 (the Conference at its next edition with the year's priority theme) is routine whole since rules21: the
    // drafters read the theme as the Conference's own record ("not"), so no clause of it is the change.
    expect(op1?.partial === 'row' && [op1.reasons?.label, op1.change]).toEqual(['Routine', null]);
    const html = renderHtml(result);
    expect(html).toContain('<span class="reasons">Routine: <span class="reason">verb aged with the event: Welcomes → Recalls</span></span>');
    expect(html).toContain('<span class="reasons">Editorial: <span class="reason">case: parties → Parties</span></span>');
    // Document text in a reason or a clause is escaped like every other text of the page.
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified');
    if (finding?.kind !== 'modified') throw new Error('the pair has a modified paragraph');
    finding.change = { before: '<b>old</b> & co', after: 'new "clause"' };
    finding.reasons = ['yearly succession: <i>2024</i> → 2025'];
    const escaped = renderHtml(result);
    expect(escaped).toContain('<q class="change-before">&lt;b&gt;old&lt;/b&gt; &amp; co</q> → <q class="change-after">new &quot;clause&quot;</q>');
    expect(escaped).toContain('<span class="reason">yearly succession: &lt;i&gt;2024&lt;/i&gt; → 2025</span>');
  });
});

