// docs/comment.md shows a golden comment and a diff@1 example: keep both true to the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASES } from './cases.js';

const here = dirname(fileURLToPath(import.meta.url));
const docFile = join(here, '../../docs/comment.md');
let doc = readFileSync(docFile, 'utf8');

/** Every key path of a JSON value, arrays collapsed to their first element. */
function keyPaths(v: unknown, at = '$'): string[] {
  if (Array.isArray(v)) return v.length ? keyPaths(v[0], `${at}[]`) : [];
  if (typeof v !== 'object' || v === null) return [at];
  return Object.entries(v).flatMap(([k, x]) => [`${at}.${k}`, ...keyPaths(x, `${at}.${k}`)]);
}

describe('docs/comment.md', () => {
  it('embeds the over-budget golden comment verbatim', () => {
    const golden = readFileSync(join(here, 'over-budget.md'), 'utf8');
    if (process.env.UPDATE_GOLDEN === '1') {
      doc = doc.replace(/````markdown\n[\s\S]*?\n````\n/, () => `\`\`\`\`markdown\n${golden.replace(/\n$/, '')}\n\`\`\`\`\n`);
      writeFileSync(docFile, doc);
    }
    expect(doc).toContain(`\`\`\`\`markdown\n${golden.replace(/\n$/, '')}\n\`\`\`\`\n`);
  });

  it('shows a diff@1 example with the same fields the code writes', () => {
    const match = /```json\n([\s\S]*?)\n```/.exec(doc);
    expect(match).not.toBeNull();
    const example = JSON.parse(match![1]!) as unknown;
    const actual = JSON.parse(JSON.stringify(CASES['over-budget']!.diff())) as unknown;
    expect(new Set(keyPaths(example))).toEqual(new Set(keyPaths(actual)));
    expect((example as { verdict: string }).verdict).toBe('fail');
  });
});
