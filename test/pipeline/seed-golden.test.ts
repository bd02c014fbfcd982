import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { SEED, DRAFT } from '../helpers/paths.js';
import { blockStarting, seedBlocks, writeTemp } from '../helpers/edit-seed.js';
import { findingSignatures } from '../helpers/build-documents.js';

/**
 * Golden cases on the seed: the tests edit a copy of the statement and assert that each injected change is found with
 * the right kind, at the right paragraphs. Indices are the seed's paragraphs (0 = title, 1 = date line).
 */
describe('compare on the seed statement', () => {
  it('finds the seed against itself all unchanged', async () => {
    const result = await compare(SEED, SEED);
    const comparison = result.comparisons[0];
    expect(comparison.summary).toEqual({ unchanged: 21, modified: 0, split: 0, merged: 0, new: 0, dropped: 0, moved: 0, renumbered: 0, substantive: 0, routine: 0, editorial: 0 });
    expect(comparison.similarity).toBe(1);
    expect(comparison.coverage).toBe(1);
  });

  it('finds a dropped, merged, moved, reworded and split paragraph, each with its kind, and no renumbering where one side alone prints a number', async () => {
    const blocks = seedBlocks();
    const reworded = blockStarting(blocks, 'We welcome the decision');
    blocks[reworded] = blocks[reworded].replace('We welcome the decision', 'We note the decision');
    const split = blockStarting(blocks, 'We emphasize the importance of joint');
    blocks[split] = blocks[split].replace(', including personnel', '.\n\nThis includes personnel');
    const renumbered = blockStarting(blocks, 'We advocate for strict observance');
    blocks[renumbered] = `7. ${blocks[renumbered]}`;
    const mergeFirst = blockStarting(blocks, 'We commend the launch');
    blocks[mergeFirst] = `${blocks[mergeFirst]} ${blocks[mergeFirst + 1]}`;
    blocks.splice(mergeFirst + 1, 1);
    const [moved] = blocks.splice(blockStarting(blocks, 'We advocate for the internationalization'), 1);
    blocks.push(moved);
    blocks.splice(blockStarting(blocks, 'We recognize the need to improve'), 1);
    const edited = writeTemp('edited.txt', blocks.join('\n\n'));

    const result = await compare(SEED, edited);
    expect(findingSignatures(result)).toEqual([
      'dropped L[5] R[]',
      'modified L[7] R[6]',
      // Two paragraphs joined with their words unchanged: editorial since session 17 (trial 17-a D11).
      'merged/editorial L[8,9] R[7]',
      'split L[19] R[16,17]',
      'unchanged L[12] R[19] moved',
    ]);
    const findings = result.comparisons[0].findings;
    const weakened = findings.find((finding) => finding.kind === 'modified')!;
    expect(weakened.signals).toEqual([{ type: 'commitment', from: 'welcome', to: 'note', fromStrength: 3, toStrength: 2, direction: 'weakened', summary: 'commitment weakened: welcome → note', tally: 'commitment weakened' }]);
    expect(weakened.diff.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: 'welcome' },
      { op: 'insert', text: 'note' },
    ]);
    const renumberedFinding = findings.find((finding) => finding.left[0] === 16)!;
    // "7." put before an unnumbered paragraph is no renumbering: that needs a number on both sides (session 13: the
    // numbered draft against the unnumbered final statement read "Renumbered 7. → (none)" on every paragraph).
    expect(renumberedFinding).toMatchObject({ kind: 'unchanged', renumbered: false, moved: false });
    expect(result.comparisons[0].summary).toMatchObject({ unchanged: 16, modified: 1, split: 1, merged: 1, new: 0, dropped: 1, moved: 1, renumbered: 0 });
  });

  it('reads the illustrative draft against the seed with every kind of change', async () => {
    const result = await compare(DRAFT, SEED);
    expect(result.comparisons[0].summary).toEqual({ unchanged: 10, modified: 7, split: 1, merged: 1, new: 1, dropped: 1, moved: 1, renumbered: 0, substantive: 4, routine: 1, editorial: 2 });
    const findings = result.comparisons[0].findings;
    const editorial = findings.filter((finding) => finding.editorial).map((finding) => finding.left[0]);
    // organizations → organisations; the merge and the split whose only edit is their seam (session 17, trial 17-a D11);
    // favour/organising → favor/organizing.
    expect(editorial).toEqual([2, 11, 18, 20]);
    const commitments = findings.flatMap((finding) => finding.signals.flatMap((signal) => (signal.type === 'commitment' ? [`${signal.from}→${signal.to} ${signal.direction}`] : [])));
    expect(commitments).toEqual(['note→welcome strengthened', 'reaffirm→acknowledge weakened']);
  });

  it('echoes resolved options, tool version and checksums into the JSON contract', async () => {
    const result = await compare(DRAFT, SEED, { threshold: 0.4 });
    expect(result.tool.name).toBe('redline');
    expect(result.options).toEqual({ threshold: 0.4, moveThreshold: 0.5, diffMaxEditLength: 2000, maxGroup: 3, semantic: false, lexicons: [] });
    expect(result.documents.map((document) => document.sha256)).toHaveLength(2);
    expect(result.comparisons[0].left).toBe('2024-draft-illustrative');
  });
});
