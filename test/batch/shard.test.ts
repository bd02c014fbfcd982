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

describe('parseShard on numbers past safe integers', () => {
  it('refuses K or N beyond 2^53 − 1, which a number cannot hold exactly', () => {
    expect(() => parseShard('1/9007199254740993')).toThrow('--shard is "1/9007199254740993"');
    expect(() => parseShard('9007199254740993/9007199254740993')).toThrow('--shard is');
    expect(parseShard('1/9007199254740991')).toEqual({ index: 1, count: 9007199254740991 });
  });
});
