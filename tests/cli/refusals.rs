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
