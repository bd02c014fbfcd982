import type { TrackedChangesMode } from '../types.js';

/**
 * What mammoth does not read in a Word file's XML, done on `word/document.xml` before it does:
 *  - tracked changes (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`) resolved to the text after them (every change
 *    accepted) or before them (every change rejected), and counted so the reader is told;
 *  - automatic numbering (`w:numPr` in a paragraph or its style, the lists of `word/numbering.xml`) written into each
 *    numbered paragraph as the label Word shows (`3.`, `(a)`, `(ii)`), counted as Word counts: across interruptions,
 *    levels restarting under their parent. mammoth turns numbering into HTML lists, which restart at 1 after every
 *    interruption and lose the format ("(a)" or "a)"), so a draft's OP 3 after a heading came out as a second OP 1.
 *
 * Plain string work over the XML Word writes (elements in the `w:` namespace, no nesting of an element in itself).
 */


/** How many tracked changes a document holds, by kind. */
export interface TrackedChangeCounts {
  insertions: number;
  deletions: number;
  moves: number;
}

/** An element with content, `<w:ins …>…</w:ins>` (never the empty marker `<w:ins …/>` of a paragraph mark). */
const element = (name: string): RegExp => new RegExp(`<w:${name}(?:\\s[^>]*[^/>])?>([\\s\\S]*?)</w:${name}>`, 'g');
/** The empty marker form, `<w:del w:id="3" …/>`, which marks a paragraph mark (or a table row) as inserted or deleted. */
const marker = (name: string): RegExp => new RegExp(`<w:${name}(?:\\s[^>]*)?/>`, 'g');

/** Count the tracked insertions, deletions and moves of a document's XML (runs and paragraph marks alike). */
export function countTrackedChanges(xml: string): TrackedChangeCounts {
  const count = (pattern: RegExp): number => (xml.match(pattern) ?? []).length;
  return {
    insertions: count(element('ins')) + count(marker('ins')),
    deletions: count(element('del')) + count(marker('del')),
    moves: count(element('moveFrom')),
  };
}

/**
 * The document's XML with its tracked changes resolved: `final` keeps insertions and drops deletions, `original` the
 * reverse. A paragraph mark that the resolved text does not have is left marked deleted, which mammoth reads as one
 * paragraph joined to the next; property changes (`w:pPrChange`, `w:rPrChange`) are dropped, the properties after
 * them kept.
 */
export function resolveTrackedChanges(xml: string, mode: TrackedChangesMode): string {
  const [kept, dropped] = mode === 'final' ? (['ins', 'del'] as const) : (['del', 'ins'] as const);
  const [keptMove, droppedMove] = mode === 'final' ? (['moveTo', 'moveFrom'] as const) : (['moveFrom', 'moveTo'] as const);
  let out = xml
    .replace(element('pPrChange'), '')
    .replace(element('rPrChange'), '')
    .replace(marker('pPrChange'), '')
    .replace(marker('rPrChange'), '');
  // Paragraph marks: one the kept text has is unmarked; one it does not have is marked deleted for mammoth.
  out = out.replace(marker(kept), '').replace(marker(keptMove), '');
  out = out.replace(marker(dropped), '<w:del/>').replace(marker(droppedMove), '<w:del/>');
  out = out.replace(element(dropped), '').replace(element(droppedMove), '');
  out = out.replace(element(kept), '$1').replace(element(keptMove), '$1');
  if (mode === 'original') out = out.replace(/<(\/?)w:delText\b/g, '<$1w:t').replace(/<(\/?)w:delInstrText\b/g, '<$1w:instrText');
  // The `<w:del/>` markers left are deleted paragraph marks; mammoth finds them under w:pPr/w:rPr.
  return out;
}

/** One level of a numbering definition. */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** The numbering definitions a document's paragraphs refer to. */
interface Numbering {
  /** numId → abstract numbering id, and the levels it restarts (`w:startOverride`). */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** abstract numbering id → its levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
}

/** A paragraph style's numbering and the style it is based on. */
interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

