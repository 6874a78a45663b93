// The data layer's door for what loads only when she asks for it (each screen imports it with `import()`
// at the tap): the backup file and its zip library, the restore, and the year-end hand-off. Everything
// else is behind data/index.ts.
export * from './backup.ts';
export * from './backupFile.ts';
export * from './handoff.ts';
