//! `worklog backup [FILE]`: a private, complete copy; never overwrites (SPEC §3, R5).

use crate::common::TestEnv;

fn env_with_entries() -> TestEnv {
    let env = TestEnv::new().with_units();
    env.ok(&["add", "Họp giao ban @ldtbxh #giao-ban", "-d", "19/12/2022"]);
    env.ok(&["add", "Tham mưu kế hoạch", "-k", "advice"]);
    env.ok(&["task", "add", "Báo cáo tháng", "--due", "30/12/2022"]);
    env
}

#[test]
fn backup_is_a_private_copy_with_the_same_records() {
    let env = env_with_entries();
    let j = env.json(&["backup"]);
    let path = std::path::PathBuf::from(j["path"].as_str().unwrap());
    let folder = env.db().parent().unwrap().join("backups");
    assert_eq!(path.parent().unwrap(), folder);
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("worklog-2022-12-21-") && name.ends_with(".db"),
        "{name}"
    );
    assert_eq!(
        j["bytes"].as_u64().unwrap(),
        std::fs::metadata(&path).unwrap().len()
    );
    // 2 units, 1 field, 2 entries, 1 task
    assert_eq!(j["records"], 6);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&folder), 0o700);
    }
    let db = path.to_str().unwrap();
    for args in [
        &["log", "month"][..],
        &["task", "list", "--all"],
        &["unit", "list"],
    ] {
        let mut with_backup = args.to_vec();
        with_backup.extend(["--db", db]);
        assert_eq!(env.json(args), env.json(&with_backup), "{args:?}");
    }
    // A second backup in the same second gets its own name.
    let j2 = env.json(&["backup"]);
    assert_ne!(j2["path"], j["path"]);
}

#[test]
fn backup_to_a_named_file_and_human_output() {
    let env = env_with_entries();
    let target = env.dir.path().join("elsewhere").join("copy.db");
    let out = env.ok(&["backup", target.to_str().unwrap()]);
    assert!(out.starts_with("Backed up to "), "{out}");
    assert!(
        out.contains("copy.db") && out.contains("bytes, 6 records"),
        "{out}"
    );
    assert!(target.exists());
    let check = env.json(&["check", "--db", target.to_str().unwrap()]);
    assert_eq!(check["ok"], true);
    assert_eq!(check["counts"]["entry"], 2);
}

#[test]
fn backup_refuses_to_overwrite() {
    let env = env_with_entries();
    let target = env.dir.path().join("copy.db");
    std::fs::write(&target, b"precious").unwrap();
    let err = env.input_error(&["backup", target.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");
    assert!(err.lines().count() <= 2, "{err}");
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");
    // The database itself is an existing file too.
    env.input_error(&["backup", env.db().to_str().unwrap()]);
}

#[test]
fn nothing_to_back_up_yet() {
    let env = TestEnv::new();
    let err = env.input_error(&["backup"]);
    assert!(err.contains("nothing to back up"), "{err}");
    assert!(!env.db().exists());
    assert!(!env.db().parent().unwrap().join("backups").exists());
}

#[test]
fn dry_run_writes_nothing() {
    let env = env_with_entries();
    let out = env.ok(&["backup", "--dry-run"]);
    assert!(out.contains("Would back up"), "{out}");
    assert!(!env.db().parent().unwrap().join("backups").exists());
}

#[test]
fn a_garbage_database_is_not_backed_up() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db().parent().unwrap()).unwrap();
    std::fs::write(env.db(), vec![b'x'; 8192]).unwrap();
    let target = env.dir.path().join("copy.db");
    let o = env.run(&["backup", target.to_str().unwrap()]);
    assert_eq!(o.code, 1, "{}", o.all());
    assert!(
        o.stderr.lines().count() <= 2 && !o.stderr.contains("panicked"),
        "{}",
        o.stderr
    );
    assert!(!target.exists(), "a failed backup leaves no file");
}
