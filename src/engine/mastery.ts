/**
 * "Mastered" = success on two consecutive graded attempts (SCORING.md, after proficiency-based
 * progression in surgical training). Guided attempts are not graded, so they neither count nor break a streak.
 */
import type { Report } from './types.ts'

export type GradedResult = Pick<Report, 'success' | 'graded'>

export const MASTERY_STREAK = 2

/** Successes among the newest graded results, counted back to the last graded failure. Oldest first. */
export function consecutivePasses(results: readonly GradedResult[]): number {
  let passes = 0
  for (let i = results.length - 1; i >= 0; i--) {
    const result = results[i] as GradedResult
    if (!result.graded) continue
    if (!result.success) break
    passes++
  }
  return passes
}

export function isMastered(results: readonly GradedResult[]): boolean {
  return consecutivePasses(results) >= MASTERY_STREAK
}
