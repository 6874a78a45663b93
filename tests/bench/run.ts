// `npm run bench`: prints measurements. Nothing here passes or fails; tests assert behaviour elsewhere.
// fake-indexeddb first: Dexie takes the IndexedDB it finds when it loads, and the sync section's clients
// run on it in Node (imported later, it came too late: "IndexedDB API missing").
import 'fake-indexeddb/auto';
import { benchAppSync } from './appsync.ts';
import { printBundle } from './bundle.ts';
import { benchColdStart } from './coldstart.ts';
import { benchConferring } from './conferring.ts';
import { benchGrowth } from './growth.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchSearch } from './search.ts';
import { benchSuggest } from './suggest.ts';
import { benchSync } from './sync.ts';
import { printTable } from './table.ts';

printBundle();
benchSearch();
benchSuggest();
await benchConferring();
await benchColdStart();
await benchGrowth();
await benchAppSync();
await benchSync();
await benchLighthouse();
printTable();
