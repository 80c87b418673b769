//! The R-suite of issue 16 (SPEC §11 R8, R9, R4 and §8): every file worklog writes is
//! private and put in place whole, failures leave no traces, a healthy file is never
//! called damaged, a full disk and a read-only place are said in plain words, and inputs
//! are never silently ignored. Each test is named after the R-number it extends.
//!
//! Some need the machine's help: a read-only folder (a read-only bind mount: root ignores
//! permission bits), a read-only file (`chattr +i`), a full disk (a small tmpfs). Those
//! run when the test runs as root with `mount`/`chattr` permitted, and otherwise print
//! why they were skipped and pass.

use crate::common::TestEnv;
use std::path::{Path, PathBuf};
use std::process::Command;

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| {
            r.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn quiet(cmd: &mut Command) -> bool {
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A mount made for one test, undone when dropped.
struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = quiet(Command::new("umount").arg(&self.0));
    }
}

/// Makes `dir` read-only in place (a read-only bind mount of itself); `None` when not
/// permitted here.
fn read_only_folder(dir: &Path) -> Option<Mounted> {
    if !quiet(Command::new("mount").arg("--bind").arg(dir).arg(dir)) {
        eprintln!("skipped: cannot bind-mount {} (needs root)", dir.display());
        return None;
    }
    let m = Mounted(dir.to_path_buf());
    if !quiet(Command::new("mount").args(["-o", "remount,bind,ro"]).arg(dir)) {
        eprintln!("skipped: cannot remount {} read-only", dir.display());
        return None;
    }
    // The proof it worked: even root cannot create a file there now.
    if std::fs::write(dir.join("probe"), b"x").is_ok() {
        eprintln!("skipped: {} is still writable", dir.display());
        return None;
    }
    Some(m)
}

/// A tmpfs of `kib` KiB mounted on `dir` (created); `None` when not permitted here.
fn tiny_disk(dir: &Path, kib: u32) -> Option<Mounted> {
    std::fs::create_dir_all(dir).expect("mkdir");
    let opts = format!("size={kib}k,mode=0700");
    if !quiet(
        Command::new("mount")
            .args(["-t", "tmpfs", "-o", &opts, "tmpfs"])
            .arg(dir),
    ) {
        eprintln!("skipped: cannot mount a tmpfs on {} (needs root)", dir.display());
        return None;
    }
    Some(Mounted(dir.to_path_buf()))
}

/// Fills the disk holding `dir` to the last byte.
fn fill(dir: &Path) {
    use std::io::Write;
    let mut f = std::fs::File::create(dir.join("filler")).expect("filler");
    let block = vec![0u8; 4096];
    while f.write_all(&block).is_ok() {}
    let _ = f.write_all(&[0u8; 1]);
    let _ = f.sync_all();
}

/// `chattr +i` on a file, undone when dropped; `None` when not permitted here.
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = quiet(Command::new("chattr").arg("-i").arg(&self.0));
    }
}

fn immutable(file: &Path) -> Option<Immutable> {
    if !quiet(Command::new("chattr").arg("+i").arg(file)) {
        eprintln!("skipped: chattr +i not permitted on {}", file.display());
        return None;
    }
    let g = Immutable(file.to_path_buf());
    if std::fs::OpenOptions::new().write(true).open(file).is_ok() {
        eprintln!("skipped: {} is still writable", file.display());
        return None;
    }
    Some(g)
}

/// The test environment's command run under `umask 000` (through `sh`).
fn run_umask0(env: &TestEnv, args: &[&str]) -> std::process::Output {
    let home = env.dir.path();
    Command::new("sh")
        .arg("-c")
        .arg("umask 000; exec \"$@\"")
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("worklog"))
        .args(args)
        .env_clear()
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("share"))
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", &env.today)
        .env("NO_COLOR", "1")
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(home)
        .output()
        .expect("run")
}

