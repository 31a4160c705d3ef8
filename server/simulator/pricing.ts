import type { ChargeType } from '../../contract/fields';

// Monthly list prices of the simulated platform (currency units). Disks are priced per storage type.
const CPU_MONTH = 45;
const MEMORY_GB_MONTH = 20;
const GPU_MONTH = 1500;
const WINDOWS_LICENSE_MONTH = 60;
// Hourly billing carries a premium over the monthly rate; a year costs ten months.
const HOURS_PER_MONTH = 720;
const HOURLY_PREMIUM = 1.2;
const MONTHS_PER_YEAR_PRICE = 10;

export interface PricedSpec {
  cpu: number;
  memoryMb: number;
  gpu: number;
  windows: boolean;
  disks: { sizeGb: number; pricePerGbMonth: number }[];
}

export function monthlyPrice(spec: PricedSpec): number {
  const disks = spec.disks.reduce((sum, d) => sum + d.sizeGb * d.pricePerGbMonth, 0);
  return (
    spec.cpu * CPU_MONTH +
    (spec.memoryMb / 1024) * MEMORY_GB_MONTH +
    spec.gpu * GPU_MONTH +
    (spec.windows ? WINDOWS_LICENSE_MONTH : 0) +
    disks
  );
}

/**
 * The total for `count` VMs: per hour for Dynamic (Quantity ignored), per Quantity months or years
 * otherwise. Rounded to cents, as a number.
 */
export function totalPrice(monthly: number, chargeType: ChargeType, quantity: number, count: number): number {
  let total: number;
  if (chargeType === 'Dynamic') total = (monthly / HOURS_PER_MONTH) * HOURLY_PREMIUM;
  else if (chargeType === 'Month') total = monthly * quantity;
  else total = monthly * MONTHS_PER_YEAR_PRICE * quantity;
  return Math.round(total * count * 100) / 100;
}
