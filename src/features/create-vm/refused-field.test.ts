import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { refusedField } from './refused-field';

describe('refusedField', () => {
  it('finds the field a platform refusal names', () => {
    expect(refusedField(new ApiError('CreateVMInstance', 'InternalIP 10.10.1.5 is already in use', { retCode: 113 }))).toBe('InternalIP');
    expect(refusedField(new ApiError('CreateVMInstance', 'InternetIP 1.2.3.4 is already in use', { retCode: 113 }))).toBe('InternetIP');
  });
  it('names none for a refusal about no field, a gateway error, or a word inside another', () => {
    expect(refusedField(new ApiError('CreateVMInstance', 'quota exceeded', { retCode: 8018 }))).toBeUndefined();
    expect(refusedField(new ApiError('CreateVMInstance', 'InternalIP is wrong', { status: 502 }))).toBeUndefined();
    expect(refusedField(new ApiError('CreateVMInstance', 'Renamed VM', { retCode: 2 }))).toBeUndefined();
  });
});