/// A schema-v1 database holding one entry of 2022-12-01: what an old version left.
fn v1_database(env: &TestEnv) {
    std::fs::create_dir_all(env.db().parent().expect("parent")).expect("mkdir");
    let c = rusqlite::Connection::open(env.db()).expect("open");
    c.execute_batch(include_str!("../../src/store/schema_v1.sql"))
        .expect("v1");
    c.execute_batch(
        "PRAGMA user_version = 1;
         INSERT INTO records(id, kind) VALUES (1, 'entry');
         INSERT INTO entries(id, date, text, created_at, updated_at)
           VALUES (1, '2022-12-01', 'Họp giao ban cũ', '2022-12-01T08:00:00+07:00', '2022-12-01T08:00:00+07:00');",
    )
    .expect("entry");
}

fn schema_version(db: &Path) -> i64 {
    let c =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    c.query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version")
}

// ----- R9: private, whole, never through a symlink -----

#[test]
fn r9_every_file_written_is_0600_whatever_the_umask() {
    let env = TestEnv::new();
    let o = run_umask0(&env, &["init", "--name", "Nguyễn Văn A"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(mode(&env.config()), 0o600, "config");
    let o = run_umask0(&env, &["add", "Họp giao ban"]);
    assert!(o.status.success(), "{o:?}");
    let home = env.dir.path();
    for (args, file) in [
        (vec!["export", "-o", "all.json"], "all.json"),
        (vec!["log", "-o", "log.txt"], "log.txt"),
        (vec!["log", "--format", "csv", "-o", "log.csv"], "log.csv"),
        (
            vec!["report", "month", "--format", "html", "-o", "month.html"],
            "month.html",
        ),
        (vec!["backup", "copy.db"], "copy.db"),
    ] {
        let o = run_umask0(&env, &args);
        assert!(o.status.success(), "{args:?}: {o:?}");
        assert_eq!(mode(&home.join(file)), 0o600, "{file}");
    }
    // Written over an existing 0644 file, the new file is 0600 too.
    let old = home.join("old.txt");
    std::fs::write(&old, "earlier").expect("write");
    std::fs::set_permissions(&old, std::os::unix::fs::PermissionsExt::from_mode(0o644)).expect("chmod");
    let o = run_umask0(&env, &["log", "-o", "old.txt"]);
    assert!(o.status.success(), "{o:?}");
    assert_eq!(mode(&old), 0o600);
    // The default backup folder and its file.
    let o = run_umask0(&env, &["backup"]);
    assert!(o.status.success(), "{o:?}");
    let backups = env.db().parent().expect("parent").join("backups");
    assert_eq!(mode(&backups), 0o700);
    for f in files_in(&backups) {
        assert_eq!(mode(&backups.join(&f)), 0o600, "{f}");
    }
    // Nothing temporary was left beside any of them.
    assert!(
        files_in(home).iter().all(|f| !f.ends_with(".tmp")),
        "{:?}",
        files_in(home)
    );
}

#[test]
fn r9_the_pre_migration_copy_is_fresh_and_private() {
    let env = TestEnv::new();
    v1_database(&env);
    // A stale copy from an earlier run, readable by all: not taken as this run's backup.
    let bak = PathBuf::from(format!("{}.bak-v1", env.db().display()));
    std::fs::write(&bak, "stale").expect("write");
    std::fs::set_permissions(&bak, std::os::unix::fs::PermissionsExt::from_mode(0o644)).expect("chmod");
    let o = run_umask0(&env, &["migrate"]);
    assert!(o.status.success(), "{o:?}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Upgraded") && out.contains(".bak-v1"), "{out}");
    assert_eq!(mode(&bak), 0o600);
    assert_eq!(schema_version(&bak), 1);
    let c = rusqlite::Connection::open(&bak).expect("open");
    let text: String = c
        .query_row("SELECT text FROM entries WHERE id = 1", [], |r| r.get(0))
        .expect("entry");
    assert_eq!(text, "Họp giao ban cũ");
    assert_eq!(schema_version(&env.db()), worklog::store::LATEST_VERSION);
    // Again: nothing to do, said so.
    let out = env.ok(&["migrate"]);
    assert!(out.contains("already"), "{out}");
}

#[test]
fn r9_output_replaces_a_symlink_never_writes_through_it() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban"]);
    let home = env.dir.path();
    let victim = home.join("victim.txt");
    std::fs::write(&victim, "do not touch").expect("write");
    std::os::unix::fs::symlink(&victim, home.join("out.txt")).expect("symlink");
    env.ok(&["log", "-o", "out.txt"]);
    assert_eq!(std::fs::read_to_string(&victim).expect("read"), "do not touch");
    let out = home.join("out.txt");
    assert!(!out.is_symlink());
    assert!(
        std::fs::read_to_string(&out)
            .expect("read")
            .contains("Họp giao ban")
    );
}

