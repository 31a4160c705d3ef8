import { describe, expect, it } from 'vitest';
import { closeRule } from './close-reason';

describe('closeRule', () => {
  it('retries what a fresh ticket can fix and not what it cannot', () => {
    expect(closeRule({ code: 4502, reason: '' }).retry).toBe(true);
    expect(closeRule({ code: 4504, reason: '' }).retry).toBe(true);
    expect(closeRule({ code: 1006, reason: '' }).retry).toBe(true);
    expect(closeRule({ code: 4401, reason: '' }).retry).toBe(false);
    expect(closeRule({ code: 4429, reason: '' }).retry).toBe(false);
    expect(closeRule({ code: 4408, reason: '' }).retry).toBe(false);
  });

  it('treats an unknown code as an unexpected drop', () => {
    expect(closeRule({ code: 4999, reason: 'x' })).toEqual({ key: 'console.close.unknown', retry: true });
  });
});
