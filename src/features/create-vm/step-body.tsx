import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n-context';
import { STEP_TITLES, type ChoiceGroup } from './choices';
import { StepBilling } from './step-billing';
import { StepCompute } from './step-compute';
import { StepIdentity } from './step-identity';
import { StepImageDisks } from './step-image-disks';
import { StepNetwork } from './step-network';
import type { StepProps } from './step-props';
import { StepReview } from './step-review';

const STEPS = [StepBilling, StepCompute, StepImageDisks, StepNetwork, StepIdentity];

/** The current step under its heading; on a step change the heading scrolls into view and takes focus, so everyone sees and hears where they are. */
export function StepBody({ step, groups, onEdit, ...props }: StepProps & { step: number; groups: ChoiceGroup[]; onEdit(step: number): void }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Focus alone does not scroll a heading that is already partly visible: bring the new step to the top
    // (below the sticky header, see .create-vm-step-title in global.css), then hand it the focus.
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [step]);
  const Step = STEPS[step];
  return (
    <section aria-labelledby="create-vm-step-title">
      <Typography.Title level={3} id="create-vm-step-title" className="create-vm-step-title" ref={heading} tabIndex={-1}>
        {t(STEP_TITLES[step])}
      </Typography.Title>
      {Step ? <Step {...props} /> : <StepReview groups={groups} onEdit={onEdit} />}
    </section>
  );
}
