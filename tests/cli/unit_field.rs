use crate::common::TestEnv;

#[test]
fn units_add_and_list() {
    let env = TestEnv::new().with_units();
    let v = env.json(&["unit", "list"]);
    let aliases: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["alias"].as_str().unwrap())
        .collect();
    assert_eq!(aliases, vec!["ldtbxh", "yte"]);
    assert_eq!(v[0]["name"], "Sở Lao động - Thương binh và Xã hội");
    assert_eq!(v[0]["kind"], "department");
    insta::assert_snapshot!("unit_list_vi", env.run(&["unit", "list", "--lang", "vi"]).all());
}

#[test]
fn duplicate_and_malformed_aliases_are_refused() {
    let env = TestEnv::new().with_units();
    let err = env.input_error(&["unit", "add", "yte", "Another"]);
    assert!(err.contains("already exists"), "{err}");
    let err = env.input_error(&["unit", "add", "so y te", "Sở Y tế"]);
    assert!(err.contains("alias"), "{err}");
    let err = env.input_error(&["field", "add", "laodong", "x"]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn fields_add_and_list() {
    let env = TestEnv::new().with_units();
    env.ok(&["field", "add", "yte", "Y tế"]);
    let v = env.json(&["field", "list"]);
    let keys: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, vec!["laodong", "yte"]);
    // a field may be named by its name, without diacritics
    assert_eq!(
        env.json(&["add", "x", "-f", "lao dong, viec lam"])["field"],
        "laodong"
    );
}
