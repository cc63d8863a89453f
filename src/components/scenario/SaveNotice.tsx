/** Why the call's steps are not (all) saved, and what the learner can do about it. */
import type { Translate } from '../../i18n/translate.ts';
import type { SaveProblem } from './attempt-recorder.ts';

export interface SaveState {
  problem: SaveProblem;
  /** Tries the unsaved steps again; absent when that cannot help. */
  retry?: (() => void) | undefined;
}

/** Another tab moved the attempt on or finished it: reloading resumes from what is stored. */
const TAKE_OVER = new Set<SaveProblem>(['conflict', 'not-active']);
/** The problems a call's writes can meet (an exam's time cap is not one of them). */
const WORDED = ['failed', 'quota', 'conflict', 'not-active', 'not-found'] as const;

export function SaveNotice({ save, t }: { save: SaveState; t: Translate }) {
  const problem = WORDED.find((p) => p === save.problem) ?? 'failed';
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(`player.save.${problem}`)}</p>
      {(save.retry || TAKE_OVER.has(problem)) && (
        <p className="actions">
          {save.retry && (
            <button type="button" className="secondary" onClick={save.retry}>
              {t('player.saveAgain')}
            </button>
          )}
          {TAKE_OVER.has(problem) && (
            <button type="button" onClick={() => location.reload()}>
              {t('player.takeOver')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
