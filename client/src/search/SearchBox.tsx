// The search box: debounced search-as-you-type with a keyboard-navigable list of hits (kind, name, matched alias).
import { useId, useState, type KeyboardEvent } from 'react';
import type { NodeKind } from '#model';
import type { SearchHit } from '../api/answers.ts';
import { useLang } from '../i18n/lang-context.ts';
import { displayName } from '../i18n/strings.ts';
import { KindBadge } from '../panels/KindBadge.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';
import { useSearchHits } from './use-search-hits.ts';

export const SEARCH_DEBOUNCE_MS = 200;

export interface SearchBoxProps {
  readonly onChoose: (hit: SearchHit) => void;
  readonly onError: (error: unknown) => void;
  /** For a second box (the path ends): its own test id, label and placeholder; hits get `<testId>-hit`. */
  readonly testId?: string;
  readonly label?: string;
  readonly placeholder?: string;
  /** Only these kinds of entity (all kinds when absent). */
  readonly kinds?: readonly NodeKind[];
}

export function SearchBox({ onChoose, onError, testId, label, placeholder, kinds }: SearchBoxProps) {
  const { lang, t } = useLang();
  const inputTestId = testId ?? 'search-input';
  const hitTestId = testId ? `${testId}-hit` : 'search-hit';
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const result = useSearchHits(query, kinds, () => setActive(0), onError);

  const typed = text.trim();
  const current = result !== null && result.query === typed;
  const hits = current ? result.hits : [];
  const showList = open && typed !== '';
  const activeHit = hits[Math.min(active, hits.length - 1)];

  function choose(hit: SearchHit) {
    setOpen(false);
    setText(displayName(hit.entity, lang));
    onChoose(hit);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => Math.min(i + 1, Math.max(0, hits.length - 1)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        if (showList && activeHit) {
          event.preventDefault();
          choose(activeHit);
        }
        break;
      case 'Escape':
        setOpen(false);
        break;
      default:
        break;
    }
  }

  const optionId = (index: number) => `${listId}-hit-${index}`;
  return (
    <div className="search">
      <input
        className="search-input"
        data-testid={inputTestId}
        type="search"
        role="combobox"
        aria-label={label ?? t.searchLabel}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && activeHit ? optionId(hits.indexOf(activeHit)) : undefined}
        placeholder={placeholder ?? t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search-hits" id={listId} role="listbox" aria-label={label ?? t.searchLabel}>
          {!current && <li className="search-status">{t.searching}</li>}
          {current && hits.length === 0 && <li className="search-status">{t.noHits}</li>}
          {hits.map((hit, index) => {
            const selected = hit === activeHit;
            const name = displayName(hit.entity, lang);
            const other = name === hit.entity.name ? hit.entity.nameEn : hit.entity.name;
            const showMatched = hit.matched !== '' && hit.matched !== hit.entity.name && hit.matched !== name;
            return (
              <li
                key={hit.entity.id}
                id={optionId(index)}
                className={selected ? 'search-hit is-active' : 'search-hit'}
                data-testid={hitTestId}
                role="option"
                aria-selected={selected}
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(hit)}
              >
                <KindBadge kind={hit.entity.kind} />
                <span className="search-hit-name">{name}</span>
                {other && <span className="search-hit-other">{other}</span>}
                {showMatched && <span className="search-hit-matched">{t.matchedBy(hit.matched)}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
