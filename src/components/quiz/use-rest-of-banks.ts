/**
 * The banks a review session has, growing as the rest of today's due chapters come in: which
 * chapters are still on their way, and, should they not come, the failure with a retry.
 */
import { useEffect, useState } from 'react';
import { loadQuestionBanksOf } from '../../content-client/load.ts';
import type { QuestionBank } from '../../schemas/question.ts';

const NONE: ReadonlySet<string> = new Set();

export function useRestOfBanks(
  first: QuestionBank[],
  rest: { chapters: ReadonlySet<string>; banks: Promise<QuestionBank[]> } | undefined,
): { banks: QuestionBank[]; pending: ReadonlySet<string>; unfetched: { error: unknown; retry: () => void } | null } {
  const [banks, setBanks] = useState(first);
  const [pending, setPending] = useState(rest?.chapters ?? NONE);
  const [unfetched, setUnfetched] = useState<{ error: unknown; retry: () => void } | null>(null);
  useEffect(() => {
    if (!rest) return;
    let current = true;
    const wait = (coming: Promise<QuestionBank[]>) =>
      coming.then(
        (more) => {
          if (!current) return;
          setBanks([...first, ...more]);
          setPending(NONE);
        },
        (error: unknown) =>
          current &&
          setUnfetched({
            error,
            retry: () => {
              setUnfetched(null);
              void wait(loadQuestionBanksOf(rest.chapters));
            },
          }),
      );
    void wait(rest.banks);
    return () => {
      current = false;
    };
  }, [first, rest]);
  return { banks, pending, unfetched };
}
