/**
 * The Arbor-style shell: a single-page app. Full page loads render everything on the server; links
 * inside the app are followed with fetch + `history.pushState`, swapping only `#mis-content`, so the
 * extension's SPA handling (navigation without a page load, DOM replaced under it) can be tested.
 */
import { html, modelledNote, raw, type Raw } from '../html';
import type { DemoState } from '../state';
import { ARBOR_CSS } from './styles';
import { ARBOR_CLIENT } from './client';

export interface ArborPage {
  title: string;
  /** The `data-route` Arbor-like route of the page (`/attendance-ui/register/...`). */
  route: string;
  content: Raw;
}

export function arborNav(state: DemoState): Raw {
  const date = state.defaultDate();
  const first = state.school.groups[0]?.id ?? '7RB';
  return html`<nav class="mis-sidebar" aria-label="Main menu">
  <div class="mis-sidebar__section">Students</div>
  <a href="/arbor/students-ui/student-list" class="mis-sidebar__link">Student List</a>
  <div class="mis-sidebar__section">Attendance</div>
  <a href="/arbor/home-ui/index" class="mis-sidebar__link">Daily Attendance</a>
  <a href="/arbor/attendance-ui/register/group/${first}/date/${date}/session/AM" class="mis-sidebar__link">Take Register</a>
  <a href="/arbor/attendance-ui/marks-grid/group/${first}/week/${date}" class="mis-sidebar__link">Roll Call Marks</a>
  <a href="/arbor/attendance-ui/marks-grid/group/all/week/${date}?virtual=1" class="mis-sidebar__link">Whole School Marks</a>
  <div class="mis-sidebar__section">Demo</div>
  <a href="/" data-full-load class="mis-sidebar__link">Demo index</a>
</nav>`;
}

export function arborDocument(state: DemoState, page: ArborPage): Raw {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | Arbor (demo)</title>
<style>${raw(ARBOR_CSS)}</style>
</head>
<body class="arbor-app">
<div id="react-container"></div>
<div class="loading-spinner loading-spinner--hide" aria-hidden="true"><span class="loading-spinner__text">Loading…</span></div>
<header class="mis-topbar">
  <span class="mis-topbar__logo" aria-hidden="true">◆</span>
  <span class="mis-topbar__school">${state.school.school.name}</span>
  <input class="mis-topbar__search" type="search" placeholder="Search students, staff, guardians…" aria-label="Search">
  <span class="mis-topbar__user">Demo User ▾</span>
</header>
<div class="mis-shell">
${arborNav(state)}
<main id="mis-content" class="mis-page" data-route="${page.route}">
${page.content}
</main>
</div>
<footer class="mis-footer">${modelledNote('Arbor', 'register pages')}</footer>
<script>${raw(ARBOR_CLIENT)}</script>
</body>
</html>`;
}

/** What the SPA fetches on client-side navigation: the same page, as JSON, without the shell. */
export function arborFragment(page: ArborPage): { title: string; route: string; html: string } {
  return { title: `${page.title} | Arbor (demo)`, route: page.route, html: page.content.html };
}
