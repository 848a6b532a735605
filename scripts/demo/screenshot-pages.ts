/**
 * The pages `npm run demo -- --headless --screenshot DIR` captures (overview.md names the minimum: a
 * take-register page in each demo MIS style, a marks grid, a pupil page and a referral form). Their
 * addresses depend on the demo's date, so they are taken from the demo's own index page.
 */
export interface ScreenshotPage {
  name: string;
  path: string;
}

const WANTED: { name: string; pattern: RegExp }[] = [
  { name: '01-arbor-take-register', pattern: /^\/arbor\/attendance-ui\/register\// },
  { name: '02-bromcom-take-register', pattern: /^\/bromcom\/.*TakeRegister\.aspx/ },
  { name: '03-arbor-marks-grid', pattern: /^\/arbor\/attendance-ui\/marks-grid\/group\/\w+\/week\/[\d-]+$/ },
  { name: '04-bromcom-marks-grid', pattern: /^\/bromcom\/.*ManageAttendance\.aspx/ },
  { name: '05-arbor-pupil-page', pattern: /^\/arbor\/students-ui\/student-attendance\// },
  { name: '06-bromcom-pupil-page', pattern: /^\/bromcom\/.*StudentDetails\.aspx/ },
  { name: '07-kent-penalty-notice-form', pattern: /^\/forms\/kent\/request-penalty-notice$/ },
  { name: '08-kent-return-form', pattern: /^\/forms\/kent\/notify-attendance-or-sickness-return$/ },
];

export function screenshotPages(indexHtml: string, formsHtml: string): ScreenshotPage[] {
  const links = [...`${indexHtml}\n${formsHtml}`.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const pages: ScreenshotPage[] = [{ name: '00-demo-index', path: '/' }];
  for (const w of WANTED) {
    const path = links.find((l) => w.pattern.test(l));
    if (!path) throw new Error(`the demo index has no link for ${w.name}`);
    pages.push({ name: w.name, path });
  }
  return pages;
}
