/** What /progress draws from a learner's attempts: trends per competency, techniques missed, role-plays not yet passed. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../src/schemas/scenario.ts';
import { checkAttempt, type FinishedAttempt } from '../../src/domain/progress/checked-attempt.ts';
import { competencyTrends } from '../../src/domain/progress/trends.ts';
import { missedTechniques, practiceIndex } from '../../src/domain/progress/missed.ts';
import { notYetPassed } from '../../src/domain/progress/not-passed.ts';
import { LENGTHS, lengthOf, lengthRange } from '../../src/domain/library/length.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import type { Step } from '../../src/domain/scenario/moves.ts';

const text = (en: string) => ({ zh: `中${en}`, en });
const listen = text('LSCIA · Listen');
const argue = text("Don't argue");

/** Two decisions: at `open`, choice 0 is best (Listen), 1 breaks "Don't argue", 2 is weak and names nothing; at `close`, 0 is best. */
function call(id: string, extra: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    id,
    title: text(id),
    summary: text('summary'),
    context: text('context'),
    chapter: 'churn-and-retention#lscia',
    start: 'open',
    nodes: {
      open: {
        say: text('Your eggs broke!'),
        choices: [
          { text: text('I am listening.'), feedback: text('good'), technique: listen, scores: { empathy: 2, courtesy: 1 }, next: 'close' },
          {
            text: text('Calm down.'),
            feedback: text('bad'),
            technique: argue,
            section: 'churn-and-retention#complaint-principles',
            scores: { empathy: -2 },
            next: 'close',
          },
          { text: text('Order number?'), feedback: text('weak'), scores: { process: 1 }, next: 'close' },
        ],
      },
      close: {
        say: text('So what now?'),
        choices: [
          { text: text('A refund today.'), feedback: text('good'), scores: { solving: 2 }, next: 'kept' },
          { text: text('Not my problem.'), feedback: text('bad'), scores: { solving: -2 }, next: 'lost' },
        ],
      },
    },
    endings: {
      kept: { outcome: 'retained', title: text('Kept'), debrief: text('fine') },
      lost: { outcome: 'lost', title: text('Lost'), debrief: text('gone') },
    },
    ...extra,
  });
}

const lscia = call('lscia');
const version = { hash: 'h1', scenario: lscia };
const attempt = (id: string, at: number, steps: Step[], extra: Partial<FinishedAttempt> = {}): FinishedAttempt => ({
  id,
  scenarioId: 'lscia',
  contentHash: 'h1',
  steps,
  updatedAt: at,
  finishedAt: at,
  mode: 'practice',
  timing: 'standard',
  ...extra,
});
const best: Step[] = [
  { node: 'open', choice: 0 },
  { node: 'close', choice: 0 },
];
const argued: Step[] = [
  { node: 'open', choice: 1 },
  { node: 'close', choice: 1 },
];

describe('checking an attempt', () => {
  it('re-scores it by replaying the transcript on its version, take-backs applied', () => {
    const checked = checkAttempt(attempt('a', 5, [{ node: 'open', choice: 1 }, { undo: true }, ...best], { score: undefined }), version)!;
    expect(checked.score).toEqual(scoreMoves(lscia, best as never));
    expect(checked.score.passed).toBe(true);
    expect(checked.played!.moves).toEqual(best);
  });

  it('keeps the saved score of an attempt on a version no longer served, with no moves to judge', () => {
    const saved = { competencies: {}, overall: 77, passed: true };
    expect(checkAttempt(attempt('a', 5, best, { contentHash: 'old', score: saved }), version)).toEqual({
      id: 'a',
      scenarioId: 'lscia',
      at: 5,
      score: saved,
      played: null,
    });
    expect(checkAttempt(attempt('a', 5, best, { contentHash: 'old' }), version)).toBeNull();
  });

  it('counts a transcript that does not replay for nothing', () => {
    expect(checkAttempt(attempt('a', 5, [{ node: 'close', choice: 0 }]), version)).toBeNull();
    expect(checkAttempt(attempt('a', 5, [{ node: 'open', choice: 7 }]), version)).toBeNull();
  });
});

