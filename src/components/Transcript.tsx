/** The conversation so far: each line said at a node, the learner's reply and its feedback. */
import type { Step } from '../domain/scenario/machine.ts';
import type { Scenario } from '../domain/scenario/schema.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';

interface Props {
  scenario: Scenario;
  steps: readonly Step[];
  locale: Locale;
  t: Translate;
  showFeedback: boolean;
}

export function Transcript({ scenario, steps, locale, t, showFeedback }: Props) {
  return (
    <ol className="transcript">
      {steps.map((step, index) => {
        const node = scenario.nodes[step.node];
        const choice = node?.choices[step.choice];
        if (!node || !choice) return null;
        return (
          <li key={index} className="turn">
            <Line speaker={node.speaker} text={node.say[locale]} t={t} />
            <p className="line line-you">
              <span className="speaker">{t('player.you')}</span>
              {choice.text[locale]}
            </p>
            {showFeedback && (
              <p className="feedback">
                <span className="speaker">{t('player.feedback')}</span>
                {choice.feedback[locale]}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function Line({ speaker, text, t }: { speaker: 'customer' | 'narrator'; text: string; t: Translate }) {
  return (
    <p className={`line line-${speaker}`}>
      <span className="speaker">{t(speaker === 'customer' ? 'player.customer' : 'player.narrator')}</span>
      {text}
    </p>
  );
}
