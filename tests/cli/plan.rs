//! `worklog plan`: showing, creating (with the carry offer), adding items and goals,
//! closing with reasons; errors, undo and dry runs.

use crate::common::TestEnv;

#[test]
fn showing_an_existing_plan_writes_nothing() {
    let env = TestEnv::new();
    let v = env.json(&["plan", "week"]);
    assert_eq!(v["type"], "plan");
    assert_eq!(v["kind"], "week");
    assert_eq!(v["period"], "2022-W51");
    assert_eq!(v["from"], "2022-12-19");
    assert_eq!(v["to"], "2022-12-25");
    assert_eq!(v["created"], true);
    let before = env.db_bytes();
    let v = env.json(&["plan", "week"]);
    assert_eq!(v["created"], false);
    assert_eq!(env.db_bytes(), before);
    let m = env.json(&["plan", "month"]);
    assert_eq!(
        (m["kind"].as_str(), m["period"].as_str()),
        (Some("month"), Some("2022-12"))
    );
}

#[test]
fn plan_week_vi_snapshot() {
    let env = TestEnv::new().with_units();
    env.ok(&["plan", "add", "Báo cáo quý IV", "--due", "t6", "-p", "high"]);
    env.ok(&["plan", "add", "Theo dõi Đề án @ldtbxh", "--major"]);
    env.ok(&["plan", "goal", "Trình ký báo cáo trước thứ Sáu"]);
    env.ok(&[
        "risk",
        "add",
        "Lãnh đạo đi công tác",
        "--response",
        "Trình Phó Chủ tịch ký thay",
    ]);
    let o = env.run(&["--lang", "vi", "plan", "week"]);
    insta::assert_snapshot!("plan_week_vi", o.all());
}

#[test]
fn creating_a_plan_leaves_earlier_items_unless_told_to_carry() {
    let mut env = TestEnv::at("2022-12-12");
    env.ok(&["plan", "add", "A"]); // #2 (plan #1)
    env.ok(&["plan", "add", "B"]); // #3
    env.ok(&["plan", "add", "C"]); // #4
    env.ok(&["task", "done", "4"]);
    env.ok(&["plan", "add", "Tháng", "--month"]); // a month item is not offered to weeks
    env.today = "2022-12-19".into();
    let o = env.run(&["plan", "week"]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(
        o.stdout.contains("2 unfinished items of earlier weeks were left behind; carry them with: worklog task move ID 2022-W51 or worklog plan week 2022-W51 --carry all"),
        "{}",
        o.stdout
    );
    let o = env.run(&["--lang", "vi", "plan", "week", "2022-W52"]);
    assert!(
        o.stdout.contains(
            "2 việc chưa xong của các tuần trước được để lại; chuyển bằng: worklog task move ID 2022-W52"
        ),
        "{}",
        o.stdout
    );
    // --carry all on the existing plan carries them now.
    let v = env.json(&["plan", "week", "--carry", "all"]);
    assert_eq!(v["carried_in"], 2);
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    let t = env.json(&["show", "2"]);
    assert_eq!(t["plan"], "2022-W51");
    assert_eq!(t["carried"], 1);
    let moves: Vec<_> = t["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["event"] == "move")
        .collect();
    assert_eq!(moves[0]["text"], "carried over from plan 2022-W50");
    assert_eq!(moves[0]["from_plan"], "2022-W50");
    // One undo brings both back.
    env.ok(&["undo"]);
    assert_eq!(env.json(&["show", "2"])["plan"], "2022-W50");
}

#[test]
fn plan_add_and_goal_choose_the_plan() {
    let env = TestEnv::new();
    let t = env.json(&["plan", "add", "Việc tuần", "--due", "+5wd"]);
    assert_eq!(t["plan"], "2022-W51");
    assert_eq!(t["due"], "2022-12-28");
    assert_eq!(
        env.json(&["plan", "add", "Việc tháng", "--month"])["plan"],
        "2022-12"
    );
    assert_eq!(
        env.json(&["plan", "add", "Việc tuần sau", "--plan", "2022-W52"])["plan"],
        "2022-W52"
    );
    let g = env.json(&["plan", "goal", "Mục tiêu tháng", "--month"]);
    assert_eq!(
        (g["type"].as_str(), g["plan"].as_str()),
        (Some("goal"), Some("2022-12"))
    );
    let m = env.json(&["plan", "month"]);
    assert_eq!(m["goals"][0]["text"], "Mục tiêu tháng");
    assert_eq!(m["items"][0]["title"], "Việc tháng");
    env.input_error(&["plan", "add", "X", "--plan", "2022"]);
    env.input_error(&["plan", "goal", "X", "--plan", "2022-Q4"]);
    // Undo removes the item and the plan row it created, together.
    env.ok(&["plan", "add", "Việc tuần sau nữa", "--plan", "2023-W01"]);
    env.ok(&["undo"]);
    assert_eq!(env.json(&["plan", "week", "2023-W01"])["created"], true);
}

#[test]
fn close_with_reasons_then_twice_is_an_error() {
    let env = TestEnv::new();
    env.ok(&["plan", "add", "A"]); // #2
    env.ok(&["plan", "add", "B"]); // #3
    env.ok(&["task", "done", "2"]);
    env.input_error(&["plan", "close", "--reason", "2=đã xong"]); // not an unfinished item
    env.input_error(&["plan", "close", "--reason", "ba=không rõ"]);
    let r = env.json(&["plan", "close", "--reason", "3=Chờ ý kiến", "--note", "Tuần bận"]);
    assert_eq!(r["closed_on"], "2022-12-21");
    assert_eq!(r["note"], "Tuần bận");
    assert_eq!(r["items"][1]["reason"], "Chờ ý kiến");
    let e = env.input_error(&["plan", "close"]);
    assert!(e.contains("already closed"), "{e}");
    let e = env.input_error(&["--lang", "vi", "plan", "close"]);
    assert!(e.contains("đã được tổng kết"), "{e}");
    env.ok(&["undo"]);
    env.ok(&["plan", "close"]);
}

#[test]
fn bad_input_is_exit_2_in_both_languages() {
    let env = TestEnv::new();
    let e = env.input_error(&["plan", "week", "2022-12"]);
    assert!(e.contains("is not a week"), "{e}");
    let e = env.input_error(&["--lang", "vi", "plan", "week", "2022-12"]);
    assert!(e.contains("không phải một tuần"), "{e}");
    let e = env.input_error(&["--lang", "vi", "plan", "month", "2022-W50"]);
    assert!(e.contains("không phải một tháng"), "{e}");
    env.input_error(&["plan", "week", "tuần nào đó"]);
    let e = env.input_error(&["--lang", "vi", "plan", "week", "2022-W40", "--carry", "all"]);
    assert!(e.contains("đã qua"), "{e}");
    env.input_error(&["plan", "close", "2023-W10"]);
}

#[test]
fn dry_run_creates_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "x"]);
    let o = env.ok(&["--dry-run", "plan", "week"]);
    assert!(o.contains("dry run"), "{o}");
    assert_eq!(env.json(&["plan", "week"])["created"], true);
    let o = env.ok(&["--dry-run", "plan", "close"]);
    assert!(o.contains("dry run"), "{o}");
    env.ok(&["plan", "close"]);
}

