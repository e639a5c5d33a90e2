/**
 * The subset of better-sqlite3@12's API the screen store uses (the package ships no types and
 * @types/better-sqlite3 is not installed). Signatures follow better-sqlite3's docs/api.md.
 */
declare module "better-sqlite3" {
  namespace Database {
    interface Statement {
      run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
      get(...params: unknown[]): unknown;
      all(...params: unknown[]): unknown[];
      pluck(toggle?: boolean): Statement;
    }
    interface Database {
      prepare(sql: string): Statement;
      exec(sql: string): Database;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...args: never[]) => unknown>(fn: F): F;
      close(): Database;
    }
  }
  const Database: new (
    filename: string,
    options?: { readonly?: boolean; timeout?: number },
  ) => Database.Database;
  export default Database;
}
