import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { RedlineError } from '../../src/errors.js';

const require = createRequire(import.meta.url);
const cjs = require('../../cjs/index.cjs') as Record<string, unknown>;

/** The ES entry's functions (classes, constants and types are reached through `load()` in CommonJS). */
const esFunctions = Object.entries(api)
  .filter(([, value]) => typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value)))
  .map(([name]) => name)
  .sort();

describe('the CommonJS entry (cjs/index.cjs)', () => {
  it('offers every function of the ES entry, and nothing the ES entry lacks', () => {
    const own = Object.keys(cjs).filter((name) => name !== 'load').sort();
    expect(own).toEqual(esFunctions);
  });

  it('declares a type for each of them in cjs/index.d.cts', () => {
    const declarations = readFileSync(join(ROOT, 'cjs/index.d.cts'), 'utf8');
    const declared = [...declarations.matchAll(/^export declare (?:const|function) (\w+)/gm)].map((match) => match[1]).sort();
    expect(declared).toEqual(Object.keys(cjs).sort());
  });

  it('tells a RedlineError without loading the ES build', () => {
    const isRedlineError = cjs.isRedlineError as (error: unknown) => boolean;
    expect(isRedlineError(new RedlineError('empty', 'is empty', 'Give text.'))).toBe(true);
    expect(isRedlineError(new Error('other'))).toBe(false);
  });
});
