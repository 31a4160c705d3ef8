import { createVncServers, type VncServers } from '../../simulator/rfb/vnc-servers';
import { signedEcho, type PlatformBehaviour } from '../test-platform';

/**
 * Test support: the test platform answering GetVMVNCInfo with the simulator's real VNC servers (a fresh
 * endpoint per call) and everything else as signedEcho; `vncCalls` counts the GetVMVNCInfo that arrived.
 */
export function vncPlatform(): { behaviour: PlatformBehaviour; servers: VncServers; vncCalls: () => number } {
  const servers = createVncServers();
  let calls = 0;
  const behaviour: PlatformBehaviour = (received, res) => {
    if (received.params.Action !== 'GetVMVNCInfo') return signedEcho(received, res);
    calls += 1;
    const vmId = received.params.VMID ?? 'vm-a';
    void servers.open({ VMID: vmId, Name: 'web-01' }).then((e) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({ Action: 'GetVMVNCInfoResponse', RetCode: 0, Info: { VNCIP: e.host, VNCPort: e.port, VNCPassword: e.password, VMID: vmId } }),
      ),
    );
  };
  return { behaviour, servers, vncCalls: () => calls };
}
