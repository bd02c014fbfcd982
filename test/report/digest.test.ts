import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderBatchIndex } from '../../src/report/batch-index.js';
import { DIGEST_FOLD_LINES, digestView, memoLines, MEMO_RUN, renderDigestJson, renderDigestMarkdown, stepVerdict } from '../../src/report/digest.js';
import { renderDigestDocx } from '../../src/report/digest-docx.js';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DIGEST_SCHEMA_VERSION, type Digest, type DigestLine, type DigestStep } from '../../src/types.js';
import { sampleBatchIndexInput } from './batch-helpers.js';
import { ROOT } from '../helpers/paths.js';

const validateDigest = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/digest.schema.json'), 'utf8')));

/** Two series: one negotiated step (a weakened commitment, a new paragraph with hostile text), one technical update. */
function sampleDigest(): Digest {
  return {
    series: [
      {
        id: 'nuclear-disarmament',
        title: 'Nuclear disarmament',
        committee: 'First Committee',
        agendaItem: '99 (b)',
        steps: [
          {
            step: 'version',
            older: { id: 'A/RES/79/50', name: 'A/RES/79/50', date: '2024-12-09' },
            newer: { id: 'A/RES/80/24', name: 'A/RES/80/24', date: '2025-12-03' },
            similarity: 0.97,
            unrelated: false,
            technicalUpdate: false,
            routine: 6,
            editorial: 5,
            report: 'pairs/A_RES_79_50__A_RES_80_24.html',
            lines: [
              { kind: 'modified', place: 'OP 17', text: 'OP 17: welcomes → takes note of (weaker)', changes: ['welcomes → takes note of'], signals: ['commitment weakened: welcome → take note'], tone: 'weaker', finding: 16, href: 'pairs/A_RES_79_50__A_RES_80_24.html#r-17' },
              { kind: 'new', place: 'PP 3', text: 'new PP 3: Recalling <script>alert(1)</script> its *resolution* 79_192 …', changes: ['Recalling <script>alert(1)</script> its *resolution* 79_192 …'], signals: [], tone: null, finding: 3, href: 'pairs/A_RES_79_50__A_RES_80_24.html#r-4' },
            ],
            memo: [
              { text: 'OP 17: welcomes → takes note of (weaker) — commitment weakened: welcome → take note', href: 'pairs/A_RES_79_50__A_RES_80_24.html#r-17', first: 0, count: 1 },
              { text: 'new PP 3: Recalling <script>alert(1)</script> its *resolution* 79_192 …', href: 'pairs/A_RES_79_50__A_RES_80_24.html#r-4', first: 1, count: 1 },
            ],
          },
        ],
      },
      {
        id: 'confidence',
        title: 'Confidence-building measures in the regional and subregional context',
        committee: null,
        agendaItem: null,
        steps: [
          {
            step: 'draft',
            older: { id: 'A/C.1/80/L.9', name: 'A/C.1/80/L.9', date: null },
            newer: { id: 'A/RES/80/42', name: 'A/RES/80/42', date: '2025-12-05' },
            similarity: 1,
            unrelated: false,
            technicalUpdate: true,
            routine: 3,
            editorial: 1,
            report: null,
            lines: [],
            memo: [],
          },
        ],
      },
    ],
  };
}

describe('renderDigestMarkdown', () => {
  it('writes a heading per series, a line per step and a bullet per negotiated change, what Markdown acts on escaped', () => {
    expect(renderDigestMarkdown(sampleDigest())).toBe(
      [
        '# What was negotiated',
        '',
        '2 series, 2 steps: 1 with negotiated changes, 1 without (technical updates and unchanged texts).',
        '',
        '## Nuclear disarmament',
        '',
        'First Committee · agenda item 99 (b)',
        '',
        'A/RES/79/50 → A/RES/80/24: 2 negotiated changes; also 6 routine and 5 editorial',
        '',
        '- OP 17: welcomes → takes note of (weaker) — commitment weakened: welcome → take note',
        '- new PP 3: Recalling \\<script>alert(1)\\</script> its \\*resolution\\* 79_192 …',
        '',
        '## Confidence-building measures in the regional and subregional context',
        '',
        'A/C.1/80/L.9 → A/RES/80/42 (draft): technical update: 3 routine and 1 editorial',
        '',
      ].join('\n'),
    );
  });

  it('escapes only what Markdown acts on, so a memo gets few backslashes', () => {
    const digest = sampleDigest();
    digest.series[0].title = 'fomc_2019 _emphasis_ a < 5 and <b>, [link](x) `code` \\ [To be determined]';
    expect(renderDigestMarkdown(digest).split('\n')).toContain('## fomc_2019 \\_emphasis\\_ a < 5 and \\<b>, [link\\](x) \\`code\\` \\\\ [To be determined]');
  });

  // digestLine chose them (those the words do not show, at most three): every format lists the same ones, none counted.
  it('lists a line\'s signals after a dash, as the line carries them', () => {
    const digest = sampleDigest();
    digest.series[0].steps[0].lines[0].signals = ['figure changed: 713 million → 638 million', 'figure changed: 757 million → 720 million', 'year changed: 2022 → 2024'];
    expect(renderDigestMarkdown(digest).split('\n')).toContain(
      '- OP 17: welcomes → takes note of (weaker) — figure changed: 713 million → 638 million; figure changed: 757 million → 720 million; year changed: 2022 → 2024',
    );
  });

  it('pastes into a memo as it is: no HTML, no table, no link syntax', () => {
    const markdown = renderDigestMarkdown(sampleDigest());
    expect(markdown).not.toMatch(/(?<!\\)</);
    expect(markdown).not.toMatch(/^\|/m);
    expect(markdown).not.toMatch(/\]\(/);
  });
});

