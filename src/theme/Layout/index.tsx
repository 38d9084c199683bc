import React from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

/** Pages from plugins that render no <main> landmark; their content is wrapped in one. */
const PAGES_WITHOUT_MAIN = ['/search'] as const;

/**
 * The theme's layout, unchanged except that the search plugin's page, which has
 * no main landmark of its own, gets one (screen-reader users jump to it).
 */
export default function LayoutWrapper(props: Props): React.JSX.Element {
  const {pathname} = useLocation();
  // The location's pathname starts with the site's base path, as the pages' paths do once useBaseUrl adds it.
  const {withBaseUrl} = useBaseUrlUtils();
  const bare = pathname.replace(/\/$/, '');
  if (!PAGES_WITHOUT_MAIN.some((page) => withBaseUrl(page) === bare)) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
