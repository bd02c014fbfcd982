import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { compare } from '../../src/index.js';
import { renderHtml } from '../../src/report/html.js';
import { SEED, writeEditedSeed } from './edited-seed.js';
it('writes', async () => {
  const edited = writeEditedSeed('test-output/e2e');
  const result = await compare(SEED, edited);
  writeFileSync('test-output/e2e/result.json', JSON.stringify(result, null, 1));
  console.log(result.comparisons[0].findings.map((f) => `${f.kind}${f.moved ? '+moved' : ''}${f.editorial ? '+ed' : ''} ${f.left}→${f.right} ${f.similarity.toFixed(2)}`).join('\n'));
  writeFileSync('test-output/e2e/report.html', renderHtml(result, { generatedAt: '2026-11-01T12:00:00Z' }));
});
