import { describe, expect, it } from 'vitest';
import { detectSignals } from '../../src/classify/signals/index.js';
import { isRoutineChange } from '../../src/classify/routine.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { HAS_SHARED, ROOT, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
interface SignalsReport {
  pairs: number;
  read: number;
  skipped: string[];
  types: Record<string, TypeScore>;
  heldOut: { pairs: number; types: Record<string, TypeScore> };
}
interface SignalsEval {
  loadLabelled(path: string): unknown[];
  evaluateSignals(input: { labelled: unknown[]; dataDir: string; root: string; api: unknown }): Promise<SignalsReport>;
}

/** The bench is plain ESM JavaScript; load it by URL so the type checker does not look for declarations. */
const signalsEval = async (): Promise<SignalsEval> => (await import(new URL('../../bench/lib/signals-eval.js', import.meta.url).href)) as SignalsEval;

// The floor the issue sets: no signal type (nor the routine classification) under 0.9 precision on the labelled set.
const PRECISION_FLOOR = 0.9;
// Recall is reported, not promised by the issue; this floor only catches a detector that stopped working.
const RECALL_FLOOR = 0.8;

describe.skipIf(!HAS_SHARED)('bench: signals on the labelled set', () => {
  if (!HAS_SHARED) console.warn(SHARED_MISSING);

  it('reads at least 80 labelled pairs and keeps every type at 0.9 precision or more', async () => {
    const { loadLabelled, evaluateSignals } = await signalsEval();
    const labelled = loadLabelled(`${ROOT}bench/signals/labelled-pairs.yaml`);
    const report = await evaluateSignals({ labelled, dataDir: SHARED_DATA, root: ROOT, api: { loadAnyDocument, normalizeParagraph, detectSignals, isRoutineChange } });
    expect(report.skipped).toEqual([]);
    expect(report.read).toBeGreaterThanOrEqual(80);
    expect(Object.keys(report.types).sort()).toEqual(['actor', 'commitment', 'hedge', 'number', 'reference', 'routine', 'stance', 'topic']);
    for (const [type, score] of Object.entries(report.types)) {
      expect({ type, precision: score.precision >= PRECISION_FLOOR }).toEqual({ type, precision: true });
      expect({ type, recall: score.recall >= RECALL_FLOOR }).toEqual({ type, recall: true });
    }
    // The held-out pairs (labelled before their signals were seen, no rule changed after) keep the same precision floor.
    // 25 held-out pairs were labelled; 12 compared page furniture or a footnote, no longer paragraphs since UN texts are
    // read as a reader sees them (bench/signals/labelled-pairs.yaml says which), so 13 remain.
    expect(report.heldOut.pairs).toBeGreaterThanOrEqual(13);
    for (const [type, score] of Object.entries(report.heldOut.types)) {
      expect({ type, heldOutPrecision: score.precision >= PRECISION_FLOOR }).toEqual({ type, heldOutPrecision: true });
    }
  });
});
