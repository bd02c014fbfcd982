import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The seed statement, the project's own input. */
export const SEED = join(ROOT, 'seeds/000_9b5e0b9e7a90fd7e.txt');
/** The illustrative earlier draft used by the demo. */
export const DRAFT = join(ROOT, 'corpus/examples/2024-draft-illustrative.md');
/** ../shared/data: real texts and gold sets, present on developers' machines and CI, absent on a user's fresh clone. */
export const SHARED_DATA = join(ROOT, '../shared/data');
/** Whether ../shared/data is here; tests that need it skip with `SHARED_MISSING` as the reason. */
export const HAS_SHARED = existsSync(SHARED_DATA);
/** The message shown when a test that needs ../shared/data skips. */
export const SHARED_MISSING = '../shared/data is absent (a fresh clone): real-text tests skipped';
