import type en from '../en-US';
import activity from './activity';
import auth from './auth';
import common from './common';
import console from './console';
import createVm from './create-vm';
import overview from './overview';
import tenants from './tenants';
import validation from './validation';
import vms from './vms';

/** Every Chinese message: one chunk, loaded only when Chinese is the language in use. */
const zh: typeof en = { ...common, ...validation, ...auth, ...vms, ...createVm, ...console, ...tenants, ...overview, ...activity };
export default zh;
