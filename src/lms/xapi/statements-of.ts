/** The statements a kept record gives, for the LRS the learner reports to now. */
import { loadPlayedScenario } from '../../content-client/load.ts';
import { actorOf } from '../../domain/xapi/actor.ts';
import { answerStatement } from '../../domain/xapi/answer-statements.ts';
import { attemptStatements } from '../../domain/xapi/attempt-statements.ts';
import { examStatements } from '../../domain/xapi/exam-statements.ts';
import type { Statement, StatementSetting } from '../../domain/xapi/statement.ts';
import { versionPlayedAs } from '../../domain/scenario/variants.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import type { LrsLink } from '../../storage/records/xapi.ts';
import type { ProfileRecord } from '../../storage/records/profile.ts';
import type { Kept } from '../../storage/reporting.ts';

export type LoadScenario = (id: string, hash: string, variant?: string) => Promise<Scenario | null>;

/** The version an attempt was played on, as its variant plays it; null when it cannot be had (then no decision points). */
export const playedScenario: LoadScenario = async (id, hash, variant) => {
  try {
    const file = await loadPlayedScenario(id, hash);
    return file && file.hash === hash ? versionPlayedAs(file.scenario, variant) : null;
  } catch {
    return null;
  }
};

export function settingOf(link: LrsLink, profile: Pick<ProfileRecord, 'name' | 'studentNumber'> | undefined, site: string): StatementSetting {
  return {
    site,
    actor: actorOf(profile ?? {}, site, link.assignmentId, link.deviceId),
    assignment: { id: link.assignmentId, title: link.title },
  };
}

export async function statementsOf(record: Kept, setting: StatementSetting, load: LoadScenario): Promise<Statement[]> {
  switch (record.kind) {
    case 'attempt': {
      const { attempt } = record;
      const finished = attempt.status === 'finished';
      const scenario = finished ? await load(attempt.scenarioId, attempt.contentHash, attempt.variant) : null;
      return attemptStatements(attempt, scenario, setting);
    }
    case 'answer':
      return [answerStatement(record.answer, setting)];
    case 'exam':
      return examStatements(record.exam, setting);
    case 'chapter':
      // A chapter read completes a chapter SCO in an LMS; an LRS hears of attempts, answers and exams only.
      return [];
  }
}
