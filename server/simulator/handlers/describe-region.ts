import type { Handler } from '../handler';
import { stmt } from '../store/open-database';

interface RegionRow {
  region: string;
  alias: string;
  state: string;
  cpu_count: number;
  memory_cap: number;
  gpu_count: number;
  storage_cap: number;
  license_state: string;
  license_expire_time: number;
}

interface Usage {
  region: string;
  cpu: number;
  memory: number;
  gpu: number;
}

/** Capacity is the platform's; what is used is summed from the VMs and disks that exist. */
export const describeRegion: Handler<'DescribeRegion'> = ({ db, params }) => {
  const regions = (
    params.Region
      ? stmt(db, 'SELECT * FROM regions WHERE region = ?').all(params.Region)
      : stmt(db, 'SELECT * FROM regions ORDER BY sort').all()
  ) as RegionRow[];
  const usage = new Map(
    (
      stmt(db, `SELECT region, SUM(cpu) AS cpu, SUM(memory) AS memory, SUM(gpu) AS gpu FROM vms
        WHERE state <> 'Deleted' GROUP BY region`).all() as Usage[]
    ).map((u) => [u.region, u]),
  );
  const storage = new Map(
    (stmt(db, 'SELECT region, SUM(size) AS size FROM disks GROUP BY region').all() as { region: string; size: number }[]).map(
      (s) => [s.region, s.size],
    ),
  );
  const Infos = regions.map((r) => ({
    Region: r.region,
    RegionAlias: r.alias,
    State: r.state,
    CPUCount: r.cpu_count,
    CPUUsed: usage.get(r.region)?.cpu ?? 0,
    MemoryCap: r.memory_cap,
    MemoryUsed: usage.get(r.region)?.memory ?? 0,
    GPUCount: r.gpu_count,
    GPUUsed: usage.get(r.region)?.gpu ?? 0,
    StorageCap: r.storage_cap,
    StorageUsed: storage.get(r.region) ?? 0,
    LicenseState: r.license_state,
    LicenseExpireTime: r.license_expire_time,
  }));
  return { TotalCount: Infos.length, Infos };
};
