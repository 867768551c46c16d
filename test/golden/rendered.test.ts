// The goldens as a reviewer sees them: rendered to GitHub-flavoured HTML (scripts/screenshot-comment.ts), every
// Markdown table is an HTML table with the header's cell count, nothing leaks as raw Markdown, and the sticky
// marker is invisible. The screenshot itself needs Chromium (docs/comment-screenshot.png is one).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentHtml, findChromium, screenshot } from '../../scripts/screenshot-comment.js';

const dir = new URL('.', import.meta.url);
const goldens = readdirSync(dir).filter((f) => f.endsWith('.md'));

/** Text of the HTML with tags removed and the entities the renderer writes decoded. */
function visibleText(html: string): string {
  return html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('golden comments rendered to HTML', () => {
  it('covers every golden', () => expect(goldens.length).toBeGreaterThanOrEqual(14));

  for (const file of goldens) {
    it(file, () => {
      const md = readFileSync(new URL(file, dir), 'utf8');
      const html = commentHtml(md);
      // One <table> per Markdown delimiter row, each row with the header's number of cells.
      const delimiterRows = md.split('\n').filter((l) => /^\|[-:| ]+\|$/.test(l)).length;
      const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1] as string);
      expect(tables).toHaveLength(delimiterRows);
      for (const t of tables) {
        const rows = [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[hd][ >]/g) ?? []).length);
        expect(new Set(rows).size, 'every row has the header\'s cell count').toBe(1);
      }
      const text = visibleText(html);
      expect(text.split('\n').filter((l) => /^\s*\|/.test(l)), 'no table left as raw text').toEqual([]);
      expect(text).not.toMatch(/\*\*|<details|energy-diff:sticky/);
      expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
      expect(html).not.toMatch(/<script|<img|<a /i);
      expect(/<h3>(.*?)<\/h3>/.exec(html)?.[1]).toMatch(/^⚡ energy-diff: (✅ pass|⚠️ warn|❌ fail)$/);
    });
  }
});

describe('headless Chromium screenshot', () => {
  const chromium = findChromium();
  // The content is checked above and in golden.test.ts; this checks the screenshot path the docs image comes from.
  it.skipIf(!chromium)('renders width-change.md to a PNG of the requested size', () => {
    const out = mkdtempSync(join(tmpdir(), 'energy-diff-png-'));
    try {
      const png = join(out, 'comment.png');
      screenshot(commentHtml(readFileSync(new URL('width-change.md', dir), 'utf8'), { openDetails: true }), png, { width: 900, height: 700, chromium });
      const bytes = readFileSync(png);
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([900, 700]);
      expect(bytes.length).toBeGreaterThan(20_000); // text and tables, not a blank page
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
