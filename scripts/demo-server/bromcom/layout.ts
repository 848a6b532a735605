/**
 * The Bromcom-style shell: a classic ASP.NET WebForms page (full page loads, one `aspnetForm`,
 * `__VIEWSTATE`), dense tables, a red title bar and a left module menu. Deliberately unlike the
 * Arbor-style app in structure and look.
 */
import { html, modelledNote, raw, type Raw } from '../html';
import type { DemoState } from '../state';
import { mondayOf } from '../../../lib/engine/dates';
import { BROMCOM_CSS } from './styles';
import { BROMCOM_CLIENT } from './client';
import { BROMCOM_HOME, manageAttendanceUrl, studentListUrl, takeRegisterUrl } from './urls';

export interface BromcomPage {
  title: string;
  /** Breadcrumb, e.g. ['Modules', 'Attendance', 'Take Register']. */
  crumbs: string[];
  content: Raw;
}

/** A stable, opaque-looking __VIEWSTATE value (nothing reads it; WebForms pages always carry one). */
export function viewState(seed: string): string {
  let h = 2166136261;
  let out = '';
  for (let i = 0; i < 96; i++) {
    h = Math.imul(h ^ (seed.charCodeAt(i % Math.max(1, seed.length)) + i), 16777619) >>> 0;
    out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[h % 64];
  }
  return `/wEPDwUK${out}==`;
}

export function bromcomDocument(state: DemoState, page: BromcomPage): Raw {
  const date = state.defaultDate();
  const g = state.school.groups[0]?.id ?? '1MP';
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${page.title} - cloudMIS (demo)</title>
<style>${raw(BROMCOM_CSS)}</style>
</head>
<body class="bc-body">
<div id="bc-header"><span class="bc-brand">cloud<b>MIS</b></span><span class="bc-school">${state.school.school.name}</span><span class="bc-user">Demo User | Log Out</span></div>
<table id="bc-frame" role="presentation"><tr>
<td id="bc-menu">
  <div class="bc-menu-head">Modules</div>
  <ul>
    <li><a href="${BROMCOM_HOME}">Home</a></li>
    <li>Attendance<ul>
      <li><a href="${takeRegisterUrl(g, date, 'AM')}">Take Register</a></li>
      <li><a href="${manageAttendanceUrl(g, mondayOf(date))}">Manage Attendance</a></li>
    </ul></li>
    <li>People<ul><li><a href="${studentListUrl()}">Student List</a></li></ul></li>
    <li><a href="/">Demo index</a></li>
  </ul>
</td>
<td id="bc-main">
  <div class="bc-crumbs">${page.crumbs.join(' > ')}</div>
  ${page.content}
</td>
</tr></table>
<div id="bc-footer">${modelledNote('Bromcom', 'attendance pages')}</div>
<script>${raw(BROMCOM_CLIENT)}</script>
</body>
</html>`;
}
