/**
 * One job at a time: a call while the job runs does not start a second copy, it asks for one more
 * run after the current one (every DOM change asks for a read; only the newest state matters).
 */
export function serialised(job: () => Promise<void>, signal: AbortSignal, onError: (e: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await job();
        } while (again && !signal.aborted);
      } catch (e) {
        if (!signal.aborted) onError(e);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}
