//! Closed choices typed in either language (issue 14.2): the English keys of the SPEC,
//! the Vietnamese keys and words with or without diacritics, any case; stored values
//! stay the English keys; help and errors list the keys of the user's language.

use crate::common::TestEnv;

#[test]
fn remedy_priority_level_and_unit_kind_take_vietnamese_words() {
    let env = TestEnv::new();
    let u = env.json(&["unit", "add", "snv", "Sở Nội vụ", "--kind", "Sở, ngành"]);
    assert_eq!(u["kind"], "department");
    let u = env.json(&["unit", "add", "px", "Phường Xuân", "--kind", "xa-phuong"]);
    assert_eq!(u["kind"], "commune");
    for (typed, stored) in [
        ("chi-dao", "directive"),
        ("Chỉ Đạo", "directive"),
        ("chỉ đạo", "directive"),
        ("CHI DAO", "directive"),
        ("họp", "meeting"),
        ("HOP", "meeting"),
        ("khác", "other"),
        ("directive", "directive"),
    ] {
        let b = env.json(&["blocker", "add", "Thiếu kinh phí", "-u", "snv", "--remedy", typed]);
        assert_eq!(b["remedy"], stored, "{typed}");
    }
    for (typed, stored) in [
        ("cao", "high"),
        ("Bình thường", "normal"),
        ("binh-thuong", "normal"),
        ("thấp", "low"),
        ("THAP", "low"),
        ("high", "high"),
    ] {
        let t = env.json(&["task", "add", "Việc", "-p", typed]);
        assert_eq!(t["priority"], stored, "{typed}");
    }
    for (typed, stored) in [
        ("trung-uong", "central"),
        ("Trung ương", "central"),
        ("tỉnh", "province"),
        ("khac", "other"),
    ] {
        let d = env.json(&[
            "doc",
            "add",
            "--title",
            "Quy định",
            "--required",
            "--level",
            typed,
        ]);
        assert_eq!(d["level"], stored, "{typed}");
    }
    let docs = env.json(&["doc", "list", "--level", "trung ương"]);
    assert_eq!(docs.as_array().unwrap().len(), 2);
    // edit takes them too
    let task = env.json(&["task", "add", "Việc sửa"])["id"].to_string();
    let t = env.json(&["edit", &task, "-p", "thấp"]);
    assert_eq!(t["priority"], "low");
    let blocker = env.json(&["blocker", "add", "Thiếu người", "-u", "snv"])["id"].to_string();
    let b = env.json(&["edit", &blocker, "--remedy", "họp"]);
    assert_eq!(b["remedy"], "meeting");
    let u = env.json(&["edit", "1", "--kind", "tỉnh"]);
    assert_eq!(u["kind"], "province");
}

