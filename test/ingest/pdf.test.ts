import { describe, expect, it } from 'vitest';
import { convertPdf } from '../../src/ingest/pdf.js';
import { unStyleReport, buildPdf } from '../helpers/corpus-pdf.js';

describe('convertPdf', () => {
  it('recovers the paragraphs of a UN-style two-page report', async () => {
    const { text, meta, warnings } = await convertPdf(await unStyleReport(), 'report.pdf');
    expect(text.split('\n\n')).toEqual([
      'I. Introduction',
      '1. The Open-ended working group on security of and in the use of information and communications technologies held its fifth session in New York.',
      '2. States stressed that the use of ICTs must be consistent with international law and reaffirmed their commitment to maintaining international peace and security. They welcomed the informal consultations held in a hybrid format.',
      '3. States recalled the importance of capacity-building and of exchanging information on threats, and stressed the need for inclusive, transparent and State-led initiatives.',
      '4. The Group noted that the threat landscape continued to evolve and that malicious ICT activities against critical infrastructure and critical information infrastructure were of growing concern to all States. It recommended that States continue to exchange views on existing and potential threats.',
      '5. States proposed the following:',
      '(a) to develop confidence-building measures at the regional and subregional levels;',
      '(b) to establish a global, intergovernmental points of contact directory.',
      '[^1]: See resolution 75/240 of 31 December 2020, para. 2, and the final report of the previous Group (A/75/816, annex I).',
      '[^2]: See A/77/275, para. 12.\n',
    ]);
    expect(meta).toEqual({ symbol: 'A/78/265' });
    expect(warnings).toEqual([]);
  });
});
