import type { DocumentMeta, DocumentStatus } from '../types.js';
import { normalizeDate } from './dates.js';
import { UN_SYMBOL } from './un-furniture.js';

/**
 * The first page of a UN document is a form, not text: `United Nations`, the organ, the symbol, `Distr.: General`, the
 * issue date, `Original: English`, the session, the agenda item and its title, then either "Resolution adopted by the
 * General Assembly on 7 December 2023" with "[on the report of the Sixth Committee (A/78/440, para. 8)]" and
 * "78/113. Title", or "Singapore: draft resolution" and the title. The text proper starts at the enacting formula
 * ("The General Assembly,"). Both the PDF reader and the extracted-text reader hand this module the first page's lines
 * (furniture already gone, one printed cell per line) and get back document facts; none of those lines is a paragraph.
 */

/** The enacting formula that opens a resolution's text: "The General Assembly,", "The Economic and Social Council,". */
export const ENACTING_FORMULA = /^The (?:[A-Z][A-Za-z]*)(?: (?:[A-Z][A-Za-z]*|and|of|on|the|for))*,$/;

/** The adoption line at a resolution's end: `45th plenary meeting`, `12th meeting`. */
export const MEETING_LINE = /^\d{1,3}(?:st|nd|rd|th)\s+(?:\((?:resumed|closing)\)\s+)?(?:plenary\s+)?meeting$/i;

/** Organs whose name heads the first page. */
const ORGANS = /^(General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)$/;

/** Facts read from a first page, and where the text proper starts. */
export interface UnFrontPage {
  meta: Partial<DocumentMeta>;
  /** Index of the first line of the text proper (the enacting formula), or `lines.length` when none was found. */
  bodyStart: number;
}

/** Where the enacting formula is among the first lines, or -1: the evidence that a text is a UN resolution. */
export function findEnactingFormula(lines: readonly string[], within = 80): number {
  for (let i = 0; i < Math.min(lines.length, within); i++) if (ENACTING_FORMULA.test(lines[i].trim())) return i;
  return -1;
}

/** Read the facts of a UN first page from its lines (trimmed, furniture removed), up to the enacting formula. */
export function readUnFrontPage(lines: readonly string[]): UnFrontPage {
  const formula = findEnactingFormula(lines);
  const bodyStart = formula >= 0 ? formula : lines.length;
  const meta: Partial<DocumentMeta> = {};
  let status: DocumentStatus | undefined;
  const agendaTitle: string[] = [];
  const title: string[] = [];
  /** Which free-text run the next plain line belongs to. */
  let collecting: 'agenda-title' | 'title' | 'basis' | 'adopted-on' | 'issued' | null = null;
  let basis = '';
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i].trim();
    if (line === '' || line === 'United Nations') continue;
    const date = normalizeDate(line.replace(/^on\s+/, ''));
    let match: RegExpExecArray | null;
    if (collecting === 'basis') {
      basis += ` ${line}`;
      if (line.endsWith(']')) {
        status = { ...(status ?? { stage: 'adopted' }), basis: unbracket(basis) };
        collecting = null;
      }
    } else if (ORGANS.test(line) && !meta.issuer) {
      meta.issuer = line;
    } else if (UN_SYMBOL.test(line) && !meta.symbol) {
      meta.symbol = line.replace(/\*$/, '');
    } else if ((match = /^Distr\.?:\s*(.+)$/i.exec(line))) {
      meta.distribution = match[1].trim();
      collecting = 'issued';
    } else if (date && (collecting === 'issued' || collecting === 'adopted-on')) {
      if (collecting === 'issued') meta.issued = date;
      else status = { ...(status ?? { stage: 'adopted' }), on: date };
      collecting = null;
    } else if ((match = /^Original:\s*(.+)$/i.exec(line))) {
      meta.originalLanguage = match[1].trim();
    } else if (/^[A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session$/.test(line)) {
      meta.session = line;
    } else if ((match = /^Agenda items?\s+(.+)$/i.exec(line))) {
      meta.agendaItem = match[1].trim();
      collecting = 'agenda-title';
    } else if ((match = /^(?:Resolution|Decision) adopted by the (.+?)(?: on(?: (.+))?)?$/i.exec(line))) {
      const on = match[2] ? normalizeDate(match[2]) : null;
      status = { stage: 'adopted', by: match[1].trim(), ...(on ? { on } : {}) };
      collecting = on ? null : 'adopted-on';
    } else if (line.startsWith('[')) {
      basis = line;
      if (line.endsWith(']')) status = { ...(status ?? { stage: 'adopted' }), basis: unbracket(basis) };
      else collecting = 'basis';
    } else if ((match = /^(.+?):\*?\s+(?:revised\s+)?draft (?:resolution|decision)s?$/i.exec(line))) {
      status = { stage: 'draft', sponsors: sponsorsOf(match[1]) };
      collecting = 'title';
    } else if ((match = /^(?:Revised )?draft (?:resolution|decision) submitted by (?:the )?(.+)$/i.exec(line))) {
      status = { stage: 'draft', sponsors: sponsorsOf(match[1]) };
      collecting = 'title';
    } else if (/^(?:Revised )?draft (?:resolution|decision)$/i.test(line)) {
      // A committee's own draft (the Sixth Committee's "Draft resolution", its Chair's) names no sponsor.
      status = { stage: 'draft' };
      title.length = 0;
      collecting = 'title';
    } else if ((match = /^(\d{1,3}\/\d{1,4}(?:\s?[A-Z])?)\.\s+(.+)$/.exec(line))) {
      meta.resolution = match[1];
      title.length = 0;
      title.push(match[2]);
      collecting = 'title';
    } else if (collecting === 'agenda-title') {
      agendaTitle.push(line);
    } else if (collecting === 'title') {
      title.push(line);
    }
  }
  const chosen = title.length ? title : agendaTitle;
  if (chosen.length) meta.title = unfoldTitle(chosen);
  if (status) meta.status = status;
  return { meta, bodyStart };
}

/** "Austria, Brazil and Chile" → the three names; an asterisk marking a footnote is dropped. */
function sponsorsOf(list: string): string[] {
  return list
    .replace(/\*/g, '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function unbracket(text: string): string {
  return text.trim().replace(/^\[/, '').replace(/\]$/, '').replace(/\s+/g, ' ').trim();
}

function unfoldTitle(lines: string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ').replace(/(\p{L})- (\p{Ll})/gu, '$1-$2').trim();
}
