//! SQLite's preupdate hook, wrapped: the only unsafe code in worklog.
//!
//! rusqlite wraps this hook behind its `preupdate_hook` feature, which makes
//! libsqlite3-sys regenerate its bindings with bindgen and so needs libclang on every
//! machine that builds worklog. The bundled bindings already declare the functions;
//! the bundled SQLite only has to be compiled with `SQLITE_ENABLE_PREUPDATE_HOOK`, which
//! `.cargo/config.toml` asks for through libsqlite3-sys's `LIBSQLITE3_FLAGS`.
//!
//! The contract kept here: the callback and the values it reads exist only during
//! SQLite's call; the boxed callback lives until `Hook` is dropped, which unregisters it
//! first, and `Hook` is dropped before the connection (it is declared before it in
//! `Store`).

use rusqlite::{Connection, ffi};
use std::ffi::{CStr, c_char, c_int, c_void};
use std::ptr;

/// What is about to happen to a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Insert,
    Update,
    Delete,
}

/// One column's value as SQLite holds it. Text stays bytes: a row with text that is not
/// UTF-8 (written by another program) is restored exactly.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(Vec<u8>),
    Blob(Vec<u8>),
}

/// One row change, valid during the callback only.
pub(crate) struct Event<'a> {
    db: *mut ffi::sqlite3,
    pub op: Op,
    pub database: &'a str,
    pub table: &'a str,
    /// The row's rowid before an update or a delete.
    pub old_rowid: i64,
    /// The row's rowid after an insert or an update.
    pub new_rowid: i64,
}

impl Event<'_> {
    /// The row's values before an update or a delete, in the table's column order.
    pub fn old_values(&self) -> Result<Vec<Cell>, String> {
        if self.op == Op::Insert {
            return Err("an inserted row has no old values".into());
        }
        // SAFETY: `self` only exists inside the preupdate callback of an UPDATE or DELETE
        // on `self.db`, where SQLite allows these calls; each value is copied out before
        // the next call.
        unsafe {
            let n = ffi::sqlite3_preupdate_count(self.db);
            let mut out = Vec::with_capacity(n.max(0) as usize);
            for i in 0..n {
                let mut v: *mut ffi::sqlite3_value = ptr::null_mut();
                let rc = ffi::sqlite3_preupdate_old(self.db, i, &mut v);
                if rc != ffi::SQLITE_OK || v.is_null() {
                    return Err(format!(
                        "{}: column {i} of the old row could not be read ({rc})",
                        self.table
                    ));
                }
                out.push(cell(v));
            }
            Ok(out)
        }
    }
}

impl Event<'_> {
    /// Column `i` of the row after an insert or an update (`new`), or before an update or
    /// a delete (not `new`); `None` when SQLite cannot give it.
    pub fn value(&self, new: bool, i: c_int) -> Option<Cell> {
        if (new && self.op == Op::Delete) || (!new && self.op == Op::Insert) {
            return None;
        }
        // SAFETY: as in `old_values`: inside the preupdate callback on `self.db`, with the
        // call that fits the operation (checked above); the value is copied out at once.
        unsafe {
            let mut v: *mut ffi::sqlite3_value = ptr::null_mut();
            let rc = if new {
                ffi::sqlite3_preupdate_new(self.db, i, &mut v)
            } else {
                ffi::sqlite3_preupdate_old(self.db, i, &mut v)
            };
            (rc == ffi::SQLITE_OK && !v.is_null()).then(|| cell(v))
        }
    }
}

/// SAFETY: `v` is a valid protected value for the duration of the call.
unsafe fn cell(v: *mut ffi::sqlite3_value) -> Cell {
    unsafe {
        match ffi::sqlite3_value_type(v) {
            ffi::SQLITE_INTEGER => Cell::Int(ffi::sqlite3_value_int64(v)),
            ffi::SQLITE_FLOAT => Cell::Real(ffi::sqlite3_value_double(v)),
            ffi::SQLITE_TEXT => {
                let p = ffi::sqlite3_value_text(v);
                let n = ffi::sqlite3_value_bytes(v);
                Cell::Text(copy(p, n))
            }
            ffi::SQLITE_BLOB => {
                let p = ffi::sqlite3_value_blob(v).cast::<u8>();
                let n = ffi::sqlite3_value_bytes(v);
                Cell::Blob(copy(p, n))
            }
            _ => Cell::Null,
        }
    }
}

/// SAFETY: `p` points to `n` readable bytes, or is null.
unsafe fn copy(p: *const u8, n: c_int) -> Vec<u8> {
    if p.is_null() || n <= 0 {
        return Vec::new();
    }
    unsafe { std::slice::from_raw_parts(p, n as usize) }.to_vec()
}

