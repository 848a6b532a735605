/**
 * The overlay's colours, one family per tone. Every pair here is checked in
 * test/unit/overlay/contrast.test.ts: text ≥ 4.5:1 on its background (WCAG 2.2 AA, small text),
 * borders, focus rings and row outlines ≥ 3:1 against white and black page backgrounds where they
 * meet the host page (non-text contrast, 1.4.11).
 */
import type { Tone } from './badge-text';

export interface ToneColours {
  bg: string;
  fg: string;
  border: string;
}

export const TONES: Readonly<Record<Tone, ToneColours>> = {
  neutral: { bg: '#f1f3f5', fg: '#1b1f24', border: '#4a5560' },
  good: { bg: '#e7f4ea', fg: '#14532d', border: '#1e6b34' },
  info: { bg: '#e8f0fb', fg: '#0b3d91', border: '#0b5cad' },
  warn: { bg: '#fff1cc', fg: '#5c3100', border: '#8a4b00' },
  severe: { bg: '#a4161a', fg: '#ffffff', border: '#5e0b0e' },
};

export const UI = {
  panelBg: '#ffffff',
  panelFg: '#1b1f24',
  muted: '#4a5560',
  link: '#0b5cad',
  line: '#8a949e',
  /** Chips inside a badge: dark on white, readable on any tone's background edge. */
  chipBg: '#ffffff',
  chipFg: '#1b1f24',
  /** The "unsaved" chip. */
  unsavedBg: '#3d1f66',
  unsavedFg: '#ffffff',
  /** Two-colour focus ring: dark outline with a white halo, visible on light and dark pages. */
  focus: '#1b1f24',
  focusHalo: '#ffffff',
  /** Row highlight outline (summary bar filter), also with a white halo. */
  highlight: '#6f2dbd',
  buttonBg: '#0b5cad',
  buttonFg: '#ffffff',
} as const;
