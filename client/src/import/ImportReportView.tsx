// What an import did or would do, all of it as text: how each sheet was read (target, header row, each column's
// meaning, defaults), the counts per kind, every problem with its place, and the notes.
import type { ImportProblem, ImportReport } from './import-api.ts';
import type { ImportStrings } from './import-strings.ts';

function place(problem: ImportProblem, s: ImportStrings): string {
  return [problem.file, problem.sheet, problem.row !== null ? s.row(problem.row) : null, problem.column]
    .filter(Boolean)
    .join(' · ');
}

export function ImportReportView({
  report,
  s,
}: {
  readonly report: ImportReport;
  readonly s: ImportStrings;
}) {
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
