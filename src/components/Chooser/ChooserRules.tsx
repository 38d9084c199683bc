import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {methods} from '@site/src/data/matrix';
import {FIT_SCORE, questions} from '@site/src/data/chooser';
import styles from './styles.module.css';

/** Id of the heading that explains one question's rules; stable, so other pages can link to it. */
export function ruleHeadingId(question: string): string {
  return `rules-${question}`;
}

function signed(score: number): string {
  return score > 0 ? `+${score}` : `−${Math.abs(score)}`;
}

/** How scores add up, in prose, with the numbers taken from the data. */
export function ScoringSummary(): React.JSX.Element {
  return (
    <p data-testid="chooser-scoring">
      Every method starts at zero. When you choose a use case, the matrix adds {FIT_SCORE.preferred} points to each
      method it prefers for that use case and {FIT_SCORE.possible} to each method it lists as possible. Each answer then
      adds points to the methods it favors and takes points from the methods it counts against: 3 for a strong reason, 2
      for a clear one, 1 for a nudge. The method with the highest total ranks first. A tie goes to the method with the
      better fit in the matrix, then to the matrix&apos;s column order. &ldquo;Not sure&rdquo; changes nothing.
    </p>
  );
}

/**
 * What every answer adds or takes away, with the reason, written out from the
 * answers' effects themselves, so the explanation cannot drift from what the chooser does.
 */
export default function ChooserRules(): React.JSX.Element {
  const brokenLinks = useBrokenLinks();
  return (
    <div className={styles.rules} data-testid="chooser-rules">
      {questions.map((question) => {
        const id = ruleHeadingId(question.id);
        brokenLinks.collectAnchor(id);
        return (
          <section key={question.id} aria-labelledby={id} data-question={question.id}>
            <h4 id={id} className={styles.rulesHeading}>
              {question.legend}
            </h4>
            <dl className={styles.ruleList}>
              {question.options.map((option) => (
                <div key={option.id} className={styles.ruleItem} data-option={option.id}>
                  <dt>{option.label}</dt>
                  <dd>
                    <ul>
                      {option.effects.map((effect) => (
                        <li key={effect.method}>
                          <strong>
                            {methods.find((m) => m.id === effect.method)?.label} {signed(effect.score)}
                          </strong>
                          : because {effect.reason}.
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
