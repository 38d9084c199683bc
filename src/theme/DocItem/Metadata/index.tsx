import React from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof MetadataType>;

/**
 * The doc's own metadata (title, description, canonical, og:title, og:description)
 * plus what sharing needs beyond it: the page is an article, and Twitter gets
 * the same title and description (the site-wide tags set og:type "website").
 */
export default function MetadataWrapper(props: Props): React.JSX.Element {
  const {metadata} = useDoc();
  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta property="og:type" content="article" />
        <meta name="twitter:title" content={metadata.title} />
        {metadata.description && <meta name="twitter:description" content={metadata.description} />}
      </Head>
    </>
  );
}
