import { memoryLabel } from './spec-options';
import type { Lookups } from './use-lookups';
import { instanceNames, type WizardDraft } from './wizard-schema';
import type { Translate as T } from '../../i18n/i18n-context';


export interface ChoiceGroup {
  step: number;
  title: string;
  /** `unset`: an optional choice left at its default, which the compact summary leaves out. */
  items: { label: string; value: string; unset?: boolean }[];
}

export const STEP_TITLES = [
  'createVm.step.billing',
  'createVm.step.compute',
  'createVm.step.image',
  'createVm.step.network',
  'createVm.step.identity',
  'createVm.step.review',
] as const;

function named(id: string | undefined, name: string | undefined): string {
  if (!id) return '';
  return name ? `${name} (${id})` : id;
}

/** The choices so far, by step, in words: the sticky summary and the review page show them. */
export function describeChoices(d: WizardDraft, lookups: Lookups, tenantLabel: string | undefined, t: T): ChoiceGroup[] {
  const none = t('common.none');
  const quantity = d.ChargeType && d.ChargeType !== 'Dynamic' && d.Quantity ? ` × ${d.Quantity}` : '';
  const sg = (id: string | undefined) => named(id, lookups.securityGroups.data?.find((s) => s.SGID === id)?.Name);
  const opt = (label: string, value: string | undefined, fallback = none) =>
    value ? { label, value } : { label, value: fallback, unset: true };
  const groups: Omit<ChoiceGroup, 'step' | 'title'>[] = [
    {
      items: [
        ...(tenantLabel !== undefined ? [{ label: t('createVm.tenant'), value: tenantLabel }] : []),
        { label: t('createVm.chargeType'), value: d.ChargeType ? `${t(`vms.chargeType.${d.ChargeType}`)}${quantity}` : '' },
        opt(t('createVm.project'), d.ProjectID),
      ],
    },
    {
      items: [
        { label: t('createVm.vmType'), value: named(d.VMType, lookups.vmType?.VMTypeAlias) },
        {
          label: t('createVm.spec'),
          value: d.CPU && d.Memory ? `${t('createVm.cpu.count', { count: d.CPU })} / ${memoryLabel(d.Memory)}` : '',
        },
        opt(t('createVm.gpu'), d.GPU ? t('createVm.gpu.count', { count: d.GPU }) : undefined),
      ],
    },
    {
      items: [
        { label: t('createVm.image'), value: named(d.ImageID, lookups.image?.Name) },
        { label: t('createVm.bootDisk'), value: d.BootDiskSetType ? `${d.BootDiskSetType}, ${d.BootDiskSpace ?? ''} GB` : '' },
        opt(t('createVm.dataDisk'), d.DataDiskSpace && d.DataDiskSetType ? `${d.DataDiskSetType}, ${d.DataDiskSpace} GB` : undefined),
      ],
    },
    {
      items: [
        { label: t('createVm.vpc'), value: named(d.VPCID, lookups.vpc?.Name) },
        { label: t('createVm.subnet'), value: named(d.SubnetID, lookups.subnet?.Name) },
        opt(t('createVm.internalIp'), d.InternalIP, t('createVm.internalIp.auto')),
        opt(t('createVm.wanSg'), sg(d.WANSGID)),
        opt(t('createVm.lanSg'), sg(d.LANSGID)),
        opt(
          t('createVm.publicIp'),
          d.PublicIp ? [d.OperatorName, d.IPVersion, d.Bandwidth ? `${d.Bandwidth} Mbps` : '', d.InternetIP].filter(Boolean).join(', ') : undefined,
        ),
      ],
    },
    {
      items: [
        { label: t('createVm.name'), value: d.Name ? instanceNames(d.Name, d.Count ?? 1).join(', ') : '' },
        opt(t('createVm.remark'), d.Remark),
        opt(t('createVm.applicationName'), d.ApplicationName),
        opt(t('createVm.applicationReason'), d.ApplicationReason),
        { label: t('createVm.count'), value: String(d.Count ?? 1) },
      ],
    },
  ];
  return groups.map((g, step) => ({ ...g, step, title: t(STEP_TITLES[step]) }));
}
