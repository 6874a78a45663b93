// Set before any schema is built: zod probes for `new Function` while it builds object schemas, and the
// app's Content-Security-Policy (no eval) reports the probe as a violation even though zod catches it.
import { z } from 'zod';

z.config({ jitless: true });
