use crate::common::TestEnv;

#[test]
fn facts_are_added_listed_and_go_stale() {
    let env = TestEnv::new().with_units();
    let f = env.json(&[
        "fact",
        "add",
        "Số lao động có việc làm",
        "--value",
        "1.234.000 người",
        "--source",
        "Cục Thống kê",
        "--as-of",
        "01/01/2022",
        "-f",
        "laodong",
    ]);
    assert_eq!(f["type"], "fact");
    assert_eq!(f["text"], "Số lao động có việc làm");
    assert_eq!(f["value"], "1.234.000 người");
    assert_eq!(f["source"], "Cục Thống kê");
    assert_eq!(f["as_of"], "2022-01-01");
    assert_eq!(f["field"], "laodong");
    assert_eq!(f["stale"], true);
    let fresh = env.json(&[
        "fact",
        "add",
        "Tỷ lệ thất nghiệp",
        "--value",
        "2,3%",
        "-f",
        "laodong",
    ]);
    assert_eq!(fresh["stale"], false);
    assert_eq!(fresh["as_of"], serde_json::Value::Null);
    env.ok(&["field", "add", "yte", "Y tế"]);
    env.ok(&[
        "fact",
        "add",
        "Số giường bệnh",
        "--as-of",
        "01/12/2022",
        "-f",
        "yte",
    ]);
    assert_eq!(env.json(&["fact", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(
        env.json(&["fact", "list", "-f", "laodong"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let stale = env.json(&["fact", "list", "--stale"]);
    assert_eq!(stale.as_array().unwrap().len(), 1);
    assert_eq!(stale[0]["id"], f["id"]);
    // the threshold comes from the config
    env.write_config("fact_stale_days = 10\n");
    assert_eq!(
        env.json(&["fact", "list", "--stale"]).as_array().unwrap().len(),
        2
    );
    assert_eq!(
        env.json(&["show", &f["id"].to_string()])["value"],
        "1.234.000 người"
    );
}

#[test]
fn bad_fact_input_is_refused() {
    let env = TestEnv::new().with_units();
    let err = env.input_error(&["fact", "add", "x"]);
    assert!(err.contains("field"), "{err}");
    let err = env.input_error(&["fact", "add", "x", "--lang", "vi"]);
    assert!(err.contains("lĩnh vực"), "{err}");
    let err = env.input_error(&["fact", "add", "x", "-f", "laodongg"]);
    assert!(err.contains("laodong"), "{err}");
    env.input_error(&["fact", "add", "x", "-f", "laodong", "--as-of", "31/02/2022"]);
    env.ok(&["fact", "add", "x", "-f", "laodong", "--dry-run"]);
    assert!(env.json(&["fact", "list"]).as_array().unwrap().is_empty());
    env.ok(&["fact", "add", "x", "-f", "laodong"]);
    env.ok(&["undo"]);
    assert!(env.json(&["fact", "list"]).as_array().unwrap().is_empty());
}