#[test]
fn search_in_export_what_and_plan_carry_take_vietnamese_keys() {
    let env = TestEnv::new();
    env.ok(&["add", "Họp giao ban"]);
    env.ok(&["task", "add", "Họp chuẩn bị"]);
    let hits = env.json(&["search", "họp", "--in", "nhật ký"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    let hits = env.json(&["search", "họp", "--in", "nhiem-vu"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    let hits = env.json(&["search", "họp", "--in", "tat-ca"]);
    assert_eq!(hits.as_array().unwrap().len(), 2);
    let csv = env.ok(&["export", "--format", "csv", "--what", "nhiệm vụ"]);
    assert!(csv.starts_with("id,title,status"), "{csv}");
    env.ok(&["plan", "week", "--carry", "không"]);
}

#[test]
fn a_wrong_choice_lists_the_keys_of_the_users_language() {
    let env = TestEnv::new();
    env.ok(&["unit", "add", "snv", "Sở Nội vụ"]);
    let vi = env.input_error(&[
        "--lang", "vi", "blocker", "add", "x", "-u", "snv", "--remedy", "chidao",
    ]);
    assert_eq!(
        vi,
        "lỗi: 'chidao' không phải giá trị hợp lệ của --remedy <REMEDY>\n\
         gợi ý: có phải ý bạn là 'chi-dao'? chọn một trong: chi-dao, hop, khac\n"
    );
    let en = env.input_error(&["blocker", "add", "x", "-u", "snv", "--remedy", "pray"]);
    assert_eq!(
        en,
        "error: 'pray' is not a valid value for --remedy <REMEDY>\n\
         hint: choose one of: directive, meeting, other\n"
    );
    let vi = env.input_error(&["--lang", "vi", "task", "add", "x", "-p", "gấp"]);
    assert!(vi.ends_with("chọn một trong: cao, binh-thuong, thap\n"), "{vi}");
    let vi = env.input_error(&["--lang", "vi", "doc", "list", "--level", "huyện"]);
    assert!(vi.ends_with("chọn một trong: trung-uong, tinh, khac\n"), "{vi}");
    let vi = env.input_error(&["--lang", "vi", "unit", "add", "x", "X", "--kind", "huyện"]);
    assert!(
        vi.ends_with("chọn một trong: so-nganh, xa-phuong, tinh, khac\n"),
        "{vi}"
    );
    // edit checks the unit kind itself: the same keys
    let vi = env.input_error(&["--lang", "vi", "edit", "1", "--kind", "huyện"]);
    assert!(vi.contains("so-nganh, xa-phuong, tinh, khac"), "{vi}");
    // and a kind of work is listed as it is typed in Vietnamese
    let vi = env.input_error(&["--lang", "vi", "add", "x", "-k", "hội nghị"]);
    assert!(
        vi.contains("tham mưu, soạn thảo văn bản, họp, kiểm tra, phối hợp, báo cáo, tiếp dân, khác"),
        "{vi}"
    );
    let en = env.input_error(&["add", "x", "-k", "conference"]);
    assert!(en.contains("advice, draft, meeting"), "{en}");
}

#[test]
fn help_lists_the_values_of_the_users_language() {
    let env = TestEnv::new();
    // Help text is wrapped to the width: compared with every run of spaces as one.
    let help = |args: &[&str]| env.ok(args).split_whitespace().collect::<Vec<_>>().join(" ");
    let vi = help(&["--lang", "vi", "blocker", "add", "--help"]);
    assert!(vi.contains("[giá trị: chi-dao, hop, khac]"), "{vi}");
    let vi = help(&["--lang", "vi", "search", "--help"]);
    assert!(
        vi.contains("[giá trị: nhat-ky, nhiem-vu, van-ban, thong-tin, tat-ca]"),
        "{vi}"
    );
    assert!(vi.contains("[mặc định: tat-ca]"), "{vi}");
    let en = help(&["blocker", "add", "--help"]);
    assert!(
        en.contains("[possible values: directive, meeting, other]"),
        "{en}"
    );
    let en = help(&["search", "--help"]);
    assert!(en.contains("[default: all]"), "{en}");
}

#[test]
fn next_week_next_month_and_the_day_before_yesterday() {
    let env = TestEnv::new(); // Wednesday 2022-12-21
    let e = env.json(&["add", "Họp", "-d", "hôm kia"]);
    assert_eq!(e["date"], "2022-12-19");
    let t = env.json(&["task", "add", "Việc", "--plan", "tuần sau"]);
    assert_eq!(t["plan"], "2022-W52");
    let t = env.json(&["task", "add", "Việc", "--plan", "next-week"]);
    assert_eq!(t["plan"], "2022-W52");
    let t = env.json(&["task", "add", "Việc", "--plan", "tháng sau"]);
    assert_eq!(t["plan"], "2023-01");
    let t = env.json(&["task", "add", "Việc", "--plan", "next-month"]);
    assert_eq!(t["plan"], "2023-01");
    let t = env.json(&["task", "add", "Việc", "--due", "ngày kia"]);
    assert_eq!(t["due"], "2022-12-23");
    // as a due date, next week and next month are their last working day
    let t = env.json(&["task", "add", "Việc", "--due", "tuần sau"]);
    assert_eq!(t["due"], "2022-12-30");
    let t = env.json(&["task", "add", "Việc", "--due", "next-month"]);
    assert_eq!(t["due"], "2023-01-31");
    let log = env.json(&["log", "hôm kia"]);
    assert_eq!(log.as_array().unwrap().len(), 1);
    let vi = env.input_error(&["--lang", "vi", "log", "tuần sau nữa"]);
    assert!(vi.contains("tuần sau, tháng này, tháng trước, tháng sau"), "{vi}");
}
