/**
 * The class view: each role-play drawn as its map with the class's numbers on it (who
 * went where, where most went wrong), the red lines crossed, the spread of scores and
 * endings, the competency averages; then item analysis of the quiz and the exam.
 */
import {
  questionAnalytics,
  quizPapers,
  examPapers,
  scenarioAnalytics,
  type QuestionAnalysis,
  type ScenarioAnalytics,
  type WrongPick,
} from '../../domain/gradebook/analytics.ts';
import type { Gradebook } from '../../domain/gradebook/gradebook.ts';
import type { IndexedQuestion } from '../../domain/quiz/index.ts';
import { COMPETENCIES } from '../../domain/scenario/competencies.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { MapSvg, type MapNotes } from './MapSvg.tsx';

interface Props {
  book: Gradebook;
  questions: ReadonlyMap<string, IndexedQuestion>;
  locale: Locale;
  t: Translate;
  titleOf: (scenarioId: string) => string;
}

function Bar({ percent }: { percent: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span style={{ width: `${percent}%` }} />
    </span>
  );
}

function notesOf(a: ScenarioAnalytics, t: Translate): MapNotes {
  const boxes: Record<string, string> = {};
  const lines: Record<string, string> = {};
  for (const node of a.nodes) {
    boxes[node.node] = t('gradebook.map.node', { n: node.reached, wrong: node.wrongPercent });
    const moves = Object.values(node.lines).reduce((x, y) => x + y, 0);
    for (const [to, count] of Object.entries(node.lines)) lines[`${node.node}→${to}`] = `${Math.round((100 * count) / moves)}%`;
  }
  for (const [ending, count] of Object.entries(a.endings)) boxes[ending] = t('gradebook.map.ending', { n: count });
  return { boxes, lines, hot: new Set(a.troubleSpots.slice(0, 3)) };
}

