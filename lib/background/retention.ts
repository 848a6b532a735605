import { browser } from 'wxt/browser';
import { applyRetention, readRetention } from '../store/retention-io';
import { rulesProblem, type RetentionPlan } from '../store/retention';
import { audit } from '../lock/audit';
import { openStore, type StoreDb } from '../store/schema';
import { todayLocal } from '../clock';

/**
 * The daily retention job (background service worker). The rules live in the store's settings and are off
 * until the user switches them on in "Your data"; this shell only supplies the clock and the alarm.
 */
export const RETENTION_ALARM = 'attendance-lens-retention';
const DAY_MINUTES = 24 * 60;

/** One run: applies the rules if they are switched on and valid; null when nothing was done. */
export async function runRetention(db: StoreDb, now: Date): Promise<RetentionPlan | null> {
  const rules = await readRetention(db);
  if (!rules.enabled || rulesProblem(rules) || (rules.leftMonths === null && rules.markYears === null)) return null;
  const plan = await applyRetention(db, rules, todayLocal(now), now.toISOString());
  if (plan.counts.pupils || plan.counts.marks) await audit(db, 'retention', `Retention rules removed old data (${plan.counts.marks} marks)`, plan.counts.pupils);
  return plan;
}

/**
 * Call synchronously at background start-up (MV3 listeners must be registered on every wake). The alarm is
 * created only if missing: re-creating it on each service-worker wake would keep pushing the run back.
 */
export function startRetentionJob(db: () => StoreDb = openStore): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== RETENTION_ALARM) return;
    runRetention(db(), new Date()).catch((e: unknown) => console.warn('Attendance Lens: retention run failed', e));
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: DAY_MINUTES });
  });
}
