/**
 * The seeded VMs (all in cn-bj2). Ages are chosen so that some Month/Year VMs expire within 7 and
 * 30 days of the seed, and so the newest-first order is fixed.
 */
export interface DemoVm {
  id: string;
  tenant: 'demo' | 'othr';
  name: string;
  state: 'Running' | 'Stopped' | 'Failed';
  image: string;
  cpu: number;
  memory: number;
  gpu?: number;
  chargeType: 'Dynamic' | 'Month' | 'Year';
  quantity?: number;
  /** Days between creation and the seed. */
  ageDays: number;
  subnet: 1 | 2;
  eip?: boolean;
  /** A second EIP bound besides the default one, so "Set default gateway" has a choice. */
  secondEip?: boolean;
  dataDisk?: number;
  bootDisk?: number;
  remark?: string;
}

export const DEMO_VMS: readonly DemoVm[] = [
  { id: 'vm-demo0001', tenant: 'demo', name: 'web-01', state: 'Running', image: 'cn-image-centos-74', cpu: 2, memory: 4096,
    chargeType: 'Month', quantity: 1, ageDays: 25, subnet: 1, eip: true, dataDisk: 100, remark: 'Expires within a week' },
  { id: 'vm-demo0002', tenant: 'demo', name: 'web-02', state: 'Running', image: 'cn-image-ubuntu-2204', cpu: 2, memory: 4096,
    chargeType: 'Dynamic', ageDays: 20, subnet: 1, eip: true, secondEip: true },
  { id: 'vm-demo0003', tenant: 'demo', name: 'db-01', state: 'Running', image: 'cn-image-centos-74', cpu: 8, memory: 16384,
    chargeType: 'Year', quantity: 1, ageDays: 345, subnet: 2, dataDisk: 500, remark: 'Expires within a month' },
  { id: 'vm-demo0004', tenant: 'demo', name: 'build-server', state: 'Stopped', image: 'cn-image-ubuntu-2204', cpu: 4,
    memory: 8192, chargeType: 'Dynamic', ageDays: 15, subnet: 1 },
  { id: 'vm-demo0005', tenant: 'demo', name: 'win-desktop', state: 'Running', image: 'cn-image-win-2019', cpu: 4, memory: 8192,
    chargeType: 'Month', quantity: 3, ageDays: 12, subnet: 1, bootDisk: 60, eip: true },
  { id: 'vm-demo0006', tenant: 'demo', name: 'gpu-trainer', state: 'Running', image: 'cn-image-ubuntu-2204', cpu: 8,
    memory: 16384, gpu: 2, chargeType: 'Dynamic', ageDays: 8, subnet: 2 },
  { id: 'vm-demo0007', tenant: 'demo', name: 'legacy-app', state: 'Stopped', image: 'cn-image-custom-demo', cpu: 1,
    memory: 2048, chargeType: 'Month', quantity: 6, ageDays: 40, subnet: 2 },
  { id: 'vm-demo0008', tenant: 'demo', name: 'broken-vm', state: 'Failed', image: 'cn-image-centos-74', cpu: 1, memory: 2048,
    chargeType: 'Dynamic', ageDays: 3, subnet: 1, remark: 'Failed during creation' },
  { id: 'vm-othr0001', tenant: 'othr', name: 'other-web', state: 'Running', image: 'cn-image-centos-74', cpu: 2, memory: 4096,
    chargeType: 'Dynamic', ageDays: 18, subnet: 1, eip: true },
  { id: 'vm-othr0002', tenant: 'othr', name: 'other-db', state: 'Stopped', image: 'cn-image-ubuntu-2204', cpu: 4, memory: 8192,
    chargeType: 'Month', quantity: 1, ageDays: 27, subnet: 2, dataDisk: 200, remark: 'Expires within a week' },
  { id: 'vm-othr0003', tenant: 'othr', name: 'other-win', state: 'Running', image: 'cn-image-win-2019', cpu: 4, memory: 8192,
    chargeType: 'Year', quantity: 1, ageDays: 100, subnet: 1, bootDisk: 60 },
  { id: 'vm-othr0004', tenant: 'othr', name: 'other-test', state: 'Running', image: 'cn-image-ubuntu-2204', cpu: 1, memory: 2048,
    chargeType: 'Dynamic', ageDays: 2, subnet: 2 },
];
