//! Schema migrations, versioned by `PRAGMA user_version`. The list is append-only: a
//! shipped step is never edited. Before migrating an existing file, a copy is written
//! beside it (`<db>.bak-v<N>`); a file from a newer version is refused untouched.

use super::{Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// Each step takes the schema from version i to i + 1.
/// v2 needs the `wl_fold` SQL function (`super::register_functions`).
pub(crate) const STEPS: &[&str] = &[
    include_str!("schema_v1.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
    include_str!("schema_v4.sql"),
    include_str!("schema_v5.sql"),
    include_str!("schema_v6.sql"),
    include_str!("schema_v7.sql"),
    include_str!("schema_v8.sql"),
    include_str!("schema_v9.sql"),
    include_str!("schema_v10.sql"),
    include_str!("schema_v11.sql"),
    include_str!("schema_v12.sql"),
];

pub const LATEST_VERSION: i64 = STEPS.len() as i64;

pub(crate) fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

pub(crate) fn migrate(conn: &mut Connection, path: Option<&Path>) -> Result<()> {
    migrate_to(conn, path, STEPS)
}

pub(crate) fn migrate_to(conn: &mut Connection, path: Option<&Path>, steps: &[&str]) -> Result<()> {
    // The search index's triggers call wl_fold; a connection without it cannot migrate.
    super::register_functions(conn)?;
    let latest = steps.len() as i64;
    let v = version(conn)?;
    if v == latest {
        return Ok(());
    }
    if v > latest {
        return Err(Error::Newer {
            path: path.map(Path::to_path_buf).unwrap_or_default(),
            found: v,
            supported: latest,
        });
    }
    // The copy comes first, outside the transaction (VACUUM cannot run inside one).
    if let (Some(path), true) = (path, v > 0) {
        write_backup(conn, &backup_path(path, v))?;
    }
    // Another process may be migrating at the same moment: take the write lock, then
    // look again.
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let v = match version(conn) {
        Ok(v) => v,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e.into());
        }
    };
    if v >= latest {
        conn.execute_batch("ROLLBACK")?;
        if v > latest {
            return migrate_to(conn, path, steps);
        }
        return Ok(());
    }
    for (i, step) in steps.iter().enumerate().skip(v as usize) {
        let r = conn
            .execute_batch(step)
            .and_then(|_| conn.pragma_update(None, "user_version", i as i64 + 1));
        if let Err(e) = r {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e.into());
        }
    }
    // v4: the undo journal no longer lives in triggers (see store/undo.rs).
    if let Err(e) = super::undo::drop_v3_triggers(conn) {
        let _ = conn.execute_batch("ROLLBACK");
        return Err(e.into());
    }
    conn.execute_batch("COMMIT")?;
    Ok(())
}

/// The pre-migration copy, made fresh each time (a `.bak-vN` left by an earlier run is
/// replaced, never taken as this run's backup): `VACUUM INTO` a private (0600) temporary
/// file beside it, synced, then renamed into place, so a failure leaves no partial copy.
fn write_backup(conn: &Connection, backup: &Path) -> Result<()> {
    let io = |e: std::io::Error| Error::Io {
        path: backup.to_path_buf(),
        source: e,
    };
    let tmp = crate::fsutil::temp_beside(backup).map_err(io)?;
    conn.execute("VACUUM INTO ?1", [tmp.path().to_string_lossy()])?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(backup).map_err(|e| io(e.error))?;
    crate::fsutil::sync_dir(backup);
    Ok(())
}

