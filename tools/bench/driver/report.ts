/**
 * Markdown rendering of a bench result, and regeneration of docs/benchmarks.md: only the block between
 * the generated-table markers is replaced; everything else (the hand-written tuning log) is preserved.
 */
import fs from 'node:fs';
import type { BackendResult, BenchResult } from './result';

export const START = '<!-- bench:generated:start (npm run bench rewrites this block; edit outside it) -->';
export const END = '<!-- bench:generated:end -->';

const TARGETS: Record<string, string> = {
  e2eFps: '≥ 45', ratioToBare: '≥ 0.9', tfjsRatio: '≥ 1.0', mpRatio: '≥ 1.5', lifterFps: '≥ 5000',
  liveFps: '≥ 30', coldStartMs: '≤ 1500 (cached)', peakHeapMb: '< 250 (on a 10-min clip)',
};

function cell(v: number | null | undefined, reason?: string): string {
  if (v === null || v === undefined) return reason ? `— (${reason})` : '—';
  return String(v);
}

const withNote = (v: string, note: string | null) => (note ? `${v} (${note})` : v);

function coldNote(b: BackendResult): string | null {
  const c = (b.detail.cold as { coldMs?: { median: number } | null } | undefined)?.coldMs;
  return c ? `cold, empty cache: ${Math.round(c.median)}` : null;
}

function heapNote(b: BackendResult): string | null {
  const l = b.detail.longClip as { cdpPeakHeapMb?: number | null; pagePeakHeapMb?: number | null } | undefined;
  if (!l) return null;
  const f = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(1));
  return `max of performance.memory ${f(l.pagePeakHeapMb)}, which counts array buffers awaiting GC, and CDP V8 heap ${f(l.cdpPeakHeapMb)}`;
}

/** Process RSS peaks of the long run, and what held the JS heap at its peak. */
function rssRows(b: BackendResult): string[][] {
  const l = b.detail.longClip as { minutes: number; rendererRssMb?: number | null; browserRssMb?: number | null; heapTop?: { site: string; mb: number }[] | null } | undefined;
  if (!l || (l.rendererRssMb == null && l.browserRssMb == null)) return [];
  const f = (x: number | null | undefined) => (x == null ? '—' : String(Math.round(x)));
  const top = l.heapTop?.slice(0, 3).map((h) => `${h.site} ${h.mb}`).join('; ');
  return [[`peak RSS, ${l.minutes}-min looped clip (MB)`, `renderer ${f(l.rendererRssMb)}, all browser processes ${f(l.browserRssMb)}${top ? ` (JS heap at its peak, top sites in MB: ${top})` : ''}`, '', '—']];
}

function rows(b: BackendResult): string[][] {
  const R = b.reasons;
  const long = b.detail.longClip as { minutes: number } | undefined;
  const d = b.detail as Record<string, { median?: number; spread?: number } | null>;
  const spread = (k: string) => (d[k]?.spread !== undefined ? `±${Math.round((d[k]!.spread ?? 0) * 50)}%` : '');
  return [
    ['end-to-end offline analysis (frames/s)', cell(b.e2eFps, R.e2eFps), spread('e2eFps'), TARGETS.e2eFps],
    ['bare MoveNet Lightning detector, browser resize → execute (frames/s)', cell(b.bareDetectorFps, R.bareDetectorFps), spread('bare'), '—'],
    ['ratio e2e / bare', cell(b.ratioToBare, R.e2eFps), '', TARGETS.ratioToBare],
    ['tfjs pose-detection MoveNet (frames/s)', cell(b.peers.tfjsPoseDetection.fps, R['peers.tfjsPoseDetection']), spread('tfjsPoseDetection'), '—'],
    ['ratio us (e2e) / tfjs pose-detection', cell(b.peers.tfjsPoseDetection.ratio, R['peers.tfjsPoseDetection.ratio']), '', TARGETS.tfjsRatio],
    ['MediaPipe Pose full (frames/s)', cell(b.peers.mediapipePose.fps, R['peers.mediapipePose']), spread('mediapipePose'), '—'],
    ['ratio us (e2e) / MediaPipe Pose', cell(b.peers.mediapipePose.ratio, R['peers.mediapipePose.ratio']), '', TARGETS.mpRatio],
    ['lifter in worker (output frames/s)', cell(b.lifterFps, R.lifterFps), spread('lifter'), TARGETS.lifterFps],
    ['live loop with causal lifter (frames/s)', cell(b.liveFps, R.liveFps), spread('live'), TARGETS.liveFps],
    ['cold start to first skeleton, cached (ms)', withNote(cell(b.coldStartMs, R.coldStartMs), coldNote(b)), '', TARGETS.coldStartMs],
    [`peak JS heap${long ? `, ${long.minutes}-min looped clip` : ''} (MB)`, withNote(cell(b.peakHeapMb, R.peakHeapMb), heapNote(b)), '', TARGETS.peakHeapMb],
    ...rssRows(b),
    ['stage decode (frames/s)', cell(b.stages.decode), spread('decode'), '—'],
    ['stage detect2d (frames/s)', cell(b.stages.detect2d), '', '—'],
    ['stage lift3d (frames/s)', cell(b.stages.lift3d), '', '—'],
    ['stage analysis (frames/s)', cell(b.stages.analysis), '', '—'],
  ];
}

type LongTasks = { count: number; maxMs: number; totalMs: number };
type LiveInfo = { detectorIn?: string; fps?: { median?: number }; longTasks?: LongTasks[]; pageThread?: { fps?: { median?: number }; longTasks?: LongTasks[] } };

