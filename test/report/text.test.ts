import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { relatedResult, sampleResult } from './helpers.js';

describe('renderText', () => {
  it('writes one line per related link, after the findings', () => {
    const lines = renderText(relatedResult(), { color: false }).split('\n');
    const related = lines.filter((line) => line.startsWith('[related]'));
    expect(related).toEqual(['[related] left ¶2, dropped: related to newer ¶ 2, 4 (59% of its content; shared: parties, 2035, phasing, unabated, coal, power, …)']);
    expect(lines.indexOf(related[0])).toBeGreaterThan(lines.findIndex((line) => line.startsWith('[new] right ¶4')));
  });

  it('writes no related line when the comparison has none', () => {
    expect(renderText(sampleResult(), { color: false })).not.toContain('[related]');
  });
});
