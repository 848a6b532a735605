/**
 * The import preview's question when a CSV's dates read either way (lib/store/imports/dates.ts): day first or
 * month first, with a date of the file read both ways. Answering previews the file again in that order; the
 * Import button waits for the answer (the preview holds no marks until then).
 */
import { useRef } from 'preact/hooks';
import type { DateOrderJudgement } from '../../lib/store/imports/dates';

interface Props {
  judgement: DateOrderJudgement | undefined;
  chosen: 'dmy' | 'mdy' | null;
  disabled: boolean;
  onChoose: (order: 'dmy' | 'mdy') => void;
}

export function DateOrderQuestion({ judgement, chosen, disabled, onChoose }: Props) {
  // The example from when the question was asked stays beside the answers after the file is read again.
  const kept = useRef(judgement?.example);
  if (judgement?.example) kept.current = judgement.example;
  // Asked while the file reads either way, and kept on screen once answered (the user may change their mind).
  if (!judgement || (judgement.order !== null && judgement.how !== 'user')) return null;
  const ex = kept.current;
  const reading = (s: string | null) => s ?? 'not a date';
  return (
    <fieldset class="date-order" disabled={disabled}>
      <legend>Are dates day-first (07/09/2026 = 7 September) or month-first?</legend>
      {judgement.order === null ? (
        <p role="alert">
          This file's dates can be read either way{ex ? <> — line {ex.line}: “{ex.raw}”</> : null}. Choose, and the preview is made again; nothing is
          imported until you do.
        </p>
      ) : null}
      <p>
        <label>
          <input type="radio" name="date-order" value="dmy" checked={chosen === 'dmy'} onChange={() => onChoose('dmy')} /> Day first (UK)
          {ex ? <>: “{ex.raw}” is {reading(ex.dayFirst)}</> : null}
        </label>
      </p>
      <p>
        <label>
          <input type="radio" name="date-order" value="mdy" checked={chosen === 'mdy'} onChange={() => onChoose('mdy')} /> Month first (US)
          {ex ? <>: “{ex.raw}” is {reading(ex.monthFirst)}</> : null}
        </label>
      </p>
    </fieldset>
  );
}
