import { type Db, stmt } from './open-database';

/** A LIKE pattern that matches the keyword anywhere, with LIKE's own wildcards escaped (ESCAPE '\\'). */
export function likePattern(keyword: string): string {
  return `%${keyword.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** A WHERE clause built from optional filters; values are always bound, never spliced into SQL. */
export class Where {
  readonly clauses: string[] = [];
  readonly args: unknown[] = [];

  add(clause: string, ...args: unknown[]): this {
    this.clauses.push(clause);
    this.args.push(...args);
    return this;
  }

  /** `column = value` when the value is given; skipped otherwise (an admin reading every tenant). */
  eqIf(column: string, value: unknown): this {
    return value === undefined ? this : this.add(`${column} = ?`, value);
  }

  inIf(column: string, values: readonly unknown[] | undefined): this {
    if (!values || values.length === 0) return this;
    return this.add(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  /** Case-insensitive substring match on any of the columns. */
  likeIf(columns: readonly string[], keyword: string | undefined): this {
    if (!keyword) return this;
    const pattern = likePattern(keyword);
    const any = columns.map((c) => `lower(${c}) LIKE ? ESCAPE '\\'`).join(' OR ');
    return this.add(`(${any})`, ...columns.map(() => pattern));
  }

  toSql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

export interface PageSpec {
  select: string;
  from: string;
  where: Where;
  orderBy: string;
  offset?: number;
  limit?: number;
  /** A total the caller already knows (a maintained count): the COUNT(*) is skipped. */
  total?: number;
}

export const DEFAULT_LIMIT = 20;

/** The total of the whole match and one page of it, both computed by SQLite. */
export function pagedQuery<T>(db: Db, spec: PageSpec): { total: number; rows: T[] } {
  const where = spec.where.toSql();
  const n =
    spec.total ??
    (stmt(db, `SELECT COUNT(*) AS n FROM ${spec.from} ${where}`).get(...spec.where.args) as { n: number }).n;
  const rows = stmt(db, `SELECT ${spec.select} FROM ${spec.from} ${where} ORDER BY ${spec.orderBy} LIMIT ? OFFSET ?`).all(
    ...spec.where.args,
    spec.limit ?? DEFAULT_LIMIT,
    spec.offset ?? 0,
  ) as T[];
  return { total: n, rows };
}
