/** The learner's options at a node, as native buttons in the fixed shuffled order of `choiceOrder`, only those on offer. */
import { useRef, useState } from 'react';
import { choiceOrder } from '../../domain/scenario/choice-order.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ScenarioNode } from '../../schemas/scenario.ts';

/** A call's turn: it changes with every step and with the start, also when a later step comes back to the same node. */
export const turnOf = ({ transcript, begun }: { transcript: readonly unknown[]; begun: boolean }): string => `${transcript.length}/${begun}`;

interface Props {
  scenarioId: string;
  /** The node's id, which also keys the buttons so focus never carries over to the next turn. */
  at: string;
  /** The call's turn (`turnOf`): a choice made at this turn is never carried to a later visit of the same node. */
  turn: string;
  node: ScenarioNode;
  offered: ReadonlySet<number>;
  locale: Locale;
  className: string;
  onChoose: (choice: number) => void;
}

export function ChoiceList({ scenarioId, at, turn, node, offered, locale, className, onChoose }: Props) {
  // The choice made at this turn shows as chosen until the next turn replaces the list.
  const [chosen, setChosen] = useState<{ turn: string; index: number } | null>(null);
  const made = chosen?.turn === turn ? chosen.index : null;
  // A second click at the same turn is not a second choice, even one that comes before the list is drawn again.
  const choseAt = useRef<string | null>(null);
  return (
    <ol className={made === null ? className : `${className} answered`}>
      {choiceOrder(scenarioId, at, node.choices.length)
        .filter((index) => offered.has(index))
        .map((index) => (
          <li key={`${at}-${index}`}>
            <button
              type="button"
              className={made === index ? 'chosen' : undefined}
              onClick={() => {
                if (choseAt.current === turn) return;
                choseAt.current = turn;
                setChosen({ turn, index });
                onChoose(index);
              }}
            >
              {node.choices[index]!.text[locale]}
            </button>
          </li>
        ))}
    </ol>
  );
}
