import type { Signal } from '../../types.js';
import type { SignalDetector, SignalInput } from './detector.js';
import { commitmentSwapsDetector } from './verb-swaps.js';
import { stanceDetector } from './stance.js';
import { referenceDetector } from './references.js';
import { numberDetector } from './numbers.js';
import { actorDetector } from './actors.js';
import { hedgeDetector } from './hedges.js';
import { topicDetector } from './topics.js';
import { dissentDetector } from './dissent.js';

export type { SignalDetector, SignalDocuments, SignalInput, SignalSide } from './detector.js';
export { loadLexicons, type Lexicons } from './lexicon.js';

/**
 * Every signal type redline detects, in the order their signals are listed on a finding. Adding a type: a module with
 * its detector beside this file, one line here, its shape in `types.ts` (`Signal`) and the JSON schema, and its tests.
 */
export const SIGNAL_DETECTORS: readonly SignalDetector[] = [commitmentSwapsDetector, stanceDetector, hedgeDetector, referenceDetector, numberDetector, actorDetector, topicDetector, dissentDetector];

/** All signals of one finding, detector by detector. */
export function detectSignals(input: SignalInput, detectors: readonly SignalDetector[] = SIGNAL_DETECTORS): Signal[] {
  return detectors.flatMap((detector) => detector.detect(input));
}
