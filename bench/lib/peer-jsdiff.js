#!/usr/bin/env node
/** What a naive Node tool does: jsdiff `diffWords` over the whole documents, the parts written as JSON. */
import { readFileSync, writeFileSync } from 'node:fs';
import { diffWords } from 'diff';

const [left, right, out] = process.argv.slice(2);
writeFileSync(out, JSON.stringify(diffWords(readFileSync(left, 'utf8'), readFileSync(right, 'utf8'))));
