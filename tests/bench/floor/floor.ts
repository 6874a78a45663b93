// The cold start's floor (tests/bench/coldstart.ts): the least a first screen of the app could do, served
// by the same service worker from the same origin. It opens the same database with raw IndexedDB, reads
// the remembered class (idb-keyval's store) and this week's 9-kid grid, and paints the nine names. Built
// only for the benchmark (`vite build --mode bench`), never shipped.
function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** This week's Monday, as the app keys a grid (local yyyy-MM-dd). */
function monday(now = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

interface Row {
  id: string;
  name?: string;
  archived?: number;
  [box: `b${number}`]: string | null | undefined;
}

async function paint(): Promise<void> {
  const [settings, db] = await Promise.all([open('keyval-store'), open('conferring-clipboard')]);
  const chosen = (await request(
    settings.transaction('keyval').objectStore('keyval').get('currentClassId'),
  )) as string | undefined;
  const tx = db.transaction(['classes', 'grids', 'students']);
  const classes = (await request(tx.objectStore('classes').getAll())) as Row[];
  const active = classes.filter((c) => c.archived === 0);
  const current = active.find((c) => c.id === chosen) ?? active[0];
  if (!current) return;
  const grid = (await request(
    tx.objectStore('grids').index('[classId+weekOf]').get([current.id, monday()]),
  )) as Row | undefined;
  const ids = Array.from({ length: 9 }, (_, i) => grid?.[`b${i}`]).filter(
    (id): id is string => typeof id === 'string',
  );
  const students = (await Promise.all(ids.map((id) => request(tx.objectStore('students').get(id))))) as Row[];
  const list = document.getElementById('floor') as HTMLElement;
  for (const s of students) {
    const item = document.createElement('li');
    item.textContent = s?.name ?? '';
    list.append(item);
  }
}

void paint();
