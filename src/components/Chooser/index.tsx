import React, {useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {EMPTY_CHOICE, recommend, type Choice} from '@site/src/data/chooser';
import ChooserForm from './ChooserForm';
import ChooserResults from './ChooserResults';
import {parseChoice, serializeChoice} from './query';
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
 * URL (`?use-case=iot&trigger=telemetry`), read after hydration so the server
 * HTML and the first client render agree, and written back with
 * `history.replace` so a recommendation can be shared as a link.
 */
export default function Chooser({
  overviewAnchor = 'at-a-glance',
  rulesAnchor = 'how-it-decides',
}: ChooserProps): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  const idPrefix = `chooser${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [choice, setChoice] = useState<Choice>(EMPTY_CHOICE);
  const [linkNotes, setLinkNotes] = useState<readonly string[]>([]);
  const [interactive, setInteractive] = useState(false);
  // The query string this component wrote last; reading it back would only repeat the same state.
  const written = useRef<string | null>(null);

  useEffect(() => {
    setInteractive(true);
    if (written.current === location.search) return;
    const parsed = parseChoice(location.search);
    setChoice(parsed.choice);
    setLinkNotes(parsed.notes);
  }, [location.search]);

  const update = (next: Choice): void => {
    setChoice(next);
    setLinkNotes([]);
    const search = serializeChoice(next);
    written.current = search;
    history.replace({search, hash: location.hash});
  };

  const result = recommend(choice);

  return (
    <div className={styles.chooser} data-testid="chooser" data-interactive={interactive}>
      <noscript>
        <p className={styles.noscript} data-testid="chooser-noscript">
          The interactive chooser needs JavaScript, which is off in this browser. Every use case&apos;s preferred and
          possible methods are listed under <Link to={`#${overviewAnchor}`}>All use cases at a glance</Link>, and the
          rules the chooser applies are written out under <Link to={`#${rulesAnchor}`}>How the chooser decides</Link>.
        </p>
      </noscript>
      <div className={styles.layout}>
        <ChooserForm idPrefix={idPrefix} choice={choice} onChange={update} interactive={interactive} />
        <ChooserResults
          idPrefix={idPrefix}
          choice={choice}
          result={result}
          linkNotes={linkNotes}
          interactive={interactive}
        />
      </div>
    </div>
  );
}
