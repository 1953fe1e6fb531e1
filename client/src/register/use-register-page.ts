// The register's place in the page: whether it is open below the map, the question it last sent to 谁能帮助
// (a need, with a fresh key so the panel asks it anew), and what the register may do to the rest of the page.
import { useMemo, useState } from 'react';
import type { Explorer } from '../explore/use-explorer.ts';
import type { HelpRequest } from '../who-can-help/WhoCanHelpPanel.tsx';
import type { NeedActions } from './NeedCard.tsx';
import type { NeedRowData } from './register-api.ts';

export interface RegisterPage {
  readonly open: boolean;
  readonly toggle: () => void;
  /** The need 谁能帮助 was last asked about, with the key to mount the panel by. */
  readonly helpRequest: (HelpRequest & { readonly key: number }) | null;
  readonly actions: NeedActions;
}

/** The question for 谁能帮助 about a need: its enterprise, its name and details. */
export function helpRequestOf(need: NeedRowData): HelpRequest {
  const enterprise = need.enterprise
    ? {
        ...need.enterprise,
        kind: 'Enterprise' as const,
        kindLabel: '企业',
        nameEn: null,
        aliases: [],
        degree: 0,
      }
    : null;
  return {
    enterprise,
    need: [need.name, need.description ?? ''].join(' ').trim().slice(0, 200),
    needId: need.id,
    needName: need.name,
  };
}

export function useRegisterPage(explorer: Explorer, openWhoCanHelp: () => void): RegisterPage {
  const [open, setOpen] = useState(false);
  const [helpRequest, setHelpRequest] = useState<RegisterPage['helpRequest']>(null);
  const { focusAndFlash, setEvidence, reportError } = explorer;
  const actions = useMemo<NeedActions>(
    () => ({
      showOnMap: focusAndFlash,
      askWhoCanHelp: (need) => {
        setHelpRequest((last) => ({ ...helpRequestOf(need), key: (last?.key ?? 0) + 1 }));
        openWhoCanHelp();
      },
      showEvidence: setEvidence,
      onError: reportError,
    }),
    [focusAndFlash, setEvidence, reportError, openWhoCanHelp],
  );
  return { open, toggle: () => setOpen((value) => !value), helpRequest, actions };
}
