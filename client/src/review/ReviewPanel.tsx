// 待确认 · To review: pairs of entities that may be one, side by side with the evidence (the reasons for
// and against, the relationships they share, what proposed them); an editor merges a pair (keeping either
// side) or keeps it apart, and can scan the graph for likely duplicates. Every decision is undoable in the
// history.
import { useEffect, useState } from 'react';
import { isAbort, isApiError } from '../api/graphql-request.ts';
import { useEditor } from '../editor/editor-context.ts';
import { useLang } from '../i18n/lang-context.ts';
import { reviewApi, type ReviewPairItem } from './review-api.ts';
import { REVIEW_STRINGS, type ReviewStrings } from './review-strings.ts';
import './review.css';

function Side({ entity }: { readonly entity: ReviewPairItem['a'] }) {
  if (!entity) return <div className="review-side muted">—</div>;
  return (
    <div className="review-side" data-id={entity.id}>
      <p className="review-name">{entity.name}</p>
      <p className="muted">
        {entity.kindLabel} · {entity.id}
      </p>
      {entity.aliases.length > 0 && <p className="muted">{entity.aliases.join('、')}</p>}
    </div>
  );
}

function PairCard(props: {
  readonly pair: ReviewPairItem;
  readonly s: ReviewStrings;
  readonly editor: boolean;
  readonly onDecide: (work: () => Promise<unknown>) => void;
}) {
  const { pair, s } = props;
  return (
    <li className="review-pair" data-testid="review-pair" data-id={pair.id}>
      <div className="review-sides">
        <Side entity={pair.a} />
        <span className="review-versus" aria-hidden="true">
          ↔
        </span>
        <Side entity={pair.b} />
      </div>
      <p className="review-score">{s.score(Math.round(pair.score * 100))}</p>
      <ul className="review-reasons">
        {pair.reasons.map((reason) => (
          <li key={reason.code} className={reason.weight < 0 ? 'against' : 'for'}>
            {reason.weight < 0 ? '−' : '+'} {reason.label}
          </li>
        ))}
      </ul>
      <p className="muted">
        {s.shared}
        {pair.shared.length > 0 ? pair.shared.join('、') : s.noShared}
      </p>
      <p className="muted">
        {s.proposedBy}
        {pair.proposedBy}
      </p>
      {props.editor && pair.a && pair.b && (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            data-testid="review-keep-a"
            onClick={() => props.onDecide(() => reviewApi.merge(pair.id, pair.a!.id))}
          >
            {s.keepA}
          </button>
          <button
            type="button"
            className="button"
            data-testid="review-keep-b"
            onClick={() => props.onDecide(() => reviewApi.merge(pair.id, pair.b!.id))}
          >
            {s.keepB}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-testid="review-apart"
            onClick={() => props.onDecide(() => reviewApi.keepApart(pair.id))}
          >
            {s.apart}
          </button>
        </div>
      )}
    </li>
  );
}

export function ReviewPanel({ onError }: { readonly onError: (error: unknown) => void }) {
  const { lang } = useLang();
  const s = REVIEW_STRINGS[lang];
  const { editor, dataVersion, changed } = useEditor();
  const [page, setPage] = useState<{ total: number; items: readonly ReviewPairItem[] } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    reviewApi
      .pairs({ signal: controller.signal })
      .then(setPage)
      .catch((error: unknown) => {
        if (!isAbort(error)) onError(error);
      });
    return () => controller.abort();
  }, [dataVersion, onError]);

  const decide = (work: () => Promise<unknown>, done: string = s.done) => {
    setMessage(null);
    work()
      .then(() => {
        setMessage({ error: false, text: done });
        changed();
      })
      .catch((error: unknown) =>
        setMessage({ error: true, text: isApiError(error) ? error.message : String(error) }),
      );
  };

  return (
    <section className="side-panel review-panel" data-testid="review-panel" aria-label={s.title}>
      <h2>
        {s.title} <span className="muted">{s.total(page?.total ?? 0)}</span>
      </h2>
      {message && (
        <p
          className={message.error ? 'form-error' : 'form-ok'}
          role={message.error ? 'alert' : 'status'}
          data-testid="review-message"
        >
          {message.text}
        </p>
      )}
      {editor && (
        <button
          type="button"
          className="button button-quiet"
          data-testid="review-scan"
          onClick={() => {
            setMessage(null);
            reviewApi
              .scan()
              .then((added) => {
                setMessage({ error: false, text: s.scanned(added) });
                changed();
              })
              .catch((error: unknown) =>
                setMessage({ error: true, text: isApiError(error) ? error.message : String(error) }),
              );
          }}
        >
          {s.scan}
        </button>
      )}
      {page && page.items.length === 0 && <p className="muted">{s.empty}</p>}
      <ol className="review-pairs">
        {page?.items.map((pair) => (
          <PairCard
            key={pair.id}
            pair={pair}
            s={s}
            editor={editor !== null}
            onDecide={(work) => decide(work)}
          />
        ))}
      </ol>
    </section>
  );
}
