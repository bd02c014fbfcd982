import type { DigestLine, Finding, Paragraph } from '../types.js';

/**
 * An annex's table in the digest: one line for the step, not a line per row. A financing resolution annexes its budget
 * table ("Estimated appropriation for 2026a 56 234 300 51 375 900 …"), whose rows the text layer gives as paragraphs;
 * trial 19-a (item 7) read IRMCT 79/255 → 80/239 as `Annex ¶ 1 → heading 2: 2025a 62 287 400 57 451 300 → 2026a …`, cells
 * glued to their footnote letters, and "31 negotiated changes in 12 lines" counting table rows. The amounts a memo needs
 * are the operative paragraphs' (`OP 20 → OP 3: amount of 60,963,800 → amount of 56,126,600`), which stay as they are;
 * the table's rows are in the pair report, where the line links.
 */

/**
 * Fewest amounts a table's row holds: a figure in groups of three set apart by spaces ("62 287 400", "(1 323 600)"), as
 * UN tables print them; prose writes "62,287,400".
 */
const TABLE_FIGURES = 2;
/** Longest note under a table ("a See A/80/505.", "b Reflects amounts after recosting."). */
const TABLE_NOTE_LENGTH = 160;

/** True for an annex paragraph that is a table's rows: amounts printed as tables print them. */
export function isTableRow(paragraph: Paragraph): boolean {
  return paragraph.role === 'annex' && (paragraph.text.match(/(?<![\d,.])\d{1,3}(?: \d{3})+(?![\d,])/g) ?? []).length >= TABLE_FIGURES;
}

/** True for a heading whose next paragraph other than a heading is a table's row: the table's title. */
function isTableTitle(paragraphs: readonly Paragraph[], index: number): boolean {
  if (paragraphs[index]?.role !== 'heading') return false;
  const next = paragraphs.slice(index + 1).find((paragraph) => paragraph.role !== 'heading');
  return next !== undefined && isTableRow(next);
}

/** True for a note under a table: a lone letter then its text, short, in an annex that has a table. */
function isTableNote(paragraph: Paragraph, hasTable: boolean): boolean {
  return hasTable && paragraph.role === 'annex' && paragraph.text.trim().length <= TABLE_NOTE_LENGTH && /^[a-z] \p{Lu}/u.test(paragraph.text.trim());
}

/** A word of a table's row: two letters or more, not a figure's footnote letter ("2026a") nor an annex's numeral ("I"). */
const ROW_WORD = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’-]+/gu;

/** Most words a side of a word change named in the fold line holds; past it, "rows reworded". */
const LONGEST_WORD_CHANGE = 4;

/** Most word changes a fold line names. */
const WORD_CHANGES_SHOWN = 3;

/**
 * The words changed in folded findings, as "assessed on → apportioned to" (a stretch's words on each side), or
 * "drops “…”" / "adds “…”": a table's rows may change their wording, not only their figures (review20, IRMCT 80/239:
 * "assessed on Member States → apportioned to Member States"). Empty when every changed token is a figure.
 */
function wordChanges(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const finding of findings) {
    const parts = finding.diff;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (part.op === 'equal') continue;
      const next = parts[k + 1];
      const paired = part.op === 'delete' && next?.op === 'insert';
      const [gone, come] = part.op === 'delete' ? [part.text, paired ? next.text : ''] : ['', part.text];
      if (paired) k++;
      // A footnote letter glued to a word ("Questionsb") or moved is no word change.
      const [goneWords, comeWords] = [gone.match(ROW_WORD) ?? [], come.match(ROW_WORD) ?? []];
      const unlettered = (list: readonly string[]): string => list.map((word) => word.replace(/(?<=\p{Ll}{3})[a-h]$/u, '')).join(' ');
      if (goneWords.join(' ') === comeWords.join(' ') || unlettered(goneWords) === unlettered(comeWords)) continue;
      // A row rewritten at length is named as such: its words are in the pair report.
      const change = goneWords.length > LONGEST_WORD_CHANGE || comeWords.length > LONGEST_WORD_CHANGE ? 'rows reworded' : goneWords.length === 0 ? `adds “${comeWords.join(' ')}”` : comeWords.length === 0 ? `drops “${goneWords.join(' ')}”` : `${goneWords.join(' ')} → ${comeWords.join(' ')}`;
      if (!out.includes(change)) out.push(change);
    }
  }
  return out;
}

/** A table's amount as printed, its parts grouped by spaces ("62 287 400", "(1 323 600)" a deduction), or a dash (none). */
const AMOUNT_START = /^\(?\d{1,3}$/;
const AMOUNT_GROUP = /^\d{3}\)?$/;

/** The rows of a table's text: each label with the first amount after it (the gross, in a financing table), in order. */
function tableRows(text: string): Array<{ label: string; amount: number }> {
  const rows: Array<{ label: string; amount: number }> = [];
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  let label: string[] = [];
  let amountsSinceLabel = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (AMOUNT_START.test(tokens[k]) && AMOUNT_GROUP.test(tokens[k + 1] ?? '')) {
      let digits = tokens[k].replace('(', '');
      while (AMOUNT_GROUP.test(tokens[k + 1] ?? '')) digits += tokens[++k].replace(')', '');
      if (amountsSinceLabel === 0 && label.length > 0) rows.push({ label: label.join(' '), amount: Number(digits) });
      amountsSinceLabel++;
      continue;
    }
    if (tokens[k] === '–') {
      amountsSinceLabel++;
      continue;
    }
    if (amountsSinceLabel > 0) label = [];
    amountsSinceLabel = 0;
    label.push(tokens[k]);
  }
  return rows;
}

