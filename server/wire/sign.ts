import { createHash } from 'node:crypto';
import { type FlatParams, wireString } from './flatten';

/**
 * The platform's signature (docs/protocol.md §2): names sorted by code unit, name+value
 * concatenated without separators or escaping, the private key appended, SHA-1 in lowercase hex.
 * Server side only: the browser never signs.
 */
export function signature(params: FlatParams, privateKey: string): string {
  const names = Object.keys(params)
    .filter((n) => n !== 'Signature')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let text = '';
  for (const name of names) text += name + wireString(params[name]);
  return createHash('sha1').update(text + privateKey, 'utf8').digest('hex');
}

export function signParams(params: FlatParams, publicKey: string, privateKey: string): FlatParams {
  const withKey: FlatParams = { ...params, PublicKey: publicKey };
  delete withKey.Signature;
  return { ...withKey, Signature: signature(withKey, privateKey) };
}
