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
    let o = env.run(&["init"]);
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

#[test]
fn init_rerun_changes_what_it_is_told_and_keeps_the_users_comments() {
    let env = TestEnv::new();
    env.write_config(
        "# my own notes: keep this\nlang = \"en\"\nstale_days = 10   # I like it short\n\n[person]\nname = \"A\"   # my name\n\n[kinds]\ntraining = \"Tập huấn\"\n",
    );
    let v = env.json(&[
        "init",
        "--name",
        "Nguyễn Văn B",
        "--org",
        "Sở Nội vụ",
        "--dry-run",
    ]);
    assert_eq!(
        v["config_changed"],
        serde_json::json!(["person.name", "person.org"])
    );
    assert!(
        std::fs::read_to_string(env.config())
            .unwrap()
            .contains("name = \"A\"")
    );
    let out = env.ok(&["init", "--name", "Nguyễn Văn B", "--org", "Sở Nội vụ"]);
    assert!(out.contains("Updated the config file"), "{out}");
    assert!(out.contains("person.name: 'A' → 'Nguyễn Văn B'"), "{out}");
    assert!(out.contains("person.org: '' → 'Sở Nội vụ'"), "{out}");
    let cfg = std::fs::read_to_string(env.config()).unwrap();
    assert!(cfg.contains("# my own notes: keep this"), "{cfg}");
    assert!(cfg.contains("stale_days = 10   # I like it short"), "{cfg}");
    assert!(cfg.contains("name = \"Nguyễn Văn B\"   # my name"), "{cfg}");
    assert!(cfg.contains("org = \"Sở Nội vụ\""), "{cfg}");
    assert!(cfg.contains("training = \"Tập huấn\""), "{cfg}");
    // the same again changes nothing
    let out = env.ok(&["init", "--name", "Nguyễn Văn B"]);
    assert!(out.contains("Kept the existing config file"), "{out}");
    assert_eq!(std::fs::read_to_string(env.config()).unwrap(), cfg);
}

#[test]
fn the_starter_config_holds_the_document_keys_and_no_hint_names_the_example_file() {
    let env = TestEnv::new();
    env.ok(&["init"]);
    let cfg = std::fs::read_to_string(env.config()).unwrap();
    for key in ["parent_org", "authority", "symbol", "recipients"] {
        assert!(cfg.contains(&format!("# {key} = ")), "{key}: {cfg}");
    }
    assert!(!cfg.contains("config.example.toml"), "{cfg}");
    env.write_config("stale_dayz = 3\n");
    let err = env.input_error(&["log"]);
    assert!(!err.contains("config.example.toml"), "{err}");
    assert!(err.contains("worklog config"), "{err}");
}

#[test]
fn worklog_config_prints_the_annotated_example_and_the_path_of_yours() {
    let env = TestEnv::new();
    let out = env.ok(&["config"]);
    assert!(
        out.starts_with(&format!(
            "# Your config file: {} (not created yet",
            env.config().display()
        )),
        "{out}"
    );
    assert!(
        out.contains("month_cutoff_day = 0") && out.contains("[calendar.official.2025]"),
        "{out}"
    );
    env.ok(&["init"]);
    let v = env.json(&["config"]);
    assert_eq!(v["exists"], true);
    assert_eq!(v["path"], env.config().display().to_string());
    assert!(v["example"].as_str().unwrap().contains("[person]"));
}

#[test]
fn init_rerun_with_lang_changes_the_language_and_keeps_the_rest() {
    let env = TestEnv::new();
    env.ok(&["init", "--name", "Nguyễn Văn A"]);
    let mut text = std::fs::read_to_string(env.config()).unwrap();
    text.push_str("\n# my own note\n");
    std::fs::write(env.config(), &text).unwrap();
    let out = env.ok(&["init", "--lang", "vi"]);
    assert!(out.contains("lang"), "init says what changed: {out}");
    let after = std::fs::read_to_string(env.config()).unwrap();
    assert!(after.contains("lang = \"vi\""), "{after}");
    assert!(after.contains("# my own note"), "{after}");
    assert!(after.contains("Nguyễn Văn A"), "{after}");
    // The next command speaks Vietnamese without --lang.
    let e = env.input_error(&["task", "add"]);
    assert!(e.starts_with("lỗi:"), "{e}");
    // Without --lang a rerun leaves the language alone.
    env.ok(&["init", "--name", "Trần Thị B"]);
    assert!(
        std::fs::read_to_string(env.config())
            .unwrap()
            .contains("lang = \"vi\"")
    );
}
