import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DocumentMeta, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { joinParagraphs } from './join-paragraphs.js';
import { htmlNestingDepth } from './html-depth.js';

/** Elements that end one paragraph and start another. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
/** Elements whose content is never document text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'OBJECT', 'CANVAS']);
/** Page furniture dropped when Readability finds no article and the whole body is read instead. */
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], form';
/** Parts of a page that belong to the site, not to the document: an h1 in them is no title. */
const SITE_PARTS = 'nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';
/** Labels a paragraph may already carry, so a list item's own "(a)" is not numbered twice. */
const HAS_LABEL = /^(\d{1,4}(\.\d{1,3})*[.)]|\((\d{1,3}|[a-z]{1,2}|[ivxlcdm]{1,7}|[A-Z])\)|([a-z]|[ivxlcdm]{1,7})[.)]|[-•*–—▪◦·●○■])\s/;

/** Convert an HTML page to paragraph text: the main article (Readability) without navigation, footer or boilerplate. */
export function convertHtml(bytes: Uint8Array, path: string): { text: string; meta: Partial<DocumentMeta>; warnings: Warning[] } {
  const decoded = decodeHtml(bytes);
  // A fragment (no <html> or <body>) gets a page around it, or the parser finds no body to read.
  const html = /<(html|body)[\s>]/i.test(decoded) ? decoded : `<!DOCTYPE html><html><body>${decoded}</body></html>`;
  const depth = assertNestingWithin(html, path);
  const { document } = parseHTML(html);
  // Read the facts first: Readability rewrites the document it is given and drops the page's h1.
  const meta = pageFacts(document);
  // The page's h1, unless it is the site's (a logo in the page header or the navigation), not the document's title.
  const h1Element = document.querySelector('h1');
  const siteH1 = h1Element !== null && (h1Element.closest(SITE_PARTS) !== null || (h1Element.closest('header') !== null && h1Element.closest('article, main') === null));
  const h1 = siteH1 ? '' : clean(h1Element?.textContent ?? '');
  const warnings: Warning[] = [];
  const deep = depth > READABILITY_MAX_DEPTH;
  if (deep) warnings.push({ code: 'html-deep', message: `elements nest ${depth} deep, more than the ${READABILITY_MAX_DEPTH} the article finder handles in reasonable time; read the whole page body without navigation and footer`, file: path });
  const article = deep ? null : new Readability(document as unknown as Document).parse();
  let root: Element;
  if (article?.content) {
    root = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`).document.body as unknown as Element;
    if (!meta.title && article.title) meta.title = article.title.trim();
  } else if (deep) {
    root = document.body as unknown as Element;
  } else {
    warnings.push({ code: 'html-no-article', message: 'no main article found; read the whole page body without navigation and footer', file: path });
    root = parseHTML(html).document.body as unknown as Element;
  }
  // On a short page Readability may return the whole body, navigation included.
  for (const element of Array.from(root.querySelectorAll(FURNITURE))) element.remove();
  const paragraphs = blocksToParagraphs(root);
  // The page's title is the document's first paragraph, as in its Word or text copy (trial 15a: a statement's `<h1>`
  // was dropped, and its date read from the next line, "11-11-2024", not from the title's "Sochi, 10 November, 2024").
  if (article?.content && h1 && !paragraphs.some((paragraph) => paragraph.replace(/^#+ /, '') === h1)) paragraphs.unshift(`# ${h1}`);
  return { text: joinParagraphs(paragraphs, path), meta, warnings };
}

/**
 * Deepest element nesting read at all: linkedom's parser is quadratic in depth past this (100,000 levels take 20 s),
 * and no document needs it.
 */
export const MAX_HTML_DEPTH = 1000;
/**
 * Deepest nesting given to Readability, whose cost grows with the cube of the depth (1,000 levels: 14 s; 10,000:
 * a stack overflow). Real pages nest 20 to 60 deep; a deeper one is read whole, without navigation and footer.
 */
export const READABILITY_MAX_DEPTH = 100;

/** Refuse markup nested deeper than MAX_HTML_DEPTH (one line, before any parser runs); else its depth. */
export function assertNestingWithin(html: string, path: string): number {
  const depth = htmlNestingDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    throw new RedlineError('too-deep', `nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en-US')} deep`, 'Is it generated markup? Give the document as a simpler HTML page, a PDF or text.', path);
  }
  return depth;
}

