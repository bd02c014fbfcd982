import { describe, expect, it } from 'vitest';
import { commitmentShift, findCommitment, findStance } from '../../../src/classify/signals/commitment.js';
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

  it('says a stance the scale does not rank beside a verb of another kind as a stance changed, not a commitment strengthened', () => {
    const summary = (before: string, after: string) => commitmentShift(tokens(before), tokens(after))?.summary ?? null;
    expect(summary('Expresses serious concern about the number of States', 'Encourages remaining States')).toBe('stance changed: expresses concern → encourages');
    expect(summary('Condemns the inclusion of Member States in lists', 'Requests States to refrain from drawing up lists')).toBe('stance changed: condemns → requests');
    expect(summary('Welcomes the report', 'Deeply concerned that the report')).toBe('stance changed: welcomes → concerned');
    // Counter-case: a verb the scale ranks on both sides stays a step on the scale.
    expect(summary('Welcomes the report', 'Takes note of the report')).toBe('commitment weakened: welcome → take note');
  });

  it('says a verb with nothing before it as a commitment added, never "strengthened: (none) → …"', () => {
    const signal = commitmentShift(tokens('The number of States parties'), tokens('Encourages remaining States'));
    expect(signal).toMatchObject({ change: 'added', from: null, to: 'encourage', summary: 'commitment added: encourages', tally: 'commitment added' });
    expect(commitmentShift(tokens('Urges States to act'), tokens('The number of States'))?.summary).toBe('commitment dropped: urges');
  });

  it('gives no signal for the same stance said again ("Expresses grave concern" → "Reiterates its grave concern")', () => {
    expect(commitmentShift(tokens('Expresses grave concern at the use of chemical weapons'), tokens('Reiterates its grave concern at the use of chemical weapons'))).toBeNull();
    // Counter-case: reiterating beside another stance than the older one is a stance changed.
    expect(commitmentShift(tokens('Condemns the use of chemical weapons'), tokens('Reiterates its grave concern at the use of chemical weapons'))?.summary).toBe('stance changed: condemns → reiterates');
  });
});

/** Round 13 L2 (redline #19): the opening verbs of General Assembly paragraphs used more than twice in the 69 UN series. */
describe('the scale and the stances know the opening verbs of GA paragraphs', () => {
  it('ranks the verbs a desk officer read as "(none)"', () => {
    expect(findCommitment(tokens('Congratulates the Government of Peru on the success of the meeting,'))).toEqual({ phrase: 'congratulate', strength: 3 });
    expect(findCommitment(tokens('Underscores that 2025 marks the twenty-fifth anniversary,'))).toEqual({ phrase: 'underscore', strength: 4 });
    expect(findCommitment(tokens('Underlines the importance of the mandate,'))?.phrase).toBe('underline');
    expect(findCommitment(tokens('Affirms the importance of cooperation,'))).toEqual({ phrase: 'affirm', strength: 4 });
    expect(findCommitment(tokens('Bearing in mind the Charter,'))?.phrase).toBe('bear in mind');
    expect(findCommitment(tokens('Re-emphasizes the need for cooperation,'))?.phrase).toBe('re-emphasize');
    expect(findCommitment(tokens('Having considered the report of the Secretary-General,'))?.phrase).toBe('consider');
    expect(findCommitment(tokens('Expresses its sincere appreciation to the Government,'))).toEqual({ phrase: 'express appreciation', strength: 3 });
    expect(findCommitment(tokens('Authorizes the Secretary-General to enter into commitments,'))).toEqual({ phrase: 'authorize', strength: 5 });
    // Counter-case: a paragraph with no verb of its own (a sub-paragraph under its chapeau's verb) still commits to nothing.
    expect(findCommitment(tokens('To take into consideration the work of other relevant forums;'))).toBeNull();
  });

  it('reads a preamble\'s state of mind and a voiced concern as stances, not a step on the scale', () => {
    expect(findStance(tokens('Convinced that international cooperation is essential,'))).toEqual({ stance: 'conviction', said: 'convinced' });
    expect(findStance(tokens('Mindful of the need to act,'))?.said).toBe('mindful');
    expect(findStance(tokens('Remaining deeply concerned about the situation,'))?.stance).toBe('concern');
    expect(commitmentShift(tokens('Notes with concern the increase in debt,'), tokens('Also highlights the increase in debt,'))?.summary).toBe('stance changed: expresses concern → highlights');
    expect(commitmentShift(tokens('Mindful of the need to act,'), tokens('Welcoming the action taken,'))?.summary).toBe('stance changed: mindful → welcomes');
    // Counter-case: "Determines that" decides something; only "Determined to" is the preamble's resolve.
    expect(findStance(tokens('Determines that all States shall act,'))).toBeNull();
    // Counter-case: two ranked verbs keep their step (no stance on either side).
    expect(commitmentShift(tokens('Requests the Secretary-General to convene a meeting,'), tokens('Congratulates the Secretary-General on convening a meeting,'))?.summary).toBe('commitment weakened: request → congratulate');
  });
});
