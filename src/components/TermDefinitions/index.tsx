import React, {useEffect, useState} from 'react';
import {createPortal} from 'react-dom';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** One term or capability a page previews, written by `src/plugins/remark-term-previews` from the data. */
export interface TermDefinition {
  /** The id its mentions point at (`term-def-rest`, `cap-def-task-queues`): `TermPreview`'s `def`. */
  readonly id: string;
  /** A glossary term, or a capability of the catalogue. */
  readonly kind: 'term' | 'capability';
  /** The term or capability, shown as the preview's heading. */
  readonly title: string;
  /** The short definition, or what a capability does. */
  readonly summary: string;
  /** A capability's status and version ("Current · Studio Pro 10.24+"). */
  readonly meta?: string;
  /** Site path of the full entry, without the base path. */
  readonly entry: string;
  /** What the entry's link says ("Glossary entry"). */
  readonly entryLabel: string;
}

/** Written once per page, at its end, by `src/plugins/remark-term-previews`. */
export interface TermDefinitionsProps {
  /** The page's previewed terms and capabilities, each once, in order of first mention. */
  readonly items: readonly TermDefinition[];
}

/** Widest preview in pixels (22rem plus its border): nearer than this to the right edge, it opens leftwards. */
const PREVIEW_WIDTH = 370;
/** Room a preview needs below its term, in pixels; with less (and more above), it opens upwards. */
const PREVIEW_HEIGHT = 220;

/** The open preview: the mention it belongs to, its entry, and the side it opens on. */
interface Open {
  readonly root: HTMLElement;
  readonly item: TermDefinition;
  readonly alignEnd: boolean;
  readonly above: boolean;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's definitions as static HTML: each is the description of its mentions' links. */
export function definitionsHtml(items: readonly TermDefinition[]): string {
  return items
    .map((i) => `<p id="${escapeHtml(i.id)}">${escapeHtml(i.meta ? `${i.summary} ${i.meta}` : i.summary)}</p>`)
    .join('');
}

/**
 * The page's previews in place (WCAG 2.2 SC 1.4.13). The definitions are server HTML in one hidden list,
 * outside React's tree (`dangerouslySetInnerHTML`), and describe the mentions' links for assistive technology.
 * One preview at a time is drawn, inside the mention it belongs to: it opens on hover and on keyboard focus, the
 * pointer can move onto it, Escape hides it without moving focus, and on touch the first tap on a mention opens
 * it instead of following the link. A few listeners on the document serve every mention of the page.
 */
export default function TermDefinitions({items}: TermDefinitionsProps): React.JSX.Element {
  const [open, setOpen] = useState<Open | null>(null);

  useEffect(() => {
    const byId = new Map(items.map((item) => [item.id, item]));
    let hover: HTMLElement | null = null;
    let focus: HTMLElement | null = null;
    let tap: HTMLElement | null = null;
    let dismissed = false;
    let pointer = '';

    const rootOf = (target: EventTarget | null): HTMLElement | null => {
      const root = target instanceof Element ? target.closest<HTMLElement>('[data-preview]') : null;
      return root && byId.has(root.dataset.preview ?? '') ? root : null;
    };
    const inPreview = (target: EventTarget | null): boolean =>
      target instanceof Element && target.closest('[data-term-popover]') !== null;
    const update = (): void => {
      const root = dismissed ? null : (hover ?? tap ?? focus);
      const item = root ? byId.get(root.dataset.preview ?? '') : undefined;
      if (!root || !item) {
        setOpen(null);
        return;
      }
      setOpen((previous) => {
        if (previous?.root === root) return previous;
        const box = root.getBoundingClientRect();
        return {
          root,
          item,
          alignEnd: box.left + PREVIEW_WIDTH > window.innerWidth,
          above: box.bottom + PREVIEW_HEIGHT > window.innerHeight && box.top > PREVIEW_HEIGHT,
        };
      });
    };

    const onPointerOver = (event: PointerEvent): void => {
      if (event.pointerType === 'touch') return;
      const root = rootOf(event.target);
      if (!root) return;
      // Pointing at the mention again (not at its preview) is a new hover: it shows a dismissed preview again.
      if (root !== hover || !inPreview(event.target)) dismissed = false;
      hover = root;
      update();
    };
    const onPointerOut = (event: PointerEvent): void => {
      if (event.pointerType === 'touch' || !hover || hover.contains(event.relatedTarget as Node | null)) return;
      hover = null;
      update();
    };
    const onFocusIn = (event: FocusEvent): void => {
      const root = rootOf(event.target);
      if (root === focus) return;
      focus = root;
      if (root) dismissed = false;
      update();
    };
    const onFocusOut = (event: FocusEvent): void => {
      if (event.relatedTarget || !focus) return;
      focus = null;
      update();
    };
    const onPointerDown = (event: PointerEvent): void => {
      pointer = event.pointerType;
      if (tap && !tap.contains(event.target as Node)) {
        tap = null;
        update();
      }
    };
    // Capture, before the router's own click handler: a first tap on a mention's link opens its preview.
    const onClick = (event: MouseEvent): void => {
      if (pointer !== 'touch') return;
      const root = rootOf(event.target);
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (!root || root === tap || inPreview(event.target) || link !== root.querySelector('a')) return;
      event.preventDefault();
      tap = root;
      dismissed = false;
      update();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      pointer = '';
      if (event.key !== 'Escape' || dismissed || !(hover ?? tap ?? focus)) return;
      dismissed = true;
      tap = null;
      update();
    };

    // One signal removes every listener when the page's definitions change or the page unmounts.
    const listening = new AbortController();
    const {signal} = listening;
    document.addEventListener('pointerover', onPointerOver, {signal});
    document.addEventListener('pointerout', onPointerOut, {signal});
    document.addEventListener('focusin', onFocusIn, {signal});
    document.addEventListener('focusout', onFocusOut, {signal});
    document.addEventListener('pointerdown', onPointerDown, {signal});
    document.addEventListener('click', onClick, {capture: true, signal});
    document.addEventListener('keydown', onKeyDown, {signal});
    return () => listening.abort();
  }, [items]);

  // A term's preview only repeats what its link describes and where it leads, so it is hidden from assistive
  // technology and its link is not a second tab stop. A capability's link goes to Mendix's documentation, so the
  // catalogue link in its preview stays reachable (it follows the mention in the tab order).
  const term = open?.item.kind === 'term';
  return (
    <>
      <div hidden data-term-preview="" dangerouslySetInnerHTML={{__html: definitionsHtml(items)}} />
      {open &&
        createPortal(
          <span
            className={styles.preview}
            data-term-preview=""
            data-term-popover=""
            data-align={open.alignEnd ? 'end' : undefined}
            data-above={open.above || undefined}
            aria-hidden={term || undefined}>
            <strong className={styles.title}>{open.item.title}</strong>
            <span>{open.item.summary}</span>
            {open.item.meta && <span className={styles.meta}>{open.item.meta}</span>}
            <Link to={open.item.entry} className={styles.entry} tabIndex={term ? -1 : undefined}>
              {open.item.entryLabel}
              <span className="visually-hidden">: {open.item.title}</span>
            </Link>
          </span>,
          open.root,
        )}
    </>
  );
}
