import { describe, expect, it } from 'vitest';
import { editorialReasons, isEditorialChange, repeatedWordingReasons } from '../../src/classify/editorial.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';

const editorial = (before: string, after: string) => isEditorialChange(normalizeParagraph(before).folded, normalizeParagraph(after).folded);
const reasons = (before: string, after: string) => editorialReasons(wordDiff(before, after, 2000).parts);

// Issue 23: the compounds the UN editorial style moved between the 78th and 80th sessions, read as substantive before.
describe('isEditorialChange', () => {
  it('takes a compound written open, hyphenated or closed as one word', () => {
    expect(editorial('access to health-care services', 'access to healthcare services')).toBe(true);
    expect(editorial('universal health care coverage', 'universal healthcare coverage')).toBe(true);
    expect(editorial('non-communicable diseases', 'noncommunicable diseases')).toBe(true);
    expect(editorial('multi-hazard early warning systems', 'multihazard early warning systems')).toBe(true);
    expect(editorial('assisted the parties in reaching agreement', 'assisted the Parties in reaching agreement')).toBe(true);
  });

  it('refuses a change of words', () => {
    expect(editorial('access to health-care services', 'access to health services')).toBe(false);
    expect(editorial('the parties agreed', 'the parties disagreed')).toBe(false);
  });
});

describe('editorialReasons', () => {
  it('names each kind of edit with its words', () => {
    expect(reasons('access to health-care services', 'access to healthcare services')).toEqual(['compound spelling: health-care → healthcare']);
    expect(reasons('assisted the parties in reaching', 'assisted the Parties in reaching')).toEqual(['case: parties → Parties']);
    expect(reasons('the organisation; and', 'the organization, and')).toEqual(['spelling: organisation; → organization,']);
  });
});

// From the issue-23 precision sample (bench/precision-sample.md): edits a drafter called editorial.
describe('editorial edits of wording', () => {
  it('takes the definite article added or dropped as editorial', () => {
    expect(editorial('particularly in Africa, in least developed countries, in landlocked developing countries', 'particularly in Africa, in the least developed countries, in landlocked developing countries')).toBe(true);
    expect(editorial('in least developed countries', 'in developed countries')).toBe(false);
  });

  it('takes a name given in full elsewhere in the paragraph, dropped where repeated, as editorial', () => {
    const before = 'The refusal to invite the Special Rapporteur on the situation of human rights in the country, to give consideration to the reports of the Special Rapporteur on the situation of human rights in the country, or to cooperate;';
    const after = 'The refusal to invite the Special Rapporteur on the situation of human rights in the country, to give consideration to the reports of the Special Rapporteur, or to cooperate;';
    expect(repeatedWordingReasons(wordDiff(before, after, 2000).parts, before, after)).toEqual([
      'wording given in full elsewhere in the paragraph, not repeated: on the situation of human rights in the country',
    ]);
    const dropped = 'The refusal to invite the Special Rapporteur, to give consideration to the reports of the Special Rapporteur, or to cooperate;';
    expect(repeatedWordingReasons(wordDiff(before, dropped, 2000).parts, before, dropped)).toBeNull();
  });

  it('takes a list comma turned into "and" and a linking phrase dropped as editorial, and nothing else with them', () => {
    const wording = (before: string, after: string) => repeatedWordingReasons(wordDiff(before, after, 2000).parts, before, after);
    expect(wording('harness technology, including information and communications technologies, data management, and', 'harness technology, including information and communications technologies and data management, and')).toEqual([
      'list punctuation: a comma for “and”',
    ]);
    expect(wording('Acknowledges, in this regard, that sustainable consumption can be cost-efficient', 'Acknowledges that sustainable consumption can be cost-efficient')).toEqual(['linking phrase dropped: in this regard']);
    expect(wording('Acknowledges, in this regard, that sustainable consumption can be cost-efficient', 'Acknowledges that sustainable consumption is cost-efficient')).toBeNull();
    expect(wording('at its resumed fifth session, in resolution 5/14, to convene a committee', 'at its resumed fifth session, in resolution 5/14 of 2 March 2022, to convene a committee')).toEqual([
      'date of a citation given: of 2 March 2022',
    ]);
  });
});
