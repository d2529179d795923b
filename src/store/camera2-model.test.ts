import { describe, expect, it } from 'vitest';
import { fusionWords, offsetWords, secondTimeS } from './camera2-model';

describe('second camera on the one timeline', () => {
  it('shows tA + offset of the second recording, clamped to it, and says when it was not recording', () => {
    // Camera 2 started 1.5 s later (offset −1.5 s) and recorded 8 s.
    expect(secondTimeS(3, -1.5, 8)).toEqual({ tS: 1.5, inView: true });
    expect(secondTimeS(1, -1.5, 8)).toEqual({ tS: 0, inView: false });
    expect(secondTimeS(9.6, -1.5, 8)).toEqual({ tS: 8, inView: false });
    expect(secondTimeS(0, 2, 8)).toEqual({ tS: 2, inView: true });
  });

  it('puts the offset in words: a negative offset means camera 2 started later', () => {
    expect(offsetWords(-1.5)).toBe('Camera 2 started 1.50 s after this video');
    expect(offsetWords(3)).toBe('Camera 2 started 3.00 s before this video');
    expect(offsetWords(0.01)).toBe('Camera 2 started at the same time as this video');
  });

  it('says how the two cameras\' 3D combine, or why a second camera beside the first adds little', () => {
    expect(fusionWords({ viewAngleDeg: 87.4, residualM: 0.064, overlapFrames: 540 }, 20)).toBe(
      '3D from both cameras: they are 87° apart, and once lined up their 3D poses agree within 6 cm over 540 shared frames. Joints one phone cannot see are taken from the other.');
    expect(fusionWords({ viewAngleDeg: 3.2, residualM: 0.01, overlapFrames: 540 }, 20)).toMatch(/^The second camera films from nearly the same direction \(3° apart\)/);
  });
});
