/**
 * A loader that runs once and shares its promise, but forgets a failure so the next call tries again (a
 * download that failed offline, or during a deploy, must not break the feature for the rest of the visit).
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
      pending = attempt;
    }
    return pending;
  };
}