/** Paragraph texts of an HTML tree: one per block element, headings as Markdown `#`, ordered-list items numbered. */
export function blocksToParagraphs(root: Element): string[] {
  const walker = new BlockWalker();
  walker.visit(root, 0);
  walker.flush();
  return walker.paragraphs;
}

class BlockWalker {
  readonly paragraphs: string[] = [];
  private buffer = '';
  private prefix = '';

  visit(node: Node, listDepth: number): void {
    if (node.nodeType === 3) {
      this.buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      this.buffer += '\n';
      return;
    }
    if (!BLOCKS.has(tag)) {
      for (const child of Array.from(element.childNodes)) this.visit(child, listDepth);
      return;
    }
    this.flush();
    if (/^H[1-6]$/.test(tag)) this.prefix = '#'.repeat(Number(tag[1])) + ' ';
    else if (tag === 'LI') this.prefix = listLabel(element, listDepth);
    const depth = tag === 'OL' || tag === 'UL' ? listDepth + 1 : listDepth;
    for (const child of Array.from(element.childNodes)) this.visit(child, depth);
    this.flush();
  }

  /** End the paragraph being collected; two line breaks in a row inside it also end a paragraph. */
  flush(): void {
    const pieces = this.buffer.split(/\n[ \t\u00a0]*\n/).map(clean).filter((piece) => piece !== '');
    this.buffer = '';
    if (pieces.length === 0) return;
    for (const [i, piece] of pieces.entries()) {
      const prefix = i === 0 ? this.prefix : '';
      this.paragraphs.push(prefix && HAS_LABEL.test(piece) && !prefix.startsWith('#') ? piece : prefix + piece);
    }
    this.prefix = '';
  }
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * An ordered-list item's number as a paragraph label, in the list's `type`; without one (mammoth never writes it),
 * nesting decides the way UN and treaty texts number: `1.` at the top level, `(a)` below it, `(i)` below that.
 */
function listLabel(item: Element, listDepth: number): string {
  const list = item.parentElement;
  if (!list || list.tagName.toUpperCase() !== 'OL') return '';
  let position = Number(list.getAttribute('start') ?? 1);
  if (!Number.isFinite(position)) position = 1;
  for (const sibling of Array.from(list.children)) {
    if (sibling === item) break;
    if (sibling.tagName.toUpperCase() === 'LI') position = Number(sibling.getAttribute('value') ?? position) + 1;
  }
  const own = item.getAttribute('value');
  if (own !== null && Number.isFinite(Number(own))) position = Number(own);
  const type = list.getAttribute('type') ?? (listDepth <= 1 ? '1' : listDepth === 2 ? 'a' : 'i');
  if (type === 'a') return `(${String.fromCharCode(96 + Math.min(position, 26))}) `;
  if (type === 'A') return `${String.fromCharCode(64 + Math.min(position, 26))}. `;
  if (type === 'i') return `(${toRoman(position)}) `;
  if (type === 'I') return `${toRoman(position).toUpperCase()}. `;
  return `${position}. `;
}

function toRoman(value: number): string {
  const numerals: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [size, numeral] of numerals) while (value >= size) { out += numeral; value -= size; }
  return out;
}

/** Title and date as the page states them: its h1 (Readability drops it), Open Graph or `<title>`, a published time. */
function pageFacts(document: ReturnType<typeof parseHTML>['document']): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  const content = (selector: string): string | undefined => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  // The page's h1, unless it is the site's (a logo in the page header or the navigation), not the document's title.
  const h1Element = document.querySelector('h1');
  const siteH1 = h1Element !== null && (h1Element.closest(SITE_PARTS) !== null || (h1Element.closest('header') !== null && h1Element.closest('article, main') === null));
  const h1 = siteH1 ? '' : clean(h1Element?.textContent ?? '');
  const title = h1 || content('meta[property="og:title"]') || clean(document.querySelector('title')?.textContent ?? '');
  if (title) meta.title = title;
  const published =
    content('meta[property="article:published_time"]') ??
    content('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '');
  if (date) meta.date = date[1];
  return meta;
}

/** Decode an HTML page by its declared charset (a BOM or `<meta charset>`), UTF-8 when it declares none or an unknown one. */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/\r\n?/g, '\n');
}
