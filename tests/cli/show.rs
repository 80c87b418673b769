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

#[test]
fn show_an_entry_with_its_lunar_date() {
    let env = TestEnv::at("2023-02-10");
    env.ok(&["add", "Trực Tết", "-d", "2023-01-26"]);
    let v = env.json(&["show", "1"]);
    assert_eq!(
        v["lunar"],
        serde_json::json!({"day": 5, "month": 1, "year": 2023, "leap": false, "year_name": "Quý Mão"})
    );
    let out = env.ok(&["show", "1", "--lang", "vi"]);
    assert!(out.contains("Âm lịch"), "{out}");
    assert!(out.contains("mùng 5 tháng Giêng năm Quý Mão"), "{out}");
    let out = env.ok(&["show", "1"]);
    assert!(out.contains("lunar 5/1, Quý Mão year"), "{out}");
}

#[test]
fn show_a_task_gives_its_due_date_in_the_lunar_calendar() {
    let env = TestEnv::new();
    env.ok(&["task", "add", "Chuẩn bị Tết", "--due", "2023-01-21"]);
    let v = env.json(&["show", "1"]);
    assert_eq!(v["due_lunar"]["day"], 30);
    assert_eq!(v["due_lunar"]["month"], 12);
    assert_eq!(v["due_lunar"]["year_name"], "Nhâm Dần");
    let out = env.ok(&["show", "1", "--lang", "vi"]);
    assert!(out.contains("30 tháng Chạp năm Nhâm Dần"), "{out}");
}
