/**
 * What every view of a call (the phone call, the online-shop chat) does with its actor
 * besides drawing it: records each step as it is taken, and restarts the clock of a
 * resumed timed moment, and takes the start and first choice clicked before the call was
 * live (after the recorder has subscribed, so that step is saved like any other). Returns why steps are not
 * saved, if they are not.
 */
import { useEffect, useState } from 'react';
import type { Actor } from 'xstate';
import type { ScenarioMachine } from '../../domain/scenario/machine.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { recordAttempt } from './attempt-recorder.ts';
import { takeHeld } from './held-choice.ts';
import type { Session } from './Call.tsx';
import type { SaveState } from './SaveNotice.tsx';

export function useRecording(
  actor: Actor<ScenarioMachine>,
  { scenario, hash, locale, session }: { scenario: Scenario; hash: string; locale: string; session: Session },
): SaveState | null {
  const [save, setSave] = useState<SaveState | null>(session.error && { problem: session.error });
  const { resumed, customer } = session;
  const attemptId = resumed?.attemptId;
  useEffect(
    () => recordAttempt(actor, { scenario, customer, hash, locale, attemptId, onWrite: (problem, retry) => setSave(problem && { problem, retry }) }),
    [actor, scenario, customer, hash, locale, attemptId],
  );
  // A restored snapshot carries no running timer: the clock of a timed moment starts again.
  useEffect(() => {
    if (resumed) actor.send({ type: 'learner.resume' });
  }, [actor, resumed]);
  // Taken when this view has replaced the first screen, so no click on it can come after: a new
  // call starts with it, a resumed one goes on where it was.
  useEffect(() => {
    const held = takeHeld();
    if (resumed) return;
    if (held.start) actor.send({ type: 'learner.start' });
    if (held.choice !== undefined) actor.send({ type: 'learner.choose', choice: held.choice });
  }, [actor, resumed]);
  return save;
}
