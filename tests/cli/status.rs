//! `worklog status` (and plain `worklog`): today's sections, JSON keys, empty sections.

use crate::common::TestEnv;
use serde_json::Value;

fn ids(v: &Value) -> Vec<i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn status_json_has_exactly_the_spec_keys() {
    let mut env = TestEnv::at("2022-12-01");
    env.ok(&["task", "add", "Cũ"]); // #1: stale by the 21st
    env.today = "2022-12-21".into();
    env.ok(&["task", "add", "Quá hạn", "--due", "hôm qua"]); // #2
    env.ok(&["plan", "add", "Việc tuần", "--due", "t6"]); // #4 (plan #3)
    env.ok(&["task", "add", "Hạn tuần sau", "--due", "2022-12-28"]); // #5
    env.ok(&["task", "add", "Hạn xa", "--due", "2023-01-30"]); // #6
    env.ok(&["risk", "add", "Bão", "--response", "Sơ tán"]); // #7
    let v = env.json(&["status"]);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "today",
            "plan",
            "overdue",
            "stale",
            "due_soon",
            "contingencies",
            "consultations"
        ]
    );
    assert_eq!(v["today"], "2022-12-21");
    assert_eq!(ids(&v["plan"]), vec![4]);
    assert_eq!(ids(&v["overdue"]), vec![2]);
    assert_eq!(ids(&v["stale"]), vec![1]);
    assert_eq!(ids(&v["due_soon"]), vec![4, 5]);
    assert_eq!(ids(&v["contingencies"]), vec![7]);
    // Plain `worklog` is status.
    let o = env.run(&["--lang", "vi"]);
    insta::assert_snapshot!("status_vi", o.all());
}

#[test]
fn empty_sections_are_left_out() {
    let env = TestEnv::new();
    let o = env.ok(&["status"]);
    assert_eq!(
        o,
        "Wednesday 2022-12-21 · lunar 28/11, Nhâm Dần year\n\nNothing needs attention. Plan the week: worklog plan week\n"
    );
    env.ok(&["task", "add", "Hạn mai", "--due", "ngày mai"]);
    let o = env.ok(&["status"]);
    assert!(o.contains("Due within 7 days"), "{o}");
    assert!(!o.contains("Overdue"), "{o}");
    assert!(!o.contains("Stale"), "{o}");
}

#[test]
fn status_on_a_fresh_machine_creates_no_database() {
    let env = TestEnv::new();
    env.ok(&[]);
    assert!(!env.db().exists());
}
