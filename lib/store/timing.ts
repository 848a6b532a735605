/**
 * Where a long store job spends its time, as User Timing measures (`attendance-lens:<step>`): read by the bench
 * (in the data worker, through Playwright) and by a developer in DevTools. Cheap, local, never sent anywhere.
 */
export function measureStep(step: string, start: number, end: number = performance.now()): void {
  try {
    performance.measure(`attendance-lens:${step}`, { start, end });
  } catch {
    // No User Timing here (an old test environment): nothing to record.
  }
}