/// On a terminal, opening a week asks about each unfinished item of earlier weeks (the
/// terminal comes from util-linux `script`; the test is skipped where it is missing).
#[cfg(unix)]
#[test]
fn plan_week_on_a_terminal_asks_per_item() {
    use std::io::Write;
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    let mut env = TestEnv::at("2022-12-12");
    for t in ["Việc A", "Việc B", "Việc C"] {
        env.ok(&["plan", "add", t]);
    }
    env.today = "2022-12-19".into();
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let mut child = std::process::Command::new("script")
        .args(["-qec", &format!("{} plan week", bin.display()), "/dev/null"])
        .env("WORKLOG_DB", env.db())
        .env("WORKLOG_TODAY", "2022-12-19")
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // carry the first (no reason), drop the second (no reason), leave the third
    child.stdin.take().unwrap().write_all(b"c\n\nd\n\nl\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let tasks = env.json(&["task", "list", "--all"]);
    let by_title = |title: &str| {
        tasks
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["title"] == title)
            .unwrap()
            .clone()
    };
    assert_eq!(by_title("Việc A")["plan"], "2022-W51");
    assert_eq!(by_title("Việc A")["carried"], 1);
    assert_eq!(by_title("Việc B")["status"], "dropped");
    assert_eq!(by_title("Việc C")["plan"], "2022-W50");
    assert_eq!(by_title("Việc C")["status"], "todo");
}

/// `plan week` on a terminal (util-linux `script`) with `answers` typed; `None` where
/// `script` is missing. Returns what the terminal showed.
#[cfg(unix)]
fn plan_week_on_a_terminal(env: &TestEnv, lang: &str, answers: &str) -> Option<String> {
    use std::io::Write;
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux `script` is not installed");
        return None;
    }
    let bin = assert_cmd::cargo::cargo_bin("worklog");
    let mut child = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} --lang {lang} plan week", bin.display()),
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
    child.stdin.take().unwrap().write_all(answers.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{shown}");
    Some(shown)
}

