/** The platform's RetCodes the simulator answers (docs/protocol.md §4). */
export const RetCode = {
  Ok: 0,
  Internal: 2,
  MissingParam: 3,
  BadFormat: 4,
  MissingAction: 101,
  MissingRegion: 102,
  MissingPublicKey: 103,
  MissingSignature: 104,
  BadSignature: 109,
  UnknownAction: 110,
  AdminOnly: 111,
  CheckFailed: 113,
  NotFound: 200,
  ProjectNotFound: 651,
  ImageNotFound: 1000,
  ImageState: 1002,
  VmNotFound: 1004,
  VmState: 1005,
  VmBusy: 1006,
  VmMustBeStopped: 1014,
  SpecNotOffered: 1015,
  BootDiskTooSmall: 1020,
  PasswordComplexity: 1030,
  VpcNotFound: 3000,
  SubnetNotFound: 3003,
  SecurityGroupNotFound: 16002,
} as const;

/** A business error: becomes `{RetCode, Message}` in an HTTP 200 answer. */
export class SimError extends Error {
  readonly retCode: number;

  constructor(retCode: number, message: string) {
    super(message);
    this.name = 'SimError';
    this.retCode = retCode;
  }
}
