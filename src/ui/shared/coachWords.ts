/**
 * Plain coaching words for analyzer output. Mistake kinds follow docs/analysis.md (`forward_lean`,
 * `knee_valgus`, ...); unknown kinds fall back to the analyzer's own message or a readable kind.
 */
import type { CheckView } from './types';

interface Hint {
  title: string;
  /** What to do about it, said as a coach would. */
  cue: string;
  /** Short spoken form for live mode. */
  spoken: string;
}

const HINTS: Record<string, Hint> = {
  forward_lean: {
    title: 'Leaning too far forward',
    cue: 'Keep your chest up and your back straighter — think "proud chest" and push the floor away with your whole foot.',
    spoken: 'Chest up',
  },
  knee_valgus: {
    title: 'Knees caving in',
    cue: 'Push your knees out over your toes, especially as you start to stand up from the bottom.',
    spoken: 'Knees out',
  },
  shallow_depth: {
    title: 'Not deep enough',
    cue: 'Sit a little lower: aim for the hip crease at or just below knee height, if your mobility allows.',
    spoken: 'Go lower',
  },
  heel_lift: {
    title: 'Heels lifting',
    cue: 'Keep your heels down and your weight over mid-foot; widen your stance slightly if needed.',
    spoken: 'Heels down',
  },
  hips_rise_first: {
    title: 'Hips shooting up first',
    cue: 'Drive your chest and hips up together so the lift does not turn into a good-morning.',
    spoken: 'Chest and hips together',
  },
  rounded_back: {
    title: 'Back rounding',
    cue: 'Brace before each rep and keep a neutral spine; pull the slack out of the bar before you lift.',
    spoken: 'Flat back',
  },
  incomplete_lockout: {
    title: 'Not locking out',
    cue: 'Finish each rep standing tall: squeeze your glutes and bring your hips fully through.',
    spoken: 'Stand tall',
  },
  asymmetry: {
    title: 'Shifting to one side',
    cue: 'Keep your weight even on both feet; film from the front to check which side you favour.',
    spoken: 'Stay even',
  },
};

const readable = (kind: string) => {
  const s = kind.replace(/[_-]+/g, ' ').trim();
  return s ? s[0].toUpperCase() + s.slice(1) : 'Form issue';
};

export function mistakeTitle(kind: string): string {
  return HINTS[kind]?.title ?? readable(kind);
}

/** The coaching sentence; the analyzer's message wins for kinds the UI does not know. */
export function mistakeCue(kind: string, analyzerMessage?: string): string {
  return HINTS[kind]?.cue ?? analyzerMessage ?? `${readable(kind)} — look at this moment.`;
}

/** A few words to say aloud in live mode. */
export function spokenCue(kind: string): string {
  return HINTS[kind]?.spoken ?? mistakeTitle(kind);
}

/** Known view-validity codes → sentences. Anything else is shown as the analyzer wrote it. */
const VIEW_WARNINGS: Record<string, string> = {
  knee_valgus_needs_front_view:
    'Knee tracking needs a front view — this clip is filmed from the side, so knee-cave hints are off.',
  spine_angle_needs_side_view:
    'Back angle is most reliable from the side — this clip is filmed from the front, so lean hints may be off.',
  low_confidence:
    'Parts of the body were hard to see, so some frames were skipped. Film in good light with your whole body in frame.',
  unsure_ground:
    'The floor could not be found reliably; heights and depths are approximate. Keep the camera level and your feet in view.',
  person_lost:
    'You left the frame for a while; those moments are not analysed.',
};

export function viewWarningText(codeOrText: string): string {
  return VIEW_WARNINGS[codeOrText] ?? codeOrText;
}

/** "No issues" only for what was checked, never for checks this view did not allow. */
export function noIssuesText(checks: readonly CheckView[] | undefined): string {
  if (!checks) return 'No form issues found — nice work.';
  if (!checks.some((c) => c.status !== 'not_checked')) return 'No form check could run on this clip — see the notes above.';
  return `No form issues found in what this view shows (checked: ${checkNames(checks)}) — nice work.`;
}

const checkNames = (checks: readonly CheckView[]) => checks.filter((c) => c.status !== 'not_checked').map((c) => `${CHECK_NAMES[c.kind] ?? c.kind}${c.status === 'low_confidence' ? ' (roughly)' : ''}`).join(', ');
const CHECK_NAMES: Record<string, string> = {
  knee_valgus: 'knee tracking', forward_lean: 'forward lean', rounded_back: 'back rounding', heel_lift: 'heels',
  shallow_depth: 'depth', hips_rise_first: 'hip timing', bar_drift: 'bar path',
};
