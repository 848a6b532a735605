import type { ComponentType } from 'preact';
import { SitesSection } from '../../components/options/SitesSection';
import { DataSection } from '../../components/options/DataSection';
import { ReadersSection } from '../../components/options/ReadersSection';
import { FlagsSection } from '../../components/options/FlagsSection';
import { SchoolDetailsSection } from '../../components/options/SchoolDetailsSection';
import { CalendarSection } from '../../components/options/CalendarSection';
import { LockSection } from '../../components/lock/LockSection';
import { AuditSection } from '../../components/lock/AuditSection';

/**
 * The settings page is a list of sections, each owned by the feature it configures
 * (components/options/*Section.tsx). Add a section here; keep its logic in its own file.
 */
const sections: { id: string; title: string; Section: ComponentType }[] = [
  { id: 'sites', title: 'Sites', Section: SitesSection },
  { id: 'flags', title: 'Flags on the register', Section: () => <FlagsSection /> },
  { id: 'calendar', title: 'School calendar', Section: CalendarSection },
  { id: 'readers', title: 'Page readers', Section: ReadersSection },
  { id: 'school', title: 'School and referrer details', Section: SchoolDetailsSection },
  { id: 'data', title: 'Your data', Section: DataSection },
  { id: 'lock', title: 'Lock', Section: LockSection },
  { id: 'audit', title: 'Audit: what was done with the data', Section: AuditSection },
];

export function OptionsPage() {
  return (
    <main class="page">
      <h1>Attendance Lens settings</h1>
      <p class="lede">Everything Attendance Lens knows is kept in this browser, on this computer. Nothing is sent anywhere.</p>
      <nav aria-label="Attendance Lens">
        <a href="dashboard.html">Dashboard: pupils, figures and actions</a>
      </nav>
      {sections.map(({ id, title, Section }) => (
        <section key={id} aria-labelledby={`${id}-heading`} class="card">
          <h2 id={`${id}-heading`}>{title}</h2>
          <Section />
        </section>
      ))}
    </main>
  );
}
