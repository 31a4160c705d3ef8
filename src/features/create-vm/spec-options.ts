import type { VMTypeInfo } from '../../../contract/describe-vm-type';

type Spec = NonNullable<VMTypeInfo['Specs']>[number];

/** The choices a VM type's offered specs allow: CPUs, the memory sizes for a CPU count, GPU counts. */
export function specOptions(specs: Spec[] | undefined, cpu: number | undefined) {
  const list = specs ?? [];
  const cpus = [...new Set(list.map((s) => s.CPU))].sort((a, b) => a - b);
  const memories = [...new Set(list.filter((s) => s.CPU === cpu).map((s) => s.Memory))].sort((a, b) => a - b);
  const gpus = [...new Set(list.map((s) => s.GPU ?? 0).filter((g) => g > 0))].sort((a, b) => a - b);
  return { cpus, memories, gpus, hasGpu: gpus.length > 0, hasPlain: list.some((s) => !s.GPU) };
}

/** The sizes without GPU, smallest first (fewest CPUs, then least memory). */
export function plainSizes(specs: Spec[] | undefined): Spec[] {
  return (specs ?? []).filter((s) => !s.GPU).sort((a, b) => a.CPU - b.CPU || a.Memory - b.Memory);
}

/** The spec to start from on a newly chosen VM type: the smallest, without GPU where there is one. */
export function firstSpec(specs: Spec[] | undefined): Spec | undefined {
  return plainSizes(specs)[0] ?? specs?.[0];
}

export function memoryLabel(mb: number): string {
  return mb % 1024 === 0 ? `${mb / 1024} GB` : `${mb} MB`;
}
