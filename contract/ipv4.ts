/** IPv4 arithmetic shared by the wizard's InternalIP rule and the simulator's address pools. */

/** An address as an unsigned 32-bit integer, or null when it is not a dotted quad. */
export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface CidrRange {
  base: number;
  size: number;
}

/** The range a CIDR covers (its base aligned down), or null when it is not one with a /0-/30 prefix. */
export function cidrRange(cidr: string): CidrRange | null {
  const [ip, bits] = cidr.split('/');
  const base = ipToInt(ip ?? '');
  const prefix = Number(bits);
  if (base === null || bits === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 30) return null;
  const size = 2 ** (32 - prefix);
  return { base: base - (base % size), size };
}

/**
 * Whether `ip` is an address a VM may take in `cidr`: inside the range, and neither the network
 * address, the gateway (.1) nor the broadcast address, which the platform keeps for itself.
 */
export function isHostInCidr(ip: string, cidr: string): boolean {
  const n = ipToInt(ip);
  const range = cidrRange(cidr);
  return n !== null && range !== null && n >= range.base + 2 && n <= range.base + range.size - 2;
}
