import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleDigest, digestStep } from '../digest/index.js';
import type { Comparison, Digest, DigestStep, DocumentMeta, DraftHistory, PairRecord, RedlineResult, Series } from '../types.js';

/** What the series of a chain run are read from: each pair's documents' facts and which two it compared. */
export interface ChainPairFacts {
  documents: ReadonlyArray<Pick<DocumentMeta, 'id' | 'title' | 'date' | 'agendaItem' | 'status'>>;
  comparisons: ReadonlyArray<Pick<Comparison, 'left' | 'right'>>;
}

type ResultDocument = ChainPairFacts['documents'][number];

/** `on the report of the First Committee (A/79/408, para. 114)` → `First Committee`. */
function committeeOf(document: ResultDocument): string | null {
  return document.status?.basis?.match(/\breport of the (.+? Committee)\b/)?.[1] ?? null;
}

/** A title as an id: lowercase words joined by hyphens (`Nuclear disarmament` → `nuclear-disarmament`). */
function slug(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'series';
}

/** Runs of drafts (first page: "draft resolution") in series order, each with the adopted text that follows it, if any. */
function draftHistories(members: readonly ResultDocument[]): DraftHistory[] {
  const histories: DraftHistory[] = [];
  let drafts: string[] = [];
  for (const document of members) {
    if (document.status?.stage === 'draft') {
      drafts.push(document.id);
      continue;
    }
    if (drafts.length > 0) histories.push({ drafts, adopted: document.id });
    drafts = [];
  }
  if (drafts.length > 0) histories.push({ drafts, adopted: null });
  return histories;
}

/**
 * STAND-IN, to be replaced by the real series grouping (UN titles, drafts; the `series/` stage): the series of a chain
 * run read off its pairs. Documents linked by compared pairs are one series (connected components), oldest first by
 * (date, id) as the batch orders them; its title is the newest document's, its committee (from the adoption line "on
 * the report of the … Committee") and agenda item those of the newest document that states them; its drafts (a first page saying "draft resolution") are the runs of drafts
 * in that order, each with the adopted text after it.
 */
export function seriesFromChainPairs(results: readonly ChainPairFacts[]): Series[] {
  const documents = new Map<string, ResultDocument>();
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const result of results) {
    for (const document of result.documents) {
      if (!documents.has(document.id)) documents.set(document.id, document);
      if (!parent.has(document.id)) parent.set(document.id, document.id);
    }
    for (const comparison of result.comparisons) {
      const [a, b] = [root(comparison.left), root(comparison.right)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, ResultDocument[]>();
  for (const id of [...documents.keys()].sort()) {
    const key = root(id);
    groups.set(key, [...(groups.get(key) ?? []), documents.get(id)!]);
  }
  const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const byDateThenId = (a: ResultDocument, b: ResultDocument): number => byCodePoint(a.date ?? '', b.date ?? '') || byCodePoint(a.id, b.id);
  const used = new Map<string, number>();
  return [...groups.values()].map((members) => {
    members.sort(byDateThenId);
    const newest = members[members.length - 1];
    const base = slug(newest.title);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return {
      id: seen === 1 ? base : `${base}-${seen}`,
      title: newest.title,
      basis: 'chain',
      documents: members.map((document) => document.id),
      drafts: draftHistories(members),
      // The newest document that states them (a draft has no adoption line, so its adopted text or the one before speaks).
      committee: [...members].reverse().map(committeeOf).find((committee) => committee !== null) ?? null,
      agendaItem: [...members].reverse().find((document) => document.agendaItem)?.agendaItem ?? null,
    };
  });
}

/**
 * The digest of a chain run, from the pair reports it wrote into `pairs/` (a pair without a report or that failed has no
 * step). Each report is read and made a step at once, only its documents' facts kept for the series, so a long chain
 * never holds every pair's result. Lines link to the pair's HTML report when written, else to its JSON.
 */
export async function chainDigest(outDir: string, records: readonly PairRecord[]): Promise<Digest> {
  const facts: ChainPairFacts[] = [];
  const steps: DigestStep[] = [];
  for (const record of records) {
    if (record.report === null || record.error !== undefined) continue;
    const result = JSON.parse(await readFile(join(outDir, record.report), 'utf8')) as RedlineResult;
    steps.push(digestStep({ result, report: record.html ?? record.report }));
    facts.push({
      documents: result.documents.map(({ id, title, date, agendaItem, status }) => ({ id, title, date, agendaItem, status })),
      comparisons: result.comparisons.map(({ left, right }) => ({ left, right })),
    });
  }
  return assembleDigest(seriesFromChainPairs(facts), steps);
}
