import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/pipeline.js';
import type { CommitmentSignal, Finding, RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA } from './paths.js';

/** The recurring UN resolutions, one folder per series (`../shared/data/un-resolutions/texts/series`). */
export const UN_SERIES = join(SHARED_DATA, 'un-resolutions/texts/series');
/** True when the series are there to read (tests that need them skip, saying why, when not). */
export const UN_SERIES_AVAILABLE = HAS_SHARED && existsSync(UN_SERIES);

/** The series folders tests read, one name each (`../shared/data/un-resolutions/texts/series/<folder>`). */
export const ARMS_TRADE = 'the-arms-trade-treaty';
export const ACCOUNTABILITY = 'criminal-accountability-of-united-nations-officials-and-expe';
export const AGEING = 'follow-up-to-the-second-world-assembly-on-ageing';
export const AGRICULTURE = 'agriculture-development-food-security-and-nutrition';
export const BIODIVERSITY = 'implementation-of-the-convention-on-biological-diversity-and';
export const CLIMATE = 'protection-of-global-climate-for-present-and-future-generati';
export const CHARTER = 'report-of-the-special-committee-on-the-charter-of-the-united';
export const CHEMICAL = 'implementation-of-the-convention-on-the-prohibition-of-the-d';
export const CONSUMPTION = 'promoting-sustainable-consumption-and-production-patterns-fo';
export const CTBT = 'comprehensive-nuclear-test-ban-treaty';
export const DEBT = 'external-debt-sustainability-and-development';
export const DPRK = 'situation-of-human-rights-in-the-democratic-people-s-republi';
export const DURBAN = 'a-global-call-for-concrete-action-for-the-elimination-of-rac';
export const ATOMIC_RADIATION = 'effects-of-atomic-radiation';
export const ENERGY = 'ensuring-access-to-affordable-reliable-sustainable-and-moder';
export const IAEA = 'report-of-the-international-atomic-energy-agency';
export const ICT = 'information-and-communications-technologies-for-sustainable';
export const FINANCIAL_SYSTEM = 'international-financial-system-and-development';
export const INDIGENOUS = 'rights-of-indigenous-peoples';
export const LDC = 'follow-up-to-the-fifth-united-nations-conference-on-the-leas';
export const MYANMAR = 'situation-of-human-rights-of-rohingya-muslims-and-other-mino';
export const OCEANS = 'oceans-and-the-law-of-the-sea';
export const OUTER_SPACE_COOPERATION = 'international-cooperation-in-the-peaceful-uses-of-outer-spac';
export const OUTER_SPACE_TCBM = 'transparency-and-confidence-building-measures-in-outer-space';
export const POLYNESIA = 'question-of-french-polynesia';
export const PROGRAMME_PLANNING = 'programme-planning';
export const REGIONAL_CENTRE_LATIN_AMERICA = 'united-nations-regional-centre-for-peace-disarmament-and-dev';
export const RESIDUAL = 'financing-of-the-international-residual-mechanism-for-crimin';
export const RIGHT_TO_DEVELOPMENT = 'the-right-to-development';
export const SETTLEMENTS = 'israeli-settlements-in-the-occupied-palestinian-territory-in';
export const SOVEREIGNTY = 'permanent-sovereignty-of-the-palestinian-people-in-the-occup';
export const SUPPORT_ACCOUNT = 'support-account-for-peacekeeping-operations';
export const SYRIA = 'situation-of-human-rights-in-the-syrian-arab-republic';
export const TAX = 'promotion-of-inclusive-and-effective-international-tax-coope';
export const UNIVERSAL_JURISDICTION = 'the-scope-and-application-of-the-principle-of-universal-juri';
export const TEACHING = 'united-nations-programme-of-assistance-in-the-teaching-study';

/** The comparison of two texts of one series, by folder and file name. */
export async function compareInSeries(series: string, older: string, newer: string): Promise<RedlineResult> {
  return compare(join(UN_SERIES, series, older), join(UN_SERIES, series, newer));
}

/** The finding whose (one) newer paragraph carries the UN label `label`. */
export function findingAt(result: RedlineResult, label: string): Finding {
  const [, right] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.right.length === 1 && candidate.right.every((index) => right.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding at ${label}`);
  return finding;
}

/** A finding is substantive when it is modified and neither editorial nor routine. */
export const isSubstantive = (finding: Finding): boolean => finding.kind === 'modified' && !finding.editorial && !finding.routine;

/** The texts of the paragraph labelled `olderLabel` in the older text and `newerLabel` in the newer ('' where none is). */
export const paragraphs = (result: RedlineResult, olderLabel: string, newerLabel: string): [string, string] => [
  result.documents[0].paragraphs.find((paragraph) => paragraph.label === olderLabel)?.text ?? '',
  result.documents[1].paragraphs.find((paragraph) => paragraph.label === newerLabel)?.text ?? '',
];

/** A finding's commitment signals. */
export const commitments = (finding: Finding): CommitmentSignal[] => finding.signals.filter((signal): signal is CommitmentSignal => signal.type === 'commitment');

/** The finding whose older paragraph is `older` and newer `newer` (labels, `+` between a group's), for renumbered pairs. */
export const pairAt = (result: RedlineResult, older: string, newer: string): Finding => {
  const [left, right] = result.documents;
  const finding = result.comparisons[0].findings.find(
    (one) => one.left.map((i) => left.paragraphs[i].label).join('+') === older && one.right.map((i) => right.paragraphs[i].label).join('+') === newer,
  );
  if (!finding) throw new Error(`no finding ${older} → ${newer}`);
  return finding;
};
