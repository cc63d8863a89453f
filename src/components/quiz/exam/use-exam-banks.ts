/**
 * The question banks of the mock exam, fetched only when the exam needs them: when a paper
 * is started, an exam resumed or handed in, or a past exam's marks must be worked out again.
 * So the start form does not wait for (nor grow with) the course's questions.
 */
import { useRef, useState } from 'react';
import { loadAllQuestionBanks } from '../../../content-client/load.ts';
import type { ChapterPool } from '../../../domain/quiz/exam.ts';
import { indexQuestions, type IndexedQuestion } from '../../../domain/quiz/index.ts';

export interface ExamBanks {
  /** Every chapter's bank, weighted by its hours: `drawPaper` draws on all chapters with hours. */
  pools: ChapterPool[];
  byId: Map<string, IndexedQuestion>;
}

/** `banks` is null until `need()` first succeeds; a failed fetch is tried again on the next `need()`. */
export function useExamBanks(hours: Record<string, number>): { banks: ExamBanks | null; need: () => Promise<ExamBanks> } {
  const [banks, setBanks] = useState<ExamBanks | null>(null);
  const loading = useRef<Promise<ExamBanks> | null>(null);
  function need(): Promise<ExamBanks> {
    loading.current ??= loadAllQuestionBanks().then(
      (loaded) => {
        const pools = loaded.map((b): ChapterPool => ({ ...b, hours: hours[b.chapter] ?? 0 }));
        const fetched = { pools, byId: indexQuestions(pools) };
        setBanks(fetched);
        return fetched;
      },
      (error: unknown) => {
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  }
  return { banks, need };
}
