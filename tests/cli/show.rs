use crate::common::TestEnv;

#[test]
fn show_an_entry_in_both_languages() {
    let env = TestEnv::new().with_units();
    env.ok(&[
        "add",
        "Dự họp @ldtbxh #giao-ban",
        "-k",
        "meeting",
        "-d",
        "19/12",
        "-m",
        "30",
    ]);
    let v = env.json(&["show", "4"]);
    assert_eq!(v["id"], 4);
    assert_eq!(v["type"], "entry");
    assert_eq!(v["units"], serde_json::json!(["ldtbxh"]));
    let out = env.ok(&["show", "#4", "--lang", "vi"]);
    assert!(out.contains("Thứ Hai 19/12/2022"), "{out}");
    assert!(out.contains("Họp"), "{out}");
}

#[test]
fn show_any_kind_of_record() {
    let env = TestEnv::new().with_units();
    assert_eq!(env.json(&["show", "1"])["alias"], "ldtbxh");
    assert_eq!(env.json(&["show", "3"])["key"], "laodong");
}

#[test]
fn show_unknown_or_malformed_id() {
    let env = TestEnv::new();
    let err = env.input_error(&["show", "12"]);
    assert!(err.contains("#12"), "{err}");
    let err = env.input_error(&["show", "abc"]);
    assert!(err.contains("abc"), "{err}");
}
