import type { CoachResult } from '../core/result';

/** The result object as-is (`coach-analysis/1`, the CLI's format); `indent` spaces for humans. */
export function resultToJson(result: CoachResult, indent = 0): string {
  if (result?.format !== 'coach-analysis/1') {
    throw new Error(`expected a coach-analysis/1 result, got format ${JSON.stringify(result?.format)}`);
  }
  return JSON.stringify(result, null, indent || undefined) + '\n';
}
