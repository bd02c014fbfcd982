import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/**
 * The house rules of src/README.md, checked on every run so the layout stays as drawn: no import cycle between files or
 * between folders, and the report stage reads only the contract. Imports are read from the source text (static
 * `import`/`export … from` and literal `import('…')`), which is all this code base uses.
 */
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The project files a file imports (relative specifiers only), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)].map((match) => match[1] ?? match[2] ?? match[3]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(SRC, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))));
}

const FILES = sourceFiles(SRC).map((file) => relative(SRC, file)).sort();
const GRAPH = new Map(FILES.map((file) => [file, importsOf(join(SRC, file))]));

/** The room a file belongs to: its top folder under src/, or the file itself for the files at the top. */
const roomOf = (file: string): string => (file.includes('/') ? file.split('/')[0] + '/' : file);

/** Strongly connected components with more than one member (or a self-loop): the import cycles. */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

describe('the import structure of src/', () => {
  it('reads a sensible number of files and imports (the parser sees the code)', () => {
    expect(FILES.length).toBeGreaterThan(40);
    expect(GRAPH.get('pipeline.ts')).toContain('types.ts');
    for (const [file, imports] of GRAPH) for (const target of imports) expect(FILES, `${file} imports ${target}`).toContain(target);
  });

  it('has no import cycle between files', () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const rooms = new Map<string, string[]>();
    for (const [file, imports] of GRAPH) {
      const from = roomOf(file);
      const targets = rooms.get(from) ?? [];
      for (const target of imports) if (roomOf(target) !== from && !targets.includes(roomOf(target))) targets.push(roomOf(target));
      rooms.set(from, targets);
    }
    expect(cycles(rooms)).toEqual([]);
  });

  it('lets report/ import only the contract, errors, version and its own files', () => {
    const allowed = new Set(['types.ts', 'errors.ts', 'version.ts']);
    const offending = [...GRAPH]
      .filter(([file]) => file.startsWith('report/'))
      .flatMap(([file, imports]) => imports.filter((target) => !target.startsWith('report/') && !allowed.has(target)).map((target) => `${file} → ${target}`));
    expect(offending).toEqual([]);
  });
});
