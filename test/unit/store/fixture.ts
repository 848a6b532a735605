import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import { previewImport, type PreviewOptions } from '../../../lib/store/imports/preview';
import type { ImportPreview } from '../../../lib/store/imports/types';

export const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/imports', name)));
export const kent2025 = () => buildCalendar(kentCalendar('2025/26'));

export function preview(name: string, opts: PreviewOptions = {}): ImportPreview {
  const out = previewImport(fixture(name), opts);
  if (!out.ok) throw new Error(`${name}: ${out.reason}`);
  return out.preview;
}
