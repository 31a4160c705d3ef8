import type en from '../en-US/vms';

export default {} satisfies Record<keyof typeof en, string>;
