import { describe, expect, it } from 'vitest';
import { passwordProblems } from '../../contract/fields';
import { generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('always satisfies every rule, Windows included', () => {
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(16);
      expect(passwordProblems(p, { windows: true })).toEqual([]);
    }
  });
});