/**
 * A table's total by what it totals, or null for another row: "Estimated initial appropriation for 2024" and
 * "Appropriation for 2026" are the appropriation ("Estimated appropriation for 2024" is the one proposed), "Net contributions assessed on Member States for 2025" the net
 * contributions, "Total credits reported in …" the credits; a heading printed before the label ("Gross Net of staff
 * assessment (United States dollars)", "Of which:") is not the label's, and the year and footnote letters are left out.
 */
function totalOf(label: string): string | null {
  const own = label.replace(/^.*(?:\(United States dollars\)|Of which:)\s*/u, '').replace(/\s+for(?:\s+the\s+year)?\s+(?:19|20)\d\d[a-h]?\b.*$/u, '').trim();
  if (/requirements/i.test(own)) return null;
  const total = /^(?:(?:Estimated\s+initial\s+)?(appropriation)|(Net\s+contributions)\b.*|(Total\s+credits)\b.*)$/iu.exec(own);
  if (total === null) return null;
  return (total[1] ?? total[2] ?? total[3]).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/**
 * The totals of the tables changed, as a reader of a financing resolution asks first: "Appropriation 65,459,100 →
 * 60,963,800; Net contributions 55,107,500 → 47,998,700" (IRMCT 78/249 → 79/255, sig21: the fold line named word
 * changes beside figures, not the totals). A total is read on both sides by what it totals (`totalOf`), its first
 * amount (the gross); one kept at its amount, or said on one side only, is not named.
 */
function totalChanges(left: readonly Paragraph[], right: readonly Paragraph[]): string[] {
  const totals = (paragraphs: readonly Paragraph[]): Map<string, number> => {
    const found = new Map<string, number>();
    const text = paragraphs.filter(isTableRow).map((paragraph) => paragraph.text).join(' ');
    for (const row of tableRows(text)) {
      const total = totalOf(row.label);
      if (total !== null && !found.has(total)) found.set(total, row.amount);
    }
    return found;
  };
  const [older, newer] = [totals(left), totals(right)];
  const amount = (value: number): string => value.toLocaleString('en-US');
  return [...older].filter(([total, value]) => newer.has(total) && newer.get(total) !== value).map(([total, value]) => `${total} ${amount(value)} → ${amount(newer.get(total) ?? 0)}`);
}

/**
 * The step's lines with those about annex tables (a row, or a note under a table, on either side) folded into one,
 * at the first one's place: `annex tables: figures changed in Annex ¶ 1 → Annex I ¶ 1, … (each row in the pair report)`,
 * or "figures and words changed (assessed on → apportioned to) in …" when the rows' wording changed too;
 * a table's title (its year) changed folds in too; the totals changed are said with their amounts (`totalChanges`).
 */
export function withAnnexTablesFolded(lines: readonly DigestLine[], findings: readonly Finding[], left: readonly Paragraph[], right: readonly Paragraph[]): DigestLine[] {
  const [leftTable, rightTable] = [left.some(isTableRow), right.some(isTableRow)];
  if (!leftTable && !rightTable) return [...lines];
  const tabular = (line: DigestLine): boolean => {
    const finding = findings[line.finding];
    if (finding === undefined || line.kind === 'moved') return false;
    const touched = [...finding.left.map((i) => [left[i], leftTable] as const), ...finding.right.map((i) => [right[i], rightTable] as const)];
    const titles = finding.left.every((i) => isTableTitle(left, i)) && finding.right.every((i) => isTableTitle(right, i));
    return titles || touched.some(([paragraph, hasTable]) => paragraph !== undefined && (isTableRow(paragraph) || isTableNote(paragraph, hasTable)));
  };
  // A table's title changed (its year) is named by the line as the table's, not by its place ("heading 2 → heading 1").
  const titleOnly = (line: DigestLine): boolean => {
    const finding = findings[line.finding];
    return finding !== undefined && finding.left.every((i) => isTableTitle(left, i)) && finding.right.every((i) => isTableTitle(right, i));
  };
  const folded = lines.filter(tabular);
  if (folded.length === 0) return [...lines];
  const places = folded.filter((line) => !titleOnly(line)).map((line) => (line.kind === 'new' ? `${line.place} (new)` : line.kind === 'dropped' ? `${line.place} (dropped)` : line.place));
  const titled = folded.some(titleOnly) ? ', its title' : '';
  // "figures changed" only when every changed token is a figure; words changed are named (at most `WORD_CHANGES_SHOWN`).
  const words = wordChanges(folded.filter((one) => !titleOnly(one)).flatMap((one) => findings[one.finding] ?? []));
  const shownWords = words.length > WORD_CHANGES_SHOWN ? [...words.slice(0, WORD_CHANGES_SHOWN), '…'] : words;
  const what = words.length === 0 ? 'figures changed' : `figures and words changed (${shownWords.join('; ')})`;
  const totals = totalChanges(left, right);
  const totalsSaid = totals.length === 0 ? '' : `; total${totals.length > 1 ? 's' : ''} (gross): ${totals.join('; ')}`;
  const change = `${what} in ${places.join(', ')}${titled}${totalsSaid} (each row in the pair report)`;
  const first = folded[0];
  const line: DigestLine = { kind: 'modified', place: 'annex tables', text: `annex tables: ${change}`, changes: [change], signals: [], tone: null, finding: first.finding, href: first.href };
  return lines.flatMap((one) => (one === first ? [line] : tabular(one) ? [] : [one]));
}
