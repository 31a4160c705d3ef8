import type en from '../en-US/auth';

export default {} satisfies Record<keyof typeof en, string>;
