import React from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {categories, useCases} from '@site/src/data/matrix';
import {categoryPath, GUIDE_BASE, USE_CASES_PAGE_PATH} from '@site/src/data/queries';
import {chooserPath} from '@site/src/components/Chooser/path';
import {LANDING_REVIEW, formatDay} from '@site/src/data/review';
import {CHANGES_PAGE_SLUG, changes} from '@site/src/data/changes';
import styles from './index.module.css';

/** The landing page: what the guide is, who it is for, and where to start. */
export default function Home(): React.JSX.Element {
  return (
    <Layout
      title="Choose how your Mendix apps integrate"
      description="A guide for solution architects and lead developers: which integration method fits which use case, with the reasons.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Integration Guide
          </Heading>
          <p className={styles.lead}>
            Which integration method fits which use case, and why. A guide for solution architects and lead developers
            who design how Mendix apps talk to other systems, written for Studio Pro 10.24 (LTS) and Studio Pro 11.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={`${GUIDE_BASE}/mendix-integration`}>
              Start with the principles
            </Link>
            <Link className="button button--secondary button--lg" to={`${GUIDE_BASE}/mendix-integration#matrix`}>
              Open the matrix
            </Link>
            <Link className="button button--secondary button--lg" to={chooserPath()}>
              Choose a method for your situation
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section className={styles.section} aria-labelledby="categories-heading">
          <Heading as="h2" id="categories-heading">
            Six solution categories
          </Heading>
          <ul className={styles.cards}>
            {categories.map((category) => (
              <li key={category.id} className={styles.card}>
                <Heading as="h3" className={styles.cardTitle}>
                  <Link to={categoryPath(category.id)}>{category.title}</Link>
                </Heading>
                <p>{category.summary}</p>
              </li>
            ))}
          </ul>
        </section>
        <section className={styles.section} aria-labelledby="use-cases-heading">
          <Heading as="h2" id="use-cases-heading">
            {useCases.length} typical use cases
          </Heading>
          <p>
            From single sign-on to machine learning: each use case has a page with the methods that suit it, the
            questions that decide between them, an example and the pitfalls.{' '}
            <Link to={USE_CASES_PAGE_PATH}>See all use cases</Link>.
          </p>
        </section>
        <section className={styles.section} aria-labelledby="freshness-heading">
          <Heading as="h2" id="freshness-heading">
            Current with the platform
          </Heading>
          <p data-testid="review">
            Every statement about Mendix rests on Mendix&rsquo;s reference documentation, and every page says when it
            was last checked. This page was last reviewed against Mendix&rsquo;s documentation on{' '}
            <time dateTime={LANDING_REVIEW.lastReviewed}>{formatDay(LANDING_REVIEW.lastReviewed)}</time>; the guide
            covers Studio Pro {LANDING_REVIEW.studioPro}. The latest of the {changes.length} changes of guidance listed
            under <Link to={`${GUIDE_BASE}/${CHANGES_PAGE_SLUG}`}>what changed in the guide</Link> is &ldquo;
            <Link to={`${GUIDE_BASE}/${CHANGES_PAGE_SLUG}#${changes[0].id}`}>{changes[0].title}</Link>&rdquo;.
          </p>
        </section>
      </main>
    </Layout>
  );
}
