/**
 * The document library's only entry: a corpus folder's catalogue (`catalog.yaml`), fetching its documents from their
 * publishers, adding the user's own, and the stored texts (`texts/<id>.md`) that batch runs read.
 */
export { PACKAGED_CATALOG, readCatalog, seedCatalog, storedTextIds, textPath, type Catalog, type CatalogEntry } from './catalog.js';
export { fetchCorpus, downloadWithRetries, type Download, type DownloadOptions, type FetchOptions, type FetchOutcome } from './fetch.js';
export { addDocument, type AddOptions, type Added } from './add.js';
export type { StoredText } from './store.js';
