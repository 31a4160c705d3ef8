import type en from '../en-US/tenants';

export default {} satisfies Record<keyof typeof en, string>;
