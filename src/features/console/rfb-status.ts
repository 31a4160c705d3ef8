import { ApiError } from '../../api/api-error';

/** Why a console is not (or no longer) connected, as the user should read it. */
export interface DropReason {
  /** A message key, or the platform's Message. */
  key: string;
  detail?: string;
  code?: number;
  retCode?: number;
}

export type RfbStatus =
  | { kind: 'idle' }
  | { kind: 'connecting'; attempt: number }
  | { kind: 'connected' }
  | { kind: 'disconnected'; reason: DropReason; retryAt?: number; attempt: number }
  | { kind: 'failed'; reason: DropReason };

export interface RfbTarget {
  Region: string;
  CompanyID?: number;
  VMID: string;
}

/** How the picture is shown and whether input is sent; changeable while connected. */
export interface RfbDisplay {
  scaleToFit: boolean;
  viewOnly: boolean;
}

export function errorReason(err: unknown): DropReason {
  if (err instanceof ApiError) return { key: err.message, retCode: err.retCode };
  return { key: 'error.unknown' };
}
