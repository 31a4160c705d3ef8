import type { ActivityEvent } from '../../../contract/gateway-activity';
import type { Me } from '../../../contract/gateway-auth';
import type { MutatingAction } from '../../../contract/contract';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';

const ACTION_LABELS: Record<MutatingAction, MessageKey> = {
  CreateVMInstance: 'activity.action.CreateVMInstance',
  StartVMInstance: 'activity.action.StartVMInstance',
  StopVMInstance: 'activity.action.StopVMInstance',
  RestartVMInstance: 'activity.action.RestartVMInstance',
  PoweroffVMInstance: 'activity.action.PoweroffVMInstance',
  ResetVMInstancePassword: 'activity.action.ResetVMInstancePassword',
  ReinstallVMInstance: 'activity.action.ReinstallVMInstance',
  ResizeVMConfig: 'activity.action.ResizeVMConfig',
  UpdateVMDefaultGW: 'activity.action.UpdateVMDefaultGW',
  DeleteVMInstance: 'activity.action.DeleteVMInstance',
  GetVMVNCInfo: 'activity.action.GetVMVNCInfo',
};

/** The action in words; an action this console does not know (a newer gateway) by its platform name. */
export function actionText(action: string, t: I18n['t']): string {
  const key = (ACTION_LABELS as Record<string, MessageKey | undefined>)[action];
  return key ? t(key) : action;
}

/** A public key shortened for a table cell; the full key is the cell's title. */
export function shortKey(publicKey: string): string {
  return publicKey.length > 12 ? `${publicKey.slice(0, 10)}…` : publicKey;
}

/** Who did it: "You", "Admin … for tenant 200000001", "Admin …", or the other key pair. */
export function actorText(event: ActivityEvent, me: Me, t: I18n['t']): string {
  if (event.PublicKey === me.PublicKey) return event.OnBehalf ? t('activity.actor.youFor', { company: event.CompanyID ?? '' }) : t('activity.actor.you');
  const key = shortKey(event.PublicKey);
  if (event.IsAdmin) return event.OnBehalf ? t('activity.actor.adminFor', { key, company: event.CompanyID ?? '' }) : t('activity.actor.admin', { key });
  return t('activity.actor.key', { key });
}

/** The params besides the ones every row already shows (region, VM), as `name=value` pairs. */
export function paramsText(params: Record<string, unknown>): string {
  return Object.entries(params)
    .filter(([name]) => name !== 'Region' && name !== 'VMID')
    .map(([name, value]) => `${name}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(', ');
}
