import { H36M, H36M_BONES } from '../core/skeleton';
import type { MistakeHighlight } from './types';

export const WARN_COLOR = '#ffb300';
export const BAD_COLOR = '#ff3b30';

type Side = 'left' | 'right';
const J = H36M;
const legs = (s: Side) => s === 'left'
  ? { joints: [J.left_knee], bones: [[J.left_hip, J.left_knee], [J.left_knee, J.left_ankle]] as const }
  : { joints: [J.right_knee], bones: [[J.right_hip, J.right_knee], [J.right_knee, J.right_ankle]] as const };

/** Which joints/bones each analyzer mistake kind points at (kinds from docs/analysis.md). */
const KIND_PARTS: readonly { match: RegExp; parts: (side?: Side) => Pick<MistakeHighlight, 'joints' | 'bones'> }[] = [
  {
    match: /valgus|knee/,
    parts: (side) => {
      const sides: Side[] = side ? [side] : ['left', 'right'];
      return { joints: sides.flatMap((s) => legs(s).joints), bones: sides.flatMap((s) => legs(s).bones) };
    },
  },
  {
    match: /lean|spine|back|torso|round/,
    parts: () => ({ joints: [J.spine, J.thorax], bones: [[J.pelvis, J.spine], [J.spine, J.thorax]] }),
  },
  {
    match: /depth|hip/,
    parts: () => ({ joints: [J.pelvis, J.left_hip, J.right_hip, J.left_knee, J.right_knee], bones: [[J.left_hip, J.left_knee], [J.right_hip, J.right_knee]] }),
  },
  {
    match: /heel|foot|ankle/,
    parts: () => ({ joints: [J.left_ankle, J.right_ankle], bones: [[J.left_knee, J.left_ankle], [J.right_knee, J.right_ankle]] }),
  },
];

/** A mistake as the analyzers report it (`Mistake`, docs/analysis.md): a kind, a time span in seconds, a severity. */
export interface MistakeSpan {
  kind: string;
  startS: number;
  endS: number;
  /** 0..1, or the analysis' severity word (docs/analysis.md) ('mild' | 'moderate' | 'severe'). */
  severity?: number | string;
  side?: Side;
}

const SEVERITY_WORDS: Record<string, number> = { mild: 0.2, moderate: 0.5, severe: 0.9 };
const severityNumber = (s: number | string | undefined): number | undefined => (typeof s === 'string' ? SEVERITY_WORDS[s] ?? 0.5 : s);

/** The highlights active at time `tS` (seconds): mistakes whose [startS, endS] contains it. */
export function highlightsAt(mistakes: readonly MistakeSpan[], tS: number): MistakeHighlight[] {
  const out: MistakeHighlight[] = [];
  for (const m of mistakes) {
    if (tS < m.startS || tS > m.endS) continue;
    const entry = KIND_PARTS.find((k) => k.match.test(m.kind.toLowerCase()));
    if (!entry) continue;
    out.push({ kind: m.kind, severity: severityNumber(m.severity), ...entry.parts(m.side) });
  }
  return out;
}

/** Resolve highlights to colour maps: bone index (into H36M_BONES) → colour, joint index → colour. */
export function highlightColors(highlights: readonly MistakeHighlight[]): {
  bones: Map<number, string>; joints: Map<number, string>;
} {
  const bones = new Map<number, string>();
  const joints = new Map<number, string>();
  for (const h of highlights) {
    const color = h.color ?? ((h.severity ?? 1) < 0.5 ? WARN_COLOR : BAD_COLOR);
    for (const j of h.joints ?? []) joints.set(j, color);
    for (const [a, b] of h.bones ?? []) {
      const i = H36M_BONES.findIndex(([p, c]) => (p === a && c === b) || (p === b && c === a));
      if (i < 0) throw new Error(`no H36M bone between joints ${a} and ${b}`);
      bones.set(i, color);
    }
  }
  return { bones, joints };
}

/** A stable key so the viewer recolours only when the set of highlights changes. */
export function highlightKey(highlights: readonly MistakeHighlight[]): string {
  return highlights.map((h) => `${h.kind}:${h.color ?? h.severity ?? ''}:${h.joints?.join(',') ?? ''}:${h.bones?.flat().join(',') ?? ''}`).join('|');
}
