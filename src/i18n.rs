//! The vi/en catalogue: every message, header and label the program shows, in both
//! languages, in one table. Placeholders are `{}` filled in order. The language is chosen
//! once per process (`--lang`, config `lang`, `LC_ALL`/`LC_MESSAGES`/`LANG`, else English)
//! and read from here, so errors raised deep in a command still speak the user's language.

use std::fmt::Display;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Vi,
    En,
}

static LANG: AtomicU8 = AtomicU8::new(1);

pub fn set_lang(lang: Lang) {
    LANG.store(
        match lang {
            Lang::Vi => 0,
            Lang::En => 1,
        },
        Ordering::Relaxed,
    );
}

pub fn lang() -> Lang {
    if LANG.load(Ordering::Relaxed) == 0 {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
pub fn lang_from_env() -> Option<Lang> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if v.is_empty() {
                continue;
            }
            return Some(if v.to_lowercase().starts_with("vi") {
                Lang::Vi
            } else {
                Lang::En
            });
        }
    }
    None
}

macro_rules! catalogue {
    ($($key:ident => $vi:literal, $en:literal;)*) => {
        /// A message of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum M { $($key),* }
        impl M {
            pub const ALL: &'static [M] = &[$(M::$key),*];
            pub fn raw(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (M::$key, Lang::Vi) => $vi, (M::$key, Lang::En) => $en, )*
                }
            }
        }
    };
}

