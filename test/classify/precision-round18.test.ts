import { describe, expect, it } from 'vitest';
import { agedStretchesReasons, resolutionYear, type EditorialContext } from '../../src/classify/aged-with-year.js';
import { sameMeaningReasons } from '../../src/classify/same-meaning.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { DPRK, MYANMAR, OCEANS, OUTER_SPACE_TCBM, SOVEREIGNTY, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt } from '../helpers/un-series.js';

/**
 * Precision round 18: kept paragraphs whose every edit only ages them with the year (`aged-with-year.ts`). Drafters read
 * these as an event moving on, not negotiation (`bench/precision-verdicts.json`). Each rule on its real pair, with
 * negotiated pairs of the same shape that must stay substantive. The paragraph texts are the series' own
 * (`../shared/data/un-resolutions/texts/series`), copied here so the rule is read without the data.
 */

const skipNote = available ? '' : SHARED_MISSING;

const OLDER_78 = { date: '2023-12-05', resolution: '78/69', symbol: 'A/RES/78/69' };
const OLDER_79 = { date: '2024-12-12', resolution: '79/144', symbol: 'A/RES/79/144' };
const NEWER = { resolution: '80/110' };

function reasons(pair: { before: string; after: string }, older: { date: string | null; resolution?: string; symbol?: string } = OLDER_79, newer: { resolution?: string } = NEWER): string[] | null {
  return agedStretchesReasons(wordDiff(pair.before, pair.after, 10_000).parts, older, newer);
}

/** oceans-and-the-law-of-the-sea: A_RES_79_144.txt → A_RES_80_110.txt OP 204 → OP 199 */
const FUTURE = {
  before: 'Notes, in this regard, the decision at the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change that future ocean and climate change dialogues will, from 2023, be facilitated by two co-facilitators, selected by Parties biennially, who will be responsible for deciding the topics for and conducting the dialogue, in consultation with Parties and observers, and preparing an informal summary report for consideration at the subsequent session of the Conference of the Parties;',
  after: 'Notes, in this regard, the decision at the twenty-seventh session of the Conference of the Parties to the United Nations Framework Convention on Climate Change that ocean and climate change dialogues will, from 2023, be facilitated by two co-facilitators, selected by Parties biennially, who will be responsible for deciding the topics for and conducting the dialogue, in consultation with Parties and observers, and preparing an informal summary report for consideration at the subsequent session of the Conference of the Parties;',
};

/** oceans-and-the-law-of-the-sea: A_RES_78_69.txt → A_RES_79_144.txt OP 310 → OP 310 */
const OUTCOMES = {
  before: 'Also takes note of the development of the Ocean Decade Vision 2030 process aimed at enhancing the strategic delivery of the Decade under its 10 Decade Challenges;',
  after: 'Also takes note of the outcomes of the Ocean Decade Vision 2030 process aimed at enhancing the strategic delivery of the Decade under its 10 Decade Challenges;',
};

/** information-and-communications-technologies-for-sustainable: A_RES_79_194.txt → A_RES_80_118.txt PP 18 → PP 19 */
const AWAZA = {
  before: 'Recognizing that the Doha Programme of Action for the Least Developed Countries, the new Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 and the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity aim to leverage the potential of science, technology and innovation to address the sustainable development challenges facing the least developed countries, landlocked developing countries and small island developing States, respectively,',
  after: 'Recognizing that the Doha Programme of Action for the Least Developed Countries, the Awaza Programme of Action for Landlocked Developing Countries for the Decade 2024–2034 and the Antigua and Barbuda Agenda for Small Island Developing States: A Renewed Declaration for Resilient Prosperity aim to leverage the potential of science, technology and innovation to address the sustainable development challenges facing the least developed countries, landlocked developing countries and small island developing States, respectively,',
};

