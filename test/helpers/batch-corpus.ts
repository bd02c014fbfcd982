import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Paragraphs of the generated statements (written for these tests: no third-party text). */
export const PARAGRAPHS = [
  'We reaffirm the central role of the United Nations in international information security.',
  'States should cooperate to prevent the use of information and communications technologies for malicious purposes.',
  'We support the Open-ended working group as the single inclusive mechanism under the United Nations.',
  'Capacity-building remains essential to close the digital divide between developed and developing countries.',
];

/** A work folder with a corpus of three related statements of 2021–2023, each a little different from the one before. */
export async function makeStatementCorpus(): Promise<{ work: string; corpus: string }> {
  const work = await mkdtemp(join(tmpdir(), 'redline-batch-corpus-'));
  const corpus = join(work, 'corpus');
  await mkdir(corpus);
  for (const [year, change] of [['2021', ''], ['2022', ' We welcome progress.'], ['2023', ' We note the report.']]) {
    const body = PARAGRAPHS.map((text, i) => (i === 1 ? text + change : text)).join('\n\n');
    await writeFile(join(corpus, `statement-${year}.md`), `---\nid: statement-${year}\ndate: ${year}-06-01\n---\n${body}\n`);
  }
  return { work, corpus };
}
