import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare, compareTexts } from '../../src/pipeline.js';
import { REVISION_AUTHOR, findingBookmark, renderDocx } from '../../src/report/docx.js';
import { KEY_CHANGES_SHOWN, firstKeyChanges, keyChanges } from '../../src/report/key-changes.js';
import { comparedDocuments } from '../../src/report/labels.js';
import { findSoffice, convertWithLibreOffice } from '../../src/report/pdf.js';
import type { RedlineResult } from '../../src/types.js';
import { blockStarting, seedBlocks, writeTemp } from '../helpers/edit-seed.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { DRAFT_L58 } from '../helpers/un-drafts.js';

/** The seed as a negotiator would edit it: a welcome weakened, a hedge put in, a paragraph dropped, one added, one moved to the end. */
function editedSeed(): string {
  const blocks = seedBlocks();
  blocks[blockStarting(blocks, 'We welcome the decision reached')] = blocks[blockStarting(blocks, 'We welcome the decision reached')].replace('We welcome the decision reached', 'We take note of the decision reached');
  blocks[blockStarting(blocks, 'We recognize the need to improve')] = blocks[blockStarting(blocks, 'We recognize the need to improve')].replace('We recognize the need to improve', 'We recognize the need, where appropriate, to improve');
  blocks.splice(blockStarting(blocks, 'We confirm the importance of both'), 1);
  blocks.splice(6, 0, 'We call upon all States to refrain from the use of ICTs for purposes inconsistent with international law.');
  const advocate = blocks.splice(blockStarting(blocks, 'We advocate'), 1)[0];
  blocks.push(advocate);
  return blocks.join('\n\n');
}

/** A part of the package as text. */
async function part(docx: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(name);
  if (!file) throw new Error(`no ${name} in the package`);
  return file.async('string');
}

/** XML text entities back to characters (the docx library escapes &, <, >, " and '). */
function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every tracked change of document.xml: its kind, author, date and text. */
function trackedChanges(xml: string): Array<{ kind: 'ins' | 'del'; author: string; date: string; text: string }> {
  return [...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:\1>/g)].map((match) => ({
    kind: match[1] as 'ins' | 'del',
    author: match[2],
    date: match[3],
    text: unescapeXml([...match[4].matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((text) => text[1]).join('')),
  }));
}

/** How many findings a result's comparisons hold: one bookmark each in the Word output. */
function comparisonFindings(result: RedlineResult): number {
  return result.comparisons.reduce((sum, comparison) => sum + comparison.findings.length, 0);
}

