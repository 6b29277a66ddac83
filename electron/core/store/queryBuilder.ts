import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely'
import type Database from 'better-sqlite3'
import type { DB } from './schema'

// Kysely builds and types the SQL; better-sqlite3 runs it synchronously, so a service write and
// its audit row share one real transaction (db.transaction) with no async gaps.
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
})

type Params = unknown[]

// Preparing is the costly part of a small write; statements are reused per connection by SQL text.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

export function cachedStatement(db: Database.Database, sql: string): Database.Statement {
  let m = cache.get(db)
  if (!m) cache.set(db, (m = new Map()))
  let stmt = m.get(sql)
  if (!stmt) m.set(sql, (stmt = db.prepare(sql)))
  return stmt
}

function prepare(db: Database.Database, q: Compilable): { stmt: Database.Statement; params: Params } {
  const c = q.compile()
  return { stmt: cachedStatement(db, c.sql), params: c.parameters as Params }
}

export function run(db: Database.Database, q: Compilable): Database.RunResult {
  const { stmt, params } = prepare(db, q)
  return stmt.run(...params)
}

export function all<R>(db: Database.Database, q: Compilable<R>): R[] {
  const { stmt, params } = prepare(db, q)
  return stmt.all(...params) as R[]
}

export function first<R>(db: Database.Database, q: Compilable<R>): R | undefined {
  const { stmt, params } = prepare(db, q)
  return stmt.get(...params) as R | undefined
}
