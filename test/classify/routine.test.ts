import { describe, expect, it } from 'vitest';
import { isAgedOpening, isRoutineChange, predecessorCitationReason, routineReasons } from '../../src/classify/routine.js';
import type { DiffPart } from '../../src/types.js';

describe('isRoutineChange', () => {
  it('accepts the yearly succession of a recurring resolution', () => {
    expect(isRoutineChange('Seventy-ninth session', 'Eightieth session')).toBe(true);
    expect(isRoutineChange('Recalling its resolution 78/66 of 4 December 2023,', 'Recalling its resolution 79/77 of 2 December 2024,')).toBe(true);
    expect(isRoutineChange('[on the report of the First Committee (A/79/414, para. 7)]', '[on the report of the First Committee (A/80/534, para. 7)]')).toBe(true);
    expect(isRoutineChange('to report to the General Assembly at its seventy-ninth session;13', 'to report to the General Assembly at its eightieth session;16')).toBe(true);
    expect(isRoutineChange('affirming its determination, 28 years after the Treaty was opened for signature,', 'affirming its determination, 29 years after the Treaty was opened for signature,')).toBe(true);
  });

  it('accepts a list of earlier resolutions that gains the previous session\'s one, and nothing else', () => {
    expect(isRoutineChange('Recalling its resolutions 76/106 of 9 December 2021 and 77/98 of 7 December 2022,', 'Recalling its resolutions 76/106 of 9 December 2021, 77/98 of 7 December 2022 and 78/102 of 7 December 2023,')).toBe(true);
    expect(isRoutineChange('Recalling its resolutions 76/106 and 77/98,', 'Recalling its resolutions 76/106, 77/98 and 79/12,')).toBe(false);
    expect(isRoutineChange('Recalling its resolutions 70/1 and 77/98,', 'Recalling its resolutions 70/1, 77/98, 78/102 and 78/5,')).toBe(false);
    expect(isRoutineChange('Recalling its resolutions 76/106 and 77/98,', 'Reaffirming its resolutions 76/106, 77/98 and 78/102,')).toBe(false);
  });

  it('refuses a change of wording, a figure, a deadline or a jump of two sessions', () => {
    expect(isRoutineChange('Recalling its resolution 78/66,', 'Reaffirming its resolution 79/77,')).toBe(false);
    expect(isRoutineChange('the establishment of 306 certified facilities', 'the establishment of 307 certified facilities')).toBe(false);
    expect(isRoutineChange('to report by 2025', 'to report by 2026')).toBe(false);
    expect(isRoutineChange('Recalling its resolution 77/37,', 'Recalling its resolution 79/77,')).toBe(false);
    expect(isRoutineChange('in 2024 and 2025', 'in 2025')).toBe(false);
  });

  it('needs something to have changed', () => {
    expect(isRoutineChange('at its eightieth session', 'at its eightieth session')).toBe(false);
    expect(isRoutineChange('We note the decision.', 'We welcome the decision.')).toBe(false);
  });

  // Issue 23: the yearly life of a resolution, as a drafter reads it (a sequencing adverb says where a paragraph stands in
  // the list, not what it says; "continue to" restates a mandate given again; a seminar held adds its year).
  it('reads the ageing of a recurring text as routine, with the reason shown', () => {
    expect(routineReasons('Welcoming also the ongoing efforts of the Secretary-General,', 'Welcoming the ongoing efforts of the Secretary-General,')).toEqual(['sequencing adverb: also → ∅']);
    expect(routineReasons('Also recalls its resolution 78/66 of 4 December 2023;', 'Further recalls its resolution 79/77 of 2 December 2024;')).toEqual([
      'sequencing adverb: also → further',
      'reference succeeded: 78/66 → 79/77',
      'yearly succession: 4 December 2023 → 2 December 2024',
    ]);
    expect(routineReasons('Requests the Secretary-General to submit a report at its eightieth session;', 'Requests the Secretary-General to continue to submit a report at its eighty-first session;')).toEqual([
      '“continue to” added to a mandate given again',
      'yearly succession: eightieth session → eighty-first session',
    ]);
    expect(routineReasons('the regional seminars held in 2022 and 2023,', 'the regional seminars held in 2022, 2023 and 2025,')).toEqual(['list of years grew: 2025 added']);
  });

  it('refuses a list of years that lost a year or gained an earlier one, and an adverb that is not on the opening verb', () => {
    expect(isRoutineChange('the regional seminars held in 2022 and 2023,', 'the regional seminars held in 2021, 2022 and 2023,')).toBe(false);
    expect(isRoutineChange('the regional seminars held in 2022 and 2023,', 'the regional seminars held in 2023 and 2025,')).toBe(false);
    expect(isRoutineChange('Welcoming the efforts of States that have ratified the Treaty,', 'Welcoming the efforts of States that have also ratified the Treaty,')).toBe(false);
  });

  it('follows the succession of every kind of recalled resolution, with its date', () => {
    expect(routineReasons('Recalling also Economic and Social Council resolution 2023/3 of 7 June 2023,', 'Recalling also Economic and Social Council resolution 2024/13 of 23 July 2024,')).toEqual([
      'reference succeeded: 2023/3 → 2024/13',
      'yearly succession: 7 June 2023 → 23 July 2024',
    ]);
    expect(isRoutineChange('Recalling Economic and Social Council resolution 2023/3,', 'Recalling Economic and Social Council resolution 2025/3,')).toBe(false);
    expect(isRoutineChange('Recalling Security Council resolution 2692 (2023) of 14 July 2023,', 'Recalling Security Council resolution 2737 (2024) of 13 June 2024,')).toBe(true);
    // The Human Rights Council holds three sessions a year: its resolution of a year later is a few sessions on.
    expect(isRoutineChange('Welcoming Human Rights Council resolution 52/38 of 4 April 2023,', 'Welcoming Human Rights Council resolution 55/30 of 4 April 2024,')).toBe(true);
    expect(isRoutineChange('Recalling its resolution 52/38 of 4 April 2023,', 'Recalling its resolution 55/30 of 4 April 2024,')).toBe(false);
    expect(isRoutineChange('Recalling its decision 78/512 of 4 December 2023,', 'Recalling its decision 79/513 of 2 December 2024,')).toBe(true);
  });

  // Each from a finding of the issue-23 precision sample (bench/precision-sample.md) a drafter read as routine.
  it('reads the refreshed count of States parties, the IAEA and climate-treaty successions and a list that both succeeds and grows', () => {
    expect(routineReasons('notes that 99 States are now parties to the 1954 Convention and 81 States are parties to the 1961 Convention,', 'notes that 99 States are now Parties to the 1954 Convention and 82 States are Parties to the 1961 Convention,')).toEqual([
      'count of States parties refreshed: 81 → 82',
    ]);
    expect(isRoutineChange('the establishment of 81 certified facilities', 'the establishment of 82 certified facilities')).toBe(false);
    expect(routineReasons('the latest of which is resolution GC(68)/RES/14, adopted on 19 September 2024,', 'the latest of which is resolution GC(69)/RES/15, adopted on 18 September 2025,')).toEqual([
      'reference succeeded: GC(68)/RES/14 → GC(69)/RES/15',
      'yearly succession: 19 September 2024 → 18 September 2025',
    ]);
    expect(isRoutineChange('in accordance with decision 1/CMA.4,', 'in accordance with decision 1/CMA.5,')).toBe(true);
    expect(isRoutineChange(
      'the most recent of which was resolution 77/214 of 15 December 2022, and Human Rights Council decision 18/120 of 30 September 2011 and resolutions 49/6 of 31 March 2022 and 52/13 of 3 April 2023, as well as',
      'the most recent of which was resolution 78/202 of 19 December 2023, and Human Rights Council decision 18/120 of 30 September 2011 and resolutions 49/6 of 31 March 2022, 52/13 of 3 April 2023 and 55/7 of 3 April 2024, as well as',
    )).toBe(true);
    expect(routineReasons('Recalling further the statements on quality health care and education,', 'Recalling the statements on quality healthcare and education,')).toEqual(['sequencing adverb: further → ∅']);
  });

  it('reads a decision or request already made and restated as routine, and a biennial Council resolution as succeeded', () => {
    expect(routineReasons('Decides to convene a conference in 2026;', 'Also renews its decision to convene a conference in 2026;')).toEqual([
      'sequencing adverb: ∅ → also',
      'a request or decision already made, restated',
    ]);
    expect(routineReasons('and requests the Secretary-General to report thereon at its eightieth session;', 'and reiterates its request to the Secretary-General to report thereon at its eighty-first session;')).toEqual([
      'a request or decision already made, restated',
      'yearly succession: eightieth session → eighty-first session',
    ]);
    expect(isRoutineChange('Recalling also Human Rights Council resolution 53/28 of 14 July 2023 on development,', 'Recalling also Human Rights Council resolution 59/19 of 8 July 2025 on development,')).toBe(true);
    expect(isRoutineChange('Decides to convene a conference in 2026;', 'Decides not to convene a conference in 2026;')).toBe(false);
  });

  it('reads an opening verb aged with its event as routine (issue 23), and no other change of verb', () => {
    expect(routineReasons('Taking note also of the report on the economic impact of broadband,', 'Recalling the report on the economic impact of broadband,')).toEqual(['verb aged with the event: Taking note also of → Recalling']);
    expect(routineReasons('Cognizant that the Conference was held in 2023,', 'Recalling also that the Conference was held in 2023,')).toEqual(['verb aged with the event: Cognizant → Recalling', 'sequencing adverb: ∅ → also']);
    expect(routineReasons('Looking forward to the convening of the Conference in 2025,', 'Welcoming the convening of the Conference in 2025,')).toEqual(['verb aged with the event: Looking forward to → Welcoming']);
    expect(isRoutineChange('Recalling the report,', 'Welcoming the report,')).toBe(false);
    expect(isRoutineChange('Welcoming the report,', 'Recalling the decision,')).toBe(false);
  });

  it('reads a list of events that gained the latest one, written as the others, as routine (A/RES/79/15 → 80/14, OP3)', () => {
    const before = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, and the fifth Conference of States Parties, on 17 and 18 May 2022, all held in Addis Ababa;';
    const after = 'Recalls the convening of the first Conference of States Parties to the Treaty, on 4 November 2010, the fourth Conference of States Parties, on 14 and 15 March 2018, the fifth Conference of States Parties, on 17 and 18 May 2022, and the sixth Conference of States Parties, on 24 and 25 October 2024, all held in Addis Ababa;';
    expect(routineReasons(before, after)).toEqual(['list of events grew: the sixth Conference of States Parties, on 24 and 25 October 2024']);
    expect(isRoutineChange(before, after.replace('sixth', 'seventh'))).toBe(false);
    expect(isRoutineChange(before, after.replace('24 and 25 October 2024', '24 and 25 October 2021'))).toBe(false);
    expect(isRoutineChange(before, after.replace('Parties, on 24', 'Parties, which failed, on 24'))).toBe(false);
  });

  // Issue 23, round 2: the yearly life of a resolution that round 1 still read as negotiated.
  it('reads statistics refreshed from the next year\'s data as routine in a paragraph that states facts (A/RES/79/197 → 80/123, PP 18)', () => {
    const before = 'Recognizing with concern that, in 2023, the external debt positions of many developing countries remained alarmingly high, with external debt stocks of developing countries reaching an estimated level of 11.4 trillion United States dollars,';
    const after = 'Recognizing with concern that, in 2024, the external debt positions of many developing countries remained alarmingly high, with external debt stocks of developing countries reaching an estimated level of 11.7 trillion United States dollars,';
    expect(routineReasons(before, after)).toEqual(['yearly succession: 2023 → 2024', "statistics refreshed from the next year's data: 11.4 trillion → 11.7 trillion"]);
    // The same figures without the year moving on, or in a paragraph that decides, are negotiated.
    expect(isRoutineChange(before, after.replace('in 2024', 'in 2023'))).toBe(false);
    expect(isRoutineChange('Decides to allocate 11.4 million United States dollars in 2023;', 'Decides to allocate 11.7 million United States dollars in 2024;')).toBe(false);
    expect(isRoutineChange(before, after.replace('11.7 trillion', 'the level of 2019 or 11.7 trillion'))).toBe(false);
  });

  it('reads the wording of a pandemic\'s response aged into its aftermath as routine (A/RES/78/203 → 79/170, OP 19), and no other edit', () => {
    const before = 'Calls upon all States to spare no effort in promoting and protecting all human rights for all, in particular while implementing the 2030 Agenda for Sustainable Development and responding to and recovering from the COVID-19 pandemic, as it is conducive to the overall enjoyment of human rights;';
    const after = 'Calls upon all States to spare no effort in promoting and protecting all human rights for all, in particular while implementing the 2030 Agenda for Sustainable Development and recovering from the negative effects of the COVID-19 pandemic, as it is conducive to the overall enjoyment of human rights;';
    expect(routineReasons(before, after)).toEqual(["an event's wording aged: responding to and recovering from → recovering from the negative effects of"]);
    // Response words that do not stand before the pandemic, or a new commitment with them, are not ageing.
    expect(isRoutineChange(before, after.replace('negative effects of', 'negative effects of and preventing'))).toBe(false);
    expect(isRoutineChange('and responding to and recovering from climate disasters,', 'and recovering from the negative effects of climate disasters,')).toBe(false);
    // A clause about the response dropped whole (A/RES/78/168 → 79/227, OP 5) is routine alone.
    const clause = 'Emphasizes the importance of international cooperation, multilateralism and solidarity in the global response to support the recovery from the COVID-19 pandemic, including towards achieving universal health coverage;';
    expect(routineReasons(clause, clause.replace(' in the global response to support the recovery from the COVID-19 pandemic', ''))).toEqual([
      "an event's wording aged: in the global response to support the recovery from the COVID-19 pandemic → ∅",
    ]);
  });
});

