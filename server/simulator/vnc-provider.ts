/** The simulator's VNC side: one real RFB server per running VM (implemented in rfb/). */
export interface VncEndpoint {
  host: string;
  port: number;
  password: string;
  /** Unix seconds after which the endpoint refuses new connections (300 s, as on the platform). */
  expiresAt: number;
}

export interface VncProvider {
  /** A fresh port and password for the VM; the VM's console shows its name at the login prompt. */
  open(vm: { VMID: string; Name: string }): Promise<VncEndpoint>;
  /** The VM stopped or was deleted: close its servers and every connection to them. */
  closeVm(vmId: string): void;
  close(): Promise<void>;
}
