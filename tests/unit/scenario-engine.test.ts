import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { choiceOrder } from '../../src/domain/scenario/choice-order.ts';
import { contentHash } from '../../src/domain/scenario/hash.ts';
import { createScenarioMachine } from '../../src/domain/scenario/machine.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { tinyScenario } from './helpers.ts';

const { scenario } = tinyScenario();

describe('the machine generated from a scenario', () => {
  const machine = createScenarioMachine(scenario);

  it('starts at the start node with an empty transcript', () => {
    const [start] = initialTransition(machine);
    expect(start.value).toBe('ring');
    expect(start.context.moves).toEqual([]);
  });

  it('follows a choice to its target and records the step', () => {
    const [start] = initialTransition(machine);
    const [next] = transition(machine, start, { type: 'learner.choose', choice: 0 });
    expect(next.value).toBe('greet');
    expect(next.context.moves).toEqual([{ node: 'ring', choice: 0 }]);
  });

  it('ignores a choice the node does not offer', () => {
    const [start] = initialTransition(machine);
    expect(start.can({ type: 'learner.choose', choice: 5 })).toBe(false);
    const [same] = transition(machine, start, { type: 'learner.choose', choice: 5 });
    expect(same.value).toBe('ring');
  });

  it('stops at an ending', () => {
    let [snapshot] = initialTransition(machine);
    [snapshot] = transition(machine, snapshot, { type: 'learner.choose', choice: 1 });
    expect(snapshot.status).toBe('done');
    expect(snapshot.value).toBe('hung-up');
    expect(snapshot.hasTag('ending')).toBe(true);
  });
});

describe('scoring', () => {
  it('scores each competency against the best choice at each visited node', () => {
    const score = scoreMoves(scenario, [
      { node: 'ring', choice: 0 },
      { node: 'greet', choice: 0 },
    ]);
    expect(score.competencies.courtesy).toEqual({ earned: 4, possible: 4, percent: 100 });
    expect(score.competencies.process).toEqual({ earned: 1, possible: 1, percent: 100 });
    expect(score.competencies.empathy).toEqual({ earned: 0, possible: 0, percent: null });
    expect(score.overall).toBe(100);
  });

  it('never goes below 0 or above 100', () => {
    const score = scoreMoves(scenario, [
      { node: 'ring', choice: 0 },
      { node: 'greet', choice: 1 },
    ]);
    expect(score.competencies.courtesy).toEqual({ earned: 0, possible: 4, percent: 0 });
    expect(score.competencies.process).toEqual({ earned: 0, possible: 1, percent: 0 });
    const worst = scoreMoves(scenario, [{ node: 'ring', choice: 1 }]);
    expect(worst.competencies.courtesy.percent).toBe(0);
  });

  it('has no overall score before the first choice', () => {
    expect(scoreMoves(scenario, []).overall).toBeNull();
  });
});

describe('replaying a transcript', () => {
  const steps = [
    { node: 'ring', choice: 0 },
    { node: 'greet', choice: 0 },
  ];

  it('reaches the same ending and score as live play, every time', () => {
    const first = replay(scenario, steps);
    const second = replay(structuredClone(scenario), structuredClone(steps));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.played.ending).toBe('solved');
    expect(first.played.node).toBeNull();
    expect(JSON.stringify(second.played.score)).toBe(JSON.stringify(first.played.score));
    expect(first.played.score).toEqual(scoreMoves(scenario, steps));
  });

  it('resumes mid-call at the node awaiting a choice', () => {
    const result = replay(scenario, steps.slice(0, 1));
    expect(result.ok && result.played.node).toBe('greet');
  });

  it('refuses a step made at another node', () => {
    expect(replay(scenario, [{ node: 'greet', choice: 0 }])).toEqual({
      ok: false,
      step: 0,
      reason: 'the step was made at "greet", but the replay is at "ring"',
    });
  });

  it('refuses a choice the node does not have', () => {
    expect(replay(scenario, [{ node: 'ring', choice: 2 }])).toEqual({ ok: false, step: 0, reason: 'node "ring" does not offer choice number 3' });
  });

  it('refuses steps after the call ended', () => {
    expect(replay(scenario, [{ node: 'ring', choice: 1 }, { node: 'hung-up', choice: 0 }])).toEqual({
      ok: false,
      step: 1,
      reason: 'the call had already ended at "hung-up"',
    });
  });
});

describe('content hash', () => {
  it('is stable for the same content and changes when the content does', () => {
    const copy = structuredClone(scenario);
    expect(contentHash(copy)).toBe(contentHash(scenario));
    copy.nodes.ring!.choices[0]!.scores = { courtesy: 3 };
    expect(contentHash(copy)).not.toBe(contentHash(scenario));
  });
});

describe('the order choices are shown in', () => {
  it('is a permutation that stays the same for the same node', () => {
    const order = choiceOrder('inbound-service-call', 'need', 4);
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(choiceOrder('inbound-service-call', 'need', 4)).toEqual(order);
  });

  it('does not always put the first authored choice first', () => {
    const firsts = Array.from({ length: 40 }, (_, i) => choiceOrder('s', `node-${i}`, 3)[0]);
    expect(new Set(firsts).size).toBe(3);
  });
});
