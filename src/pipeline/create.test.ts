import { describe, expect, it } from 'vitest';
import { createPipeline } from './create';
import type { PostStage } from './stages';

describe('createPipeline', () => {
  it('lifts by default, not when 3D is off, and follows replaced post stages', () => {
    expect(createPipeline().lifts).toBe(true);
    expect(createPipeline({ lift3d: false }).lifts).toBe(false);
    const only2d: PostStage[] = [];
    expect(createPipeline({ postStages: only2d }).lifts).toBe(false);
    const analysisOnly: PostStage[] = [{ id: 'analysis', run: async () => ({}) }];
    expect(createPipeline({ lift3d: false, postStages: analysisOnly }).lifts).toBe(true);
  });

  it('keeps its options (one pipeline per settings)', () => {
    const p = createPipeline({ backend: 'wasm', model: 'movenet-thunder', analysis: { exercise: 'deadlift' } });
    expect(p.options).toEqual({ backend: 'wasm', model: 'movenet-thunder', analysis: { exercise: 'deadlift' } });
  });
});
