// The protocol's schemas as the app checks answers with them: zod without its `new Function` fast path
// (zodConfig.ts, imported first so it runs before the schemas are built). The server keeps the fast path.
import './zodConfig.ts';

export * from '../protocol/account.ts';
export * from '../protocol/change.ts';
