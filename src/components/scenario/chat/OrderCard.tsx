/** The order a chat is about, pinned above the conversation as a shop's chat window shows it. */
import type { Translate } from '../../../i18n/translate.ts';
import type { OrderCardText } from './order-card.ts';

export function OrderCard({ order, t }: { order: OrderCardText; t: Translate }) {
  return (
    <section className="order-card" aria-labelledby="order-heading">
      <h3 id="order-heading">{t('chat.order')}</h3>
      <p className="order-item">{order.item}</p>
      <dl>
        <div>
          <dt>{t('chat.orderNumber')}</dt>
          <dd className="order-number">{order.number}</dd>
        </div>
        <div>
          <dt>{t('chat.price')}</dt>
          <dd>{order.price}</dd>
        </div>
        <div>
          <dt>{t('chat.status')}</dt>
          <dd>{order.status}</dd>
        </div>
        <div>
          <dt>{t('chat.placedOn')}</dt>
          <dd>
            <time dateTime={order.placedOnIso}>{order.placedOn}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
