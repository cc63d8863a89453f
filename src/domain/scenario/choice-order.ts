import { seedFrom, seededRandom, shuffled } from '../random.ts';

/**
 * The order in which a node's choices are shown: a fixed shuffle per scenario and
 * node, so the best reply is not always first however the author listed them.
 * Transcripts keep the authored index, so the order never affects a replay.
 */
export function choiceOrder(scenarioId: string, nodeId: string, count: number): number[] {
  return shuffled(
    Array.from({ length: count }, (_, i) => i),
    seededRandom(seedFrom(`${scenarioId}/${nodeId}`)),
  );
}
