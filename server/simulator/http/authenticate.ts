import { timingSafeEqual } from 'node:crypto';
import type { FlatParams } from '../../wire/flatten';
import { signature } from '../../wire/sign';
import type { Caller } from '../handler';
import { RetCode, SimError } from '../retcode';
import { type Db, stmt } from '../store/open-database';

/** Checks PublicKey and Signature (docs/protocol.md §2) and says whose key signed the call. */
export function authenticate(db: Db, params: FlatParams): Caller {
  const publicKey = params.PublicKey;
  if (typeof publicKey !== 'string' || publicKey === '') {
    throw new SimError(RetCode.MissingPublicKey, 'Missing parameter PublicKey');
  }
  const sent = params.Signature;
  if (typeof sent !== 'string' || sent === '') {
    throw new SimError(RetCode.MissingSignature, 'Missing parameter Signature');
  }
  const account = stmt(db, 'SELECT company_id, is_admin, private_key FROM accounts WHERE public_key = ?').get(publicKey) as
    | { company_id: number; is_admin: number; private_key: string }
    | undefined;
  if (!account) throw new SimError(RetCode.MissingPublicKey, 'Unknown PublicKey');
  const expected = Buffer.from(signature(params, account.private_key), 'utf8');
  const actual = Buffer.from(sent.toLowerCase(), 'utf8');
  // Constant time, so the answer time says nothing about how much of a guessed signature was right.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new SimError(RetCode.BadSignature, 'Signature verification failed');
  }
  return { companyId: account.company_id, isAdmin: account.is_admin === 1 };
}
