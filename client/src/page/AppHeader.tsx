// The page header: the title, the search box, the depth of the neighbourhood, the toggles for the path and
// 谁能帮助 panels, the history of changes, the 1+N need register, the import button, the editor's sign-in and the
// language switch.
import type { SearchHit } from '../api/answers.ts';
import { EDITOR_STRINGS } from '../editor/editor-strings.ts';
import { REVIEW_STRINGS } from '../review/review-strings.ts';
import { SignInControl } from '../editor/SignInControl.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { REGISTER_STRINGS } from '../register/register-strings.ts';
import { useLang } from '../i18n/lang-context.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { DEPTHS, type Depth } from '../view/view-state.ts';

export interface AppHeaderProps {
  readonly depth: Depth;
  readonly pathOpen: boolean;
  readonly whoCanHelpOpen: boolean;
  readonly onChoose: (hit: SearchHit) => void;
  readonly onDepth: (depth: Depth) => void;
  readonly onTogglePath: () => void;
  readonly onToggleWhoCanHelp: () => void;
  readonly historyOpen: boolean;
  readonly onToggleHistory: () => void;
  readonly reviewOpen: boolean;
  readonly onToggleReview: () => void;
  readonly registerOpen: boolean;
  readonly onToggleRegister: () => void;
  readonly onToggleLang: () => void;
  readonly onError: (error: unknown) => void;
}

export function AppHeader(props: AppHeaderProps) {
  const { depth, pathOpen, whoCanHelpOpen } = props;
  const { lang, t } = useLang();
  return (
    <header className="app-header">
      <h1 className="app-title">
        <span className="app-title-zh">{t.appTitle}</span>
        <span className="app-title-sep" aria-hidden="true">
          ·
        </span>
        <span className="app-title-en" lang="en">
          {t.appTitleEn}
        </span>
      </h1>
      <SearchBox onChoose={props.onChoose} onError={props.onError} />
      <div className="depth-toggle" role="group" aria-label={t.depthLabel}>
        <span className="depth-label">{t.depthLabel}</span>
        {DEPTHS.map((d) => (
          <button
            key={d}
            type="button"
            className="segment"
            aria-pressed={depth === d}
            onClick={() => props.onDepth(d)}
          >
            {t.depthOption(d)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="segment"
        data-testid="path-toggle"
        aria-pressed={pathOpen}
        onClick={props.onTogglePath}
      >
        {t.pathTitle}
      </button>
      <button
        type="button"
        className="segment"
        data-testid="help-toggle"
        aria-pressed={whoCanHelpOpen}
        onClick={props.onToggleWhoCanHelp}
      >
        {t.whoCanHelpToggle}
      </button>
      <button
        type="button"
        className="segment"
        data-testid="history-toggle"
        aria-pressed={props.historyOpen}
        onClick={props.onToggleHistory}
      >
        {EDITOR_STRINGS[lang].history}
      </button>
      <button
        type="button"
        className="segment"
        data-testid="review-toggle"
        title={REVIEW_STRINGS[lang].toggleTitle}
        aria-pressed={props.reviewOpen}
        onClick={props.onToggleReview}
      >
        {REVIEW_STRINGS[lang].title}
      </button>
      <button
        type="button"
        className="segment"
        data-testid="register-toggle"
        title={REGISTER_STRINGS[lang].toggleTitle}
        aria-pressed={props.registerOpen}
        onClick={props.onToggleRegister}
      >
        {REGISTER_STRINGS[lang].toggle}
      </button>
      <ImportButton />
      <SignInControl />
      <button
        type="button"
        className="lang-toggle"
        data-testid="lang-toggle"
        title={t.langToggleTitle}
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        onClick={props.onToggleLang}
      >
        {t.langToggle}
      </button>
    </header>
  );
}
