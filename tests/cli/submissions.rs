//! Submissions are versions, never overwritten (issue 13 item 7): every `report month
//! --submit` keeps a new frozen copy, `--submissions` lists them with what changed
//! between them, `--as-submitted [N]` shows one and says when it was submitted.

use crate::common::TestEnv;

#[test]
fn two_submissions_of_one_month_are_kept_and_shown_apart() {
    let mut env = TestEnv::at("2022-12-28");
    env.ok(&["add", "Họp giao ban", "-d", "05/12", "-m", "60"]);
    let first = env.ok(&["report", "month", "2022-12", "--submit"]);
    assert!(
        first.starts_with("Submitted report December 2022 at 2022-12-28 "),
        "{first}"
    );
    // a late entry, then a second submission: it says it is version 2, beside version 1
    env.today = "2022-12-30".into();
    env.ok(&["add", "Tiếp công dân", "-d", "29/12", "-m", "30"]);
    let second = env.ok(&["report", "month", "2022-12", "--submit"]);
    assert!(
        second.contains("again") && second.contains("version 2"),
        "{second}"
    );
    assert!(second.contains("kept beside version 1 of 2022-12-28"), "{second}");
    assert!(second.contains("1 changes since"), "{second}");
    // both copies, each as it was
    let v1 = env.json(&["report", "month", "2022-12", "--as-submitted", "1"]);
    let v2 = env.json(&["report", "month", "2022-12", "--as-submitted", "2"]);
    let last = env.json(&["report", "month", "2022-12", "--as-submitted"]);
    assert_eq!(v1["entries"]["total"], 1, "{}", v1["entries"]);
    assert_eq!(v2["entries"]["total"], 2, "{}", v2["entries"]);
    assert_eq!(last, v2);
    assert!(v1["submitted_at"].as_str().unwrap().starts_with("2022-12-28"));
    assert!(v2["submitted_at"].as_str().unwrap().starts_with("2022-12-30"));
    let shown = env.ok(&["report", "month", "2022-12", "--as-submitted", "1"]);
    assert!(
        shown.contains("as submitted, version 1 of 2, at 2022-12-28"),
        "{shown}"
    );
    // the period may follow the option too
    assert_eq!(env.json(&["report", "month", "--as-submitted", "2022-12"]), v2);
    // the listing: when, and what changed between them
    let l = env.json(&["report", "month", "2022-12", "--submissions"]);
    let rows = l.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["version"], 1);
    assert_eq!(rows[0]["changes"], serde_json::json!([]));
    assert_eq!(rows[1]["changes"][0]["change"], "added");
    assert_eq!(rows[1]["changes"][0]["what"], "2022-12-29 Tiếp công dân");
    let table = env.ok(&["report", "month", "2022-12", "--submissions"]);
    assert!(
        table.contains("first submission") && table.contains("+ #3 2022-12-29 Tiếp công dân"),
        "{table}"
    );
    let err = env.input_error(&["report", "month", "2022-12", "--as-submitted", "3"]);
    assert!(err.contains("no version 3 (it has 2)"), "{err}");
    assert!(err.contains("--submissions"), "{err}");
}

/// On a terminal a re-submission asks first; "n" submits nothing (util-linux `script`;
/// skipped where missing).
#[cfg(unix)]
#[test]
fn a_resubmission_on_a_terminal_asks_first() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    use std::io::Write;
    let env = TestEnv::at("2022-12-28");
    env.ok(&["add", "Họp giao ban", "-d", "05/12"]);
    env.ok(&["report", "month", "2022-12", "--submit"]);
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let run = |answer: &str| {
        let mut child = std::process::Command::new("script")
            .args([
                "-qec",
                &format!("{} report month 2022-12 --submit", bin.display()),
                "/dev/null",
            ])
            .env("WORKLOG_DB", env.db())
            .env("WORKLOG_TODAY", &env.today)
            .env("HOME", env.dir.path())
            .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
            .env("NO_COLOR", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(answer.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let out = run("n\n");
    assert!(out.contains("Submit a new version?"), "{out}");
    assert!(out.contains("nothing was submitted"), "{out}");
    assert_eq!(
        env.json(&["report", "month", "2022-12", "--submissions"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let out = run("y\n");
    assert!(out.contains("version 2"), "{out}");
    assert_eq!(
        env.json(&["report", "month", "2022-12", "--submissions"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}
