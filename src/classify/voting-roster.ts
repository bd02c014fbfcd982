import { dissentStart } from './signals/dissent.js';

/** A voting record's opening: "Voting for the FOMC monetary policy action were:", "Voting for this action were". */
const VOTING_FOR = /^Voting for (?:the |this )?(?:FOMC )?(?:monetary )?(?:policy )?action (?:were|was):?\s+/u;
/** One item of the list of voters: a name or a role, capitalized words ("Janet L. Yellen", "Chair", "Vice Chairman"). */
const VOTER = /^(?:and\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/** The voters a voting record lists before any dissent, or null when the text is no such list. */
function votersOf(text: string): string[] | null {
  const start = dissentStart(text);
  const list = (start < 0 ? text : text.slice(0, start)).trim();
  const opening = VOTING_FOR.exec(list);
  if (opening === null) return null;
  const items = list.slice(opening[0].length).replace(/\.$/u, '').split(/;\s+|,\s+/u);
  return items.every((item) => VOTER.test(item.trim())) ? items : null;
}

/**
 * The reason a voting record changed only in its list of voters, or null (redline #23, session 15): the January
 * rotation of the Reserve Bank presidents who vote (FOMC 2013-12-18 → 2014-01-29 ¶ 6 "drops James Bullard; Charles L.
 * Evans; Esther L. George, adds Richard W. Fisher; …"), a governor joining or leaving (2013-09-18: Duke and Raskin
 * gone), a new Chair. Routine: the roster is the Committee's membership, not its policy. Only when both texts are such
 * a list ("Voting for the … action were: NAME; NAME; … and NAME.") and what follows "Voting against" is the same text
 * in both, or absent from both: a dissent added, dropped or reworded stays negotiated (`dissent` signals).
 */
export function rosterChangeReason(before: string, after: string): string | null {
  const [older, newer] = [votersOf(before), votersOf(after)];
  if (older === null || newer === null) return null;
  const dissent = (text: string) => (dissentStart(text) < 0 ? '' : text.slice(dissentStart(text)).trim());
  if (dissent(before) !== dissent(after)) return null;
  return 'the list of voting members changed (the yearly rotation of voters, a member joining or leaving); no dissent changed';
}
