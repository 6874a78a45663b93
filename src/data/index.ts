// The data layer's door: screens, app-wide state and widgets reach IndexedDB only through what this file
// names, and what onDemand.ts names for what loads at a tap (a lint rule, `npm run lint`, refuses an
// import around them). The sync machinery has its own door, syncDoor.ts. A module named here that a screen loaded later is the only one to use stays out of the app
// shell: each is free of effects at load, so the bundler leaves behind what the first screen never calls.
export * from './assessments.ts';
export * from './attachments.ts';
export * from './classes.ts';
export * from './conferences.ts';
export * from './conferenceTime.ts';
export * from './conflicts.ts';
export * from './coverage.ts';
export * from './dates.ts';
export * from './drafts.ts';
export { eraseDevice } from './erase.ts';
export { InvalidInputError, StorageError } from './errors.ts';
export * from './goalRules.ts';
export * from './goals.ts';
export * from './grids.ts';
export { type LiveSource, observe, onOutboxChange } from './live.ts';
export { byCodeUnit } from './order.ts';
export { parkedChanges, pendingChanges, pendingCount, pendingSummary } from './outbox.ts';
export { describeChange, retryParked, whyRefused } from './parking.ts';
export * from './patterns.ts';
export * from './plans.ts';
export * from './records.ts';
export * from './reflections.ts';
export * from './roles.ts';
export * from './search.ts';
export { DEFAULT_SETTINGS, getSetting, type PinLock, type Settings, setSetting } from './settings.ts';
export * from './sharedWords.ts';
export * from './signups.ts';
export { createStatus, type Status } from './status.ts';
export { appStore, openStore, type Store, type StoreState } from './store.ts';
export * from './students.ts';
export * from './validate.ts';
