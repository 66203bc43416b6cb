import { describe, expect, it } from 'vitest';
import { Channel } from '../booking/appointment-lifecycle';
import { ApiKeyLevel, DeviceKind, Permission, anonymous, builtInRoles, can, canInDepartment, canInOrganisation, channelOf, noRights, rightsFrom, rightsOf, type Grant, type Principal } from './principal';

const atOffice1 = (role: keyof typeof builtInRoles): Grant => ({ permissions: builtInRoles[role], scope: { level: 'office', organisationId: 1, officeId: 1 }, departmentIds: [], officeIds: [1] });
const staff = (accountId: number, grants: Grant[]): Principal => ({ kind: 'staff', accountId, username: `user${accountId}`, organisationId: 1, isAdmin: false, rights: rightsFrom(grants) });
const staffOf1 = staff(1, [atOffice1('counter')]);
const adminOf1 = staff(2, [atOffice1('admin')]);
const platformAdmin: Principal = { kind: 'staff', accountId: 3, username: 'admin', organisationId: null, isAdmin: true, rights: noRights };
const partner: Principal = { kind: 'apiKey', keyId: 1, name: 'Partner', level: ApiKeyLevel.public, organisationId: 1 };
const hotline: Principal = { kind: 'apiKey', keyId: 2, name: '115', level: ApiKeyLevel.callcenter, organisationId: 1 };
const kiosk: Principal = { kind: 'device', deviceId: 1, name: 'Kiosk', deviceKind: DeviceKind.kiosk, officeIds: [1], organisationId: 1 };
const display: Principal = { kind: 'device', deviceId: 2, name: 'Anzeige', deviceKind: DeviceKind.display, officeIds: [1], organisationId: 1 };
// Department 10 (offices 1, 2) and department 20 (office 3) of organisation 1.
const departmentAdmin = staff(4, [{ permissions: builtInRoles.admin, scope: { level: 'department', organisationId: 1, departmentId: 10 }, departmentIds: [10], officeIds: [1, 2] }]);
const organisationAdmin = staff(5, [{ permissions: builtInRoles.admin, scope: { level: 'organisation', organisationId: 1 }, departmentIds: [10, 20], officeIds: [1, 2, 3] }]);

describe('can', () => {
  it.each<[string, Principal, Permission, number | undefined, boolean]>([
    ['anonymous books as a citizen', anonymous, Permission.bookAsCitizen, undefined, true],
    ['anonymous does not book on site', anonymous, Permission.bookOnSite, 1, false],
    ['a partner key books as a citizen', partner, Permission.bookAsCitizen, undefined, true],
    ['the 115 gets no more than a citizen', hotline, Permission.bookOnSite, 1, false],
    ['the 115 manages nothing', hotline, Permission.manageOffice, 1, false],
    ['staff book on site at their office', staffOf1, Permission.bookOnSite, 1, true],
    ['staff do not book on site elsewhere', staffOf1, Permission.bookOnSite, 2, false],
    ['staff see their office administration', staffOf1, Permission.viewOfficeAdministration, 1, true],
    ['staff do not manage their office', staffOf1, Permission.manageOffice, 1, false],
    ['an office admin manages their office', adminOf1, Permission.manageOffice, 1, true],
    ['an office admin does not manage another', adminOf1, Permission.manageOffice, 2, false],
    ['an office admin does not administer the platform', adminOf1, Permission.administerPlatform, undefined, false],
    ['an office-scoped right needs an office', adminOf1, Permission.manageOffice, undefined, false],
    ['the admin manages every office', platformAdmin, Permission.manageOffice, 7, true],
    ['the admin administers the platform', platformAdmin, Permission.administerPlatform, undefined, true],
    ['a kiosk does not book', kiosk, Permission.bookAsCitizen, undefined, false],
    ['a kiosk manages nothing', kiosk, Permission.manageOffice, 1, false],
    ['a kiosk issues tickets at its office', kiosk, Permission.issueTicket, 1, true],
    ['a kiosk issues no tickets elsewhere', kiosk, Permission.issueTicket, 2, false],
    ['a kiosk checks citizens in at its office', kiosk, Permission.checkIn, 1, true],
    ['a kiosk does not work the queue', kiosk, Permission.workQueue, 1, false],
    ['a display shows the calls of its office', display, Permission.viewCalls, 1, true],
    ['a display issues no tickets', display, Permission.issueTicket, 1, false],
    ['staff work the queue of their office', staffOf1, Permission.workQueue, 1, true],
    ['staff do not work the queue elsewhere', staffOf1, Permission.workQueue, 2, false],
    ['the 115 does not work a queue', hotline, Permission.workQueue, 1, false],
    ['a counter clerk manages no staff', staffOf1, Permission.manageStaff, 1, false],
    ['a department admin manages the offices of the department', departmentAdmin, Permission.manageOffice, 2, true],
    ['a department admin manages no office of another department', departmentAdmin, Permission.manageOffice, 3, false],
    ['an organisation admin manages every office of it', organisationAdmin, Permission.manageCapacity, 3, true],
  ])('%s', (_, principal, permission, officeId, allowed) => {
    expect(can(principal, permission, officeId)).toBe(allowed);
  });

  it.each<[Principal, Channel]>([
    [anonymous, Channel.PORTAL],
    [partner, Channel.PARTNER],
    [hotline, Channel.HOTLINE],
    [staffOf1, Channel.COUNTER],
    [kiosk, Channel.KIOSK],
  ])('books for %j on channel %s', (principal, channel) => {
    expect(channelOf(principal)).toBe(channel);
  });
});

describe('wider scopes', () => {
  it('a department right holds for the department only', () => {
    expect(canInDepartment(departmentAdmin, Permission.manageOrganisation, 10)).toBe(true);
    expect(canInDepartment(departmentAdmin, Permission.manageOrganisation, 20)).toBe(false);
    expect(canInOrganisation(departmentAdmin, Permission.manageOrganisation, 1)).toBe(false);
  });

  it('an organisation right holds for the organisation and each department', () => {
    expect(canInOrganisation(organisationAdmin, Permission.manageApiKeys, 1)).toBe(true);
    expect(canInOrganisation(organisationAdmin, Permission.manageApiKeys, 2)).toBe(false);
    expect(canInDepartment(organisationAdmin, Permission.manageStaff, 20)).toBe(true);
  });

  it('an office role gives nothing above the office', () => {
    expect(canInDepartment(adminOf1, Permission.manageOrganisation, 10)).toBe(false);
    expect(canInOrganisation(adminOf1, Permission.manageApiKeys, 1)).toBe(false);
  });

  it('no role gives the platform right', () => {
    expect(can(organisationAdmin, Permission.administerPlatform)).toBe(false);
    expect(canInOrganisation(platformAdmin, Permission.manageOrganisation, 9)).toBe(true);
  });
});

describe('rightsOf', () => {
  const otherDisplay: Principal = { ...display, deviceId: 9, name: 'Anzeige 2' };
  const otherStaffOf1 = staff(7, [atOffice1('counter')]);

  it('names equal rights alike, whoever holds them', () => {
    expect(rightsOf(otherDisplay)).toBe(rightsOf(display));
    expect(rightsOf(otherStaffOf1)).toBe(rightsOf(staffOf1));
    expect(rightsOf({ ...partner, keyId: 5, name: 'Other partner' })).toBe(rightsOf(partner));
  });

  it('names different rights apart', () => {
    const names = [anonymous, partner, hotline, staffOf1, adminOf1, platformAdmin, kiosk, display, { ...display, officeIds: [2] }].map(rightsOf);
    expect(new Set(names).size).toBe(names.length);
  });
});
