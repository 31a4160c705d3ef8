import type { HandlerMap } from '../handler';
import { createVMInstance } from './create-vm-instance';
import { deleteVMInstance } from './delete-vm-instance';
import { describeEIP } from './describe-eip';
import { describeImage } from './describe-image';
import { describeRegion } from './describe-region';
import { describeSecurityGroup } from './describe-security-group';
import { describeStorageType } from './describe-storage-type';
import { describeSubnet } from './describe-subnet';
import { describeUser } from './describe-user';
import { describeVMInstance } from './describe-vm-instance';
import { describeVMType } from './describe-vm-type';
import { describeVPC } from './describe-vpc';
import { getVMInstancePrice } from './get-vm-instance-price';
import { getVMVNCInfo } from './get-vm-vnc-info';
import { poweroffVMInstance } from './poweroff-vm-instance';
import { reinstallVMInstance } from './reinstall-vm-instance';
import { resetVMInstancePassword } from './reset-vm-instance-password';
import { resizeVMConfig } from './resize-vm-config';
import { restartVMInstance } from './restart-vm-instance';
import { startVMInstance } from './start-vm-instance';
import { stopVMInstance } from './stop-vm-instance';
import { updateVMDefaultGW } from './update-vm-default-gw';

/** Typed over the contract: adding an action to src/api/contract.ts without a handler fails to compile. */
export const handlers: HandlerMap = {
  CreateVMInstance: createVMInstance,
  DescribeVMInstance: describeVMInstance,
  GetVMInstancePrice: getVMInstancePrice,
  StartVMInstance: startVMInstance,
  RestartVMInstance: restartVMInstance,
  StopVMInstance: stopVMInstance,
  PoweroffVMInstance: poweroffVMInstance,
  ResetVMInstancePassword: resetVMInstancePassword,
  ReinstallVMInstance: reinstallVMInstance,
  ResizeVMConfig: resizeVMConfig,
  UpdateVMDefaultGW: updateVMDefaultGW,
  DeleteVMInstance: deleteVMInstance,
  GetVMVNCInfo: getVMVNCInfo,
  DescribeRegion: describeRegion,
  DescribeVMType: describeVMType,
  DescribeStorageType: describeStorageType,
  DescribeImage: describeImage,
  DescribeVPC: describeVPC,
  DescribeSubnet: describeSubnet,
  DescribeSecurityGroup: describeSecurityGroup,
  DescribeEIP: describeEIP,
  DescribeUser: describeUser,
};
