/** Skill drill 1-1: work out a customer's yearly contribution and lifetime value. */
import { useState } from 'react';
import { isCloseEnough, lifetimeValue } from '../../domain/drills/clv.ts';
import type { ClvDrill } from '../../schemas/drill.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { DrillFrame, parseAmount, type Verdict } from './DrillFrame.tsx';

export default function CustomerValueDrill({ strings, drill, locale }: { drill: ClvDrill; locale: Locale; strings: Dictionary }) {
  const t = translator(strings);
  const [contribution, setContribution] = useState('');
  const [value, setValue] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const c = drill.case;
  const exact = lifetimeValue(c);

  function check() {
    const fields = [
      { label: t('drill.clv.contribution'), raw: contribution, exact: exact.yearlyContribution },
      { label: t('drill.clv.value'), raw: value, exact: exact.lifetimeValue },
    ];
    const parsed = fields.map((f) => parseAmount(f.raw));
    const bad = fields
      .filter((_, i) => parsed[i] === null)
      .map((f) => (f.raw.trim() === '' ? t('drill.unanswered', { what: f.label }) : t('drill.notNumber', { what: f.label })));
    if (bad.length > 0) return setVerdict({ correct: null, problems: bad, working: [] });
    const working = [
      t('drill.clv.step1', { spend: c.spendPerPurchase, times: c.purchasesPerYear, revenue: exact.yearlyRevenue }),
      t('drill.clv.step2', {
        revenue: exact.yearlyRevenue,
        margin: Math.round(c.margin * 100),
        cost: c.serviceCostPerYear,
        contribution: exact.yearlyContribution,
      }),
      ...exact.byYear.map((v, i) => t('drill.clv.step3', { year: i + 1, contribution: exact.yearlyContribution, retention: c.retention, power: i, value: v })),
      t('drill.clv.step4', { sum: Math.round(exact.byYear.reduce((a, b) => a + b, 0) * 100) / 100, acquisition: c.acquisitionCost, clv: exact.lifetimeValue }),
    ];
    setVerdict({ correct: fields.every((f, i) => isCloseEnough(parsed[i]!, f.exact)), problems: [], working });
  }

  return (
    <DrillFrame
      title={t('drill.clv.title')}
      intro={drill.intro[locale]}
      task={t('drill.clv.task')}
      t={t}
      verdict={verdict}
      onCheck={check}
      onReset={() => {
        setContribution('');
        setValue('');
        setVerdict(null);
      }}
    >
      <p className="field">
        <label>
          {t('drill.clv.contribution')}
          <input inputMode="decimal" value={contribution} onChange={(e) => setContribution(e.target.value)} />
        </label>
      </p>
      <p className="field">
        <label>
          {t('drill.clv.value')}
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
      </p>
    </DrillFrame>
  );
}
