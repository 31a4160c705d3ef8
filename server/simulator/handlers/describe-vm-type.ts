import type { Handler } from '../handler';
import { stmt } from '../store/open-database';

/** VM types of the region, each with the CPU/memory(/GPU) combinations it offers. */
export const describeVMType: Handler<'DescribeVMType'> = ({ db, params }) => {
  const types = stmt(db, 'SELECT vm_type, alias, set_arch FROM vm_types WHERE region = ? ORDER BY vm_type').all(params.Region) as {
    vm_type: string;
    alias: string;
    set_arch: string;
  }[];
  const specs = stmt(db, 'SELECT vm_type, cpu, memory, gpu FROM specs WHERE region = ? ORDER BY gpu, cpu, memory').all(
    params.Region,
  ) as { vm_type: string; cpu: number; memory: number; gpu: number }[];
  const Infos = types.map((t) => ({
    VMType: t.vm_type,
    VMTypeAlias: t.alias,
    SetArch: t.set_arch,
    Region: params.Region,
    Specs: specs
      .filter((s) => s.vm_type === t.vm_type)
      .map((s) => (s.gpu > 0 ? { CPU: s.cpu, Memory: s.memory, GPU: s.gpu } : { CPU: s.cpu, Memory: s.memory })),
  }));
  return { TotalCount: Infos.length, Infos };
};