/** permanent-sovereignty-of-the-palestinian-people-in-the-occup: A_RES_78_170.txt → A_RES_79_229.txt OP 7 → OP 7 */
const CAIRO = {
  before: 'Further calls upon Israel to cease its destruction of vital infrastructure, including water pipelines, sewage networks and electricity networks, and to cease its demolition and confiscation of Palestinian homes and civilian infrastructure, agricultural lands and water wells, which, inter alia, have a negative impact on the natural resources of the Palestinian people, stresses the urgent need to advance reconstruction and development projects in this regard, including in the Gaza Strip, and calls for support for the necessary efforts in this regard, in line with the commitments made at, inter alia, the Cairo International Conference on Palestine: Reconstructing Gaza, held on 12 October 2014;',
  after: 'Further calls upon Israel to cease its destruction of vital infrastructure, including water pipelines, sewage networks and electricity networks, and to cease its demolition and confiscation of Palestinian homes and civilian infrastructure, agricultural lands and water wells, which, inter alia, have a negative impact on the natural resources of the Palestinian people, stresses the urgent need to advance reconstruction and development projects in this regard, including in the Gaza Strip, and calls for support for the necessary efforts in this regard;',
};

/** situation-of-human-rights-in-the-syrian-arab-republic: A_RES_78_222.txt → A_RES_79_185.txt PP 29 → PP 32 */
const VIRUS = {
  before: 'Urging the Syrian regime to provide families with the remains of their relatives whose fate has been disclosed, including those who have been summarily executed, to take all appropriate measures immediately to protect the lives and rights of all persons currently detained or unaccounted for, and to clarify the fate of those who remain missing or are still in custody, in accordance with Security Council resolution 2474 (2019), many of whom still remain in detention and are highly vulnerable to disease and illness owing to overcrowded conditions and pre-existing health issues, such as widespread malnutrition and tuberculosis, despite calls from the Secretary-General, the Special Envoy and the international community for the large-scale release of detainees in the Syrian Arab Republic to mitigate the spread of the virus,',
  after: 'Urging the Syrian regime to provide families with the remains of their relatives whose fate has been disclosed, including those who have been summarily executed, to take all appropriate measures immediately to protect the lives and rights of all persons currently detained or unaccounted for, and to clarify the fate of those who remain missing or are still in custody, in accordance with Security Council resolution 2474 (2019), many of whom still remain in detention and are highly vulnerable to disease and illness owing to overcrowded conditions and pre-existing health issues, such as widespread malnutrition and tuberculosis, despite calls from the Secretary-General, the Special Envoy and the international community for the large-scale release of detainees in the Syrian Arab Republic,',
};

/** Negotiated: permanent-sovereignty-of-the-palestinian-people-in-the-occup: A_RES_78_170.txt → A_RES_79_229.txt PP 14 → PP 15 */
const OPERATIONS = {
  before: 'Expressing its grave concern also about the widespread destruction caused by Israel, the occupying Power, to vital infrastructure, including water pipelines, sewage networks and electricity networks, in the Occupied Palestinian Territory, in particular in the Gaza Strip during the military operations of July and August 2014, which, inter alia, has polluted the environment and which negatively affects the functioning of water and sanitation systems and the water supply and other natural resources of the Palestinian people, and stressing the urgency of the reconstruction and development of water and other vital civilian infrastructure, including the project for the desalination facility for the Gaza Strip,',
  after: 'Expressing its grave concern also about the widespread destruction caused by Israel, the occupying Power, to vital infrastructure, including water pipelines, sewage networks and electricity networks, in the Occupied Palestinian Territory, in particular in the Gaza Strip, which, inter alia, has polluted the environment and which negatively affects the functioning of water and sanitation systems and the water supply and other natural resources of the Palestinian people, and stressing the urgency of the reconstruction and development of water and other vital civilian infrastructure,',
};

/** implementation-of-the-convention-on-the-prohibition-of-the-d: A_RES_78_29.txt → A_RES_79_56.txt OP 3 (e) → OP 4 (e) */
const PERPETRATORS = {
  before: 'The third report of the Investigation and Identification Team, of 27 January 2023, which concluded that there were reasonable grounds to believe that the Syrian Arab Air Force carried out a chemical weapons attack on 7 April 2018 in Duma, Syrian Arab Republic; and demands that the perpetrators be held accountable;',
  after: 'The third report of the Investigation and Identification Team, of 27 January 2023, which concluded that there were reasonable grounds to believe that the Syrian Arab Air Force carried out a chemical weapons attack on 7 April 2018 in Duma, Syrian Arab Republic;',
};