/// Four unfinished items of week 50, and today in week 51.
#[cfg(unix)]
fn four_items_of_last_week() -> TestEnv {
    let mut env = TestEnv::at("2022-12-12");
    for t in ["Việc A", "Việc B", "Việc C", "Việc D"] {
        env.ok(&["plan", "add", t]);
    }
    env.today = "2022-12-19".into();
    env
}

#[cfg(unix)]
fn task_by_title(env: &TestEnv, title: &str) -> serde_json::Value {
    let tasks = env.json(&["task", "list", "--all"]);
    tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["title"] == title)
        .unwrap()
        .clone()
}

/// The reasons `report week` shows for last week's items, by title.
#[cfg(unix)]
fn carry_reasons(env: &TestEnv) -> std::collections::BTreeMap<String, serde_json::Value> {
    let r = env.json(&["report", "week", "last-week"]);
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["title"].as_str().unwrap().to_string(), i["reason"].clone()))
        .collect()
}

/// Vietnamese answers: có with a reason, không, dừng with a reason, then tất cả for the
/// rest; the reasons are stored on the move and drop events and shown by `report week`.
#[cfg(unix)]
#[test]
fn carry_prompt_takes_co_khong_dung_and_reasons_in_vietnamese() {
    let env = four_items_of_last_week();
    let Some(shown) =
        plan_week_on_a_terminal(&env, "vi", "có\nChờ số liệu của Sở\nkhông\nd\nKhông còn cần\n")
    else {
        return;
    };
    assert!(
        shown.contains("[c] có / [k] không, để lại (Enter) / [d] dừng / [t] tất cả"),
        "{shown}"
    );
    assert!(shown.contains("lý do (Enter để bỏ qua)"), "{shown}");
    assert_eq!(task_by_title(&env, "Việc A")["plan"], "2022-W51");
    assert_eq!(task_by_title(&env, "Việc B")["plan"], "2022-W50");
    assert_eq!(task_by_title(&env, "Việc B")["status"], "todo");
    assert_eq!(task_by_title(&env, "Việc C")["status"], "dropped");
    // the end of input leaves the rest
    assert_eq!(task_by_title(&env, "Việc D")["plan"], "2022-W50");
    let reasons = carry_reasons(&env);
    assert_eq!(reasons["Việc A"], "Chờ số liệu của Sở");
    assert_eq!(reasons["Việc C"], "Không còn cần");
}

/// `tất cả` carries this item and every later one, with one reason for all; yes/no and
/// `all` work in English.
#[cfg(unix)]
#[test]
fn carry_prompt_carries_all_with_one_reason() {
    let env = four_items_of_last_week();
    let Some(shown) = plan_week_on_a_terminal(&env, "vi", "k\ncó lẽ\ntất cả\nDồn sang tuần sau\n")
    else {
        return;
    };
    assert!(
        shown.contains("không hiểu 'có lẽ': trả lời c (có), k (không), d (dừng) hoặc t (tất cả)"),
        "{shown}"
    );
    assert!(
        shown.contains("chuyển tất cả 3 việc còn lại sang 2022-W51"),
        "{shown}"
    );
    assert_eq!(task_by_title(&env, "Việc A")["plan"], "2022-W50");
    for t in ["Việc B", "Việc C", "Việc D"] {
        assert_eq!(task_by_title(&env, t)["plan"], "2022-W51", "{t}");
        assert_eq!(task_by_title(&env, t)["carried"], 1, "{t}");
    }
    let reasons = carry_reasons(&env);
    assert_eq!(reasons["Việc C"], "Dồn sang tuần sau");

    let env = four_items_of_last_week();
    let Some(shown) = plan_week_on_a_terminal(&env, "en", "yes\n\nno\nall\n\n") else {
        return;
    };
    assert!(
        shown.contains("[y]es / [n]o, leave it (Enter) / [d]rop / [a]ll"),
        "{shown}"
    );
    assert_eq!(task_by_title(&env, "Việc A")["plan"], "2022-W51");
    assert_eq!(task_by_title(&env, "Việc B")["plan"], "2022-W50");
    assert_eq!(task_by_title(&env, "Việc D")["plan"], "2022-W51");
    // no reason given: the move says where it came from
    assert_eq!(carry_reasons(&env)["Việc A"], "carried over from plan 2022-W50");
}
