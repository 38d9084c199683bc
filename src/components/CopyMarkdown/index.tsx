import React, {useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

export interface CopyMarkdownProps {
  /** URL of the page's Markdown version, with the base path (`/integration/iot.md`). */
  readonly href: string;
}

type Status = 'idle' | 'copying' | 'copied' | 'failed';

/** Fetches the Markdown and puts it on the clipboard; rejects when either step fails. */
async function copyMarkdown(href: string): Promise<void> {
  const text = fetch(href).then(async (response) => {
    if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
    return response.text();
  });
  // A ClipboardItem takes the text as a promise, so browsers that need the click's user activation at the moment
  // of writing (Safari) still have it; elsewhere the text is written once it has arrived.
  if (typeof ClipboardItem === 'function') {
    const blob = text.then((value) => new Blob([value], {type: 'text/plain'}));
    await navigator.clipboard.write([new ClipboardItem({'text/plain': blob})]);
  } else {
    await navigator.clipboard.writeText(await text);
  }
}

/**
 * "Copy page as Markdown": a button that fetches the page's Markdown version and writes it to the clipboard, with
 * the result in a polite status message (and the Markdown's link when copying fails). The server HTML holds only
 * the plain link to the Markdown, so nothing on the page is dead without JavaScript.
 */
export default function CopyMarkdown({href}: CopyMarkdownProps): React.JSX.Element {
  const interactive = useIsBrowser();
  const [status, setStatus] = useState<Status>('idle');
  const copy = (): void => {
    // Not `disabled` while copying: that would drop the keyboard focus from the button.
    if (status === 'copying') return;
    setStatus('copying');
    copyMarkdown(href).then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  return (
    <div className={styles.bar} data-testid="copy-markdown">
      {interactive && (
        <button type="button" className={styles.button} onClick={copy} aria-disabled={status === 'copying'}>
          Copy page as Markdown
        </button>
      )}
      <a className={styles.link} href={href} type="text/markdown">
        View as Markdown
      </a>
      {interactive && (
        <p className={styles.status} role="status" data-testid="copy-markdown-status">
          {status === 'copied' && 'Copied the page as Markdown.'}
          {status === 'failed' && (
            <>
              Could not copy the page. <a href={href}>Open the Markdown version</a> and copy it from there.
            </>
          )}
        </p>
      )}
    </div>
  );
}
