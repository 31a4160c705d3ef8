import type en from '../en-US/create-vm';

export default {} satisfies Record<keyof typeof en, string>;
