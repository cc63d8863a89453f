/** Skill drill 2-9: put each customer in tier A, B or C by cumulative share. */
import { useState } from 'react';
import { tierCustomers, type Tier } from '../../domain/drills/abc.ts';
import type { AbcDrill } from '../../schemas/drill.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { DrillFrame, RowAnswer, type Verdict } from './DrillFrame.tsx';

const TIERS: Tier[] = ['A', 'B', 'C'];

export default function TieringDrill({ strings, drill, locale }: { drill: AbcDrill; locale: Locale; strings: Dictionary }) {
  const t = translator(strings);
  const [answers, setAnswers] = useState<Record<string, Tier | ''>>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const tiered = tierCustomers(drill.customers);
  const name = (id: string) => drill.customers.find((c) => c.id === id)!.name[locale];

  function check() {
    const missing = drill.customers.filter((c) => !answers[c.id]).map((c) => c.name[locale]);
    if (missing.length > 0) return setVerdict({ correct: null, problems: [t('drill.unanswered', { what: missing.join('、') })], working: [] });
    const wrong = tiered.filter((c) => answers[c.id] !== c.tier);
    setVerdict({
      correct: wrong.length === 0,
      problems: wrong.map((c) => `✗ ${name(c.id)}`),
      working: tiered.map((c) => t('drill.abc.explain', { name: name(c.id), amount: c.amount, share: c.share, cumulative: c.cumulative, tier: c.tier })),
    });
  }

  return (
    <DrillFrame
      title={t('drill.abc.title')}
      intro={drill.intro[locale]}
      task={t('drill.abc.rule')}
      t={t}
      verdict={verdict}
      onCheck={check}
      onReset={() => {
        setAnswers({});
        setVerdict(null);
      }}
    >
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('drill.abc.customer')}</th>
              <th scope="col">{t('drill.abc.amount')}</th>
              <th scope="col">{t('drill.abc.tier')}</th>
            </tr>
          </thead>
          <tbody>
            {drill.customers.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name[locale]}</th>
                <td>{c.amount}</td>
                <td>
                  <RowAnswer
                    label={`${c.name[locale]} ${t('drill.abc.tier')}`}
                    value={answers[c.id] ?? ''}
                    t={t}
                    options={TIERS.map((tier) => ({ value: tier, label: tier }))}
                    onChange={(v) => setAnswers({ ...answers, [c.id]: v })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DrillFrame>
  );
}
