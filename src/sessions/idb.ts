/** Tiny promise helpers over raw IndexedDB (no library). */

/** Resolve an IDBRequest. */
export function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * Run `fn` in one transaction; resolves with fn's value once the transaction has committed, rejects
 * with the request/transaction error (e.g. QuotaExceededError) otherwise.
 */
export function transact<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, fn: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    let value: T;
    let failed: unknown = null;
    tx.oncomplete = () => (failed ? reject(failed) : resolve(value));
    tx.onerror = () => reject(failed ?? tx.error);
    tx.onabort = () => reject(failed ?? tx.error ?? new Error('IndexedDB transaction aborted'));
    fn(tx).then((v) => { value = v; }, (e) => {
      failed = e;
      try { tx.abort(); } catch { /* already finished */ }
    });
  });
}

/** Open (and create/upgrade) a database. */
export function openDb(factory: IDBFactory, name: string, version: number, upgrade: (db: IDBDatabase, oldVersion: number) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = factory.open(name, version);
    r.onupgradeneeded = (e) => upgrade(r.result, e.oldVersion);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('the sessions database is open in another tab with an older version; close other tabs and reload'));
  });
}
