use crate::common::TestEnv;

#[test]
fn completions_for_every_shell() {
    let env = TestEnv::new();
    for sh in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = env.ok(&["completions", sh]);
        assert!(out.contains("worklog"), "{sh}");
    }
}

#[test]
fn man_page_is_roff() {
    let env = TestEnv::new();
    let out = env.ok(&["man"]);
    assert!(
        out.starts_with(".ie") || out.contains(".TH"),
        "{}",
        &out[..100.min(out.len())]
    );
}

#[test]
fn help_and_version() {
    let env = TestEnv::new();
    assert!(env.ok(&["--help"]).contains("worklog"));
    assert!(env.ok(&["add", "--help"]).contains("--date"));
    assert!(env.ok(&["--version"]).starts_with("worklog "));
}

#[test]
fn broken_pipe_is_not_an_error() {
    let env = TestEnv::new();
    let f = env.dir.path().join("big.csv");
    let mut text = String::from("date,text\n");
    for i in 0..3000 {
        text.push_str(&format!("19/12/2022,row {i}\n"));
    }
    std::fs::write(&f, text).unwrap();
    env.ok(&["import", f.to_str().unwrap()]);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("worklog"))
        .args(["log", "2022-12", "--format", "csv"])
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", "2022-12-21")
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn status_is_the_default_command() {
    let env = TestEnv::new();
    env.ok(&["plan", "add", "this week's work"]);
    let a = env.ok(&[]);
    let b = env.ok(&["status"]);
    assert_eq!(a, b);
    assert!(a.contains("this week's work"), "{a}");
}
