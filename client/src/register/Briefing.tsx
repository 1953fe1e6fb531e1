// 简报 · a one-page briefing for the district, printed from the browser (briefing.css holds the print
// stylesheet: only this page, A4, no controls): the key numbers, four charts, the open needs, the 招商 list
// and this period's 对接. The period starts on a day the planner picks (the first of the year by default).
import { useState } from 'react';
import { registerToday } from '#model';
import { useLang } from '../i18n/lang-context.ts';
import { DashboardCharts, Kpis } from './DashboardCharts.tsx';
import { registerApi } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';
import { useRemote } from './use-remote.ts';
import './briefing.css';

/** What fits on one page beside the charts. */
const OPEN_ROWS = 10;
const INVITE_ROWS = 6;
const ENGAGEMENT_ROWS = 8;

export interface BriefingProps {
  readonly regionId: string | null;
  readonly onError: (error: unknown) => void;
}

export function Briefing({ regionId, onError }: BriefingProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const today = registerToday();
  const [since, setSince] = useState(`${today.slice(0, 4)}-01-01`);
  const figures = useRemote(
    `briefing:${regionId ?? ''}`,
    (signal) => registerApi.dashboard(regionId, { signal }),
    onError,
  ).value;
  const open = useRemote(
    `briefing-open:${regionId ?? ''}`,
    (signal) =>
      registerApi.needs(
        {
          filter: { statuses: ['待对接', '对接中', '需继续对接'], ...(regionId ? { regionId } : {}) },
          sort: 'raisedOn',
          descending: false,
          first: OPEN_ROWS,
        },
        { signal },
      ),
    onError,
  ).value;
  const invitations = useRemote(
    regionId,
    (signal) => registerApi.invitations(regionId ?? '', { signal }),
    onError,
  ).value;
  const engagements = useRemote(
    `briefing-engagements:${regionId ?? ''}:${since}`,
    (signal) => registerApi.engagements({ since, regionId, first: ENGAGEMENT_ROWS }, { signal }),
    onError,
  ).value;
  const place = figures?.region?.name ?? s.everywhere;
  const invited = (invitations ?? []).flatMap((group) => group.invitations).slice(0, INVITE_ROWS);

  return (
    <div className="briefing-wrap">
      <div className="briefing-controls">
        <label className="small">
          {s.periodEngagements('')}
          <input
            type="date"
            value={since}
            max={today}
            onChange={(event) => setSince(event.target.value || since)}
          />
        </label>
        <button type="button" className="button" data-testid="briefing-print" onClick={() => window.print()}>
          {s.print}
        </button>
      </div>
      <article className="briefing" data-testid="briefing">
        <header className="briefing-head">
          <h2>{s.briefingTitle(place)}</h2>
          <p className="muted">{s.briefingDate(today)}</p>
        </header>
        {figures && (
          <>
            <Kpis figures={figures} />
            <DashboardCharts figures={figures} only={['status', 'month', 'domain', 'engagement']} />
          </>
        )}
        <div className="briefing-columns">
          <section>
            <h3>
              {s.openNeeds}（{open?.total ?? 0}）
            </h3>
            <table className="briefing-table" data-testid="briefing-open">
              <tbody>
                {(open?.items ?? []).map((need) => (
                  <tr key={need.id}>
                    <td>{need.enterprise?.name ?? '—'}</td>
                    <td>{need.name}</td>
                    <td>{statusLabel(need.status, lang)}</td>
                    <td>{need.raisedOn ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {open && open.total > open.items.length && <p className="muted small">… {s.total(open.total)}</p>}
          </section>
          <section>
            <h3>{s.inviteList}</h3>
            <ul className="briefing-list" data-testid="briefing-invite">
              {invited.length === 0 && <li className="muted">{s.none}</li>}
              {invited.map((invitation) => (
                <li key={invitation.need.id}>
                  {invitation.need.enterprise?.name} · {invitation.need.name}：
                  {invitation.invite
                    .slice(0, 3)
                    .map((candidate) => candidate.entity.name)
                    .join('、') || s.none}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <section>
          <h3>
            {s.periodEngagements(since)}（{engagements?.total ?? 0}）
          </h3>
          <ul className="briefing-list" data-testid="briefing-engagements">
            {(engagements?.items ?? []).length === 0 && <li className="muted">{s.none}</li>}
            {(engagements?.items ?? []).map((engagement) => (
              <li key={engagement.id}>
                {engagement.date} {engagement.activityType} · {engagement.enterprise?.name} ×{' '}
                {engagement.partners.map((partner) => partner.name).join('、')}
                {engagement.outcome ? `：${engagement.outcome}` : ''}
              </li>
            ))}
          </ul>
        </section>
      </article>
    </div>
  );
}
