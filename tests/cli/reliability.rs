//! Reliability (SPEC §11): many writers at once (R1), readers beside them (R2), an import
//! killed at random moments (R3, at CI size), file modes (R5). These drive the real binary
//! as separate processes, the way users' shells and cron jobs do.

use crate::common::TestEnv;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A plain `std` command in the test environment (assert_cmd's cannot be spawned and
/// left running).
fn spawn_cmd(env: &TestEnv, args: &[&str]) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("worklog"));
    let home = env.dir.path();
    c.env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("share"))
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", &env.today)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120")
        .current_dir(home)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

fn count_entries(env: &TestEnv) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    conn.query_row("SELECT count(*) FROM entries WHERE deleted_at IS NULL", [], |r| {
        r.get(0)
    })
    .expect("count")
}

/// R1 + R2: 100 `add` processes started at once (all spawned, then all awaited), with
/// two readers running `log month --format json` in a loop the whole time. Every process
/// exits 0, all 100 entries are there, and no stderr mentions a locked database.
#[test]
fn r1_r2_concurrent_adds_with_readers() {
    const WRITERS: usize = 100;
    let env = Arc::new(TestEnv::new());
    env.ok(&["init"]);
    let stop = Arc::new(AtomicBool::new(false));
    let reader_runs = Arc::new(Mutex::new(Vec::<(i32, String)>::new()));
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let (env, stop, runs) = (env.clone(), stop.clone(), reader_runs.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let o = spawn_cmd(&env, &["log", "month", "--format", "json"])
                        .output()
                        .expect("reader");
                    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
                    if let Ok(mut v) = runs.lock() {
                        v.push((o.status.code().unwrap_or(-1), stderr));
                    }
                }
            })
        })
        .collect();
    let started = Instant::now();
    let children: Vec<Child> = (0..WRITERS)
        .map(|i| {
            let text = format!("Dự họp giao ban số {i}");
            spawn_cmd(&env, &["add", &text, "-m", "15"])
                .spawn()
                .expect("spawn add")
        })
        .collect();
    let mut failures = Vec::new();
    for c in children {
        let o = c.wait_with_output().expect("wait");
        if !o.status.success() {
            failures.push(format!(
                "exit {:?}: {}",
                o.status.code(),
                String::from_utf8_lossy(&o.stderr)
            ));
        }
    }
    let took = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        r.join().expect("reader thread");
    }
    assert!(
        failures.is_empty(),
        "{} adds failed: {failures:#?}",
        failures.len()
    );
    assert_eq!(count_entries(&env), WRITERS as i64, "after {took:?}");
    let runs = reader_runs.lock().expect("runs");
    assert!(!runs.is_empty(), "the readers never ran");
    for (code, stderr) in runs.iter() {
        assert!(!stderr.contains("locked") && !stderr.contains("busy"), "{stderr}");
        assert_eq!(*code, 0, "{stderr}");
    }
    // Every add is its own undoable command, and the database is sound.
    let conn = rusqlite::Connection::open(env.db()).expect("open");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(ok, "ok");
}

/// A fixed, seeded sequence standing in for random kill moments (LCG; deterministic so a
/// failure can be replayed).
fn delays(seed: u64, n: usize, max: Duration) -> Vec<Duration> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let frac = ((x >> 33) % 1000) as f64 / 1000.0;
            max.mul_f64(0.02 + 0.96 * frac)
        })
        .collect()
}

/// R3 at CI size: an import of 20,000 entries killed with SIGKILL at seeded moments,
/// 6 times. Each time the file passes `PRAGMA integrity_check` and holds none or all of
/// the import (one IMMEDIATE transaction; WAL recovery on the next open).
#[test]
fn r3_import_killed_at_random_moments() {
    const ROWS: usize = 20_000;
    let env = TestEnv::new();
    env.ok(&["init"]);
    let csv = env.dir.path().join("big.csv");
    let mut text = String::from("date,text,kind,tags,minutes\n");
    for i in 0..ROWS {
        let d = 1 + i % 28;
        text.push_str(&format!(
            "2022-11-{d:02},Kiểm tra hồ sơ số {i}/2022/QĐ-UBND về đường giao thông,inspection,kiểm-tra;{},30\n",
            i % 7
        ));
    }
    std::fs::write(&csv, text).expect("csv");
    let csv = csv.to_string_lossy().into_owned();
    let pristine = env.dir.path().join("pristine.db");
    std::fs::copy(env.db(), &pristine).expect("copy");
    let reset = || {
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", env.db().display()));
        }
        std::fs::copy(&pristine, env.db()).expect("reset");
    };
    // One uninterrupted import first: it works, and its duration bounds the kill moments.
    let t0 = Instant::now();
    let o = spawn_cmd(&env, &["import", &csv]).output().expect("import");
    let full = t0.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(count_entries(&env), ROWS as i64);
    let mut outcomes = Vec::new();
    for delay in delays(2022, 6, full) {
        reset();
        let mut child = spawn_cmd(&env, &["import", &csv]).spawn().expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        let conn = rusqlite::Connection::open(env.db()).expect("open after kill");
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity");
        assert_eq!(ok, "ok", "after a kill at {delay:?}");
        let n = count_entries(&env);
        assert!(
            n == 0 || n == ROWS as i64,
            "{n} entries after a kill at {delay:?}"
        );
        outcomes.push((delay, n));
        drop(conn);
        // The file still works for worklog itself.
        env.ok(&["log", "2022-11", "--format", "json"]);
    }
    eprintln!("R3: full import {full:?}; kills (delay, entries): {outcomes:?}");
}

/// R5: the database worklog creates is 0600 and its new folder 0700; the WAL files
/// SQLite creates beside it take the database's mode. (The `*.bak-v<N>` migration backup
/// is covered by `r_suite::r9_the_pre_migration_copy_is_fresh_and_private`.)
#[cfg(unix)]
#[test]
fn r5_file_modes() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    assert!(!env.db().parent().expect("parent").exists());
    env.ok(&["add", "Dự họp giao ban"]);
    let mode = |p: &std::path::Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&env.db()), 0o600);
    assert_eq!(mode(env.db().parent().expect("parent")), 0o700);
    for suffix in ["-wal", "-shm"] {
        let p = std::path::PathBuf::from(format!("{}{suffix}", env.db().display()));
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
}
