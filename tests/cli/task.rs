//! `worklog task`: add (every option), list filters, status changes, notes, moves, the
//! timeline of `show`, errors and undo.

use crate::common::TestEnv;
use serde_json::json;

#[test]
fn add_with_every_option() {
    let env = TestEnv::new().with_units();
    let v = env.json(&[
        "task",
        "add",
        "Triển khai Đề án 06 @ldtbxh #chuyển-đổi-số",
        "--due",
        "+5wd",
        "-p",
        "high",
        "--plan",
        "week",
        "--major",
        "--doc",
        "45/2022/QĐ-UBND",
        "-f",
        "laodong",
    ]);
    assert_eq!(v["type"], "task");
    assert_eq!(v["title"], "Triển khai Đề án 06 @ldtbxh #chuyển-đổi-số");
    assert_eq!(v["status"], "todo");
    assert_eq!(v["priority"], "high");
    // Wednesday 21/12/2022 + 5 working days = Wednesday 28/12/2022.
    assert_eq!(v["due"], "2022-12-28");
    assert_eq!(v["plan"], "2022-W51");
    // @ldtbxh in the title mentions the unit; only -u assigns it (a follow-up)
    assert!(v["unit"].is_null(), "{v}");
    assert_eq!(v["mentions"], json!(["ldtbxh"]));
    assert_eq!(v["major"], true);
    assert_eq!(v["field"], "laodong");
    assert_eq!(v["tags"], json!(["chuyển-đổi-số"]));
    assert_eq!(v["docs"], json!(["45/2022/QĐ-UBND"]));
    assert_eq!(v["assigned"], "2022-12-21");
    assert_eq!(v["carried"], 0);
    assert_eq!(v["overdue"], false);
}

#[test]
fn add_prints_one_line_and_checks_its_input() {
    let env = TestEnv::new().with_units();
    let o = env.run(&["--lang", "vi", "task", "add", "Báo cáo quý", "--due", "t6"]);
    assert_eq!(o.stdout, "Đã thêm nhiệm vụ #4 · hạn Thứ Sáu 23/12/2022\n");
    env.input_error(&["task", "add", "X", "-p", "urgent"]);
    env.input_error(&["task", "add", "X @khongco"]);
    env.input_error(&["task", "add", "X", "--plan", "2022-Q4"]);
    env.input_error(&["task", "add", "X", "--due", "32/12"]);
    let e = env.input_error(&["--lang", "vi", "task", "add", "X", "--plan", "khong-phai"]);
    assert!(e.contains("không hiểu kỳ"), "{e}");
}

