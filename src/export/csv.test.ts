import { describe, expect, it } from 'vitest';
import type { CoachResult } from '../core/result';
import { COCO_JOINTS, H36M_JOINTS } from '../core/skeleton';
import { csvCell, keypointsCsvHeader, keypointsToCsv, mistakesToCsv, repsToCsv } from './csv';
import { safeFileName } from './download';
import { resultToJson } from './json';

/** Minimal RFC 4180 reader for the tests (quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trimEnd().split('\n')) {
    const cells: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let m = re.exec(line); m && m.index < line.length + 1; m = re.exec(line)) {
      cells.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]);
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

const kp = (f: number) => COCO_JOINTS.map((_, j) => [100 + j + f, 200 + j, 0.9] as [number, number, number]);
const p3 = (f: number) => H36M_JOINTS.map((_, j) => [j * 0.01, f * 0.1, j ? -j * 0.001 : 0] as [number, number, number]);
const result: CoachResult = {
  format: 'coach-analysis/1',
  video: { file: 'squat.mp4', width: 640, height: 480, fps: 30, frameCount: 3, durationS: 0.1 },
  backend: 'wasm', model: 'movenet-lightning',
  frames: [
    { i: 0, tMs: 0, persons: [{ id: 0, box: [1, 2, 3, 4], score: 0.9, keypoints2d: kp(0), pose3d: p3(0), root: [0, 1, -3] }] },
    { i: 1, tMs: 33.333, persons: [] },
    { i: 2, tMs: 66.667, persons: [{ id: 0, box: [1, 2, 3, 4], score: 0.8, keypoints2d: kp(2) }] },
  ],
  analysis: {
    reps: [
      { startS: 0.5, bottomS: 1.2, topS: 2, endS: 2.1, durationS: 1.6, romM: 0.41, eccentricS: 0.7, concentricS: 0.8, meanSpeedMps: 0.5, peakSpeedMps: 0.9, minKneeDeg: 80, minSpineDeg: 50, romSpineDeg: 20 },
      { startS: 2.5, bottomS: 3.1, topS: 4, endS: 4.2, durationS: 1.7, romM: 0.39, eccentricS: 0.6, concentricS: 0.9, meanSpeedMps: 0.45, peakSpeedMps: 0.8, minKneeDeg: 85, minSpineDeg: null, romSpineDeg: 18, tempo: 3 },
    ],
    mistakes: [{ kind: 'knee_valgus', startS: 3, endS: 3.3, severity: 0.6, rep: 1 }, { kind: 'forward_lean', startS: 3, endS: 3.2, severity: 0.2, rep: 1 }],
  },
  timingsMs: { decode: 1, detect2d: 2, total: 3 },
};

describe('keypointsToCsv', () => {
  it('has joint names and units in the header and one row per frame', () => {
    const rows = parseCsv(keypointsToCsv(result));
    expect(rows[0]).toEqual(keypointsCsvHeader());
    expect(rows[0]).toContain('left_knee_y_px');
    expect(rows[0]).toContain('right_wrist_z_m');
    expect(rows[0].length).toBe(3 + 17 * 3 + 17 * 3 + 3);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const h = rows[0];
    expect(Number(rows[1][h.indexOf('nose_x_px')])).toBe(100);
    expect(Number(rows[3][h.indexOf('nose_x_px')])).toBe(102);
    expect(Number(rows[1][h.indexOf('left_hip_x_m')])).toBeCloseTo(0.04, 6);
    expect(Number(rows[1][h.indexOf('root_z_m')])).toBe(-3);
    expect(rows[2][h.indexOf('nose_x_px')]).toBe(''); // frame without a person
    expect(rows[3][h.indexOf('pelvis_x_m')]).toBe(''); // 2D only
  });
  it('can write 2D or 3D only', () => {
    expect(keypointsToCsv(result, { include: '2d' }).split('\n')[0].split(',')).toHaveLength(3 + 51);
    expect(keypointsToCsv(result, { include: '3d' }).split('\n')[0]).not.toMatch(/_px/);
  });
});

describe('repsToCsv', () => {
  it('writes one row per rep with units, extras and the rep\'s mistakes', () => {
    const rows = parseCsv(repsToCsv(result.analysis));
    expect(rows[0].slice(0, 3)).toEqual(['rep', 'start_s', 'bottom_s']);
    expect(rows[0]).toContain('mean_speed_mps');
    expect(rows[0]).toContain('tempo');
    expect(rows).toHaveLength(3);
    const col = (n: string) => rows[0].indexOf(n);
    expect(rows[1][col('rom_m')]).toBe('0.41');
    expect(rows[2][col('min_spine_deg')]).toBe('');
    expect(rows[1][col('mistakes')]).toBe('');
    expect(rows[2][col('mistakes')]).toBe('knee_valgus forward_lean');
    expect(rows[2][col('worst_severity')]).toBe('0.6');
  });
  it('gives a header only when there is no analysis', () => {
    expect(repsToCsv(undefined).trim().split('\n')).toHaveLength(1);
  });
  it('names the worst severity word of the issue-11 contract', () => {
    const a = { reps: [{ startS: 0, bottomS: 1, topS: 2, endS: 2 }], mistakes: [{ kind: 'knee_valgus', rep: 0, severity: 'mild' }, { kind: 'shallow_depth', rep: 0, severity: 'severe' }] };
    const rows = parseCsv(repsToCsv(a));
    expect(rows[1][rows[0].indexOf('worst_severity')]).toBe('severe');
  });
});

describe('mistakesToCsv', () => {
  it('writes one row per mistake with its evidence and message', () => {
    const a = { mistakes: [{ kind: 'knee_valgus', rep: 1, startS: 3, endS: 3.3, severity: 'moderate', confidence: 0.81, evidence: '2d', message: 'The knees cave in, at the bottom' }] };
    const rows = parseCsv(mistakesToCsv(a));
    expect(rows[0]).toEqual(['kind', 'rep', 'start_s', 'end_s', 'severity', 'confidence', 'evidence', 'message']);
    expect(rows[1]).toEqual(['knee_valgus', '2', '3', '3.3', 'moderate', '0.81', '2d', 'The knees cave in, at the bottom']);
  });
});

describe('small helpers', () => {
  it('quotes CSV cells per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(NaN)).toBe('');
    expect(parseCsv(`x,${csvCell('a,"b"')},y`)[0]).toEqual(['x', 'a,"b"', 'y']);
  });
  it('JSON is the result as-is and refuses other objects', () => {
    expect(JSON.parse(resultToJson(result))).toEqual(result);
    expect(() => resultToJson({ format: 'x' } as unknown as CoachResult)).toThrow(/coach-analysis\/1/);
  });
  it('makes safe file names', () => {
    expect(safeFileName('My squat (1).mp4', 'csv')).toBe('My_squat_1.csv');
    expect(safeFileName('../../etc', '.bvh')).toMatch(/^[^/\\]+\.bvh$/);
    expect(safeFileName('', 'json')).toBe('coach.json');
  });
});