/** the-right-to-development: A_RES_79_170.txt → A_RES_80_207.txt PP 29 → PP 27 */
const VACCINES = {
  before: 'Deeply concerned about the uneven access of developing countries to safe, quality, efficacious, effective, accessible and affordable vaccines against COVID-19, and emphasizing that the realization of the right to development would enhance the capacities of developing countries to have equal access to vaccines and other means to respond to and recover from pandemics, as well as the need to strengthen the support for national, bilateral, regional and multilateral initiatives that aim to accelerate the development and production of and equitable access to diagnostics, therapeutics and vaccines,',
  after: 'Emphasizing that the realization of the right to development would enhance the capacities of developing countries to have equal access to vaccines and other means to respond to and recover from pandemics, as well as the need to strengthen the support for national, bilateral, regional and multilateral initiatives that aim to accelerate the development and production of and equitable access to diagnostics, therapeutics and vaccines,',
};

/** Negotiated: agriculture-development-food-security-and-nutrition: A_RES_79_227.txt → A_RES_80_157.txt PP 21 → PP 20 */
const ALLIANCE = {
  before: 'Welcoming the launch of the Global Alliance Against Hunger and Poverty, and highlighting the importance of joining global efforts to address the common challenges of food security and nutrition and social development,',
  after: 'Recognizing the transformative impact of the Global Alliance Against Hunger and Poverty, and highlighting the importance of joining global efforts to address the common challenges of food security and nutrition and social development,',
};

/** situation-of-human-rights-of-rohingya-muslims-and-other-mino: A_RES_79_182.txt → A_RES_80_221.txt PP 8 → PP 10 */
const SHIELDS = {
  before: 'Expressing grave concern at the recent reports of the use of Rohingya Muslims as human shields and the forcible conscription of Rohingya Muslims, which are escalating intercommunal tensions between Rakhine communities and Rohingya Muslims, and at reports of the destruction of religious sites of all religions and the use of Muslim places of worship, including mosques and madrasas, as military outposts,',
  after: 'Expressing grave concern at the continuing use of Rohingya Muslims as human shields and the forcible conscription of Rohingya Muslims, which are escalating intercommunal tensions between Rakhine communities and Rohingya Muslims, and at reports of the destruction of religious sites of all religions and the use of Muslim places of worship, including mosques and madrasas, as military outposts,',
};

describe('a word of time or a process word aged with the event (round 18)', () => {
  it('Oceans 79/144 → 80/110 OP 204 → OP 199: "future" dialogues, "from 2023", once 2023 has passed', () => {
    expect(reasons(FUTURE)).toEqual(['a word of time aged with the event: “future” dropped']);
  });

  it('Oceans 78/69 → 79/144 OP 310: the "development" of the Vision 2030 process → its "outcomes"', () => {
    expect(reasons(OUTCOMES, OLDER_78, { resolution: '79/144' })).toEqual(['a process word aged into its outcome: development → outcomes']);
  });

  it('ICT for development 79/194 → 80/118 PP 18 → PP 19: the "new" Programme of Action named "Awaza" once adopted', () => {
    expect(reasons(AWAZA, { date: '2024-12-19', resolution: '79/194', symbol: 'A/RES/79/194' }, { resolution: '80/118' })).toEqual(['what was new named since adopted: new → Awaza']);
  });

  it('counter-cases: a launch welcomed → a "transformative impact" recognized (negotiated, Agriculture 79/227 → 80/157 PP 21); "recent reports of the use" → "continuing use" drops the reports (Myanmar 79/182 → 80/221 PP 8); a process word for another', () => {
    expect(reasons(ALLIANCE, { date: '2024-12-19', resolution: '79/227', symbol: 'A/RES/79/227' }, { resolution: '80/157' })).toBeNull();
    expect(reasons(SHIELDS, { date: '2024-12-24', resolution: '79/182', symbol: 'A/RES/79/182' }, { resolution: '80/221' })).toBeNull();
    expect(reasons({ before: OUTCOMES.before, after: OUTCOMES.before.replace('development', 'suspension') }, OLDER_78, { resolution: '79/144' })).toBeNull();
    // A word of time dropped beside another edit that is no ageing stays negotiated.
    expect(reasons({ before: FUTURE.before, after: FUTURE.after.replace('two co-facilitators', 'three co-facilitators') })).toBeNull();
  });

  it('counter-case: two texts that are not numbered resolutions (a statement\'s "recent" is read elsewhere)', () => {
    expect(reasons(FUTURE, { date: '2024-12-12' }, {})).toBeNull();
  });
});

