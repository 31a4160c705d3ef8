import { createCipheriv } from 'node:crypto';

/** RFB reverses the bit order of every key byte (a historical quirk of the reference implementation). */
function reverseBits(byte: number): number {
  let out = 0;
  for (let i = 0; i < 8; i += 1) out = (out << 1) | ((byte >> i) & 1);
  return out;
}

/** The 8-byte DES key VNC authentication derives from a password: truncated or zero-padded, bits reversed. */
function vncKey(password: string): Buffer {
  const key = Buffer.alloc(8);
  Buffer.from(password, 'latin1').copy(key, 0, 0, 8);
  for (let i = 0; i < 8; i += 1) key[i] = reverseBits(key[i]);
  return key;
}

/**
 * The 16-byte answer to a VNC authentication challenge: DES-ECB of the challenge under the password key.
 * Node 20's OpenSSL 3 has no single-DES cipher without the legacy provider; two-key triple DES with both
 * halves equal (E(K) D(K) E(K)) is exactly single DES.
 */
export function vncAuthResponse(password: string, challenge: Buffer): Buffer {
  if (challenge.length !== 16) throw new Error('A VNC challenge is 16 bytes');
  const key = vncKey(password);
  const cipher = createCipheriv('des-ede-ecb', Buffer.concat([key, key]), null);
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(challenge), cipher.final()]);
}
