// The import page: files, the editor key (unless signed in), optional mapping; a dry run shows the mapping chosen, the counts and
// every problem before the planner confirms. Everything from the files is shown as text, never as markup.
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { IMPORT_STRINGS } from './import-strings.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { useEditor } from '../editor/editor-context.ts';
import { useImportRun } from './use-import-run.ts';

export function ImportPanel({ onClose }: { readonly onClose: () => void }) {
  const { lang } = useLang();
  const s = IMPORT_STRINGS[lang];
  const [files, setFiles] = useState<File[]>([]);
  const { editor, changed } = useEditor();
  const [key, setKey] = useState('');
  const [mapping, setMapping] = useState('');
  const [strict, setStrict] = useState(false);
  const { busy, report, error, run: runImport, clearReport } = useImportRun(s, editor !== null, changed);
  const run = (dryRun: boolean) => runImport({ files, key, mapping, strict }, dryRun);

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
            clearReport();
          }}
        />
      </label>
      {!editor && (
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
      )}
      <label className="import-field">
        <span>{s.mapping}</span>
        <textarea
          value={mapping}
          spellCheck={false}
          data-testid="import-mapping"
          onChange={(event) => {
            setMapping(event.target.value);
            clearReport();
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
            clearReport();
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
      {report && <ImportReportView report={report} s={s} />}
    </div>
  );
}
