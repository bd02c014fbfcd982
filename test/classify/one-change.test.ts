import { describe, expect, it } from 'vitest';
import { findOneChange } from '../../src/classify/one-change.js';
import { wordDiff } from '../../src/classify/word-diff.js';

const oneChange = (before: string, after: string) => findOneChange(before, after, wordDiff(before, after, 2000).parts);

// Issue 23: "four real findings were mostly routine with one real change inside: the reader needs that one change
// pointed out, not the whole paragraph" (sentences from the 79th → 80th session texts of the UN series).
describe('findOneChange', () => {
  it('points out the one clause that changed in a paragraph otherwise routine, and says why the rest is', () => {
    const before = 'Requests the Secretary-General to submit to the General Assembly at its eightieth session a report on the implementation of the present resolution, including on the work of the regional centres;';
    const after = 'Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution, including on the work and funding of the regional centres;';
    const found = oneChange(before, after);
    expect(found?.before).toBe('including on the work of the regional centres');
    expect(found?.after).toBe('including on the work and funding of the regional centres');
    expect(found?.reasons).toEqual(['yearly succession: eightieth session → eighty-first session']);
    expect(found?.withoutIt).toBe(before.replace('eightieth', 'eighty-first'));
    expect(found?.atOpening).toBe(false);
  });

  it('finds none in a paragraph with two real changes, or with only one stretch changed', () => {
    expect(oneChange('Welcomes the report of the Committee and requests its follow-up;', 'Notes the report of the Committee and encourages its follow-up;')).toBeNull();
    expect(oneChange('Welcomes the report of the Committee;', 'Notes the report of the Committee;')).toBeNull();
  });
});

describe('a finding with one real change', () => {
  it('carries the clause as its change, the routine rest as its reasons, and the clause\'s signals alone', async () => {
    const { compareTexts } = await import('../../src/index.js');
    const older = 'The General Assembly,\n\n1. Requests the Secretary-General to report to the General Assembly at its eightieth session on the implementation of the present resolution, including on the work of the 12 regional centres;';
    const newer = 'The General Assembly,\n\n1. Requests the Secretary-General to report to the General Assembly at its eighty-first session on the implementation of the present resolution, including on the work of the 14 regional centres;';
    const result = await compareTexts(older, newer);
    const finding = result.comparisons[0].findings.find((candidate) => candidate.kind === 'modified');
    expect(finding?.routine).toBe(false);
    expect(finding?.change).toEqual({ before: 'including on the work of the 12 regional centres', after: 'including on the work of the 14 regional centres' });
    expect(finding?.reasons).toEqual(['yearly succession: eightieth session → eighty-first session']);
    expect(finding?.signals.map((signal) => signal.summary)).toEqual(['figure changed: 12 → 14']);
  });
});
