/** Chapter 3 drill: put each member in an RFM segment. */
import { useState } from 'react';
import { rfmLevels, segmentOf, SEGMENTS, type Segment } from '../../domain/drills/rfm.ts';
import type { RfmDrill as RfmData } from '../../schemas/drill.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { DrillFrame, RowAnswer, type Verdict } from './DrillFrame.tsx';

export default function RfmDrill({ strings, drill, locale }: { drill: RfmData; locale: Locale; strings: Dictionary }) {
  const t = translator(strings);
  const [answers, setAnswers] = useState<Record<string, Segment | ''>>({});
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const level = (l: 'high' | 'low') => t(l === 'high' ? 'drill.rfm.high' : 'drill.rfm.low');

  function check() {
    const missing = drill.customers.filter((c) => !answers[c.id]).map((c) => c.name[locale]);
    if (missing.length > 0) return setVerdict({ correct: null, problems: [t('drill.unanswered', { what: missing.join('、') })], working: [] });
    const rows = drill.customers.map((c) => ({ c, levels: rfmLevels(c, drill.thresholds) })).map((row) => ({ ...row, segment: segmentOf(row.levels) }));
    setVerdict({
      correct: rows.every((r) => answers[r.c.id] === r.segment),
      problems: rows.filter((r) => answers[r.c.id] !== r.segment).map((r) => `✗ ${r.c.name[locale]}`),
      working: rows.map(({ c, levels, segment }) =>
        t('drill.rfm.explain', {
          name: c.name[locale],
          r: level(levels.r),
          f: level(levels.f),
          m: level(levels.m),
          segment: t(`rfm.${segment}`),
          advice: t(`rfm.advice.${segment}`),
        }),
      ),
    });
  }

  return (
    <DrillFrame
      title={t('drill.rfm.title')}
      intro={drill.intro[locale]}
      task={t('drill.rfm.segment')}
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
              <th scope="col">{t('drill.rfm.member')}</th>
              <th scope="col">{t('drill.rfm.days')}</th>
              <th scope="col">{t('drill.rfm.purchases')}</th>
              <th scope="col">{t('drill.rfm.amount')}</th>
              <th scope="col">{t('drill.rfm.segment')}</th>
            </tr>
          </thead>
          <tbody>
            {drill.customers.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name[locale]}</th>
                <td>{c.daysSinceLast}</td>
                <td>{c.purchases}</td>
                <td>{c.amount}</td>
                <td>
                  <RowAnswer
                    label={`${c.name[locale]} ${t('drill.rfm.segment')}`}
                    value={answers[c.id] ?? ''}
                    t={t}
                    options={SEGMENTS.map((s) => ({ value: s, label: t(`rfm.${s}`) }))}
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
