/**
 * Sliding windows with edge padding, as VideoPose3D's UnchunkedGenerator (`common/generators.py`):
 * the sequence is padded by repeating its first/last frame (pad + causalShift on the left,
 * pad − causalShift on the right), so every input frame gets exactly one output. Long sequences
 * are cut into chunks of `chunk` outputs (each with its receptive-field margin) and stacked
 * into batches.
 */
export interface WindowPlan {
  /** Number of output frames per chunk (the last one may be shorter; padded with edge frames). */
  chunk: number;
  /** Chunks: [firstOutputFrame, outputCount]. */
  chunks: [number, number][];
}

/** Receptive-field geometry from metadata: pad = (RF − 1)/2; causal models look `causalShift` frames back. */
export function padding(receptiveField: number, causalShift: number): { left: number; right: number } {
  if (receptiveField < 1 || receptiveField % 2 !== 1) throw new Error(`receptive field must be odd and ≥ 1 (got ${receptiveField})`);
  const pad = (receptiveField - 1) / 2;
  return { left: pad + causalShift, right: pad - causalShift };
}

export function planChunks(frames: number, chunk: number): WindowPlan {
  const chunks: [number, number][] = [];
  for (let s = 0; s < frames; s += chunk) chunks.push([s, Math.min(chunk, frames - s)]);
  return { chunk, chunks };
}

/**
 * Input windows for chunks `[from, to)` of a plan: Float32Array (to−from) × (chunk + RF − 1) × stride,
 * frames taken with edge clamping from `seq` (frames × stride).
 */
export function gatherWindows(seq: Float32Array, frames: number, stride: number, plan: WindowPlan, from: number, to: number, pad: { left: number; right: number }): Float32Array {
  const len = plan.chunk + pad.left + pad.right;
  const out = new Float32Array((to - from) * len * stride);
  for (let c = from; c < to; c++) {
    const first = plan.chunks[c][0] - pad.left;
    for (let i = 0; i < len; i++) {
      const f = Math.min(Math.max(first + i, 0), frames - 1);
      out.set(seq.subarray(f * stride, (f + 1) * stride), ((c - from) * len + i) * stride);
    }
  }
  return out;
}

/** Copies chunk outputs (batch × chunk × stride) back into the sequence result (frames × stride). */
export function scatterOutputs(result: Float32Array, out: Float32Array, stride: number, plan: WindowPlan, from: number, to: number): void {
  for (let c = from; c < to; c++) {
    const [start, count] = plan.chunks[c];
    result.set(out.subarray((c - from) * plan.chunk * stride, ((c - from) * plan.chunk + count) * stride), start * stride);
  }
}
