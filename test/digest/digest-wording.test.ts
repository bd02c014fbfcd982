import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDigest, digestStep, type MadeStep } from '../../src/digest/index.js';
import { compare } from '../../src/pipeline.js';
import { digestView, renderDigestMarkdown } from '../../src/report/digest.js';
import { renderDigestDocx } from '../../src/report/digest-docx.js';
import { DIGEST_SCHEMA_VERSION, type Digest, type Series } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const validateDigest = new Ajv2020.default({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../../docs/digest.schema.json', import.meta.url), 'utf8')));
const FOMC = join(SHARED_DATA, 'fomc-statements');
const NUCLEAR = join(SHARED_DATA, 'un-resolutions/texts/series/nuclear-disarmament');

function series(id: string, documents: string[]): Series {
  return { id, title: id, basis: 'un-title', documents, drafts: [], committee: null, agendaItem: null };
}

/** The words of a digest.docx's body, tags dropped. */
async function docxText(digest: Digest): Promise<string> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await renderDigestDocx(digest));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/**
 * Negotiation is the UN's vocabulary: a digest of FOMC statements (no UN symbol) says what changed; a UN series keeps
 * "What was negotiated". A researcher found the FOMC digest titled "What was negotiated", "202 with negotiated changes".
 */
describe.skipIf(!HAS_SHARED)(`the digest's vocabulary follows its documents${HAS_SHARED ? '' : SHARED_MISSING}`, () => {
  let fomc: MadeStep;
  let un: MadeStep;
  beforeAll(async () => {
    fomc = digestStep({ result: await compare(join(FOMC, 'fomc_2018-12-19.txt'), join(FOMC, 'fomc_2019-01-30.txt')), report: null });
    // 78/53 → 79/50: a UN step with negotiated changes (79/50 → 80/24 is a technical update since session 16).
    un = digestStep({ result: await compare(join(NUCLEAR, 'A_RES_78_53.txt'), join(NUCLEAR, 'A_RES_79_50.txt')), report: null });
  });

  it('FOMC statements: "What changed", "substantive changes", no negotiators, in Markdown, the index and Word', async () => {
    const digest = assembleDigest([series('fomc', [fomc.older.id, fomc.newer.id])], [fomc]);
    expect(digest.series[0].unDocuments).toBe(false);
    expect(digest.series[0].steps[0]).not.toHaveProperty('unDocuments');
    // As batch writes it to digest.json: its contract's version first.
    expect(validateDigest(JSON.parse(JSON.stringify({ schemaVersion: DIGEST_SCHEMA_VERSION, ...digest }))), JSON.stringify(validateDigest.errors)).toBe(true);
    const markdown = renderDigestMarkdown(digest);
    expect(markdown).toMatch(/^# What changed\n\n1 series, 1 step: 1 with substantive changes, 0 without/);
    expect(markdown).toMatch(/fomc_2018-12-19 → fomc_2019-01-30: \d+ substantive changes/);
    expect(markdown).not.toMatch(/negotiat/i);
    const view = digestView(digest);
    expect([view.title, view.changes]).toEqual(['What changed', 'substantive']);
    expect(view.series[0].steps[0].verdict).toMatch(/^\d+ substantive changes/);
    const word = await docxText(digest);
    expect(word).toContain('What changed');
    expect(word).toContain('each change, with its signals.');
    expect(word).not.toMatch(/negotiat/i);
  });

  it('a UN series keeps the UN wording exactly, and so does a digest mixing UN and other series in its UN series', async () => {
    const digest = assembleDigest([series('nuclear', [un.older.id, un.newer.id])], [un]);
    expect(digest.series[0]).not.toHaveProperty('unDocuments');
    expect(renderDigestMarkdown(digest)).toMatch(/^# What was negotiated\n\n1 series, 1 step: 1 with negotiated changes/);
    expect(await docxText(digest)).toContain('each change by the label negotiators cite, with its signals.');
    const mixed = digestView(assembleDigest([series('nuclear', [un.older.id, un.newer.id]), series('fomc', [fomc.older.id, fomc.newer.id])], [un, fomc]));
    expect(mixed.title).toBe('What changed');
    const verdicts = mixed.series.map((one) => one.steps[0].verdict);
    expect(verdicts.some((verdict) => /^\d+ negotiated changes?\b/.test(verdict))).toBe(true);
    expect(verdicts.some((verdict) => /^\d+ substantive changes/.test(verdict))).toBe(true);
  });
});
