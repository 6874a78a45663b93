// The classes an account shares or is shared, and the names of the teachers she shares them with, as a
// pull hands them to her device.
import type { Kysely } from 'kysely';
import type { Person, SharedClass } from '../protocol/types.ts';
import type { Database } from './schema.ts';
import type { Access } from './spaces.ts';

/** The class spaces of this access that are shared: hers with members, and everyone's shared with her. */
export function sharedClasses(access: Access): SharedClass[] {
  const shared: SharedClass[] = [];
  for (const s of access.spaces.values()) {
    if (s.classId === null) continue;
    if (s.role !== 'owner') shared.push({ classId: s.classId, role: s.role, owner: s.ownerName, members: 0 });
    else if (s.members > 0) shared.push({ classId: s.classId, role: 'owner', owner: '', members: s.members });
  }
  return shared;
}

/**
 * Everyone she shares a class with (the owners of classes shared with her, and the members of every shared
 * class she reads), with the name each has now: her email while she has none. Not asked for an account
 * that shares nothing, so a teacher on her own pays nothing for it.
 */
export async function peopleOf(db: Kysely<Database>, access: Access): Promise<Person[]> {
  const shared = [...access.spaces.values()].filter(
    (s) => s.classId !== null && (s.role !== 'owner' || s.members > 0),
  );
  if (shared.length === 0) return [];
  const owners = [...new Set(shared.map((s) => s.ownerId))];
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'email'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', owners),
        eb(
          'id',
          'in',
          eb
            .selectFrom('members')
            .select('account_id')
            .where(
              'space_id',
              'in',
              shared.map((s) => s.id),
            ),
        ),
      ]),
    )
    .where('id', '!=', access.accountId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name || r.email }));
}