const attribute = (xml: string, tag: string, name = 'w:val'): string | null => {
  const match = new RegExp(`<w:${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return match ? match[1] : null;
};

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const match of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const level of match[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(+level[1], { start: Number(attribute(level[2], 'start') ?? 1), format: attribute(level[2], 'numFmt') ?? 'decimal', text: attribute(level[2], 'lvlText') ?? '' });
    }
    abstracts.set(match[1], levels);
  }
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const match of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attribute(match[2], 'abstractNumId');
    if (abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const override of match[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attribute(override[2], 'startOverride');
      if (start !== null) startOverrides.set(+override[1], Number(start));
    }
    nums.set(match[1], { abstractId, startOverrides });
  }
  return { nums, abstracts };
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const match of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(match[2])?.[1] ?? '';
    const ilvl = attribute(numPr, 'ilvl');
    styles.set(match[1], { numId: attribute(numPr, 'numId'), ilvl: ilvl === null ? null : Number(ilvl), basedOn: attribute(match[2], 'basedOn') });
  }
  return styles;
}

/** A paragraph's numbering through its style chain (a style's own numPr, else its parent's). */
function styleNumbering(styles: ReadonlyMap<string, StyleNumbering>, styleId: string | null): { numId: string | null; ilvl: number | null } {
  const seen = new Set<string>();
  let id = styleId;
  while (id && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    if (style.numId !== null) return { numId: style.numId, ilvl: style.ilvl };
    id = style.basedOn;
  }
  return { numId: null, ilvl: null };
}

/** The ordered formats whose labels are written into the text; bullets and pictures stay lists. */
const ORDERED = new Set(['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman']);

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
    case 'upperLetter': {
      // Word's letters go a…z, then aa…zz.
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

function roman(value: number): string {
  const numerals: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let out = '';
  for (const [amount, numeral] of numerals) while (rest >= amount) {
    out += numeral;
    rest -= amount;
  }
  return out;
}

/** Whether the paragraph whose properties end at `from` holds any text before its end (`</w:p>`): a visible character in a `w:t`. */
function hasText(xml: string, from: number): boolean {
  const end = xml.indexOf('</w:p>', from);
  const body = xml.slice(from, end < 0 ? xml.length : end);
  return /<w:t(?:\s[^>]*)?>[^<]*[^\s<]/.test(body);
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Write Word's automatic numbering into the document's text: each paragraph numbered with an ordered format gets a run
 * with its label and a space (`3. `, `(a) `) at its start, and its numbering switched off (`numId` 0), so the HTML has
 * the numbers Word shows. Counters follow Word: one per list (abstract numbering) and level, shared by the list's
 * every paragraph however far apart, deeper levels restarting under a new parent, `w:startOverride` restarting a list.
 * Paragraphs whose mark is deleted (joined to the next) are not counted; an empty item is counted but not labelled.
 * Returns the XML and how many labels it wrote.
 */
export function writeNumbering(documentXml: string, numberingXml: string | null, stylesXml: string | null): { xml: string; labelled: number } {
  if (!numberingXml) return { xml: documentXml, labelled: 0 };
  const numbering = readNumbering(numberingXml);
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleNumbering>();
  const counters = new Map<string, number[]>(); // abstract id → counter per level
  const overridden = new Set<string>(); // numIds whose start overrides were applied
  let labelled = 0;
  const xml = documentXml.replace(/<w:p(?:\s[^>]*)?>(\s*<w:pPr(?:\s[^>]*)?>[\s\S]*?<\/w:pPr>)?/g, (whole: string, pPr: string | undefined, offset: number) => {
    if (!pPr) return whole;
    if (/<w:rPr>[\s\S]*?<w:del\b[\s\S]*?<\/w:rPr>/.test(pPr)) return whole;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const fromStyle = styleNumbering(styles, attribute(pPr, 'pStyle'));
    const numId = (numPr ? attribute(numPr, 'numId') : null) ?? fromStyle.numId;
    const ilvlText = numPr ? attribute(numPr, 'ilvl') : null;
    const ilvl = ilvlText !== null ? Number(ilvlText) : (fromStyle.ilvl ?? 0);
    if (numId === null || numId === '0') return whole;
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || !ORDERED.has(level.format)) return whole;
    const counter = counters.get(num.abstractId) ?? [];
    if (!overridden.has(numId)) {
      overridden.add(numId);
      for (const [overrideLevel, start] of num.startOverrides) counter[overrideLevel] = start - 1;
    }
    counter[ilvl] = (counter[ilvl] ?? (levels.get(ilvl)?.start ?? 1) - 1) + 1;
    counter.length = ilvl + 1; // deeper levels start again under this paragraph
    counters.set(num.abstractId, counter);
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const value = counter[at] ?? levels.get(at)?.start ?? 1;
      return formatNumber(value, levels.get(at)?.format ?? 'decimal');
    });
    // An item without text (its words deleted as a tracked change, the paragraph mark kept: Word still shows "16." and
    // counts it) is counted but gets no label: alone, the label read as a heading, "new heading 2: 16." (trial 19-b D8).
    if (label.trim() === '' || !hasText(documentXml, offset + whole.length)) return whole;
    labelled++;
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    const newPPr = numPr !== undefined ? pPr.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, off) : pPr.replace(/(<w:pPr(?:\s[^>]*)?>)/, `$1${off}`);
    return whole.replace(pPr, newPPr) + `<w:r><w:t xml:space="preserve">${escapeXml(label.trim())} </w:t></w:r>`;
  });
  return { xml, labelled };
}
