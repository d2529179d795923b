/**
 * training/skeleton.py mirrors src/core/skeleton.ts (the trainer is Python); this keeps the two equal.
 * Skips with a message when python3 is not installed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COCO_JOINTS, H36M_JOINTS, H36M_PARENTS } from '../../src/core/skeleton';
import { trainingDir } from './paths';

const py = spawnSync('python3', ['-c', [
  'import json, sys', `sys.path.insert(0, ${JSON.stringify(trainingDir)})`, 'import skeleton as s',
  'print(json.dumps({"coco": s.COCO, "h36m": s.H36M, "parents": s.H36M_PARENTS}))',
].join('\n')], { encoding: 'utf8' });
const available = py.status === 0;

describe.skipIf(!available)('training/skeleton.py agrees with src/core/skeleton.ts', () => {
  it('joint orders and parents are the same', () => {
    const p = JSON.parse(py.stdout) as { coco: string[]; h36m: string[]; parents: number[] };
    expect(p.coco).toEqual([...COCO_JOINTS]);
    expect(p.h36m).toEqual([...H36M_JOINTS]);
    expect(p.parents).toEqual([...H36M_PARENTS]);
  });
});

if (!available) console.warn(`python3 not usable here (${py.error?.message ?? py.stderr.trim()}): skipping the skeleton.py parity test`);