describe('renderDocx on the seed against an edited seed', () => {
  let result: RedlineResult;
  let docx: Uint8Array;
  let xml: string;

  beforeAll(async () => {
    result = await compare(SEED, writeTemp('edited.txt', editedSeed()));
    docx = await renderDocx(result);
    xml = await part(docx, 'word/document.xml');
  });

  it('writes every deletion and insertion of the word diff as a tracked change by redline, dated with the newer text', () => {
    const changes = trackedChanges(xml);
    expect(new Set(changes.map((change) => `${change.author} ${change.date}`))).toEqual(new Set([`${REVISION_AUTHOR} 2024-11-10T00:00:00Z`]));
    const texts = { ins: changes.filter((change) => change.kind === 'ins').map((change) => change.text), del: changes.filter((change) => change.kind === 'del').map((change) => change.text) };
    const comparison = result.comparisons[0];
    const { left, right } = comparedDocuments(result, comparison);
    let checked = 0;
    for (const finding of comparison.findings) {
      if (finding.kind === 'unchanged' && !finding.moved) continue;
      if (finding.kind === 'modified' && !finding.moved) {
        // Reworded in place: each piece of the word diff is its own tracked change, word for word.
        for (const piece of finding.diff) {
          if (piece.op === 'equal') continue;
          expect(texts[piece.op === 'insert' ? 'ins' : 'del']).toContain(piece.text);
          checked += 1;
        }
      } else {
        // New, dropped, moved: the paragraph whole, inserted at its newer place and deleted at its older one.
        for (const index of finding.right) expect(texts.ins).toContain(right.paragraphs[index].text);
        for (const index of finding.left) expect(texts.del).toContain(left.paragraphs[index].text);
        checked += finding.right.length + finding.left.length;
      }
    }
    // welcome → take note of (2 pieces), the hedge (a space → ', where appropriate, ': 2), the new and the dropped
    // paragraph, the moved one at both ends.
    expect(checked).toBe(8);
    expect(texts.del).toContain('welcome ');
    expect(texts.ins).toContain('take note of ');
    expect(texts.ins).toContain(', where appropriate, ');
  });

  it('puts each position shift and each move in a comment on its paragraph', async () => {
    const comments = await part(docx, 'word/comments.xml');
    const said = [...comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1]));
    // In the order of the body: the moved paragraph's older place (after ¶ 2) comes first.
    // Statement paragraphs named by their count after the title and date lines (session 13; before: ¶ 21, ¶ 5).
    expect(said).toEqual(['moved to newer ¶ 19', 'hedge added, weakened: where appropriate', 'commitment weakened: welcome → take note', 'moved from older ¶ 3']);
    expect([...comments.matchAll(/w:author="([^"]+)"/g)].map((match) => match[1])).toEqual(Array(4).fill(REVISION_AUTHOR));
    // Each comment spans a paragraph of the body: its range starts and ends there. Ids from 1, past the footnotes' (the
    // continuation separator is footnote 0): LibreOffice took a comment for the footnote of its id (trial 17 b).
    for (const id of [1, 2, 3, 4]) expect(xml).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/>.*<w:commentRangeEnd w:id="${id}"/>`));
  });

  // The first page lists what the report, the text output and the Markdown open with: `keyChanges`, first eight.
  it('opens with the key changes, ranked as every report opens: position shifts first, then new and dropped paragraphs', () => {
    const body = unescapeXml(xml.replace(/<[^>]+>/g, ''));
    const keyPart = body.slice(body.indexOf('Key changes'), body.indexOf('Summary'));
    const comparison = result.comparisons[0];
    const { left, right } = comparedDocuments(result, comparison);
    // Chosen by rank, listed in the text's order (trial 21-a D14).
    const expected = firstKeyChanges(comparison, left.paragraphs, right.paragraphs).shown.map(({ line }) => line.text);
    expect(expected).toEqual(expect.arrayContaining(['¶ 4: need to improve → need, where appropriate, to improve (weaker)', '¶ 6 → ¶ 5: welcome the decision reached → take note of the decision reached (weaker)']));
    let at = 0;
    for (const line of expected) {
      const found = keyPart.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + line.length;
    }
    expect(body.indexOf('Key changes')).toBeLessThan(body.indexOf('We, the Foreign Ministers'));
  });

  it('links each key change to its paragraph: the place is a link to a bookmark on that finding\'s label, as the report links rows', () => {
    const comparison = result.comparisons[0];
    const { left, right } = comparedDocuments(result, comparison);
    const shown = firstKeyChanges(comparison, left.paragraphs, right.paragraphs).shown;
    const links = [...xml.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">(.*?)<\/w:hyperlink>/g)].map((match) => ({ anchor: match[1], text: unescapeXml(match[2].replace(/<[^>]+>/g, '')) }));
    expect(links).toEqual(shown.map(({ line }) => ({ anchor: findingBookmark(0, line.finding), text: line.text.slice(0, line.text.indexOf(': ')) })));
    expect(links).toContainEqual({ anchor: 'r8', text: '¶ 6 → ¶ 5' });
    // The bookmark opens on the label of the finding's first paragraph in the body (`¶ 5` for the weakened welcome).
    for (const { anchor } of links) {
      const finding = comparison.findings[Number(/^r(\d+)$/.exec(anchor)![1]) - 1];
      const paragraph = finding.right.length ? right.paragraphs[finding.right[0]!] : left.paragraphs[finding.left[0]!];
      // A dropped paragraph is the older text's: its label says so (`Older ¶ 5`).
      const label = `${finding.right.length ? '' : 'Older '}${paragraph.label ?? `¶ ${paragraph.index + 1}`}`;
      const bookmarked = new RegExp(`<w:bookmarkStart w:name="${anchor}" w:id="(\\d+)"/>(.*?)<w:bookmarkEnd w:id="\\1"/>`).exec(xml);
      expect(unescapeXml(bookmarked![2].replace(/<[^>]+>/g, '')), anchor).toBe(`${label}  `);
    }
  });

  it('numbers its bookmarks from 1 in every document rendered in one process (the library\'s counter is process-wide)', async () => {
    const again = await part(await renderDocx(result), 'word/document.xml');
    expect(again).toBe(xml);
    expect([...xml.matchAll(/<w:bookmarkStart w:name="[^"]+" w:id="(\d+)"/g)].map((match) => Number(match[1]))).toEqual(
      Array.from({ length: comparisonFindings(result) }, (_, k) => k + 1),
    );
  });

  it('reads back through mammoth as the newer text: insertions kept, deletions gone', async () => {
    const whole = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value;
    const value = whole.slice(whole.indexOf('\n\nJoint Statement')); // the text, after the first page (its title line carries no label)
    expect(value).toContain('We take note of the decision reached in the Open-Ended Working Group');
    expect(value).toContain('We recognize the need, where appropriate, to improve the legal framework');
    expect(value).toContain('We call upon all States to refrain from the use of ICTs');
    expect(value).not.toContain('We confirm the importance of both observing');
    expect(value).not.toContain('We welcome the decision reached');
    // The moved paragraph once, at its newer place (the last of the text).
    expect(value.split('We advocate for the formation').length).toBe(2);
    expect(value.trimEnd().endsWith('maintenance of international peace, security and stability.')).toBe(true);
  });

  it('is byte-identical on every run: the zip and docProps carry the documents\' date, never the clock', async () => {
    expect(Buffer.from(await renderDocx(result)).equals(Buffer.from(docx))).toBe(true);
    const zip = await JSZip.loadAsync(docx);
    const dates = new Set(Object.values(zip.files).map((file) => file.date.toISOString()));
    expect(dates).toEqual(new Set(['2024-11-10T00:00:00.000Z']));
    expect(await part(docx, 'docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-11-10T00:00:00Z</dcterms:created>');
    expect(await part(docx, 'word/settings.xml')).toContain('<w:trackRevisions/>');
  });

  it('leaves changes undated when the texts state no date and no SOURCE_DATE_EPOCH is given', async () => {
    const undated = await compareTexts('The parties welcome the report.', 'The parties take note of the report.');
    const bytes = await renderDocx(undated);
    const body = await part(bytes, 'word/document.xml');
    expect(body).toMatch(/<w:del w:id="\d+" w:author="redline">/);
    expect(body).not.toContain('w:date=');
    expect(await part(bytes, 'docProps/core.xml')).not.toContain('dcterms:created');
    expect(await part(await renderDocx(undated, { fallbackDate: '2025-01-02T03:04:05Z' }), 'word/document.xml')).toMatch(/<w:del w:id="\d+" w:author="redline" w:date="2025-01-02T03:04:05Z">/);
  });
});

/**
 * The body's paragraphs as Word shows them after Accept All (`accept`) or Reject All (`reject`), labels (the bold runs)
 * left out: tracked runs kept or dropped, and a paragraph whose mark is deleted (accept) or inserted (reject) joined to
 * the next, as Word joins them.
 */
function readBack(xml: string, mode: 'accept' | 'reject'): string[] {
  const chunks = xml.slice(0, xml.lastIndexOf('<w:sectPr')).split('</w:p>');
  // The body follows its heading (the first page's facts and key changes before it).
  const first = chunks.findIndex((chunk) => chunk.includes('>Text, with the changes tracked<'));
  const paragraphs: string[] = [];
  let carried = '';
  for (const chunk of chunks.slice(first + 1)) {
    const properties = /<w:pPr>.*?<\/w:pPr>/.exec(chunk)?.[0] ?? '';
    const content = chunk
      .replace(properties, '')
      .replace(/<w:r>(?:(?!<\/w:r>).)*<w:b\/>(?:(?!<\/w:r>).)*<\/w:r>/g, '')
      .replace(mode === 'accept' ? /<w:del [^>]*>.*?<\/w:del>/g : /<w:ins [^>]*>.*?<\/w:ins>/g, '');
    const text = carried + [...content.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((match) => unescapeXml(match[1])).join('');
    const joined = mode === 'accept' ? /<w:rPr>.*<w:del /.test(properties) : /<w:rPr>.*<w:ins /.test(properties);
    if (joined) carried = text;
    else {
      paragraphs.push(text);
      carried = '';
    }
  }
  return paragraphs.map(compact).filter(Boolean);
}

/** Text without its whitespace: where a break or a diff put a space is not what is compared. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('renderDocx: Accept All gives the newer text, Reject All the older', () => {
  it('holds for any reordering, rewording, splitting, merging, insertion and deletion of the seed paragraphs (property)', async () => {
    const blocks = seedBlocks().filter((block) => block.trim());
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(blocks.map((_, index) => index), { minLength: blocks.length - 4 }),
        fc.array(fc.integer({ min: 0, max: blocks.length - 1 }), { maxLength: 3 }),
        fc.integer({ min: 0, max: blocks.length - 1 }),
        fc.integer({ min: 0, max: blocks.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
        async (kept, reworded, split, merged, moves) => {
          const newer = kept.map((index) => (reworded.includes(index) ? blocks[index].replace(/\b(welcome|confirm|recognize|call)\b/, 'note').replace(/\.$/, ', as appropriate.') : blocks[index]));
          // One paragraph split at its first sentence end, two neighbours merged into one, up to two moved elsewhere.
          const cut = newer[split % newer.length].indexOf('. ');
          if (cut > 0) newer.splice(split % newer.length, 1, newer[split % newer.length].slice(0, cut + 1), newer[split % newer.length].slice(cut + 2));
          const at = merged % (newer.length - 1);
          newer.splice(at, 2, `${newer[at]} ${newer[at + 1]}`);
          for (const [from, to] of moves) newer.splice(to % newer.length, 0, ...newer.splice(from % newer.length, 1));
          newer.push('A paragraph written for this version only, about new matters entirely.');
          const result = await compareTexts(blocks.join('\n\n'), newer.join('\n\n'));
          const xml = await part(await renderDocx(result), 'word/document.xml');
          const [left, right] = result.documents;
          expect(readBack(xml, 'accept')).toEqual(right.paragraphs.map((paragraph) => compact(paragraph.text)));
          expect(readBack(xml, 'reject')).toEqual(left.paragraphs.map((paragraph) => compact(paragraph.text)));
        },
      ),
      // The example fast-check found (seed -1200394518): older 7 and 11 merged as newer 9, older 8 dropped; Reject All
      // gave the dropped paragraph after the merge's sources instead of between them.
      { numRuns: 25, examples: [[[0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21], [], 3, 9, [[27, 9]]]] },
    );
  }, 120_000);

  it('holds for the seed against the edited seed, moves included', async () => {
    const result = await compare(SEED, writeTemp('edited.txt', editedSeed()));
    const xml = await part(await renderDocx(result), 'word/document.xml');
    const [left, right] = result.documents;
    expect(readBack(xml, 'accept')).toEqual(right.paragraphs.map((paragraph) => compact(paragraph.text)));
    expect(readBack(xml, 'reject')).toEqual(left.paragraphs.map((paragraph) => compact(paragraph.text)));
  });
});

describe('renderDocx on hostile text', () => {
  it('writes markup and control characters as text, so the package stays well-formed XML', async () => {
    const result = await compareTexts('The parties welcome <w:t>the</w:t> report & its annex.', 'The parties take note of <script>alert(1)</script> the report \u0001\u001b[2J & "its" annex.');
    const bytes = await renderDocx(result);
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(messages).toEqual([]);
    expect(value).toContain('The parties take note of <script>alert(1)</script> the report [2J & "its" annex.');
    expect(await part(bytes, 'word/document.xml')).toContain('&lt;w:t&gt;the&lt;/w:t&gt;');
  });
});

describe('renderDocx on a UN draft and its revision', () => {
  it('labels paragraphs as the UN cites them and comments the weakened OP', async () => {
    const older = writeTemp('A_C.2_80_L.58.txt', DRAFT_L58);
    const newer = writeTemp(
      'revised.txt',
      DRAFT_L58.replace('A/C.2/80/L.58', 'A/C.2/80/L.58/Rev.1')
        .replace('26 November 2025', '1 December 2025')
        .replace('2. Calls upon Member States', '2. Encourages Member States')
        .replace('3. Requests the Secretary-General', '3. Invites Member States to share good practices in closing the digital divides;\n\n4. Requests the Secretary-General'),
    );
    const result = await compare(older, newer);
    const docx = await renderDocx(result);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(value).toContain('OP 2  Encourages Member States to close the digital divides');
    expect(value).toContain('OP 4 (older OP 3)  Requests the Secretary-General');
    expect(value).toContain('PP 1  Recalling its resolutions');
    // The line's words and tone say the commitment weakened; its signal is in the comment.
    // Since session 17 a quote cut short loses the function word before its `…` (`by investing in …`).
    expect(value).toMatch(/\nOP 2: Calls upon → Encourages Member States to close the digital divides by investing … \(weaker\)\n/);
    expect(value).toContain('new OP 3: Invites Member States to share good practices in closing the digital divides;');
    expect(await part(docx, 'word/comments.xml')).toContain('commitment weakened: call upon → encourage');
    // The first page: the document facts, those that differ first.
    expect(value).toMatch(/Document facts\s+Fact\s+Older\s+Newer\s+Symbol \(changed\)\s+A\/C.2\/80\/L.58\s+A\/C.2\/80\/L.58\/Rev.1\s+Issued \(changed\)\s+2025-11-26\s+2025-12-01\s+Status\s/);
    expect(trackedChanges(await part(docx, 'word/document.xml'))[0].date).toBe('2025-12-01T00:00:00Z');
  });
});

describe.skipIf(!HAS_SHARED)(`renderDocx on a real resolution and its successor${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/78/71 → A/RES/79/85: labels, no shift where none was made, and accept/reject giving each text', async () => {
    const series = join(SHARED_DATA, 'un-resolutions/texts/series/effects-of-atomic-radiation');
    const result = await compare(join(series, 'A_RES_78_71.txt'), join(series, 'A_RES_79_85.txt'));
    const docx = await renderDocx(result);
    const xml = await part(docx, 'word/document.xml');
    const [left, right] = result.documents;
    expect(readBack(xml, 'accept')).toEqual(right.paragraphs.map((paragraph) => compact(paragraph.text)));
    expect(readBack(xml, 'reject')).toEqual(left.paragraphs.map((paragraph) => compact(paragraph.text)));
    // PP 16 → PP 17 acknowledged the IAEA and WHO agreements and notes the EC, ICRP and NEA ones: other agreements, no
    // "acknowledge → note" since fix14b (trial 14a, defect 8); 78/71 OP 9 (the nervous system evaluation) and 79/85 OP 10
    // (the eye) are two positions since the aligner leaves such weak pairs apart: no "note → welcome" shift between them.
    // No shift, no shift comment (the shifts as comments are read on the OP above): since session 14 the only comments
    // are the replacement rows' figures ("in place of dropped older OP 9: 31% similar").
    const comments = (await (await JSZip.loadAsync(docx)).file('word/comments.xml')?.async('string')) ?? '';
    const commentTexts = [...comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' ');
    expect(commentTexts).not.toMatch(/commitment|acknowledge|weaker|stronger/);
    expect(commentTexts).toContain('in place of dropped older OP 9: 31% similar');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const keyChanges = value.slice(value.indexOf('Key changes'), value.indexOf('Summary'));
    // Ranked as every report opens (`keyChanges`): position shifts first (none here), then new operative paragraphs,
    // other operative changes, dropped operative paragraphs (session 19, trial 19-a D8: a step's news before what left);
    // eight lines, the rest counted.
    const lines = keyChanges.split('\n').filter(Boolean).slice(1);
    expect(lines[0]).toMatch(/^new OP 5: Welcomes the decisions/);
    expect(lines[1]).toMatch(/^new OP 10: Also welcomes the planned initiation of the evaluation of effects of ionizing radiation on the eye/);
    // The dropped OP 9 (the nervous system evaluation) now falls among the counted rest, after the changed paragraphs.
    expect(lines.slice(0, 8)).not.toContain('dropped OP 9: Notes the initiation of the new evaluation on nervous system effects of ionizing radiation;');
    // 16 (was 20 before round 13: "radiation" → "ionizing radiation" as the text spells its term, a sequencing adverb
    // beside it, editorial or routine now, so no key change).
    // 15 since session 21 (rules21 rule 1): OP 4 takes note of the report on the Committee's next session, the clause on
    // what the older report contained gone with it: its next edition recorded in place, routine (labelled "not").
    expect(lines[8]).toBe('and 15 more (marked in the text that follows)');
    // Renumbered paragraphs carry both labels, as negotiators cite them.
    expect(value).toContain('\nOP 11 (older OP 10)  Requests the Scientific Committee to continue its work, including');
    // A new paragraph has its label alone.
    expect(value).toContain('\nOP 10  Also welcomes the planned initiation of the evaluation of effects of ionizing radiation on the eye');
    expect(trackedChanges(xml)[0].date).toBe(`${right.date}T00:00:00Z`);
  });

  it('names a deleted older paragraph by the older text\'s label (ICT for development 78/132 → 79/194: "Older PP 25", not "PP 25" after newer PP 26)', async () => {
    const series = join(SHARED_DATA, 'un-resolutions/texts/series/information-and-communications-technologies-for-sustainable');
    const xml = await part(await renderDocx(await compare(join(series, 'A_RES_78_132.txt'), join(series, 'A_RES_79_194.txt'))), 'word/document.xml');
    const deletions = trackedChanges(xml).filter((change) => change.kind === 'del').map((change) => change.text);
    // The dropped PP 25 to PP 27 of 78/132 stood, labelled bare, among the newer PP 26 and PP 27 (and the newer PP 27 beside them).
    expect(deletions).toEqual(expect.arrayContaining(['Older PP 25  ', 'Older PP 26  ', 'Older PP 27  ']));
    // Every whole deleted paragraph's label says it is the older text's: none is a bare `PP n` or `OP n`.
    expect(deletions.filter((text) => /^(?:PP|OP) \d+ {2}$/.test(text))).toEqual([]);
    const body = xml.split('</w:p>').map((paragraph) => unescapeXml([...paragraph.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((match) => match[1]).join('')));
    const at = body.findIndex((text) => text.startsWith('Older PP 25  Noting the outcome'));
    expect(body[at - 1]).toMatch(/^PP 26 \(older PP 24\) {2}Recognizing/);
    expect(body[at + 3]).toMatch(/^PP 27 {2}Taking note of the report of the United Nations Conference on Trade and Development/);
  });
});

const SOFFICE = findSoffice(process.env.PATH ?? '');
const HAS_PDFTOTEXT = existsSync('/usr/bin/pdftotext');

describe.skipIf(!SOFFICE || !HAS_PDFTOTEXT)(
  `LibreOffice opens the Word output${SOFFICE && HAS_PDFTOTEXT ? '' : ' (skipped: soffice not on the PATH or pdftotext missing; CI installs libreoffice-writer-nogui)'}`,
  () => {
    it('converts it to PDF, the text and the changes intact (deletions struck through, still printed)', async () => {
      const result = await compare(SEED, writeTemp('edited.txt', editedSeed()));
      const pdf = await convertWithLibreOffice(SOFFICE ?? 'soffice', await renderDocx(result));
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const file = join(mkdtempSync(join(tmpdir(), 'redline-docx-pdf-')), 'redline.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/[●•▪◦]/g, ' ').replace(/\s+/g, ' ');
      // A list's bullet is printed or not as the fonts installed allow (a "●" between key changes where the machine has
      // a font that holds it): the words are what is checked.
      expect(text).toContain('Key changes');
      // The commitment signal is what the line's words and tone say: not listed again (the comment keeps it).
      expect(text).toContain('¶ 6 → ¶ 5: welcome the decision reached → take note of the decision reached (weaker)');
      // Both sides of a change print: the deleted word (struck through) beside the inserted words (underlined).
      expect(text).toContain('We welcome take note of the decision reached');
      expect(text).toContain('We recognize the need , where appropriate, to improve');
      expect(text).toContain('We confirm the importance of both observing');
      expect(text).toMatch(/Page 1 of \d/);
      expect(readFileSync(file).length).toBeGreaterThan(10_000);
      // The comments travel as PDF notes (LibreOffice drops them unless asked; poppler warns of their zero-width pop-up
      // boxes, hence pdftotext's standard error set aside above). The links' texts are among the /Contents read here.
      const notes = [...readFileSync(file).toString('latin1').matchAll(/\/Contents\s*<FEFF([0-9A-F]+)>/g)].map((match) => Buffer.from(match[1], 'hex').swap16().toString('utf16le'));
      expect(notes).toContain('commitment weakened: welcome → take note');
      expect(notes.filter((note) => note.startsWith('moved '))).toHaveLength(2);
      // Each key change's place stays a link into the text, one per key change on the first page.
      const comparison = result.comparisons[0];
      const { left, right } = comparedDocuments(result, comparison);
      const shown = Math.min(KEY_CHANGES_SHOWN, keyChanges(comparison, left.paragraphs, right.paragraphs).length);
      expect(readFileSync(file).toString('latin1').match(/\/Subtype\s*\/Link(?:(?!>>).)*\/Dest\s*\[/gs)).toHaveLength(shown);
    }, 120_000);

    it('reads the changes as tracked changes and the comments as comments, all by redline (converted to ODT)', async () => {
      const result = await compare(SEED, writeTemp('edited.txt', editedSeed()));
      const folder = mkdtempSync(join(tmpdir(), 'redline-docx-odt-'));
      writeFileSync(join(folder, 'redline.docx'), await renderDocx(result));
      execFileSync(SOFFICE ?? 'soffice', [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'odt', '--outdir', folder, join(folder, 'redline.docx')], { timeout: 120_000, stdio: 'ignore' });
      const content = await (await JSZip.loadAsync(readFileSync(join(folder, 'redline.odt')))).file('content.xml')!.async('string');
      expect(content.match(/<office:annotation[ >]/g)).toHaveLength(4);
      // LibreOffice joins adjacent changes into one region; the changed places are at least: deleted the moved paragraph's
      // older place, the dropped paragraph, 'welcome'; inserted the new paragraph, 'take note of', the hedge, the moved one.
      expect((content.match(/<text:deletion>/g) ?? []).length).toBeGreaterThanOrEqual(3);
      expect((content.match(/<text:insertion>/g) ?? []).length).toBeGreaterThanOrEqual(4);
      expect(new Set([...content.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((match) => match[1]))).toEqual(new Set([REVISION_AUTHOR]));
    }, 120_000);
  },
);

describe.skipIf(!HAS_SHARED)(`renderDocx: facts stated on one side only${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/74/247 → the seed statement: no fact "(changed)", each "only in the older", the newer "not stated" (trial 15a, defect 11)', async () => {
    const result = await compare(join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_74_247.txt'), SEED);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(result)) });
    const facts = value.slice(value.indexOf('Document facts'));
    // Before: "Symbol (changed) A/RES/74/247 —", "Status (changed)", … "Meeting (changed)": nine changes for a statement with no facts.
    expect(facts).not.toContain('(changed)');
    expect(facts).toMatch(/Symbol \(only in the older\)\s+A\/RES\/74\/247\s+not stated\s/);
    expect(facts).toMatch(/Meeting \(only in the older\)\s+52nd \(resumed\) plenary meeting\s+not stated\s/);
  });
});
