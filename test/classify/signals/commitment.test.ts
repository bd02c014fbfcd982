import { describe, expect, it } from 'vitest';
import { commitmentShift, findCommitment } from '../../../src/classify/signals/commitment.js';
import { normalizeParagraph } from '../../../src/normalize/normalize.js';

const tokens = (text: string) => normalizeParagraph(text).tokens;
const shift = (before: string, after: string) => {
  const signal = commitmentShift(tokens(before), tokens(after));
  return signal && `${signal.from} → ${signal.to} ${signal.direction}`;
};

describe('findCommitment', () => {
  it('finds the operative phrase after the subject or opening the paragraph', () => {
    expect(findCommitment(tokens('We therefore reaffirm our commitment.'))).toEqual({ phrase: 'reaffirm', strength: 4 });
    expect(findCommitment(tokens('Welcoming the decision of the OEWG,'))).toEqual({ phrase: 'welcome', strength: 3 });
    expect(findCommitment(tokens('The lack of political will is a concern.'))).toBeNull();
  });

  it('reports the verb after a modal, and reads "in May" as a month', () => {
    expect(findCommitment(tokens('We will consider the proposal.'))?.phrase).toBe('consider');
    expect(findCommitment(tokens('The Council in May adopted the text.'))).toBeNull();
  });

  it('gives a negated phrase strength 0', () => {
    expect(findCommitment(tokens('We do not support the proposal.'))).toEqual({ phrase: 'not support', strength: 0 });
    expect(findCommitment(tokens('States must not refrain from cooperation.'))).toEqual({ phrase: 'must not', strength: 0 });
  });
});

describe('commitmentShift', () => {
  it('flags "welcome" → "note" as weakened and the reverse as strengthened', () => {
    expect(shift('We welcome the decision.', 'We note the decision.')).toBe('welcome → note weakened');
    expect(shift('We note the decision.', 'We welcome the decision.')).toBe('note → welcome strengthened');
  });

  it('flags a negation as weakened', () => {
    expect(shift('We support the proposal.', 'We do not support the proposal.')).toBe('support → not support weakened');
  });

  it('stays silent when only the tense or a month changed', () => {
    expect(shift('We consider the proposal.', 'We will consider the proposal.')).toBeNull();
    expect(shift('The Council in March adopted it.', 'The Council in May adopted it.')).toBeNull();
  });
});
