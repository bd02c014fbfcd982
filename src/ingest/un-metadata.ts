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

/** The session: the first number of `80/46`, else the session part of a symbol (`A/80/L.6`, `A/C.1/80/L.9`, `A/RES/80/46`). */
export function sessionOf(resolution: string | null, symbol: string | null): number | null {
  const fromResolution = resolution ? /^(\d{1,3})\//.exec(resolution) : null;
  if (fromResolution) return Number(fromResolution[1]);
  const fromSymbol = symbol ? /^A\/(?:RES\/|C\.\d\/|ES-\d+\/)?(\d{1,3})\//.exec(symbol) : null;
  return fromSymbol ? Number(fromSymbol[1]) : null;
}

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

/**
 * Where the enacting formula is among the first `within` non-blank lines, or -1: the evidence that a text is a UN
 * resolution. Blank lines do not count, so a reader may hand over the page with its blank lines (they end blocks).
 */
export function findEnactingFormula(lines: readonly string[], within = 80): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < within; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    seen++;
    if (ENACTING_FORMULA.test(line)) return i;
  }
  return -1;
}

/** A revision's origin, printed in its sponsor block: "on the basis of informal consultations on draft resolution A/C.2/80/L.17". */
const REVISES = /on the basis of informal consultations (?:held )?on draft (?:resolution|decision)s? ([A-Z][A-Z0-9.]*(?:\/[A-Z0-9.]+)+)/i;

/** Who submits a draft as an office, not as a list of States: the submitter is kept whole ("the Vice-Chair …, Name (Finland)"). */
const OFFICE = /^(?:Vice-Chair|Chair|President|Vice-President|Rapporteur|Facilitator|Co-facilitators?|Secretary-General|Bureau)\b/i;

/**
 * Read the facts of a UN first page from its lines (trimmed, furniture removed), up to the enacting formula. Blank lines
 * may be given (the extracted-text reader gives the text's, the PDF reader one for each wide gap between lines): they
 * end the agenda item's title, so a sponsor list of several lines that follows it is read whole; without them only the
 * sponsor list's last line is read.
 */
export function readUnFrontPage(lines: readonly string[]): UnFrontPage {
  const formula = findEnactingFormula(lines);
  const bodyStart = formula >= 0 ? formula : (amendmentsBodyStart(lines) ?? lines.length);
  const meta: Partial<DocumentMeta> = {};
  let status: DocumentStatus | undefined;
  const agendaTitle: string[] = [];
  const title: string[] = [];
  /** Which free-text run the next plain line belongs to. */
  let collecting: 'agenda-title' | 'title' | 'basis' | 'adopted-on' | 'issued' | 'submitter' | null = null;
  let basis = '';
  /** Lines of the block after the agenda item's title (seen only when blank lines are given): a sponsor list's first lines. */
  const pending: string[] = [];
  let pendingOpen = false;
  /** The submitter of a "Draft resolution submitted by …" block, which may run over several lines. */
  const submitter: string[] = [];
  let blankSinceSubmitter = false;
  const closeSubmitter = (): void => {
    const block = unfoldTitle(submitter);
    const revises = REVISES.exec(block)?.[1].replace(/[.,;:]+$/, '');
    const who = block.replace(/,?\s*on the basis of informal consultations.*$/i, '').trim();
    status = { stage: 'draft', ...(who ? { sponsors: OFFICE.test(who) ? [who] : sponsorsOf(who) } : {}), ...(revises ? { revises } : {}) };
    submitter.length = 0;
    collecting = 'title';
  };
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i].trim();
    if (collecting === 'submitter') {
      if (line === '') {
        blankSinceSubmitter = true;
        continue;
      }
      // The block goes on while the text says so: a bracket, a lower-case start, a line after a comma, the revision clause.
      const previous = submitter[submitter.length - 1];
      const continues = !blankSinceSubmitter && (/^[(a-z]/.test(line) || /(?:,|\band|\bof|\bon)$/.test(previous) || /^on the basis of/i.test(line));
      if (continues) {
        submitter.push(line);
        continue;
      }
      closeSubmitter();
    }
    if (line === '') {
      if (collecting === 'agenda-title' && agendaTitle.length) {
        collecting = null;
        pendingOpen = true;
      } else if (pendingOpen && pending.length) pending.length = 0; // a block that was no sponsor list
      continue;
    }
    // "United Nations" heads the page, but also ends titles ("… associated with the United Nations").
    if (line === 'United Nations' && collecting !== 'title' && collecting !== 'agenda-title') continue;
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
    } else if ((match = AMENDMENTS_LINE.exec(line))) {
      status = { stage: 'draft', sponsors: sponsorsOf([...pending, match[1]].join(' ')), amends: match[2].replace(/[.,;:]+$/, '') };
      pending.length = 0;
      pendingOpen = false;
      collecting = 'title';
    } else if ((match = /^(.+?):\*?\s+(?:revised\s+)?draft (?:resolution|decision)s?$/i.exec(line))) {
      status = { stage: 'draft', sponsors: sponsorsOf([...pending, match[1]].join(' ')) };
      pending.length = 0;
      pendingOpen = false;
      collecting = 'title';
    } else if ((match = /^(?:Revised )?draft (?:resolution|decision) submitted by (?:the )?(.+)$/i.exec(line))) {
      submitter.push(match[1]);
      blankSinceSubmitter = false;
      pending.length = 0;
      pendingOpen = false;
      collecting = 'submitter';
    } else if (/^(?:Revised )?draft (?:resolution|decision)$/i.test(line)) {
      // A committee's own draft (the Sixth Committee's "Draft resolution", its Chair's) names no sponsor.
      status = { stage: 'draft' };
      title.length = 0;
      pending.length = 0;
      pendingOpen = false;
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
    } else if (pendingOpen) {
      pending.push(line);
    }
  }
  if (collecting === 'submitter') closeSubmitter();
  const chosen = title.length ? title : agendaTitle;
  if (chosen.length) meta.title = unfoldTitle(chosen);
  // An L-document is a draft even when its form names no sponsor line the reader knows.
  if (!status && meta.symbol && /\/L\.\d/.test(meta.symbol)) status = { stage: 'draft' };
  if (status) meta.status = status;
  return { meta, bodyStart };
}

