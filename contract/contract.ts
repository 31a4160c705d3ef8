import type { z } from 'zod';
import { CreateVMInstance } from './create-vm-instance';
import { DeleteVMInstance } from './delete-vm-instance';
import { DescribeEIP } from './describe-eip';
import { DescribeImage } from './describe-image';
import { DescribeRegion } from './describe-region';
import { DescribeSecurityGroup } from './describe-security-group';
import { DescribeStorageType } from './describe-storage-type';
import { DescribeSubnet } from './describe-subnet';
import { DescribeUser } from './describe-user';
import { DescribeVMInstance } from './describe-vm-instance';
import { DescribeVMType } from './describe-vm-type';
import { DescribeVPC } from './describe-vpc';
import { GetVMInstancePrice } from './get-vm-instance-price';
import { GetVMVNCInfo } from './get-vm-vnc-info';
import { PoweroffVMInstance } from './poweroff-vm-instance';
import { ReinstallVMInstance } from './reinstall-vm-instance';
import { ResetVMInstancePassword } from './reset-vm-instance-password';
import { ResizeVMConfig } from './resize-vm-config';
import { RestartVMInstance } from './restart-vm-instance';
import { StartVMInstance } from './start-vm-instance';
import { StopVMInstance } from './stop-vm-instance';
import { UpdateVMDefaultGW } from './update-vm-default-gw';

/** Every action the console speaks: the gateway forwards these and nothing else. */
export const contract = {
  CreateVMInstance,
  DescribeVMInstance,
  GetVMInstancePrice,
  StartVMInstance,
  RestartVMInstance,
  StopVMInstance,
  PoweroffVMInstance,
  ResetVMInstancePassword,
  ReinstallVMInstance,
  ResizeVMConfig,
  UpdateVMDefaultGW,
  DeleteVMInstance,
  GetVMVNCInfo,
  DescribeRegion,
  DescribeVMType,
  DescribeStorageType,
  DescribeImage,
  DescribeVPC,
  DescribeSubnet,
  DescribeSecurityGroup,
  DescribeEIP,
  DescribeUser,
} as const;

export type Contract = typeof contract;
export type ActionName = keyof Contract;
export type ActionRequest<A extends ActionName> = z.input<Contract[A]['request']>;
export type ActionParams<A extends ActionName> = z.output<Contract[A]['request']>;
export type ActionResponse<A extends ActionName> = z.output<Contract[A]['response']>;
/** The actions that change platform state, read off each definition's `mutating` literal. */
export type MutatingAction = { [A in ActionName]: Contract[A]['mutating'] extends true ? A : never }[ActionName];

export function isActionName(name: unknown): name is ActionName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
