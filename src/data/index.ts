// The data layer's public surface: the door screens use into IndexedDB (Search has its own, data/search.ts,
// loaded with its screen; the sync machinery its own, data/syncDoor.ts).
export * from './classes.ts';
export * from './conferences.ts';
export * from './conflicts.ts';
export * from './drafts.ts';
export { InvalidInputError, StorageError } from './errors.ts';
export * from './goals.ts';
export * from './grids.ts';
export { type LiveSource, observe, onOutboxChange } from './live.ts';
export * from './outbox.ts';
export * from './patterns.ts';
export * from './plans.ts';
export * from './records.ts';
export { DEFAULT_SETTINGS, getSetting, type PinLock, type Settings, setSetting } from './settings.ts';
export * from './signups.ts';
export { appStore, openStore, type Store, type StoreState } from './store.ts';
export * from './students.ts';
export * from './validate.ts';
