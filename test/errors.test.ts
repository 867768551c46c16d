// The error-code catalogue, docs/errors.md and the codes the source raises agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, ERROR_CODES } from '../src/core/common/index.js';
import { listSourceFiles } from './helpers/architecture.js';

const ROOT = join(import.meta.dirname, '..');
const catalogued = [...Object.keys(ERROR_CODES), ...Object.keys(DIAGNOSTIC_CODES)].sort();
const catalogueFile = 'src/core/common/error-codes.ts';

describe('error codes', () => {
  it('docs/errors.md lists exactly the catalogued codes, with their meaning', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([EWI]_[A-Z0-9_]+)` \| (.*) \|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(catalogued);
    const meaning = { ...ERROR_CODES, ...DIAGNOSTIC_CODES } as Record<string, string>;
    for (const [, code, text] of rows) expect(text, code).toBe(meaning[code!]);
  });

  it('every catalogued code is raised somewhere in src/, and src/ raises no code outside the catalogue', () => {
    const used = new Set<string>();
    for (const f of listSourceFiles(ROOT, 'src')) {
      if (f === catalogueFile) continue;
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/'([EWI]_[A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(catalogued.filter((c) => !used.has(c))).toEqual([]);
    // Codes a child process reports (the bench worker's E_BENCH_*) are matched as strings too: they are catalogued.
    expect([...used].filter((c) => !catalogued.includes(c)).sort()).toEqual([]);
  });
});
