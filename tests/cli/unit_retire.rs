use crate::common::TestEnv;

fn setup() -> TestEnv {
    let env = TestEnv::new().with_units();
    env.ok(&["unit", "add", "snv", "Sở Nội vụ", "--kind", "department"]);
    env
}

#[test]
fn retire_hides_the_unit_and_passes_open_followups_to_the_successor() {
    let env = setup();
    let open = env.json(&["task", "add", "Đề án 06", "-u", "ldtbxh", "--major"]);
    let done = env.json(&["task", "add", "Báo cáo cũ", "-u", "ldtbxh"]);
    env.ok(&["task", "done", &done["id"].to_string()]);
    let r = env.json(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "15/12/2022",
        "--replaced-by",
        "snv",
    ]);
    assert_eq!(r["retired"], "2022-12-15");
    assert_eq!(r["replaced_by"], "snv");
    let units = env.json(&["unit", "list"]);
    let aliases: Vec<&str> = units
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["alias"].as_str().unwrap())
        .collect();
    assert_eq!(aliases, vec!["snv", "yte"]);
    assert_eq!(env.json(&["unit", "list", "--all"]).as_array().unwrap().len(), 3);
    // the successor lists the retired unit's open follow-up; the task keeps its unit
    let v = env.json(&["task", "list", "-u", "snv"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["id"], open["id"]);
    assert_eq!(v[0]["unit"], "ldtbxh");
    assert_eq!(v[0]["unit_now"], "snv");
    // with --all the history of the lineage shows too
    assert_eq!(
        env.json(&["task", "list", "-u", "snv", "--all"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // the old alias still works for history
    assert_eq!(
        env.json(&["task", "list", "-u", "ldtbxh"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // the old alias still names work done before the retirement; not new work
    let e = env.json(&["add", "Nhận hồ sơ cũ", "-u", "ldtbxh", "-d", "14/12/2022"]);
    assert_eq!(e["units"][0], "ldtbxh");
    let err = env.input_error(&["add", "Nhận hồ sơ cũ", "-u", "ldtbxh"]);
    assert!(err.contains("use @snv"), "{err}");
    let out = env.ok(&["task", "list", "-u", "snv"]);
    assert!(out.contains("now: snv"), "{out}");
}

#[test]
fn retiring_twice_self_or_in_a_loop_is_refused() {
    let env = setup();
    let err = env.input_error(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "15/12/2022",
        "--replaced-by",
        "ldtbxh",
    ]);
    assert!(err.contains("itself"), "{err}");
    env.ok(&[
        "unit",
        "retire",
        "ldtbxh",
        "--date",
        "15/12/2022",
        "--replaced-by",
        "snv",
    ]);
    let err = env.input_error(&["unit", "retire", "ldtbxh", "--date", "16/12/2022"]);
    assert!(err.contains("already retired"), "{err}");
    let err = env.input_error(&[
        "unit",
        "retire",
        "snv",
        "--date",
        "16/12/2022",
        "--replaced-by",
        "ldtbxh",
        "--lang",
        "vi",
    ]);
    assert!(err.contains("vòng lặp"), "{err}");
    let err = env.input_error(&["unit", "retire", "yte"]);
    assert!(err.contains("--date"), "{err}");
    let err = env.input_error(&[
        "unit",
        "retire",
        "yte",
        "--date",
        "hôm nay",
        "--replaced-by",
        "snvv",
    ]);
    assert!(err.contains("snv"), "{err}");
}

#[test]
fn retire_is_undoable_and_dry_run_writes_nothing() {
    let env = setup();
    let before = env.db_bytes();
    env.ok(&["unit", "retire", "ldtbxh", "--date", "15/12/2022", "--dry-run"]);
    assert_eq!(env.db_bytes(), before);
    env.ok(&["unit", "retire", "ldtbxh", "--date", "15/12/2022"]);
    assert_eq!(env.json(&["unit", "list"]).as_array().unwrap().len(), 2);
    env.ok(&["undo"]);
    assert_eq!(env.json(&["unit", "list"]).as_array().unwrap().len(), 3);
}
