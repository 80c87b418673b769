//! What cannot be true is refused (issue 13 items 3 and 4): dates after today for what
//! has happened, new work for a retired unit. Each refusal is exit 2 with the value and
//! what to type, and changes nothing in the database (R4).

use crate::common::TestEnv;
use crate::edit_kinds::dump;

#[test]
fn an_entry_dated_after_today_is_refused_and_points_to_task_add() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["add", "Họp giao ban"]);
    let before = dump(&env);
    let err = env.input_error(&["add", "Họp tổng kết", "-d", "20/12"]);
    assert!(
        err.contains("'20/12' (2022-12-20) is after today (2022-12-15)"),
        "{err}"
    );
    assert!(err.contains("worklog task add \"…\" --due 20/12"), "{err}");
    let err = env.input_error(&["--lang", "vi", "edit", "1", "-d", "ngày mai"]);
    assert!(err.contains("sau hôm nay"), "{err}");
    assert_eq!(dump(&env), before);
    // today and earlier days are fine
    env.ok(&["add", "Họp tổng kết", "-d", "hôm nay"]);
    env.ok(&["add", "Họp tổng kết", "-d", "14/12"]);
}

#[test]
fn a_task_done_or_a_contingency_triggered_after_today_is_refused() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["task", "add", "Báo cáo"]);
    env.ok(&[
        "contingency",
        "add",
        "Mưa lớn",
        "--response",
        "Hoãn",
        "--plan",
        "week",
    ]);
    let before = dump(&env);
    for args in [
        vec!["task", "done", "1", "--date", "16/12"],
        vec!["task", "start", "1", "--date", "+2d"],
        vec![
            "contingency",
            "trigger",
            "2",
            "--date",
            "ngày mai",
            "--outcome",
            "Đã hoãn",
        ],
        vec![
            "doc",
            "add",
            "45/2022/QĐ-UBND",
            "--title",
            "Quy định",
            "--issued",
            "31/12",
        ],
    ] {
        let err = env.input_error(&args);
        assert!(err.contains("is after today (2022-12-15)"), "{args:?}: {err}");
        assert!(err.contains("--date today"), "{args:?}: {err}");
    }
    assert_eq!(dump(&env), before);
}

