import { initialTransition, transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { choiceOrder } from '../../src/domain/scenario/choice-order.ts';
import { contentHash } from '../../src/domain/scenario/hash.ts';
import { createScenarioMachine, type PlayEvent, type PlaySettings } from '../../src/domain/scenario/machine.ts';
import type { Step } from '../../src/domain/scenario/moves.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { scoreMoves } from '../../src/domain/scenario/scoring.ts';
import { fixture, tinyScenario } from './helpers.ts';

const { scenario } = tinyScenario();

describe('the machine generated from a scenario', () => {
  const machine = createScenarioMachine(scenario);

  it('starts at the start node with an empty transcript', () => {
    const [start] = initialTransition(machine, {});
    expect(start.value).toBe('ring');
    expect(start.context.moves).toEqual([]);
  });

  it('follows a choice to its target and records the step', () => {
    const [start] = initialTransition(machine, {});
    const [next] = transition(machine, start, { type: 'learner.choose', choice: 0 });
    expect(next.value).toBe('greet');
    expect(next.context.moves).toEqual([{ node: 'ring', choice: 0 }]);
  });

  it('ignores a choice the node does not offer', () => {
    const [start] = initialTransition(machine, {});
    expect(start.can({ type: 'learner.choose', choice: 5 })).toBe(false);
    const [same] = transition(machine, start, { type: 'learner.choose', choice: 5 });
    expect(same.value).toBe('ring');
  });

  it('stops at an ending', () => {
    let [snapshot] = initialTransition(machine, {});
    [snapshot] = transition(machine, snapshot, { type: 'learner.choose', choice: 1 });
    expect(snapshot.status).toBe('done');
    expect(snapshot.value).toBe('hung-up');
    expect(snapshot.hasTag('ending')).toBe(true);
  });
});

describe('the rules of play, as transitions of the machine', () => {
  const rich = fixture('rich-call').scenario;
  const machine = createScenarioMachine(rich);
  const after = (settings: PlaySettings, events: PlayEvent[]) =>
    events.reduce((snapshot, event) => transition(machine, snapshot, event)[0], initialTransition(machine, settings)[0]);
  const practice: PlaySettings = { mode: 'practice', timing: 'standard' };

  it('holds a timed first node behind a start gate: no choice until the learner starts', () => {
    const gate = after(practice, []);
    expect(gate.hasTag('awaiting-start')).toBe(true);
    expect(gate.can({ type: 'learner.choose', choice: 0 })).toBe(false);
    expect(gate.can({ type: 'timer.expired' })).toBe(false);
    const started = after(practice, [{ type: 'learner.start' }]);
    expect(started.value).toBe('outburst');
    expect(started.context.begun).toBe(true);
    expect(started.can({ type: 'learner.choose', choice: 0 })).toBe(true);
  });

  it('has no gate when limits are off, or when the first node is untimed', () => {
    expect(after({ mode: 'practice', timing: 'off' }, []).value).toBe('outburst');
    expect(initialTransition(createScenarioMachine(scenario), practice)[0].value).toBe('ring');
  });

  it('lets the settings change until the call begins, then refuses them', () => {
    const untimed = after({ mode: 'practice', timing: 'off' }, [{ type: 'learner.configure', settings: { mode: 'test' } }]);
    expect(untimed.context.mode).toBe('test');
    // Switching limits on at the untimed first node puts the start gate back.
    const timed = transition(machine, untimed, { type: 'learner.configure', settings: { timing: 'extended' } })[0];
    expect(timed.hasTag('awaiting-start')).toBe(true);
    expect(timed.context.timing).toBe('extended');
    const begun = after(practice, [{ type: 'learner.start' }]);
    expect(begun.can({ type: 'learner.configure', settings: { mode: 'test' } })).toBe(false);
    const moved = after({ mode: 'practice', timing: 'off' }, [{ type: 'learner.choose', choice: 0 }]);
    expect(moved.can({ type: 'learner.configure', settings: { timing: 'standard' } })).toBe(false);
  });

  it('takes back the last move in practice mode: node, mood, flags and points as before it', () => {
    const chosen = after(practice, [{ type: 'learner.start' }, { type: 'learner.choose', choice: 0 }]);
    expect(chosen.value).toBe('offer');
    expect(chosen.context.state.flags).toEqual(['apologised']);
    const undone = transition(machine, chosen, { type: 'learner.undo' })[0];
    expect(undone.value).toBe('outburst');
    expect(undone.context.state).toEqual(after(practice, [{ type: 'learner.start' }]).context.state);
    expect(undone.context.moves).toEqual([]);
    expect(undone.context.transcript).toEqual([{ node: 'outburst', choice: 0 }, { undo: true }]);
    // Nothing is left to take back, and the call stays begun.
    expect(undone.can({ type: 'learner.undo' })).toBe(false);
    expect(undone.can({ type: 'learner.configure', settings: {} })).toBe(false);
  });

  it('allows no take-back in test mode', () => {
    const chosen = after({ mode: 'test', timing: 'off' }, [{ type: 'learner.choose', choice: 0 }]);
    expect(chosen.can({ type: 'learner.undo' })).toBe(false);
    expect(transition(machine, chosen, { type: 'learner.undo' })[0].value).toBe('offer');
  });

  it('ends in a final state that takes no more events', () => {
    const ended = after({ mode: 'practice', timing: 'off' }, [
      { type: 'learner.choose', choice: 0 },
      { type: 'learner.choose', choice: 2 },
    ]);
    expect(ended.status).toBe('done');
    expect(ended.value).toBe('solved');
    expect(ended.can({ type: 'learner.undo' })).toBe(false);
  });
});

describe('a transcript stored in the shape saved attempts have always had', () => {
  const rich = fixture('rich-call').scenario;
  // Written by an earlier release: a time-out, a take-back, two choices. The expected
  // state is what that release's replay reached.
  const stored = '[{"node":"outburst","timeout":true},{"undo":true},{"node":"outburst","choice":1},{"node":"offer","choice":1}]';

  it('loads and replays to the same state, ending and score', () => {
    const result = replay(rich, JSON.parse(stored) as Step[], { mode: 'practice', timing: 'standard' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.played.ending).toBe('lost');
    expect(result.played.state).toEqual({
      at: 'lost',
      ended: true,
      mood: -3,
      flags: [],
      visited: ['outburst', 'offer', 'lost'],
      points: { courtesy: -4, empathy: 0, discovery: 0, solving: -2, process: 0 },
    });
    expect(result.played.moves).toEqual([
      { node: 'outburst', choice: 1 },
      { node: 'offer', choice: 1 },
    ]);
    expect(result.played.score.overall).toBe(0);
  });

  it('replays a time-out as the event the clock raises, with no clock running', () => {
    const result = replay(rich, JSON.parse('[{"node":"outburst","timeout":true},{"node":"offer","choice":0}]') as Step[], { mode: 'test', timing: 'extended' });
    expect(result.ok && result.played.ending).toBe('escalated');
    expect(result.ok && result.played.score.overall).toBe(25);
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
    expect(replay(scenario, [{ node: 'greet', choice: 0 }])).toEqual({ ok: false, refusal: { code: 'wrong-node', step: 0, node: 'greet', at: 'ring' } });
  });

  it('refuses a choice the node does not have', () => {
    expect(replay(scenario, [{ node: 'ring', choice: 2 }])).toEqual({ ok: false, refusal: { code: 'choice-not-offered', step: 0, node: 'ring', choice: 2 } });
  });

  it('refuses steps after the call ended', () => {
    expect(
      replay(scenario, [
        { node: 'ring', choice: 1 },
        { node: 'hung-up', choice: 0 },
      ]),
    ).toEqual({ ok: false, refusal: { code: 'call-ended', step: 1, ending: 'hung-up' } });
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
