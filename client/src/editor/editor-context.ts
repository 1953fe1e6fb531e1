// Who is editing, as React context: the signed-in editor (or null for a visitor), signing in and out, and a
// data version that every view showing graph data watches, so that an edit or an undo redraws in place.
import { createContext, useContext } from 'react';

export interface EditorSession {
  readonly editor: string | null;
  readonly signIn: (key: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** Increases after every change to the graph's data made from this page. */
  readonly dataVersion: number;
  /** Says the graph's data changed (after an edit or an undo). */
  readonly changed: () => void;
}

export const EditorContext = createContext<EditorSession>({
  editor: null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  dataVersion: 0,
  changed: () => undefined,
});

export function useEditor(): EditorSession {
  return useContext(EditorContext);
}
