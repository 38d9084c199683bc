import React, {cloneElement, isValidElement} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** Written by `src/plugins/remark-term-previews` around a section's first mention, never by hand. */
export interface TermPreviewProps {
  /** Site path of the full entry, without the base path (`/integration/glossary#rest`). */
  readonly entry: string;
  /** Id of the entry's definition in the page's `<TermDefinitions>` list (`term-def-rest`): the link's description. */
  readonly def: string;
  /** The words of the prose that name a term, or the `<Capability>` element the preview belongs to. */
  readonly children?: React.ReactNode;
}

/**
 * A term or capability in prose that has a preview: the term's words linked to its glossary entry (or the
 * `<Capability>` link as it is), described by the page's shared definition of it. It holds no state and no
 * text of its own; `<TermDefinitions>`, once per page, shows the preview inside this element when it opens.
 */
export default function TermPreview({entry, def, children}: TermPreviewProps): React.JSX.Element {
  const trigger = isValidElement<{describedBy?: string}>(children) ? (
    cloneElement(children, {describedBy: def})
  ) : (
    <Link to={entry} aria-describedby={def}>
      {children}
    </Link>
  );
  return (
    <span className={styles.root} data-preview={def}>
      {trigger}
    </span>
  );
}