catalogue! {
    // errors: generic
    ErrorPrefix => "lỗi", "error";
    HintPrefix => "gợi ý", "hint";
    BadToday => "WORKLOG_TODAY không phải ngày hợp lệ: '{}'", "WORKLOG_TODAY is not a valid date: '{}'";
    BadTodayHint => "dùng dạng YYYY-MM-DD, ví dụ WORKLOG_TODAY=2022-12-19", "use the form YYYY-MM-DD, e.g. WORKLOG_TODAY=2022-12-19";
    BadDate => "không hiểu ngày '{}'", "cannot read the date '{}'";
    BadDateHint => "dùng một trong các dạng: 19/12/2022, 19/12, 2022-12-19, hôm nay, hôm qua, ngày mai, t2…t7, cn, +3d, -2d, +2w, +1m, +5wd, eow, eom, eoy, tet", "use one of: 19/12/2022, 19/12, 2022-12-19, today, yesterday, tomorrow, mon…sun, t2…t7, cn, +3d, -2d, +2w, +1m, +5wd, eow, eom, eoy, tet";
    ImpossibleDate => "ngày '{}' không có trên lịch", "the date '{}' does not exist";
    DateOutOfRange => "ngày '{}' nằm ngoài khoảng 1900–2100", "the date '{}' is outside 1900–2100";
    BadPeriod => "không hiểu kỳ '{}'", "cannot read the period '{}'";
    BadPeriodHint => "dùng một trong các dạng: today, week, last-week, month, last-month, year, 2022-W50, 2022-12, 12/2022, 2022-Q4, 2022-H2, 2022, 01/12/2022..15/12/2022", "use one of: today, week, last-week, month, last-month, year, 2022-W50, 2022-12, 12/2022, 2022-Q4, 2022-H2, 2022, 2022-12-01..2022-12-15";
    PeriodReversed => "kỳ '{}' có ngày bắt đầu sau ngày kết thúc", "the period '{}' starts after it ends";
    CalendarError => "{}", "{}";
    UnknownKind => "không có loại công việc '{}'", "there is no kind of work '{}'";
    UnknownKindHint => "các loại đã biết: {}; thêm loại mới trong mục [kinds] của tệp cấu hình", "known kinds: {}; add a new one under [kinds] in the config file";
    UnknownField => "không có lĩnh vực '{}'", "there is no field '{}'";
    UnknownFieldHint => "có phải ý bạn là: {}? Thêm lĩnh vực mới: worklog field add {} \"Tên lĩnh vực\"", "did you mean: {}? To add a new field: worklog field add {} \"Field name\"";
    UnknownFieldHintNone => "thêm lĩnh vực mới: worklog field add {} \"Tên lĩnh vực\" (xem: worklog field list)", "to add a new field: worklog field add {} \"Field name\" (see: worklog field list)";
    UnknownUnit => "không có cơ quan, đơn vị '{}'", "there is no unit '{}'";
    UnknownUnitHint => "có phải ý bạn là: {}? Thêm đơn vị mới: worklog unit add {} \"Tên đơn vị\"", "did you mean: {}? To add a new unit: worklog unit add {} \"Unit name\"";
    UnknownUnitHintNone => "thêm đơn vị mới: worklog unit add {} \"Tên đơn vị\" (xem: worklog unit list)", "to add a new unit: worklog unit add {} \"Unit name\" (see: worklog unit list)";
    EmptyText => "nội dung đang trống", "the text is empty";
    EmptyTextHint => "viết nội dung sau lệnh, ví dụ: worklog add \"Dự họp giao ban\"", "write the text after the command, e.g. worklog add \"Attended the weekly briefing\"";
    TextTooLong => "nội dung dài {} ký tự, quá giới hạn {} ký tự", "the text is {} characters long, over the limit of {}";
    BadMinutes => "số phút phải từ 0 đến 1440, không phải {}", "minutes must be between 0 and 1440, not {}";
    NoSuchRecord => "không có bản ghi #{}", "there is no record #{}";
    NoSuchRecordHint => "xem các mã bằng: worklog log month", "list ids with: worklog log month";
    NotAnEntry => "#{} là {} chứ không phải mục nhật ký", "#{} is a {}, not a log entry";
    NotATask => "#{} là {} chứ không phải nhiệm vụ", "#{} is a {}, not a task";
    Deleted => "#{} đã bị xoá", "#{} has been deleted";
    DeletedHint => "khôi phục bằng: worklog undo (nếu đó là lệnh cuối cùng)", "restore it with: worklog undo (if that was the last command)";
    NothingToUndo => "không có lệnh nào để hoàn tác", "there is nothing to undo";
    DuplicateUnit => "đã có đơn vị '{}'", "the unit '{}' already exists";
    DuplicateField => "đã có lĩnh vực '{}'", "the field '{}' already exists";
    BadAlias => "mã viết tắt '{}' chỉ được gồm chữ, số, '-' và '_', không dấu cách", "the alias '{}' may hold only letters, digits, '-' and '_', no spaces";
    NoEditor => "không có nội dung và không mở được trình soạn thảo", "no text was given and no editor could be opened";
    NoEditorHint => "viết nội dung sau lệnh, hoặc đặt biến môi trường EDITOR", "write the text after the command, or set the EDITOR environment variable";
    EditorFailed => "trình soạn thảo '{}' báo lỗi; không có gì thay đổi", "the editor '{}' failed; nothing was changed";
    StdinNotUtf8 => "dữ liệu vào không phải văn bản UTF-8", "the input is not UTF-8 text";
    // storage
    DbOpen => "không mở được cơ sở dữ liệu {}: {}", "cannot open the database {}: {}";
    DbOpenHint => "kiểm tra đường dẫn (--db, WORKLOG_DB) hoặc chạy: worklog check", "check the path (--db, WORKLOG_DB) or run: worklog check";
    DbIsDir => "{} là một thư mục, không phải tệp cơ sở dữ liệu", "{} is a folder, not a database file";
    DbNotSqlite => "{} không phải cơ sở dữ liệu worklog (tệp hỏng hoặc tệp khác)", "{} is not a worklog database (damaged, or another kind of file)";
    DbNewer => "cơ sở dữ liệu {} có phiên bản lược đồ {}, mới hơn phiên bản {} mà chương trình này hiểu; tệp không bị thay đổi", "the database {} has schema version {}, newer than version {} that this program understands; the file was not changed";
    DbNewerHint => "cài phiên bản worklog mới hơn", "install a newer worklog";
    DbError => "lỗi cơ sở dữ liệu: {}", "database error: {}";
    DbBusy => "cơ sở dữ liệu đang bận quá lâu (một tiến trình khác đang ghi)", "the database stayed busy too long (another process is writing)";
    IoError => "lỗi tệp {}: {}", "file error {}: {}";
    // config
    ConfigError => "tệp cấu hình {} sai ở dòng {}: {}", "the config file {} is wrong at line {}: {}";
    ConfigErrorNoLine => "tệp cấu hình {} sai: {}", "the config file {} is wrong: {}";
    ConfigHint => "xem config.example.toml để biết các khoá hợp lệ", "see config.example.toml for the valid keys";
    ConfigRead => "không đọc được tệp cấu hình {}: {}", "cannot read the config file {}: {}";
    // init
    InitConfigWritten => "Đã tạo tệp cấu hình {}", "Wrote the config file {}";
    InitConfigKept => "Giữ nguyên tệp cấu hình đã có {}", "Kept the existing config file {}";
    InitDbCreated => "Đã tạo cơ sở dữ liệu {}", "Created the database {}";
    InitDbKept => "Giữ nguyên cơ sở dữ liệu đã có {}", "Kept the existing database {}";
    InitNext => "Tiếp theo: worklog add \"Việc đã làm hôm nay\"", "Next: worklog add \"What you did today\"";
    // results
    Saved => "Đã ghi #{} · {}", "Saved #{} · {}";
    Updated => "Đã sửa #{}", "Updated #{}";
    Removed => "Đã xoá #{} (hoàn tác bằng: worklog undo)", "Removed #{} (undo with: worklog undo)";
    Undone => "Đã hoàn tác: {}", "Undone: {}";
    UnitAdded => "Đã thêm đơn vị #{} {} · {}", "Added unit #{} {} · {}";
    FieldAdded => "Đã thêm lĩnh vực #{} {} · {}", "Added field #{} {} · {}";
    DryRun => "(chạy thử: chưa ghi gì)", "(dry run: nothing was written)";
    NoResults => "Không có mục nào.", "Nothing found.";
    EntriesCount => "{} mục · {} phút", "{} entries · {} minutes";
    Imported => "Đã nhập {} mục từ {}", "Imported {} entries from {}";
    ImportWouldAdd => "Sẽ nhập {} mục từ {}", "Would import {} entries from {}";
    ImportError => "{} dòng {}, cột '{}': {}", "{} line {}, column '{}': {}";
    ImportMissingColumn => "{}: thiếu cột bắt buộc '{}' ở dòng tiêu đề", "{}: the header row lacks the required column '{}'";
    ImportMissingHint => "dòng đầu tiên phải nêu tên các cột, trong số: date, text, kind, field, unit, tags, minutes", "the first row must name the columns, from: date, text, kind, field, unit, tags, minutes";
    ImportUnknownColumn => "{}: cột '{}' không được hỗ trợ", "{}: the column '{}' is not supported";
    ImportBadCsv => "{}: tệp CSV lỗi ở dòng {}: {}", "{}: the CSV file is broken at line {}: {}";
    ImportFormatUnsupported => "chưa hỗ trợ nhập dạng '{}'", "importing '{}' is not supported yet";
    ImportFormatHint => "dùng --from csv", "use --from csv";
    ManWritten => "Đã ghi trang hướng dẫn vào {}", "Wrote the manual page to {}";
    // undo summaries
    UndoAdd => "ghi mục #{}", "add entry #{}";
    UndoEdit => "sửa #{}", "edit #{}";
    UndoRm => "xoá #{}", "remove #{}";
    UndoUnitAdd => "thêm đơn vị {}", "add unit {}";
    UndoFieldAdd => "thêm lĩnh vực {}", "add field {}";
    UndoImport => "nhập {} mục từ {}", "import {} entries from {}";
    UndoInit => "khởi tạo", "init";
    // labels
    LId => "Mã", "Id";
    LDate => "Ngày", "Date";
    LText => "Nội dung", "Text";
    LKind => "Loại", "Kind";
    LField => "Lĩnh vực", "Field";
    LUnits => "Đơn vị", "Units";
    LUnit => "Đơn vị", "Unit";
    LTags => "Nhãn", "Tags";
    LDocs => "Văn bản", "Documents";
    LMinutes => "Phút", "Minutes";
    LTask => "Nhiệm vụ", "Task";
    LAlias => "Mã", "Alias";
    LName => "Tên", "Name";
    LKey => "Mã", "Key";
    LStatus => "Trạng thái", "Status";
    LCreated => "Tạo lúc", "Created";
    LUpdated => "Sửa lúc", "Updated";
    LRetired => "Ngừng từ", "Retired";
    LReplacedBy => "Thay bằng", "Replaced by";
    LLunar => "Âm lịch", "Lunar";
    LWeekday => "Thứ", "Weekday";
    // record kinds
    KEntry => "mục nhật ký", "log entry";
    KTask => "nhiệm vụ", "task";
    KNote => "ghi chú", "note";
    KPlan => "kế hoạch", "plan";
    KGoal => "mục tiêu", "goal";
    KContingency => "phương án dự phòng", "contingency";
    KBlocker => "khó khăn, vướng mắc", "blocker";
    KDocument => "văn bản", "document";
    KFact => "thông tin cơ bản", "fact";
    KUnit => "đơn vị", "unit";
    KField => "lĩnh vực", "field";
    KSubmission => "báo cáo đã nộp", "submitted report";
    // kinds of work
    WAdvice => "Tham mưu", "Advice";
    WDraft => "Soạn thảo văn bản", "Drafting";
    WMeeting => "Họp", "Meeting";
    WInspection => "Kiểm tra", "Inspection";
    WCoordination => "Phối hợp", "Coordination";
    WReport => "Báo cáo", "Report";
    WCitizen => "Tiếp dân", "Citizen reception";
    WOther => "Khác", "Other";
    // unit kinds
    UDepartment => "Sở, ngành", "Department";
    UCommune => "Xã, phường", "Commune";
    UProvince => "Tỉnh", "Province";
    UOther => "Khác", "Other";
    // weekdays
    Mon => "Thứ Hai", "Monday";
    Tue => "Thứ Ba", "Tuesday";
    Wed => "Thứ Tư", "Wednesday";
    Thu => "Thứ Năm", "Thursday";
    Fri => "Thứ Sáu", "Friday";
    Sat => "Thứ Bảy", "Saturday";
    Sun => "Chủ nhật", "Sunday";
    // --- tasks, plans, contingencies, status, report week (issue 3) ---
    Sec3 => "-", "-";
    // --- calendar command, lunar labels (issue 4) ---
    Sec4 => "-", "-";
    CalNotAMonth => "'{}' không phải một tháng", "'{}' is not a month";
    CalNotAMonthHint => "dùng một trong các dạng: 2023-01, 01/2023, month (tháng này), last-month (tháng trước)", "use one of: 2023-01, 01/2023, month (this month), last-month";
    CalTitle => "Tháng {} · năm {}", "{} · lunar year {}";
    CalTetNote => "Tết Nguyên đán {}: {}", "Lunar New Year {}: {}";
    CalHolidays => "Ngày lễ, nghỉ trong tháng", "Holidays and days off this month";
    CalNoHolidays => "Không có ngày lễ, nghỉ trong tháng.", "No holidays this month.";
    CalDeadlines => "Việc đến hạn trong tháng", "Deadlines this month";
    CalNoDeadlines => "Không có việc nào đến hạn trong tháng.", "No open task is due this month.";
    CalToday => "hôm nay", "today";
    CalDue => "hạn: {} việc", "due: {}";
    CalMakeUp => "làm bù", "make-up workday";
    CalLegend => "Dòng 2 mỗi ô: ngày âm lịch (ngày/tháng vào mùng 1) · [ ] hôm nay · * ngày lễ, nghỉ (xem bảng dưới)", "Second line of each day: the lunar date (day/month on the 1st of a lunar month) · [ ] today · * holiday or day off (listed below)";
    CalWd1 => "T2", "Mon";
    CalWd2 => "T3", "Tue";
    CalWd3 => "T4", "Wed";
    CalWd4 => "T5", "Thu";
    CalWd5 => "T6", "Fri";
    CalWd6 => "T7", "Sat";
    CalWd7 => "CN", "Sun";
    HsNewYear => "Tết DL", "New Year";
    HsTet => "Tết", "Tết";
    HsHungKings => "Giỗ Tổ", "Hùng Kings";
    HsReunification => "30/4", "30 April";
    HsLabour => "1/5", "1 May";
    HsNational => "Quốc khánh", "National Day";
    HsCompensatory => "Nghỉ bù", "In lieu";
    HsOfficial => "Nghỉ", "Day off";
    HsExtra => "Nghỉ thêm", "Extra day off";
    LHoliday => "Ngày lễ", "Holiday";
    LWorkingDay => "Ngày làm việc", "Working day";
    LDue => "Hạn", "Due";
    LTitle => "Tên việc", "Title";
    Yes => "có", "yes";
    No => "không", "no";
    // --- follow-ups, blockers, documents, facts, followups/review reports (issue 5) ---
    Sec5 => "-", "-";
    // --- month/year reports, docx/html, submissions, search (issue 6) ---
    Sec6 => "-", "-";
    // --- benchmarks, reliability, export (SPEC §10, §11) ---
    Sec10 => "-", "-";
}