describe('a past event\'s record or a pandemic leftover dropped (round 18)', () => {
  it('Permanent sovereignty 78/170 → 79/229 OP 7: the commitments of a conference held in 2014 no longer cited', () => {
    expect(reasons(CAIRO, { date: '2023-12-19', resolution: '78/170', symbol: 'A/RES/78/170' }, { resolution: '79/229' })).toEqual([
      'a past event\'s record dropped: “in line with the commitments made … Reconstructing Gaza, held on 12 October 2014”',
    ]);
  });

  it('Syria 78/222 → 79/185 PP 29 → PP 32: "to mitigate the spread of the virus", the pandemic\'s leftover, dropped', () => {
    expect(reasons(VIRUS, { date: '2023-12-19', resolution: '78/222', symbol: 'A/RES/78/222' }, { resolution: '79/185' })).toEqual(['a pandemic clause dropped: “to mitigate the spread of the virus”']);
  });

  it('counter-cases: the 2014 military operations no longer named (negotiated, same pair PP 14); a demand dropped; vaccine access dropped (lasting policy); an event of a later year', () => {
    const older78 = { date: '2023-12-19', resolution: '78/170', symbol: 'A/RES/78/170' };
    expect(reasons(OPERATIONS, older78, { resolution: '79/229' })).toBeNull();
    expect(reasons(PERPETRATORS, { date: '2023-12-01', resolution: '78/29', symbol: 'A/RES/78/29' }, { resolution: '79/56' })).toBeNull();
    expect(reasons(VACCINES, { date: '2024-12-17', resolution: '79/170', symbol: 'A/RES/79/170' }, { resolution: '80/207' })).toBeNull();
    // The conference held after the older text was adopted: its citation dropped may be a stance, not ageing.
    expect(reasons({ before: CAIRO.before.replace('12 October 2014', '12 October 2024'), after: CAIRO.after }, older78, { resolution: '79/229' })).toBeNull();
  });

  it('the year of a resolution: its date, else its session', () => {
    expect(resolutionYear({ date: '2023-12-19', resolution: '78/170' })).toBe(2023);
    expect(resolutionYear({ date: null, resolution: '78/170' })).toBe(2023);
    expect(resolutionYear({ date: null })).toBeNull();
  });
});

describe('on the real pairs (round 18)', () => {
  it.skipIf(!available)(`Oceans 78/69 → 79/144 OP 310 and Permanent sovereignty 78/170 → 79/229 OP 7 are routine with their reasons; PP 15 stays substantive${skipNote}`, async () => {
    const oceans = await compareInSeries(OCEANS, 'A_RES_78_69.txt', 'A_RES_79_144.txt');
    expect(findingAt(oceans, 'OP 310')).toMatchObject({ kind: 'modified', routine: true, reasons: ['a process word aged into its outcome: development → outcomes'] });
    const sovereignty = await compareInSeries(SOVEREIGNTY, 'A_RES_78_170.txt', 'A_RES_79_229.txt');
    expect(findingAt(sovereignty, 'OP 7')).toMatchObject({ kind: 'modified', routine: true });
    expect(findingAt(sovereignty, 'OP 7').reasons?.[0]).toBe('a past event\'s record dropped: “in line with the commitments made … Reconstructing Gaza, held on 12 October 2014”');
    expect(findingAt(sovereignty, 'PP 15')).toMatchObject({ kind: 'modified', routine: false, editorial: false });
  });
});

