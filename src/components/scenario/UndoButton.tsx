/** Taking back the last step (practice mode), in a call and in a chat alike. */
import type { Translate } from '../../i18n/translate.ts';

export function UndoButton({ onUndo, t }: { onUndo: () => void; t: Translate }) {
  return (
    <p className="actions">
      <button type="button" className="secondary" onClick={onUndo}>
        ↶ {t('player.undo')}
      </button>
    </p>
  );
}
