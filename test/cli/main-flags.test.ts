import { describe, expect, it } from 'vitest';
import { userSetFlag } from '../../src/cli/main.js';

describe('userSetFlag (the CLI leaves V8 flags the user chose alone)', () => {
  it('finds a flag given on Node\'s command line in any of its forms', () => {
    expect(userSetFlag('regexp-tier-up', ['--regexp-tier-up'], undefined)).toBe(true);
    expect(userSetFlag('regexp-tier-up', ['--no-regexp-tier-up'], undefined)).toBe(true);
    expect(userSetFlag('regexp-tier-up', ['--regexp_tier_up'], undefined)).toBe(true);
    expect(userSetFlag('heap-growing-percent', ['--max-old-space-size=4096', '--heap-growing-percent=50'], undefined)).toBe(true);
  });

  it('finds it in NODE_OPTIONS too', () => {
    expect(userSetFlag('heap-growing-percent', [], '--max-old-space-size=4096 --heap_growing_percent=35')).toBe(true);
    expect(userSetFlag('regexp-tier-up', [], '  --no-regexp-tier-up ')).toBe(true);
  });

  it('is false for other flags, a flag that only starts with the same words, or none', () => {
    expect(userSetFlag('regexp-tier-up', [], undefined)).toBe(false);
    expect(userSetFlag('regexp-tier-up', ['--regexp-tier-up-ticks=5'], '--max-old-space-size=4096')).toBe(false);
    expect(userSetFlag('heap-growing-percent', ['--heap-growing-percentage'], '')).toBe(false);
  });
});