fn ids(v: &serde_json::Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn list_filters() {
    let mut env = TestEnv::at("2022-12-01").with_units();
    env.ok(&["task", "add", "Cũ, không ai đụng tới"]); // #4, stale by the 21st
    env.today = "2022-12-21".into();
    env.ok(&["task", "add", "Quá hạn", "--due", "2022-12-20"]); // would fail: due in the past?
    env.ok(&[
        "task",
        "add",
        "Của Sở",
        "-u",
        "ldtbxh",
        "--plan",
        "2022-W51",
        "--major",
    ]); // #6
    env.ok(&["task", "add", "Xong rồi"]); // #7
    env.ok(&["task", "done", "7"]);
    assert_eq!(ids(&env.json(&["task", "list"])), vec![5, 4, 6]);
    assert_eq!(ids(&env.json(&["task", "list", "--open"])), vec![5, 4, 6]);
    assert_eq!(ids(&env.json(&["task", "list", "--done"])), vec![7]);
    assert_eq!(ids(&env.json(&["task", "list", "--overdue"])), vec![5]);
    assert_eq!(ids(&env.json(&["task", "list", "--stale"])), vec![4]);
    assert_eq!(ids(&env.json(&["task", "list", "--all"])), vec![5, 4, 6, 7]);
    assert_eq!(ids(&env.json(&["task", "list", "-u", "ldtbxh"])), vec![6]);
    assert_eq!(ids(&env.json(&["task", "list", "--plan", "week"])), vec![6]);
    assert_eq!(ids(&env.json(&["task", "list", "--major"])), vec![6]);
    let v = env.json(&["task", "list", "--overdue"]);
    assert_eq!(v[0]["overdue"], true);
    let v = env.json(&["task", "list", "--stale"]);
    assert_eq!(v[0]["stale"], true);
}

#[test]
fn start_done_drop_with_date_and_note() {
    let env = TestEnv::new();
    env.ok(&["task", "add", "A", "--due", "2022-12-22"]); // #1
    env.ok(&["task", "add", "B"]); // #2
    let v = env.json(&["task", "start", "1", "--date", "2022-12-21", "--note", "bắt đầu"]);
    assert_eq!(
        (v["status"].as_str(), v["started_on"].as_str()),
        (Some("doing"), Some("2022-12-21"))
    );
    env.input_error(&["task", "start", "1"]);
    let v = env.json(&["task", "done", "#1", "-d", "today", "--note", "đã trình ký"]);
    assert_eq!(v["status"], "done");
    assert_eq!(v["closed_on"], "2022-12-21");
    assert_eq!(v["done_on_time"], true);
    // Done twice is an input error, in both languages.
    let e = env.input_error(&["task", "done", "1"]);
    assert!(e.contains("task #1 is already done"), "{e}");
    let e = env.input_error(&["--lang", "vi", "task", "done", "1"]);
    assert!(
        e.contains("nhiệm vụ #1 không còn mở (trạng thái: đã hoàn thành)"),
        "{e}"
    );
    let v = env.json(&["task", "drop", "2", "--note", "không cần nữa"]);
    assert_eq!(v["status"], "dropped");
    env.input_error(&["task", "drop", "2"]);
    // A date before the task existed, an unknown id, a record of another kind.
    let c = env.json(&["task", "add", "C"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.input_error(&["task", "start", &c, "--date", "2022-12-01"]);
    env.input_error(&["task", "done", "99"]);
    let entry = env.json(&["add", "Một mục nhật ký"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let e = env.input_error(&["task", "done", &entry]);
    assert!(e.contains("not a task"), "{e}");
}

#[test]
fn note_and_move_with_reason_and_carried_count() {
    let env = TestEnv::new();
    env.ok(&["task", "add", "Báo cáo", "--plan", "week"]); // #1
    let v = env.json(&["task", "note", "1", "Sở", "đã", "trả", "lời"]);
    assert_eq!(v["type"], "note");
    assert_eq!(v["task"], 1);
    assert_eq!(v["text"], "Sở đã trả lời");
    let v = env.json(&["task", "move", "1", "2022-W52", "--reason", "chờ số liệu"]);
    assert_eq!(v["plan"], "2022-W52");
    assert_eq!(v["carried"], 1);
    let v = env.json(&["task", "move", "1", "2023-01"]);
    assert_eq!(v["carried"], 2);
    // Into the past, into the same plan, into a non-plan period: input errors.
    let e = env.input_error(&["task", "move", "1", "2022-W49"]);
    assert!(e.contains("which is over"), "{e}");
    let e = env.input_error(&["--lang", "vi", "task", "move", "1", "2022-W49"]);
    assert!(e.contains("đã qua"), "{e}");
    env.input_error(&["task", "move", "1", "2023-01"]);
    env.input_error(&["task", "move", "1", "2023"]);
    // Giving an unplanned task a plan is not a carry.
    let id = env.json(&["task", "add", "Không kế hoạch"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let v = env.json(&["task", "move", &id, "week"]);
    assert_eq!(v["carried"], 0);
}

#[test]
fn show_gives_the_timeline() {
    let mut env = TestEnv::at("2022-12-19");
    env.ok(&["task", "add", "Dự thảo tờ trình", "--plan", "week", "--due", "t6"]); // #1
    env.ok(&["add", "Soạn khung tờ trình", "--task", "1"]); // #2
    env.today = "2022-12-20".into();
    env.ok(&["task", "start", "1"]); // #3
    env.ok(&["task", "note", "1", "Xin ý kiến Sở Tư pháp"]); // #4
    env.today = "2022-12-23".into();
    env.ok(&["task", "move", "1", "2022-W52", "--reason", "Chờ ý kiến"]); // #5
    let v = env.json(&["show", "1"]);
    let events: Vec<&str> = v["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["created", "entry", "start", "note", "move"]);
    assert_eq!(v["timeline"][0]["to_plan"], "2022-W51");
    assert_eq!(v["timeline"][4]["from_plan"], "2022-W51");
    assert_eq!(v["timeline"][4]["to_plan"], "2022-W52");
    assert_eq!(v["timeline"][4]["text"], "Chờ ý kiến");
    assert_eq!(v["last_touched"], "2022-12-23");
    let o = env.run(&["--lang", "vi", "show", "1"]);
    // Time stamps carry the wall clock: mask them.
    let masked: Vec<String> = o
        .all()
        .lines()
        .map(|l| match l.find("/12/2022 ") {
            Some(i) if l.contains("Tạo lúc") || l.contains("Sửa lúc") => {
                format!("{}<stamp>", &l[..i - 2])
            }
            _ => l.to_string(),
        })
        .collect();
    insta::assert_snapshot!("task_show_vi", masked.join("\n"));
}

#[test]
fn undo_reverts_each_task_command() {
    let env = TestEnv::new();
    env.ok(&["task", "add", "A", "--plan", "week"]);
    let before = env.json(&["show", "1"]);
    for args in [
        vec!["task", "start", "1"],
        vec!["task", "done", "1"],
        vec!["task", "note", "1", "ghi chú"],
        vec!["task", "move", "1", "2022-W52"],
    ] {
        env.ok(&args);
        let o = env.ok(&["undo"]);
        assert!(o.starts_with("Undone:"), "{o}");
        assert_eq!(env.json(&["show", "1"]), before, "after undo of {args:?}");
    }
    env.ok(&["task", "drop", "1"]);
    env.ok(&["undo"]);
    assert_eq!(env.json(&["show", "1"]), before);
    env.ok(&["undo"]); // the add itself
    env.input_error(&["show", "1"]);
}

#[test]
fn dry_run_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&["task", "add", "A"]);
    let bytes = env.db_bytes();
    let o = env.ok(&["--dry-run", "task", "done", "1"]);
    assert!(o.contains("dry run"), "{o}");
    env.ok(&["--dry-run", "task", "add", "B"]);
    assert_eq!(env.json(&["task", "list"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["show", "1"])["status"], "todo");
    let _ = bytes;
}
