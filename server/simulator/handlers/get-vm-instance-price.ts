import type { Handler } from '../handler';
import { monthlyPrice, totalPrice } from '../pricing';
import { requireImage, requireOfferedSpec, requireStorageType, requireVmType } from '../references';
import { RetCode, SimError } from '../retcode';

export const getVMInstancePrice: Handler<'GetVMInstancePrice'> = ({ db, params, companyId }) => {
  const region = params.Region;
  requireVmType(db, region, params.VMType);
  const image = requireImage(db, region, params.ImageID, companyId);
  const gpu = params.GPU ?? 0;
  requireOfferedSpec(db, region, params.VMType, params.CPU, params.Memory, gpu);
  const boot = requireStorageType(db, region, params.BootDiskSetType, 'BootDiskSetType');
  const disks = [{ sizeGb: params.BootDiskSpace, pricePerGbMonth: boot.price_gb_month }];
  const dataSize = params.DataDiskSpace ?? 0;
  if (dataSize > 0) {
    if (!params.DataDiskSetType) {
      throw new SimError(RetCode.MissingParam, 'Missing required parameter DataDiskSetType: validation.required');
    }
    const data = requireStorageType(db, region, params.DataDiskSetType, 'DataDiskSetType');
    disks.push({ sizeGb: dataSize, pricePerGbMonth: data.price_gb_month });
  }
  const monthly = monthlyPrice({
    cpu: params.CPU,
    memoryMb: params.Memory,
    gpu,
    windows: image.os_type === 'Windows',
    disks,
  });
  const Price = totalPrice(monthly, params.ChargeType, params.Quantity, params.Count ?? 1);
  return { Infos: [{ ChargeType: params.ChargeType, Price }] };
};
