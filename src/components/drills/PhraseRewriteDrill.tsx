/** Chapter 5 drill: rewrite agents' replies so that no forbidden phrase is left. */
import { useState } from 'react';
import { markRewrite, phraseAsSaid } from '../../domain/drills/rewrite.ts';
import type { RewriteDrill } from '../../schemas/drill.ts';
import type { ForbiddenPhrase } from '../../schemas/scenario.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { DrillFrame, type Verdict } from './DrillFrame.tsx';

export default function PhraseRewriteDrill({
  strings,
  drill,
  phrases,
  locale,
}: {
  drill: RewriteDrill;
  phrases: ForbiddenPhrase[];
  locale: Locale;
  strings: Dictionary;
}) {
  const t = translator(strings);
  const original = () => Object.fromEntries(drill.items.map((item) => [item.id, item.reply[locale]]));
  const [replies, setReplies] = useState<Record<string, string>>(original);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  function check() {
    const marks = drill.items.map((item, i) => ({ n: i + 1, mark: markRewrite(replies[item.id] ?? '', phrases, locale) }));
    const empty = marks.filter((m) => m.mark.kind === 'empty').map((m) => t('drill.rewrite.reply', { n: m.n }));
    if (empty.length > 0) return setVerdict({ correct: null, problems: [t('drill.unanswered', { what: empty.join('、') })], working: [] });
    const problems = marks.flatMap(({ n, mark }) =>
      mark.kind === 'forbidden' ? mark.phrases.map((f) => t('drill.rewrite.left', { n, phrase: phraseAsSaid(f.phrase[locale]), why: f.why[locale] })) : [],
    );
    setVerdict({
      correct: problems.length === 0,
      problems,
      working: drill.items.map((item, i) => t('drill.rewrite.model', { n: i + 1, text: item.model[locale] })),
    });
  }

  return (
    <DrillFrame
      title={t('drill.rewrite.title')}
      intro={drill.intro[locale]}
      task={t('drill.rewrite.task')}
      t={t}
      verdict={verdict}
      workingTitle={t('drill.rewrite.models')}
      onCheck={check}
      onReset={() => {
        setReplies(original());
        setVerdict(null);
      }}
    >
      <ol className="rewrite-items">
        {drill.items.map((item, i) => (
          <li key={item.id}>
            <p>
              <span className="speaker">{t('drill.rewrite.customer')}</span>
              {item.customer[locale]}
            </p>
            <p className="field">
              <label>
                {t('drill.rewrite.reply', { n: i + 1 })}
                <textarea rows={3} value={replies[item.id] ?? ''} onChange={(e) => setReplies({ ...replies, [item.id]: e.target.value })} />
              </label>
            </p>
          </li>
        ))}
      </ol>
    </DrillFrame>
  );
}
