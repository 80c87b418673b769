//! `worklog check [--restore BACKUP]` (SPEC §3, §11 R8): reports damage without changing
//! anything, names the backups, restores from a good one and refuses a bad one.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};

/// Adds `n` entries straight through SQLite, so that the entries table spans many pages.
/// The search triggers need `wl_fold` (a plain lowercase stands in for it here).
fn add_many(db: &Path, n: i64) {
    use rusqlite::functions::FunctionFlags;
    let mut c = rusqlite::Connection::open(db).unwrap();
    c.create_scalar_function(
        "wl_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|s| s.to_lowercase())),
    )
    .unwrap();
    let tx = c.transaction().unwrap();
    for i in 0..n {
        tx.execute("INSERT INTO records(kind) VALUES ('entry')", [])
            .unwrap();
        let id = tx.last_insert_rowid();
        let day = format!("2022-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
        tx.execute(
            "INSERT INTO entries(id, date, text, created_at, updated_at) VALUES (?1, ?2, ?3, 'x', 'x')",
            rusqlite::params![
                id,
                day,
                format!("Công việc số {i}: tham mưu, dự thảo văn bản, họp giao ban")
            ],
        )
        .unwrap();
        // Rows written behind worklog's back are indexed for search by hand.
        tx.execute(
            "INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(text) FROM entries WHERE id = ?1",
            [id],
        )
        .unwrap();
    }
    tx.commit().unwrap();
    checkpoint(db);
}

/// Moves everything from the WAL into the main file, so the bytes to damage are there.
fn checkpoint(db: &Path) {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
}

/// Overwrites the content area of a few pages in the middle of the file.
fn damage(db: &Path) {
    let mut bytes = std::fs::read(db).unwrap();
    let page = 4096;
    let pages = bytes.len() / page;
    assert!(pages > 50, "only {pages} pages");
    for n in [pages / 2, pages / 2 + 7, pages * 3 / 4] {
        let at = n * page + 8;
        for b in &mut bytes[at..at + 400] {
            *b = 0xA5;
        }
    }
    std::fs::write(db, bytes).unwrap();
}

fn damaged_copies(env: &TestEnv) -> Vec<PathBuf> {
    std::fs::read_dir(env.db().parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().contains(".damaged-"))
        .collect()
}

#[test]
fn a_healthy_database_is_ok_and_unchanged() {
    let env = TestEnv::new().with_units();
    env.ok(&["add", "Họp giao ban @ldtbxh"]);
    env.ok(&["add", "Dự thảo tờ trình"]);
    env.ok(&["task", "add", "Báo cáo tháng"]);
    env.ok(&["rm", "5"]);
    checkpoint(&env.db());
    let before = env.db_bytes();
    let o = env.run(&["check"]);
    assert_eq!(o.code, 0, "{}", o.all());
    // The version is checked below against LATEST_VERSION: the snapshot must not change
    // with every migration step.
    insta::assert_snapshot!(
        "check_ok",
        o.all()
            .replace(env.dir.path().to_str().unwrap(), "<tmp>")
            .replace(
                &format!("Schema version: {}", worklog::store::LATEST_VERSION),
                "Schema version: <latest>"
            )
    );
    let j = env.json(&["check"]);
    assert_eq!(j["ok"], true);
    assert_eq!(j["schema_version"], worklog::store::LATEST_VERSION);
    assert_eq!(j["problems"], serde_json::json!([]));
    assert_eq!(
        j["counts"],
        serde_json::json!({"entry": 1, "field": 1, "task": 1, "unit": 2})
    );
    assert_eq!(j["backups"], serde_json::json!([]));
    assert_eq!(env.db_bytes(), before, "check changed the database");
}

#[test]
fn an_older_schema_is_reported_not_migrated() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.execute_batch("DROP TRIGGER IF EXISTS search_entries_ins")
            .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
    }
    checkpoint(&env.db());
    let before = env.db_bytes();
    let out = env.ok(&["check"]);
    assert!(out.contains("Schema version 1 is older"), "{out}");
    assert_eq!(env.db_bytes(), before);
    assert!(!env.dir.path().join("data/worklog.db.bak-v1").exists());
}

#[test]
fn a_newer_schema_is_reported() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    checkpoint(&env.db());
    let before = env.db_bytes();
    let o = env.run(&["check"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stdout.contains("schema version 99 is newer"), "{}", o.all());
    assert!(o.stderr.contains("install a newer worklog"), "{}", o.all());
    assert_eq!(env.db_bytes(), before);
}

