// The sync package's door: what screens, app-wide state and widgets use of sync (a lint rule, `npm run
// lint`, refuses an import around it): the app's one sync client, the account and its status, the account's
// devices and password, sharing a class, and the errors and words a screen shows.

export { accountStatus, currentAccount, type SyncAccount } from './account.ts';
export { changePassword, deleteAccount, listDevices, signOutDevice } from './accountAdmin.ts';
export { sync } from './appSync.ts';
export { guessDeviceName } from './deviceName.ts';
export { NotSyncServerError, SyncHttpError, UnreachableError } from './errors.ts';
export type { SyncState } from './scheduler.ts';
export * from './sharingRequests.ts';
export { syncStatus } from './syncStatus.ts';
export type { AccountInfo } from './transport.ts';
