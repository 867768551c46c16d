// A PR comment as a reviewer sees it: its Markdown rendered as GitHub-flavoured HTML (markdown-it: CommonMark,
// GFM tables, raw HTML for <details> and <sub>) with GitHub-like styles, and a headless Chromium screenshot.
//
//   npx tsx scripts/screenshot-comment.ts [comment.md] [out.png]
//   (default: test/golden/width-change.md → docs/comment-screenshot.png)
//
// Mermaid blocks stay code here (GitHub draws them as charts; Chromium has no network to load mermaid).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';

const STYLE = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 24px; background: #fff; }
.comment { max-width: 1100px; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
h3 { font-size: 1.25em; margin: 8px 0 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) td { background: #f6f8fa; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 85%; background: #eff1f3; border-radius: 6px; }
code { padding: .2em .4em; } pre { padding: 16px; overflow: auto; } pre code { padding: 0; background: none; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
hr { border: 0; border-top: 1px solid #d1d9e0; margin: 24px 0; } sub { color: #59636e; }
summary { cursor: pointer; margin-bottom: 8px; }
`;

export interface HtmlOptions {
  /** Open every <details> block (a screenshot of collapsed blocks shows only their summaries). */
  openDetails?: boolean;
}

/** The comment's Markdown as a standalone HTML page; the HTML comment (sticky marker) is dropped as GitHub does. */
export function commentHtml(markdown: string, opts: HtmlOptions = {}): string {
  const md = new MarkdownIt({ html: true, linkify: true });
  let body = md.render(markdown.replace(/^<!--[\s\S]*?-->\n/, ''));
  if (opts.openDetails) body = body.replace(/<details>/g, '<details open>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body><div class="comment">${body}</div></body></html>\n`;
}

/** The Chromium binary, or undefined when none is installed (Debian package `chromium`). */
export function findChromium(): string | undefined {
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      execFileSync('which', [bin], { stdio: 'pipe' });
      return bin;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Renders `html` in headless Chromium at `width` px and writes a PNG of `height` px to `png`. */
export function screenshot(html: string, png: string, opts: { width?: number; height?: number; chromium?: string } = {}): void {
  const chromium = opts.chromium ?? findChromium();
  if (!chromium) throw new Error('no chromium found: apt-get install chromium');
  const dir = mkdtempSync(join(tmpdir(), 'energy-diff-shot-'));
  try {
    const page = join(dir, 'comment.html');
    writeFileSync(page, html);
    execFileSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-extensions',
      `--user-data-dir=${join(dir, 'profile')}`, `--window-size=${opts.width ?? 1200},${opts.height ?? 1800}`,
      `--screenshot=${resolve(png)}`, pathToFileURL(page).href,
    ], { stdio: 'pipe', timeout: 60_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [input = 'test/golden/width-change.md', out = 'docs/comment-screenshot.png'] = process.argv.slice(2);
  screenshot(commentHtml(readFileSync(input, 'utf8'), { openDetails: true }), out, { height: 1260 });
  console.log(`${input} → ${out}`);
}
