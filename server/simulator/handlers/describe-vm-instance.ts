import type { Handler } from '../handler';
import { vmInfos } from '../store/vm-info';
import { listVmIds } from '../store/vm-list-query';

/** Filters and pages in SQL, newest first; store/vm-list-query.ts says how each shape avoids a scan. */
export const describeVMInstance: Handler<'DescribeVMInstance'> = ({ db, params, companyId }) => {
  const { total, ids } = listVmIds(db, {
    companyId,
    region: params.Region,
    vpcId: params.VPCID,
    subnetId: params.SubnetID,
    vmIds: params.VMIDs,
    projectIds: params.ProjectIDs,
    states: params.States,
    keyword: params.Keyword,
    offset: params.Offset,
    limit: params.Limit,
  });
  return { TotalCount: total, Infos: vmInfos(db, ids) };
};
