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

  it('shows the workload fields of a result with the same keys the code writes', () => {
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const example = blocks.find((b) => 'workload' in b) as { head: { workload: unknown }; workload: unknown } | undefined;
    expect(example).toBeDefined();
    const diff = JSON.parse(JSON.stringify(CASES.workload!.diff())) as { models: { path: string; results: { head: { workload: unknown }; workload: unknown }[] }[] };
    const actual = diff.models.find((m) => m.path === 'models/classifier.onnx')!.results[0]!;
    expect(new Set(keyPaths(example!.workload))).toEqual(new Set(keyPaths(actual.workload)));
    expect(new Set(keyPaths(example!.head.workload))).toEqual(new Set(keyPaths(actual.head.workload)));
    expect(doc).toContain('`kind` (`absolute` J / `relative` % / `run` J per training run)');
  });
});
