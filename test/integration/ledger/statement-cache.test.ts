// The SQLite ledger prepares each SQL text once (issue #19: preparing cost more than the ownership
// lookup itself); answers stay those of fresh statements, and a busy statement is never shared.
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachingStatements } from '../../../src/ledger/statement-cache.js';

describe('cachingStatements', () => {
  const database = new BetterSqlite3(':memory:');
  database.exec(
    "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')",
  );
  const prepare = vi.spyOn(database, 'prepare');
  afterEach(() => prepare.mockClear());

  it('prepares one SQL text once and answers each call with its own parameters', () => {
    const db = cachingStatements(database);
    const select = 'SELECT v FROM t WHERE id = ?';
    expect(db.prepare(select).all([1])).toEqual([{ v: 'a' }]);
    expect(db.prepare(select).all([3])).toEqual([{ v: 'c' }]);
    expect(db.prepare(select)).toBe(db.prepare(select));
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('is bounded: beyond `max` texts the least recently used is prepared again', () => {
    const db = cachingStatements(database, 2);
    const texts = [1, 2, 3].map(n => `SELECT v FROM t WHERE id IN (${Array(n).fill('?').join(', ')})`);
    for (const sql of texts) db.prepare(sql);
    db.prepare(texts[2]!);
    expect(prepare).toHaveBeenCalledTimes(3);
    db.prepare(texts[0]!);
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it('gives a statement still being iterated to no one else', () => {
    const db = cachingStatements(database);
    const select = 'SELECT v FROM t ORDER BY id';
    const first = db.prepare(select);
    const rows = first.iterate([]) as IterableIterator<{ v: string }>;
    expect(rows.next().value).toEqual({ v: 'a' });
    const second = db.prepare(select);
    expect(second).not.toBe(first);
    expect(second.all([])).toHaveLength(3);
    expect([...rows].map(r => r.v)).toEqual(['b', 'c']);
  });
});
