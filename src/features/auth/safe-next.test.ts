import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps same-site paths with their query and hash', () => {
    expect(safeNext('/vms')).toBe('/vms');
    expect(safeNext('/vms/uvm-1?company=200000001#disks')).toBe('/vms/uvm-1?company=200000001#disks');
  });
  it('falls back to / for anything else', () => {
    for (const bad of [null, undefined, '', 'vms', 'https://evil.example/', '//evil.example', '/\\evil.example', '\\\\evil', 'javascript:alert(1)', ' /vms']) {
      expect(safeNext(bad), String(bad)).toBe('/');
    }
  });
  it('does not send the user back to sign-in', () => {
    expect(safeNext('/sign-in?next=/vms')).toBe('/');
  });
});
