import activity from './activity';
import auth from './auth';
import common from './common';
import console from './console';
import createVm from './create-vm';
import overview from './overview';
import tenants from './tenants';
import validation from './validation';
import vms from './vms';

/** Every English message: one chunk, loaded only when English is the language in use. */
export default { ...common, ...validation, ...auth, ...vms, ...createVm, ...console, ...tenants, ...overview, ...activity };
