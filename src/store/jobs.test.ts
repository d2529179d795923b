import { describe, expect, it } from 'vitest';
import { cancelJob, jobRunning, latestJob } from './jobs';

describe('latestJob', () => {
  it('a newer job of the same kind aborts the older one; other kinds are untouched', () => {
    const a = latestJob('analysis');
    const ref = latestJob('reference');
    const b = latestJob('analysis');
    expect(a.signal.aborted).toBe(true);
    expect(a.isLatest()).toBe(false);
    expect(b.isLatest()).toBe(true);
    expect(ref.signal.aborted).toBe(false);
    a.done(); // a late finish of the old job leaves the new one running
    expect(jobRunning('analysis')).toBe(true);
    b.done();
    ref.done();
    expect(jobRunning('analysis') || jobRunning('reference')).toBe(false);
  });

  it('cancel aborts the job but keeps it the latest, so it can report "cancelled"', () => {
    const j = latestJob('analysis');
    cancelJob('analysis');
    expect(j.signal.aborted).toBe(true);
    expect(j.isLatest()).toBe(true);
    j.done();
    expect(jobRunning('analysis')).toBe(false);
  });
});
