/**
 * Running heads of a PDF-extracted plain text: the document's (or section's) name printed on every page with the page
 * number, "2 / NATIONAL CYBER SECURITY MASTERPLAN 2018" on even pages and "NATIONAL CYBER SECURITY MASTERPLAN 2018 / 3"
 * on odd ones (Singapore 2013), "3 MALTA CYBER SECURITY STRATEGY 2016", "Information systems defence and security
 * strategy 11" (France 2011). They are page furniture, not paragraphs (trial 15a: 26 such lines showed as dropped
 * headings of Singapore 2013 → 2016). The UN readers remove their own furniture; this is for any other text.
 *
 * A line is a running head when it is a name and a page number (at either end, a separator `/`, `|`, `·`, `•` or a dash
 * between them allowed), and the same name comes with a page number on at least three lines whose numbers grow from
 * line to line, as pages do. The name must hold three words or more: "Annex 1", "Chapter 2", "Strategic objective 3"
 * and "Part 4" are headings numbered in order, not furniture. The name alone, without a number (a title page), stays.
 */

/** A page number at a line's start or end: 1 to 999, or a front page's Roman numeral (`xii`). */
const PAGE = String.raw`(\d{1,3}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))`;
const SEPARATOR = String.raw`(?:\s*[/|·•\u2013\u2014-])?\s+`;
const NUMBER_FIRST = new RegExp(String.raw`^${PAGE}${SEPARATOR}(\S.*)$`);
const NUMBER_LAST = new RegExp(String.raw`^(.*?\S)${SEPARATOR}${PAGE}$`);
/** At least this many lines carry the name with a page number. */
const MIN_REPEATS = 3;
/** Longest running head read: a running head is a name, not a sentence. */
const MAX_LENGTH = 120;

/** The page number's value for ordering: front pages (Roman numerals) come before page 1. */
function pageValue(page: string): number {
  if (/^\d+$/.test(page)) return Number(page);
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < page.length; i++) {
    const value = values[page[i]];
    const next = values[page[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total - 1000;
}

/** A running head's name: three words of two letters or more. */
function isName(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= 3;
}

/** Indices of the lines (as split at `\n`) that are running heads. */
export function runningHeadLines(lines: readonly string[]): Set<number> {
  const byName = new Map<string, Array<{ index: number; page: number }>>();
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text.length === 0 || text.length > MAX_LENGTH || !/\d|^[ivx]|[ivx]$/.test(text)) continue;
    for (const [pattern, pageAt, nameAt] of [
      [NUMBER_FIRST, 1, 2],
      [NUMBER_LAST, 2, 1],
    ] as const) {
      const match = pattern.exec(text);
      if (!match || !isName(match[nameAt])) continue;
      const name = match[nameAt].replace(/\s+/g, ' ').toLowerCase();
      const found = byName.get(name) ?? [];
      found.push({ index, page: pageValue(match[pageAt]) });
      byName.set(name, found);
    }
  }
  const heads = new Set<number>();
  for (const found of byName.values()) {
    if (found.length < MIN_REPEATS) continue;
    if (!found.every((entry, k) => k === 0 || entry.page > found[k - 1].page)) continue;
    for (const entry of found) heads.add(entry.index);
  }
  return heads;
}

/**
 * A publisher's imprint line: "Singapore’s Cybersecurity Strategy Copyright © 2016 by Cyber Security Agency of
 * Singapore All rights reserved." (Singapore 2016, read as its ¶ 5 in trial 15a), "Copyrights © Ministry of
 * Communications and Information Technology" and "All rights reserved. No part of this publication may be …" (Egypt
 * 2012). It says who owns the print, not what the policy says: furniture, like a page number.
 */
export function isImprintLine(line: string): boolean {
  const text = line.trim();
  // An imprint that goes on over the next lines ("© No part of this document can be reproduced, … electronic," /
  // "mechanical, photocopying, …", Rwanda) stays whole: cutting its first line would leave the rest a paragraph.
  if (text.length > 300 || /[,;:\-\u2013\u2014]$/.test(text)) return false;
  return /©|\(c\) (?:19|20)\d\d|\bCopyrights? (?:©|\(c\)|(?:19|20)\d\d)/i.test(text) || /^All rights reserved\b/i.test(text);
}

/** A running head printed without its page number is repeated alone on at least this many lines. */
const MIN_BARE_REPEATS = 6;
/** A bare running head is at least this long: "Key actions", "What we will do" repeated over sections are headings. */
const MIN_BARE_LENGTH = 20;

/**
 * Running heads whose page numbers the text's export dropped: the same line, alone, on many pages. "National Cyber
 * Security Strategy 2016" stands alone 63 times in UK 2016 (with blank lines around, in a text of one line per
 * paragraph) and "InformationSystemsSecurityDirectorate-­-MCIT" 11 times in Afghanistan 2014; `runningHeadLines`, which
 * wants a page number beside the name, missed both, and each showed as a heading and a change (trial 16b, D4). A line
 * is one when it is at least 20 characters long, ends in no sentence punctuation (a sentence or a list item said six
 * times is text) and stands alone on at least six lines. Returns the heads (trimmed, as printed), so that a head glued
 * to a line's start or end can be cut off too (`withoutRunningHead`).
 */
export function bareRunningHeads(lines: readonly string[]): Set<string> {
  const seen = new Map<string, { count: number; lastText: number }>();
  let textLines = 0;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index].trim();
    if (text === '') continue;
    textLines++;
    if (text.length < MIN_BARE_LENGTH || text.length > MAX_LENGTH || /[.;:,!?]$/.test(text) || !/\p{L}{4}/u.test(text)) continue;
    // Alone: a blank line (or the text's edge) on each side; a line of a wrapped paragraph is no page's head.
    if ((lines[index - 1] ?? '').trim() !== '' || (lines[index + 1] ?? '').trim() !== '') continue;
    if (/\b(?:a|an|the|of|to|in|on|for|by|with|and|or|that)$/i.test(text)) continue; // a sentence cut at a blank line
    const entry = seen.get(text) ?? { count: 0, lastText: -PAGE_APART };
    // One per page: at least three lines of text between two of them (a refrain said block after block is text).
    if (textLines - entry.lastText > PAGE_APART) entry.count++;
    entry.lastText = textLines;
    seen.set(text, entry);
  }
  const heads = new Set<string>();
  for (const [text, entry] of seen) if (entry.count >= MIN_BARE_REPEATS) heads.add(text);
  return heads;
}

/** Lines of text at least between two counted repeats of a bare running head, minus one. */
const PAGE_APART = 3;

/**
 * A line with a bare running head glued to its start or end ("11. Definitions InformationSystemsSecurityDirectorate-­-MCIT",
 * "… on an annual basis. National Cyber Security Strategy 2016"): how many characters to cut at each end (0 and 0
 * when none is glued).
 */
export function withoutRunningHead(text: string, heads: ReadonlySet<string>): { cutStart: number; cutEnd: number } {
  for (const head of heads) {
    if (text.length > head.length + 1 && text.startsWith(head) && /\s/.test(text[head.length])) {
      const rest = text.slice(head.length);
      return { cutStart: head.length + (rest.length - rest.trimStart().length), cutEnd: 0 };
    }
    if (text.length > head.length + 1 && text.endsWith(head) && /\s/.test(text[text.length - head.length - 1])) {
      const rest = text.slice(0, text.length - head.length);
      return { cutStart: 0, cutEnd: head.length + (rest.length - rest.trimEnd().length) };
    }
  }
  return { cutStart: 0, cutEnd: 0 };
}
