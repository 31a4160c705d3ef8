import type { Handler } from '../handler';
import { stmt } from '../store/open-database';

export const describeStorageType: Handler<'DescribeStorageType'> = ({ db, params }) => {
  const rows = stmt(db, 'SELECT storage_type, alias, set_arch FROM storage_types WHERE region = ? ORDER BY storage_type').all(
    params.Region,
  ) as { storage_type: string; alias: string; set_arch: string }[];
  const Infos = rows.map((r) => ({
    StorageType: r.storage_type,
    StorageTypeAlias: r.alias,
    SetArch: r.set_arch,
    Region: params.Region,
  }));
  return { TotalCount: Infos.length, Infos };
};
