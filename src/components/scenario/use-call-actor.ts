/**
 * The call's actor, for the view that plays it: created once, started after mount and
 * stopped on unmount; the view renders each snapshot. (What `@xstate/react`'s
 * `useActorRef` and `useSelector` do, without the selector layer the player has no use
 * for: a kilobyte less before the first choice.)
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createActor, type Actor } from 'xstate';
import type { PlaySettings, PlaySnapshot, ScenarioMachine } from '../../domain/scenario/machine.ts';

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
