import { cidrRange, intToIp, type CidrRange } from '../../contract/ipv4';

/** A subnet or EIP pool the simulator was configured with: a bad one is a configuration error. */
export function parseCidr(cidr: string): CidrRange {
  const range = cidrRange(cidr);
  if (!range || range.size > 2 ** 24) throw new Error(`bad CIDR ${cidr}`);
  return range;
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
