//! Excel both ways (issue 15 item 5): `--format xlsx` writes real date cells, a header
//! row and one sheet per part of the month report; `import` reads an official's work
//! book as they keep it (a title row above a header with merged cells, dates as date
//! cells and as text, a cover sheet, columns worklog has no field for), all or nothing,
//! errors naming sheet, row and column; xlsx → import → export → import is field by
//! field the same.

use crate::common::TestEnv;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::{Value, json};

/// The work book an official keeps: a cover sheet, then "Tháng 12" with a merged title
/// row, an empty row, a header whose "Nội dung" is merged over two columns, and rows
/// with a date cell, a date as text, a serial number; "Tháng 11" with its header on top.
fn official_book(unit: &str) -> Vec<u8> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let cover = book.add_worksheet();
    cover.set_name("Bìa").unwrap();
    cover
        .write_string(0, 0, "SỔ THEO DÕI CÔNG VIỆC HẰNG NGÀY")
        .unwrap();
    cover.write_string(1, 0, "Năm 2022").unwrap();
    let ws = book.add_worksheet();
    ws.set_name("Tháng 12").unwrap();
    ws.merge_range(0, 0, 0, 7, "SỔ THEO DÕI CÔNG VIỆC - THÁNG 12/2022", &bold)
        .unwrap();
    for (c, h) in [
        "STT",
        "Ngày",
        "Nội dung",
        "",
        "Loại",
        "Đơn vị",
        "Ghi chú",
        "Kết quả",
    ]
    .iter()
    .enumerate()
    {
        if !h.is_empty() {
            ws.write_string_with_format(2, c as u16, *h, &bold).unwrap();
        }
    }
    ws.merge_range(2, 2, 2, 3, "Nội dung", &bold).unwrap();
    ws.write_number(3, 0, 1).unwrap();
    ws.write_datetime_with_format(3, 1, ExcelDateTime::from_ymd(2022, 12, 19).unwrap(), &date)
        .unwrap();
    ws.write_string(3, 2, "Họp giao ban tuần").unwrap();
    ws.write_string(3, 3, "chủ trì: PCT UBND tỉnh").unwrap();
    ws.write_string(3, 4, "Họp").unwrap();
    ws.write_string(3, 5, unit).unwrap();
    ws.write_string(3, 7, "Đã xong").unwrap();
    ws.write_number(4, 0, 2).unwrap();
    ws.write_string(4, 1, "20/12/2022").unwrap();
    ws.write_string(4, 2, "Soạn tờ trình về chính sách hỗ trợ")
        .unwrap();
    ws.write_string(4, 4, "draft").unwrap();
    ws.write_string(4, 6, "gửi Sở trước 25/12").unwrap();
    ws.write_number(5, 0, 3).unwrap();
    ws.write_number(5, 1, 44916).unwrap();
    ws.write_string(5, 2, "Tiếp dân").unwrap();
    let nov = book.add_worksheet();
    nov.set_name("Tháng 11").unwrap();
    nov.write_string(0, 0, "Ngày").unwrap();
    nov.write_string(0, 1, "Nội dung").unwrap();
    nov.write_datetime_with_format(1, 0, ExcelDateTime::from_ymd(2022, 11, 30).unwrap(), &date)
        .unwrap();
    nov.write_string(1, 1, "Tổng hợp báo cáo tháng 11").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn an_officials_work_book_imports_whole() {
    let env = TestEnv::new().with_units();
    let f = env.file("so-cong-viec.xlsx", official_book("yte"));
    let out = env.ok(&["import", &f]);
    assert!(out.starts_with("Imported 4 entries"), "{out}");
    assert!(
        out.contains("sheet 'Bìa': 1 (a sheet without a header row"),
        "{out}"
    );
    assert!(out.contains("Kết quả → text (a line): 1"), "{out}");
    let got: Vec<Value> = env
        .log_fields()
        .iter()
        .map(|e| json!({"date": e["date"], "text": e["text"], "kind": e["kind"], "units": e["units"]}))
        .collect();
    assert_eq!(
        got,
        vec![
            json!({"date": "2022-11-30", "text": "Tổng hợp báo cáo tháng 11", "kind": "other", "units": []}),
            json!({"date": "2022-12-19", "text": "Họp giao ban tuần\nchủ trì: PCT UBND tỉnh\nKết quả: Đã xong", "kind": "meeting", "units": ["yte"]}),
            json!({"date": "2022-12-20", "text": "Soạn tờ trình về chính sách hỗ trợ\ngửi Sở trước 25/12", "kind": "draft", "units": []}),
            json!({"date": "2022-12-21", "text": "Tiếp dân", "kind": "other", "units": []}),
        ]
    );
    // One sheet only.
    let other = TestEnv::new().with_units();
    let f2 = other.file("so.xlsx", official_book("yte"));
    assert!(
        other
            .ok(&["import", &f2, "--sheet", "tháng 11"])
            .starts_with("Imported 1 entries")
    );
    let e = other.input_error(&["import", &f2, "--sheet", "Bìa", "--allow-duplicates"]);
    assert!(e.contains("sheet 'Bìa': no header row"), "{e}");
    let e = other.input_error(&["import", &f2, "--sheet", "Tháng 1", "--allow-duplicates"]);
    assert!(e.contains("no sheet 'Tháng 1'") && e.contains("Tháng 12"), "{e}");
}

