// The 1+N need register below the map, opened from the header: tabs for the register (需求库), the dashboard
// (看板), whom to invite (科技招商) and the printable briefing (简报). The map stays in view above it, so
// "show on map" and the evidence of a candidate land where the planner is looking.
import { useState } from 'react';
import { entity } from '../api/queries.ts';
import { useLang } from '../i18n/lang-context.ts';
import { Briefing } from './Briefing.tsx';
import { InvitationPanel } from './InvitationPanel.tsx';
import type { NeedActions } from './NeedCard.tsx';
import { NeedDashboard } from './NeedDashboard.tsx';
import { NeedRegister } from './NeedRegister.tsx';
import { REGISTER_STRINGS } from './register-strings.ts';
import { useRemote } from './use-remote.ts';
import './register.css';

export type RegisterTab = 'register' | 'dashboard' | 'invite' | 'briefing';
const TABS: readonly RegisterTab[] = ['register', 'dashboard', 'invite', 'briefing'];

export interface RegisterWorkspaceProps {
  /** The district the dashboard, 招商 and 简报 are of (垦利区, the explorer's region). */
  readonly regionId: string | null;
  readonly actions: NeedActions;
  readonly onClose: () => void;
}

export function RegisterWorkspace({ regionId, actions, onClose }: RegisterWorkspaceProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const [tab, setTab] = useState<RegisterTab>('register');
  const region = useRemote(regionId, (signal) => entity(regionId ?? '', { signal }), actions.onError).value;
  const label: Record<RegisterTab, string> = {
    register: s.tabRegister,
    dashboard: s.tabDashboard,
    invite: s.tabInvite,
    briefing: s.tabBriefing,
  };
  return (
    <section className="register-workspace" data-testid="register-workspace" aria-label={s.toggleTitle}>
      <nav className="register-tabs" role="tablist">
        {TABS.map((each) => (
          <button
            key={each}
            type="button"
            role="tab"
            className="segment"
            data-testid={`register-tab-${each}`}
            aria-selected={tab === each}
            aria-pressed={tab === each}
            onClick={() => setTab(each)}
          >
            {label[each]}
          </button>
        ))}
        <button type="button" className="link-button register-close" onClick={onClose}>
          {s.close}
        </button>
      </nav>
      <div className="register-body" role="tabpanel">
        {tab === 'register' && <NeedRegister actions={actions} />}
        {tab === 'dashboard' && <NeedDashboard regionId={regionId} onError={actions.onError} />}
        {tab === 'invite' && (
          <InvitationPanel regionId={regionId} regionName={region?.name ?? ''} actions={actions} />
        )}
        {tab === 'briefing' && <Briefing regionId={regionId} onError={actions.onError} />}
      </div>
    </section>
  );
}