pub fn backup_path(path: &Path, version: i64) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".bak-v{version}"));
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_reaches_the_latest_version() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c, None).unwrap();
        assert_eq!(version(&c).unwrap(), LATEST_VERSION);
        // running again changes nothing
        migrate(&mut c, None).unwrap();
        assert_eq!(version(&c).unwrap(), LATEST_VERSION);
    }

    #[test]
    fn v1_creates_every_table_of_the_concepts() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate_to(&mut c, None, &STEPS[..1]).unwrap();
        for t in [
            "records",
            "entries",
            "tasks",
            "task_events",
            "plans",
            "goals",
            "contingencies",
            "blockers",
            "documents",
            "facts",
            "units",
            "fields",
            "record_units",
            "record_tags",
            "record_docs",
            "submissions",
            "undo_commands",
            "undo_log",
        ] {
            let n: i64 = c
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?1",
                    [t],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1, "{t}");
        }
    }

    #[test]
    fn newer_version_is_refused_and_left_alone() {
        let mut c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", LATEST_VERSION + 5).unwrap();
        let err = migrate(&mut c, Some(Path::new("x.db"))).unwrap_err();
        assert!(
            matches!(&err, crate::store::Error::Newer { path, found, supported }
                if path == Path::new("x.db") && *found == LATEST_VERSION + 5 && *supported == LATEST_VERSION),
            "{err:?}"
        );
        assert_eq!(version(&c).unwrap(), LATEST_VERSION + 5);
        let tables: i64 = c
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 0);
    }

    #[test]
    fn a_failing_step_leaves_the_previous_version() {
        let mut c = Connection::open_in_memory().unwrap();
        let steps = [STEPS[0], "CREATE TABLE broken (; -- syntax error"];
        assert!(migrate_to(&mut c, None, &steps).is_err());
        // v1 itself was in the same transaction, so nothing at all was applied
        assert_eq!(version(&c).unwrap(), 0);
        migrate_to(&mut c, None, &steps[..1]).unwrap();
        assert_eq!(version(&c).unwrap(), 1);
    }

    #[test]
    fn migrating_an_existing_file_writes_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let mut c = Connection::open(&path).unwrap();
        migrate_to(&mut c, Some(&path), &STEPS[..1]).unwrap();
        c.execute("INSERT INTO records(kind) VALUES ('entry')", [])
            .unwrap();
        let steps = [STEPS[0], "CREATE TABLE extra (x)"];
        migrate_to(&mut c, Some(&path), &steps).unwrap();
        assert_eq!(version(&c).unwrap(), 2);
        let backup = backup_path(&path, 1);
        assert!(backup.exists());
        let b = Connection::open(&backup).unwrap();
        assert_eq!(version(&b).unwrap(), 1);
        let n: i64 = b
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn v2_indexes_the_rows_of_an_existing_v1_file() {
        use crate::store::search::{Scope, SearchQuery, match_expr, query_words, search};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        {
            let mut c = Connection::open(&path).unwrap();
            migrate_to(&mut c, Some(&path), &STEPS[..1]).unwrap();
            c.execute_batch(
                "INSERT INTO records(id, kind) VALUES (1, 'entry'), (2, 'entry'), (3, 'entry');
                 INSERT INTO entries(id, date, text, created_at, updated_at) VALUES
                   (1, '2022-12-01', 'Tham mưu đường giao thông', 'x', 'x'),
                   (2, '2022-12-02', 'Họp giao ban', 'x', 'x'),
                   (3, '2022-12-03', 'Đường đã xoá', 'x', 'y');
                 UPDATE entries SET deleted_at = 'z' WHERE id = 3;
                 INSERT INTO record_docs(record_id, number, number_key) VALUES (2, '45/2022/QĐ-UBND', '45/2022/QDUBND');",
            )
            .unwrap();
        }
        let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        let store = crate::store::Store::open(&path, true, clock).unwrap();
        assert_eq!(version(store.conn()).unwrap(), LATEST_VERSION);
        assert!(backup_path(&path, 1).exists());
        let find = |q: &str| -> Vec<i64> {
            let q = SearchQuery {
                expr: match_expr(&query_words(q)),
                ..SearchQuery::default()
            };
            search(store.db(), Scope::All, &q)
                .unwrap()
                .into_iter()
                .map(|h| h.id)
                .collect()
        };
        assert_eq!(find("duong"), [1]);
        assert_eq!(find("qd-ubnd"), [2]);
        assert_eq!(find("xoa"), Vec::<i64>::new());
    }

    #[test]
    fn v4_removes_the_v3_undo_triggers_and_undo_still_works() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        {
            let mut c = Connection::open(&path).unwrap();
            migrate_to(&mut c, Some(&path), &STEPS[..3]).unwrap();
            // What v3's generated journal looked like (one table's worth).
            c.execute_batch(
                "CREATE TABLE undo_old_entries (seq INTEGER PRIMARY KEY, command_id, rid, text);
                 CREATE TRIGGER undo_entries_ins AFTER INSERT ON entries BEGIN
                   INSERT INTO undo_log(command_id, stmt) VALUES (1, 'x'); END;
                 INSERT INTO undo_commands(id, summary, at) VALUES (1, 'old', 'x');
                 INSERT INTO undo_log(command_id, stmt) VALUES (1, 'SELECT * FROM undo_old_entries');",
            )
            .unwrap();
        }
        let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        let mut store = crate::store::Store::open(&path, true, clock).unwrap();
        assert_eq!(version(store.conn()).unwrap(), LATEST_VERSION);
        assert!(backup_path(&path, 3).exists());
        let left: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name LIKE 'undo_old%' OR type = 'trigger' AND name LIKE 'undo%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
        // The old history went with its shadow tables; a new command is undoable.
        let tx = store.begin_write().unwrap();
        tx.conn()
            .execute_batch("INSERT INTO records(id, kind) VALUES (1, 'entry')")
            .unwrap();
        tx.finish("add", false).unwrap();
        let tx = store.begin_unjournaled().unwrap();
        assert_eq!(tx.undo_last().unwrap().as_deref(), Some("add"));
        assert_eq!(tx.undo_last().unwrap(), None);
        tx.finish("", false).unwrap();
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }
}