describe('renderDigestJson', () => {
  it('is the digest, two-space indented with a final newline: the same digest gives the same bytes', () => {
    const json = renderDigestJson(sampleDigest());
    expect(JSON.parse(json)).toEqual(sampleDigest());
    expect(json).toBe(renderDigestJson(sampleDigest()));
    expect(json.startsWith('{\n  "series": [\n    {\n      "id": "nuclear-disarmament",')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('validates against docs/digest.schema.json, which refuses a line without its link field', () => {
    // As batch writes it to digest.json: its contract's version first.
    const digest = JSON.parse(renderDigestJson({ schemaVersion: DIGEST_SCHEMA_VERSION, ...sampleDigest() } as Digest));
    expect(validateDigest(digest), JSON.stringify(validateDigest.errors)).toBe(true);
    delete digest.series[0].steps[0].lines[0].href;
    expect(validateDigest(digest)).toBe(false);
  });
});

describe('the digest section of the batch index', () => {
  it('lists each series with its steps, each change linked to its row in the pair report, text escaped', () => {
    const html = renderBatchIndex({ ...sampleBatchIndexInput(), digest: sampleDigest() });
    expect(html).toContain('<a href="#digest">What was negotiated</a>');
    expect(html).toContain('<h3 id="digest-1">Nuclear disarmament</h3>');
    expect(html).toContain('<li class="tone-weaker"><a href="pairs/A_RES_79_50__A_RES_80_24.html#r-17">OP 17</a>: welcomes → takes note of (weaker) <span class="signals">— commitment weakened: welcome → take note</span></li>');
    expect(html).toContain('<a href="pairs/A_RES_79_50__A_RES_80_24.html#r-4">new PP 3</a>: Recalling &lt;script&gt;alert(1)&lt;/script&gt; its *resolution* 79_192 …');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<span class="step">A/C.1/80/L.9 → A/RES/80/42 (draft)</span>: technical update: 3 routine and 1 editorial');
  });

  it('folds a series of more than DIGEST_FOLD_LINES lines under a summary, keeping every line; a short one stays open', () => {
    const short = renderBatchIndex({ ...sampleBatchIndexInput(), digest: sampleDigest() });
    expect(short).not.toContain('<details class="digest-fold">');
    const digest = sampleDigest();
    const [series] = digest.series;
    const step = series.steps.find((one) => one.lines.length > 0)!;
    series.steps = Array.from({ length: DIGEST_FOLD_LINES }, () => step);
    const changes = DIGEST_FOLD_LINES * step.lines.length;
    const html = renderBatchIndex({ ...sampleBatchIndexInput(), digest });
    expect(html).toContain(`<h3 id="digest-1">Nuclear disarmament</h3>\n  <p class="muted">First Committee · agenda item 99 (b)</p>\n  <details class="digest-fold"><summary>${DIGEST_FOLD_LINES} steps, ${changes} negotiated changes: show them</summary>`);
    expect(html.match(/<a href="pairs\/A_RES_79_50__A_RES_80_24.html#r-17">OP 17<\/a>/g)).toHaveLength(DIGEST_FOLD_LINES);
    // digest.md stays whole.
    expect(renderDigestMarkdown(digest)).not.toContain('show them');
  });

  it('is left out when the run has no digest', () => {
    const html = renderBatchIndex(sampleBatchIndexInput());
    expect(html).not.toContain('id="digest"');
    expect(html).not.toContain('href="#digest"');
  });

  it('has a view model that only formats the digest', () => {
    const view = digestView(sampleDigest());
    expect([view.seriesCount, view.stepCount, view.negotiated, view.unnegotiated]).toEqual([2, 2, 1, 1]);
    expect(view.series[0].steps[0]).toMatchObject({ title: 'A/RES/79/50 → A/RES/80/24', dates: '2024-12-09 → 2025-12-03', verdict: '2 negotiated changes; also 6 routine and 5 editorial' });
    expect(view.series[1]).toMatchObject({ facts: null, steps: [{ dates: null, report: null, lines: [] }] });
  });
});

// A memo is a Word document: `digest.docx` arrives as headings and bullets where the Markdown pastes its `##` and `-`.
describe('digest.docx', () => {
  it('has a heading per series, each step in bold with its verdict, a bullet per change with its signals, text as text', async () => {
    const docx = await renderDigestDocx(sampleDigest());
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d)"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => `${match[1]}: ${match[2]}`);
    expect(headings).toEqual(['Heading1: What was negotiated', 'Heading2: Nuclear disarmament', 'Heading2: Confidence-building measures in the regional and subregional context']);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const lines = value.split('\n').filter(Boolean);
    expect(lines).toContain('A/RES/79/50 → A/RES/80/24: 2 negotiated changes; also 6 routine and 5 editorial');
    expect(lines).toContain('OP 17: welcomes → takes note of (weaker) — commitment weakened: welcome → take note');
    // Document text stays text: the script is characters of a bullet, escaped in the XML, never markup.
    expect(lines).toContain('new PP 3: Recalling <script>alert(1)</script> its *resolution* 79_192 …');
    expect(xml).toContain('Recalling &lt;script&gt;alert(1)&lt;/script&gt;');
    // Bullets are Word list paragraphs, not "- " typed into the text.
    expect((xml.match(/<w:numPr>/g) ?? []).length).toBe(2);
  });

  it('opens with the contents of the series (steps, negotiated changes, technical updates), each title a link to its heading', async () => {
    const docx = await renderDigestDocx(sampleDigest());
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) => [...row[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' | '));
    // Session 19 (trial 19-a D10): a Committee column whenever a series names its committee; blank where one does not.
    expect(rows).toEqual(['Series | Committee | Steps | Technical updates | Negotiated changes | Lines', 'Nuclear disarmament | First | 1 | 0 | 2 | 2', 'Confidence-building measures in the regional and subregional context |  | 1 | 1 | 0 | 0']);
    // The table comes before the first series' heading, and each title links to the bookmark its heading carries.
    expect(xml.indexOf('<w:tbl>')).toBeLessThan(xml.indexOf('Heading2'));
    // The only links are inside the document (no relationship): the contents' titles to their headings.
    expect([...xml.matchAll(/<w:hyperlink[^>]*>/g)].map((match) => match[0])).toEqual(['<w:hyperlink w:history="1" w:anchor="series-1">', '<w:hyperlink w:history="1" w:anchor="series-2">']);
    expect([...xml.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((match) => match[1])).toEqual(['series-1', 'series-2']);
  });

  // A desk officer counted 35 bullets under Tax cooperation where the contents said 71: the column names what it
  // counts (negotiated changes, as each step's verdict does); the lines that carry them have their own column (trial
  // 17-a D14: "93 in 86 lines" beside "28" in one column), and a sentence under the table says why they differ.
  it('counts negotiated changes in the contents as the step verdicts do, and the lines that carry them in a column of their own', async () => {
    const digest = sampleDigest();
    const step = digest.series[0].steps[0];
    const dropped = Array.from({ length: MEMO_RUN + 2 }, (_, k): DigestLine => ({ kind: 'dropped', place: `PP ${k + 5}`, text: `dropped PP ${k + 5}: Recalling …`, changes: ['Recalling …'], signals: [], tone: null, finding: 20 + k, href: null }));
    step.lines = [...step.lines, ...dropped];
    const docx = await renderDigestDocx(digest);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((row) => [...row[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' | '));
    expect(rows[1]).toBe('Nuclear disarmament | First | 1 | 0 | 8 | 3');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    const lines = value.split('\n').filter(Boolean);
    expect(lines).toContain('A/RES/79/50 → A/RES/80/24: 8 negotiated changes in 3 lines; also 6 routine and 5 editorial');
    expect(lines).toContain('Negotiated changes are counted one per paragraph changed; a line below can carry several (a run of new or dropped paragraphs, a term replaced throughout).');
    expect(lines.filter((line) => line.startsWith('OP 17') || line.startsWith('new PP 3') || line.startsWith('dropped PP 5 to PP 10'))).toHaveLength(3);
  });

  // Session 12 linked each line's place to its row of the pair report by a path relative to the batch folder; pasted
  // into a Bureau note filed elsewhere, each of 602 links was dead (trial 17-a D14). The place is plain text now (the
  // index links every line), and the package has no external relationship.
  it('says each line\'s place as plain text, with no link out of the document', async () => {
    const zip = await JSZip.loadAsync(await renderDigestDocx(sampleDigest()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toContain('TargetMode="External"');
    expect(rels).not.toContain('pairs/');
    expect(xml).not.toMatch(/w:anchor="r-\d+"/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await renderDigestDocx(sampleDigest())) });
    expect(value.split('\n')).toContain('OP 17: welcomes → takes note of (weaker) — commitment weakened: welcome → take note');
  });

  it('is the same bytes for the same digest, dated by its newest version', async () => {
    const [a, b] = [await renderDigestDocx(sampleDigest()), await renderDigestDocx(sampleDigest())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')!.async('string');
    expect(core).toMatch(/<dcterms:modified[^>]*>2025-12-05T00:00:00Z<\/dcterms:modified>/);
  });
});

describe('memoLines', () => {
  let finding = 0;
  const line = (kind: DigestLine['kind'], place: string, text: string, signals: string[] = []): DigestLine => ({ kind, place, text: `${kind === 'modified' ? '' : `${kind} `}${place}: ${text}`, changes: [text], signals, tone: null, finding: finding++, href: null });
  // A rewrite dropped 28 preambular paragraphs in a row: a memo says so once, the index and digest.json keep each one.
  it('gives a run of new or dropped paragraphs one line, and every other line with its signals', () => {
    const dropped = Array.from({ length: MEMO_RUN + 1 }, (_, k) => line('dropped', `PP ${k + 5}`, `Recalling paragraph ${k + 5} …`));
    const lines = [line('modified', 'OP 1', 'welcomes → takes note of (weaker)', ['commitment weakened: welcome → take note']), ...dropped, line('new', 'OP 2', 'Decides …'), line('new', 'OP 3', 'Requests …')];
    expect(memoLines(lines)).toEqual([
      'OP 1: welcomes → takes note of (weaker) — commitment weakened: welcome → take note',
      `dropped PP 5 to PP ${MEMO_RUN + 5} (${MEMO_RUN + 1} paragraphs), the first: Recalling paragraph 5 …`,
      'new OP 2: Decides …',
      'new OP 3: Requests …',
    ]);
    // Below the run length, each paragraph keeps its line.
    expect(memoLines(dropped.slice(0, MEMO_RUN - 1))).toHaveLength(MEMO_RUN - 1);
    // Paragraphs not next to each other in the text (a routine finding between: finding numbers apart), or across
    // the preamble and the operative part, are no run: each keeps its line.
    const apart = Array.from({ length: MEMO_RUN + 1 }, (_, k) => ({ ...line('new', `PP ${k + 16}`, 'Bearing in mind …'), finding: 100 + 2 * k }));
    expect(memoLines(apart)).toHaveLength(MEMO_RUN + 1);
    const across = [...Array.from({ length: 2 }, (_, k) => line('new', `PP ${k + 30}`, 'Noting …')), ...Array.from({ length: MEMO_RUN - 1 }, (_, k) => line('new', `OP ${k + 1}`, 'Decides …'))];
    expect(memoLines(across)).toHaveLength(MEMO_RUN + 1);
  });

  // A desk officer counted 27 lines under "Tax 78/230 → 79/235: 56 negotiated changes": the memo says both.
  it("says in the memo's step verdict how many lines carry the changes when a run was folded; the index keeps the count alone", () => {
    const dropped = Array.from({ length: MEMO_RUN + 1 }, (_, k) => line('dropped', `PP ${k + 5}`, `Recalling paragraph ${k + 5} …`));
    const lines = [line('modified', 'OP 1', 'welcomes → takes note of (weaker)'), ...dropped];
    const version = { name: 'A/RES/78/1', session: 78, date: '2023-12-01', draft: false };
    const step = { step: 'version', older: version, newer: { ...version, name: 'A/RES/79/1' }, similarity: 0.5, unrelated: false, technicalUpdate: false, routine: 1, editorial: 0, report: null, lines } as unknown as DigestStep;
    expect(stepVerdict(step, true)).toBe(`${MEMO_RUN + 2} negotiated changes in 2 lines; also 1 routine`);
    expect(stepVerdict(step)).toBe(`${MEMO_RUN + 2} negotiated changes; also 1 routine`);
    expect(stepVerdict({ ...step, lines: lines.slice(0, 2) }, true)).toBe('2 negotiated changes; also 1 routine');
  });
});
