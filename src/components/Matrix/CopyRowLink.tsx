import React, {useEffect, useRef, useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './copyRowLink.module.css';

export interface CopyRowLinkProps {
  /** Id of the row to link to (the URL fragment, without `#`). */
  readonly rowId: string;
  /** The row's title, for the button's accessible name and the status message. */
  readonly title: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text with the Clipboard API, or with a hidden text area where that API is missing or refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, insecure context): fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A "copy link" button for a matrix row: copies the page's absolute URL with the
 * row's anchor and says so in a polite status message. It renders nothing until
 * the page has hydrated, so with JavaScript off the row keeps its plain `#` link.
 */
export default function CopyRowLink({rowId, title}: CopyRowLinkProps): React.JSX.Element | null {
  const isBrowser = useIsBrowser();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  if (!isBrowser) return null;

  const copy = async (): Promise<void> => {
    const url = `${window.location.origin}${window.location.pathname}#${rowId}`;
    setState((await copyText(url)) ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 4000);
  };

  return (
    <span className={styles.wrapper}>
      <button
        type="button"
        className={styles.button}
        onClick={() => void copy()}
        aria-label={`Copy link to this row: ${title}`}
        title="Copy link to this row">
        {state === 'copied' ? (
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M13.78 4.22a.75.75 0 0 1 0 1.06l-7.25 7.25a.75.75 0 0 1-1.06 0L2.22 9.28a.75.75 0 0 1 1.06-1.06L6 10.94l6.72-6.72a.75.75 0 0 1 1.06 0Z"
            />
          </svg>
        ) : (
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M7.78 3.97a3.25 3.25 0 0 1 4.6 4.6l-1.5 1.5a3.25 3.25 0 0 1-4.6 0 .75.75 0 0 1 1.06-1.06 1.75 1.75 0 0 0 2.48 0l1.5-1.5a1.75 1.75 0 1 0-2.48-2.48l-.5.5a.75.75 0 0 1-1.06-1.06l.5-.5Zm-2.66 2.66a3.25 3.25 0 0 1 4.6 0 .75.75 0 1 1-1.06 1.06 1.75 1.75 0 0 0-2.48 0l-1.5 1.5a1.75 1.75 0 0 0 2.48 2.48l.5-.5a.75.75 0 1 1 1.06 1.06l-.5.5a3.25 3.25 0 0 1-4.6-4.6l1.5-1.5Z"
            />
          </svg>
        )}
      </button>
      <span role="status" className={state === 'idle' ? 'visually-hidden' : styles.status}>
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Copy failed: use the # link' : ''}
      </span>
    </span>
  );
}