/** The sponsor line of an amendments document: "Egypt: amendments to draft resolution A/C.1/80/L.9". */
const AMENDMENTS_LINE = /^(.+?):\*?\s+(?:proposed\s+)?amendments? to (?:the )?(?:revised )?draft (?:resolution|decision) ([A-Z][A-Z0-9.]*(?:\/[A-Za-z0-9.]+)+)$/i;

/**
 * Where an amendments document's text starts: it has no enacting formula, only its amendments ("Operative paragraph 6",
 * "Replace the words … with …", "Delete the word …") after the sponsor line and the amended draft's title. Without
 * this the whole document was taken for its first page's form and refused as having "no readable text" (trial 21-a D13).
 * The title is the first block of lines after the sponsor line; the text is the next block on. Null for any other page.
 */
function amendmentsBodyStart(lines: readonly string[]): number | null {
  const sponsorLine = lines.findIndex((line) => AMENDMENTS_LINE.test(line.trim()));
  if (sponsorLine < 0) return null;
  let at = sponsorLine + 1;
  while (at < lines.length && lines[at].trim() === '') at++;
  while (at < lines.length && lines[at].trim() !== '') at++;
  while (at < lines.length && lines[at].trim() === '') at++;
  return at < lines.length ? at : null;
}

/** Member States whose name holds "and": the list is never cut inside them. */
const NAMES_WITH_AND = ['Antigua and Barbuda', 'Bosnia and Herzegovina', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines', 'Sao Tome and Principe', 'Trinidad and Tobago', 'United Kingdom of Great Britain and Northern Ireland'];

/**
 * "Austria, Brazil and Chile" → the three names; an asterisk marking a footnote is dropped. Names holding "and"
 * (Bosnia and Herzegovina) and text in brackets stay whole, and a block speaking for a group ("Iraq, on behalf of the
 * Group of 77 and China") is one sponsor: cutting it would make "China" a sponsor of its own.
 */
function sponsorsOf(list: string): string[] {
  const text = list.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  if (/\bon behalf of\b/i.test(text)) return text ? [text] : [];
  const AND = '\u0000';
  let protectedText = text;
  for (const name of NAMES_WITH_AND) protectedText = protectedText.split(name).join(name.replace(/ and /g, ` ${AND} `));
  // Commas and "and" inside brackets ("Netherlands (Kingdom of the)") do not separate names.
  let depth = 0;
  let guarded = '';
  for (const char of protectedText) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    guarded += depth > 0 && char === ',' ? '\u0001' : char;
  }
  guarded = guarded.replace(/\(([^()]*)\)/g, (whole) => whole.replace(/ and /g, ` ${AND} `));
  return guarded
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.split(AND).join('and').split('\u0001').join(',').trim())
    .filter((name) => name !== '');
}

function unbracket(text: string): string {
  return text.trim().replace(/^\[/, '').replace(/\]$/, '').replace(/\s+/g, ' ').trim();
}

function unfoldTitle(lines: string[]): string {
  return lines.join(' ').replace(/\s+/g, ' ').replace(/(\p{L})- (\p{Ll})/gu, '$1-$2').trim();
}
