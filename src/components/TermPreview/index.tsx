import React, {cloneElement, isValidElement, useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** Written by `src/plugins/remark-term-previews` from the glossary or the capability catalogue, never by hand. */
export interface TermPreviewProps {
  /** Site path of the full entry, without the base path (`/integration/glossary#rest`). */
  readonly entry: string;
  /** What the entry's link says ("Glossary entry"). */
  readonly entryLabel: string;
  /** The term or capability the preview is about, shown as its heading. */
  readonly title: string;
  /** The short definition (or what a capability does): the link's accessible description. */
  readonly summary: string;
  /** A capability's status and version; also part of the description. */
  readonly meta?: string;
  /** The words of the prose that name a term, or the `<Capability>` element the preview belongs to. */
  readonly children?: React.ReactNode;
}

/** Widest preview in pixels (22rem plus its border): nearer than this to the right edge, it opens leftwards. */
const PREVIEW_WIDTH = 370;
/** Room a preview needs below its term, in pixels; with less (and more above), it opens upwards. */
const PREVIEW_HEIGHT = 220;

/**
 * A term or capability in prose with its preview in place (WCAG 2.2 SC 1.4.13): the preview opens on hover and
 * on keyboard focus (CSS `:hover` and `:focus-within`, so it works before and without JavaScript), the pointer
 * can move onto it, Escape hides it without moving focus, and on touch the first tap opens it instead of
 * following the link. Its text is in the server HTML, visually hidden until opened, and is the link's
 * `aria-describedby`.
 */
export default function TermPreview({
  entry,
  entryLabel,
  title,
  summary,
  meta,
  children,
}: TermPreviewProps): React.JSX.Element {
  const id = useId();
  const summaryId = `${id}s`;
  const metaId = `${id}m`;
  const describedBy = meta ? `${summaryId} ${metaId}` : summaryId;
  const root = useRef<HTMLSpanElement>(null);
  const touch = useRef(false);
  const [dismissed, setDismissed] = useState(false);
  const [tapped, setTapped] = useState(false);
  const [alignEnd, setAlignEnd] = useState(false);
  const [above, setAbove] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const element = root.current;
      if (event.key === 'Escape' && element && (tapped || element.matches(':hover, :focus-within'))) {
        setDismissed(true);
        setTapped(false);
      }
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (tapped && !root.current?.contains(event.target as Node)) setTapped(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [tapped]);

  /** A new hover, focus or tap shows the preview again, on the side where it fits. */
  const show = (): void => {
    setDismissed(false);
    const box = root.current?.getBoundingClientRect();
    if (!box) return;
    setAlignEnd(box.left + PREVIEW_WIDTH > window.innerWidth);
    setAbove(box.bottom + PREVIEW_HEIGHT > window.innerHeight && box.top > PREVIEW_HEIGHT);
  };

  const capability = !meta || !isValidElement<{describedBy?: string}>(children) ? undefined : children;
  const trigger = capability ? (
    cloneElement(capability, {describedBy})
  ) : (
    <Link to={entry} aria-describedby={describedBy}>
      {children}
    </Link>
  );
  // A term's preview only repeats what its link describes and where it leads, so it is hidden from assistive
  // technology (the description is read from it all the same) and its link is not a second tab stop. A
  // capability's link goes to Mendix's documentation, so the catalogue link in its preview stays reachable.
  const termOnly = !capability;
  return (
    <span
      ref={root}
      className={styles.root}
      data-dismissed={dismissed || undefined}
      data-open={tapped || undefined}
      data-align={alignEnd ? 'end' : undefined}
      data-above={above || undefined}
      onMouseEnter={show}
      onFocus={show}
      onBlur={(event) => {
        if (!root.current?.contains(event.relatedTarget as Node | null)) setTapped(false);
      }}
      onPointerDown={(event) => {
        touch.current = event.pointerType === 'touch';
      }}
      onClickCapture={(event) => {
        const inPreview = (event.target as Element).closest('[data-term-preview]');
        if (touch.current && !tapped && !inPreview) {
          event.preventDefault();
          setTapped(true);
          show();
        }
      }}>
      {trigger}
      <span className={styles.preview} data-term-preview="" aria-hidden={termOnly || undefined}>
        <strong className={styles.title}>{title}</strong>
        <span id={summaryId}>{summary}</span>
        {meta && (
          <span id={metaId} className={styles.meta}>
            {meta}
          </span>
        )}
        <Link to={entry} className={styles.entry} tabIndex={termOnly ? -1 : undefined}>
          {entryLabel}
          <span className="visually-hidden">: {title}</span>
        </Link>
      </span>
    </span>
  );
}
