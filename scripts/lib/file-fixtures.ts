/**
 * "Every file a phone makes" (issue 17): one input per row, made on demand with ffmpeg from the
 * shared clips into a temp dir (never committed), with what the app must do with it. Files are
 * cached per recipe version across processes, so the app spec and the CLI spec share them. Node only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clipPath, CLIPS } from './video-fixtures';

/** Bump when a recipe changes (old files are then regenerated under a new dir). */
const VERSION = 1;
export const fixturesDir = path.join(os.tmpdir(), `coach-file-fixtures-v${VERSION}`);

/** What the app must produce: a finished analysis, or an error of this kind with this message. */
export type Expectation =
  | { status: 'done'; warning?: RegExp }
  | { status: 'error'; kind: string; message: RegExp };

export interface FileCase {
  id: string;
  /** What the file is, for the table in docs/inputs.md. */
  what: string;
  file: string;
  expect: Expectation;
  /** Extra URL query for the app (e.g. a short stall limit). */
  query?: string;
}

const D = () => clipPath(CLIPS.deadlift); // 600×600, 30 fps, 3.6 s
const Q = () => clipPath('squat_side_rcht_clean.mp4'); // 720×1280 portrait, 29.97 fps

function ffmpeg(args: string[]): void {
  execFileSync('nice', ['-n', '10', 'ffmpeg', '-v', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Path of `name` in the fixture dir, made by `make(tmpPath)` once (atomic rename, so concurrent runs are safe). */
function made(name: string, make: (out: string) => void): string {
  fs.mkdirSync(fixturesDir, { recursive: true });
  const out = path.join(fixturesDir, name);
  if (fs.existsSync(out)) return out;
  const tmp = path.join(fixturesDir, `tmp-${process.pid}-${name}`);
  make(tmp);
  fs.renameSync(tmp, out);
  return out;
}

const enc = (name: string, input: string[], video: string[], extra: string[] = []) =>
  made(name, (out) => ffmpeg([...input, ...video, ...extra, '-f', formatOf(name), out]));

function formatOf(name: string): string {
  const ext = name.split('.').pop()!;
  return ({ mp4: 'mp4', mov: 'mov', mkv: 'matroska', webm: 'webm', gif: 'gif', png: 'apng', avi: 'avi', ts: 'mpegts', jpg: 'image2' } as Record<string, string>)[ext];
}

const X264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
const X265 = ['-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error'];
const SVTAV1 = ['-c:v', 'libsvtav1', '-preset', '12', '-svtav1-params', 'lp=1'];
const VP9 = ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '800k'];
const VP8 = ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '800k'];
const D2 = () => ['-t', '2', '-i', D(), '-an'];
const PORTRAIT = (vf = '') => ['-t', '2', '-i', Q(), '-an', '-vf', `${vf}${vf ? ',' : ''}scale=360:640`];

/**
 * Writes the video track's display matrix (tkhd, ISO/IEC 14496-12 §8.3.2) for a clockwise
 * rotation, independent of how the local ffmpeg spells rotation tags.
 */
function setRotation(file: string, cw: 90 | 180 | 270, box: 'tkhd' | 'mvhd' = 'tkhd'): void {
  const b = fs.readFileSync(file);
  const at = b.indexOf(box);
  if (at < 0) throw new Error(`no ${box} box in ${file}`);
  const version = b[at + 4];
  // After type, version/flags and the times: tkhd +16 (reserved, layer, group, volume), mvhd +16 (rate, volume, reserved).
  const times = box === 'tkhd' ? (version === 1 ? 32 : 20) : (version === 1 ? 28 : 16);
  const matrixAt = at + 4 + 4 + times + 16;
  const F = 0x10000;
  const m = { 90: [0, F, 0, -F, 0, 0], 180: [-F, 0, 0, 0, -F, 0], 270: [0, -F, 0, F, 0, 0] }[cw];
  [...m, 0, 0, 0x40000000].forEach((v, i) => b.writeInt32BE(v, matrixAt + 4 * i));
  fs.writeFileSync(file, b);
}

/** Zeroes the payload of every mdat box (the index stays valid; the frames are garbage). */
function zeroMdat(file: string): void {
  const b = fs.readFileSync(file);
  for (let i = 0; i + 8 <= b.length;) {
    const size = b.readUInt32BE(i);
    if (b.toString('latin1', i + 4, i + 8) === 'mdat') b.fill(0, i + 8, i + size);
    if (size < 8) break;
    i += size;
  }
  fs.writeFileSync(file, b);
}

const ROT = { 90: 'transpose=2', 180: 'hflip,vflip', 270: 'transpose=1' } as const;
/** A portrait clip stored the way phones store it: coded sideways, turned upright by the matrix. */
const rotated = (cw: 90 | 180 | 270, box: 'tkhd' | 'mvhd' = 'tkhd') => made(`rot${cw}${box === 'mvhd' ? '-mvhd' : ''}.mp4`, (out) => {
  ffmpeg([...PORTRAIT(), '-vf', `scale=360:640,${ROT[cw]}`, ...X264, '-f', 'mp4', out]);
  setRotation(out, cw, box);
});

const DONE: Expectation = { status: 'done' };
const err = (kind: string, message: RegExp): Expectation => ({ status: 'error', kind, message });
const HEVC_MSG = /HEVC \(H\.265\).*Settings → Camera → Formats → Most Compatible/;

/** Codecs and containers a phone, a camera or a download produces. */
export const codecCases = (): FileCase[] => [
  { id: 'h264-mp4', what: 'H.264 in MP4 (2 s, 600×600)', file: enc('h264.mp4', D2(), X264), expect: DONE },
  { id: 'h264-mov', what: 'H.264 in MOV, with AAC sound', file: enc('h264.mov', ['-t', '2', '-i', D()], X264, ['-c:a', 'aac']), expect: DONE },
  { id: 'h264-mkv', what: 'H.264 in Matroska (.mkv)', file: enc('h264.mkv', D2(), X264), expect: DONE },
  { id: 'h264-10bit', what: 'H.264 High 10 (10-bit) in MP4', file: enc('h264-10bit.mp4', D2(), ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p10le']), expect: DONE },
  { id: 'h264-fragmented', what: 'H.264 fragmented MP4 (screen recorders, MediaRecorder)', file: enc('h264-frag.mp4', D2(), X264, ['-movflags', 'frag_keyframe+empty_moov+default_base_moof']), expect: DONE },
  { id: 'hevc-mp4', what: 'HEVC (hvc1) in MP4, video only', file: enc('hevc.mp4', D2(), [...X265, '-tag:v', 'hvc1']), expect: err('unsupported-codec', HEVC_MSG) },
  { id: 'hevc-mov', what: 'HEVC (hvc1) in MOV with sound, as an iPhone records', file: enc('hevc.mov', ['-t', '2', '-i', D()], [...X265, '-tag:v', 'hvc1'], ['-c:a', 'aac']), expect: err('unsupported-codec', HEVC_MSG) },
  { id: 'hevc-hev1', what: 'HEVC (hev1 tag) in MP4', file: enc('hevc-hev1.mp4', D2(), [...X265, '-tag:v', 'hev1']), expect: err('unsupported-codec', HEVC_MSG) },
  { id: 'hevc-mkv', what: 'HEVC in Matroska', file: enc('hevc.mkv', D2(), X265), expect: err('unsupported-codec', HEVC_MSG) },
  { id: 'av1-mp4', what: 'AV1 (SVT-AV1) in MP4', file: enc('av1.mp4', D2(), SVTAV1), expect: DONE },
  { id: 'av1-mp4-aom-audio', what: 'AV1 (libaom) in MP4, portrait 360×640, with AAC sound (short-form style)', file: enc('av1-aom.mp4', ['-t', '2', '-i', Q(), '-vf', 'scale=360:640'], ['-c:v', 'libaom-av1', '-cpu-used', '8', '-row-mt', '1', '-b:v', '300k'], ['-c:a', 'aac']), expect: DONE },
  { id: 'av1-mp4-fragmented', what: 'AV1 fragmented MP4 (DASH-style), portrait', file: enc('av1-frag.mp4', PORTRAIT(), SVTAV1, ['-movflags', 'frag_keyframe+empty_moov+default_base_moof']), expect: DONE },
  { id: 'av1-webm', what: 'AV1 in WebM', file: enc('av1.webm', D2(), SVTAV1), expect: DONE },
  { id: 'vp9-webm', what: 'VP9 in WebM', file: enc('vp9.webm', D2(), VP9), expect: DONE },
  { id: 'vp9-mp4', what: 'VP9 in MP4', file: enc('vp9.mp4', D2(), VP9), expect: DONE },
  { id: 'vp8-webm', what: 'VP8 in WebM', file: enc('vp8.webm', D2(), VP8), expect: DONE },
  { id: 'gif', what: 'Animated GIF (15 fps, 300×300)', file: enc('anim.gif', D2(), ['-vf', 'fps=15,scale=300:300'], ['-loop', '0']), expect: { status: 'done', warning: /Animated image/ } },
  { id: 'apng', what: 'Animated PNG (10 fps)', file: enc('anim.png', ['-t', '1', '-i', D(), '-an'], ['-vf', 'fps=10,scale=300:300'], ['-plays', '0']), expect: { status: 'done', warning: /Animated image/ } },
];

/** Files that cannot be analysed: each gets one clear message, fast. */
export const badCases = (): FileCase[] => [
  { id: 'avi', what: 'MPEG-4 Part 2 in AVI', file: enc('clip.avi', D2(), ['-c:v', 'mpeg4', '-q:v', '5']), expect: err('unsupported-format', /AVI file.*Convert it to MP4/) },
  { id: 'mpeg-ts', what: 'H.264 in an MPEG transport stream (.ts)', file: enc('clip.ts', D2(), X264), expect: err('unsupported-format', /transport stream.*Convert it to MP4/) },
  { id: 'jpeg-photo', what: 'A JPEG photo', file: made('photo.jpg', (out) => ffmpeg(['-i', D(), '-frames:v', '1', '-f', 'image2', '-c:v', 'mjpeg', out])), expect: err('too-short', /photo, not a video/) },
  { id: 'one-frame', what: 'H.264 MP4 with a single frame', file: enc('one-frame.mp4', ['-i', D(), '-an', '-frames:v', '1'], X264), expect: err('too-short', /only one frame/) },
  { id: 'av1-damaged', what: 'AV1 MP4 whose frame data is zeroed (index intact)', file: made('av1-damaged.mp4', (out) => { ffmpeg([...D2(), ...SVTAV1, '-f', 'mp4', out]); zeroMdat(out); }), expect: err('decode', /damaged/) },
  { id: 'h264-damaged', what: 'H.264 MP4 whose frame data is zeroed', file: made('h264-damaged.mp4', (out) => { ffmpeg([...D2(), ...X264, '-f', 'mp4', out]); zeroMdat(out); }), expect: err('decode', /damaged and could not be decoded/) },
  {
    id: 'webm-timestamp-gap', what: 'WebM with a 10-minute gap in its timestamps after 1 s (the player waits, no frame comes)',
    file: made('gap.webm', (out) => ffmpeg(['-t', '2', '-i', D(), '-an', '-vf', "setpts='if(gte(N,30),PTS+600/TB,PTS)'", '-fps_mode', 'passthrough', ...VP8, '-f', 'webm', out])),
    expect: err('stalled:decode', /stopped making progress while decoding the video \(nothing happened for 5 s; VP8/), query: 'stall=5',
  },
];

/** Awkward but valid: analysed, with a warning where the user should know something. */
export const awkwardCases = (): FileCase[] => [
  { id: 'rot90', what: 'Portrait clip coded sideways, display matrix +90° (clockwise)', file: rotated(90), expect: DONE },
  { id: 'rot180', what: 'Clip coded upside down, display matrix 180°', file: rotated(180), expect: DONE },
  { id: 'rot270', what: 'Portrait clip coded sideways, display matrix 270° (−90°)', file: rotated(270), expect: DONE },
  { id: 'rot90-mvhd', what: 'Portrait clip coded sideways, +90° in the movie header (mvhd) matrix instead of the track\'s', file: rotated(90, 'mvhd'), expect: DONE },
  { id: 'vfr', what: 'Variable frame rate: 30 fps for 1 s, then 10 fps', file: enc('vfr.mp4', D2(), ['-vf', "select='lt(n,30)+not(mod(n,3))'", '-fps_mode', 'vfr', ...X264]), expect: DONE },
  { id: 'fps120', what: '120 fps (the deadlift re-timed ×4: 109 frames in 0.9 s)', file: enc('fps120.mp4', ['-i', D(), '-an'], ['-vf', 'setpts=PTS/4', '-r', '120', ...X264]), expect: DONE },
  { id: 'tiny96', what: 'Tiny: 96×96 pixels', file: enc('tiny96.mp4', D2(), ['-vf', 'scale=96:96', ...X264]), expect: DONE },
  { id: '8k', what: '8K: 7680×4320, 1 s (person in the middle)', file: enc('8k.mp4', ['-t', '1', '-i', D(), '-an'], ['-vf', 'scale=4320:4320,pad=7680:4320:1680:0', ...X264, '-crf', '30']), expect: DONE },
  { id: 'dark', what: 'Very dark (brightness −0.45, contrast 0.4)', file: enc('dark.mp4', D2(), ['-vf', 'eq=brightness=-0.45:contrast=0.4', ...X264]), expect: DONE },
  {
    id: 'leave-reenter', what: 'Person leaves for 1 s (empty frames) and comes back',
    file: made('leave-reenter.mp4', (out) => ffmpeg(['-t', '2', '-i', D(), '-f', 'lavfi', '-i', 'color=c=0x707070:s=600x600:r=30:d=1', '-filter_complex',
      '[0:v]trim=0:1,setpts=PTS-STARTPTS[a];[0:v]trim=1:2,setpts=PTS-STARTPTS[b];[1:v]format=yuv420p[g];[a][g][b]concat=n=3:v=1[v]', '-map', '[v]', ...X264, '-f', 'mp4', out])),
    expect: DONE,
  },
  { id: 'partly-out', what: 'Partly out of frame: lower 40 % cut off (no feet)', file: enc('partly-out.mp4', D2(), ['-vf', 'crop=600:360:0:0', ...X264]), expect: DONE },
  {
    id: 'lying-body', what: 'A body horizontal in the picture (the side squat turned 90° without a rotation tag, as a floor exercise appears), 4 s, with 3D',
    file: enc('lying-body.mp4', ['-t', '4', '-i', Q(), '-an'], ['-vf', 'transpose=1,scale=640:360', ...X264]), expect: DONE, query: 'lift=1',
  },
  { id: 'webm-truncated', what: 'WebM cut after 25 % of its bytes', file: made('webm-truncated.webm', (out) => { const src = enc('vp9.webm', D2(), VP9); const b = fs.readFileSync(src); fs.writeFileSync(out, b.subarray(0, Math.floor(b.length * 0.25))); }), expect: { status: 'done', warning: /video ends at .* but the file says/ } },
];

/** Source of the long clip: a bodyweight squat set, 8 reps in 14.5 s, 640×360, 23.98 fps. */
export const LONG_SOURCE = 'squat_45_gymtracker_bodyweight.mp4';

/**
 * A 10-minute clip (issue 17 "a 10-minute clip, memory bounded"): the shared squat set looped for
 * `seconds`, at `fps` frames/s and 426×240 (H.264), so the app's run fits the e2e time budget.
 */
export const longClip = (fps: number, seconds = 600): string =>
  made(`long-${seconds}s-${fps}fps.mp4`, (out) => ffmpeg([
    '-stream_loop', '-1', '-i', clipPath(LONG_SOURCE), '-t', String(seconds), '-an',
    '-vf', `fps=${fps},scale=426:240`, ...X264, '-g', String(fps * 2), '-f', 'mp4', out,
  ]));
