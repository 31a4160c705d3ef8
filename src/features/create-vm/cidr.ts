function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = n * 256 + Number(p);
  }
  return n;
}

/**
 * Whether `ip` is an address a VM may take in `cidr`: inside the range, and neither the network
 * address, the gateway (.1) nor the broadcast address, which the platform keeps for itself.
 */
export function isHostInCidr(ip: string, cidr: string): boolean {
  const [net, bits] = cidr.split('/');
  const base = ipToInt(net);
  const prefix = Number(bits);
  const n = ipToInt(ip);
  if (base === null || n === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 30) return false;
  const size = 2 ** (32 - prefix);
  const start = base - (base % size);
  return n >= start + 2 && n <= start + size - 2;
}
