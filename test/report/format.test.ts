import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMd, formatCount, formatDeltaJ, formatDeltaMacs, formatJ, formatMacs, formatPct, mermaidLabel } from '../../src/core/format/index.js';

describe('SI formatting with three significant digits', () => {
  it.each([
    [0, '0 J'],
    [1, '1.00 J'],
    [0.001, '1.00 mJ'],
    [0.0123456, '12.3 mJ'],
    [0.999, '999 mJ'],
    // 999.6 mJ rounds to 1000 mJ: shown as 1.00 J, never "1.00e+3 mJ".
    [0.9996, '1.00 J'],
    [1234.5, '1.23 kJ'],
    [2.5e-7, '250 nJ'],
    [3.2e-6, '3.20 µJ'],
    [4e-12, '0.00400 nJ'],
    [7.5e15, '7500 TJ'],
    [-0.05, '-50.0 mJ'],
  ])('formatJ(%s) = %s', (j, text) => {
    expect(formatJ(j)).toBe(text);
  });

  it('signs changes and leaves zero unsigned', () => {
    expect(formatDeltaJ(0.0021)).toBe('+2.10 mJ');
    expect(formatDeltaJ(-0.0021)).toBe('-2.10 mJ');
    expect(formatDeltaJ(0)).toBe('0 J');
    expect(formatDeltaMacs(-1.5e9)).toBe('-1.50 GMAC');
  });

  it('formats MACs from MAC up, never below', () => {
    expect(formatMacs(512)).toBe('512 MAC');
    expect(formatMacs(115_605_504)).toBe('116 MMAC');
    expect(formatMacs(4.1e9)).toBe('4.10 GMAC');
    expect(formatMacs(0.5)).toBe('0.500 MAC');
  });

  it('formats percentages and counts without locale', () => {
    expect(formatPct(null)).toBe('new');
    expect(formatPct(0)).toBe('0%');
    expect(formatPct(4.5678)).toBe('+4.57%');
    expect(formatPct(-0.012345)).toBe('-0.0123%');
    expect(formatPct(250.4)).toBe('+250%');
    expect(formatCount(4980)).toBe('4,980');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
  });
});

const md = new MarkdownIt({ html: true, linkify: true });

/** The cell tokens of a one-row table `| name | x |`, parsed by markdown-it (CommonMark + GFM tables). */
function parseCell(name: string) {
  const tokens = md.parse(`| a | b |\n|---|---|\n| ${escapeMd(name)} | x |\n`, {});
  const cells = tokens.filter((t) => t.type === 'td_open').length;
  const inline = tokens.filter((t) => t.type === 'inline')[2];
  return { cells, children: inline?.children ?? [] };
}

describe('escapeMd', () => {
  const nasty = [
    'a|b|c',
    '`code`',
    '<script>alert(1)</script>',
    '*bold* and **strong**',
    '_under_score_',
    '[link](http://example.com)',
    'see https://example.com/x and www.example.com',
    'onnx::Conv_12',
    '![img](x.png)',
    '&amp; &lt;',
    '~~strike~~',
    'back\\slash\\|pipe',
    '/layer1/conv_3',
    '-leading dash',
    '+plus',
    '1. numbered',
    '# heading',
    '<!-- comment -->',
    'line\nbreak',
  ];

  it.each(nasty)('keeps %j verbatim as plain text in a table cell', (name) => {
    const { cells, children } = parseCell(name);
    expect(cells).toBe(2);
    expect(children.map((c) => c.type).filter((t) => t !== 'text')).toEqual([]);
    expect(children.map((c) => c.content).join('')).toBe(name.replace(/\n/g, ' '));
  });

  it('keeps a leading list marker from starting a list in a bullet', () => {
    for (const name of ['-x', '+x', '1. x', '2) x']) {
      const html = md.render(`- ${escapeMd(name, true)}: note\n`);
      expect(html).toBe(`<ul>\n<li>${name}: note</li>\n</ul>\n`);
    }
  });

  it('escapeHtml makes names inert inside <summary>', () => {
    const html = md.render(`<details><summary>${escapeHtml('<b>"x" & \'y\'</b>')}</summary>\n\n</details>\n`);
    expect(html).toContain('<summary>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;</summary>');
  });

  it('mermaidLabel drops quotes and brackets and caps the length', () => {
    expect(mermaidLabel('say "hi" [now]')).toBe('say hi now');
    expect(mermaidLabel('a'.repeat(40))).toBe(`${'a'.repeat(23)}…`);
    expect(mermaidLabel('""')).toBe('?');
  });
});
