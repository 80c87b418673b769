//! `worklog report week`, and the four-week scenario of issue 3: plan, log against the
//! plan, close with reasons, carry, trigger a contingency — then the report of each week
//! must tell exactly what got done, what slipped and why.

use crate::common::TestEnv;
use serde_json::{Value, json};

fn id(v: &Value) -> String {
    v["id"].as_i64().expect("an id").to_string()
}

/// The items of a report as (id, result, reason, carried).
fn items(r: &Value) -> Vec<(String, String, Value, i64)> {
    r["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                id(i),
                i["result"].as_str().unwrap().to_string(),
                i["reason"].clone(),
                i["carried"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn entries(r: &Value) -> (i64, i64, i64) {
    let e = &r["entries"];
    (
        e["total"].as_i64().unwrap(),
        e["planned"].as_i64().unwrap(),
        e["arising"].as_i64().unwrap(),
    )
}

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn four_week_scenario() {
    let mut env = TestEnv::at("2022-12-12");
    // Week 1 (2022-W50): plan with three items, a goal and a contingency.
    let p1 = env.json(&["plan", "week", "--carry", "none"]);
    assert_eq!(p1["period"], "2022-W50");
    let a = id(&env.json(&["plan", "add", "Báo cáo quý IV", "--due", "t6", "-p", "high"]));
    let b = id(&env.json(&["plan", "add", "Dự thảo tờ trình"]));
    let c = id(&env.json(&["plan", "add", "Kiểm tra tại Sở #kiểm-tra"]));
    env.ok(&["plan", "goal", "Hoàn thành báo cáo quý"]);
    env.ok(&[
        "contingency",
        "add",
        "Sở chậm gửi số liệu",
        "--response",
        "Dùng số liệu ước tính",
    ]);
    env.ok(&["add", "Tổng hợp số liệu", "--task", &a]);
    env.today = s("2022-12-14");
    env.ok(&["add", "Soạn tờ trình", "--task", &b]);
    env.ok(&["add", "Tiếp công dân"]); // arising
    env.today = s("2022-12-15");
    env.ok(&["task", "done", &a]);
    env.today = s("2022-12-16");
    let close1 = env.json(&[
        "plan",
        "close",
        "--reason",
        &format!("{b}=Chờ số liệu"),
        "--reason",
        &format!("{c}=Ốm"),
    ]);
    assert_eq!(close1["closed_on"], "2022-12-16");
    assert_eq!(
        items(&close1),
        vec![
            (a.clone(), s("done"), Value::Null, 0),
            (b.clone(), s("not_done"), json!("Chờ số liệu"), 0),
            (c.clone(), s("not_done"), json!("Ốm"), 0),
        ]
    );

    // Week 2 (2022-W51): carry both; finish one.
    env.today = s("2022-12-19");
    let p2 = env.json(&["plan", "week", "--carry", "all"]);
    assert_eq!(p2["carried_in"], 2);
    let carried: Vec<i64> = p2["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["carried"].as_i64().unwrap())
        .collect();
    assert_eq!(carried, vec![1, 1]);
    env.ok(&["add", "Hoàn thiện tờ trình", "--task", &b]);
    env.today = s("2022-12-20");
    env.ok(&["task", "done", &b]);
    env.today = s("2022-12-23");
    env.ok(&["plan", "close", "--reason", &format!("{c}=Chờ ý kiến của Sở")]);

    // Week 3 (2022-W52): carry again; a storm comes.
    env.today = s("2022-12-26");
    let p3 = env.json(&["plan", "week", "--carry", "all"]);
    assert_eq!(p3["items"][0]["id"].as_i64().unwrap().to_string(), c);
    assert_eq!(p3["items"][0]["carried"], 2);
    let storm = id(&env.json(&["risk", "add", "Bão đổ bộ", "--response", "Sơ tán dân vùng trũng"]));
    env.today = s("2022-12-27");
    env.ok(&["contingency", "trigger", &storm, "--outcome", "Đã sơ tán 200 hộ"]);
    env.ok(&["add", "Họp ứng phó bão"]); // arising
    env.ok(&["add", "Kiểm tra tại Sở", "--task", &c]);
    env.today = s("2022-12-28");
    env.ok(&["task", "done", &c]);
    env.today = s("2022-12-30");
    env.ok(&["plan", "close", "--note", "Tuần có bão"]);

    // Week 4 (2023-W01): nothing left to carry; one new item.
    env.today = s("2023-01-02");
    let p4 = env.json(&["plan", "week", "--carry", "all"]);
    assert_eq!(p4["carried_in"], 0);
    let d = id(&env.json(&["plan", "add", "Kế hoạch năm 2023"]));

    // The reports, each week, exactly.
    let r1 = env.json(&["report", "week", "2022-W50"]);
    assert_eq!(
        r1["period"],
        json!({"kind": "week", "label": "2022-W50", "from": "2022-12-12", "to": "2022-12-18"})
    );
    assert_eq!(
        items(&r1),
        vec![
            (a.clone(), s("done"), Value::Null, 0),
            (b.clone(), s("carried"), json!("Chờ số liệu"), 1),
            (c.clone(), s("carried"), json!("Ốm"), 1),
        ]
    );
    assert_eq!(entries(&r1), (3, 2, 1));
    assert_eq!(r1["goals"][0]["text"], "Hoàn thành báo cáo quý");
    assert_eq!(r1["contingencies"][0]["status"], "open");

    let r2 = env.json(&["report", "week", "2022-W51"]);
    assert_eq!(
        items(&r2),
        vec![
            (b.clone(), s("done"), Value::Null, 1),
            (c.clone(), s("carried"), json!("Chờ ý kiến của Sở"), 2),
        ]
    );
    assert_eq!(entries(&r2), (1, 1, 0));

    let r3 = env.json(&["report", "week", "2022-W52"]);
    assert_eq!(items(&r3), vec![(c.clone(), s("done"), Value::Null, 2)]);
    assert_eq!(entries(&r3), (2, 1, 1));
    assert_eq!(r3["entries"]["arising_share"], 0.5);
    assert_eq!(r3["contingencies"].as_array().unwrap().len(), 1);
    assert_eq!(r3["contingencies"][0]["situation"], "Bão đổ bộ");
    assert_eq!(r3["contingencies"][0]["status"], "triggered");
    assert_eq!(r3["contingencies"][0]["outcome"], "Đã sơ tán 200 hộ");
    assert_eq!(r3["arising_work"][0]["text"], "Họp ứng phó bão");
    assert_eq!(r3["note"], "Tuần có bão");

    let r4 = env.json(&["report", "week"]);
    assert_eq!(r4["period"]["label"], "2023-W01");
    assert_eq!(items(&r4), vec![(d, s("not_done"), Value::Null, 0)]);
    assert_eq!(entries(&r4), (0, 0, 0));

    // The human report of week 3, in Vietnamese.
    let o = env.run(&["--lang", "vi", "report", "week", "2022-W52"]);
    insta::assert_snapshot!("report_week_w52_vi", o.all());
    let md = env.ok(&["report", "week", "2022-W50", "--format", "md"]);
    assert!(
        md.contains("| Id | Title | Result | Reason | Times carried |"),
        "{md}"
    );
    let csv = env.ok(&["report", "week", "2022-W50", "--format", "csv"]);
    assert!(csv.contains("Chờ số liệu"), "{csv}");
}

#[test]
fn a_week_without_a_plan_still_reports_its_entries() {
    let env = TestEnv::new();
    env.ok(&["add", "Việc phát sinh"]);
    let r = env.json(&["report", "week"]);
    assert_eq!(r["items"], json!([]));
    assert_eq!(entries(&r), (1, 0, 1));
    assert_eq!(r["entries"]["arising_share"], 1.0);
}

#[test]
fn work_on_a_task_planned_later_is_arising() {
    let mut env = TestEnv::at("2022-12-12");
    let t = id(&env.json(&["task", "add", "Chưa có kế hoạch"]));
    env.ok(&["add", "Làm trước", "--task", &t]);
    env.today = s("2022-12-14");
    env.ok(&["task", "move", &t, "week"]);
    env.ok(&["add", "Làm sau", "--task", &t]);
    let r = env.json(&["report", "week"]);
    assert_eq!(entries(&r), (2, 1, 1));
    assert_eq!(r["arising_work"][0]["text"], "Làm trước");
}

#[test]
fn bad_periods_are_input_errors() {
    let env = TestEnv::new();
    let e = env.input_error(&["report", "week", "2022-12"]);
    assert!(e.contains("is not a week"), "{e}");
    let e = env.input_error(&["--lang", "vi", "report", "week", "tuần sau nữa"]);
    assert!(e.contains("không hiểu kỳ"), "{e}");
}