function ScenarioClass({ a, locale, t, title }: { a: ScenarioAnalytics; locale: Locale; t: Translate; title: string }) {
  const { scenario } = a;
  const nodeName = (id: string) => `${Object.keys(scenario.nodes).indexOf(id) + 1}. ${scenario.nodes[id]!.say[locale]}`;
  const choiceName = (node: string, choice: number | 'timeout' | 'reply') =>
    choice === 'timeout' ? t('gradebook.timeout') : choice === 'reply' ? t('gradebook.reply') : scenario.nodes[node]!.choices[choice]!.text[locale];
  const headingId = `class-${a.scenarioId}-${a.hash}`;
  return (
    <section aria-labelledby={headingId} className="panel class-scenario">
      <h3 id={headingId}>{title}</h3>
      <p>{t('gradebook.class.summary', { n: a.students, passed: a.passed, version: a.hash })}</p>
      <MapSvg scenario={scenario} locale={locale} title={t('gradebook.class.mapTitle', { title })} notes={notesOf(a, t)} />

      <h4>{t('gradebook.class.trouble')}</h4>
      {a.troubleSpots.length === 0 ? (
        <p>{t('gradebook.class.noTrouble')}</p>
      ) : (
        <ol>
          {a.troubleSpots.slice(0, 3).map((id) => (
            <li key={id}>
              {nodeName(id)}: {t('gradebook.class.wrongShare', { wrong: a.nodes.find((n) => n.node === id)!.wrongPercent })}
            </li>
          ))}
        </ol>
      )}

      <h4>{t('gradebook.class.critical')}</h4>
      {a.critical.length === 0 ? (
        <p>{t('gradebook.class.noCritical')}</p>
      ) : (
        <ul>
          {a.critical.map((c) => (
            <li key={`${c.node}-${c.choice}`}>
              {choiceName(c.node, c.choice)} ({nodeName(c.node)}): {t('gradebook.class.times', { n: c.count })}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('gradebook.class.choices')}</h4>
      {a.nodes.map((node) => (
        <table className="scores" key={node.node}>
          <caption>
            {nodeName(node.node)} · {t('gradebook.class.reached', { n: node.reached })}
          </caption>
          <tbody>
            {node.choices.map((c) => (
              <tr key={String(c.choice)}>
                <th scope="row">
                  {c.critical ? '⛔ ' : c.weak ? '✗ ' : '✓ '}
                  {choiceName(node.node, c.choice)}
                </th>
                <td>
                  <Bar percent={c.percent} />
                  <span className="percent">{c.percent}%</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}

      <div className="class-columns">
        <table className="scores">
          <caption>{t('gradebook.class.scores')}</caption>
          <tbody>
            {a.scoreBands.map((count, band) => (
              <tr key={band}>
                <th scope="row">{band === 9 ? '90–100' : `${band * 10}–${band * 10 + 9}`}</th>
                <td>
                  <Bar percent={a.students > 0 ? (100 * count) / a.students : 0} />
                  <span className="percent">{count}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="scores">
          <caption>{t('gradebook.class.endings')}</caption>
          <tbody>
            {Object.entries(scenario.endings).map(([id, ending]) => (
              <tr key={id}>
                <th scope="row">
                  {ending.title[locale]} ({t(`player.outcome.${ending.outcome}`)})
                </th>
                <td>
                  <span className="percent">{a.endings[id] ?? 0}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="scores">
          <caption>{t('gradebook.class.competencies')}</caption>
          <tbody>
            {COMPETENCIES.map((c) => (
              <tr key={c}>
                <th scope="row">{t(`competency.${c}`)}</th>
                <td>
                  <Bar percent={a.competencies[c] ?? 0} />
                  <span className="percent">{a.competencies[c] ?? '–'}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function pickName(indexed: IndexedQuestion, pick: WrongPick, locale: Locale, t: Translate): string {
  if (typeof pick === 'boolean') return pick ? t('gradebook.true') : t('gradebook.false');
  const q = indexed.question;
  return 'options' in q ? (q.options[pick]?.[locale] ?? String(pick)) : String(pick);
}

function ItemTable({
  items,
  questions,
  locale,
  t,
  id,
  title,
}: {
  items: QuestionAnalysis[];
  questions: ReadonlyMap<string, IndexedQuestion>;
  locale: Locale;
  t: Translate;
  id: string;
  title: string;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>{title}</h3>
      <p className="muted">{t('gradebook.items.note')}</p>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={id}>
        <table className="gradebook-table">
          <thead>
            <tr>
              <th scope="col">{t('gradebook.items.question')}</th>
              <th scope="col">{t('gradebook.items.count')}</th>
              <th scope="col">{t('gradebook.items.facility')}</th>
              <th scope="col">{t('gradebook.items.discrimination')}</th>
              <th scope="col">{t('gradebook.items.commonWrong')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const indexed = questions.get(item.questionId)!;
              return (
                <tr key={item.questionId}>
                  <th scope="row">
                    <span className="muted">{item.questionId}</span> {'prompt' in indexed.question ? indexed.question.prompt[locale] : ''}
                  </th>
                  <td>{item.count}</td>
                  <td>{item.facility ?? '–'}</td>
                  <td>{item.discrimination ?? '–'}</td>
                  <td>{item.commonWrong ? `${pickName(indexed, item.commonWrong.pick, locale, t)} (${item.commonWrong.count})` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ClassView({ book, questions, locale, t, titleOf }: Props) {
  const scenarios = scenarioAnalytics(book.rows);
  const quiz = questionAnalytics(quizPapers(book.rows), questions);
  const exam = questionAnalytics(examPapers(book.rows), questions);
  return (
    <section aria-labelledby="gb-class">
      <h2 id="gb-class">{t('gradebook.class')}</h2>
      <p className="muted">{t('gradebook.class.note')}</p>
      {scenarios.length === 0 && <p>{t('gradebook.class.none')}</p>}
      {scenarios.map((a) => (
        <ScenarioClass key={`${a.scenarioId}@${a.hash}`} a={a} locale={locale} t={t} title={titleOf(a.scenarioId)} />
      ))}
      <ItemTable items={quiz} questions={questions} locale={locale} t={t} id="gb-quiz-items" title={t('gradebook.items.quiz')} />
      <ItemTable items={exam} questions={questions} locale={locale} t={t} id="gb-exam-items" title={t('gradebook.items.exam')} />
    </section>
  );
}
