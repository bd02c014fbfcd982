import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/batch/shard.js';

describe('shards', () => {
  it('parses K/N and refuses what is not a shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(() => parseShard('4/3')).toThrow('--shard is "4/3"');
    expect(() => parseShard('x')).toThrow('--shard is "x"');
  });

  it('deals pairs round-robin so the shards partition the run', () => {
    const owners = Array.from({ length: 10 }, (_, pair) => [1, 2, 3].filter((index) => inShard(pair, { index, count: 3 })));
    expect(owners).toEqual([[1], [2], [3], [1], [2], [3], [1], [2], [3], [1]]);
  });
});
