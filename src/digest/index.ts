import type { Digest, DigestPair, DigestSeries, DigestStep, DigestVersion, Series } from '../types.js';
import { digestLine, isNegotiated } from './digest-line.js';
import { compareSeries } from './series-order.js';

export { digestLine, isNegotiated } from './digest-line.js';
export { compareSeries } from './series-order.js';

/**
 * The digest stage: what was negotiated in each series. From the series (their documents in order, drafts, committee,
 * agenda item) and each compared pair's result, one step per pair whose two documents belong to the series, with one
 * line per negotiated finding (`digest-line.ts`) and the technical updates said to be so. Series come out ordered by
 * committee, agenda item and title (`series-order.ts`). Renderers receive the `Digest` and never re-derive it.
 */
export function buildDigest(series: readonly Series[], pairs: readonly DigestPair[]): Digest {
  const digestSeries = series.map((one) => seriesDigest(one, pairs));
  return { series: digestSeries.sort(compareSeries) };
}

function seriesDigest(series: Series, pairs: readonly DigestPair[]): DigestSeries {
  const position = new Map(series.documents.map((id, index) => [id, index]));
  const drafts = new Set(series.drafts.flatMap((history) => history.drafts));
  const members = pairs.filter((pair) => {
    const comparison = pair.result.comparisons[0];
    return comparison !== undefined && position.has(comparison.left) && position.has(comparison.right);
  });
  const order = (pair: DigestPair): [number, number] => [position.get(pair.result.comparisons[0].right)!, position.get(pair.result.comparisons[0].left)!];
  members.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  return {
    id: series.id,
    title: series.title,
    committee: series.committee,
    agendaItem: series.agendaItem,
    steps: members.map((pair) => digestStep(pair, drafts)),
  };
}

/** One pair as a step: both versions named, its negotiated lines, its routine and editorial findings counted. */
export function digestStep(pair: DigestPair, drafts: ReadonlySet<string> = new Set()): DigestStep {
  const comparison = pair.result.comparisons[0];
  const document = (id: string) => pair.result.documents.find((candidate) => candidate.id === id);
  const left = document(comparison.left);
  const right = document(comparison.right);
  const version = (id: string): DigestVersion => {
    const meta = document(id);
    return { id, name: meta?.symbol ?? meta?.resolution ?? id, date: meta?.date ?? null };
  };
  const lines = comparison.findings.flatMap((finding, index) =>
    isNegotiated(finding) ? [digestLine(finding, index, left?.paragraphs ?? [], right?.paragraphs ?? [], pair.report)] : [],
  );
  const modified = comparison.findings.filter((finding) => finding.kind === 'modified');
  return {
    step: drafts.has(comparison.left) ? 'draft' : 'version',
    older: version(comparison.left),
    newer: version(comparison.right),
    technicalUpdate: lines.length === 0,
    routine: modified.filter((finding) => finding.routine).length,
    editorial: modified.filter((finding) => finding.editorial).length,
    report: pair.report,
    lines,
  };
}