type Callback = Box<dyn FnMut(&Event)>;

/// A registered hook; dropping it unregisters it.
pub(crate) struct Hook {
    db: *mut ffi::sqlite3,
    callback: *mut Callback,
}

/// Registers `f` as `conn`'s preupdate hook (replacing any other).
pub(crate) fn install(conn: &Connection, f: impl FnMut(&Event) + 'static) -> Hook {
    let callback: *mut Callback = Box::into_raw(Box::new(Box::new(f)));
    // SAFETY: the handle is the live connection's; `callback` stays valid until
    // `Hook::drop` has unregistered it.
    let db = unsafe { conn.handle() };
    unsafe {
        ffi::sqlite3_preupdate_hook(db, Some(trampoline), callback.cast());
    }
    Hook { db, callback }
}

impl Drop for Hook {
    fn drop(&mut self) {
        // SAFETY: the connection outlives the hook (field order in `Store`); after the
        // hook is unregistered SQLite no longer holds the pointer.
        unsafe {
            ffi::sqlite3_preupdate_hook(self.db, None, ptr::null_mut());
            drop(Box::from_raw(self.callback));
        }
    }
}

unsafe extern "C" fn trampoline(
    ctx: *mut c_void,
    db: *mut ffi::sqlite3,
    op: c_int,
    zdb: *const c_char,
    ztable: *const c_char,
    key1: i64,
    key2: i64,
) {
    let op = match op {
        ffi::SQLITE_INSERT => Op::Insert,
        ffi::SQLITE_UPDATE => Op::Update,
        ffi::SQLITE_DELETE => Op::Delete,
        _ => return,
    };
    if ctx.is_null() || zdb.is_null() || ztable.is_null() {
        return;
    }
    // This callback cannot panic, and must not: release builds abort on panic
    // (`panic = "abort"`), so a `catch_unwind` here would protect nothing, and a panic
    // leaving an `extern "C"` function aborts in every build. What it does is written so
    // that nothing can fail loudly: the pointers were checked above, names that are not
    // UTF-8 are skipped, values are copied with their sizes checked (`copy`), never
    // indexed or unwrapped, and a value that cannot be read becomes an `Err` the journal
    // keeps (the command then fails and rolls back) — see `Event::old_values` and
    // `undo::register`, whose lock tolerates poisoning.
    // SAFETY: `ctx` is the `Callback` registered by `install`, alive while registered;
    // the names are NUL-terminated strings valid during this call.
    let f = unsafe { &mut *ctx.cast::<Callback>() };
    let (database, table) = unsafe { (CStr::from_ptr(zdb), CStr::from_ptr(ztable)) };
    let (Ok(database), Ok(table)) = (database.to_str(), table.to_str()) else {
        return;
    };
    f(&Event {
        db,
        op,
        database,
        table,
        old_rowid: key1,
        new_rowid: key2,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[test]
    fn reports_each_row_change_with_its_old_values() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT, b REAL, c BLOB);")
            .unwrap();
        type Seen = (Op, String, i64, i64, Option<Vec<Cell>>);
        let seen: Arc<Mutex<Vec<Seen>>> = Arc::default();
        let s = seen.clone();
        let hook = install(&conn, move |e| {
            let old = (e.op != Op::Insert).then(|| e.old_values().unwrap());
            s.lock()
                .unwrap()
                .push((e.op, e.table.to_owned(), e.old_rowid, e.new_rowid, old));
        });
        conn.execute_batch(
            "INSERT INTO t VALUES (7, 'đường', 1.5, X'00FF');
             UPDATE t SET a = 'x', id = 8 WHERE id = 7;
             DELETE FROM t;",
        )
        .unwrap();
        let log = seen.lock().unwrap().clone();
        assert_eq!(log.len(), 3);
        assert_eq!((log[0].0, log[0].1.as_str(), log[0].3), (Op::Insert, "t", 7));
        let row = vec![
            Cell::Int(7),
            Cell::Text("đường".as_bytes().to_vec()),
            Cell::Real(1.5),
            Cell::Blob(vec![0, 255]),
        ];
        assert_eq!((log[1].0, log[1].2, log[1].3), (Op::Update, 7, 8));
        assert_eq!(log[1].4.as_ref(), Some(&row));
        assert_eq!((log[2].0, log[2].2), (Op::Delete, 8));
        assert_eq!(
            log[2].4.as_ref().map(|r| r[1].clone()),
            Some(Cell::Text(b"x".to_vec()))
        );
        // Unregistered: later changes are not reported.
        drop(hook);
        conn.execute_batch("INSERT INTO t(a) VALUES ('y')").unwrap();
        assert_eq!(seen.lock().unwrap().len(), 3);
    }
}
