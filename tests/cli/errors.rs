//! Bad input of every kind (SPEC §11 R4): exit 1 or 2, a short message, never a panic,
//! the database unchanged.

use crate::common::TestEnv;

fn check(env: &TestEnv, args: &[&str], stdin: &str) {
    let before = env.db_bytes();
    let o = env.run_stdin(args, stdin);
    assert!(
        o.code == 1 || o.code == 2,
        "{args:?} exited {}:\n{}",
        o.code,
        o.all()
    );
    assert!(
        !o.stderr.contains("panicked") && !o.stderr.contains("RUST_BACKTRACE"),
        "{args:?}: {}",
        o.stderr
    );
    let lines = o.stderr.lines().count();
    assert!((1..=2).contains(&lines), "{args:?}: {}", o.stderr);
    assert_eq!(env.db_bytes(), before, "{args:?} changed the database");
}

#[test]
fn a_corpus_of_bad_inputs() {
    let env = TestEnv::new().with_units();
    env.ok(&["add", "seed"]);
    let big = "x".repeat(1_000_001);
    let long_arg = "x".repeat(120_000); // over the 100,000-character limit, under the OS's argument limit
    let cases: Vec<Vec<&str>> = vec![
        vec!["add", "x", "-d", "31/02/2022"],
        vec!["add", "x", "-d", "2022-13-01"],
        vec!["add", "x", "-d", "00/00"],
        vec!["add", "x", "-d", "1/1/1800"],
        vec!["add", "x", "-d", "+99999999d"],
        vec!["add", "x", "-d", "'; DROP TABLE entries; --"],
        vec!["add", "x", "-d", "hôm kìa nữa"],
        vec!["add", "x", "-k", "nope"],
        vec!["add", "x", "-f", "nope"],
        vec!["add", "x", "-u", "nope"],
        vec!["add", "x @nope"],
        vec!["add", "x", "-m", "-5"],
        vec!["add", "x", "-m", "99999"],
        vec!["add", "x", "-m", "abc"],
        vec!["add", "x", "--task", "0"],
        vec!["add", "x", "--task", "999"],
        vec!["add", "x", "--task", "-1"],
        vec!["add", ""],
        vec!["add", "\u{1b}\u{7}\u{8}"],
        vec!["add", &long_arg],
        vec!["show", "999999"],
        vec!["show", "1; DROP TABLE records"],
        vec!["show", "99999999999999999999999"],
        vec!["rm", "424242"],
        vec!["edit", "1", "--due", "22/12"],
        vec!["edit", "777", "x"],
        vec!["log", "2022-W99"],
        vec!["log", "13/2022"],
        vec!["log", "2200"],
        vec!["log", "x..y"],
        vec!["log", "-u", "ldtbhx"],
        vec!["log", "-k", "x"],
        vec!["unit", "add", "a b", "x"],
        vec!["unit", "add", "yte", "dup"],
        vec!["unit", "add", "new", "x", "--kind", "planet"],
        vec!["field", "add", "laodong", "dup"],
        vec!["import", "/nonexistent/file.csv"],
        vec!["import", "/"],
        vec!["--format", "xml", "log"],
        vec!["--lang", "fr", "log"],
        // issue 13: what cannot be true, and corrections that do not fit
        vec!["add", "x", "-d", "ngày mai"],
        vec!["edit", "4", "-d", "+3d"],
        vec!["edit", "4", "--value", "3"],
        vec!["edit", "4", "--reason", "x"],
        vec!["task", "reopen", "4"],
        vec!["plan", "goal", "done", "4"],
        vec!["doc", "add", "--title", "x", "--required"],
        vec!["add", "x", "--doc", "abc"],
        vec!["report", "month", "--as-submitted", "7"],
        vec!["nosuchcommand"],
        vec!["completions", "tcsh"],
    ];
    assert!(cases.len() >= 40);
    for c in &cases {
        check(&env, c, "");
    }
    // a 1 MB text from standard input
    check(&env, &["add", "-"], &big);
}

#[test]
fn invalid_utf8_argument() {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let env = TestEnv::new();
        let o = env
            .cmd()
            .arg("add")
            .arg(std::ffi::OsStr::from_bytes(b"\xff\xfe"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
    }
}

#[test]
fn bad_environment_and_config() {
    let env = TestEnv::new();
    let o = env
        .cmd()
        .args(["add", "x"])
        .env("WORKLOG_TODAY", "21/12/2022")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("WORKLOG_TODAY"));
    env.write_config("lang = \"vi\"\n[person]\nnam = \"A\"\n");
    let o = env.run(&["add", "x"]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(
        o.stderr.contains("config.toml") && o.stderr.contains("line 3") && o.stderr.contains("nam"),
        "{}",
        o.stderr
    );
    env.write_config("lang = vi\n");
    let o = env.run(&["add", "x"]);
    assert_eq!(o.code, 2, "{}", o.all());
    assert!(!env.db().exists());
}

#[cfg(unix)]
#[test]
fn unwritable_folder() {
    let env = TestEnv::new();
    if unsafe_is_root() {
        return; // root writes anywhere; the check means nothing here
    }
    let ro = env.dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o500)).unwrap();
    let o = env
        .cmd()
        .args(["add", "x"])
        .env("WORKLOG_DB", ro.join("w.db"))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
}

#[cfg(unix)]
fn unsafe_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn messages_in_vietnamese() {
    let env = TestEnv::new();
    let o = env.run(&["--lang", "vi", "add", "x", "-d", "31/02"]);
    assert_eq!(o.code, 2);
    assert!(
        o.stderr.starts_with("lỗi: ngày '31/02' không có trên lịch"),
        "{}",
        o.stderr
    );
    assert!(o.stderr.contains("gợi ý:"), "{}", o.stderr);
    let o = env
        .cmd()
        .args(["add", "x", "-d", "31/02"])
        .env("LANG", "vi_VN.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("lỗi:"));
}
