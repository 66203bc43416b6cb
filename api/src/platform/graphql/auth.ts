import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../request-context';
import { unauthenticated } from './errors';

export enum Role {
  admin = 'admin',
}

/** Until staff accounts exist, the admin token is the one role; everyone else is the public. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (roles.includes(Role.admin) && !context.caller.isAdmin) throw unauthenticated('This operation needs the admin token.');
  return true;
};
