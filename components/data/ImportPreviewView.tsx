import { CSV_FIELDS, type CsvField, type ImportPreview } from '../../lib/store/imports/types';
import { FIELD_LABELS } from '../../lib/store/imports/csv-columns';
import { datesInWords, formatLong } from '../../lib/engine/dates';
import { PREVIEW_PUPILS } from '../../lib/store/jobs/protocol';

// The page's copy holds only this many (PREVIEW_PUPILS in lib/store/jobs/protocol.ts); the rest are counted.
const LIST_LIMIT = PREVIEW_PUPILS;

/** What an import file holds, before anything is written: summary, column mapping (CSV), pupils, problems. */
export function ImportPreviewView(props: {
  /** The whole preview, or the page's copy without its marks (counts carried beside them). */
  preview: Omit<ImportPreview, 'packed'> & { markCount?: number; problemCount?: number; pupilCount?: number };
  onMapping: (index: number, field: CsvField | null) => void;
}) {
  const p = props.preview;
  const markCount = p.markCount ?? p.marks.length;
  const problemCount = p.problemCount ?? p.problems.length;
  const pupilCount = p.pupilCount ?? p.pupils.length;
  const formatName = { 'ctf-xml': 'CTF (XML)', 'csv-weekly': 'CSV, one row per pupil per week', 'csv-sessions': 'CSV, one row per session', 'csv-days': 'CSV, one row per day' }[p.format];
  return (
    <div>
      <dl aria-label="Import summary">
        <dt>Format</dt>
        <dd>{formatName}{p.encoding !== 'utf-8' ? ` (read as ${p.encoding})` : ''}</dd>
        <dt>Pupils</dt>
        <dd>{pupilCount} pupils</dd>
        <dt>Dates</dt>
        <dd>{p.range ? `${formatLong(p.range.from)} to ${formatLong(p.range.to)}` : 'no marks'}</dd>
        <dt>Marks</dt>
        <dd>{markCount.toLocaleString('en-GB')} marks</dd>
        <dt>Problems</dt>
        <dd>{problemCount === 0 ? 'none' : `${problemCount} problem${problemCount === 1 ? '' : 's'} (the rows concerned are left out)`}</dd>
        {p.school?.name ? (
          <>
            <dt>From school</dt>
            <dd>{p.school.name}{p.school.lea ? ` (${p.school.lea}/${p.school.estab ?? ''})` : ''}</dd>
          </>
        ) : null}
      </dl>

      {/* Notes first: "this file is from another year" must be read before the mapping and the pupils. */}
      {p.notes.length ? (
        <ul aria-label="Notes">
          {p.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : null}


      {p.columns ? (
        <fieldset>
          <legend>Columns{p.needsMapping ? ': some were guessed — please check them' : ''}</legend>
          <table>
            <thead>
              <tr>
                <th scope="col">Column in the file</th>
                <th scope="col">Read as</th>
                <th scope="col">How sure</th>
              </tr>
            </thead>
            <tbody>
              {p.columns.map((c) => (
                <tr key={c.index}>
                  <th scope="row">{c.header || `(column ${c.index + 1})`}</th>
                  <td>
                    <select
                      aria-label={`Column "${c.header || c.index + 1}" is`}
                      value={c.field ?? ''}
                      onChange={(e) => {
                        const v = (e.currentTarget as HTMLSelectElement).value;
                        props.onMapping(c.index, v ? (v as CsvField) : null);
                      }}
                    >
                      <option value="">Not used</option>
                      {CSV_FIELDS.map((f) => (
                        <option key={f} value={f}>{FIELD_LABELS[f]}</option>
                      ))}
                    </select>
                  </td>
                  <td class={c.how === 'guessed' ? 'problem' : undefined}>
                    {{ exact: 'Recognised', guessed: 'Guessed — check', user: 'Chosen by you', unmapped: 'Not used' }[c.how]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
      ) : null}

      {p.problems.length ? (
        <details open>
          <summary>Problems ({problemCount})</summary>
          <table>
            <caption class="visually-hidden">Problems in the file</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">What is wrong</th>
              </tr>
            </thead>
            <tbody>
              {p.problems.slice(0, 200).map((x, i) => (
                <tr key={i}>
                  <td>{x.line}</td>
                  <td>{datesInWords(x.what)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {problemCount > 200 ? <p>… and {problemCount - 200} more.</p> : null}
        </details>
      ) : null}

      <details>
        <summary>Pupils in the file ({pupilCount})</summary>
        <table>
          <caption class="visually-hidden">Pupils in the file</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">UPN</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Marks</th>
            </tr>
          </thead>
          <tbody>
            {p.pupils.slice(0, LIST_LIMIT).map((x) => (
              <tr key={x.key}>
                <th scope="row">{x.name}</th>
                <td>{x.upn ?? ''}</td>
                <td>{x.dob ?? ''}</td>
                <td>{x.marks}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pupilCount > LIST_LIMIT ? <p>… and {pupilCount - LIST_LIMIT} more.</p> : null}
      </details>
    </div>
  );
}
