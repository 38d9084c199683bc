import React, {useId} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {recommend} from '@site/src/data/chooser';
import {useQueryState} from '@site/src/utils/queryState';
import ChooserForm from './ChooserForm';
import ChooserResults from './ChooserResults';
import {CHOICE_QUERY} from './query';
import styles from './styles.module.css';

export {default as UseCaseOverview} from './UseCaseOverview';
export {default as ChooserRules, ScoringSummary} from './ChooserRules';

export interface ChooserProps {
  /** Anchor of the page's static "at a glance" list, offered when JavaScript is off. */
  readonly overviewAnchor?: string;
  /** Anchor of the page's section that explains the rules, offered when JavaScript is off. */
  readonly rulesAnchor?: string;
}

/**
 * The method chooser: pick a use case, answer the functional questions, or
 * both, and see the methods ranked with their reasons. The choice lives in the
 * URL (`?use-case=iot&trigger=telemetry`), so a recommendation can be shared
 * as a link; the static HTML shows the empty form, disabled until hydration.
 */
export default function Chooser({
  overviewAnchor = 'at-a-glance',
  rulesAnchor = 'how-it-decides',
}: ChooserProps): React.JSX.Element {
  const idPrefix = `chooser${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const {value: choice, notes, set} = useQueryState(CHOICE_QUERY);
  const result = recommend(choice);

  return (
    <div className={styles.chooser} data-testid="chooser" data-interactive={useIsBrowser()}>
      <noscript>
        <p className={styles.noscript} data-testid="chooser-noscript">
          The interactive chooser needs JavaScript, which is off in this browser. Every use case&apos;s preferred and
          possible methods are listed under <Link to={`#${overviewAnchor}`}>All use cases at a glance</Link>, and the
          rules the chooser applies are written out under <Link to={`#${rulesAnchor}`}>How the chooser decides</Link>.
        </p>
      </noscript>
      <div className={styles.layout}>
        <ChooserForm idPrefix={idPrefix} choice={choice} onChange={set} />
        <ChooserResults idPrefix={idPrefix} choice={choice} result={result} linkNotes={notes} />
      </div>
    </div>
  );
}
