// 看板 · the register's dashboard for the district (or every region): the key numbers and the charts
// (DashboardCharts), computed by the server from the store; redrawn after every change made from this page;
// the figures exported as an XLSX table.
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { DashboardCharts, figureRows, Kpis } from './DashboardCharts.tsx';
import { downloadBase64 } from './download-file.ts';
import { registerApi } from './register-api.ts';
import { REGISTER_STRINGS } from './register-strings.ts';
import { useRemote } from './use-remote.ts';

export interface NeedDashboardProps {
  readonly regionId: string | null;
  readonly onError: (error: unknown) => void;
}

export function NeedDashboard({ regionId, onError }: NeedDashboardProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const [everywhere, setEverywhere] = useState(false);
  const scope = everywhere ? null : regionId;
  const figures = useRemote(
    `dashboard:${scope ?? ''}`,
    (signal) => registerApi.dashboard(scope, { signal }),
    onError,
  ).value;
  const place = figures?.region?.name ?? s.everywhere;

  async function exportFigures() {
    if (!figures) return;
    try {
      const file = await registerApi.tableFile({
        format: 'xlsx',
        table: {
          title: s.dashboardTitle(place),
          columns: [
            { header: '指标' },
            { header: '类别' },
            { header: '数量', numeric: true },
            { header: '未解决', numeric: true },
            { header: '解决', numeric: true },
          ],
          rows: figureRows(figures, s),
        },
      });
      downloadBase64(file.fileName, file.mimeType, file.contentBase64);
    } catch (error) {
      onError(error);
    }
  }

  return (
    <div className="need-dashboard" data-testid="need-dashboard">
      <div className="register-filters">
        <h3>{s.dashboardTitle(place)}</h3>
        {regionId && (
          <label className="small">
            <input
              type="checkbox"
              checked={everywhere}
              onChange={(event) => setEverywhere(event.target.checked)}
            />{' '}
            {s.everywhere}
          </label>
        )}
        <button
          type="button"
          className="button button-quiet"
          data-testid="dashboard-export"
          onClick={() => void exportFigures()}
        >
          {s.exportFigures}
        </button>
      </div>
      {figures ? (
        <>
          <Kpis figures={figures} />
          <DashboardCharts figures={figures} />
        </>
      ) : (
        <p className="muted">{s.loading}</p>
      )}
    </div>
  );
}
