// The protocol's schemas as the app checks answers with them. zod runs without its `new Function` fast
// path here: the app's Content-Security-Policy allows no eval, and zod's probe for it would be reported
// as a policy violation. (The server keeps the fast path.)
import { z } from 'zod';

z.config({ jitless: true });

export * from '../protocol/change.ts';
