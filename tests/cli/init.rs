use crate::common::TestEnv;

#[test]
fn init_writes_config_and_database_and_rerunning_changes_nothing() {
    let env = TestEnv::new();
    let o = env.run(&[
        "init",
        "--lang",
        "vi",
        "--name",
        "Nguyễn Văn A",
        "--place",
        "Bà Rịa - Vũng Tàu",
    ]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(o.stdout.contains("Đã tạo tệp cấu hình"), "{}", o.stdout);
    let cfg = std::fs::read_to_string(env.config()).unwrap();
    assert!(cfg.contains("name = \"Nguyễn Văn A\""), "{cfg}");
    assert!(cfg.contains("lang = \"vi\""), "{cfg}");
    assert!(env.db().exists());
    env.ok(&["add", "x"]);
    let db = env.db_bytes();
    let o = env.run(&["init", "--name", "Other"]);
    assert_eq!(o.code, 0);
    // the config says vi now
    assert!(o.stdout.contains("Giữ nguyên tệp cấu hình"), "{}", o.stdout);
    assert_eq!(std::fs::read_to_string(env.config()).unwrap(), cfg);
    assert_eq!(env.db_bytes(), db);
}

#[test]
fn init_config_sets_the_language_of_later_commands() {
    let env = TestEnv::new();
    env.ok(&["init", "--lang", "vi"]);
    assert_eq!(
        env.ok(&["add", "x", "-d", "19/12"]),
        "Đã ghi #1 · Thứ Hai 19/12/2022\n"
    );
}
