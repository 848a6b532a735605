/** What the prefill panel needs from its host (the forms content script), so the panel stays plain UI. */
import type { PlanAction, PlanRefusal } from '../../lib/prefill/plan';
import type { ReadinessCheck } from '../../lib/prefill/pn-readiness';

export interface PupilChoice { id: string; name: string; upn: string; yearGroup: string; regGroup: string }

export interface PanelPlan {
  formTitle: string;
  profileId: string | null;
  profileTitle: string | null;
  multiPupil: boolean;
  periodLabel: string;
  period: { from: string; to: string };
  actions: (PlanAction & { source: string })[];
  refusals: PlanRefusal[];
  addRows: { count: number }[];
  readiness: { pupil: string; checks: ReadinessCheck[] }[];
  /** The user's saved mapping for this form (signature → key or null), and each question's signature by field index. */
  mapping: Record<string, string | null>;
  signatures: Record<number, string>;
  keys: string[];
}

export interface PanelApi {
  searchPupils(query: string): Promise<PupilChoice[]>;
  /** The pupil a "Start a referral" chose for this tab (chosen at once, nothing filled), and the pupil last opened (suggested first). */
  context(): Promise<{ chosen: PupilChoice | null; suggested: PupilChoice | null }>;
  plan(req: { pupilIds: string[]; period?: { from: string; to: string }; overwrite: number[]; mapping?: Record<string, string | null> }): Promise<PanelPlan>;
  /** Writes the plan into the page (adding rows first when needed); returns what was filled. */
  fill(plan: PanelPlan, pupilIds: string[]): Promise<{ ok: boolean; why?: string; filled: number }>;
  undo(): void;
  saveMapping(mapping: Record<string, string | null>): Promise<void>;
  exportMapping(mapping: Record<string, string | null>): void;
  importMapping(text: string): Promise<string>;
  close(): void;
}