/** Live loop where the app runs the detector vs on the page's thread (paired runs), with the page's long tasks. */
function liveRows(b: BackendResult): string[][] {
  const l = b.detail.liveInfo as LiveInfo | undefined;
  if (!l?.pageThread) return [];
  const fps = (x?: { median?: number }) => (x?.median !== undefined ? String(Math.round(x.median * 10) / 10) : '—');
  const lt = (v?: LongTasks[]) => (v?.length ? v.map((t) => `${t.count} (max ${t.maxMs} ms)`).join(', ') : '—');
  return [
    [`live loop, detector in the ${l.detectorIn === 'worker' ? 'worker' : 'page'} as the app runs it: frames/s; long tasks > 50 ms per run`, `${fps(l.fps)}; ${lt(l.longTasks)}`],
    ['live loop, detector on the page\'s thread (paired): frames/s; long tasks > 50 ms per run', `${fps(l.pageThread.fps)}; ${lt(l.pageThread.longTasks)}`],
  ];
}

function extraRows(b: BackendResult): string[][] {
  const d = b.detail as Record<string, { median?: number } | undefined>;
  const m = (k: string) => (d[k]?.median !== undefined ? String(Math.round(d[k]!.median! * 10) / 10) : '—');
  const bvp = (b.detail.bareVsPeers ?? {}) as Record<string, number | null>;
  const ovs = (b.detail.oursDetectOnlyVs ?? {}) as Record<string, number | null>;
  const owd = (b.detail.oursWithDecodeVs ?? {}) as Record<string, number | null>;
  return [
    ['our MoveNet adapter, detect only (frames/s)', m('ours')],
    ['our adapter / bare (same frames, paired)', cell(ovs.bare)],
    ['our adapter / tfjs pose-detection (same frames, paired)', cell(ovs.tfjsPoseDetection)],
    ['our adapter / MediaPipe Pose (same frames, paired)', cell(ovs.mediapipePose)],
    ['model.execute only, inputs pre-made (frames/s)', m('modelOnly')],
    ['bare with fromPixels(full frame) + tf resizeBilinear (frames/s)', m('bareTfResize')],
    ['bare incl. sequential decode (frames/s)', m('bareWithDecode')],
    ['our adapter incl. sequential decode, crop copied from the decoded frame (frames/s)', m('oursWithDecode')],
    ['our adapter incl. sequential decode, full-frame paint first (old input path, frames/s)', m('oursWithDecodePaint')],
    ['crop from decoded frame / full-frame paint (paired)', cell(owd.paint)],
    ['input path alone, frame → 192² int32 tensor: full-frame paint / crop copy (ms per frame, same frames alternating)', `${m('inputPrepPaintMs')} / ${m('inputPrepCopyMs')}`],
    ['our adapter incl. decode / bare incl. decode (paired)', cell(owd.bareWithDecode)],
    ['bare / tfjs pose-detection (same frames, paired)', cell(bvp.tfjsPoseDetection)],
    ['bare / MediaPipe Pose (same frames, paired)', cell(bvp.mediapipePose)],
    ...liveRows(b),
  ];
}

export function renderTable(r: BenchResult): string {
  const out: string[] = [];
  const c = r.clip;
  out.push(`Run ${r.date} — ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.browser}, load ${r.machine.loadAvg1m}, ${r.mode} build, ${r.runs} runs (median; ± = half the min–max spread).`);
  if (c) out.push(`Clip \`${c.file}\` ${c.width}×${c.height} @ ${c.fps} fps, ${c.framesPerRun} frames per detector run.`);
  out.push(`Requests leaving the page origin: ${r.crossOriginRequests.length} (of ${r.requestCount}).`, '');
  for (const [name, b] of Object.entries(r.byBackend)) {
    out.push(`### tfjs backend: ${name}`, '');
    const notes = Object.entries(b.reasons).filter(([k]) => k.includes('.scope') || k.includes('.frames'));
    for (const [k, v] of notes) out.push(`Note (${k}): ${v}.`, '');
    const live = b.detail.liveInfo as { loop?: string } | undefined;
    if (live?.loop) out.push(`Live loop: ${live.loop}.`, '');
    out.push('| metric | value | spread | target |', '|---|---|---|---|');
    for (const row of rows(b)) out.push(`| ${row.join(' | ')} |`);
    out.push('', '| detector variant (same frames) | value |', '|---|---|');
    for (const row of extraRows(b)) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}

const TEMPLATE = `# Benchmarks

How fast the in-browser pipeline is, measured against the bare MoveNet detector and two peers
(tfjs pose-detection MoveNet with the same weights, MediaPipe Pose full) in one run, same clip, same
headless Chromium. Regenerate with \`npm run bench\` (options: \`npm run bench -- --help\`); the block
below is rewritten by the command, the tuning log after it is hand-written and kept.

${START}
${END}

## Tuning log

(Each change: prediction, measurement, kept or reverted.)
`;

/** Replace the generated block in `file` (creating the file from a template if needed). */
export function updateGeneratedBlock(existing: string | null, table: string): string {
  const base = existing && existing.includes(START) && existing.includes(END) ? existing : existing ? `${existing.trimEnd()}\n\n${START}\n${END}\n` : TEMPLATE;
  const i = base.indexOf(START);
  const j = base.indexOf(END);
  return `${base.slice(0, i + START.length)}\n${table.trim()}\n${base.slice(j)}`;
}

export function writeBenchDocs(file: string, r: BenchResult): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  fs.writeFileSync(file, updateGeneratedBlock(existing, `## Latest run\n\n${renderTable(r)}`));
}
