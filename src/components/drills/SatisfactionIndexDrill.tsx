/** Chapter 6 drill: a satisfaction index from survey answers, and where to improve first. */
import { useState } from 'react';
import { satisfactionIndex } from '../../domain/drills/csi.ts';
import type { CsiDrill } from '../../schemas/drill.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary } from '../../i18n/translate.ts';
import { DrillFrame, parseAmount, type Verdict } from './DrillFrame.tsx';

export default function SatisfactionIndexDrill({ strings, drill, locale }: { drill: CsiDrill; locale: Locale; strings: Dictionary }) {
  const t = translator(strings);
  const [index, setIndex] = useState('');
  const [weakest, setWeakest] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const result = satisfactionIndex(drill.items);
  const label = (id: string) => drill.items.find((i) => i.id === id)!.label[locale];

  function check() {
    const value = parseAmount(index);
    const problems = [
      ...(value === null
        ? [index.trim() === '' ? t('drill.unanswered', { what: t('drill.csi.index') }) : t('drill.notNumber', { what: t('drill.csi.index') })]
        : []),
      ...(weakest === '' ? [t('drill.unanswered', { what: t('drill.csi.weakest') })] : []),
    ];
    if (problems.length > 0) return setVerdict({ correct: null, problems, working: [] });
    const working = [
      ...result.items.map((i) => t('drill.csi.explainItem', { label: label(i.id), average: i.average.toFixed(2), weighted: i.weighted, lost: i.lost })),
      t('drill.csi.explainIndex', { average: result.weightedAverage, index: result.index }),
      t('drill.csi.explainWeakest', { label: label(result.weakest) }),
    ];
    const indexRight = Math.abs(value! - result.index) <= 0.5;
    setVerdict({
      correct: indexRight && weakest === result.weakest,
      problems: [...(indexRight ? [] : [`✗ ${t('drill.csi.index')}`]), ...(weakest === result.weakest ? [] : [`✗ ${t('drill.csi.weakest')}`])],
      working,
    });
  }

  return (
    <DrillFrame
      title={t('drill.csi.title')}
      intro={drill.intro[locale]}
      task={t('drill.csi.task')}
      t={t}
      verdict={verdict}
      onCheck={check}
      onReset={() => {
        setIndex('');
        setWeakest('');
        setVerdict(null);
      }}
    >
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('drill.csi.item')}</th>
              <th scope="col">{t('drill.csi.weight')}</th>
              <th scope="col">{t('drill.csi.levels')}</th>
            </tr>
          </thead>
          <tbody>
            {drill.items.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.label[locale]}</th>
                <td>{i.weight}</td>
                <td>{i.counts.join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field">
        <label>
          {t('drill.csi.index')}
          <input inputMode="decimal" value={index} onChange={(e) => setIndex(e.target.value)} />
        </label>
      </p>
      <p className="field">
        <label>
          {t('drill.csi.weakest')}
          <select value={weakest} onChange={(e) => setWeakest(e.target.value)}>
            <option value="">{t('drill.abc.choose')}</option>
            {drill.items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label[locale]}
              </option>
            ))}
          </select>
        </label>
      </p>
    </DrillFrame>
  );
}
