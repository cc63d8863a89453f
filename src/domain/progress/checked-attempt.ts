/**
 * An attempt as `/progress` counts it: re-scored by replaying its transcript on the
 * version it was played on, as the attempt list shows it. A transcript that does not
 * replay counts for nothing; one whose version is no longer served keeps the score
 * saved at the time (the list shows that one too), but its moves cannot be judged.
 */
import { replay } from '../scenario/replay.ts';
import type { StoredScenario } from '../scenario/routes.ts';
import type { Move, Step } from '../scenario/moves.ts';
import type { ScoreResult } from '../scenario/scoring.ts';
import type { PlaySettings } from '../scenario/machine.ts';
import { versionPlayedAs } from '../scenario/variants.ts';
import type { Scenario } from '../../schemas/scenario.ts';

/** What a finished attempt record holds that this needs. */
export interface FinishedAttempt extends Partial<PlaySettings> {
  id: string;
  scenarioId: string;
  contentHash: string;
  steps: readonly Step[];
  updatedAt: number;
  finishedAt?: number;
  /** The customer variant met (`variants.ts`); absent: the first. */
  variant?: string;
  /** Old records may hold a score without every competency. */
  score?: Pick<ScoreResult, 'overall' | 'passed'> & { competencies: Partial<ScoreResult['competencies']> };
}

export interface CheckedAttempt {
  id: string;
  scenarioId: string;
  /** When it finished, for ordering. */
  at: number;
  score: NonNullable<FinishedAttempt['score']>;
  /** The version it was played on and its moves (take-backs applied); null when that version is not served. */
  played: { scenario: Scenario; moves: Move[] } | null;
}

/** `version`: the scenario version the site served for the attempt (`loadPlayedScenario`), or null when the scenario is gone. */
export function checkAttempt(attempt: FinishedAttempt, version: { hash: string; scenario: StoredScenario } | null): CheckedAttempt | null {
  const at = attempt.finishedAt ?? attempt.updatedAt;
  const base = { id: attempt.id, scenarioId: attempt.scenarioId, at };
  if (!version || version.hash !== attempt.contentHash) return attempt.score ? { ...base, score: attempt.score, played: null } : null;
  const scenario = versionPlayedAs(version.scenario, attempt.variant);
  const result = replay(scenario, attempt.steps, { mode: attempt.mode ?? 'practice', timing: attempt.timing ?? 'standard' });
  if (!result.ok) return null;
  return { ...base, score: result.played.score, played: { scenario, moves: result.played.moves } };
}
