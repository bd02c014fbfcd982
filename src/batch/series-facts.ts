import type { DocumentMeta, SeriesFacts } from '../types.js';
import { seriesOf } from './read-corpus.js';
import { sessionOf } from '../ingest/un-metadata.js';

export { sessionOf };

const ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
/** What the series' facts call the General Assembly meeting in plenary (a resolution adopted without a Main Committee's report). */
export const PLENARY = 'Plenary';

/**
 * The facts `series/` groups a document by, read from what the scan kept of it: its front matter `series`, its folder
 * (with `--series-by folder`), and a UN document's symbol, resolution number, stage, the draft it revises, session,
 * committee and agenda item.
 */
export function seriesFactsOf(meta: DocumentMeta, id: string, date: string | null, folder: string | null): SeriesFacts {
  const symbol = meta.symbol ?? null;
  const resolution = meta.resolution ?? null;
  return {
    id,
    title: meta.title,
    date,
    series: seriesOf(meta),
    folder,
    symbol,
    resolution,
    session: sessionOf(resolution, symbol),
    stage: meta.status?.stage ?? null,
    revises: meta.status?.revises ?? null,
    amends: meta.status?.amends ?? null,
    committee: committeeOf(meta.status?.basis ?? null, symbol),
    agendaItem: meta.agendaItem ?? null,
  };
}

/**
 * The Main Committee: named in the adoption basis ("on the report of the First Committee"), else by a committee draft's
 * symbol (`A/C.1/…`); `Plenary` for a resolution adopted "without reference to a Main Committee" (a new user found the
 * oceans and humanitarian-personnel series under a bare "agenda item 75", where the first page names the plenary).
 */
export function committeeOf(basis: string | null, symbol: string | null): string | null {
  if (basis && /\bwithout reference to a Main Committee\b/i.test(basis)) return PLENARY;
  const named = basis ? /\b(First|Second|Third|Fourth|Fifth|Sixth) Committee\b/.exec(basis) : null;
  if (named) return `${named[1]} Committee`;
  const committee = symbol ? /^A\/C\.([1-6])\//.exec(symbol) : null;
  return committee ? `${ORDINALS[Number(committee[1]) - 1]} Committee` : null;
}
