// A kind label with its swatch, e.g. [◆ 项目], used in search hits and the side panel.
import { useLang } from '../i18n/lang-context.ts';
import { nodeKindName } from '../i18n/strings.ts';
import { KindSwatch } from './KindSwatch.tsx';

export function KindBadge({ kind }: { readonly kind: string }) {
  const { lang } = useLang();
  return (
    <span className="kind-badge" data-kind={kind}>
      <KindSwatch kind={kind} size={12} />
      {nodeKindName(kind, lang)}
    </span>
  );
}
