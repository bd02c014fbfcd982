import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRoutineChange } from '../../../src/classify/routine.js';
import { SIGNAL_DETECTORS, detectSignals, type SignalDetector } from '../../../src/classify/signals/index.js';
import { normalizeParagraph } from '../../../src/normalize/normalize.js';
import type { Signal } from '../../../src/types.js';

const side = (text: string) => ({ text, tokens: normalizeParagraph(text).tokens });

describe('the signal registry', () => {
  it('runs every registered detector on a finding and keeps their order', () => {
    const signals = detectSignals({ before: side('We welcome the decision.'), after: side('We note the decision.'), diff: [] });
    expect(signals).toEqual([
      { type: 'commitment', from: 'welcome', to: 'note', fromStrength: 3, toStrength: 2, direction: 'weakened', summary: 'commitment weakened: welcome → note', tally: 'commitment weakened' },
    ]);
  });

  it('takes a new detector as one more entry in the list, and renders nothing itself', () => {
    const echo: SignalDetector = {
      type: 'commitment',
      detect: ({ after }) => [{ type: 'commitment', from: null, to: null, fromStrength: 0, toStrength: 0, direction: 'strengthened', summary: `saw ${after.text.length} characters` } as Signal],
    };
    const signals = detectSignals({ before: side('We note it.'), after: side('We note it.'), diff: [] }, [...SIGNAL_DETECTORS, echo]);
    expect(signals.map((signal) => signal.summary)).toEqual(['saw 11 characters']);
  });

  it('has a schema entry, with a summary, for every registered signal type', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../docs/redline-result.schema.json', import.meta.url), 'utf8'));
    const types = schema.$defs.signal.oneOf.map((entry: { properties: { type: { const: string } }; required: string[] }) => {
      expect(entry.required).toContain('summary');
      return entry.properties.type.const;
    });
    expect(types.sort()).toEqual(SIGNAL_DETECTORS.map((detector) => detector.type).sort());
  });

  it('gives any paragraph compared with itself no signal, and never calls it routine (property)', () => {
    // Paragraphs built from the pieces every detector reads: operative verbs, hedges, references, numbers, actors, topics.
    const piece = fc.constantFrom(
      'We call for', 'We note', 'States should', 'shall', 'where appropriate,', 'inter alia', 'on a voluntary basis',
      'resolution 75/240', 'A/79/214', 'Article 2 (4) of the Charter of the United Nations', 'the seventy-ninth session',
      'by 2030', 'on 2 December 2024', '2021-2025', '5 per cent', '306 facilities', 'the African Union', 'all States',
      'developing countries', 'the Secretary-General', 'capacity-building', 'critical infrastructure', 'cybercrime',
      'artificial intelligence (AI)', 'Agenda item 104', 'the Treaty;2', 'and', 'the', 'cooperation', '.', ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 24 }), (pieces) => {
        const text = pieces.join(' ');
        expect(detectSignals({ before: side(text), after: side(text), diff: [{ op: 'equal', text }] })).toEqual([]);
        expect(isRoutineChange(text, text)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a paragraph compared with itself no signal', () => {
    const text = 'We call upon all States to refrain from the use of ICTs contrary to international law.';
    expect(detectSignals({ before: side(text), after: side(text), diff: [{ op: 'equal', text }] })).toEqual([]);
  });
});