// Issue 23, round 3: facts dated by a word that goes as they age.
describe('a fact aged', () => {
  it('reads "recent" dropped from a fact a year older as routine (A/RES/78/219 → 79/182, PP 58 → PP 63), never added', () => {
    const before = 'Recalling the bilateral arrangement of return concluded between the Government of Bangladesh and the Government of Myanmar on 23 November 2017 in Nay Pyi Taw, and noting the recent exchange of visits between the group of Rohingya refugees to northern Rakhine and Myanmar officials to Cox’s Bazar under this arrangement,';
    const after = before.replace('the recent exchange', 'the exchange');
    expect(routineReasons(before, after)).toEqual(['a fact aged: “recent” dropped']);
    // A fact newly called recent is news, and "recent" dropped beside another edit is no longer the whole change.
    expect(isRoutineChange(after, before)).toBe(false);
    expect(isRoutineChange(before, after.replace('noting the exchange', 'welcoming the exchange'))).toBe(false);
  });

  it('reads "and subsequent extensions" dropped from a state of emergency as routine (A/RES/79/182 → 80/221, PP 7 → PP 6)', () => {
    const before = 'Expressing its deep concern over the sharp rise in serious human rights violations and abuses since the declaration and subsequent extensions of the state of emergency by the Myanmar military,';
    const after = before.replace('declaration and subsequent extensions of', 'declaration of');
    expect(routineReasons(before, after)).toEqual(['a fact aged: “and subsequent extensions” dropped']);
    expect(isRoutineChange(after, before)).toBe(false);
  });
});

