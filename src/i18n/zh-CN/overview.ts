import type en from '../en-US/overview';

export default {} satisfies Record<keyof typeof en, string>;
