/**
 * A draft resolution, its revision and the resolution that adopted it, as text extracted from UN PDFs would read:
 * written by the redline team for tests (no official text), with the first-page forms of the real documents — a
 * group's draft ("Iraq:* draft resolution", the footnote naming the group), a revision submitted by a Vice-Chair "on the
 * basis of informal consultations on draft resolution A/C.2/80/L.17", and the adopted text.
 */

const TITLE = 'Information and communications technologies for sustainable development';

const BODY = [
  'The General Assembly,',
  '',
  'Recalling its resolutions on information and communications technologies for sustainable development, and the outcome documents of the World Summit on the Information Society,',
  '',
  'Recognizing that information and communications technologies can accelerate progress towards all the Sustainable Development Goals when access to them is affordable, reliable and meaningful,',
  '',
  'Concerned that digital divides persist between and within countries, in particular for women and girls, older persons and persons living in rural areas,',
  '',
  '1. Takes note of the report of the Secretary-General on progress made in the implementation of the outcomes of the World Summit on the Information Society at the regional and international levels;',
  '',
  '2. Encourages Member States to close the digital divides by investing in infrastructure, skills and affordable access for all;',
  '',
  '3. Requests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.',
];

/** The group's draft, A/C.2/80/L.17. */
export const DRAFT_L17 = [
  'United Nations',
  'A/C.2/80/L.17',
  '',
  'General Assembly',
  'Distr.: Limited',
  '10 October 2025',
  '',
  'Original: English',
  '',
  'Eightieth session',
  'Second Committee',
  'Agenda item 17',
  TITLE,
  '',
  '',
  'Iraq, on behalf of the Group of 77 and China: draft resolution',
  '',
  TITLE,
  '',
  ...BODY,
  '',
].join('\n');

/** Its revision, A/C.2/80/L.58: the same text, paragraph 2 strengthened. */
export const DRAFT_L58 = [
  'United Nations',
  'A/C.2/80/L.58',
  '',
  'General Assembly',
  'Distr.: Limited',
  '26 November 2025',
  '',
  'Original: English',
  '',
  'Eightieth session',
  'Second Committee',
  'Agenda item 17',
  TITLE,
  '',
  '',
  'Draft resolution submitted by the Vice-Chair of the Committee, Kelly Marie Noone',
  '(Finland), on the basis of informal consultations on draft resolution A/C.2/80/L.17',
  '',
  TITLE,
  '',
  ...BODY.map((line) => line.replace('2. Encourages Member States', '2. Calls upon Member States')),
  '',
].join('\n');

/** The adopted resolution, A/RES/80/118. */
export const ADOPTED_80_118 = [
  'United Nations',
  'A/RES/80/118',
  '',
  'General Assembly',
  'Distr.: General',
  '22 December 2025',
  '',
  'Eightieth session',
  'Agenda item 17',
  '',
  'Resolution adopted by the General Assembly',
  'on 19 December 2025',
  '',
  '[on the report of the Second Committee (A/80/550, para. 10)]',
  '',
  `80/118. ${TITLE}`,
  '',
  ...BODY.map((line) => line.replace('2. Encourages Member States', '2. Calls upon Member States')),
  '',
].join('\n');
