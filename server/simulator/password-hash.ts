import { randomBytes, scryptSync } from 'node:crypto';

// A low scrypt cost: this guards simulated VM passwords at rest, and creating VMs must stay quick in tests.
const COST = { N: 1024, r: 8, p: 1 };

/** VM passwords are stored only as salted scrypt hashes, never in clear. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, COST);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}
