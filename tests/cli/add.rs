use crate::common::TestEnv;

#[test]
fn add_prints_one_line_with_id_and_day() {
    let env = TestEnv::new();
    let o = env.run(&["--lang", "vi", "add", "Dự họp giao ban", "-d", "19/12"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert_eq!(o.stdout, "Đã ghi #1 · Thứ Hai 19/12/2022\n");
    let o = env.run(&["add", "Drafted the report"]);
    assert_eq!(o.stdout, "Saved #2 · Wednesday 2022-12-21\n");
}

#[test]
fn add_json_is_the_record_as_listed() {
    let env = TestEnv::new().with_units();
    let v = env.json(&[
        "add",
        "Dự thảo tờ trình @ldtbxh #chính-sách",
        "-k",
        "draft",
        "-f",
        "laodong",
        "-u",
        "yte",
        "-t",
        "Khẩn",
        "--doc",
        "45/2022/QĐ-UBND",
        "-m",
        "90",
        "-d",
        "hôm qua",
    ]);
    assert_eq!(v["id"], 4);
    assert_eq!(v["date"], "2022-12-20");
    assert_eq!(v["text"], "Dự thảo tờ trình @ldtbxh #chính-sách");
    assert_eq!(v["kind"], "draft");
    assert_eq!(v["field"], "laodong");
    assert_eq!(v["units"], serde_json::json!(["ldtbxh", "yte"]));
    assert_eq!(v["tags"], serde_json::json!(["chính-sách", "khẩn"]));
    assert_eq!(v["docs"], serde_json::json!(["45/2022/QĐ-UBND"]));
    assert_eq!(v["minutes"], 90);
    let listed = env.json(&["log", "week"]);
    assert_eq!(listed[0], v);
}

#[test]
fn dates_in_every_form() {
    let env = TestEnv::new(); // Wednesday 2022-12-21
    for (input, want) in [
        ("hôm qua", "2022-12-20"),
        ("hom qua", "2022-12-20"),
        ("19/12", "2022-12-19"),
        ("t6", "2022-12-16"),
        ("thứ hai", "2022-12-19"),
        ("cn", "2022-12-18"),
        ("-3d", "2022-12-18"),
        ("2022-11-30", "2022-11-30"),
        ("30/11/22", "2022-11-30"),
    ] {
        let v = env.json(&["add", "x", "-d", input]);
        assert_eq!(v["date"], want, "{input}");
    }
}

#[test]
fn text_from_stdin_with_dash_and_from_a_pipe() {
    let env = TestEnv::new();
    let o = env.run_stdin(&["add", "-", "--format", "json"], "Tiếp công dân\n");
    assert_eq!(o.code, 0, "{}", o.all());
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["text"], "Tiếp công dân");
    let o = env.run_stdin(&["add", "--format", "json"], "Kiểm tra cơ sở");
    let v: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(v["text"], "Kiểm tra cơ sở");
}

#[test]
fn decomposed_text_is_stored_composed() {
    let env = TestEnv::new();
    let nfd = "Đa\u{300} Na\u{306}\u{303}ng"; // "Đà Nẵng" typed with combining marks
    let v = env.json(&["add", nfd]);
    assert_eq!(v["text"], "Đà Nẵng");
}

#[test]
fn kinds_accept_keys_and_labels_without_marks() {
    let env = TestEnv::new();
    assert_eq!(env.json(&["add", "a", "-k", "tham muu"])["kind"], "advice");
    assert_eq!(env.json(&["add", "a", "-k", "Họp"])["kind"], "meeting");
    assert_eq!(env.json(&["add", "a", "-k", "CITIZEN"])["kind"], "citizen");
}

#[test]
fn configured_kinds_are_known() {
    let env = TestEnv::new();
    env.write_config("[kinds]\ntraining = \"Tập huấn\"\n");
    assert_eq!(env.json(&["add", "a", "-k", "tap huan"])["kind"], "training");
}

#[test]
fn unknown_unit_suggests_the_nearest_alias_and_changes_nothing() {
    let env = TestEnv::new().with_units();
    let before = env.db_bytes();
    let err = env.input_error(&["add", "Họp @ldtbhx"]);
    assert!(err.contains("'ldtbhx'"), "{err}");
    assert!(err.contains("ldtbxh"), "{err}");
    assert!(err.contains("worklog unit add"), "{err}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn unknown_kind_and_field_explain_what_to_do() {
    let env = TestEnv::new().with_units();
    let err = env.input_error(&["add", "x", "-k", "meting"]);
    assert!(err.contains("meting") && err.contains("meeting"), "{err}");
    let err = env.input_error(&["add", "x", "-f", "lao dog"]);
    assert!(
        err.contains("laodong") && err.contains("worklog field add"),
        "{err}"
    );
}

#[test]
fn empty_text_is_refused() {
    let env = TestEnv::new();
    let err = env.input_error(&["add", "   "]);
    assert!(err.contains("empty"), "{err}");
    let err = env.input_error(&["add"]); // no text, stdin empty
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn dry_run_prints_and_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "first"]);
    let before = env.db_bytes();
    let o = env.run(&["add", "second", "--dry-run"]);
    assert_eq!(o.code, 0);
    assert!(
        o.stdout.contains("Would save #2") && o.stdout.contains("dry run"),
        "{}",
        o.stdout
    );
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 1);
}

#[test]
fn add_links_a_task_only_when_it_exists() {
    let env = TestEnv::new();
    env.ok(&["add", "an entry"]);
    let err = env.input_error(&["add", "x", "--task", "1"]);
    assert!(err.contains("#1") && err.contains("not a task"), "{err}");
    let err = env.input_error(&["add", "x", "--task", "77"]);
    assert!(err.contains("#77"), "{err}");
}

/// On a terminal with no text, `add` opens $EDITOR (the terminal comes from util-linux
/// `script`; the test is skipped where it is missing).
#[cfg(unix)]
#[test]
fn add_without_text_on_a_terminal_opens_the_editor() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let editor = env.dir.path().join("ed.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Soạn trong trình soạn thảo #editor' > \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{} add -k meeting", bin.display()), "/dev/null"])
        .env("EDITOR", &editor)
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", "2022-12-21")
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let v = env.json(&["log"]);
    assert_eq!(v[0]["text"], "Soạn trong trình soạn thảo #editor");
    assert_eq!(v[0]["tags"], serde_json::json!(["editor"]));
    assert_eq!(v[0]["kind"], "meeting");
}
