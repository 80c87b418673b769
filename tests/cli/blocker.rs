use crate::common::TestEnv;

#[test]
fn add_list_resolve_with_ages() {
    let mut env = TestEnv::at("2022-12-05").with_units();
    let task = env.json(&["task", "add", "Đề án 06", "-u", "ldtbxh"]);
    let id = task["id"].to_string();
    let b = env.json(&[
        "blocker",
        "add",
        "Chưa bố trí kinh phí",
        "-u",
        "ldtbxh",
        "--task",
        &id,
        "--proposal",
        "Họp với Sở Tài chính",
        "--remedy",
        "meeting",
    ]);
    assert_eq!(b["type"], "blocker");
    assert_eq!(b["unit"], "ldtbxh");
    assert_eq!(b["task"], task["id"]);
    assert_eq!(b["remedy"], "meeting");
    assert_eq!(b["status"], "open");
    assert_eq!(b["raised_on"], "2022-12-05");
    assert_eq!(b["age_days"], 0);
    let other = env.json(&[
        "blocker",
        "add",
        "Thiếu người",
        "-u",
        "yte",
        "--date",
        "01/12/2022",
    ]);
    env.today = "2022-12-21".into();
    // the task shows its open blocker
    let t = env.json(&["show", &id]);
    assert_eq!(t["blockers"][0]["id"], b["id"]);
    assert_eq!(t["blockers"][0]["age_days"], 16);
    assert!(env.ok(&["task", "list"]).contains("blocked"));
    let bid = b["id"].to_string();
    let r = env.json(&[
        "blocker",
        "resolve",
        &bid,
        "--note",
        "Đã họp",
        "--date",
        "19/12/2022",
    ]);
    assert_eq!(r["status"], "resolved");
    assert_eq!(r["note"], "Đã họp");
    assert_eq!(r["age_days"], 14);
    assert!(
        env.json(&["show", &id])["blockers"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let open = env.json(&["blocker", "list", "--open"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], other["id"]);
    assert_eq!(open[0]["age_days"], 20);
    assert_eq!(env.json(&["blocker", "list"]).as_array().unwrap().len(), 2);
    assert_eq!(
        env.json(&["blocker", "list", "-u", "ldtbxh"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let err = env.input_error(&["blocker", "resolve", &bid]);
    assert!(err.contains("already resolved"), "{err}");
}

#[test]
fn bad_blocker_input_is_refused() {
    let env = TestEnv::new().with_units();
    let err = env.input_error(&["blocker", "add", "x"]);
    assert!(err.contains("-u"), "{err}");
    let err = env.input_error(&["blocker", "add", "x", "--lang", "vi"]);
    assert!(err.contains("cần nêu đơn vị"), "{err}");
    let err = env.input_error(&["blocker", "add", "x", "-u", "khong-co"]);
    assert!(err.contains("no unit"), "{err}");
    let unit_id = env.json(&["unit", "list"])[0]["id"].to_string();
    let err = env.input_error(&["blocker", "add", "x", "-u", "yte", "--task", &unit_id]);
    assert!(err.contains("not a task"), "{err}");
    env.input_error(&["blocker", "add", "x", "-u", "yte", "--remedy", "pray"]);
    let err = env.input_error(&["blocker", "resolve", &unit_id, "--lang", "vi"]);
    assert!(err.contains("không phải khó khăn"), "{err}");
    let b = env.json(&["blocker", "add", "x", "-u", "yte"])["id"].to_string();
    let err = env.input_error(&["blocker", "resolve", &b, "--date", "01/12/2022"]);
    assert!(err.contains("before"), "{err}");
}

#[test]
fn blocker_add_is_undoable() {
    let env = TestEnv::new().with_units();
    env.ok(&["blocker", "add", "x", "-u", "yte", "--dry-run"]);
    assert!(env.json(&["blocker", "list"]).as_array().unwrap().is_empty());
    env.ok(&["blocker", "add", "x", "-u", "yte"]);
    env.ok(&["undo"]);
    assert!(env.json(&["blocker", "list"]).as_array().unwrap().is_empty());
}
