/** The bench page is a plain web page, not an extension page: nothing it runs touches `browser`. */
export const browser = new Proxy({}, { get: () => { throw new Error('browser.* is not available on the bench page'); } });
