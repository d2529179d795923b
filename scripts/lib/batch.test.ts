import { describe, expect, it } from 'vitest';
import { outputNames, summaryCsv } from './batch';

describe('batch outputs', () => {
  it('one JSON per clip, numbered when two clips share a name', () => {
    expect(outputNames(['a/squat.mp4', 'b/squat.mp4', 'dl.mov'])).toEqual(['squat.mp4.json', 'squat.mp4.2.json', 'dl.mov.json']);
  });
  it('summary.csv quotes what needs quoting', () => {
    expect(summaryCsv([
      { file: 'a.mp4', output: 'a.mp4.json', status: 'ok', frames: 175, exercise: 'squat', reps: 3, seconds: 12.5, error: '' },
      { file: 'x,y.mp4', output: 'x,y.mp4.json', status: 'failed', frames: null, exercise: null, reps: null, seconds: 1, error: 'This file is not a "video".' },
    ])).toBe('file,output,status,frames,exercise,reps,seconds,error\na.mp4,a.mp4.json,ok,175,squat,3,12.5,\n"x,y.mp4","x,y.mp4.json",failed,,,,1,"This file is not a ""video""."\n');
  });
});
