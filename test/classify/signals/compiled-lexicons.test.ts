import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLexicons } from '../../../src/classify/signals/lexicon.js';
import { ROOT } from '../../helpers/paths.js';

const BUILT = join(ROOT, 'dist', 'classify', 'signals', 'lexicon.js');

// The build compiles lexicons/*.yaml to dist/lexicons.json so that a comparison does not load the YAML parser; the
// compiled copy must hold exactly what the YAML says, and be used only while it matches the YAML it was made from.
describe.skipIf(!existsSync(join(ROOT, 'dist', 'lexicons.json')))('the compiled lexicons (dist/lexicons.json, npm run build)', () => {
  it('give the lexicons the YAML gives, without loading the YAML parser', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { defaultLexicons } = await import(${JSON.stringify(BUILT)});
      const lexicons = defaultLexicons();
      const yamlLoaded = Object.keys(createRequire(import.meta.url).cache).some((path) => /node_modules[\\\\/]yaml[\\\\/]/.test(path));
      process.stdout.write(JSON.stringify({ lexicons, yamlLoaded }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })) as { lexicons: unknown; yamlLoaded: boolean };
    expect(out.yamlLoaded).toBe(false);
    expect(out.lexicons).toEqual(JSON.parse(JSON.stringify(defaultLexicons())));
  });
});
