import enAuth from './en-US/auth';
import enCommon from './en-US/common';
import enConsole from './en-US/console';
import enCreateVm from './en-US/create-vm';
import enOverview from './en-US/overview';
import enTenants from './en-US/tenants';
import enValidation from './en-US/validation';
import enVms from './en-US/vms';
import zhAuth from './zh-CN/auth';
import zhCommon from './zh-CN/common';
import zhConsole from './zh-CN/console';
import zhCreateVm from './zh-CN/create-vm';
import zhOverview from './zh-CN/overview';
import zhTenants from './zh-CN/tenants';
import zhValidation from './zh-CN/validation';
import zhVms from './zh-CN/vms';

// One file per feature and language keeps edits apart; each zh-CN file is typed against its
// en-US twin, so a key missing in either language fails the typecheck.
export const messages = {
  'en-US': { ...enCommon, ...enValidation, ...enAuth, ...enVms, ...enCreateVm, ...enConsole, ...enTenants, ...enOverview },
  'zh-CN': { ...zhCommon, ...zhValidation, ...zhAuth, ...zhVms, ...zhCreateVm, ...zhConsole, ...zhTenants, ...zhOverview },
};

export type Language = keyof typeof messages;
export type MessageKey = keyof (typeof messages)['en-US'];
export const LANGUAGES: Language[] = ['zh-CN', 'en-US'];
