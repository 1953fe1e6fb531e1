/** Session tokens: what a signed token names, and that no altered spelling of it names anyone. */
import { describe, expect, it } from 'vitest';
import { issueSession, readSession } from './editor-session.ts';

const secret = Buffer.from('a secret of thirty-two bytes ....', 'utf8');
const now = 1_800_000_000_000;
// base64url's letters, and letters whose low byte is one of them (Ł is U+0141, 'A' is 0x41).
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_ŁŢ';

describe('editor sessions', () => {
  it('read back the name and expiry they were issued with, until they expire', () => {
    const token = issueSession('王敏', secret, now + 60_000);
    expect(readSession(token, secret, now)).toEqual({ name: '王敏', expiresAt: now + 60_000 });
    expect(readSession(token, secret, now + 60_000)).toBeNull();
    expect(readSession(token, Buffer.from('another secret', 'utf8'), now)).toBeNull();
  });

  it('name nobody when any one character of the token is changed, the last one included', () => {
    for (const name of ['王敏', 'Li Hua', '张']) {
      const token = issueSession(name, secret, now + 60_000);
      for (let at = 0; at < token.length; at += 1) {
        for (const letter of alphabet) {
          if (letter === token[at]) continue;
          const altered = token.slice(0, at) + letter + token.slice(at + 1);
          expect(readSession(altered, secret, now), `${altered} (position ${at})`).toBeNull();
        }
      }
    }
  });
});