describe('isAgedOpening', () => {
  it('takes a verb aged on the same event, or a decision restated, as no tone (A/RES/78/155 → 79/208 OP 36; A/RES/78/69 → 79/144 OP 356)', () => {
    expect(isAgedOpening('Welcomes decision 15/11 of the Conference of the Parties to the Convention, entitled “Gender Plan of Action”,', 'Recalls decision 15/11 of 19 December 2022 of the Conference of the Parties to the Convention, entitled “Gender Plan of Action”,')).toBe(true);
    expect(isAgedOpening('Decides to continue the Informal Consultative Process for the next four years;', 'Recalls its decision, in resolution 78/69, to continue the Informal Consultative Process for four years;')).toBe(true);
  });

  it('refuses a welcome withdrawn or a newer event recalled (A/RES/79/196 → 80/122 OP 35; A/RES/78/219 → 79/182 PP 23)', () => {
    expect(isAgedOpening('Welcomes the International Monetary Fund Executive Board’s ongoing work to continue the process of governance reform, recalls the commitment to ensuring the primary role of quotas in Fund resources;', 'Also recalls the commitment to ensuring the primary role of quotas in International Monetary Fund resources;')).toBe(false);
    expect(isAgedOpening('Welcoming the ASEAN Leaders’ review of and decision on the implementation of the five-point consensus, adopted in Jakarta on 5 September 2023,', 'Recalling the ASEAN Leaders’ review and decision on the implementation of the five-point consensus, adopted in Vientiane on 9 October 2024,')).toBe(false);
  });
});