/// Renders a message in the process language, filling `{}` placeholders in order.
pub fn t(m: M, args: &[&dyn Display]) -> String {
    fill(m.raw(lang()), args)
}

/// Renders a message without arguments.
pub fn s(m: M) -> &'static str {
    m.raw(lang())
}

fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut args = args.iter();
    let mut rest = template;
    while let Some(pos) = rest.find("{}") {
        out.push_str(&rest[..pos]);
        if let Some(a) = args.next() {
            out.push_str(&a.to_string());
        }
        rest = &rest[pos + 2..];
    }
    out.push_str(rest);
    out
}

pub fn weekday(d: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    s(match d {
        Mon => M::Mon,
        Tue => M::Tue,
        Wed => M::Wed,
        Thu => M::Thu,
        Fri => M::Fri,
        Sat => M::Sat,
        Sun => M::Sun,
    })
}

/// A date as users read it: `19/12/2022` in Vietnamese, `2022-12-19` in English.
pub fn date(d: chrono::NaiveDate) -> String {
    match lang() {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// `Thứ Hai 12/12/2022` / `Monday 2022-12-12`.
pub fn day(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{} {}", weekday(d.weekday()), date(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_the_same_placeholders_in_both_languages() {
        for m in M::ALL {
            let vi = m.raw(Lang::Vi).matches("{}").count();
            let en = m.raw(Lang::En).matches("{}").count();
            assert_eq!(vi, en, "{m:?}");
            assert!(
                !m.raw(Lang::Vi).is_empty() && !m.raw(Lang::En).is_empty(),
                "{m:?}"
            );
        }
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("a {} b {}", &[&1, &"x"]), "a 1 b x");
        assert_eq!(fill("no args", &[]), "no args");
    }
}
