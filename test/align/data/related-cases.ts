/**
 * Partial-reuse cases written by the team (no third-party text): an older and a newer text, and the gold `related`
 * pairs [left paragraph, right paragraph] (0-based) — a paragraph only in one text whose content went to (or came from)
 * that paragraph of the other text. Cases without gold pairs are near misses: same subject, same words, no reuse.
 */
export interface RelatedCase {
  name: string;
  left: string[];
  right: string[];
  gold: Array<[number, number]>;
}

const OPENING = 'The Ministers of the Coastal Partnership met in Lisbon on 3 and 4 June to review the implementation of the partnership work plan.';
const CLOSING = 'The Ministers agreed to meet again next year and thanked the host Government for its hospitality and the excellent organization of the meeting.';

export const RELATED_CASES: RelatedCase[] = [
  {
    name: 'one commitment split over two distant paragraphs',
    left: [
      OPENING,
      'The Parties commit to reducing emissions from the energy sector by half before 2035 and to phasing out unabated coal power in the same period, while ensuring a just transition for workers and communities that depend on fossil fuels.',
      'The Parties will report every two years on the progress made towards the targets of this declaration, using the common reporting tables.',
      CLOSING,
    ],
    right: [
      OPENING,
      'The Parties will phase out unabated coal power before 2035 and will report every two years on the progress made, using the common reporting tables agreed in Paris.',
      'Ocean observation networks will be extended to the southern basins, with data shared openly among all members of the partnership.',
      'A just transition for workers and communities that depend on fossil fuels will be supported through dedicated regional funds and retraining programmes.',
      CLOSING,
    ],
    gold: [
      [1, 1],
      [1, 3],
    ],
  },
  {
    name: 'a new paragraph assembled from two old ones',
    left: [
      OPENING,
      'We welcome the establishment of the regional early warning centre for coastal flooding and storm surges, hosted by the Government of Portugal.',
      'Fisheries management will remain a priority, and the partnership will continue to support the fight against illegal, unreported and unregulated fishing.',
      'We call on development banks to increase concessional finance for adaptation in small island developing States and least developed countries.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Fisheries management will remain a priority, and the partnership will continue to support the fight against illegal, unreported and unregulated fishing in the region.',
      'The regional early warning centre for coastal flooding and storm surges should receive increased concessional finance for adaptation from development banks.',
      CLOSING,
    ],
    gold: [
      [1, 2],
      [3, 2],
    ],
  },
  {
    name: 'a dropped paragraph whose core survives inside a longer paragraph',
    left: [
      OPENING,
      'The partnership recognizes the essential role of women in coastal fisheries and aquaculture, and commits to collecting data disaggregated by sex and age.',
      'Marine protected areas cover eleven percent of the partnership waters, and members will designate further areas on the basis of scientific advice.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Marine protected areas now cover fourteen percent of the partnership waters; members will designate further areas on the basis of scientific advice and, recognizing the essential role of women in coastal fisheries and aquaculture, will involve local fishing cooperatives in their management.',
      'The secretariat will prepare a handbook on blue carbon accounting for the next ministerial meeting.',
      CLOSING,
    ],
    gold: [[1, 1]],
  },
  {
    name: 'near miss: a new paragraph on the same subject, no sentence reused',
    left: [
      OPENING,
      'The partnership will support coastal communities in adapting to rising sea levels through nature-based solutions such as mangrove restoration.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Members will fund a study on the costs of relocating coastal settlements threatened by erosion, to be presented by the end of next year.',
      'Sea-level rise threatens the partnership, and mangroves are valuable for communities on the coast.',
      CLOSING,
    ],
    gold: [],
  },
  {
    name: 'near miss: opposite commitment in the same words',
    left: [
      OPENING,
      'The Ministers agreed to establish a permanent secretariat for the partnership, to be funded by assessed contributions from all members.',
      'Cooperation with regional fisheries bodies will be deepened through joint patrols and a shared vessel register.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Cooperation with regional fisheries bodies will be deepened through joint patrols, a shared vessel register and common inspection standards.',
      'Deep-sea mining will not be authorized in partnership waters until its environmental effects are understood.',
      CLOSING,
    ],
    gold: [],
  },
  {
    name: 'a preambular paragraph moved and cut in two, one half kept',
    left: [
      OPENING,
      'Recalling the declaration adopted at the first ministerial meeting, and noting with concern that plastic pollution in coastal waters has doubled since then despite national bans on single-use plastics,',
      'The Ministers decided to create a working group on port reception facilities for waste from ships.',
      CLOSING,
    ],
    right: [
      OPENING,
      'The Ministers decided to create a working group on port reception facilities for waste from ships, open to observers from industry.',
      'Tourism revenue in coastal towns has recovered, and members will share good practices on sustainable tourism.',
      'Noting with concern that plastic pollution in coastal waters has doubled since the first ministerial meeting despite national bans on single-use plastics,',
      CLOSING,
    ],
    gold: [[1, 3]],
  },
  {
    name: 'two old paragraphs condensed into one new paragraph far from them',
    left: [
      OPENING,
      'Members will exchange hydrographic survey data through the partnership portal within six months of each survey.',
      'The Ministers welcomed the offer of Cabo Verde to host a training course on port state measures for inspectors from all members.',
      'Members will ratify the Agreement on Port State Measures as soon as possible and apply it to all foreign vessels.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Members will exchange hydrographic survey data through the partnership portal within three months of each survey.',
      'A new fund for small-scale fishers will be launched in the autumn, with an initial capital of ten million euros.',
      CLOSING,
      'Annex: members will ratify the Agreement on Port State Measures as soon as possible, and Cabo Verde will host a training course on port state measures for inspectors.',
    ],
    gold: [
      [2, 4],
      [3, 4],
    ],
  },
  {
    name: 'near miss: a new paragraph that repeats only the partnership formula',
    left: [
      OPENING,
      'The implementation of the partnership work plan will be reviewed by senior officials every six months.',
      CLOSING,
    ],
    right: [
      OPENING,
      'Senior officials will review the implementation of the partnership work plan twice a year.',
      'The Ministers of the Coastal Partnership welcomed Senegal as the newest member and looked forward to its contribution.',
      CLOSING,
    ],
    gold: [],
  },
];
