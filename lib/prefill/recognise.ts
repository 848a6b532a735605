/**
 * Which known form this is: a profile whose title pattern matches the page title or a heading and
 * whose expected labels are (nearly) all present. Pure. Null means an unknown form (generic planner).
 */
import type { FormProfile } from './profile';
import { questionsOf } from './plan';
import type { FormSnapshot } from './snapshot';
import { PROFILES } from './profiles/registry';

export interface Recognition { profile: FormProfile; score: number; missing: string[] }

export function recogniseForm(snap: FormSnapshot, profiles: readonly FormProfile[] = PROFILES): Recognition | null {
  const titles = [snap.title, ...snap.headings];
  const labels = questionsOf(snap).flatMap((q) => q.labels.map((l) => l.text));
  let best: Recognition | null = null;
  for (const profile of profiles) {
    if (!titles.some((t) => profile.recognise.title.test(t))) continue;
    const missing = profile.recognise.fields.filter((re) => !labels.some((l) => re.test(l))).map(String);
    const score = profile.recognise.fields.length ? 1 - missing.length / profile.recognise.fields.length : 1;
    if (score >= 0.8 && (!best || score > best.score)) best = { profile, score, missing };
  }
  return best;
}
