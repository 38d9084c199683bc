import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Link from '@docusaurus/Link';
import {canonicalPath, reportProblemUrl, siteRepository} from '@site/src/data/site';
import {formatDay, isDay} from '@site/src/data/review';
import {CHANGES_PAGE_SLUG} from '@site/src/data/changes';
import {GUIDE_BASE} from '@site/src/data/queries';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import {markdownPath} from '@site/src/data/markdown';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

/**
 * When the page was last reviewed against Mendix's documentation and which Studio Pro versions it covers (front
 * matter `last_reviewed` and `studio_pro`), then the doc footer ("Edit this page") plus a "Report a problem" link that opens a
 * new issue already naming the page: its title and canonical URL, and the page's Markdown version (copy or view).
 * With no repository configured (GUIDE_REPOSITORY_URL, see src/data/site-env.ts) neither edit nor report link is
 * rendered.
 */
export default function FooterWrapper(props: Props): React.JSX.Element {
  const {metadata, frontMatter} = useDoc();
  // The guide's own front matter keys; the docs plugin passes unknown keys through untyped.
  const {last_reviewed: reviewed, studio_pro: studioPro} = frontMatter as Readonly<Record<string, unknown>>;
  const {siteConfig} = useDocusaurusContext();
  const repository = siteRepository(siteConfig.customFields);
  const url = `${siteConfig.url}${canonicalPath(metadata.permalink, siteConfig.trailingSlash, siteConfig.baseUrl)}`;
  const href = repository && reportProblemUrl({title: metadata.title, url}, repository.url);
  return (
    <>
      {isDay(reviewed) && typeof studioPro === 'string' && (
        <p className={styles.review} data-testid="review">
          Last reviewed against Mendix&rsquo;s documentation on <time dateTime={reviewed}>{formatDay(reviewed)}</time>;
          covers Studio Pro {studioPro}.{' '}
          <Link to={`${GUIDE_BASE}/${CHANGES_PAGE_SLUG}`}>What changed in the guide</Link>
        </p>
      )}
      <Footer {...props} />
      <CopyMarkdown href={markdownPath(metadata.permalink)} />
      {repository && href && (
        <p className={styles.report}>
          <a href={href} target="_blank" rel="noopener noreferrer" data-testid="report-problem">
            <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8Zm7.25-3.25a.75.75 0 0 1 1.5 0v3.5a.75.75 0 0 1-1.5 0v-3.5ZM8 12a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z"
              />
            </svg>
            Report a problem with this page
            <span className="visually-hidden"> (opens {new URL(repository.url).host} in a new tab)</span>
          </a>
        </p>
      )}
    </>
  );
}
