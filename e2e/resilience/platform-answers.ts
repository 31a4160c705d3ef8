/** What the fake platform answers when it behaves: a tenant with a few VMs in one region. */
export interface VncEndpoint {
  host: string;
  port: number;
}

export const REGION = 'cn-bj2';

const VMS = [
  { VMID: 'vm-res-web', Name: 'res-web-1', State: 'Running' },
  { VMID: 'vm-res-db', Name: 'res-db-1', State: 'Stopped' },
  { VMID: 'vm-res-drop', Name: 'res-console-drop', State: 'Running' },
  { VMID: 'vm-res-silent', Name: 'res-console-silent', State: 'Running' },
].map((vm, i) => ({
  ...vm,
  Region: REGION,
  CompanyID: 200000901,
  VMType: 'ComputeSetBBBB',
  ImageID: 'cn-image-centos-74',
  OSName: 'CentOS 7.4 64',
  OSType: 'Linux',
  CPU: 1,
  Memory: 2048,
  ChargeType: 'Dynamic',
  CreateTime: 1_700_000_000 + i * 60,
  ExpireTime: 1_900_000_000,
  IPInfos: [{ IP: `10.9.0.${10 + i}`, Type: 'Private', IPVersion: 'IPv4' }],
  DiskInfos: [{ Type: 'Boot', DiskID: `disk-${vm.VMID}`, Size: 40, StorageSetType: 'StorageSetBBBB' }],
}));

/** VMIDs.0, VMIDs.1, ... from the flattened form. */
function listParam(params: Record<string, string>, name: string): string[] {
  return Object.keys(params)
    .filter((k) => k.startsWith(`${name}.`))
    .map((k) => params[k]);
}

export function healthyAnswer(action: string, params: Record<string, string>, vnc: Map<string, VncEndpoint>): Record<string, unknown> {
  const ok = { Action: `${action}Response`, RetCode: 0 };
  switch (action) {
    case 'DescribeUser':
      // A tenant's keys: valid, but only admins may list users.
      return { Action: 'DescribeUserResponse', RetCode: 111, Message: 'admin only' };
    case 'DescribeRegion':
      return { ...ok, TotalCount: 1, Infos: [{ Region: REGION, RegionAlias: 'Beijing 2', State: 'Available' }] };
    case 'DescribeVMInstance': {
      const ids = listParam(params, 'VMIDs');
      const keyword = params.Keyword ?? '';
      const found = VMS.filter((vm) => (ids.length === 0 || ids.includes(vm.VMID)) && vm.Name.includes(keyword));
      const offset = Number(params.Offset ?? 0);
      const limit = Number(params.Limit ?? 20);
      return { ...ok, TotalCount: found.length, Infos: found.slice(offset, offset + limit) };
    }
    case 'GetVMVNCInfo': {
      const endpoint = vnc.get(params.VMID);
      if (!endpoint) return { ...ok, RetCode: 8039, Message: 'The VM has no VNC endpoint' };
      return { ...ok, Info: { VNCIP: endpoint.host, VNCPort: endpoint.port, VNCPassword: 'res-vnc-pass', VMID: params.VMID } };
    }
    default:
      // Mutations succeed; other reads are empty lists.
      return { ...ok, TotalCount: 0, Infos: [] };
  }
}