#[test]
fn a_due_date_before_the_task_was_assigned_is_accepted_with_a_warning() {
    let env = TestEnv::at("2022-12-15");
    let out = env.ok(&["task", "add", "Báo cáo tháng 11", "--due", "30/11/2022"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(
        out.contains("the due date 2022-11-30 is before the day it was assigned, 2022-12-15"),
        "{out}"
    );
    assert_eq!(env.json(&["show", "1"])["due"], "2022-11-30");
}

/// Sở LĐTBXH merged into Sở Nội vụ on 01/03/2025 (the 2025 reorganisation).
fn merged() -> TestEnv {
    let env = TestEnv::at("2025-03-10");
    env.ok(&["unit", "add", "ldtbxh", "Sở Lao động - Thương binh và Xã hội"]);
    env.ok(&["unit", "add", "snv", "Sở Nội vụ"]);
    env.ok(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "01/03/2025",
        "--replaced-by",
        "snv",
    ]);
    env
}

#[test]
fn a_retired_unit_takes_no_new_work_and_names_its_successor() {
    let env = merged();
    let before = dump(&env);
    for args in [
        vec!["add", "Làm việc với @ldtbxh"],
        vec!["add", "Họp", "-u", "ldtbxh", "-d", "01/03/2025"],
        vec!["task", "add", "Báo cáo", "-u", "ldtbxh"],
        vec!["task", "add", "Báo cáo cho @ldtbxh"],
        vec!["blocker", "add", "Chậm số liệu", "-u", "ldtbxh"],
    ] {
        let err = env.input_error(&args);
        assert!(
            err.contains("ldtbxh was merged into snv on 2025-03-01"),
            "{args:?}: {err}"
        );
        assert!(err.contains("use @snv"), "{args:?}: {err}");
    }
    let err = env.input_error(&["--lang", "vi", "add", "Làm việc với @ldtbxh"]);
    assert!(err.contains("ldtbxh đã hợp nhất vào snv từ 01/03/2025"), "{err}");
    assert!(err.contains("dùng @snv"), "{err}");
    assert_eq!(dump(&env), before);
    // a back-dated record of work done before the merger keeps the old unit
    let v = env.json(&["add", "Họp với @ldtbxh", "-d", "28/02/2025"]);
    assert_eq!(v["units"], serde_json::json!(["ldtbxh"]));
}

#[test]
fn a_retirement_dated_in_the_future_takes_effect_on_that_day() {
    let mut env = TestEnv::at("2025-02-20");
    env.ok(&["unit", "add", "ldtbxh", "Sở Lao động - Thương binh và Xã hội"]);
    env.ok(&["unit", "add", "snv", "Sở Nội vụ"]);
    env.ok(&["task", "add", "Báo cáo quý", "-u", "ldtbxh"]);
    env.ok(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "01/03/2025",
        "--replaced-by",
        "snv",
    ]);
    // before the day: still in service, its follow-ups still its own, new work accepted
    let list: Vec<String> = env
        .json(&["unit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["alias"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(list, ["ldtbxh", "snv"]);
    assert_eq!(env.json(&["show", "3"])["unit_now"], "ldtbxh");
    assert_eq!(
        env.json(&["task", "list", "-u", "snv"]).as_array().unwrap().len(),
        0
    );
    env.ok(&["add", "Làm việc với @ldtbxh"]);
    // from the day on: retired, its open follow-up passes to the successor
    env.today = "2025-03-01".into();
    let list: Vec<String> = env
        .json(&["unit", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["alias"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(list, ["snv"]);
    assert_eq!(env.json(&["show", "3"])["unit_now"], "snv");
    assert_eq!(
        env.json(&["task", "list", "-u", "snv"]).as_array().unwrap().len(),
        1
    );
    env.input_error(&["add", "Làm việc với @ldtbxh"]);
}

#[test]
fn only_dash_u_makes_a_follow_up_an_inline_unit_is_a_mention() {
    let env = TestEnv::at("2022-12-15").with_units();
    let v = env.json(&["task", "add", "Chuẩn bị báo cáo gửi @ldtbxh"]);
    assert!(v["unit"].is_null(), "{v}");
    assert_eq!(v["mentions"], serde_json::json!(["ldtbxh"]));
    assert_eq!(
        env.json(&["report", "followups"])["followups"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(0),
        0
    );
    let v = env.json(&["plan", "add", "Họp với @yte", "-u", "ldtbxh"]);
    assert_eq!(v["unit"], "ldtbxh");
    assert_eq!(v["mentions"], serde_json::json!(["yte"]));
    // searchable by the alias in the title
    assert!(env.ok(&["search", "ldtbxh"]).contains("Chuẩn bị báo cáo gửi"));
    env.input_error(&["task", "add", "Gửi @ldtbhx"]);
}

#[test]
fn removing_what_others_depend_on_is_refused_with_what_to_do() {
    let env = TestEnv::at("2022-12-15").with_units();
    env.ok(&["add", "Họp @ldtbxh"]); // #4
    env.ok(&[
        "doc",
        "add",
        "45/2022/QĐ-UBND",
        "--title",
        "Quy định",
        "--issued",
        "01/12/2022",
    ]); // #5
    env.ok(&[
        "plan",
        "add",
        "Báo cáo",
        "--doc",
        "45/2022/QD-UBND",
        "-f",
        "laodong",
    ]); // plan #6, task #7
    let before = dump(&env);
    let err = env.input_error(&["rm", "1"]);
    assert!(
        err.contains("#1 (a unit) cannot be removed: 1 records depend on it (#4)"),
        "{err}"
    );
    assert!(err.contains("worklog unit retire ldtbxh --date DATE"), "{err}");
    let err = env.input_error(&["rm", "5"]);
    assert!(err.contains("cannot be removed") && err.contains("#7"), "{err}");
    let err = env.input_error(&["rm", "6"]);
    assert!(err.contains("cannot be removed") && err.contains("#7"), "{err}");
    assert!(err.contains("worklog task move"), "{err}");
    let err = env.input_error(&["rm", "3"]);
    assert!(err.contains("cannot be removed"), "{err}");
    assert_eq!(dump(&env), before);
    // once nothing depends on it, it goes
    env.ok(&["rm", "4"]);
    env.ok(&["rm", "1"]);
}

#[test]
fn show_of_a_removed_record_says_it_was_removed_and_when() {
    let env = TestEnv::at("2022-12-15");
    env.ok(&["add", "Mục sẽ xoá"]);
    env.ok(&["rm", "1"]);
    let out = env.ok(&["show", "1"]);
    assert!(out.contains("#1 · log entry — removed on 2022-12-15"), "{out}");
    let v = env.json(&["show", "1"]);
    assert_eq!(v["text"], "Mục sẽ xoá");
    assert_eq!(&v["deleted_at"].as_str().unwrap()[..10], "2022-12-15");
    let out = env.ok(&["--lang", "vi", "show", "1"]);
    assert!(out.contains("đã xóa ngày 15/12/2022"), "{out}");
    // a live record says nothing of the kind
    env.ok(&["add", "Mục còn"]);
    assert!(env.json(&["show", "2"]).get("deleted_at").is_none());
}
