import { describe, expect, it } from 'vitest';
import { defaultUserCorpusDir } from '../src/options.js';

describe('defaultUserCorpusDir', () => {
  it('is corpus/ in the user data folder of each platform, never the package; REDLINE_DATA_DIR and XDG_DATA_HOME win', () => {
    expect(defaultUserCorpusDir({}, 'linux', '/home/ana')).toBe('/home/ana/.local/share/redline/corpus');
    expect(defaultUserCorpusDir({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/xdg/redline/corpus');
    expect(defaultUserCorpusDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/redline/corpus');
    expect(defaultUserCorpusDir({ REDLINE_DATA_DIR: '/scratch/r', XDG_DATA_HOME: '/xdg' }, 'linux', '/home/ana')).toBe('/scratch/r/corpus');
  });
});
