import { diffWordsWithSpace } from 'diff';
import { buildResult as buildPipelineResult, compareDocuments } from '../../src/pipeline.js';
import { resolveOptions } from '../../src/options.js';
import { documentOf } from '../helpers/build-documents.js';
import { RELATED_CASES } from '../align/data/related-cases.js';
import { SCHEMA_VERSION, type DiffPart, type Finding, type FindingKind, type Paragraph, type RedlineResult, type RelatedLink, type Signal } from '../../src/types.js';

/** A paragraph as a test writes it: plain text, or text with its number label and heading flag. */
export type ParagraphSpec = string | { text: string; number?: string; heading?: boolean };

/** A finding as a test writes it; the word diff and scores are derived from the paragraphs. */
export interface FindingSpec {
  kind: FindingKind;
  left: number[];
  right: number[];
  moved?: boolean;
  editorial?: boolean;
  routine?: boolean;
  renumbered?: boolean;
  similarity?: number;
  signals?: Signal[];
}

/** Turn written paragraphs into contract paragraphs, with offsets as if separated by blank lines. */
export function paragraphs(specs: ParagraphSpec[]): Paragraph[] {
  let offset = 0;
  return specs.map((spec, index) => {
    const { text, number = null, heading = false } = typeof spec === 'string' ? { text: spec } : spec;
    const start = offset;
    const end = start + (number ? number.length + 1 : 0) + text.length;
    offset = end + 2;
    return { index, text, number, heading, start, end };
  });
}

