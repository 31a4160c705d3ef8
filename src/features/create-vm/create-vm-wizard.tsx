import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Row, Segmented, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useScope } from '../../entities/tenant/scope';
import { useMe } from '../../components/session-context';
import { useT } from '../../i18n/i18n-context';
import { vmDetail, vmList } from '../../paths';
import { describeChoices, STEP_TITLES } from './choices';
import { tenantQueries } from '../../entities/tenant/tenant-queries';
import { clearDraft, saveDraft, type StoredDraft } from './draft-storage';
import { LeaveGuard } from './leave-guard';
import { PricePanel } from './price-panel';
import { StepBody } from './step-body';
import { SummaryPanel } from './summary-panel';
import { useCreateVms, type CreateResult } from './use-create-vms';
import { useLookups, wizardContextOf } from './use-lookups';
import { useWizardDefaults } from './use-wizard-defaults';
import { WizardNav } from './wizard-nav';
import { refusedField } from './refused-field';
import { ApiError } from '../../api/api-error';
import { wasGenerated } from './generated-password';
import { announceGeneratedPassword, takeGeneratedPassword } from '../../entities/vm/new-vm-password';
import { GeneratedPasswordNotice } from '../../components/generated-password-notice';
import { wizardResolver } from './wizard-resolver';
import { WizardSteps } from './wizard-steps';
import { STEP_FIELDS, type WizardContext, type WizardDraft, type WizardField, type WizardValues } from './wizard-schema';
import { QuickCreateBody } from './quick-create-body';
import { vmQueries } from '../../entities/vm/vm-queries';
import { CopyRequestButton } from './copy-request-button';
import { ApiErrorAlert } from '../../components/api-error-alert';

const LAST_STEP = STEP_TITLES.length - 1;
/** How many of the tenant's newest VMs decide the default network. */
const RECENT_VMS = 100;

/** The create wizard: one form over six steps, the price and a summary beside it. */
interface CreateVmWizardProps {
  storageKey: string;
  initial: StoredDraft;
  /** Where the initial values came from: this tab's saved draft, or a VM being copied. */
  origin: { restored: true } | { copiedFrom: string } | null;
  fresh: WizardDraft;
  /** Start on the one-page quick create instead of the steps. */
  quick?: boolean;
}

/** What quick create asks for; everything else keeps the wizard's defaults. */
const QUICK_FIELDS: readonly WizardField[] = ['Name', 'CPU', 'Memory', 'ImageID', 'Password', 'ConfirmPassword'];

