import { passwordProblems } from '../../contract/fields';

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#%^*_-+='];

/** A 16-character password with all four classes, from the browser's CSPRNG, valid for Windows too. */
export function generatePassword(length = 16): string {
  const pick = (set: string) => set[crypto.getRandomValues(new Uint32Array(1))[0] % set.length];
  for (;;) {
    const chars = SETS.map(pick);
    const all = SETS.join('');
    while (chars.length < length) chars.push(pick(all));
    for (let i = chars.length - 1; i > 0; i--) {
      const j = crypto.getRandomValues(new Uint32Array(1))[0] % (i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (passwordProblems(password, { windows: true }).length === 0) return password;
  }
}
