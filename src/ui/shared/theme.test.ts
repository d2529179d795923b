import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const css = readFileSync(fileURLToPath(new URL('./coach.css', import.meta.url)), 'utf8');
const vars = Object.fromEntries([...css.matchAll(/--coach-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));

describe('coach theme contrast (WCAG AA, ≥ 4.5:1 for text)', () => {
  it('parses the palette', () => {
    expect(Object.keys(vars).length).toBeGreaterThanOrEqual(10);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
  const pairs: [string, string][] = [
    ['text', 'bg'], ['text', 'surface'], ['text', 'surface-2'], ['muted', 'bg'], ['muted', 'surface'],
    ['accent', 'bg'], ['accent', 'surface'], ['on-accent', 'accent'], ['on-accent', 'bad'],
    ['good', 'surface'], ['warn', 'surface'], ['bad', 'surface'], ['focus', 'bg'], ['focus', 'surface'],
  ];
  it.each(pairs)('%s on %s', (fg, bg) => {
    expect(vars[fg], fg).toBeDefined();
    expect(vars[bg], bg).toBeDefined();
    expect(contrast(vars[fg], vars[bg])).toBeGreaterThanOrEqual(4.5);
  });
});
