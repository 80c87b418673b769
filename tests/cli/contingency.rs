//! `worklog contingency` (alias `risk`): add, list, trigger, close; errors and undo.

use crate::common::TestEnv;

#[test]
fn add_list_trigger_close() {
    let env = TestEnv::new();
    let c = env.json(&[
        "contingency",
        "add",
        "Sở chậm gửi số liệu",
        "--response",
        "Dùng số liệu ước tính",
    ]);
    assert_eq!(c["type"], "contingency");
    assert_eq!(c["situation"], "Sở chậm gửi số liệu");
    assert_eq!(c["response"], "Dùng số liệu ước tính");
    assert_eq!(c["plan"], "2022-W51");
    assert_eq!(c["task"], serde_json::Value::Null);
    assert_eq!(c["status"], "open");
    let id = c["id"].as_i64().unwrap().to_string();
    env.ok(&["task", "add", "Báo cáo"]);
    let t = env.json(&[
        "risk",
        "add",
        "Lãnh đạo vắng",
        "--response",
        "Ký thay",
        "--task",
        "3",
    ]);
    assert_eq!(
        (t["plan"].clone(), t["task"].as_i64()),
        (serde_json::Value::Null, Some(3))
    );
    let m = env.json(&["risk", "add", "Bão", "--response", "Sơ tán", "--plan", "month"]);
    assert_eq!(m["plan"], "2022-12");

    assert_eq!(env.json(&["contingency", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["contingency", "list", "--plan", "week"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let v = env.json(&[
        "contingency",
        "trigger",
        &id,
        "--date",
        "hôm qua",
        "--outcome",
        "Đã dùng số liệu ước tính",
    ]);
    assert_eq!(v["status"], "triggered");
    assert_eq!(v["triggered_on"], "2022-12-20");
    assert_eq!(v["outcome"], "Đã dùng số liệu ước tính");
    assert_eq!(
        env.json(&["contingency", "list", "--open"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let v = env.json(&["contingency", "close", &id]);
    assert_eq!(
        (v["status"].as_str(), v["closed_on"].as_str()),
        (Some("closed"), Some("2022-12-21"))
    );
    let o = env.run(&["--lang", "vi", "contingency", "list"]);
    insta::assert_snapshot!("contingency_list_vi", o.all());
}

#[test]
fn errors_are_exit_2_in_both_languages() {
    let env = TestEnv::new();
    let e = env.input_error(&["--lang", "vi", "risk", "add", "Bão"]);
    assert!(e.contains("thiếu phương án xử lý"), "{e}");
    env.input_error(&["risk", "add", "Bão", "--response", "x", "--task", "99"]);
    env.input_error(&["risk", "add", "Bão", "--response", "x", "--plan", "2022"]);
    env.ok(&["risk", "add", "Bão", "--response", "Sơ tán"]); // #2
    let e = env.input_error(&["contingency", "trigger", "2"]);
    assert!(e.contains("outcome is missing"), "{e}");
    let e = env.input_error(&["--lang", "vi", "contingency", "trigger", "2"]);
    assert!(e.contains("thiếu kết quả xử lý"), "{e}");
    env.input_error(&["contingency", "trigger", "1", "--outcome", "x"]); // #1 is the plan
    env.input_error(&["contingency", "trigger", "99", "--outcome", "x"]);
    env.ok(&["contingency", "trigger", "2", "--outcome", "Đã sơ tán"]);
    env.input_error(&["contingency", "trigger", "2", "--outcome", "lần nữa"]);
    env.ok(&["contingency", "close", "2"]);
    let e = env.input_error(&["--lang", "vi", "contingency", "trigger", "2", "--outcome", "x"]);
    assert!(e.contains("đã đóng"), "{e}");
    env.input_error(&["contingency", "close", "2"]);
}

#[test]
fn undo_and_dry_run() {
    let env = TestEnv::new();
    env.ok(&["risk", "add", "Bão", "--response", "Sơ tán"]);
    env.ok(&["--dry-run", "risk", "trigger", "2", "--outcome", "x"]);
    assert_eq!(env.json(&["show", "2"])["status"], "open");
    env.ok(&["risk", "trigger", "2", "--outcome", "x"]);
    env.ok(&["undo"]);
    assert_eq!(
        env.json(&["contingency", "list", "--open"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.ok(&["undo"]);
    assert_eq!(env.json(&["contingency", "list"]).as_array().unwrap().len(), 0);
}
