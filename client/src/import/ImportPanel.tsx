// The import page: files, editor key, optional mapping; a dry run shows the mapping chosen, the counts and
// every problem before the planner confirms. Everything from the files is shown as text, never as markup.
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { importSpreadsheets, isApiError, type ImportProblem, type ImportReport } from './import-api.ts';
import { IMPORT_STRINGS, type ImportStrings } from './import-strings.ts';

const KEY_STORAGE = 'kg-editor-key';
const MAX_BYTES = 16 * 1024 * 1024;

function rememberedKey(): string {
  try {
    return globalThis.sessionStorage?.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function place(problem: ImportProblem, s: ImportStrings): string {
  return [problem.file, problem.sheet, problem.row !== null ? s.row(problem.row) : null, problem.column]
    .filter(Boolean)
    .join(' · ');
}

function Report({ report, s }: { readonly report: ImportReport; readonly s: ImportStrings }) {
  return (
    <>
      <h3>{s.sheets}</h3>
      {report.sheets.map((sheet) => (
        <section key={`${sheet.file}|${sheet.sheet ?? ''}`} data-testid="import-sheet">
          <p>
            <strong>
              {sheet.file}
              {sheet.sheet ? ` [${sheet.sheet}]` : ''}
            </strong>
            {' → '}
            {sheet.targetLabel} {sheet.target} · {s.headerRow(sheet.headerRow)}
            <br />
            <span className="import-hint">{sheet.reason}</span>
          </p>
          {sheet.defaults.length > 0 && (
            <p className="import-hint">
              {s.defaults}: {sheet.defaults.map((d) => `${d.key} = ${d.value}`).join('，')}
            </p>
          )}
          <table className="import-table">
            <thead>
              <tr>
                <th>{s.column}</th>
                <th>{s.meaning}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.columns.map((column, index) => (
                <tr key={index} className={column.use === 'unknown' ? 'import-unknown' : undefined}>
                  <td>{column.header}</td>
                  <td>{column.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h3>{s.counts}</h3>
      <table className="import-table" data-testid="import-counts">
        <thead>
          <tr>
            <th>{s.kind}</th>
            <th>{s.created}</th>
            <th>{s.updated}</th>
            <th>{s.unchanged}</th>
            <th>{s.rejected}</th>
          </tr>
        </thead>
        <tbody>
          {report.counts.map((count) => (
            <tr key={count.kind}>
              <td>
                {count.label} {count.kind}
              </td>
              <td className="number">{count.created}</td>
              <td className="number">{count.updated}</td>
              <td className="number">{count.unchanged}</td>
              <td className="number">{count.rejected}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{s.problems(report.problemCount)}</h3>
      {report.problems.length === 0 ? (
        <p>{s.noProblems}</p>
      ) : (
        <ul className="import-problems" data-testid="import-problems">
          {report.problems.map((problem, index) => (
            <li key={index}>
              {place(problem, s)}：{problem.message}
            </li>
          ))}
        </ul>
      )}
      {report.problemCount > report.problems.length && (
        <p className="import-hint">{s.moreProblems(report.problems.length, report.problemCount)}</p>
      )}
      {report.notes.length > 0 && (
        <>
          <h3>{s.notes}</h3>
          <ul>
            {report.notes.map((note, index) => (
              <li key={index}>
                {place(note, s)}：{note.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function ImportPanel({ onClose }: { readonly onClose: () => void }) {
  const { lang } = useLang();
  const s = IMPORT_STRINGS[lang];
  const [files, setFiles] = useState<File[]>([]);
  const [key, setKey] = useState(rememberedKey);
  const [mapping, setMapping] = useState('');
  const [strict, setStrict] = useState(false);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(dryRun: boolean) {
    setError(null);
    if (files.length === 0) return setError(s.needFiles);
    if (!key.trim()) return setError(s.needKey);
    if (files.reduce((sum, file) => sum + file.size, 0) > MAX_BYTES) return setError(s.tooBig);
    try {
      globalThis.sessionStorage?.setItem(KEY_STORAGE, key);
    } catch {
      // Storage may be refused; the key then lasts for this dialog only.
    }
    setBusy(dryRun ? 'check' : 'import');
    try {
      const loaded = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      setReport(await importSpreadsheets({ files: loaded, key: key.trim(), mapping, dryRun, strict }));
    } catch (value) {
      setReport(null);
      setError(isApiError(value) ? value.message : String(value));
    } finally {
      setBusy(null);
    }
  }

  const checked = report?.dryRun === true;
  const blocked = checked && strict && report.problemCount > 0;
  return (
    <div className="import-body" data-testid="import-panel">
      <h2>{s.title}</h2>
      <p className="import-hint">{s.intro}</p>
      <label className="import-field">
        <span>{s.files}</span>
        <input
          type="file"
          multiple
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-label={s.chooseFiles}
          data-testid="import-files"
          onChange={(event) => {
            setFiles([...(event.target.files ?? [])]);
            setReport(null);
          }}
        />
      </label>
      <label className="import-field">
        <span>{s.key}</span>
        <input
          type="password"
          autoComplete="off"
          value={key}
          data-testid="import-key"
          onChange={(event) => setKey(event.target.value)}
        />
        <span className="import-hint">{s.keyHint}</span>
      </label>
      <label className="import-field">
        <span>{s.mapping}</span>
        <textarea
          value={mapping}
          spellCheck={false}
          data-testid="import-mapping"
          onChange={(event) => {
            setMapping(event.target.value);
            setReport(null);
          }}
        />
        <span className="import-hint">{s.mappingHint}</span>
      </label>
      <label>
        <input
          type="checkbox"
          checked={strict}
          onChange={(event) => {
            setStrict(event.target.checked);
            setReport(null);
          }}
        />{' '}
        {s.strict}
      </label>
      <div className="import-actions">
        <button
          type="button"
          className="import-open"
          data-testid="import-check"
          disabled={busy !== null}
          onClick={() => void run(true)}
        >
          {busy === 'check' ? s.checking : s.check}
        </button>
        <button
          type="button"
          className="button"
          data-testid="import-confirm"
          disabled={!checked || busy !== null}
          onClick={() => void run(false)}
        >
          {busy === 'import' ? s.importing : s.confirm}
        </button>
        <button type="button" className="import-open spacer" onClick={onClose}>
          {s.close}
        </button>
      </div>
      {error && (
        <div className="import-error" role="alert" data-testid="import-error">
          {error}
        </div>
      )}
      {report && (
        <div className="import-status" role="status" data-testid="import-status">
          {report.dryRun
            ? blocked
              ? s.strictBlocked
              : s.dryRunDone
            : report.written
              ? s.written(report.nodesWritten, report.edgesWritten)
              : s.nothingChanged}
        </div>
      )}
      {report && <Report report={report} s={s} />}
    </div>
  );
}
