import { describe, expect, it } from 'vitest';
import { hedgeChanges } from '../../../src/classify/signals/hedges.js';

const changes = (before: string, after: string) => hedgeChanges(before, after).map((signal) => `${signal.summary} [${signal.direction}]`);

describe('hedgeChanges', () => {
  it('reads a hedge added as weakening and one removed as strengthening', () => {
    expect(changes('States shall cooperate.', 'States shall cooperate, where appropriate.')).toEqual(['hedge added, weakened: where appropriate [weakened]']);
    expect(changes('to strengthen, within existing resources, capacity-building', 'to strengthen capacity-building')).toEqual([
      'hedge removed, strengthened: within existing resources [strengthened]',
    ]);
  });

  it('reads a hedge swapped for one as strong as wording, and for a stronger one as weakening', () => {
    expect(changes('cooperate, where appropriate', 'cooperate, as appropriate')).toEqual([]);
    expect(changes('cooperate, as appropriate', 'cooperate on a voluntary basis')).toEqual(['hedge replaced, weakened: as appropriate → on a voluntary basis [weakened]']);
  });

  it('counts repeats: a second "inter alia" is a hedge added', () => {
    expect(changes('including, inter alia, training', 'including, inter alia, training and, inter alia, funding')).toEqual(['hedge added, weakened: inter alia [weakened]']);
  });
});