export function CreateVmWizard({ storageKey, initial, origin, fresh, quick: startQuick = false }: CreateVmWizardProps) {
  const { t } = useT();
  const me = useMe();
  const { region } = useScope();
  const navigate = useNavigate();
  const [step, setStep] = useState(Math.min(Math.max(initial.step, 0), LAST_STEP));
  const [quick, setQuick] = useState(startQuick);
  /** Leaves quick create for the full wizard at this step, every value kept (it is one form). */
  const openStep = (target: number) => {
    setQuick(false);
    setStep(target);
  };
  const [results, setResults] = useState<CreateResult[] | null>(null);
  const [resultPassword, setResultPassword] = useState<string | null>(null);
  const [notice, setNotice] = useState(origin);
  // The rules need lookup facts (image size, subnet CIDR...) that are known only after the form renders.
  const contextRef = useRef<WizardContext>({ windows: false, requireTenant: me.IsAdmin });
  const released = useRef(false);
  const form = useForm<WizardDraft, WizardContext, WizardValues>({
    defaultValues: initial.values,
    resolver: (values, _context, options) => wizardResolver(values, contextRef.current, options),
    mode: 'onTouched',
  });
  const draft = useWatch({ control: form.control });
  const tenant = me.IsAdmin ? draft.CompanyID : undefined;
  const scope = { region, companyId: tenant };
  const lookups = useLookups(scope, draft, !me.IsAdmin || tenant !== undefined);
  const context = wizardContextOf(lookups, me.IsAdmin);
  // The tenant's newest VMs, for the network they use most (one read, only for a fresh wizard).
  const recent = useQuery({ ...vmQueries.every(scope, undefined, RECENT_VMS), enabled: origin === null && lookups.tenantChosen });
  useWizardDefaults(form, lookups, origin === null, quick, recent.data?.vms ?? (recent.isError ? [] : undefined));
  useEffect(() => {
    contextRef.current = context;
  });
  useEffect(() => {
    if (!released.current) saveDraft(storageKey, draft, step);
  }, [draft, step, storageKey]);
  // Once a step has refused to advance, its messages follow the user's corrections as they type.
  const { subscribe, trigger, getFieldState } = form;
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name }) => {
          const wrong = STEP_FIELDS.flat().filter((f) => getFieldState(f).invalid);
          if (name && wrong.length > 0) void trigger(wrong);
        },
      }),
    [subscribe, trigger, getFieldState],
  );

  const tenants = useQuery({ ...tenantQueries.list(), enabled: me.IsAdmin });
  const tenantUser = tenants.data?.Infos.find((u) => u.CompanyID === tenant);
  const tenantLabel = me.IsAdmin ? (tenantUser ? `${tenantUser.Name} (${tenantUser.CompanyID})` : (tenant?.toString() ?? '')) : undefined;
  const groups = describeChoices(draft, lookups, tenantLabel, t);
  const { create, mutation } = useCreateVms(scope);

  const goTo = async (target: number) => {
    for (let s = step; s < target; s++) {
      if (!(await form.trigger([...STEP_FIELDS[s]], { shouldFocus: true }))) {
        setStep(s);
        return;
      }
    }
    setStep(target);
  };

  const onValid = async (values: WizardValues) => {
    setResults(null);
    const done = await create(values);
    if (!done) return;
    if ('refused' in done) {
      placeRefusal(done.refused);
      return;
    }
    const ids = done.flatMap((r) => (r.vmId ? [r.vmId] : []));
    // A password the console generated is shown once more where the user lands (the detail, the list or the results).
    const generated = wasGenerated(values.Password) ? values.Password : null;
    if (generated && ids.length > 0) announceGeneratedPassword(ids, generated);
    if (ids.length < done.length) {
      setResults(done);
      setResultPassword(generated && ids.length > 0 ? takeGeneratedPassword(ids) : null);
      return;
    }
    released.current = true;
    clearDraft(storageKey);
    // The detail and list pages read the tenant from the URL: name the owner of the new VMs.
    const [only] = ids;
    navigate(ids.length === 1 && only ? vmDetail(only, { company: tenant }) : vmList({ ids: ids.length > 1 ? ids : undefined, company: tenant }));
  };
  /** A refusal that names a field ("InternalIP 10.0.0.5 is already in use") goes on that field, at its step. */
  const placeRefusal = (error: unknown) => {
    const field = refusedField(error);
    if (!field || !(error instanceof ApiError)) return;
    form.setError(field, { type: 'platform', message: `[${error.retCode}] ${error.message}` }, { shouldFocus: false });
    if (!(quick && QUICK_FIELDS.includes(field))) openStep(STEP_FIELDS.findIndex((fields) => fields.includes(field)));
  };
  const onInvalid = (errors: FieldErrors<WizardDraft>) => {
    const first = STEP_FIELDS.findIndex((fields) => fields.some((f) => errors[f]));
    // Quick create shows its own fields' messages; a default that does not fit (no subnet...) opens its step.
    if (quick && Object.keys(errors).every((f) => QUICK_FIELDS.includes(f as WizardField))) return;
    if (first >= 0) openStep(first);
  };

  const startOver = () => {
    clearDraft(storageKey);
    form.reset(fresh);
    setStep(0);
    setNotice(null);
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('createVm.title')}
      </Typography.Title>
      {notice && (
        <Alert
          type="info"
          showIcon
          title={'restored' in notice ? t('createVm.draft.restored') : t('createVm.from.copying', { name: notice.copiedFrom })}
          action={<Button size="small" onClick={startOver}>{t('createVm.draft.startOver')}</Button>}
        />
      )}
      <Segmented<'quick' | 'full'>
        aria-label={t('createVm.mode')}
        value={quick ? 'quick' : 'full'}
        onChange={(mode) => (mode === 'quick' ? setQuick(true) : openStep(0))}
        options={[
          { value: 'quick', label: t('createVm.mode.quick') },
          { value: 'full', label: t('createVm.mode.full') },
        ]}
      />
      {!quick && <WizardSteps current={step} errors={form.formState.errors} onChange={(s) => void goTo(s)} />}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          {quick ? (
            <>
              <Form layout="vertical" component="div">
                <QuickCreateBody form={form} draft={draft} lookups={lookups} onMoreOptions={openStep} />
              </Form>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {mutation.error ? <ApiErrorAlert error={mutation.error} /> : null}
                <Space wrap>
                  <Button type="primary" loading={mutation.isPending} disabled={mutation.isPending} onClick={() => void form.handleSubmit(onValid, onInvalid)()}>
                    {t('createVm.submit')}
                  </Button>
                  <CopyRequestButton draft={draft} scope={scope} />
                </Space>
              </Space>
            </>
          ) : (
            <Form layout="vertical" component="div">
              <StepBody step={step} form={form} draft={draft} lookups={lookups} groups={groups} onEdit={setStep} />
            </Form>
          )}
          {results && resultPassword && <GeneratedPasswordNotice password={resultPassword} />}
          {!quick && <WizardNav
            step={step}
            last={LAST_STEP}
            draft={draft}
            scope={scope}
            pending={mutation.isPending}
            error={mutation.error}
            results={results}
            onPrevious={() => setStep(step - 1)}
            onNext={() => void goTo(step + 1)}
            onSubmit={() => void form.handleSubmit(onValid, onInvalid)()}
          />}
        </Col>
        <Col xs={24} lg={8}>
          {/* Sticky below the sticky header, never under it: no taller than the window below the header (it scrolls
              itself beyond that), so the page never has to scroll it away. Focusable, so keys can scroll it too. */}
          <section className="create-vm-aside" aria-label={t('createVm.aside')} tabIndex={0}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <PricePanel draft={draft} scope={scope} />
              <SummaryPanel groups={groups} />
            </Space>
          </section>
        </Col>
      </Row>
      <LeaveGuard when={form.formState.isDirty} released={released} />
    </Space>
  );
}
