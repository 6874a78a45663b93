// A server that stored accounts before class spaces existed, upgraded in place: each class and every row
// of it moves into its own space, her patterns stay private, her devices pull everything again from their
// old cursors and keep syncing; her classes can be shared at once. On SQLite and PostgreSQL.
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/server/migrations/index.ts';
import { hashPassword } from '../../src/server/passwords.ts';
import { call, freshDatabase, KINDS, startTestServer } from './servers.ts';

const BEFORE_SPACES = '2026-11-28T0800-session-devices';
const hlc = (n: number) => `2026-11-20T10:00:00.${String(n).padStart(3, '0')}Z-0000-00000000000000a1`;

describe.each(KINDS)('upgrading to class spaces on %s', (kind) => {
  it('moves each class with its rows into its own space and loses nothing', async () => {
    const db = await freshDatabase(kind);
    const kysely = new Kysely<unknown>({
      dialect:
        kind === 'sqlite'
          ? new SqliteDialect({ database: new SQLite(join(db.dataDir as string, 'clipboard.sqlite')) })
          : new PostgresDialect({ pool: new pg.Pool({ connectionString: db.databaseUrl }) }),
    });
    const { error } = await new Migrator({ db: kysely, provider: migrationProvider }).migrateTo(
      BEFORE_SPACES,
    );
    expect(error).toBeUndefined();
    const email = `upgraded-${kind}@school.org`;
    const password = 'correct horse battery';
    await sql`insert into accounts (id, email, password_hash, created_at)
      values ('acct-1', ${email}, ${await hashPassword(password)}, '2026-11-01T00:00:00.000Z')`.execute(
      kysely,
    );
    await sql`insert into account_versions (account_id, version) values ('acct-1', 7)`.execute(kysely);
    const rows: [string, string, string, unknown][] = [
      ['classes', 'k1', 'name', 'Room 12'],
      ['classes', 'k1', 'deleted', 0],
      ['classes', 'k2', 'name', 'Room 14'],
      ['students', 'st1', 'classId', 'k1'],
      ['students', 'st1', 'name', 'Ana'],
      ['students', 'st2', 'classId', 'k2'],
      ['conferences', 'cf1', 'classId', 'k1'],
      ['conferences', 'cf1', 'note', 'Rereads to find the heart'],
      ['attachments', 'at1', 'conferenceId', 'cf1'],
      ['reflections', 'cf1', 'note', 'Good pacing'],
      ['grids', 'g1', 'classId', 'k2'],
      ['patterns', 'p1', 'see', 'Lists, not stories'],
      ['conflicts', 'x1', 'table', 'conferences'],
      ['conflicts', 'x1', 'row', 'cf1'],
    ];
    let n = 0;
    for (const [tbl, row, field, value] of rows)
      await sql`insert into fields (account_id, tbl, row_id, field, value, hlc, version)
        values ('acct-1', ${tbl}, ${row}, ${field}, ${JSON.stringify(value)}, ${hlc(++n)}, ${n})`.execute(
        kysely,
      );
    await kysely.destroy();

    const server = await startTestServer(kind, db);
    try {
      const token = (await call(server.url, '/api/v1/sessions', { email, password })).json.token as string;
      // An old cursor starts over: the device pulls every row again (applying them changes nothing).
      const seen: { table: string; row: string; field: string; value: unknown }[] = [];
      let cursor: string | number = '7.WyJjb25mZXJlbmNlcyIsImNmMSIsIm5vdGUiXQ';
      for (let page = 0; page < 20; page++) {
        const answer = await call(
          server.url,
          '/api/v1/sync/pull',
          { deviceId: 'ipad', cursor, limit: 4 },
          token,
        );
        expect(answer.status).toBe(200);
        seen.push(...answer.json.changes);
        cursor = answer.json.cursor;
        if (!answer.json.hasMore) break;
      }
      expect(seen.map((c) => [c.table, c.row, c.field, c.value]).sort()).toEqual(
        rows.map(([t, r, f, v]) => [t, r, f, v]).sort(),
      );
      const spaces =
        kind === 'sqlite'
          ? new SQLite(join(db.dataDir as string, 'clipboard.sqlite'))
              .prepare(
                'select class_id, space_id, tbl, row_id from fields join spaces on spaces.id = fields.space_id',
              )
              .all()
          : (
              await (async () => {
                const client = new pg.Client({ connectionString: db.databaseUrl });
                await client.connect();
                const result = await client.query(
                  'select class_id, space_id, tbl, row_id from fields join spaces on spaces.id = fields.space_id',
                );
                await client.end();
                return result;
              })()
            ).rows;
      const classOf = new Map(
        (spaces as { class_id: string | null; tbl: string; row_id: string }[]).map((s) => [
          `${s.tbl}/${s.row_id}`,
          s.class_id,
        ]),
      );
      expect(Object.fromEntries(classOf)).toEqual({
        'classes/k1': 'k1',
        'classes/k2': 'k2',
        'students/st1': 'k1',
        'students/st2': 'k2',
        'conferences/cf1': 'k1',
        'attachments/at1': 'k1',
        'reflections/cf1': 'k1',
        'grids/g1': 'k2',
        'patterns/p1': null,
        'conflicts/x1': 'k1',
      });
      // Her upgraded class can be shared at once.
      expect(
        (
          await call(
            server.url,
            '/api/v1/classes/k1/members',
            { email: 'co@school.org', role: 'coteacher' },
            token,
          )
        ).status,
      ).toBe(201);
    } finally {
      await server.close();
    }
  });
});
