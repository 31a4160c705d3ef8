/** IPv4 arithmetic for subnets and EIP pools: addresses as unsigned 32-bit integers. */
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

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  base: number;
  size: number;
}

export function parseCidr(cidr: string): Cidr {
  const [ip, bits] = cidr.split('/');
  const base = ipToInt(ip);
  const prefix = Number(bits);
  if (base === null || !Number.isInteger(prefix) || prefix < 8 || prefix > 30) throw new Error(`bad CIDR ${cidr}`);
  const size = 2 ** (32 - prefix);
  return { base: base - (base % size), size };
}

/** Usable host addresses: not the network address, not .1 (the gateway), not the broadcast address. */
export function isHostInCidr(ip: string, cidr: string): boolean {
  const n = ipToInt(ip);
  const { base, size } = parseCidr(cidr);
  return n !== null && n >= base + 2 && n <= base + size - 2;
}

/** The lowest usable host address not in `used`, or null when the range is full. */
export function firstFreeHost(cidr: string, used: ReadonlySet<string>): string | null {
  const { base, size } = parseCidr(cidr);
  for (let n = base + 2; n <= base + size - 2; n++) {
    const ip = intToIp(n);
    if (!used.has(ip)) return ip;
  }
  return null;
}
