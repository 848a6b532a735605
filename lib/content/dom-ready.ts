/**
 * Resolves once the document is parsed (DOMContentLoaded), at once when it already is: the MIS content
 * script starts at document_start from the manifest and the site registrations, but later when it is
 * injected into an open page (the popup's activeTab click, an extension update) or when Chromium runs it
 * late. Also resolves when `signal` aborts (the caller checks it), so nothing waits for ever.
 */
export function domReady(signal?: AbortSignal, doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading' || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('DOMContentLoaded', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    doc.addEventListener('DOMContentLoaded', done);
    signal?.addEventListener('abort', done);
  });
}
