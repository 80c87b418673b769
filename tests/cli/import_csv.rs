//! `import` of CSV as Excel and worklog write it (issue 15 item 4): worklog's own export
//! imports back to the same entries field by field; `;` and tab separators; Windows-1258
//! and UTF-16 files; Excel serial dates; Vietnamese headers; line numbers with CRLF.

use crate::common::TestEnv;
use serde_json::Value;

#[test]
fn csv_export_imports_back_to_the_same_entries_field_by_field() {
    let a = TestEnv::new().with_units();
    a.ok(&[
        "add",
        "Họp với @yte về #tiêm-chủng",
        "-k",
        "meeting",
        "-m",
        "45",
        "-d",
        "19/12/2022",
    ]);
    a.ok(&[
        "add",
        "=1+2 không phải công thức",
        "-f",
        "laodong",
        "-u",
        "ldtbxh",
        "-t",
        "khẩn",
        "-d",
        "20/12/2022",
    ]);
    a.ok(&[
        "add",
        "+ gạch đầu dòng, có dấu phẩy; và \"ngoặc\"",
        "-d",
        "20/12/2022",
    ]);
    let jrnl = format!("{}/tests/data/jrnl-real.txt", env!("CARGO_MANIFEST_DIR"));
    a.ok(&["import", &jrnl]);
    let csv = a.ok(&["export", "--format", "csv", "--what", "entries"]);
    assert!(csv.contains("'=1+2"), "the export guards formulas: {csv}");

    let b = TestEnv::new().with_units();
    let f = b.file("export.csv", csv.as_bytes());
    let out = b.ok(&["import", &f]);
    assert!(out.starts_with("Imported 8 entries"), "{out}");
    assert_eq!(b.log_fields(), a.log_fields());
    assert_eq!(b.ok(&["export", "--format", "csv", "--what", "entries"]), csv);
}

#[test]
fn excel_files_semicolons_tabs_encodings_serial_dates_and_vietnamese_headers() {
    let env = TestEnv::new().with_units();
    // Vietnamese-locale Excel: `;`, Vietnamese headers, a serial date (44914 = 19/12/2022).
    let semi = "STT;Ngày;Nội dung;Loại;Đơn vị;Ghi chú\r\n1;44914;Họp giao ban;meeting;yte;Chủ trì: PCT\r\n2;20/12/2022;Soạn tờ trình;draft;;\r\n";
    let f = env.file("excel.csv", semi.as_bytes());
    let out = env.ok(&["import", &f]);
    assert!(out.contains("STT: 2 (a row number"), "{out}");
    let v = env.json(&["log", "2022-12"]);
    assert_eq!(v[0]["date"], "2022-12-19");
    assert_eq!(v[0]["text"], "Họp giao ban\nChủ trì: PCT");
    assert_eq!(v[0]["units"], serde_json::json!(["yte"]));
    assert_eq!(v[1]["kind"], "draft");

    // "Unicode Text": UTF-16 LE with its mark, tab-separated.
    let tsv = "date\ttext\n21/12/2022\tTiếp dân phường Thắng Nhì\n";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(tsv.encode_utf16().flat_map(u16::to_le_bytes));
    let f = env.file("unicode.txt", &utf16);
    env.ok(&["import", &f, "--from", "csv"]);
    // "CSV" of a Vietnamese Windows: Windows-1258 (tone marks as combining characters).
    // "Kiểm tra đất đai": ê (EA) + combining hook above (D2); đ (F0), â (E2) + acute (EC).
    let mut cp = b"date,text\n21/12/2022,Ki\xea\xd2m tra \xf0\xe2\xect \xf0ai\n".to_vec();
    cp.truncate(cp.len());
    let f = env.file("ansi.csv", &cp);
    env.ok(&["import", &f]);
    let texts: Vec<Value> = env
        .json(&["log", "2022-12-21"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].clone())
        .collect();
    // UTF-16 without its mark cannot be told apart reliably: refused, with how to save.
    let bare: Vec<u8> = "date,text\n21/12/2022,x\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let e = env.input_error(&["import", &env.file("bare.csv", &bare), "--from", "csv"]);
    assert!(
        e.contains("cannot be read as UTF-16") && e.contains("CSV UTF-8"),
        "{e}"
    );
    // Both stored NFC.
    assert_eq!(texts, vec!["Tiếp dân phường Thắng Nhì", "Kiểm tra đất đai"]);
}

#[test]
fn line_numbers_in_errors_are_right_with_crlf_and_quoted_lines() {
    let env = TestEnv::new().with_units();
    let before = env.db_bytes();
    let text =
        "date,text,unit\r\n19/12/2022,\"hai\r\ndòng\",yte\r\n20/12/2022,ok,yte\r\n21/12/2022,sai,ldtbhx\r\n";
    let f = env.file("crlf.csv", text.as_bytes());
    let e = env.input_error(&["import", &f]);
    assert!(e.contains("line 5, column 'unit'"), "{e}");
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn a_long_import_through_a_pipe_prints_no_progress_bar() {
    let env = TestEnv::new();
    let mut text = String::from("date,text\n");
    for i in 0..20_000 {
        text.push_str(&format!("{:02}/12/2022,Việc số {i}\n", 1 + i % 21));
    }
    let f = env.file("big.csv", text.as_bytes());
    let o = env.run(&["import", &f]);
    assert_eq!(o.code, 0, "{}", o.all());
    assert!(o.stdout.starts_with("Imported 20000 entries"), "{}", o.stdout);
    // Standard error is a pipe here: no bar, no control characters.
    assert_eq!(o.stderr, "");
    let o = env.run(&["export"]);
    assert_eq!((o.code, o.stderr.as_str()), (0, ""));
    assert_eq!(
        env.json(&["log", "2022-12-05"]).as_array().unwrap().len(),
        20_000 / 21 + 1
    );
}

#[test]
fn log_csv_in_either_language_imports_back_with_times_kinds_and_tags() {
    let a = TestEnv::new().with_units();
    a.ok(&[
        "add",
        "Họp với Sở",
        "-k",
        "meeting",
        "-u",
        "yte",
        "-t",
        "giao-ban",
        "-m",
        "30",
        "-d",
        "19/12/2022",
    ]);
    a.ok(&[
        "import",
        &format!("{}/tests/data/jrnl-real.txt", env!("CARGO_MANIFEST_DIR")),
    ]);
    for lang in ["vi", "en"] {
        let csv = a.ok(&["--lang", lang, "log", "2022-12", "--format", "csv"]);
        let b = TestEnv::new().with_units();
        let f = b.file("log.csv", csv.as_bytes());
        b.ok(&["import", &f]);
        assert_eq!(b.log_fields(), a.log_fields(), "{lang}");
    }
}
