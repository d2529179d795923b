/** The layering lint really catches imports against the one-way dependencies, including bare folder imports. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './video-fixtures';

const eslint = new ESLint({ cwd: repoRoot });
const ruleHits = async (file: string, code: string) =>
  (await eslint.lintText(code, { filePath: `${repoRoot}/${file}` }))[0].messages.filter((m) => m.ruleId === 'no-restricted-imports').length;

describe('layering lint', () => {
  it.each([
    ['src/analysis/probe.ts', "import { useAppStore } from '../store';"],
    ['src/analysis/probe.ts', "import { useAppStore } from '../store/index';"],
    ['src/core/probe.ts', "import { SkeletonViewer } from '../viewer';"],
    ['src/multiview/probe.ts', "import * as tf from '@tensorflow/tfjs';"],
    ['src/lift3d/probe.ts', "import { App } from '../ui/App';"],
    ['src/pose2d/probe.ts', "import { useAppStore } from '../store';"],
    ['src/pose2d/probe.ts', "import { createPipeline } from '../pipeline/create';"],
    ['src/pipeline/probe.ts', "import { useAppStore } from '../store';"],
    ['src/live/probe.ts', "import { setLive } from '../store/live-actions';"],
    ['src/store/probe.ts', "import { App } from '../ui/App';"],
    ['src/store/probe.ts', "import { SkeletonViewer } from '../viewer';"],
    // tools -> scripts/lib -> src: neither src/ (any layer, tests included) nor scripts/ imports tools/.
    ['src/analysis/probe.test.ts', "import { render } from '../../tools/eval/lib/synth-faults';"],
    ['src/pipeline/probe.ts', "import { BENCH_PAGES } from '../../tools/bench/driver/server';"],
    ['src/store/probe.ts', "import { trainingDir } from '../../tools/lifter/paths';"],
    ['src/ui/probe.tsx', "import { pageUrl } from '../../tools/bench/driver/server';"],
    ['src/workers/probe.ts', "import { evaluateLifter } from '../../tools/lifter/eval/evaluate';"],
    ['scripts/lib/probe.ts', "import { parseBenchArgs } from '../../tools/bench/driver/args';"],
    ['scripts/probe.ts', "import { evaluateLifter } from '../tools/lifter/eval/evaluate';"],
    ['scripts/probe.mjs', "import { tally } from '../tools/eval/lib/fault-score.ts';"],
  ])('%s: %s is an error', async (file, code) => {
    expect(await ruleHits(file, `${code}\nexport const x = 1;`)).toBe(1);
  });

  it('allows imports that point the right way', async () => {
    expect(await ruleHits('src/store/probe.ts', "import { analyze } from '../analysis';\nexport const x = analyze;")).toBe(0);
    expect(await ruleHits('src/store/probe.ts', "import { createPipeline } from '../pipeline/create';\nexport const x = createPipeline;")).toBe(0);
    expect(await ruleHits('src/ui/probe.ts', "import { useAppStore } from '../store';\nexport const x = useAppStore;")).toBe(0);
    expect(await ruleHits('src/analysis/probe.ts', "import { COCO } from '../core/skeleton';\nexport const x = COCO;")).toBe(0);
    expect(await ruleHits('tools/eval/probe.ts', "import { parseCsv } from '../../scripts/lib/csv';\nexport const x = parseCsv;")).toBe(0);
    expect(await ruleHits('tools/bench/probe.ts', "import { errorMessage } from '../../src/core/errors';\nexport const x = errorMessage;")).toBe(0);
    expect(await ruleHits('tools/eval/probe.ts', "import { evaluateLifter } from '../lifter/eval/evaluate';\nexport const x = evaluateLifter;")).toBe(0);
    expect(await ruleHits('scripts/lib/probe.ts', "import { errorMessage } from '../../src/core/errors';\nexport const x = errorMessage;")).toBe(0);
  });
});
