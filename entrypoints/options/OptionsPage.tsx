import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SitesSection } from '../../components/options/SitesSection';
import { DataSection } from '../../components/options/DataSection';
import { ReadersSection } from '../../components/options/ReadersSection';
import { FlagsSection } from '../../components/options/FlagsSection';
import { SchoolDetailsSection } from '../../components/options/SchoolDetailsSection';
import { CalendarSection } from '../../components/options/CalendarSection';
import { LockSection } from '../../components/lock/LockSection';
import { AuditSection } from '../../components/lock/AuditSection';
import { ReferralFormsSection } from '../../components/options/ReferralFormsSection';

/**
 * The settings page, in the order a newcomer needs it: groups of sections, each section owned by the
 * feature it configures (components/options/*Section.tsx). Add a section to `sections` with its
 * group (Advanced when none is given); keep its logic in its own file. A section's region is named
 * by its title and its heading's id is `<id>-heading` (links, e2e and the bench find them so).
 */
type GroupId = 'school' | 'calendar' | 'data' | 'overlay' | 'referrals' | 'sites' | 'advanced';

const groups: { id: GroupId; title: string; intro: string }[] = [
  { id: 'school', title: 'Your school and local authority', intro: 'Who you are: the school’s details and the person making referrals go into referral forms. Your local authority’s bands and next steps are chosen under Register overlay.' },
  { id: 'calendar', title: 'Calendar', intro: 'Term dates, INSET days and closures: a day that is not a school day never counts as a missing mark.' },
  { id: 'data', title: 'Your data', intro: 'Import last year’s history or an MIS export, keep a backup, decide how long data is kept, lock it with a passphrase on a shared computer, and see what was done with it.' },
  { id: 'overlay', title: 'Register overlay', intro: 'The flags beside each pupil on your MIS register, and your local authority’s profile: its bands and next steps.' },
  { id: 'referrals', title: 'Referral forms', intro: 'Where your local authority’s forms are, for “Start a referral”.' },
  { id: 'sites', title: 'Sites', intro: 'Which web sites Attendance Lens may read: your MIS and the referral form sites.' },
  { id: 'advanced', title: 'Advanced', intro: 'How pages are read: built-in readers and pages you taught.' },
];

const sections: { id: string; title: string; Section: ComponentType; group?: GroupId }[] = [
  { id: 'school', title: 'School and referrer details', Section: SchoolDetailsSection, group: 'school' },
  { id: 'calendar', title: 'School calendar', Section: CalendarSection, group: 'calendar' },
  { id: 'data', title: 'Your data', Section: DataSection, group: 'data' },
  { id: 'lock', title: 'Lock', Section: LockSection, group: 'data' },
  { id: 'audit', title: 'Audit: what was done with the data', Section: AuditSection, group: 'data' },
  { id: 'flags', title: 'Flags on the register', Section: () => <FlagsSection />, group: 'overlay' },
  { id: 'referrals', title: 'Referral form addresses', Section: ReferralFormsSection, group: 'referrals' },
  { id: 'sites', title: 'Sites', Section: SitesSection, group: 'sites' },
  { id: 'readers', title: 'Page readers', Section: ReadersSection, group: 'advanced' },
];

const inGroup = (g: GroupId) => sections.filter((s) => (s.group ?? 'advanced') === g);

export function OptionsPage() {
  const used = groups.filter((g) => inGroup(g.id).length > 0);
  // The sections are rendered one task each, in page order, not the whole page in one: all at once was the page's
  // longest task (170–270 ms on a loaded machine), long enough to stall a click. A link to a section
  // (options.html#data-heading) is followed once every section is there, since the browser looked for it before.
  const order = used.flatMap((g) => inGroup(g.id));
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown < order.length) {
      const id = setTimeout(() => setShown(shown + 1), 0);
      return () => clearTimeout(id);
    }
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
    return undefined;
  }, [shown, order.length]);
  return (
    <main class="page">
      <h1>Attendance Lens settings</h1>
      <p class="lede">Everything Attendance Lens knows is kept in this browser, on this computer. Nothing is sent anywhere.</p>
      <p>
        New here? Work down the page: your school’s details, then the calendar, then import your history. The rest can
        wait until you need it. Each change is saved when you make it or press its Save button.
      </p>
      <nav aria-label="Attendance Lens">
        <a href="dashboard.html">Dashboard: pupils, figures and actions</a>
      </nav>
      <nav aria-label="Settings on this page" class="toc">
        <ol>
          {used.map((g) => (
            <li key={g.id}>
              {g.title}
              <ul>
                {inGroup(g.id).map((s) => (
                  <li key={s.id}>
                    <a href={`#${s.id}-heading`}>{s.title}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </nav>
      {used.slice(0, shown).map((g) => (
        // A group, not a landmark: region names stay the sections' own.
        <div key={g.id} id={`group-${g.id}`} class="settings-group" role="group" aria-label={g.title}>
          <p class="group-intro">
            <strong>{g.title}.</strong> {g.intro}
          </p>
          {inGroup(g.id).filter((s) => order.indexOf(s) < shown).map(({ id, title, Section }) => (
            <section key={id} aria-labelledby={`${id}-heading`} class="card">
              <h2 id={`${id}-heading`}>{title}</h2>
              <Section />
            </section>
          ))}
        </div>
      ))}
    </main>
  );
}
