/** The pages `npm run demo -- --headless --screenshot DIR` captures (overview.md names the minimum). */
export interface ScreenshotPage {
  name: string;
  path: string;
  /** A selector that shows the page (and the extension's work on it) is ready. */
  waitFor?: string;
}

export const SCREENSHOT_PAGES: ScreenshotPage[] = [
  { name: '01-index', path: '/' },
];
