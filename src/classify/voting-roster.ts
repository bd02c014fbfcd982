import { dissentStart } from './signals/dissent.js';

/** A voting record's opening: "Voting for the FOMC monetary policy action were:", "Voting for this action were". */
const VOTING_FOR = /^Voting for (?:the |this )?(?:FOMC )?(?:monetary )?(?:policy )?action (?:were|was):?\s+/u;
/** One item of the list of voters: a name or a role, capitalized words ("Janet L. Yellen", "Chair", "Vice Chairman"). */
const VOTER = /^(?:and\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** A note that a Reserve Bank's alternate voted in a member's place: "Patrick Harker voted as an alternate member at this meeting." */
// A name's words: an honorific or an initial ("Ms.", "J.") or a word, never one ending a sentence ("Waller. Patrick Harker voted …").
const ALTERNATE = /\s*((?:(?:Mr|Ms|Mrs|Dr)\.|\p{Lu}\.|\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))*) voted as (?:an )?alternate member at this meeting\./gu;
/** A role written beside a name in the list ("Jerome H. Powell, Chair"): no voter of its own. */
const ROLE = /^(?:Vice\s+)?Chair(?:man|woman)?$/u;

/** The voters a voting record lists before any dissent (an alternate's note read as a voter), or null when the text is no such list. */
function votersOf(text: string): string[] | null {
  // The list must open on "Voting for" once the alternates' notes are taken out: without either phrase in the text, it
  // cannot (the dissent's and the notes' searches were 1 % of the short and the long report, issue 21 session 22).
  if (!text.includes('Voting for') && !text.includes(' alternate member at this meeting.')) return null;
  const start = dissentStart(text);
  const written = (start < 0 ? text : text.slice(0, start)).trim();
  const alternates = [...written.matchAll(ALTERNATE)].map((match) => match[1]);
  const list = written.replace(ALTERNATE, '').trim();
  const opening = VOTING_FOR.exec(list);
  if (opening === null) return null;
  const items = list.slice(opening[0].length).replace(/\.$/u, '').split(/;\s+|,\s+/u);
  return items.every((item) => VOTER.test(item.trim())) ? [...items, ...alternates] : null;
}

/** The names of a list of voters (`votersOf`), without "and" and the roles beside them. */
function names(voters: readonly string[]): string[] {
  // A listed voter also named as voting as an alternate ("Patrick Harker", 2022-01-26; "Mary C. Daly" and "Ms. Daly",
  // 2020-11-05) is one voter: known by the surname.
  const surname = (name: string) => name.split(/\s+/u).pop() ?? name;
  const all = voters.map((item) => item.trim().replace(/^and\s+/u, '')).filter((item) => !ROLE.test(item));
  return all.filter((name, k) => all.findIndex((other) => surname(other) === surname(name)) === k);
}

/**
 * The reason a voting record changed only in its list of voters, or null (redline #23, session 15): the January
 * rotation of the Reserve Bank presidents who vote (FOMC 2013-12-18 → 2014-01-29 ¶ 6 "drops James Bullard; Charles L.
 * Evans; Esther L. George, adds Richard W. Fisher; …"), a governor joining or leaving (2013-09-18: Duke and Raskin
 * gone), a new Chair. Routine: the roster is the Committee's membership, not its policy. Only when both texts are such
 * a list ("Voting for the … action were: NAME; NAME; … and NAME.", an alternate's "NAME voted as an alternate member at
 * this meeting." a voter of the list) and what follows "Voting against" is the same text in both, or absent from both: a
 * dissent added, dropped or reworded stays negotiated (`dissent` signals). A scheduled rotation is routine for a Fed
 * watcher too (session 20, trial 20-b D8): who votes is said in full in the reason ("out: …; in: …"), the news is a
 * dissent or a change of policy; January 2022 (an alternate's note beside the list) now reads as February 2023 does.
 */
export function rosterChangeReason(before: string, after: string): string | null {
  const [older, newer] = [votersOf(before), votersOf(after)];
  if (older === null || newer === null) return null;
  const dissent = (text: string) => (dissentStart(text) < 0 ? '' : text.slice(dissentStart(text)).trim());
  if (dissent(before) !== dissent(after)) return null;
  // Who left the vote and who joined, in full (trial 20-b D8: the word diff's line named two of ten).
  const [was, is] = [names(older), names(newer)];
  const [out, into] = [was.filter((name) => !is.includes(name)), is.filter((name) => !was.includes(name))];
  const moves = [out.length > 0 ? `out: ${out.join(', ')}` : '', into.length > 0 ? `in: ${into.join(', ')}` : ''].filter(Boolean).join('; ');
  return `the list of voting members changed${moves ? ` (${moves})` : ''}: the yearly rotation of voters, a member joining or leaving; no dissent changed`;
}