/** question-of-french-polynesia: A_RES_78_91.txt → A_RES_79_104.txt PP 18 → PP 18 (unlabelled, read not negotiated) */
const STATEMENTS = {
  before: 'Taking note of the statement made by the representative of the President of French Polynesia in the Special Political and Decolonization Committee (Fourth Committee), at the seventy-seventh session of the General Assembly, in October 2022, and of the statement made by the representative of the new President of French Polynesia in the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples in June 2023,',
  after: 'Taking note of the statement made by the President of French Polynesia in the Special Political and Decolonization Committee (Fourth Committee), at the seventy-eighth session of the General Assembly, in October 2023, and of the statement made by the representative of the President of French Polynesia in the Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples in June 2024,',
};

/** Negotiated: the-right-to-development: A_RES_78_203.txt → A_RES_79_170.txt OP 52 → OP 53 (the report's scope loses the financial architecture) */
const SCOPE = {
  before: 'Requests the Secretary-General to submit a report to the General Assembly at its seventy-ninth session and an interim report to the Human Rights Council on the implementation of the present resolution, including on efforts undertaken at the national, regional and international levels in the promotion and realization of the right to development, taking into account the context of the response to and the recovery from the COVID-19 pandemic and the reform of the international financial architecture, and invites the Chair-Rapporteur of the Working Group and the Special Rapporteur to present an oral report with a similar scope and to engage in an interactive dialogue with the Assembly at its seventy-ninth session.',
  after: 'Requests the Secretary-General to submit a report to the General Assembly at its eightieth session and an interim report to the Human Rights Council on the implementation of the present resolution, including on efforts undertaken at the national, regional and international levels in the promotion and realization of the right to development, and invites the Chair-Rapporteur of the Working Group and the Special Rapporteur to present an oral report with a similar scope and to engage in an interactive dialogue with the Assembly at its eightieth session.',
};

function context(pair: { before: string; after: string }, title = ''): EditorialContext {
  return { before: pair.before, after: pair.after, title, olderParagraphs: [] };
}

describe('aged stretches beside the yearly succession (round 18, rule 2)', () => {
  it('counter-case: French Polynesia 78/91 → 79/104 PP 18: the "new" President no longer new, but "made by the [-representative of the -]President" says who spoke this year (round 17B): stays negotiated', () => {
    const older = { date: '2023-12-07', resolution: '78/91', symbol: 'A/RES/78/91' };
    expect(agedStretchesReasons(wordDiff(STATEMENTS.before, STATEMENTS.after, 10_000).parts, older, { resolution: '79/104' }, context(STATEMENTS))).toBeNull();
    // With the same speaker, the "new" President no longer new beside the next session and year is routine.
    const sameSpeaker = { before: STATEMENTS.before, after: STATEMENTS.after.replace('statement made by the President', 'statement made by the representative of the President') };
    expect(agedStretchesReasons(wordDiff(sameSpeaker.before, sameSpeaker.after, 10_000).parts, older, { resolution: '79/104' }, context(sameSpeaker))?.[0]).toBe('a word of time aged with the event: “new” dropped');
  });

  it('counter-case: Right to development 78/203 → 79/170 OP 52: a pandemic clause that also names the reform of the international financial architecture, beside the next session, stays negotiated', () => {
    const older = { date: '2023-12-19', resolution: '78/203', symbol: 'A/RES/78/203' };
    expect(agedStretchesReasons(wordDiff(SCOPE.before, SCOPE.after, 10_000).parts, older, { resolution: '79/170' }, context(SCOPE))).toBeNull();
    // A clause on the pandemic alone is retired, the session moving on beside it.
    const alone = { before: SCOPE.before.replace('the response to and the recovery from the COVID-19 pandemic and the reform of the international financial architecture', 'the recovery from the pandemic'), after: SCOPE.after };
    expect(agedStretchesReasons(wordDiff(alone.before, alone.after, 10_000).parts, older, { resolution: '79/170' }, context(alone))?.[0]).toBe(
      'a pandemic clause dropped: “taking into account the context of the recovery from the pandemic”',
    );
    // Naming COVID-19, the clause is left to `yearly.ts`, which reads it after this rule and gives its own reason.
    const named = { before: alone.before.replace('from the pandemic', 'from the COVID-19 pandemic'), after: SCOPE.after };
    expect(agedStretchesReasons(wordDiff(named.before, named.after, 10_000).parts, older, { resolution: '79/170' }, context(named))).toBeNull();
  });

});

