import type { InputFormat } from '../types.js';

const PK = [0x50, 0x4b, 0x03, 0x04];

/** Tell a document's format from its first bytes: `%PDF`, a zip holding `word/document.xml`, HTML markup, else text. */
export function detectFormat(bytes: Uint8Array): InputFormat {
  if (looksLikePdf(bytes)) return 'pdf';
  if (PK.every((byte, i) => bytes[i] === byte)) {
    // Entry names are stored uncompressed in local headers and the central directory, so a byte search finds them.
    return indexOfAscii(bytes, 'word/document.xml') >= 0 ? 'docx' : 'zip';
  }
  return looksLikeHtml(bytes) ? 'html' : 'text';
}

/**
 * A PDF by its structure, not by a string anywhere: the header `%PDF-1.x` opens the file (after white space at most),
 * or, since readers accept a header anywhere in the first 1,024 bytes (some servers prepend junk), it sits there and
 * the file ends the way a PDF ends (`startxref`, an offset, `%%EOF`). A text that merely mentions `%PDF-1.7` stays a text.
 */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const at = indexOfAscii(head, '%PDF-');
  if (at < 0 || !isPdfVersion(head, at + 5)) return false;
  let opening = 0;
  while (opening < at && (head[opening] === 0x20 || head[opening] === 0x09 || head[opening] === 0x0a || head[opening] === 0x0d || head[opening] === 0x0c)) opening++;
  if (opening === at) return true;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  return /startxref\s+\d+\s+%%EOF/.test(tail);
}

/** `1.4`, `2.0`: a digit, a dot, a digit. */
function isPdfVersion(bytes: Uint8Array, at: number): boolean {
  const digit = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x30 && byte <= 0x39;
  return digit(bytes[at]) && bytes[at + 1] === 0x2e && digit(bytes[at + 2]);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/^<!doctype html/.test(head) || /^<html[\s>]/.test(head)) return true;
  // XHTML and fragments saved from a browser: an XML prolog or a comment, then the html element.
  if (/^(<\?xml[^>]*>|<!--[\s\S]*?-->|\s)*(<!doctype html|<html[\s>])/.test(head)) return true;
  if (/^<(head|body)[\s>]/.test(head)) return true;
  // A fragment saved from a page or a CMS: it opens with a block element and closes block elements.
  return /^<(p|div|article|section|main|h[1-6]|ul|ol|table|blockquote)[\s>]/.test(head) && /<\/(p|div|article|section|li|h[1-6])>/.test(head);
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'latin1');
}