#[test]
fn a_bad_cell_names_sheet_row_and_column_and_nothing_is_written() {
    let env = TestEnv::new().with_units();
    let before = env.db_bytes();
    let f = env.file("bad.xlsx", official_book("ytee"));
    let e = env.input_error(&["import", &f, "--from", "xlsx"]);
    assert!(
        e.contains("sheet 'Tháng 12', row 4, column 'unit'") && e.contains("ytee"),
        "{e}"
    );
    let e = env.input_error(&["--lang", "vi", "import", &f]);
    assert!(e.contains("trang tính 'Tháng 12', dòng 4, cột 'unit'"), "{e}");
    assert_eq!(env.db_bytes(), before);
    let csv = env.file("a.csv", b"date,text\n19/12/2022,x\n");
    let e = env.input_error(&["import", &csv, "--from", "xlsx"]);
    assert!(e.contains("looks like a csv file, not xlsx"), "{e}");
    let e = env.input_error(&["import", &csv, "--sheet", "Tháng 12"]);
    assert!(e.contains("--sheet goes with an Excel work book"), "{e}");
}

fn read_book(path: &str) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    open_workbook_from_rs(std::io::Cursor::new(std::fs::read(path).unwrap())).unwrap()
}

#[test]
fn xlsx_out_has_date_cells_a_header_and_a_sheet_per_part_and_reads_back() {
    let a = TestEnv::new().with_units();
    a.ok(&["import", &a.file("so.xlsx", official_book("yte"))]);
    a.ok(&[
        "import",
        &format!("{}/tests/data/jrnl-real.txt", env!("CARGO_MANIFEST_DIR")),
    ]);
    let out = a.dir.path().join("log.xlsx").display().to_string();
    a.ok(&["log", "2022-12", "--format", "xlsx", "-o", &out]);
    let mut book = read_book(&out);
    let sheet = book.worksheet_range(&book.sheet_names()[0]).unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[0][1], Data::String("Date".into()));
    assert!(matches!(rows[1][1], Data::DateTime(_)), "{:?}", rows[1][1]);
    // Without -o: refused, nothing binary on the terminal.
    let e = a.input_error(&["log", "--format", "xlsx"]);
    assert!(e.contains("give -o FILE"), "{e}");

    let month = a.dir.path().join("month.xlsx").display().to_string();
    a.ok(&["report", "month", "2022-12", "--format", "xlsx", "-o", &month]);
    let names = read_book(&month).sheet_names();
    assert!(
        names.len() >= 3 && names.iter().any(|n| n == "By kind of work"),
        "{names:?}"
    );

    // xlsx → import → export → import: the same entries, field by field.
    let exported = a.dir.path().join("export.xlsx").display().to_string();
    a.ok(&["export", "--format", "xlsx", "-o", &exported]);
    let b = TestEnv::new().with_units();
    let out = b.ok(&["import", &exported]);
    assert!(out.starts_with("Imported 9 entries"), "{out}");
    assert_eq!(b.log_fields(), a.log_fields());
}
