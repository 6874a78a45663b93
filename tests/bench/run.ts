// `npm run bench`: prints measurements. Nothing here passes or fails; tests assert behaviour elsewhere.
import { printBundle } from './bundle.ts';
import { benchConferring } from './conferring.ts';
import { benchSearch } from './search.ts';
import { benchSync } from './sync.ts';

printBundle();
benchSearch();
await benchConferring();
await benchSync();
