import { describe, expect, it } from 'vitest';
import { END, START, updateGeneratedBlock } from './report';

describe('docs/benchmarks.md regeneration', () => {
  it('creates the file from a template with a tuning log', () => {
    const out = updateGeneratedBlock(null, '| a | b |');
    expect(out).toContain('| a | b |');
    expect(out).toContain('## Tuning log');
  });
  it('replaces only the generated block and keeps the hand-written log', () => {
    const doc = `# B\n\n${START}\nold table\n${END}\n\n## Tuning log\n- kept entry\n`;
    const out = updateGeneratedBlock(doc, 'new table');
    expect(out).not.toContain('old table');
    expect(out).toContain('new table');
    expect(out).toContain('- kept entry');
    expect(updateGeneratedBlock(out, 'newer')).toContain('- kept entry');
  });
  it('appends the block to a file without markers instead of dropping its text', () => {
    const out = updateGeneratedBlock('# notes\nhand text\n', 'T');
    expect(out.startsWith('# notes\nhand text')).toBe(true);
    expect(out).toContain(`${START}\nT\n${END}`);
  });
});
