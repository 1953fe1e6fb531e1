// Under a candidate 谁能帮助 recommended for a need of the register: one click records a 对接 of that need
// with the candidate, today, in the way chosen (座谈 by default), its evidence in words as the basis. Editors
// only; the record is a change set like any edit, so it can be undone from the history.
import { useState } from 'react';
import { ENGAGEMENT_TYPES } from '#model';
import type { Recommendation } from '../api/answers.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { registerApi } from './register-api.ts';
import { REGISTER_STRINGS } from './register-strings.ts';

export interface EngagementActionProps {
  readonly need: { readonly needId: string };
  readonly candidate: Pick<Recommendation, 'entity' | 'evidence'>;
  readonly onError: (error: unknown) => void;
}

/** The candidate's evidence in words, as the 对接's basis. */
export function evidenceBasis(candidate: Pick<Recommendation, 'evidence'>): string {
  return [...new Set(candidate.evidence.map((path) => path.text))].join('；').slice(0, 1_000);
}

export function EngagementAction({ need, candidate, onError }: EngagementActionProps) {
  const { lang } = useLang();
  const s = REGISTER_STRINGS[lang];
  const { editor, changed } = useEditor();
  const [activityType, setActivityType] = useState<string>(ENGAGEMENT_TYPES[0]);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!editor) return null;

  async function record() {
    setBusy(true);
    try {
      const answer = await registerApi.recordEngagement({
        needId: need.needId,
        partnerId: candidate.entity.id,
        activityType,
        basis: evidenceBasis(candidate) || null,
      });
      setRecorded(answer.engagement?.name ?? candidate.entity.name);
      changed();
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="engagement-action" data-testid="engagement-action" data-entity-id={candidate.entity.id}>
      {recorded ? (
        <span className="form-ok" data-testid="engagement-recorded">
          {s.engagementRecorded(recorded)}
        </span>
      ) : (
        <>
          <select
            aria-label={s.activityType}
            value={activityType}
            onChange={(event) => setActivityType(event.target.value)}
          >
            {ENGAGEMENT_TYPES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="tool"
            data-testid="engagement-record"
            title={s.recordEngagementTitle}
            disabled={busy}
            onClick={() => void record()}
          >
            {s.recordEngagement}
          </button>
        </>
      )}
    </div>
  );
}
