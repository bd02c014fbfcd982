import { describe, expect, it } from 'vitest';
import { documentFromBytes } from '../../src/ingest/load-any-document.js';
import { readUnFrontPage } from '../../src/ingest/un-metadata.js';
import { convertPdf } from '../../src/ingest/pdf.js';
import { buildPdf } from '../helpers/corpus-pdf.js';
import { ADOPTED_80_118, DRAFT_L17, DRAFT_L58 } from '../helpers/un-drafts.js';

const read = (text: string, path: string) => documentFromBytes({ path, bytes: new TextEncoder().encode(text), sha256: path });

describe('readUnFrontPage', () => {
  it('reads a sponsor list of several lines whole, names holding "and" and bracketed names kept together', () => {
    const lines = [
      'A/C.1/80/L.99', 'General Assembly', 'Distr.: Limited', '8 October 2025', '', 'Eightieth session', 'First Committee', 'Agenda item 99',
      'General and complete disarmament: a made-up item', '', '',
      'Albania, Bosnia and Herzegovina, Netherlands', '(Kingdom of the), Trinidad and Tobago, United Kingdom', 'of Great Britain and Northern Ireland and Uruguay: draft resolution',
      '', 'A made-up title', '', 'The General Assembly,',
    ];
    const { meta } = readUnFrontPage(lines);
    expect(meta.title).toBe('A made-up title');
    expect(meta.status).toEqual({
      stage: 'draft',
      sponsors: ['Albania', 'Bosnia and Herzegovina', 'Netherlands (Kingdom of the)', 'Trinidad and Tobago', 'United Kingdom of Great Britain and Northern Ireland', 'Uruguay'],
    });
  });

  it('takes a title that ends in "United Nations" whole', () => {
    const lines = ['A/RES/79/96', 'General Assembly', 'Distr.: General', '', 'Resolution adopted by the General Assembly on 4 December 2024', '79/96. Implementation by the institutions associated with the', 'United Nations', '', 'The General Assembly,'];
    expect(readUnFrontPage(lines).meta.title).toBe('Implementation by the institutions associated with the United Nations');
  });

  it('reads a draft that names no sponsor as a draft, its title after "Draft resolution"', () => {
    const lines = ['A/C.6/80/L.99', 'General Assembly', 'Distr.: Limited', '', 'Eightieth session', 'Sixth Committee', 'Agenda item 85', 'A made-up agenda', 'item title', '', 'Draft resolution', '', 'A made-up title', '', 'The General Assembly,'];
    const { meta } = readUnFrontPage(lines);
    expect([meta.title, meta.status]).toEqual(['A made-up title', { stage: 'draft' }]);
  });
});

describe('UN drafts read as a reader sees them', () => {
  it("keeps a group's sponsor block whole and reads the draft's title", async () => {
    const { meta } = await read(DRAFT_L17, 'L17.txt');
    expect([meta.id, meta.title, meta.status]).toEqual(['A/C.2/80/L.17', 'Information and communications technologies for sustainable development', { stage: 'draft', sponsors: ['Iraq, on behalf of the Group of 77 and China'] }]);
  });

  it('reads a revision: the resolution title, the submitter whole, and the draft it revises', async () => {
    const { meta } = await read(DRAFT_L58, 'L58.txt');
    expect(meta.title).toBe('Information and communications technologies for sustainable development');
    expect(meta.status).toEqual({ stage: 'draft', sponsors: ['Vice-Chair of the Committee, Kelly Marie Noone (Finland)'], revises: 'A/C.2/80/L.17' });
  });

  it('keeps front matter on a UN text: series and previous reach the document, its id and title win over the first page', async () => {
    const { meta } = await read(`---\nid: ict-2025\ntitle: ICT for development\nseries: my series\nprevious: A/RES/79/194\n---\n${ADOPTED_80_118}`, 'adopted.txt');
    expect([meta.id, meta.title, meta.symbol, meta.resolution, meta.extra]).toEqual(['ict-2025', 'ICT for development', 'A/RES/80/118', '80/118', { series: 'my series', previous: 'A/RES/79/194' }]);
  });
});

describe('a UN draft as a PDF', () => {
  it('reads the sponsor list of several lines under the agenda title whole: a wide gap between lines is a blank line', async () => {
    const line = (text: string) => ({ lines: [text] });
    const gap = { lines: [] };
    const bytes = await buildPdf([
      {
        paragraphs: [
          line('A/C.1/80/L.99'), line('General Assembly'), line('Distr.: Limited'), line('8 October 2025'), line('Original: English'), gap,
          line('Eightieth session'), line('First Committee'), line('Agenda item 99'), { lines: ['General and complete disarmament: a made-up', 'agenda item'] }, gap, gap,
          { lines: ['Albania, Bosnia and Herzegovina, Netherlands', '(Kingdom of the), Trinidad and Tobago and Uruguay: draft resolution'] }, gap, gap,
          line('A made-up title'), gap, gap,
          line('The General Assembly,'), line('Recalling its earlier resolutions on the made-up item,'), { label: '1.', lines: ['Decides to remain seized of the matter.'] },
        ],
      },
    ]);
    const { meta } = await convertPdf(bytes, 'draft.pdf');
    expect([meta.symbol, meta.title, meta.status]).toEqual(['A/C.1/80/L.99', 'A made-up title', { stage: 'draft', sponsors: ['Albania', 'Bosnia and Herzegovina', 'Netherlands (Kingdom of the)', 'Trinidad and Tobago', 'Uruguay'] }]);
  });
});
