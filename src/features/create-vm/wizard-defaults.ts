import type { ImageInfo } from '../../../contract/describe-image';
import { isWindowsImage } from './use-lookups';

// The Linux distributions most people start from, in the order the console prefers them.
const COMMON_LINUX = [/centos/i, /ubuntu/i, /debian/i, /rocky|alma|rhel/i];

/** A common Linux base image: a CentOS, Ubuntu, Debian or RHEL-like base if offered, any Linux base otherwise. */
export function commonLinuxImage(images: readonly ImageInfo[] | undefined): ImageInfo | undefined {
  const bases = (images ?? []).filter((i) => (i.ImageType ?? 'Base') === 'Base' && (i.ImageStatus ?? 'Available') === 'Available' && !isWindowsImage(i));
  for (const distro of COMMON_LINUX) {
    const found = bases.find((i) => distro.test(`${i.OSName ?? ''} ${i.Name}`));
    if (found) return found;
  }
  return bases[0];
}

/** The value most of these VMs share (ties: the first met, the newest VM first), or undefined. */
export function mostUsed(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}
