use crate::common::TestEnv;

fn month_env() -> TestEnv {
    let env = TestEnv::new().with_units();
    env.ok(&[
        "add",
        "Dự họp giao ban @ldtbxh #giao-ban",
        "-k",
        "meeting",
        "-d",
        "hôm qua",
        "-m",
        "60",
    ]);
    env.ok(&[
        "add",
        "Dự thảo tờ trình",
        "-k",
        "draft",
        "-d",
        "01/12",
        "-f",
        "laodong",
    ]);
    env.ok(&["add", "=HYPERLINK(\"x\")", "-d", "30/11"]);
    env.ok(&["add", "Tiếp dân", "-k", "citizen", "-u", "yte", "-d", "t2"]);
    env
}

#[test]
fn log_defaults_to_this_week() {
    let env = month_env();
    let v = env.json(&["log"]);
    let ids: Vec<i64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![7, 4]); // Monday 19/12, then Tuesday 20/12
}

#[test]
fn log_month_as_table() {
    let env = month_env();
    insta::assert_snapshot!("log_month_table_en", env.run(&["log", "month"]).all());
    insta::assert_snapshot!(
        "log_month_table_vi",
        env.run(&["log", "month", "--lang", "vi"]).all()
    );
}

#[test]
fn log_month_as_markdown() {
    let env = month_env();
    insta::assert_snapshot!("log_month_md", env.run(&["log", "month", "--format", "md"]).all());
}

#[test]
fn log_csv_neutralises_formulas_and_adds_a_bom_only_in_files() {
    let env = month_env();
    let out = env.ok(&["log", "2022-Q4", "--format", "csv"]);
    assert!(!out.starts_with('\u{feff}'));
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][3], "'=HYPERLINK(\"x\")");
    assert_eq!(&rows[3][3], "Dự họp giao ban @ldtbxh #giao-ban");
    let file = env.dir.path().join("thang.csv");
    env.ok(&["log", "2022-Q4", "--format", "csv", "-o", file.to_str().unwrap()]);
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with("\u{feff}Id,".as_bytes()));
}

#[test]
fn log_filters() {
    let env = month_env();
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&["log", "2022-12", "-k", "meeting"]), vec![4]);
    assert_eq!(ids(&["log", "2022-12", "-u", "yte"]), vec![7]);
    assert_eq!(ids(&["log", "2022-12", "-f", "laodong"]), vec![5]);
    assert_eq!(ids(&["log", "2022-12", "-t", "giao-ban"]), vec![4]);
    assert_eq!(ids(&["log", "2022-11"]), vec![6]);
    assert_eq!(ids(&["log", "30/11/2022..01/12/2022"]), vec![6, 5]);
    assert_eq!(ids(&["log", "today"]), Vec::<i64>::new());
}

#[test]
fn log_bad_period_lists_the_accepted_forms() {
    let env = month_env();
    let err = env.input_error(&["log", "thang 13"]);
    assert!(err.contains("thang 13") && err.contains("2022-W50"), "{err}");
}

#[test]
fn log_on_a_fresh_machine_creates_nothing() {
    let env = TestEnv::new();
    let v = env.json(&["log", "month"]);
    assert_eq!(v, serde_json::json!([]));
    assert!(!env.db().exists());
}
