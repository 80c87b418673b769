use crate::common::TestEnv;

#[test]
fn review_defaults_since_january_and_until_before_tet() {
    let env = TestEnv::at("2022-12-21").with_units();
    let r = env.json(&["report", "review"]);
    assert_eq!(r["since"], "2022-01-01");
    // Tết 2023 is Sunday 22/01; the announced break (built in) starts Fri 20/01, so the
    // last working day before it is Thu 19/01 (the computed rule said Fri 20/01, a day off)
    assert_eq!(r["until"], "2023-01-19");
    assert_eq!(r["work_done"]["by_month"].as_array().unwrap().len(), 12);
    for key in [
        "must_finish",
        "documents_by_field",
        "followups_pending",
        "document_counts",
    ] {
        assert!(r[key].is_array(), "{key}");
    }
    assert!(r["work_done"]["tasks_done"].is_array());
}

#[test]
fn review_must_finish_takes_due_by_until_and_overdue() {
    let env = TestEnv::at("2022-12-21").with_units();
    let over = env.json(&["task", "add", "Quá hạn", "--due", "01/12/2022"]);
    let soon = env.json(&["task", "add", "Trong hạn", "--due", "10/01/2023"]);
    env.json(&["task", "add", "Sau Tết", "--due", "01/03/2023"]);
    env.json(&["task", "add", "Không hạn"]);
    let r = env.json(&[
        "report",
        "review",
        "--since",
        "01/12/2022",
        "--until",
        "15/01/2023",
    ]);
    let ids: Vec<&serde_json::Value> = r["must_finish"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| &t["id"])
        .collect();
    assert_eq!(ids, vec![&over["id"], &soon["id"]]);
    // an until in the past still keeps what is overdue
    let r = env.json(&[
        "report",
        "review",
        "--since",
        "01/12/2022",
        "--until",
        "2022-11-01",
    ]);
    assert_eq!(r["must_finish"].as_array().unwrap().len(), 1);
    let err = env.input_error(&["report", "review", "--since", "01/01/2023", "--lang", "vi"]);
    assert!(err.contains("tương lai"), "{err}");
    env.input_error(&["report", "review", "--until", "31/02/2023"]);
}

/// Issuing a required document once took it out of the required total: "issued 1 of 1
/// required" became "issued 1 of 0". Required means every document the rules require.
#[test]
fn issuing_a_required_document_moves_it_from_pending_to_issued() {
    let env = TestEnv::at("2022-12-21").with_units();
    env.write_config("[report]\n");
    let req = env.json(&[
        "doc",
        "add",
        "--title",
        "Kế hoạch phòng chống dịch",
        "--required",
        "--level",
        "province",
        "--due",
        "31/12/2022",
    ]);
    env.json(&[
        "doc",
        "add",
        "18-NQ/TW",
        "--title",
        "Nghị quyết 18",
        "--level",
        "central",
        "--issued",
        "25/10/2017",
    ]);
    let counts = |env: &TestEnv| {
        let r = env.json(&["report", "review"]);
        r["document_counts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["level"].as_str().unwrap().to_string(),
                    [&c["issued"], &c["required"], &c["required_issued"], &c["pending"]]
                        .map(|v| v.as_i64().unwrap()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        counts(&env),
        vec![
            ("central".to_string(), [1, 0, 0, 0]),
            ("province".to_string(), [0, 1, 0, 1])
        ]
    );
    env.json(&[
        "doc",
        "issue",
        &req["id"].to_string(),
        "12/2022/QĐ-UBND",
        "--date",
        "20/12/2022",
    ]);
    assert_eq!(
        counts(&env),
        vec![
            ("central".to_string(), [1, 0, 0, 0]),
            ("province".to_string(), [1, 1, 1, 0])
        ]
    );
}
