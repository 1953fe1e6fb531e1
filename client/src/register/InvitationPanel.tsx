// 科技招商 · whom to invite, for the district: its open needs with no strong local candidate, grouped by domain,
// each with its best local candidate and the outside institutions and people that would fill it; choosing one
// draws its evidence on the map. Exported as XLSX or CSV.
import { useState } from 'react';
import { useLang } from '../i18n/lang-context.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { evidenceHighlight, scorePercent } from '../who-can-help/who-can-help-view.ts';
import { exportHref } from './download-file.ts';
import type { NeedActions } from './NeedCard.tsx';
import { registerApi, type InvitationData } from './register-api.ts';
import { REGISTER_STRINGS, statusLabel } from './register-strings.ts';
import { useRemote } from './use-remote.ts';

export interface InvitationPanelProps {
  readonly regionId: string | null;
  readonly regionName: string;
  readonly actions: NeedActions;
}

export function InvitationPanel({ regionId, regionName, actions }: InvitationPanelProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const groups = useRemote(
    regionId,
    (signal) => registerApi.invitations(regionId ?? '', { signal }),
    actions.onError,
  );
  const [active, setActive] = useState<string | null>(null);

  function choose(invitation: InvitationData, index: number) {
    const key = `${invitation.need.id}#${index}`;
    const candidate = invitation.invite[index];
    if (!candidate || active === key) {
      setActive(null);
      actions.showEvidence(null);
      return;
    }
    setActive(key);
    actions.showEvidence({ graph: invitation.evidence, paths: evidenceHighlight(candidate) });
  }

  return (
    <div className="invitation-panel" data-testid="invitation-panel">
      <div className="register-filters">
        <h3>{s.inviteTitle(regionName)}</h3>
        {regionId && (
          <>
            <a
              className="button button-quiet"
              href={exportHref('invitations', 'xlsx', { region: regionId })}
              download
            >
              {s.exportXlsx}
            </a>
            <a
              className="button button-quiet"
              href={exportHref('invitations', 'csv', { region: regionId })}
              download
            >
              {s.exportCsv}
            </a>
          </>
        )}
      </div>
      <p className="muted small">{s.inviteHint}</p>
      {groups.loading && !groups.value && <p className="muted">{s.loading}</p>}
      {groups.value?.length === 0 && <p className="muted">{s.noInvitations}</p>}
      {groups.value?.map((group) => (
        <section key={group.domain?.id ?? ''} className="invitation-group" data-testid="invitation-group">
          <h4>{group.domain?.name ?? s.noDomain}</h4>
          {group.invitations.map((invitation) => (
            <article
              key={invitation.need.id}
              className="invitation"
              data-testid="invitation"
              data-need-id={invitation.need.id}
            >
              <p>
                <strong>{invitation.need.enterprise?.name ?? '—'}</strong> · {invitation.need.name}{' '}
                <span className="status-chip">{statusLabel(invitation.need.status, lang)}</span>
              </p>
              <p className="muted small">
                {s.bestLocal}：
                {invitation.bestLocal
                  ? `${invitation.bestLocal.entity.name}（${s.score(scorePercent(invitation.bestLocal.score))}）`
                  : s.noLocal}
              </p>
              <ol className="invitation-candidates">
                {invitation.invite.map((candidate, index) => (
                  <li key={candidate.entity.id}>
                    <button
                      type="button"
                      className={
                        active === `${invitation.need.id}#${index}` ? 'help-item is-active' : 'help-item'
                      }
                      data-testid="invitation-candidate"
                      data-entity-id={candidate.entity.id}
                      aria-pressed={active === `${invitation.need.id}#${index}`}
                      onClick={() => choose(invitation, index)}
                    >
                      <KindBadge kind={candidate.entity.kind} /> {candidate.entity.name}{' '}
                      <span className="help-score">{s.score(scorePercent(candidate.score))}</span>
                      {candidate.evidence[0] && (
                        <span className="help-evidence-path small">{candidate.evidence[0].text}</span>
                      )}
                    </button>
                  </li>
                ))}
              </ol>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}
