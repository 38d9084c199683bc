/** Test double for @docusaurus/Link: a plain anchor with the same href. */
import React from 'react';

export interface LinkProps extends React.AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Target path, as Docusaurus's Link takes it. */
  readonly to?: string;
}

export default function Link({to, href, children, ...rest}: LinkProps): React.JSX.Element {
  return (
    <a href={to ?? href} {...rest}>
      {children}
    </a>
  );
}
