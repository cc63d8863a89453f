/** The gradebook's codes in the page's language: flags, reasons a drill fails, refused files. */
import type { Flag } from '../../domain/gradebook/flags.ts';
import type { DrillFail } from '../../domain/gradebook/gradebook.ts';
import type { FileProblem } from '../../domain/gradebook/read-files.ts';
import type { Translate } from '../../i18n/translate.ts';

export function flagText(t: Translate, flag: Flag, titleOf: (scenarioId: string) => string, when: (moment: number) => string): string {
  switch (flag.code) {
    case 'other-assignment':
      return t('gradebook.flag.other-assignment', { title: flag.title });
    case 'other-assignment-version':
      return t('gradebook.flag.other-assignment-version');
    case 'duplicate-student':
      return t('gradebook.flag.duplicate-student', { files: flag.files.join(', '), names: flag.names.join(' / ') });
    case 'late-hand-in':
      return t('gradebook.flag.late-hand-in', { when: when(flag.handedInAt) });
    case 'score-mismatch':
      return t('gradebook.flag.score-mismatch', { title: titleOf(flag.scenarioId), stated: flag.stated ?? '–', replayed: flag.replayed ?? '–' });
    case 'unknown-version':
      return t('gradebook.flag.unknown-version', { title: titleOf(flag.scenarioId), hash: flag.hash });
    case 'not-replayable':
      return t('gradebook.flag.not-replayable', { title: titleOf(flag.scenarioId) });
    case 'other-scenario-version':
      return t('gradebook.flag.other-scenario-version', { title: titleOf(flag.scenarioId) });
    case 'not-assigned':
      return t('gradebook.flag.not-assigned', { title: titleOf(flag.scenarioId) });
    case 'identical-attempt':
      return t('gradebook.flag.identical-attempt', { title: titleOf(flag.scenarioId), students: flag.students.join(', ') });
    case 'late-attempt':
      return t('gradebook.flag.late-attempt', { title: titleOf(flag.scenarioId), when: when(flag.finishedAt) });
    case 'wrong-mode':
      return t('gradebook.flag.wrong-mode', { title: titleOf(flag.scenarioId) });
    case 'too-many-attempts':
      return t('gradebook.flag.too-many-attempts', { title: titleOf(flag.scenarioId), allowed: flag.allowed, made: flag.made });
    case 'quiz-score-mismatch':
      return t('gradebook.flag.quiz-score-mismatch', { count: flag.count });
    case 'unknown-question':
      return t('gradebook.flag.unknown-question', { count: flag.count });
    case 'exam-score-mismatch':
      return t('gradebook.flag.exam-score-mismatch', { stated: flag.stated, regraded: flag.regraded });
    case 'late-exam':
      return t('gradebook.flag.late-exam');
  }
}

export const failText = (t: Translate, code: DrillFail) => t(`gradebook.fail.${code}`);

export function problemText(t: Translate, problem: FileProblem): string {
  const { code, ...data } = problem;
  return t(`gradebook.problem.${code}`, data);
}
