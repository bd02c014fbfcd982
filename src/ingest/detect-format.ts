import type { InputFormat } from '../types.js';

const PK = [0x50, 0x4b, 0x03, 0x04];

/** Tell a document's format from its first bytes: `%PDF`, a zip holding `word/document.xml`, HTML markup, else text. */
export function detectFormat(bytes: Uint8Array): InputFormat {
  // The PDF spec lets a header sit anywhere in the first 1,024 bytes (some servers prepend junk).
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (PK.every((byte, i) => bytes[i] === byte)) {
    // Entry names are stored uncompressed in local headers and the central directory, so a byte search finds them.
    return indexOfAscii(bytes, 'word/document.xml') >= 0 ? 'docx' : 'zip';
  }
  return looksLikeHtml(bytes) ? 'html' : 'text';
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
