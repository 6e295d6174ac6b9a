/**
 * Finding a journal and a column of the template by id. Apart from journals.ts, which holds data only:
 * the server bundle packs that data at build time (scripts/build.mjs, src/packed.ts).
 */
import { JOURNALS, type ColumnKey, type JournalId, type JournalOf } from './journals';
import type { JournalDef } from './schema';

export function isJournalId(id: string): id is JournalId {
  for (const j of JOURNALS) if (j.id === id) return true;
  return false;
}

/** The journal with this id; throws on an unknown id (ids also arrive as strings from sheet metadata). */
export function journal<J extends JournalId>(id: J): JournalOf<J> {
  for (const j of JOURNALS) if (j.id === id) return j as JournalOf<J>;
  throw new Error(`Unknown journal id: ${String(id)}`);
}

/** A column of a journal by key; throws on an unknown key. */
export function column<J extends JournalId>(id: J, key: ColumnKey<J>): JournalOf<J>['columns'][number] {
  const j: JournalDef = journal(id);
  for (const c of j.columns) if (c.key === key) return c as JournalOf<J>['columns'][number];
  throw new Error(`Unknown column ${String(key)} in journal ${id}`);
}
