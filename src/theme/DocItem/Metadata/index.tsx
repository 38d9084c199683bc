import React from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {PREVIEW_HEIGHT, PREVIEW_WIDTH, previewAlt, previewImagePath} from '@site/src/data/previews';

type Props = WrapperProps<typeof MetadataType>;

/**
 * The doc's own metadata (title, description, canonical, og:title, og:description)
 * plus what sharing needs beyond it: the page is an article, Twitter gets the
 * same title and description (the site-wide tags set og:type "website"), and the
 * preview image is the page's own card (static/img/previews, `npm run images`),
 * by absolute URL under the site's base, instead of the site-wide one.
 */
export default function MetadataWrapper(props: Props): React.JSX.Element {
  const {metadata} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const image = useBaseUrl(previewImagePath(metadata.slug), {absolute: true});
  const alt = previewAlt(metadata.title, siteConfig.title);
  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta property="og:type" content="article" />
        <meta name="twitter:title" content={metadata.title} />
        {metadata.description && <meta name="twitter:description" content={metadata.description} />}
        <meta property="og:image" content={image} />
        <meta property="og:image:width" content={String(PREVIEW_WIDTH)} />
        <meta property="og:image:height" content={String(PREVIEW_HEIGHT)} />
        <meta property="og:image:alt" content={alt} />
        <meta name="twitter:image" content={image} />
        <meta name="twitter:image:alt" content={alt} />
      </Head>
    </>
  );
}
