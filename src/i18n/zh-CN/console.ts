import type en from '../en-US/console';

export default {} satisfies Record<keyof typeof en, string>;
