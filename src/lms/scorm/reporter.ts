/**
 * In a page shown by the launcher: hears each record the store keeps (`storage/reporting.ts`)
 * and passes what it means for the launched item to the launcher's session. Loaded only
 * inside the launcher (`inside.ts`), so other pages ship none of it.
 */
import { loadPlayedScenario, loadQuestionBanksOf } from '../../content-client/load.ts';
import { versionPlayedAs } from '../../domain/scenario/variants.ts';
import { fullMarks } from '../../storage/changes.ts';
import type { Kept, Reporter } from '../../storage/reporting.ts';
import { progressStore, reportTo } from '../../storage/store.ts';
import type { LmsSession } from './session.ts';
import { answerInteraction, attemptReport, chapterReport, examReport, quizOutcome, type Report } from './report.ts';

async function reportOf(item: LmsSession['item'], record: Kept, at: Date): Promise<Report | null> {
  switch (record.kind) {
    case 'attempt': {
      const { attempt } = record;
      if (item.kind !== 'scenario' || attempt.scenarioId !== item.id) return null;
      const file = await loadPlayedScenario(attempt.scenarioId, attempt.contentHash);
      return file && file.hash === attempt.contentHash ? attemptReport(attempt, versionPlayedAs(file.scenario, attempt.variant), at) : null;
    }
    case 'answer': {
      const { answer } = record;
      if (item.kind !== 'quiz' || answer.mode !== 'practice' || answer.chapter !== item.id) return null;
      const [bank] = await loadQuestionBanksOf(new Set([item.id]));
      const ids = bank?.questions.map((q) => q.id) ?? [];
      const history = await progressStore().questionHistory(ids);
      // The newest answer to each question counts, in whichever mode it was given (practice, review, exam).
      const right = new Map([...history].map(([id, h]) => [id, fullMarks(h.last)]));
      return { interactions: [answerInteraction(answer, at)], outcome: quizOutcome(ids, right) };
    }
    case 'exam':
      return item.kind === 'exam' && record.exam.paper.paperId === item.id ? examReport(record.exam, at) : null;
    case 'chapter':
      return item.kind === 'chapter' && record.slug === item.id ? chapterReport() : null;
  }
}

/** Reports this page's records to `session` from now on. */
export function reportToLauncher(session: LmsSession): () => void {
  const reporter: Reporter = {
    async kept(record) {
      const report = await reportOf(session.item, record, new Date());
      if (report) session.report(report);
    },
  };
  const stop = reportTo(reporter);
  // A short chapter may have been read to the end before this loaded.
  if (session.item.kind === 'chapter') {
    const slug = session.item.id;
    void progressStore()
      .listChapterReads()
      .then((reads) => reads.some((r) => r.slug === slug) && session.report(chapterReport()));
  }
  return stop;
}