describe('predecessorCitationReason', () => {
  const diff = (parts: Array<[DiffPart['op'], string]>): DiffPart[] => parts.map(([op, text]) => ({ op, text }));

  it('reads the newer text citing the older itself, with nothing else changed but separators, as routine', () => {
    // A/RES/78/47 → 79/54 PP 1 (a desk officer counted it a false negotiated line): "… and 77/547 …" → "…, 77/547 … and its resolution 78/47 …".
    const added = diff([['equal', 'its decisions 76/568 of 21 June 2022'], ['delete', ' and '], ['insert', ', '], ['equal', '77/547 of 30 December 2022'], ['insert', ' and its resolution 78/47 of 4 December 2023'], ['equal', ',']]);
    expect(predecessorCitationReason(added, '78/47')).toBe('the previous version cited: 78/47 added');
  });

  // The list of recalled resolutions brought up to date with another resolution of the older text's session: 79/180 adds
  // 78/129 to a list ending "2020,76/69 …" (the text layer's missing space) where 78/214 ended "2020 and 76/69 …";
  // two desk officer's readings counted it a false negotiated line, the only one of its step.
  it("reads a resolution of the older text's session added to a list, the separators and their spaces aside, as routine", () => {
    const older = 'Recalling its adoption of resolutions 75/26 of 2 December 2020 and 76/69 of 9 December 2021 on the promotion of interreligious dialogue,';
    const newer = 'Recalling its adoption of resolutions 75/26 of 2 December 2020,76/69 of 9 December 2021 and 78/129 of 18 December 2023 on the promotion of interreligious dialogue,';
    const grown = diff([['equal', 'Recalling its adoption of resolutions 75/26 of 2 December '], ['delete', older.slice(older.indexOf('2020'), older.indexOf(' on the'))], ['insert', newer.slice(newer.indexOf('2020'), newer.indexOf(' on the'))], ['equal', ' on the promotion of interreligious dialogue,']]);
    expect(predecessorCitationReason(grown, '78/214')).toBe("a resolution of the previous version's session cited: 78/129 added");
  });

  // A/RES/79/87 → 80/76 PP 1 (the desk officer's reading of 9de0f95): the list, which skipped the 78th session, takes
  // both resolutions of the 79th, the older text among them; also Ageing 78/177 → 79/147 PP 1 and Oceans 78/69 → 79/144
  // PP 2 (a resolution and a decision of the 78th session), read: the three findings this changed over the 140 pairs.
  it("reads several resolutions of the older text's session added to a list at once as routine", () => {
    const grown = diff([['equal', '76/76 of 9 December 2021'], ['delete', ' and '], ['insert', ', '], ['equal', '77/120 and 77/121 of 12 December 2022'], ['insert', ' and 79/86 and 79/87 of 4 December 2024'], ['equal', ',']]);
    expect(predecessorCitationReason(grown, '79/87')).toBe("resolutions of the previous version's session cited: 79/86, 79/87 added");
    const withDecision = diff([['equal', 'resolution 77/248 of 30 December 2022'], ['insert', ', resolution 78/272 of 24 April 2024 and decision 78/560 of 13 August 2024'], ['equal', ' and other relevant resolutions,']]);
    expect(predecessorCitationReason(withDecision, '78/69')).toBe("resolutions of the previous version's session cited: 78/272, 78/560 added");
  });

  it('says nothing when a resolution of another session is added, when anything else changed, or without the older number', () => {
    const other = diff([['equal', 'and 77/547'], ['insert', ' and its resolution 76/12 of 4 December 2021'], ['equal', ',']]);
    expect(predecessorCitationReason(other, '78/47')).toBeNull();
    // One of the older text's session beside one of another session: not the list brought up to date alone.
    const mixed = diff([['equal', 'and 77/547'], ['insert', ', 76/12 of 4 December 2021 and 78/47 of 4 December 2023'], ['equal', ',']]);
    expect(predecessorCitationReason(mixed, '78/47')).toBeNull();
    const more = diff([['equal', 'and 77/547'], ['insert', ' and its resolution 78/47 of 4 December 2023'], ['equal', ', '], ['delete', 'welcoming'], ['insert', 'noting'], ['equal', ' the report']]);
    expect(predecessorCitationReason(more, '78/47')).toBeNull();
    expect(predecessorCitationReason(other, undefined)).toBeNull();
  });
});
