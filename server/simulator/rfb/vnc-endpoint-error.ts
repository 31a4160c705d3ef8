/**
 * No endpoint could be opened: the caps are reached, or the process is out of descriptors (EMFILE). The
 * GetVMVNCInfo handler answers it with a clear RetCode instead of failing the whole process (issue 13).
 */
export class VncEndpointError extends Error {
  constructor(
    readonly reason: 'capacity' | 'descriptors',
    message: string,
  ) {
    super(message);
    this.name = 'VncEndpointError';
  }
}