/// R8: damage is reported, nothing changes, and the way back is named and works.
#[test]
fn damage_is_reported_untouched_and_restored_from_a_backup() {
    let env = TestEnv::new();
    env.ok(&["add", "first"]);
    add_many(&env.db(), 3000);
    let backup = env.json(&["backup"]);
    let backup = backup["path"].as_str().unwrap().to_string();
    let good_log = env.ok(&["log", "2022", "--format", "json"]);
    assert!(good_log.len() > 100_000);

    damage(&env.db());
    let damaged = env.db_bytes();
    let o = env.run(&["check"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(!o.stderr.contains("panicked"), "{}", o.stderr);
    assert!(o.stdout.contains("DAMAGED"), "{}", o.all());
    // SQLite's own words for the damage, a few lines of them, each on its own line.
    assert!(o.stdout.contains("\n  Tree "), "{}", o.all());
    assert!(o.stdout.contains("more (see --format json)"), "{}", o.all());
    assert!(o.stdout.lines().count() < 20, "{}", o.all());
    assert!(o.stdout.contains(&backup), "the backup is named:\n{}", o.all());
    assert!(o.stdout.contains("worklog check --restore FILE"), "{}", o.all());
    assert!(
        o.stderr.contains(&format!("worklog check --restore {backup}")),
        "{}",
        o.stderr
    );
    assert_eq!(env.db_bytes(), damaged, "check changed the damaged file");

    let j = env.run(&["check", "--format", "json"]);
    assert_eq!(j.code, 1);
    let j: serde_json::Value = serde_json::from_str(&j.stdout).unwrap();
    assert_eq!(j["ok"], false);
    assert!(!j["problems"].as_array().unwrap().is_empty());
    assert_eq!(j["backups"][0]["path"], backup.as_str());
    assert!(j["backups"][0]["bytes"].as_u64().unwrap() > 0);
    assert_eq!(env.db_bytes(), damaged);

    // A garbage backup is refused and changes nothing.
    let garbage = env.dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![7u8; 10_000]).unwrap();
    let err = env.input_error(&["check", "--restore", garbage.to_str().unwrap()]);
    assert!(err.contains("cannot be restored from"), "{err}");
    assert!(err.lines().count() <= 2, "{err}");
    assert_eq!(env.db_bytes(), damaged);
    assert!(damaged_copies(&env).is_empty());
    // So is a damaged one (a copy of the damaged database itself).
    let bad_copy = env.dir.path().join("bad-copy.db");
    std::fs::write(&bad_copy, &damaged).unwrap();
    env.input_error(&["check", "--restore", bad_copy.to_str().unwrap()]);
    assert_eq!(env.db_bytes(), damaged);

    let out = env.ok(&["check", "--restore", &backup]);
    assert!(out.contains("Restored"), "{out}");
    let aside = damaged_copies(&env);
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), damaged);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&aside[0]), 0o600);
        assert_eq!(mode(&env.db()), 0o600);
    }
    assert_eq!(env.ok(&["log", "2022", "--format", "json"]), good_log);
    assert_eq!(env.json(&["check"])["ok"], true);
    // And the restored database takes new writes.
    env.ok(&["add", "after the restore"]);
    assert_eq!(env.json(&["check"])["counts"]["entry"], 3002);
}

#[test]
fn restore_dry_run_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let backup = env.json(&["backup"]);
    env.ok(&["add", "y"]);
    checkpoint(&env.db());
    let before = env.db_bytes();
    let out = env.ok(&[
        "check",
        "--restore",
        backup["path"].as_str().unwrap(),
        "--dry-run",
    ]);
    assert!(out.contains("Would restore"), "{out}");
    assert_eq!(env.db_bytes(), before);
    assert!(damaged_copies(&env).is_empty());
}

#[test]
fn bad_places_get_a_short_message() {
    let env = TestEnv::new();
    // missing: nothing to check yet, and nothing created
    let err = env.input_error(&["check"]);
    assert!(err.contains("nothing to check"), "{err}");
    assert!(!env.db().exists());
    // a folder
    let dir = env.dir.path().join("folder");
    std::fs::create_dir(&dir).unwrap();
    let o = env.run(&["check", "--db", dir.to_str().unwrap()]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stdout.is_empty() && o.stderr.lines().count() <= 2,
        "{}",
        o.all()
    );
    // a garbage file: not SQLite at all, said as such — not damage, no .recover advice
    // (R8; issue 16 item 4)
    let garbage = env.dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![b'g'; 5000]).unwrap();
    let before = std::fs::read(&garbage).unwrap();
    let o = env.run(&["check", "--db", garbage.to_str().unwrap()]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stderr.contains("not an SQLite file at all"), "{}", o.all());
    assert!(
        !o.all().contains("DAMAGED") && !o.all().contains(".recover"),
        "{}",
        o.all()
    );
    assert!(
        o.stderr.lines().count() <= 2 && !o.stderr.contains("panicked"),
        "{}",
        o.stderr
    );
    assert_eq!(std::fs::read(&garbage).unwrap(), before);
    // a missing backup
    env.ok(&["add", "x"]);
    let err = env.input_error(&["check", "--restore", "/nonexistent/b.db"]);
    assert!(err.contains("no backup file"), "{err}");
}
