/** The learner's options at a node, as native buttons in the fixed shuffled order of `choiceOrder`, only those on offer. */
import { choiceOrder } from '../../domain/scenario/choice-order.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ScenarioNode } from '../../schemas/scenario.ts';

interface Props {
  scenarioId: string;
  /** The node's id, which also keys the buttons so focus never carries over to the next turn. */
  at: string;
  node: ScenarioNode;
  offered: ReadonlySet<number>;
  locale: Locale;
  className: string;
  onChoose: (choice: number) => void;
}

export function ChoiceList({ scenarioId, at, node, offered, locale, className, onChoose }: Props) {
  return (
    <ol className={className}>
      {choiceOrder(scenarioId, at, node.choices.length)
        .filter((index) => offered.has(index))
        .map((index) => (
          <li key={`${at}-${index}`}>
            <button type="button" onClick={() => onChoose(index)}>
              {node.choices[index]!.text[locale]}
            </button>
          </li>
        ))}
    </ol>
  );
}
