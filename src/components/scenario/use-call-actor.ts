/**
 * The call's actor, for the view that plays it: created once, started after mount and
 * stopped on unmount; the view renders each snapshot. (What `@xstate/react`'s
 * `useActorRef` and `useSelector` do, without the selector layer the player has no use
 * for: a kilobyte less before the first choice.)
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createActor, type Actor } from 'xstate';
import type { PlaySettings, PlaySnapshot, ScenarioMachine } from '../../domain/scenario/machine.ts';
import type { StepEvent } from '../../domain/scenario/moves.ts';
import { soonAfterPaint } from './after-paint.ts';

export function useCallActor(machine: ScenarioMachine, options: { input: PlaySettings; snapshot?: PlaySnapshot }): [Actor<ScenarioMachine>, PlaySnapshot] {
  const [actor] = useState(() => createActor(machine, options));
  useEffect(() => {
    actor.start();
    return () => {
      actor.stop();
    };
  }, [actor]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const current = useCallback(() => actor.getSnapshot(), [actor]);
  const snapshot = useSyncExternalStore(subscribe, current, current);
  return [actor, snapshot];
}

/**
 * A learner's step (a choice, a reply, a take-back), sent once the click's frame is painted:
 * that frame shows the click alone (the reply marked), and the machine's move, the step's
 * write and the next turn come in the frame after. Laying out that much new text (Chinese
 * text is costly to shape) would otherwise hold the click's frame back. (At a timed moment,
 * a choice in the clock's last frame can so come after the time-out.)
 */
export function takeStep(actor: Actor<ScenarioMachine>, event: StepEvent): void {
  soonAfterPaint(() => actor.send(event));
}
