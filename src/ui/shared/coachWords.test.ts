import { describe, expect, it } from 'vitest';
import { noIssuesText } from './coachWords';

describe('noIssuesText', () => {
  it('names only what was checked, and never praises a clip nothing could be checked on', () => {
    const text = noIssuesText([
      { kind: 'knee_valgus', status: 'checked', reason: '' },
      { kind: 'forward_lean', status: 'not_checked', reason: 'Film from the side to check forward lean.' },
      { kind: 'rounded_back', status: 'low_confidence', reason: 'rough' },
    ]);
    expect(text).toMatch(/knee tracking, back rounding \(roughly\)/);
    expect(text).not.toMatch(/forward lean/);
    expect(noIssuesText([{ kind: 'forward_lean', status: 'not_checked', reason: '' }])).toMatch(/No form check could run/);
  });
});
