// One need of the register: what it is, whose, its status with the day it changed, the support arranged when
// solved, its 对接 records and status history; show it on the map, ask 谁能帮助 for it, and (editors) move it
// along its lifecycle (StatusForm).
import type { EvidenceOverlay } from '../explore/compose-scene.ts';
import { useLang } from '../i18n/lang-context.ts';
import { registerApi, type EngagementData, type NeedDetailData, type NeedRowData } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';
import { StatusForm } from './StatusForm.tsx';
import { useRemote } from './use-remote.ts';

/** What the register can ask of the rest of the page. */
export interface NeedActions {
  /** Centres the map on an entity and flashes it. */
  readonly showOnMap: (id: string) => void;
  /** Opens 谁能帮助 asking about this need (its enterprise, its words, current partners included). */
  readonly askWhoCanHelp: (need: NeedRowData) => void;
  /** Draws evidence on the map (null: none). */
  readonly showEvidence: (evidence: EvidenceOverlay | null) => void;
  readonly onError: (error: unknown) => void;
}

export interface NeedCardProps {
  readonly id: string;
  readonly actions: NeedActions;
  readonly onClose: () => void;
}

const yuan = (amount: number) => `${amount.toLocaleString('zh-CN')} 元`;

export function NeedCard({ id, actions, onClose }: NeedCardProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const need = useRemote(id, (signal) => registerApi.need(id, { signal }), actions.onError).value;
  const engagements = useRemote(
    `engagements:${id}`,
    (signal) => registerApi.engagements({ partyId: id, first: 20 }, { signal }),
    actions.onError,
  ).value;
  if (!need || need.id !== id) return <aside className="need-card muted">{s.loading}</aside>;
  return (
    <aside className="need-card" data-testid="need-card" data-need-id={need.id}>
      <header className="need-card-head">
        <h3>{need.name}</h3>
        <button type="button" className="link-button" onClick={onClose}>
          {s.close}
        </button>
      </header>
      <dl className="need-facts">
        <dt>{s.enterprise}</dt>
        <dd>{need.enterprise?.name ?? '—'}</dd>
        <dt>{s.status}</dt>
        <dd data-testid="need-status">{statusLabel(need.status, lang)}</dd>
        <dt>{s.needType}</dt>
        <dd>{need.needType ?? '—'}</dd>
        <dt>{s.domains}</dt>
        <dd>{need.domains.map((domain) => domain.name).join('、') || '—'}</dd>
        <dt>{s.follower}</dt>
        <dd>{need.follower ?? '—'}</dd>
        <dt>{s.raisedOn}</dt>
        <dd>{need.raisedOn ?? '—'}</dd>
        <dt>{s.updatedOn}</dt>
        <dd>{need.updatedOn ?? '—'}</dd>
        {need.solvedOn && (
          <>
            <dt>{s.solvedOn}</dt>
            <dd>{need.solvedOn}</dd>
          </>
        )}
        {(need.supportAmount !== null || need.supportPolicy) && (
          <>
            <dt>{s.support}</dt>
            <dd data-testid="need-support">
              {[need.supportAmount !== null ? yuan(need.supportAmount) : null, need.supportPolicy]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </>
        )}
      </dl>
      {need.description && <p className="small">{need.description}</p>}
      <div className="need-actions">
        <button
          type="button"
          className="tool"
          data-testid="need-show-on-map"
          onClick={() => actions.showOnMap(need.id)}
        >
          {s.showOnMap}
        </button>
        <button
          type="button"
          className="tool"
          data-testid="need-who-can-help"
          title={s.whoCanHelpTitle}
          onClick={() => actions.askWhoCanHelp(need)}
        >
          {s.whoCanHelp}
        </button>
      </div>
      <StatusForm need={need} onError={actions.onError} />
      <Engagements engagements={engagements?.items ?? []} />
      <History need={need} />
    </aside>
  );
}

function Engagements({ engagements }: { readonly engagements: readonly EngagementData[] }) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  return (
    <section>
      <h4>{s.engagements}</h4>
      {engagements.length === 0 ? (
        <p className="muted small">{s.noEngagements}</p>
      ) : (
        <ul className="need-engagements" data-testid="need-engagements">
          {engagements.map((engagement) => (
            <li key={engagement.id} data-testid="need-engagement">
              <span className="muted">{engagement.date}</span> {engagement.activityType} ·{' '}
              {engagement.partners.map((partner) => partner.name).join('、')}
              {engagement.outcome && <span className="small"> — {engagement.outcome}</span>}
              {engagement.basis && (
                <span className="small muted">
                  {' '}
                  （{s.basis}：{engagement.basis}）
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ need }: { readonly need: NeedDetailData }) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  return (
    <section>
      <h4>{s.history}</h4>
      <ol className="need-history" data-testid="need-history">
        {need.statusHistory.map((step) => (
          <li key={step.changeSetId} className={step.undone ? 'is-undone' : undefined}>
            <span className="muted">{step.on ?? step.at.slice(0, 10)}</span>{' '}
            {step.from ? `${statusLabel(step.from, lang)} → ` : ''}
            {statusLabel(step.to, lang)} · {step.editor}
            {step.undone && <span className="muted"> {s.undone}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
