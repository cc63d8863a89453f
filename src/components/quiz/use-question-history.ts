/** The learner's history with a question, read once the card on screen is checked (so it counts that answer too). */
import { useEffect, useState } from 'react';
import type { QuestionHistory } from '../../storage/changes.ts';
import { progressStore } from '../../storage/store.ts';

export function useQuestionHistory(questionId: string | undefined, checked: boolean): QuestionHistory | undefined {
  const [read, setRead] = useState<{ id: string; history: QuestionHistory | undefined }>();
  useEffect(() => {
    if (!questionId || !checked) return;
    let current = true;
    progressStore()
      .questionHistory([questionId])
      .then(
        (found) => current && setRead({ id: questionId, history: found.get(questionId) }),
        // The history is a courtesy: a card that cannot read it shows none.
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [questionId, checked]);
  return checked && read && read.id === questionId ? read.history : undefined;
}
