use crate::common::TestEnv;

#[test]
fn followups_grouped_major_first_then_oldest() {
    let mut env = TestEnv::at("2022-12-01").with_units();
    let a = env.json(&["task", "add", "Báo cáo A", "-u", "yte", "--due", "05/12/2022"]);
    env.today = "2022-12-02".into();
    let b = env.json(&["task", "add", "Đề án B", "-u", "yte", "--major"]);
    let c = env.json(&["task", "add", "Việc C", "-u", "ldtbxh"]);
    let own = env.json(&["task", "add", "Việc của tôi"]);
    env.ok(&["task", "note", &a["id"].to_string(), "Sở trả lời lần 1"]);
    env.ok(&["task", "note", &a["id"].to_string(), "Sở trả lời lần 2"]);
    let bl = env.json(&[
        "blocker",
        "add",
        "Thiếu số liệu",
        "-u",
        "yte",
        "--task",
        &b["id"].to_string(),
        "--remedy",
        "directive",
    ]);
    env.today = "2022-12-21".into();
    let r = env.json(&["report", "followups"]);
    let units = r["units"].as_array().unwrap();
    assert_eq!(units.len(), 2);
    assert_eq!(units[0]["unit"], "ldtbxh");
    assert_eq!(units[0]["name"], "Sở Lao động - Thương binh và Xã hội");
    assert_eq!(units[0]["followups"][0]["id"], c["id"]);
    assert_eq!(units[1]["unit"], "yte");
    let ids: Vec<&serde_json::Value> = units[1]["followups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["id"])
        .collect();
    assert_eq!(ids, vec![&b["id"], &a["id"]]);
    let fa = &units[1]["followups"][1];
    assert_eq!(fa["assigned"], "2022-12-01");
    assert_eq!(fa["due"], "2022-12-05");
    assert_eq!(fa["age_days"], 20);
    assert_eq!(fa["overdue"], true);
    assert_eq!(fa["stale"], true);
    assert_eq!(fa["major"], false);
    assert_eq!(fa["last_note"], "Sở trả lời lần 2");
    let fb = &units[1]["followups"][0];
    assert_eq!(fb["major"], true);
    assert_eq!(fb["blockers"][0]["id"], bl["id"]);
    assert_eq!(fb["blockers"][0]["remedy"], "directive");
    assert_eq!(fb["blockers"][0]["age_days"], 19);
    assert!(!r.to_string().contains(&format!("\"id\":{}", own["id"])));
    // -u keeps one unit
    let r = env.json(&["report", "followups", "-u", "ldtbxh"]);
    assert_eq!(r["units"].as_array().unwrap().len(), 1);
    insta::assert_snapshot!(
        "report_followups_vi",
        env.run(&["report", "followups", "--lang", "vi"]).all()
    );
    insta::assert_snapshot!(
        "report_followups_md",
        env.run(&["report", "followups", "--format", "md"]).all()
    );
}

#[test]
fn empty_and_bad_input() {
    let env = TestEnv::new().with_units();
    assert_eq!(env.json(&["report", "followups"])["units"], serde_json::json!([]));
    assert!(env.ok(&["report", "followups"]).contains("No follow-up"));
    let err = env.input_error(&["report", "followups", "-u", "nope", "--lang", "vi"]);
    assert!(err.contains("không có cơ quan"), "{err}");
}
