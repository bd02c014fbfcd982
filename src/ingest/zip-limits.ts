import { inflateRawSync } from 'node:zlib';
import { RedlineError } from '../errors.js';
import { formatBytes } from './read-input.js';

/**
 * A Word file is a zip archive, and a zip can inflate a thousandfold: a 0.5 MB file whose `word/document.xml` inflates
 * to 150 MB drove mammoth's XML parser to 4.4 GB and a V8 abort. Before mammoth sees the archive, the parts it reads
 * are measured: first by the sizes the central directory declares (cheap), then by inflating each part with a cap on
 * its output (the declared sizes are the archive's word, and a crafted archive can lie).
 */

/** Most bytes the parts mammoth reads (everything but media and embedded objects) may inflate to, together. */
export const MAX_DOCX_INFLATED_BYTES = 64 * 1024 * 1024;

/** One entry of a zip's central directory. */
interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused by mammoth's zip reader anyway. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Images, fonts and embedded objects are never inflated by the conversion (images are dropped unread). */
function isReadByConversion(name: string): boolean {
  return !/^word\/(media|embeddings|fonts)\//.test(name);
}

/**
 * Refuse a Word file whose text parts inflate beyond `limit` bytes, with a one-line reason. An archive whose directory
 * cannot be read is left to mammoth, which refuses it with its own reason.
 */
export function assertDocxInflatesWithin(bytes: Uint8Array, path: string, limit = MAX_DOCX_INFLATED_BYTES): void {
  const entries = readCentralDirectory(bytes);
  if (!entries) return;
  const read = entries.filter((entry) => isReadByConversion(entry.name));
  const declared = read.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) throw tooMuch(path, limit, declared);
  let inflated = 0;
  for (const entry of read) {
    const data = entryData(bytes, entry);
    if (!data || entry.method !== 8) {
      inflated += data?.length ?? 0;
    } else {
      try {
        // maxOutputLength stops zlib at the budget left: memory stays bounded whatever the entry really holds.
        inflated += inflateRawSync(data, { maxOutputLength: limit - inflated + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooMuch(path, limit);
        continue; // a damaged entry: mammoth reports it if it needs it
      }
    }
    if (inflated > limit) throw tooMuch(path, limit);
  }
}

function tooMuch(path: string, limit: number, declared?: number): RedlineError {
  const size = declared === undefined ? `more than ${formatBytes(limit)}` : formatBytes(declared);
  return new RedlineError(
    'docx-too-large',
    `is a Word file whose text inflates to ${size}, over the ${formatBytes(limit)} a document may unpack to (a zip bomb?)`,
    'Save it again from Word or LibreOffice, or give a PDF or text version.',
    path,
  );
}

/** The entries of a zip's central directory, or null when there is none to read. */
function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, or up to 64 KB earlier when the archive carries a comment.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return entries.length ? entries : null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.length - at - 46)).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      // 0xFFFFFFFF means "see the zip64 record"; counting it as the largest size refuses it, which a document never needs.
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's stored (compressed) bytes, found through its local header; null when they lie outside the file. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const finish = start + entry.compressedSize;
  if (finish > bytes.length) return null;
  return bytes.subarray(start, finish);
}
