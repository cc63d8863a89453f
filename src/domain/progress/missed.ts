/**
 * The techniques a learner most often missed: every move worth fewer points than the
 * best choice offered at its node, grouped by the technique and the chapter section it
 * concerns. A weak choice names the technique it breaks ("Don't argue"); where it names
 * none, the best choice's technique is the one missed. The section is the one the same
 * choice names, or the scenario's own.
 */
import type { Scenario, Text } from '../../schemas/scenario.ts';
import { effectAt, type Effect } from '../scenario/moves.ts';
import { judgeMoves } from '../scenario/scoring.ts';
import { own } from '../own.ts';
import type { CheckedAttempt } from './checked-attempt.ts';

/** Which library scenarios practise a technique (by its English name) or a section: plain JSON, built once with the site. */
export interface PracticeIndex {
  byTechnique: Record<string, string[]>;
  bySection: Record<string, string[]>;
}

export interface MissedTechnique {
  /** Null when neither the choice nor the best one names a technique: the section stands for it. */
  technique: Text | null;
  /** "chapter-slug#section-id" or "chapter-slug". */
  section: string;
  /** Moves that missed it, over all attempts. */
  misses: number;
  /** The scenarios it was missed in, first missed first. */
  missedIn: string[];
  /** Library scenarios that practise it, in the library's order. */
  practisedIn: string[];
}

function effectsOf(scenario: Scenario): Effect[] {
  return Object.values(scenario.nodes).flatMap((node) => [...node.choices, ...(node.timeLimit ? [node.timeLimit.timeout] : [])]);
}

/** Every technique and section the library's choices teach, with the scenarios that hold them. */
export function practiceIndex(library: readonly Scenario[]): PracticeIndex {
  const index: PracticeIndex = { byTechnique: {}, bySection: {} };
  const add = (map: Record<string, string[]>, key: string, id: string) => {
    const ids = (map[key] ??= []);
    if (!ids.includes(id)) ids.push(id);
  };
  for (const scenario of library) {
    add(index.bySection, scenario.chapter, scenario.id);
    for (const effect of effectsOf(scenario)) {
      if (effect.technique) add(index.byTechnique, effect.technique.en, scenario.id);
      if (effect.section) add(index.bySection, effect.section, scenario.id);
    }
  }
  return index;
}

/** The most missed first; `limit` of them. */
export function missedTechniques(checked: readonly Pick<CheckedAttempt, 'scenarioId' | 'played'>[], practice: PracticeIndex, limit = 5): MissedTechnique[] {
  const groups = new Map<string, MissedTechnique>();
  for (const { scenarioId, played } of checked) {
    if (!played) continue;
    for (const judged of judgeMoves(played.scenario, played.moves)) {
      if (!judged.weak) continue;
      const node = own(played.scenario.nodes, judged.move.node)!;
      const taken = effectAt(node, judged.move)!;
      const source = taken.technique ? taken : node.choices[judged.best]!.technique ? node.choices[judged.best]! : taken;
      const technique = source.technique ?? null;
      const section = source.section ?? played.scenario.chapter;
      const key = `${technique?.en ?? ''}\n${section}`;
      let group = groups.get(key);
      if (!group) {
        const practisedIn = (technique && practice.byTechnique[technique.en]) || practice.bySection[section] || [];
        groups.set(key, (group = { technique, section, misses: 0, missedIn: [], practisedIn: [...practisedIn] }));
      }
      group.misses += 1;
      if (!group.missedIn.includes(scenarioId)) group.missedIn.push(scenarioId);
    }
  }
  return [...groups.values()].sort((a, b) => b.misses - a.misses).slice(0, limit);
}
