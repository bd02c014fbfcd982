/** The history stage: N versions of one text collated into one table (positions × versions). */
export { collateVersions, stepOfFinding, versionName, type CollationInput } from './collate.js';
export { absentPositions } from './positions.js';
