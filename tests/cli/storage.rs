use crate::common::TestEnv;

#[cfg(unix)]
#[test]
fn database_is_0600_and_its_new_folder_0700() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let mode = std::fs::metadata(env.db()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir = std::fs::metadata(env.db().parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir, 0o700);
}

#[test]
fn pragmas_wal_and_schema_version() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let c = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, worklog::store::LATEST_VERSION);
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = env.db_bytes();
    let o = env.run(&["log"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stderr.contains("99") && o.stderr.contains("newer"),
        "{}",
        o.stderr
    );
    assert_eq!(env.db_bytes(), before);
    let o = env.run(&["add", "y"]);
    assert_eq!(o.code, 1);
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn a_garbage_file_or_a_folder_is_not_a_database() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    std::fs::write(
        env.db(),
        b"this is not sqlite, just some bytes of garbage text...........",
    )
    .unwrap();
    let before = env.db_bytes();
    let o = env.run(&["add", "x"]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(o.stderr.contains("not a worklog database"), "{}", o.stderr);
    assert_eq!(o.stderr.lines().count(), 2, "{}", o.stderr);
    assert_eq!(env.db_bytes(), before);
    let o = env
        .cmd()
        .args(["log"])
        .env("WORKLOG_DB", env.dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("folder"));
}

#[test]
fn db_path_comes_from_flag_env_config_then_data_dir() {
    let env = TestEnv::new();
    let flag = env.dir.path().join("flag.db");
    let cfg = env.dir.path().join("cfg.db");
    env.write_config(&format!("db = {:?}\n", cfg.to_str().unwrap()));
    env.cmd()
        .args(["add", "x", "--db", flag.to_str().unwrap()])
        .assert()
        .success();
    assert!(flag.exists());
    env.cmd()
        .args(["add", "x"])
        .env_remove("WORKLOG_DB")
        .assert()
        .success();
    assert!(cfg.exists());
    env.write_config("");
    env.cmd()
        .args(["add", "x"])
        .env_remove("WORKLOG_DB")
        .assert()
        .success();
    assert!(
        env.dir
            .path()
            .join("share")
            .join("worklog")
            .join("worklog.db")
            .exists()
    );
}