#[test]
fn r9_a_failed_output_leaves_the_earlier_file_and_nothing_partial() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban"]);
    let home = env.dir.path();
    // A command that fails writes no -o file at all.
    let o = env.run(&["log", "2022-13-45", "-o", "bad.txt"]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(!home.join("bad.txt").exists());
    // A folder that does not exist: a message naming it, no file.
    let o = env.run(&["log", "-o", "no/such/folder/x.txt"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stderr.contains("no/such/folder/x.txt"), "{}", o.stderr);
    // A full disk: the earlier file is intact, no temp file left, said in plain words.
    let Some(_disk) = tiny_disk(&home.join("small"), 256) else {
        return;
    };
    let small = home.join("small");
    std::fs::write(small.join("report.txt"), "the earlier report").expect("write");
    fill(&small);
    let before = files_in(&small);
    for lang in ["en", "vi"] {
        let o = env.run(&["--lang", lang, "export", "-o", "small/report.txt"]);
        assert_eq!(o.code, 1, "{}", o.all());
        let want = if lang == "en" {
            "the disk is full"
        } else {
            "ổ đĩa đầy"
        };
        assert!(o.stderr.contains(want), "{}", o.stderr);
        assert_eq!(
            std::fs::read_to_string(small.join("report.txt")).expect("read"),
            "the earlier report"
        );
        assert_eq!(files_in(&small), before);
    }
}

// ----- issue 16 item 3: failures leave no traces -----

#[test]
fn r9_failing_init_writes_no_config_and_failing_backup_no_folder() {
    let env = TestEnv::new();
    // The database path is a folder: init fails and writes no config.
    std::fs::create_dir_all(env.db()).expect("mkdir");
    let o = env.run(&["init", "--name", "A"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(!env.config().exists(), "{}", o.all());
    std::fs::remove_dir(env.db()).expect("rmdir");
    // A database that cannot be read: no backups folder appears.
    std::fs::write(env.db(), vec![b'g'; 5000]).expect("garbage");
    let o = env.run(&["backup"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert_eq!(files_in(env.db().parent().expect("parent")), ["worklog.db"]);
    let o = env.run(&["backup", "here/copy.db"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(!env.dir.path().join("here").exists());
}

// ----- R8 (issue 16 item 4): a healthy file is never called damaged -----

#[test]
fn r8_read_only_folder_reads_work_writes_say_so_check_is_ok() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban", "-d", "2022-12-20"]);
    let data = env.db().parent().expect("parent").to_path_buf();
    let before = files_in(&data);
    let bytes = env.db_bytes();
    let Some(_ro) = read_only_folder(&data) else {
        return;
    };
    for args in [
        vec!["log", "2022-12"],
        vec!["search", "giao ban"],
        vec!["show", "1"],
        vec!["status"],
    ] {
        let out = env.ok(&args);
        assert!(out.contains("giao ban") || args[0] == "status", "{args:?}: {out}");
    }
    // check: healthy, and says it cannot be written (exit 1) — not damage, no .recover
    for lang in ["en", "vi"] {
        let o = env.run(&["--lang", lang, "check"]);
        assert_eq!(o.code, 1, "{}", o.all());
        let (ok, msg) = if lang == "en" {
            (
                "Integrity: ok",
                "is not damaged, but its file, folder or disk does not allow writing",
            )
        } else {
            (
                "Tính toàn vẹn: tốt",
                "không hỏng, nhưng tệp, thư mục hoặc ổ đĩa của nó không cho ghi",
            )
        };
        assert!(o.stdout.contains(ok) && o.stderr.contains(msg), "{}", o.all());
        assert!(
            !o.all().contains(".recover") && o.stderr.lines().count() <= 2,
            "{}",
            o.all()
        );
    }
    for lang in ["en", "vi"] {
        let o = env.run(&["--lang", lang, "add", "x"]);
        assert_eq!(o.code, 1, "{}", o.all());
        let want = if lang == "en" {
            "can only be read"
        } else {
            "chỉ đọc được"
        };
        assert!(o.stderr.contains(want), "{}", o.stderr);
        assert!(o.stderr.lines().count() <= 2, "{}", o.stderr);
    }
    assert_eq!(files_in(&data), before, "no -wal/-shm created");
    assert_eq!(env.db_bytes(), bytes);
}

#[test]
fn r8_read_only_file_reads_work_check_is_ok() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban", "-d", "2022-12-20"]);
    let data = env.db().parent().expect("parent").to_path_buf();
    let before = files_in(&data);
    let Some(_ro) = immutable(&env.db()) else {
        return;
    };
    assert!(env.ok(&["log", "2022-12"]).contains("giao ban"));
    let o = env.run(&["check"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stdout.contains("Integrity: ok") && !o.all().contains("DAMAGED"),
        "{}",
        o.all()
    );
    assert!(o.stderr.contains("does not allow writing"), "{}", o.stderr);
    let o = env.run(&["add", "x"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stderr.contains("can only be read"), "{}", o.stderr);
    assert_eq!(files_in(&data), before, "no -wal/-shm created");
}

#[test]
fn r8_full_disk_check_is_ok_and_writes_say_the_disk_is_full() {
    let env = TestEnv::new();
    let data = env.db().parent().expect("parent").to_path_buf();
    let Some(_disk) = tiny_disk(&data, 1024) else {
        return;
    };
    env.ok(&["add", "Họp giao ban", "-d", "2022-12-20"]);
    let listing = env.ok(&["log", "2022-12"]);
    fill(&data);
    let o = env.run(&["check"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stdout.contains("Integrity: ok") && !o.all().contains("DAMAGED"),
        "{}",
        o.all()
    );
    assert!(
        o.stderr.contains("not damaged, but the disk is full"),
        "{}",
        o.stderr
    );
    assert!(!o.all().contains(".recover"), "{}", o.all());
    assert_eq!(env.ok(&["log", "2022-12"]), listing);
    for lang in ["en", "vi"] {
        let o = env.run(&["--lang", lang, "add", "Một việc mới"]);
        assert_eq!(o.code, 1, "{}", o.all());
        let (msg, hint) = if lang == "en" {
            (
                "the disk is full; nothing was lost",
                "free some space and run the command again",
            )
        } else {
            (
                "ổ đĩa đầy; không có gì bị mất",
                "giải phóng chỗ trống rồi chạy lại",
            )
        };
        assert!(o.stderr.contains(msg) && o.stderr.contains(hint), "{}", o.stderr);
    }
    let o = env.run(&["backup"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stderr.contains("the disk is full"), "{}", o.stderr);
    assert!(!data.join("backups").exists());
    // Once there is room again, nothing was lost and writing works.
    std::fs::remove_file(data.join("filler")).expect("rm");
    assert_eq!(env.ok(&["log", "2022-12"]), listing);
    env.ok(&["add", "Một việc mới"]);
}

#[test]
fn r8_a_file_that_is_not_sqlite_is_said_so_not_damaged() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db().parent().expect("parent")).expect("mkdir");
    std::fs::write(env.db(), "Tên,Ngày\nHọp,2022-12-01\n".repeat(300)).expect("write");
    for lang in ["en", "vi"] {
        let o = env.run(&["--lang", lang, "check"]);
        assert_eq!(o.code, 1, "{}", o.all());
        let want = if lang == "en" {
            "not an SQLite file at all"
        } else {
            "không phải tệp SQLite"
        };
        assert!(o.stderr.contains(want), "{}", o.all());
        assert!(!o.all().contains(".recover") && !o.all().contains("DAMAGED") && !o.all().contains("HỎNG"));
    }
}

#[test]
fn r8_reading_commands_never_migrate_an_older_file() {
    let env = TestEnv::new();
    v1_database(&env);
    let bytes = env.db_bytes();
    let out = env.ok(&["log", "2022-12"]);
    assert!(out.contains("Họp giao ban cũ"), "{out}");
    env.ok(&["search", "giao ban"]);
    env.ok(&["check"]);
    env.ok(&["migrate", "--dry-run"]);
    assert_eq!(env.db_bytes(), bytes);
    assert_eq!(schema_version(&env.db()), 1);
    assert_eq!(files_in(env.db().parent().expect("parent")), ["worklog.db"]);
    // The first writing command migrates, after its copy.
    env.ok(&["add", "Việc mới"]);
    assert_eq!(schema_version(&env.db()), worklog::store::LATEST_VERSION);
    assert!(PathBuf::from(format!("{}.bak-v1", env.db().display())).exists());
}

// ----- R4 (issue 16 item 7): inputs are never silently ignored -----

#[test]
fn r4_worklog_today_not_utf8_is_an_error() {
    use std::os::unix::ffi::OsStrExt;
    let env = TestEnv::new();
    let o = env
        .cmd()
        .env("WORKLOG_TODAY", std::ffi::OsStr::from_bytes(b"2022-12-\xff1"))
        .arg("status")
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("WORKLOG_TODAY"), "{err}");
}

#[test]
fn r4_a_config_error_names_the_key_in_both_languages() {
    let env = TestEnv::new();
    env.write_config("lang = \"en\"\n\n[person]\nname = 5\n");
    let o = env.run(&["--lang", "en", "status"]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(
        o.stderr.contains("person.name: expected text, found a number"),
        "{}",
        o.stderr
    );
    assert!(
        o.stderr.contains("line 4") && o.stderr.contains("config.toml"),
        "{}",
        o.stderr
    );
    let o = env.run(&["--lang", "vi", "status"]);
    assert!(
        o.stderr.contains("person.name: cần văn bản, nhưng là một số"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("dòng 4"), "{}", o.stderr);
    env.write_config("stale_days = \"mười\"\n");
    let o = env.run(&["status"]);
    assert!(
        o.stderr
            .contains("stale_days: expected a whole number, found text"),
        "{}",
        o.stderr
    );
    // Not TOML at all (today: "invalid float, expected `nan`"): the key and what to write.
    env.write_config("[person]\nname = Nguyễn Văn A\n");
    let o = env.run(&["status"]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(
        o.stderr
            .contains("line 2: person.name: the value cannot be read: text goes in double quotes"),
        "{}",
        o.stderr
    );
    let o = env.run(&["--lang", "vi", "status"]);
    assert!(
        o.stderr.contains("person.name: không đọc được giá trị"),
        "{}",
        o.stderr
    );
}

// ----- issue 16 item 8: the undo journal is proven -----

/// An import into a database that already holds records, followed by other writes that
/// touch the imported records and the old ones: undoing back past the import leaves the
/// database exactly as it was before the import (every table, row for row in the export;
/// only `next_id` moves on, since an id is never reused), and the records from before
/// are all still there.
#[test]
fn r6_undo_of_an_import_after_other_writes_removes_exactly_its_records() {
    let env = TestEnv::new().with_units();
    env.ok(&["add", "Họp giao ban @ldtbxh #hop", "-d", "2022-12-19", "-m", "60"]);
    env.ok(&["task", "add", "Báo cáo tháng", "--due", "2022-12-28"]);
    let old = env.json(&["add", "Viết báo cáo", "-d", "2022-12-20"])["id"]
        .as_i64()
        .expect("id");
    let tables = |env: &TestEnv| env.json(&["export"])["tables"].clone();
    let before = tables(&env);
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "date,text,unit,tags,minutes\n\
         2022-12-01,Kiểm tra cơ sở,ldtbxh,kiem-tra,90\n\
         2022-12-02,Tiếp dân,,tiep-dan,\n\
         2022-12-03,\"Họp, bàn \"\"kế hoạch\"\"\",ldtbxh,,30\n",
    )
    .expect("csv");
    env.ok(&["import", csv.to_str().expect("utf-8"), "--from", "csv"]);
    let imported = tables(&env);
    assert_ne!(imported, before);
    // Other writes after the import: a new record, an imported record edited, an old one
    // removed.
    let new_id = env.json(&["add", "Việc sau khi nhập", "-d", "2022-12-21"])["id"]
        .as_i64()
        .expect("id");
    let first_imported = new_id - 3;
    env.ok(&["edit", &first_imported.to_string(), "Kiểm tra cơ sở (sửa)"]);
    env.ok(&["rm", &old.to_string()]);
    for _ in 0..3 {
        env.ok(&["undo"]);
    }
    assert_eq!(tables(&env), imported, "the later writes are undone exactly");
    env.ok(&["undo"]);
    assert_eq!(tables(&env), before, "the import is undone exactly");
    assert!(env.ok(&["log", "2022-12"]).contains("Họp giao ban"));
}

// ----- R11 (issue 16 item 6, the renderer): control characters never reach the terminal -----

#[test]
fn r11_control_characters_in_stored_text_are_shown_not_sent() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban", "-d", "2022-12-20"]);
    env.ok(&["task", "add", "Báo cáo", "--due", "2022-12-28"]);
    {
        // What another program (or an older import) may have written.
        let c = rusqlite::Connection::open(env.db()).expect("open");
        // The search index's triggers call wl_fold: the program's own.
        c.create_scalar_function(
            "wl_fold",
            1,
            rusqlite::functions::FunctionFlags::SQLITE_UTF8
                | rusqlite::functions::FunctionFlags::SQLITE_DETERMINISTIC,
            |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|s| worklog::text::fold(&s))),
        )
        .expect("wl_fold");
        c.execute(
            "UPDATE entries SET text = 'Họp \u{1b}[2J\u{1b}]0;pwned\u{7} giao\u{202e} ban' WHERE id = 1",
            [],
        )
        .expect("update");
        c.execute("UPDATE tasks SET title = 'Báo\u{9b}31m cáo' WHERE id = 2", [])
            .expect("update");
    }
    for args in [
        vec!["log", "2022-12"],
        vec!["log", "2022-12", "--format", "md"],
        vec!["show", "1"],
        vec!["search", "giao"],
        vec!["task", "list"],
        vec!["status"],
        vec!["report", "week", "2022-W51"],
        vec!["report", "month", "2022-12"],
    ] {
        let o = env.run(&args);
        assert_eq!(o.code, 0, "{args:?}: {}", o.all());
        let raw = |c: char| (c.is_control() && c != '\n') || c == '\u{202e}';
        assert!(
            !o.stdout.chars().any(raw),
            "{args:?} sent a control character:\n{:?}",
            o.stdout
        );
    }
    let out = env.ok(&["log", "2022-12"]);
    assert!(out.contains("\\u{1b}[2J") && out.contains("\\u{202e}"), "{out}");
    assert!(env.ok(&["task", "list"]).contains("\\u{9b}31m"));
}

// ----- issue 14 item 3 (storage words): a database another program keeps locked -----

#[test]
fn r4_a_database_locked_by_another_program_is_said_so_and_reads_go_on() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban", "-d", "2022-12-20"]);
    let bytes = env.db_bytes();
    let other = rusqlite::Connection::open(env.db()).expect("open");
    other.execute_batch("BEGIN IMMEDIATE").expect("lock");
    // Reading goes on beside the other program's write lock (WAL).
    assert!(env.ok(&["log", "2022-12"]).contains("Họp giao ban"));
    // Writing waits for the busy timeout, then says who to wait for.
    let o = env.run(&["add", "Việc mới"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stderr.contains("busy") && o.stderr.contains("another program"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.lines().count() <= 2, "{}", o.stderr);
    other.execute_batch("ROLLBACK").expect("unlock");
    drop(other);
    assert_eq!(env.db_bytes(), bytes);
}
