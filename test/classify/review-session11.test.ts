import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shortenedName } from '../../src/classify/editorial.js';
import { compare } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';

/**
 * The session 11 review of precision round 16: negotiated edits a round-16 rule read as editorial or routine, or whose
 * commitment signal it took away, each a text a drafter could write. Every one must stay a negotiated change; beside
 * each, the case the rule was written for still reads as it did.
 */
const folder = mkdtempSync(join(tmpdir(), 'redline-review11-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const OPENING = ['The General Assembly,', 'Recalling its resolution 78/10 of 1 December 2023 and all its previous resolutions on the subject,', 'Reaffirming the purposes and principles of the Charter of the United Nations,'];
const CLOSING = ['Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution;', 'Decides to include in the provisional agenda of its eighty-first session the item entitled “Oceans and the law of the sea”.'];
let written = 0;

/** A resolution of the given paragraphs between a standard opening and closing; operative ones numbered. */
function resolution(paragraphs: readonly string[]): string {
  const numbered = [...paragraphs, ...CLOSING].map((text, at) => (/^[A-Z][a-z]+ing\b/.test(text) ? text : `${at + 1}. ${text}`));
  const path = join(folder, `text-${++written}.txt`);
  writeFileSync(path, `${[...OPENING, ...numbered].join('\n\n')}\n`);
  return path;
}

/** The findings that are not unchanged, older paragraphs against newer. */
async function changes(older: readonly string[], newer: readonly string[]): Promise<Finding[]> {
  const result = await compare(resolution(older), resolution(newer));
  return result.comparisons[0].findings.filter((finding) => finding.kind !== 'unchanged');
}

async function only(older: string, newer: string): Promise<Finding> {
  const found = await changes([older], [newer]);
  expect(found).toHaveLength(1);
  return found[0];
}

const negotiated = (finding: Finding): boolean => !finding.routine && !finding.editorial;
const commitments = (finding: Finding): string[] => finding.signals.filter((signal) => signal.type === 'commitment').map((signal) => signal.summary);

describe('a defined name written out or shortened (editorial.ts shortenedName)', () => {
  it('names another treaty: "the Agreement" → "the Agreement on Port State Measures", "the Convention on Cluster Munitions" → "the Convention", "the Charter" → "the Charter of the Organization of American States"', async () => {
    expect(negotiated(await only('Calls upon States that have not done so to become parties to the Agreement, and urges parties to implement it fully;', 'Calls upon States that have not done so to become parties to the Agreement on Port State Measures, and urges parties to implement it fully;'))).toBe(true);
    expect(negotiated(await only('Calls upon States to become parties to the Convention on Cluster Munitions, and urges parties to implement it;', 'Calls upon States to become parties to the Convention, and urges parties to implement it;'))).toBe(true);
    expect(negotiated(await only('Reaffirms that cooperation shall be in accordance with the purposes and principles of the Charter, including respect for sovereignty;', 'Reaffirms that cooperation shall be in accordance with the purposes and principles of the Charter of the Organization of American States, including respect for sovereignty;'))).toBe(true);
  });

  it('reads a name the document’s title gives as the defined term it opens with', () => {
    const title = 'Implementation of the Convention on Biological Diversity and its contribution to sustainable development';
    expect(shortenedName('on Biological Diversity', 'the parties to the Convention', ';', title)).toBe('the Convention on Biological Diversity');
    expect(shortenedName('on Cluster Munitions', 'the parties to the Convention', ';', title)).toBeNull();
  });

  it('still reads the Charter of the United Nations written out as editorial', async () => {
    const finding = await only('Reaffirming the principles of the Charter,', 'Reaffirming the principles of the Charter of the United Nations,');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['name written out in full: the Charter of the United Nations']);
  });
});

describe('two list items swapped (editorial.ts wordOrderReason)', () => {
  it('is no word order under "respectively", nor with a role between the items', async () => {
    expect(negotiated(await only('Decides that the Bureau shall be chaired by the representatives of Ghana, Brazil and Japan, respectively, for the first, second and third sessions;', 'Decides that the Bureau shall be chaired by the representatives of Japan, Brazil and Ghana, respectively, for the first, second and third sessions;'))).toBe(true);
    expect(negotiated(await only('Decides that the eighty-first and eighty-second sessions of the Committee shall be held at Geneva and Vienna, respectively;', 'Decides that the eighty-first and eighty-second sessions of the Committee shall be held at Vienna and Geneva, respectively;'))).toBe(true);
    expect(negotiated(await only('Decides that the intergovernmental negotiations shall be co-chaired by Ireland, as coordinator, and Kenya as rapporteur;', 'Decides that the intergovernmental negotiations shall be co-chaired by Kenya, as coordinator, and Ireland as rapporteur;'))).toBe(true);
    expect(negotiated(await only('Decides to appoint Ghana, as Chair, and Norway as Vice-Chair of the working group;', 'Decides to appoint Norway, as Chair, and Ghana as Vice-Chair of the working group;'))).toBe(true);
  });
});

describe('a place named with the kind of territory it is (editorial.ts territoryNamedReason)', () => {
  it('is no nationality or faith named with "State": "Palestinian {+State+} institutions", "Islamic {+State+} groups"', async () => {
    const palestine = 'Stresses the need to achieve a sovereign and independent Palestinian State;';
    const [institutions] = await changes([palestine, 'Underlines the importance of strengthening Palestinian institutions and of international support;'], [palestine, 'Underlines the importance of strengthening Palestinian State institutions and of international support;']);
    expect(negotiated(institutions)).toBe(true);
    const isil = 'Condemns the Islamic State in Iraq and the Levant for its crimes;';
    const [groups] = await changes([isil, 'Urges Member States to counter the financing of Islamic groups in the region;'], [isil, 'Urges Member States to counter the financing of Islamic State groups in the region;']);
    expect(negotiated(groups)).toBe(true);
  });
});

describe('"the six" and "all" official languages (editorial.ts)', () => {
  it('say the same only of the United Nations', async () => {
    expect(negotiated(await only('Requests the secretariat to make the guidelines available in all official languages of the Convention;', 'Requests the secretariat to make the guidelines available in the six official languages of the Convention;'))).toBe(true);
  });
});

describe("a financing resolution's standing amounts (routine.ts standingFinancingStep)", () => {
  it('stay negotiated where the paragraph appropriates or draws on voluntary contributions', async () => {
    expect(negotiated(await only('Decides to appropriate to the special account a total amount of 60,963,800 United States dollars gross for the Mechanism for 2025, and to apportion the amount of 60,963,800 dollars among Member States in accordance with the scale of assessments applicable to the regular budget of the United Nations for 2025;', 'Decides to appropriate to the special account a total amount of 45,100,000 United States dollars gross for the Mechanism for 2026, and to apportion the amount of 45,100,000 dollars among Member States in accordance with the scale of assessments applicable to the regular budget of the United Nations for 2026;'))).toBe(true);
    expect(negotiated(await only('Decides to apportion the amount of 10,000,000 dollars among Member States in accordance with the scale of assessments for 2025, and that 2,000,000 dollars shall be met from voluntary contributions in 2025;', 'Decides to apportion the amount of 10,000,000 dollars among Member States in accordance with the scale of assessments for 2026, and that 6,000,000 dollars shall be met from voluntary contributions in 2026;'))).toBe(true);
  });

  it('the apportionment alone, a year on, is still the next year’s amounts', async () => {
    const finding = await only('Further decides to apportion the amount of 23,999,350 dollars gross among Member States in accordance with the scale of assessments applicable to the regular budget of the United Nations for 2025;', 'Further decides to apportion the amount of 28,063,300 dollars gross among Member States in accordance with the scale of assessments applicable to the regular budget of the United Nations for 2026;');
    expect(finding.routine).toBe(true);
  });
});

describe('a welcome of the steps since the previous resolution, dropped (event-paragraphs.ts sincePreviousWelcomeReason)', () => {
  it('stays negotiated when it also underlines a responsibility', async () => {
    const urges = 'Urges all States that have not yet signed the Treaty to sign and ratify it as soon as possible;';
    const [dropped] = await changes(['Welcomes, since the adoption of its previous resolution on the subject, the ratification of the Treaty by Papua New Guinea, since each signature or ratification is a significant step towards the early entry into force of the Treaty, and underlines the particular responsibility of the nuclear-weapon States to ratify the Treaty;', urges], [urges]);
    expect(dropped.kind).toBe('dropped');
    expect(negotiated(dropped)).toBe(true);
  });
});

describe('a decision recalled by its act (routine.ts decidedActRecalled)', () => {
  it('a one-year mandate recalled has lapsed: the weakening stays', async () => {
    const finding = await only('Decides to extend the mandate of the Special Rapporteur on the situation of human rights in Burundi for a period of one year;', 'Recalls the extension of the mandate of the Special Rapporteur on the situation of human rights in Burundi for a period of one year;');
    expect(commitments(finding)).toEqual(['commitment weakened: decide → recall']);
  });
});

describe('a verb kept in a later clause (signals/commitment.ts)', () => {
  it('addressed to someone else is no verb kept: "Urges Member States" → "Encourages Member States …, and also urges the Secretary-General"', async () => {
    const finding = await only('Urges Member States to increase their contributions to the Trust Fund;', 'Encourages Member States to consider increasing their contributions to the Trust Fund, and also urges the Secretary-General to continue his efforts;');
    expect(commitments(finding)).toEqual(['commitment weakened: urge → encourage']);
  });

  it('a welcome addresses no one: still welcoming in a later clause, whatever it welcomes, is no weakening', async () => {
    const finding = await only('Also welcomes the outcome of the Conference of States Parties;', 'Recalls the outcome of the Conference of States Parties, and welcomes the adoption by the Conference of the decision to elaborate a strategy;');
    expect(commitments(finding)).toEqual([]);
  });

  it('addressed as before, it is kept: "Reiterates its request …" → "Notes the requests …, and reiterates its request …"', async () => {
    const finding = await only('Reiterates its request to the administering Power to provide information on the environmental consequences of the nuclear testing;', 'Notes the multiple requests of the representatives of the Territory, and in this regard reiterates its request to the administering Power to provide information on the environmental consequences of the nuclear testing;');
    expect(commitments(finding)).toEqual([]);
  });
});
