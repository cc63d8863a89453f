/** One message of a chat: the customer's bubble on the left, the learner's on the right, a narrator's line as a small note. */
import type { ReactNode } from 'react';
import type { Translate } from '../../../i18n/translate.ts';

type Sender = 'customer' | 'narrator' | 'you';
const LABEL = { customer: 'player.customer', narrator: 'player.narrator', you: 'player.you' } as const;

export function Message({ from, t, children }: { from: Sender; t: Translate; children: ReactNode }) {
  return (
    <li className={`msg msg-${from}`}>
      {/* Who sent it is shown by the side it is on; a screen reader hears it. */}
      <span className="visually-hidden">{t(LABEL[from])}: </span>
      {children}
    </li>
  );
}