/** situation-of-human-rights-in-the-democratic-people-s-republi: A_RES_79_181.txt → A_RES_80_220.txt PP 25 → PP 24 */
const SUMMIT = {
  before: 'Stressing the urgency and importance of the issue of separated families, including affected Koreans worldwide, and in this regard urging the resumption of the reunions of separated families, considering the advanced age of the family members concerned, including the implementation of the commitments made on this issue at the inter-Korean summit held on 19 September 2018 to strengthen humanitarian cooperation to fundamentally resolve the issue of separated families,',
  after: 'Stressing the urgency and importance of the issue of separated families, including affected Koreans worldwide, and urging the resumption of the reunions of separated families, considering the advanced age of the family members concerned, including the implementation of the commitments made on this issue at the inter-Korean summit of 19 September 2018 to strengthen humanitarian cooperation to fundamentally resolve the issue of separated families,',
};

/** transparency-and-confidence-building-measures-in-outer-space: A_RES_79_51.txt → A_RES_80_44.txt PP 7 → PP 7 */
const PURSUANT = {
  before: 'Noting also the discussions of the open-ended working group established by resolution 76/231 of 24 December 2021,',
  after: 'Noting also the discussions of the open-ended working group established pursuant to resolution 76/231 of 24 December 2021,',
};

/** financing-of-the-international-residual-mechanism-for-crimin: A_RES_78_249.txt → A_RES_79_255.txt OP 10 → OP 19 */
const NEXT_REPORT = {
  before: 'Requests the Secretary-General to continue to provide additional and detailed information on the final expenditures and unencumbered balance, as well as its return to Member States in the context of the next report;',
  after: 'Requests the Secretary-General to continue to provide additional and detailed information on the final expenditure and unencumbered balance, as well as its return to Member States, in the context of his next report;',
};

function sameMeaning(pair: { before: string; after: string }): string[] | null {
  return sameMeaningReasons(wordDiff(pair.before, pair.after, 10_000).parts, context(pair));
}