describe('competency trends', () => {
  const checked = [
    attempt('late', 30, best),
    attempt('early', 10, argued),
    attempt('middle', 20, [
      { node: 'open', choice: 2 },
      { node: 'close', choice: 0 },
    ]),
  ].map((a) => checkAttempt(a, version)!);
  const trends = competencyTrends(checked);

  it('numbers the attempts in the order they finished, whatever order they come in', () => {
    expect(trends.attempts.map((a) => [a.n, a.id])).toEqual([
      [1, 'early'],
      [2, 'middle'],
      [3, 'late'],
    ]);
    expect(trends.attempts.map((a) => a.passed)).toEqual([false, false, true]);
  });

  it('gives each competency its percent per attempt and the change from first to latest', () => {
    const empathy = trends.competencies.find((c) => c.competency === 'empathy')!;
    expect(empathy.points).toEqual([
      { n: 1, percent: 0 },
      { n: 2, percent: 0 },
      { n: 3, percent: 100 },
    ]);
    expect(empathy.change).toBe(100);
  });

  it('leaves an attempt out of a competency it did not test rather than drawing it as 0', () => {
    // Every replayed attempt tested `process`; a score saved by an older release without it did not.
    const withOld = competencyTrends([...checked, { id: 'old', scenarioId: 'lscia', at: 40, score: { competencies: {}, overall: 50, passed: false } }]);
    expect(withOld.attempts.at(-1)!.percents.process).toBeNull();
    expect(withOld.competencies.find((c) => c.competency === 'process')!.points.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(competencyTrends(checked.slice(0, 1)).competencies.every((c) => c.change === null)).toBe(true);
  });
});

describe('techniques most missed', () => {
  // Another scenario, taught in another section, that practises Listen but not "Don't argue".
  const base = call('other', { chapter: 'customer-service#telephone-etiquette' });
  const open = base.nodes.open!;
  const other = { ...base, nodes: { ...base.nodes, open: { ...open, choices: [open.choices[0]!, open.choices[2]!] } } };
  const library = [lscia, other];
  const practice = practiceIndex(library);

  it('indexes which scenarios practise each technique and section', () => {
    expect(practice.byTechnique[listen.en]).toEqual(['lscia', 'other']);
    expect(practice.byTechnique[argue.en]).toEqual(['lscia']);
    expect(practice.bySection['customer-service#telephone-etiquette']).toEqual(['other']);
  });

  it('groups weak moves by the technique the choice breaks, else the best choice’s, with its section', () => {
    const checked = [
      attempt('1', 1, argued),
      attempt('2', 2, argued),
      attempt('3', 3, [{ node: 'open', choice: 2 }, ...best.slice(1)]),
      attempt('4', 4, best),
    ].map((a) => checkAttempt(a, version)!);
    const missed = missedTechniques(checked, practice);
    expect(missed.map((m) => [m.technique?.en ?? null, m.section, m.misses])).toEqual([
      // "Calm down" names the technique it breaks and its own section.
      [argue.en, 'churn-and-retention#complaint-principles', 2],
      // The weak closing choice names nothing, nor does the best there: the scenario's section stands for it.
      [null, 'churn-and-retention#lscia', 2],
      // "Order number?" names nothing: the best choice's technique (Listen) is the one missed.
      [listen.en, 'churn-and-retention#lscia', 1],
    ]);
    expect(missed[0]!.practisedIn).toEqual(['lscia']);
    expect(missed[1]!.practisedIn).toEqual(['lscia']);
    expect(missed[2]!.practisedIn).toEqual(['lscia', 'other']);
    expect(missed[0]!.missedIn).toEqual(['lscia']);
  });

  it('finds nothing missed on the best path, nor in attempts whose moves cannot be judged', () => {
    expect(missedTechniques([checkAttempt(attempt('4', 4, best), version)!], practice)).toEqual([]);
    expect(missedTechniques([{ scenarioId: 'lscia', played: null }], practice)).toEqual([]);
  });

  it('keeps the most missed first, up to the limit', () => {
    const checked = [attempt('1', 1, argued)].map((a) => checkAttempt(a, version)!);
    expect(missedTechniques(checked, practice, 1).map((m) => m.technique?.en)).toEqual([argue.en]);
  });
});

describe('role-plays not yet passed', () => {
  const scored = (scenarioId: string, passed: boolean) => ({ scenarioId, score: { competencies: {}, overall: 50, passed } });

  it('lists tried ones with their attempts first, then untried ones, in library order, leaving out passed ones', () => {
    const library = ['a', 'b', 'c', 'd', 'e'];
    expect(
      notYetPassed(library, [scored('d', false), scored('b', false), scored('b', false), scored('c', false), scored('c', true), scored('gone', false)]),
    ).toEqual([
      { id: 'b', status: 'never-passed', attempts: 2 },
      { id: 'd', status: 'never-passed', attempts: 1 },
      { id: 'a', status: 'never-tried' },
      { id: 'e', status: 'never-tried' },
    ]);
  });

  it('lists the whole library as untried before any attempt', () => {
    expect(notYetPassed(['a', 'b'], []).map((n) => n.status)).toEqual(['never-tried', 'never-tried']);
  });
});

describe('length', () => {
  it('counts the decisions on the best path', () => {
    expect(lengthOf(lscia)).toEqual({ decisions: 2, length: 'short' });
  });

  it('names the ranges of decisions each length covers, without a gap', () => {
    expect(LENGTHS.map(lengthRange)).toEqual(['1–6', '7–8', '9+']);
  });
});