/** Word diff from the left group's text to the right group's, as the engine's contract shapes it. */
export function wordDiff(leftText: string, rightText: string): DiffPart[] {
  return diffWordsWithSpace(leftText, rightText).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

/** A whole `RedlineResult` for one comparison, built from paragraphs and findings written by hand. */
export function buildResult(spec: {
  left: ParagraphSpec[];
  right: ParagraphSpec[];
  findings: FindingSpec[];
  /** Related links (partial reuse), as the comparison would carry them. */
  related?: RelatedLink[];
  leftTitle?: string;
  rightTitle?: string;
}): RedlineResult {
  const left = paragraphs(spec.left);
  const right = paragraphs(spec.right);
  const findings = spec.findings.map((finding) => {
    const leftText = finding.left.map((i) => left[i].text).join(' ');
    const rightText = finding.right.map((i) => right[i].text).join(' ');
    const paired = finding.left.length > 0 && finding.right.length > 0;
    const similarity = finding.similarity ?? (finding.kind === 'unchanged' ? 1 : paired ? 0.8 : 0);
    return {
      kind: finding.kind,
      left: finding.left,
      right: finding.right,
      moved: finding.moved ?? false,
      editorial: finding.editorial ?? false,
      routine: finding.routine ?? false,
      renumbered: finding.renumbered ?? false,
      similarity,
      scores: paired ? { lexical: similarity, containment: 0.9, sequence: similarity - 0.05, character: 0.75 } : {},
      diff: wordDiff(leftText, rightText),
      signals: finding.signals ?? [],
    } as Finding;
  });
  const summary = { unchanged: 0, modified: 0, split: 0, merged: 0, new: 0, dropped: 0, moved: 0, renumbered: 0, substantive: 0, routine: 0, editorial: 0 };
  for (const finding of findings) {
    summary[finding.kind] += 1;
    if (finding.moved) summary.moved += 1;
    if (finding.renumbered) summary.renumbered += 1;
    if (finding.kind === 'modified') summary[finding.editorial ? 'editorial' : finding.routine ? 'routine' : 'substantive'] += 1;
  }
  const document = (id: string, title: string, date: string, list: Paragraph[]) => ({
    id,
    title,
    date,
    issuer: 'Russia–Africa Partnership Forum',
    path: `fixtures/${id}.txt`,
    sha256: id === 'older' ? 'a'.repeat(64) : 'b'.repeat(64),
    paragraphs: list,
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'redline', version: '0.1.0' },
    options: { threshold: 0.3, moveThreshold: 0.5, diffMaxEditLength: 2000, maxGroup: 3, semantic: false, lexicons: [] },
    documents: [
      document('older', spec.leftTitle ?? 'Joint Statement (draft)', '2024-10-01', left),
      document('newer', spec.rightTitle ?? 'Joint Statement (adopted)', '2024-11-10', right),
    ],
    comparisons: [
      {
        left: 'older',
        right: 'newer',
        similarity: 0.78,
        coverage: 0.41,
        summary,
        findings,
        related: spec.related ?? [],
        stats: { candidatePairs: 24, allPairs: 81 },
        sharedWording: 0.62,
      },
    ],
    warnings: [],
  };
}

/** Text a hostile document might hold: each must reach the page as text, never as markup or template. */
export const HOSTILE_TEXT =
  'Note <script>alert("xss")</script> and "><img src=x onerror=alert(2)> and {{constructor}} {{handlebars}} </script><!-- end';

/** A small comparison with one finding of every kind, a moved paragraph, a commitment signal and hostile text. */
export function sampleResult(): RedlineResult {
  return buildResult({
    left: [
      { text: 'Joint Statement on International Information Security', heading: true },
      { number: '1.', text: 'We, the Ministers, gathered in Sochi to participate in the First Ministerial Conference.' },
      { number: '2.', text: 'We welcome the adoption of the Convention against Cybercrime.' },
      { number: '3.', text: 'We advocate a fair and equitable system of security in the use of ICTs.' },
      { number: '4.', text: 'We recognize the need to improve the legal framework between States, and we call for a binding instrument.' },
      { number: '5.', text: 'We note the role of the United Nations.' },
      { number: '6.', text: 'We support the Open-ended Working Group.' },
      { number: '7.', text: 'We stress capacity building for developing countries.' },
      { number: '8.', text: 'We agree to meet again in 2026 in Addis Ababa.' },
    ],
    right: [
      { text: 'Joint Statement on International Information Security', heading: true },
      { number: '1.', text: 'We agree to meet again in 2026 in Moscow.' },
      { number: '2.', text: 'We, the ministers, gathered in Sochi to participate in the first Ministerial Conference.' },
      { number: '3.', text: 'We note the adoption of the Convention against Cybercrime.' },
      { number: '4.', text: 'We advocate a fair and equitable system of security in the use of ICTs.' },
      { number: '5.', text: 'We recognize the need to improve the legal framework between States.' },
      { number: '6.', text: 'We call for a binding instrument.' },
      { number: '7.', text: 'We note the role of the United Nations and support the Open-ended Working Group.' },
      { number: '8.', text: HOSTILE_TEXT },
    ],
    findings: [
      { kind: 'unchanged', left: [0], right: [0] },
      { kind: 'modified', left: [8], right: [1], moved: true, renumbered: true, similarity: 0.82 },
      { kind: 'modified', left: [1], right: [2], editorial: true, renumbered: false, similarity: 0.97 },
      {
        kind: 'modified',
        left: [2],
        right: [3],
        similarity: 0.86,
        signals: [{ type: 'commitment', from: 'welcome', to: 'note', fromStrength: 3, toStrength: 1, direction: 'weakened', summary: 'commitment weakened: welcome → note', tally: 'commitment weakened' }],
      },
      { kind: 'unchanged', left: [3], right: [4] },
      { kind: 'split', left: [4], right: [5, 6], similarity: 0.74 },
      { kind: 'merged', left: [5, 6], right: [7], similarity: 0.71 },
      { kind: 'dropped', left: [7], right: [] },
      { kind: 'new', left: [], right: [8] },
    ],
  });
}

/** A synthetic comparison of `size` paragraphs a side: mostly unchanged, with a change every few paragraphs. */
export function syntheticResult(size: number): RedlineResult {
  const sentence = (i: number) =>
    `Paragraph ${i} recalls the commitments of States to an open, secure, stable, accessible and peaceful ` +
    `information and communications technology environment, and stresses the role of the United Nations in ` +
    `developing norms of responsible State behaviour, confidence-building measures and capacity-building ` +
    `programmes that respond to the needs of developing countries (item ${i}).`;
  const left: ParagraphSpec[] = [];
  const right: ParagraphSpec[] = [];
  const findings: FindingSpec[] = [];
  for (let i = 0; i < size; i += 1) {
    const text = sentence(i + 1);
    left.push({ number: `${i + 1}.`, text });
    if (i % 10 === 3) {
      right.push({ number: `${right.length + 1}.`, text: text.replace('stresses', 'underlines').replace('open, ', '') });
      findings.push({ kind: 'modified', left: [i], right: [right.length - 1], similarity: 0.9 });
    } else if (i % 50 === 17) {
      findings.push({ kind: 'dropped', left: [i], right: [] });
    } else {
      right.push({ number: `${right.length + 1}.`, text });
      findings.push({ kind: 'unchanged', left: [i], right: [right.length - 1] });
    }
  }
  return buildResult({ left, right, findings });
}

/** What a call throws (undefined when it returns). */
export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * A real result with a related link: the first team-written partial-reuse case (test/align/data/related-cases.ts), where
 * older ¶ 2 is dropped and its content went to newer ¶ 2 and ¶ 4.
 */
export function relatedResult(): RedlineResult {
  const options = resolveOptions();
  const left = documentOf(RELATED_CASES[0].left, 'older.txt');
  const right = documentOf(RELATED_CASES[0].right, 'newer.txt');
  const { comparison, warnings } = compareDocuments(left, right, options);
  return buildPipelineResult([left, right], [comparison], options, warnings);
}
