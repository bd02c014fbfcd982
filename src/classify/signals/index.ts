import type { Signal } from '../../types.js';
import type { SignalDetector, SignalInput } from './detector.js';
import { commitmentDetector } from './commitment.js';

export type { SignalDetector, SignalInput, SignalSide } from './detector.js';

/**
 * Every signal type redline detects, in the order their signals are listed on a finding. Adding a type: a module with
 * its detector beside this file, one line here, its shape in `types.ts` (`Signal`) and the JSON schema, and its tests.
 */
export const SIGNAL_DETECTORS: readonly SignalDetector[] = [commitmentDetector];

/** All signals of one finding, detector by detector. */
export function detectSignals(input: SignalInput, detectors: readonly SignalDetector[] = SIGNAL_DETECTORS): Signal[] {
  return detectors.flatMap((detector) => detector.detect(input));
}
