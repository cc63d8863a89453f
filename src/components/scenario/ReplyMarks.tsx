/** What the marker found in a reply: each required element done or missing, and the other marks it noticed. */
import type { Reply } from '../../schemas/scenario.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  reply: Reply;
  marks: Record<string, boolean>;
  locale: Locale;
  t: Translate;
}

export function ReplyMarks({ reply, marks, locale, t }: Props) {
  const shown = reply.marks.filter((m) => m.required || marks[m.id]);
  if (shown.length === 0) return null;
  return (
    <ul className="reply-marks">
      {shown.map((mark) => {
        const found = marks[mark.id] === true;
        const key = !mark.required ? 'player.reply.noted' : found ? 'player.reply.found' : 'player.reply.missing';
        return (
          <li key={mark.id} className={mark.required ? (found ? 'mark-found' : 'mark-missing') : 'mark-noted'}>
            {t(key, { name: mark.name[locale] })}
          </li>
        );
      })}
    </ul>
  );
}