describe('wordings of the same meaning (round 18, rule 3)', () => {
  it('DPRK 79/181 → 80/220 PP 25 → PP 24: the summit "held on" → "of" its date, beside "in this regard" dropped', () => {
    expect(sameMeaning(SUMMIT)).toEqual(['linking phrase dropped: in this regard', 'same meaning: an event dated with “of” or “held on” (held on → of)']);
  });

  it('Outer space TCBM 79/51 → 80/44 PP 7: a working group established "by" → "pursuant to" resolution 76/231', () => {
    expect(sameMeaning(PURSUANT)).toEqual(['same meaning: a body established “by” or “pursuant to” a resolution (by → pursuant to)']);
  });

  it('Residual Mechanism 78/249 → 79/255 OP 10 → OP 19: the Secretary-General\'s "the" → "his" next report, beside a mass noun and a comma', () => {
    expect(sameMeaning(NEXT_REPORT)).toEqual(["a mass noun's number: expenditures → expenditure", "same meaning: the Secretary-General's next report, with “the” or “his” (the → his)"]);
  });

  it('counter-cases: the same swaps out of their context stay negotiated', () => {
    // "by" → "pursuant to" where nothing was established: another relation between a text and a resolution.
    expect(sameMeaning({ before: 'Requests the Committee to act by resolution 76/231,', after: 'Requests the Committee to act pursuant to resolution 76/231,' })).toBeNull();
    // "held on" → "of" before no date: not a date's wording.
    expect(sameMeaning({ before: 'the consultations held on the draft,', after: 'the consultations of the draft,' })).toBeNull();
    // "the" → "his" before another noun: whose it is may be the point.
    expect(sameMeaning({ before: NEXT_REPORT.before.replace('the next report', 'the budget'), after: NEXT_REPORT.before.replace('the next report', 'his budget') })).toBeNull();
    // A swap of the same meaning beside an edit that is not editorial: the paragraph is read as a whole elsewhere.
    expect(sameMeaning({ before: PURSUANT.before, after: PURSUANT.after.replace('discussions', 'final report') })).toBeNull();
  });

  it.skipIf(!available)(`on the real pairs: DPRK 79/181 → 80/220 PP 24 and Outer space TCBM 79/51 → 80/44 PP 7 are editorial${skipNote}`, async () => {
    const dprk = await compareInSeries(DPRK, 'A_RES_79_181.txt', 'A_RES_80_220.txt');
    expect(findingAt(dprk, 'PP 24')).toMatchObject({ kind: 'modified', editorial: true });
    const space = await compareInSeries(OUTER_SPACE_TCBM, 'A_RES_79_51.txt', 'A_RES_80_44.txt');
    expect(findingAt(space, 'PP 7')).toMatchObject({ kind: 'modified', editorial: true, reasons: ['same meaning: a body established “by” or “pursuant to” a resolution (by → pursuant to)'] });
  });
});

/** situation-of-human-rights-of-rohingya-muslims-and-other-mino: A_RES_79_182.txt → A_RES_80_221.txt PP 10 → PP 17 (opening only) */
const HARDENING = {
  before: 'Alarmed at the resumption and hardening of conflict in Rakhine State and at the recent reports of increased hatred, hate speech and violence against Rohingya, the burning of Rohingya villages, including in Buthidaung and Maungdaw,',
  after: 'Alarmed at the hardening of conflict in Rakhine State and at the continued reports of increased hatred, hate speech and violence against Rohingya Muslims, the burning of Rohingya villages, including in Buthidaung and Maungdaw,',
};

describe('an event\'s onset no longer news (round 18, rule 4)', () => {
  const older = { date: '2024-12-24', resolution: '79/182', symbol: 'A/RES/79/182' };
  const title = 'Situation of human rights of Rohingya Muslims and other minorities in Myanmar';
  it('Myanmar 79/182 → 80/221 PP 10 → PP 17: "the resumption and hardening of conflict" a year on, "recent" → "continued" reports, Rohingya Muslims as the title names them', () => {
    expect(agedStretchesReasons(wordDiff(HARDENING.before, HARDENING.after, 10_000).parts, older, { resolution: '80/221' }, context(HARDENING, title))).toEqual([
      'an event\'s onset no longer news: “resumption” dropped',
      'a process word aged into its outcome: recent → continued',
      'editorial: a term made consistent with the title: Rohingya Muslims',
    ]);
  });

  it('counter-case: the resumption asked for ("urging the resumption and hardening of …" is the ask itself) stays negotiated', () => {
    const asked = { before: HARDENING.before.replace('Alarmed at the resumption', 'Urging the resumption'), after: HARDENING.after.replace('Alarmed at the hardening', 'Urging the hardening') };
    expect(agedStretchesReasons(wordDiff(asked.before, asked.after, 10_000).parts, older, { resolution: '80/221' }, context(asked, title))).toBeNull();
  });

  it.skipIf(!available)(`Myanmar 79/182 → 80/221 PP 17 is routine on the real pair${skipNote}`, async () => {
    const result = await compareInSeries(MYANMAR, 'A_RES_79_182.txt', 'A_RES_80_221.txt');
    expect(findingAt(result, 'PP 17')).toMatchObject({
      kind: 'modified',
      routine: true,
      reasons: ['an event\'s onset no longer news: “resumption” dropped', 'a process word aged into its outcome: recent → continued', 'editorial: a term made consistent with the title: Rohingya Muslims'],
    });
  });
});
