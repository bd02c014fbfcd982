import { describe, expect, it } from 'vitest';
import { convertDocx } from '../../src/ingest/docx.js';
import { buildDocx } from '../helpers/corpus-docx.js';

describe('convertDocx', () => {
  it('reads headings, numbered paragraphs and footnotes from a Word file', async () => {
    const bytes = await buildDocx([
      { text: 'Joint Statement on International Information Security', style: 'Heading1' },
      { text: 'We, the Ministers of Foreign Affairs, have agreed as follows:' },
      { text: 'Reaffirm the central role of the United Nations in this field.', numbered: true, footnote: 'See A/RES/73/27.' },
      { text: 'Support the Open-ended working group 2021–2025.', numbered: true },
    ]);
    const { text, warnings } = await convertDocx(bytes, 'statement.docx');
    expect(text.split('\n\n')).toEqual([
      '# Joint Statement on International Information Security',
      'We, the Ministers of Foreign Affairs, have agreed as follows:',
      '1. Reaffirm the central role of the United Nations in this field.',
      '2. Support the Open-ended working group 2021–2025.',
      '[^1]: See A/RES/73/27.\n',
    ]);
    expect(warnings).toEqual([]);
  });

  it('refuses a zip that claims to be a Word file but is not one', async () => {
    await expect(convertDocx(new TextEncoder().encode('PK\u0003\u0004 word/document.xml but truncated'), 'bad.docx')).rejects.toMatchObject({ code: 'bad-docx', file: 'bad.docx' });
  });
});
