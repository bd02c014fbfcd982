import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
const DATES = ['2006-06-29', '2006-08-08', '2007-08-07', '2007-08-10', '2007-08-17', '2007-09-18'];

describe.skipIf(!HAS_SHARED)(`a reinstated paragraph said against the wording it came back from (trial 20-b D4; ${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('gives the Sept 2007 cut its rate change and the discount-rate decrease its "increase → decrease", from the last version that held each', async () => {
    const result = await compareVersions(DATES.map((date) => join(FOMC, `fomc_${date}.txt`)));
    // The consecutive step into version 5 (since session 21 a step past an unrelated version may follow it in the summary).
    const step = result.history.summary.find((one) => one.version === 5 && one.from === undefined)!;
    expect(step.counts.reinstated).toBe(2);
    const back = step.keyChanges.filter((change) => change.text.startsWith('reinstated ')).map((change) => change.text);
    expect(back).toEqual([
      'reinstated ¶ 1 (from fomc_2007-08-10 ¶ 2): The Federal Reserve will provide reserves as necessary through open market operations to promote trading in the federal … → The Federal Open Market Committee decided today to lower its target for the federal funds rate 50 basis points to 4-3/4 … — commitment added: decides; percentage changed: 5-1/4 percent → 4-3/4 percent',
      'reinstated ¶ 6 (from fomc_2006-06-29 ¶ 6): increase → decrease; drops “Philadelphia” after “New York”; Cleveland, Richmond, Atlanta, Chicago, St. → Cleveland, St.; Minneapolis, and Dallas → Minneapolis, Kansas City, and San Francisco; 2 more changes — percentage changed: 6-1/4 percent → 5-1/4 percent; figure changed: 25 → 50',
    ]);
    // The cells' steps come from the last version that held each position: 2007-08-10 (index 3) and 2006-06-29 (index 0).
    const froms = result.history.positions.filter((position) => position.reinstated && position.cells[5] !== null && position.cells[4] === null).map((position) => position.cells[5]!.step!.from);
    expect(froms.sort()).toEqual([0, 3]);
  });
});
