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
    // ===== general: errors, storage, config, init, results, labels =====
    // errors: generic
    ErrorPrefix => "lỗi", "error";
    HintPrefix => "gợi ý", "hint";
    BadToday => "WORKLOG_TODAY không phải ngày hợp lệ: '{}'", "WORKLOG_TODAY is not a valid date: '{}'";
    BadTodayHint => "dùng dạng YYYY-MM-DD, ví dụ WORKLOG_TODAY=2022-12-19", "use the form YYYY-MM-DD, e.g. WORKLOG_TODAY=2022-12-19";
    BadDate => "không hiểu ngày '{}'", "cannot read the date '{}'";
    BadDateHint => "dùng một trong các dạng: 19/12/2022, 19/12, 2022-12-19, hôm nay, hôm qua, hôm kia, ngày mai, ngày kia, t2…t7, cn, +3d, -2d, +2w, +1m, +5wd, eow, eom, eoy, tuần sau, tháng sau, tet, âm lịch 10/3 (hoặc 10/3 al)", "use one of: 19/12/2022, 19/12, 2022-12-19, today, yesterday, tomorrow, day-before-yesterday, mon…sun, t2…t7, cn, +3d, -2d, +2w, +1m, +5wd, eow, eom, eoy, next-week, next-month, tet, lunar 10/3 (or 10/3 al)";
    ImpossibleDate => "ngày '{}' không có trên lịch", "the date '{}' does not exist";
    DateOutOfRange => "ngày '{}' nằm ngoài khoảng 1900–2100", "the date '{}' is outside 1900–2100";
    BadPeriod => "không hiểu kỳ '{}'", "cannot read the period '{}'";
    BadPeriodHint => "dùng một trong các dạng: hôm nay, tuần này, tuần trước, tuần sau, tháng này, tháng trước, tháng sau, năm nay, 2022-W50, 2022-12, 12/2022, 2022-Q4, 2022-H2, 2022, 01/12/2022..15/12/2022", "use one of: today, week, last-week, next-week, month, last-month, next-month, year, 2022-W50, 2022-12, 12/2022, 2022-Q4, 2022-H2, 2022, 2022-12-01..2022-12-15";
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
    NoSuchRecordHint => "tìm mã bằng: worklog search TỪ_KHÓA (hoặc worklog log month, worklog task list, worklog propose list…)", "find the id with: worklog search WORDS (or worklog log month, worklog task list, worklog propose list…)";
    NotAnEntry => "#{} là {} chứ không phải mục nhật ký", "#{} is a {}, not a log entry";
    NotATask => "#{} là {} chứ không phải nhiệm vụ", "#{} is a {}, not a task";
    Deleted => "#{} đã bị xóa", "#{} has been deleted";
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
    ConfigHint => "xem mọi khóa hợp lệ và ý nghĩa của chúng: worklog config", "see every valid key and what it means: worklog config";
    ConfigRead => "không đọc được tệp cấu hình {}: {}", "cannot read the config file {}: {}";
    // ----- issue 16 -----
    CfgTypeMismatch => "cần {}, nhưng là {}", "expected {}, found {}";
    CfgTypeText => "văn bản", "text";
    CfgTypeNumber => "một số", "a number";
    CfgTypeWhole => "một số nguyên", "a whole number";
    CfgTypeBool => "true hoặc false", "true or false";
    CfgTypeList => "một danh sách", "a list";
    CfgTypeTable => "một bảng", "a table";
    CfgTypeUnsigned => "một số nguyên từ 0 trở lên", "a whole number, 0 or more";
    CfgUnknownKey => "không có khóa {}; các khóa có ở đây: {}", "there is no key {}; the keys here are: {}";
    CfgBadSyntax => "không đọc được giá trị: văn bản phải nằm trong ngoặc kép (name = \"Nguyễn Văn A\"), số viết bằng chữ số, còn lại là true hoặc false", "the value cannot be read: text goes in double quotes (name = \"Nguyễn Văn A\"), numbers in digits, otherwise true or false";
    // init
    InitConfigWritten => "Đã tạo tệp cấu hình {}", "Wrote the config file {}";
    InitConfigKept => "Giữ nguyên tệp cấu hình đã có {}", "Kept the existing config file {}";
    InitDbCreated => "Đã tạo cơ sở dữ liệu {}", "Created the database {}";
    InitDbKept => "Giữ nguyên cơ sở dữ liệu đã có {}", "Kept the existing database {}";
    InitNext => "Tiếp theo: worklog add \"Việc đã làm hôm nay\"", "Next: worklog add \"What you did today\"";
    // results
    Saved => "Đã ghi #{} · {}", "Saved #{} · {}";
    Updated => "Đã sửa #{}", "Updated #{}";
    Removed => "Đã xóa #{} (hoàn tác bằng: worklog undo)", "Removed #{} (undo with: worklog undo)";
    Undone => "Đã hoàn tác: {}", "Undone: {}";
    UnitAdded => "Đã thêm đơn vị #{} {} · {}", "Added unit #{} {} · {}";
    FieldAdded => "Đã thêm lĩnh vực #{} {} · {}", "Added field #{} {} · {}";
    DryRun => "(chạy thử: chưa ghi gì)", "(dry run: nothing was written)";
    NoResults => "Không có mục nào.", "Nothing found.";
    EntriesCount => "{} mục · {}", "{} entries · {}";
    Imported => "Đã nhập {} mục từ {}", "Imported {} entries from {}";
    ImportWouldAdd => "Sẽ nhập {} mục từ {}", "Would import {} entries from {}";
    ImportError => "{} dòng {}, cột '{}': {}", "{} line {}, column '{}': {}";
    ImportMissingColumn => "{}: thiếu cột bắt buộc '{}' ở dòng tiêu đề", "{}: the header row lacks the required column '{}'";
    ImportMissingHint => "dòng đầu tiên phải nêu tên các cột, trong số: date, text, kind, field, unit, tags, minutes", "the first row must name the columns, from: date, text, kind, field, unit, tags, minutes";
    ImportUnknownColumn => "{}: cột '{}' không được hỗ trợ", "{}: the column '{}' is not supported";
    ImportBadCsv => "{}: tệp CSV lỗi ở dòng {}: {}", "{}: the CSV file is broken at line {}: {}";
    ImportFormatHint => "dùng --from csv hoặc --from worklog", "use --from csv or --from worklog";
    ManWritten => "Đã ghi trang hướng dẫn vào {}", "Wrote the manual page to {}";
    // undo summaries
    UndoAdd => "ghi mục #{}", "add entry #{}";
    UndoEdit => "sửa #{}", "edit #{}";
    UndoRm => "xóa #{}", "remove #{}";
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
    LDuration => "Thời gian", "Time";
    LTask => "Nhiệm vụ", "Task";
    LAlias => "Mã viết tắt", "Alias";
    LFieldKey => "Mã lĩnh vực", "Key";
    LFactStale => "Cần cập nhật", "Out of date";
    LPeriod => "Kỳ", "Period";
    LFromPlan => "Từ kỳ", "From plan";
    LToPlan => "Sang kỳ", "To plan";
    LDateFrom => "Từ ngày", "From";
    LDateTo => "Đến ngày", "To";
    LPlanClosedOn => "Ngày tổng kết", "Closed on";
    LCloseNote => "Nhận xét khi tổng kết", "Closing note";
    LTriggeredOn => "Ngày xảy ra", "Triggered on";
    LReport => "Báo cáo", "Report";
    LSeeWith => "Xem bằng", "See with";
    ReportMonthName => "Báo cáo tháng", "Monthly report";
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
    // ----- issue 13 -----
    EditChangedMeanwhile => "#{} đã bị thay đổi bởi lệnh khác trong lúc bạn soạn; chưa ghi gì", "#{} was changed by another command while you were typing; nothing was written";
    EditChangedMeanwhileHint => "xem lại bằng worklog show rồi chạy lại lệnh sửa", "look at it with worklog show, then run the edit again";
    EditCannot => "#{} là {}: không sửa được bằng worklog edit", "#{} is a {}: worklog edit cannot change it";
    EditCannotHint => "sửa được: mục nhật ký, nhiệm vụ, văn bản, thông tin cơ bản, đơn vị, lĩnh vực, khó khăn, vướng mắc, phương án dự phòng, mục tiêu", "it changes: entries, tasks, documents, facts, units, fields, blockers, contingencies, goals";
    EditOptionNotFor => "{} không dùng cho #{} ({})", "{} does not apply to #{} (a {})";
    EditOptionsOf => "tùy chọn sửa {}: {}", "the options of a {}: {}";
    EditOneUnit => "một nhiệm vụ chỉ giao cho một đơn vị; bỏ -u {}", "a task is assigned to one unit only; leave out -u {}";
    EditReasonAlone => "--reason đi kèm việc đổi --due, -u hoặc --plan", "--reason goes with a change of --due, -u or --plan";
    EditBadChoice => "'{}' không dùng được cho {}; chọn một trong: {}", "'{}' is not a choice for {}; use one of: {}";
    UnitRetiredUse => "{} đã hợp nhất vào {} từ {}", "{} was merged into {} on {}";
    UnitRetiredUseHint => "dùng @{} (hoặc -u {})", "use @{} (or -u {})";
    UnitRetiredNone => "{} đã thôi hoạt động từ {}", "{} was retired on {}";
    UnitRetiredNoneHint => "ghi cho một đơn vị còn hoạt động (xem: worklog unit list), hoặc ghi ngày trước khi đơn vị thôi hoạt động", "name a unit still in service (see: worklog unit list), or date the record before the retirement";
    DueBeforeAssigned => "lưu ý: hạn {} sớm hơn ngày giao {}", "note: the due date {} is before the day it was assigned, {}";
    DateInFuture => "ngày '{}' ({}) ở sau hôm nay ({}): chỉ ghi việc đã xảy ra", "the date '{}' ({}) is after today ({}): only what has happened can be recorded";
    FutureEntryHint => "nhật ký ghi việc đã làm; việc sắp làm thì ghi thành nhiệm vụ: worklog task add \"…\" --due {}", "the log records work done; for work to come add a task: worklog task add \"…\" --due {}";
    FutureDateHint => "ghi hôm nay hoặc một ngày đã qua, ví dụ --date today", "give today or an earlier day, e.g. --date today";
    ShowRemoved => "đã xóa ngày {} (khôi phục: worklog undo, nếu đó là lệnh cuối)", "removed on {} (restore: worklog undo, if that was the last command)";
    RmHasDependents => "không xóa được #{} ({}): có {} bản ghi đang dùng ({})", "#{} (a {}) cannot be removed: {} records depend on it ({})";
    RmUnitHint => "đơn vị thôi hoạt động thì ghi: worklog unit retire {} --date NGÀY [--replaced-by ĐƠN_VỊ]", "to stop using it, retire it: worklog unit retire {} --date DATE [--replaced-by ALIAS]";
    RmPlanHint => "chuyển hoặc xóa các mục của kế hoạch trước (worklog task move ID KỲ), hoặc giữ kế hoạch", "move or remove the plan's items first (worklog task move ID PERIOD), or keep the plan";
    RmDocHint => "bỏ số văn bản khỏi các bản ghi đó trước (worklog edit ID --doc SỐ_KHÁC), hoặc giữ văn bản", "remove the citations first (worklog edit ID --doc OTHER_NUMBER), or keep the document";
    RmFieldHint => "đổi lĩnh vực của các bản ghi đó trước (worklog edit ID -f LĨNH_VỰC), hoặc giữ lĩnh vực", "change those records' field first (worklog edit ID -f FIELD), or keep the field";
    DocRequiredNeedsLevel => "văn bản phải ban hành cần ghi rõ cấp ban hành", "a required document needs the level that must issue it";
    DocRequiredNeedsLevelHint => "thêm --level trung-uong (Trung ương), --level tinh (tỉnh) hoặc --level khac (khác)", "add --level central, --level province or --level other";
    RVersion => "Lần", "Version";
    RSubmittedOn => "Nộp lúc", "Submitted";
    RChangesSince => "Thay đổi so với lần trước", "Changes since the one before";
    RSubmissionsOf => "Các lần nộp báo cáo {}", "Submissions of the report {}";
    RFirstSubmission => "lần nộp đầu", "first submission";
    RNoChanges => "không thay đổi", "no changes";
    RAsSubmittedNote => "bản nộp lần {}/{} lúc {}", "as submitted, version {} of {}, at {}";
    RResubmitted => "Đã nộp lại báo cáo {} lúc {}: lần {}, giữ nguyên bản lần {} nộp lúc {}; {} thay đổi", "Submitted report {} again at {}: version {}, kept beside version {} of {}; {} changes since";
    RResubmitQuestion => "Báo cáo {} đã nộp {} lần (lần cuối lúc {}). Nộp thêm một bản mới? [c/k]", "The report {} was submitted {} times (last at {}). Submit a new version? [y/n]";
    RResubmitDeclined => "chưa nộp gì: bản đã nộp của {} giữ nguyên", "nothing was submitted: the copy of {} already submitted stays as it is";
    RNoSuchVersion => "báo cáo {} không có bản nộp lần {} (có {} bản)", "the report {} has no version {} (it has {})";
    RNoSuchVersionHint => "xem các lần nộp: worklog report month {} --submissions", "list them with: worklog report month {} --submissions";
    InitConfigUpdated => "Đã sửa tệp cấu hình {} (giữ nguyên các dòng khác và ghi chú):", "Updated the config file {} (other keys and comments kept):";
    InitConfigChanged => "  {}: '{}' → '{}'", "  {}: '{}' → '{}'";
    ConfigYours => "# Tệp cấu hình của bạn: {} ({})", "# Your config file: {} ({})";
    ConfigExists => "đã có", "it exists";
    ConfigMissing => "chưa có; tạo bằng: worklog init", "not created yet; create it with: worklog init";
    TetComputed => "Lịch nghỉ Tết {} đang tính theo Bộ luật Lao động, chưa theo lịch đã công bố; khi có quyết định, thêm [calendar.official.{}] vào tệp cấu hình (xem: worklog config)", "The Tết {} break is computed from the Labour Code, not an announced schedule; once it is announced, add [calendar.official.{}] to the config (see: worklog config)";
    EDue => "đổi hạn", "due date";
    EUnit => "đổi đơn vị", "unit";
    EReplan => "đổi kế hoạch", "plan";
    TimelineDue => "hạn {} → {}", "due {} → {}";
    TimelineUnit => "đơn vị {} → {}", "unit {} → {}";
    TimelinePlan => "kế hoạch {} → {}", "plan {} → {}";
    LFactHistory => "Giá trị trước", "Earlier value";
    TaskNotClosed => "nhiệm vụ #{} đang mở, không cần mở lại", "task #{} is open; there is nothing to reopen";
    TaskReopened => "Đã mở lại nhiệm vụ #{} {}", "Reopened task #{} {}";
    LGoalAchieved => "Đạt", "Achieved";
    GoalsAchieved => "Đạt {}/{} mục tiêu", "{}/{} goals achieved";
    GoalDone => "Đã đánh dấu đạt mục tiêu #{}: {}", "Goal #{} achieved: {}";
    GoalAlreadyDone => "mục tiêu #{} đã được đánh dấu đạt", "goal #{} is already marked achieved";
    NotAGoal => "#{} là {} chứ không phải mục tiêu", "#{} is a {}, not a goal";
    UndoGoalDone => "đánh dấu đạt mục tiêu #{}", "mark goal #{} achieved";
    // ----- issue 16 -----
    DiskFull => "ổ đĩa đầy; không có gì bị mất", "the disk is full; nothing was lost";
    DiskFullAt => "ổ đĩa đầy khi ghi {}; không có gì bị mất", "the disk is full (writing {}); nothing was lost";
    DiskFullHint => "giải phóng chỗ trống rồi chạy lại lệnh", "free some space and run the command again";
    DbReadOnly => "cơ sở dữ liệu {} chỉ đọc được (tệp, thư mục hoặc ổ đĩa của nó không cho ghi); không có gì thay đổi", "the database {} can only be read (its file, folder or disk does not allow writing); nothing was changed";
    DbReadOnlyHint => "các lệnh chỉ đọc (log, report, search…) vẫn dùng được; để ghi, hãy cho phép ghi vào tệp và thư mục đó, hoặc chép tệp sang nơi ghi được và dùng --db", "commands that only read (log, report, search…) still work; to write, allow writing to that file and folder, or copy the file to a writable place and use --db";
    DbBusyHint => "một chương trình khác (worklog, sqlite3, DB Browser…) đang giữ khóa; đợi nó xong hoặc đóng nó rồi chạy lại", "another program (worklog, sqlite3, DB Browser…) holds the lock; wait for it to finish or close it, then run the command again";
    PermissionDenied => "không có quyền ghi hoặc đọc {}", "permission denied: {}";
    PermissionDeniedHint => "kiểm tra quyền của tệp và thư mục (ls -l), hoặc chọn nơi khác", "check the permissions of the file and its folder (ls -l), or choose another place";
    ReadOnlyPlace => "{} nằm trên ổ đĩa hoặc thư mục chỉ đọc; không ghi được gì", "{} is on a read-only disk or folder; nothing was written";
    ReadOnlyPlaceHint => "chọn một nơi ghi được", "choose a place that can be written";
    NotSqlite => "{} hoàn toàn không phải tệp SQLite, nên không phải cơ sở dữ liệu worklog; tệp không bị thay đổi", "{} is not an SQLite file at all, so not a worklog database; the file was not changed";
    NotSqliteHint => "kiểm tra đường dẫn (--db, WORKLOG_DB, khóa db trong cấu hình)", "check the path (--db, WORKLOG_DB, the config key db)";
    DbCannotRead => "không đọc được {}: {}; đây không phải dấu hiệu tệp bị hỏng", "cannot read {}: {}; this is not a sign that the file is damaged";
    DbCannotReadHint => "kiểm tra ổ đĩa và quyền của tệp, rồi chạy lại: worklog check", "check the disk and the file's permissions, then run again: worklog check";
    // what a dry run would do (see `would`)
    WouldSaved => "Sẽ ghi #{} · {}", "Would save #{} · {}";
    WouldUpdated => "Sẽ sửa #{}", "Would update #{}";
    WouldRemoved => "Sẽ xóa #{}", "Would remove #{}";
    WouldUnitAdded => "Sẽ thêm đơn vị #{} {} · {}", "Would add unit #{} {} · {}";
    WouldFieldAdded => "Sẽ thêm lĩnh vực #{} {} · {}", "Would add field #{} {} · {}";
    WouldTaskAdded => "Sẽ thêm nhiệm vụ #{} · {}", "Would add task #{} · {}";
    WouldTaskAssigned => "Sẽ giao nhiệm vụ #{} cho {} · {}", "Would assign task #{} to {} · {}";
    WouldTaskStarted => "Sẽ bắt đầu #{} · {}", "Would start #{} · {}";
    WouldTaskDone => "Sẽ đánh dấu hoàn thành #{} · {}", "Would mark #{} done · {}";
    WouldTaskDropped => "Sẽ dừng #{} · {}", "Would drop #{} · {}";
    WouldTaskNoted => "Sẽ ghi chú #{} vào nhiệm vụ #{}", "Would note #{} on task #{}";
    WouldTaskMoved => "Sẽ chuyển #{} sang {}", "Would move #{} to {}";
    WouldTaskReopened => "Sẽ mở lại nhiệm vụ #{} {}", "Would reopen task #{} {}";
    WouldGoalDone => "Sẽ đánh dấu đạt mục tiêu #{}: {}", "Would mark goal #{} achieved: {}";
    WouldPlanCreated => "Sẽ lập kế hoạch #{} cho {}", "Would create plan #{} for {}";
    WouldPlanCarried => "Sẽ chuyển tiếp {} việc chưa xong từ kỳ trước", "Would carry {} unfinished items from earlier plans";
    WouldPlanDroppedOld => "Sẽ dừng {} việc của kỳ trước", "Would drop {} items of earlier plans";
    WouldGoalAdded => "Sẽ thêm mục tiêu #{} vào kế hoạch {}", "Would add goal #{} to plan {}";
    WouldPlanClosed => "Sẽ tổng kết kế hoạch {}", "Would close plan {}";
    WouldContingencyAdded => "Sẽ ghi phương án dự phòng #{} {}", "Would add contingency #{} {}";
    WouldContingencyTriggered => "Sẽ ghi nhận tình huống #{} xảy ra · {}", "Would mark contingency #{} triggered · {}";
    WouldContingencyClosedMsg => "Sẽ đóng phương án dự phòng #{}", "Would close contingency #{}";
    WouldBlockerAdded => "Sẽ ghi khó khăn, vướng mắc #{} tại {} · {}", "Would record blocker #{} at {} · {}";
    WouldBlockerResolved => "Sẽ ghi nhận đã giải quyết khó khăn, vướng mắc #{} · {}", "Would resolve blocker #{} · {}";
    WouldDocAdded => "Sẽ ghi văn bản #{} · {}", "Would add document #{} · {}";
    WouldDocIssuedLine => "Sẽ ghi nhận ban hành #{} · {} ngày {}", "Would record document #{} issued as {} on {}";
    WouldFactAdded => "Sẽ ghi thông tin cơ bản #{} · {}", "Would add fact #{} · {}";
    WouldConsultAdded => "Sẽ ghi nội dung xin ý kiến #{} · {}", "Would add consultation #{} · {}";
    WouldConsultAddedFor => "Sẽ ghi nội dung xin ý kiến #{} · {} · cho {}", "Would add consultation #{} · {} · for {}";
    WouldConsultAnswered => "Sẽ ghi ý kiến lãnh đạo về #{}: {}", "Would record the leader's opinion on #{}: {}";
    WouldConsultAnsweredTasks => "Sẽ ghi ý kiến lãnh đạo về #{}: {}; giao {} nhiệm vụ: {}", "Would record the leader's opinion on #{}: {}; {} task(s) to create: {}";
    WouldRSubmitted => "Sẽ nộp báo cáo {} lúc {}", "Would submit report {} at {}";
    WouldUnitRetired => "Sẽ ghi đơn vị {} ngừng hoạt động từ {}", "Would retire unit {} from {}";
    WouldInitConfigWritten => "Sẽ tạo tệp cấu hình {}", "Would write the config file {}";
    WouldInitDbCreated => "Sẽ tạo cơ sở dữ liệu {}", "Would create the database {}";
    WouldInitConfigUpdated => "Sẽ sửa tệp cấu hình {} (giữ nguyên các dòng khác và ghi chú):", "Would update the config file {} (other keys and comments kept):";
    WouldUndone => "Sẽ hoàn tác: {}", "Would undo: {}";
    WouldImportedWorklog => "Sẽ nhập {} bản ghi từ {}", "Would import {} records from {}";
    WouldImportedTasks => "Sẽ nhập {} nhiệm vụ từ {} (bỏ qua {} nhiệm vụ đã xóa hoặc mẫu lặp lại)", "Would import {} tasks from {} ({} deleted or recurring skipped)";
    WouldUnitRetiredInto => "Sẽ ghi đơn vị {} ngừng hoạt động từ {}; việc còn mở chuyển sang {}", "Would retire unit {} from {}; its open work would pass to {}";
    WouldRestoreDone => "Sẽ khôi phục {} từ {}", "Would restore {} from {}";
    WouldMigrateDone => "Sẽ nâng cấp {} từ phiên bản lược đồ {} lên {}; bản sao trước khi nâng cấp: {}", "Would upgrade {} from schema version {} to {}; the copy from before: {}";
    WouldMigrateDoneNoCopy => "Sẽ nâng cấp {} từ phiên bản lược đồ {} lên {}", "Would upgrade {} from schema version {} to {}";
    // ===== tasks, plans, contingencies, status, report week =====
    // tasks
    StatusMore => "… và {} việc nữa: {}", "… and {} more: {}";
    TaskAdded => "Đã thêm nhiệm vụ #{} · {}", "Added task #{} · {}";
    TaskAssigned => "Đã giao nhiệm vụ #{} cho {} · {}", "Assigned task #{} to {} · {}";
    TaskDueOn => "hạn {}", "due {}";
    TaskNoDue => "không có hạn", "no due date";
    TaskStarted => "Đã bắt đầu #{} · {}", "Started #{} · {}";
    TaskDone => "Đã hoàn thành #{} · {}", "Done #{} · {}";
    TaskDropped => "Đã dừng #{} · {}", "Dropped #{} · {}";
    TaskNoted => "Đã ghi chú #{} vào nhiệm vụ #{}", "Noted #{} on task #{}";
    TaskMoved => "Đã chuyển #{} sang {}", "Moved #{} to {}";
    TaskAlreadyClosed => "nhiệm vụ #{} không còn mở (trạng thái: {})", "task #{} is already {}";
    TaskAlreadyClosedHint => "xem lịch sử: worklog show {}", "see its history: worklog show {}";
    TaskAlreadyStarted => "nhiệm vụ #{} đang thực hiện rồi", "task #{} is already in progress";
    TaskSamePlan => "nhiệm vụ #{} đã ở kỳ {}", "task #{} is already in {}";
    TaskMoveToPast => "không thể chuyển sang kỳ {} đã qua (kết thúc {})", "cannot carry into {}, which is over (it ended {})";
    TaskMoveToPastHint => "chọn một kỳ từ tuần này trở đi, ví dụ: week, 2022-W52, 2023-01", "choose a period from this week on, e.g. week, 2022-W52, 2023-01";
    NotAPlanPeriod => "'{}' không phải một tuần hay một tháng", "'{}' is not a week or a month";
    NotAPlanPeriodHint => "kế hoạch theo tuần (2022-W50, week) hoặc tháng (2022-12, month)", "plans are weeks (2022-W50, week) or months (2022-12, month)";
    DateBeforeAssigned => "ngày {} trước ngày giao nhiệm vụ ({})", "the date {} is before the task was assigned ({})";
    UndoTaskAdd => "thêm nhiệm vụ #{}", "add task #{}";
    UndoTaskStatus => "đổi trạng thái #{}", "change status of #{}";
    UndoTaskNote => "ghi chú nhiệm vụ #{}", "note on task #{}";
    UndoTaskMove => "chuyển nhiệm vụ #{}", "move task #{}";
    STodo => "Chưa thực hiện", "To do";
    SDoing => "Đang thực hiện", "In progress";
    SDone => "Đã hoàn thành", "Done";
    SDropped => "Dừng thực hiện", "Dropped";
    PHigh => "Cao", "High";
    PNormal => "Bình thường", "Normal";
    PLow => "Thấp", "Low";
    MarkOverdue => "quá hạn", "overdue";
    MarkStale => "tồn đọng", "stale";
    MarkCarried => "chuyển kỳ {} lần", "carried {}×";
    MarkMajor => "Đề án", "major";
    MarkLate => "hoàn thành quá hạn", "done late";
    MarkOnTime => "đúng hạn", "on time";
    LTitle => "Nhiệm vụ", "Title";
    LPriority => "Ưu tiên", "Priority";
    LDue => "Hạn", "Due";
    LPlan => "Kỳ kế hoạch", "Plan";
    LMarks => "Ghi chú", "Marks";
    LEvent => "Diễn biến", "Event";
    LAssigned => "Ngày giao", "Assigned";
    LTimeline => "Diễn biến", "Timeline";
    LItem => "Mục", "Item";
    LValue => "Giá trị", "Value";
    LUnitName => "Tên đơn vị", "Unit name";
    LMajor => "Đề án, chính sách lớn", "Major";
    LStarted => "Bắt đầu", "Started";
    LClosed => "Kết thúc", "Closed";
    LLastTouched => "Cập nhật gần nhất", "Last touched";
    LOverdue => "Quá hạn", "Overdue";
    LStale => "Tồn đọng", "Stale";
    LCarried => "Số lần chuyển kỳ", "Times carried";
    LDoneOnTime => "Hoàn thành đúng hạn", "Done on time";
    LType => "Loại bản ghi", "Record type";
    Yes => "có", "yes";
    No => "không", "no";
    TasksCount => "{} nhiệm vụ", "{} tasks";
    ECreated => "Giao nhiệm vụ", "Created";
    EStart => "Bắt đầu", "Started";
    EDone => "Hoàn thành", "Done";
    EDrop => "Dừng", "Dropped";
    EReopen => "Mở lại", "Reopened";
    ENote => "Ghi chú", "Note";
    EMove => "Chuyển kỳ", "Moved";
    EEntry => "Nhật ký", "Log entry";
    // plans
    PlanWeek => "tuần", "week";
    PlanMonth => "tháng", "month";
    PlanTitle => "Kế hoạch {}", "Plan for {}";
    PlanClosedOn => " · đã tổng kết ngày {}", " · closed on {}";
    PlanEmpty => "Kế hoạch {} chưa có việc nào; thêm bằng: worklog plan add \"Việc cần làm\"", "The plan {} has no items yet; add one with: worklog plan add \"Something to do\"";
    PlanNoItems => "Kế hoạch không có việc nào.", "The plan has no items.";
    PlanGoals => "Mục tiêu", "Goals";
    PlanContingencies => "Phương án dự phòng", "Contingencies";
    PlanCreated => "Đã lập kế hoạch #{} cho {}", "Created plan #{} for {}";
    PlanCarried => "Đã chuyển tiếp {} việc chưa xong từ kỳ trước", "Carried {} unfinished items from earlier plans";
    PlanDroppedOld => "Đã dừng {} việc của kỳ trước", "Dropped {} items of earlier plans";
    PlanLeftBehind => "{} việc chưa xong của các {} trước được để lại; chuyển bằng: worklog task move ID {} hoặc worklog plan {} {} --carry tat-ca", "{} unfinished items of earlier {} were left behind; carry them with: worklog task move ID {} or worklog plan {} {} --carry all";
    EarlierWeeks => "tuần", "weeks";
    EarlierMonths => "tháng", "months";
    CarryQuestion => "#{} {} (kỳ {}): chuyển sang {}? [c] có / [k] không, để lại (Enter) / [d] dừng / [t] tất cả:", "#{} {} (plan {}): carry into {}? [y]es / [n]o, leave it (Enter) / [d]rop / [a]ll:";
    CarryReasonQuestion => "  lý do (Enter để bỏ qua):", "  reason (Enter to skip):";
    CarryNotUnderstood => "  không hiểu '{}': trả lời c (có), k (không), d (dừng) hoặc t (tất cả)", "  '{}' is not an answer: type y (yes), n (no), d (drop) or a (all)";
    CarryAllDone => "  chuyển tất cả {} việc còn lại sang {}", "  carrying all {} remaining items into {}";
    CarryReason => "chuyển tiếp từ kế hoạch {}", "carried over from plan {}";
    CarryIntoPast => "không thể chuyển việc sang kỳ {} đã qua (kết thúc {})", "cannot carry items into {}, which is over (it ended {})";
    NotAWeek => "'{}' không phải một tuần", "'{}' is not a week";
    NotAWeekHint => "ghi tuần như: week, last-week, 2022-W50", "write a week as: week, last-week, 2022-W50";
    NotAMonth => "'{}' không phải một tháng", "'{}' is not a month";
    NotAMonthHint => "ghi tháng như: month, last-month, 2022-12, 12/2022", "write a month as: month, last-month, 2022-12, 12/2022";
    GoalAdded => "Đã thêm mục tiêu #{} vào kế hoạch {}", "Added goal #{} to plan {}";
    PlanClosed => "Đã tổng kết kế hoạch {}", "Closed plan {}";
    PlanClosedNoReason => "; {} việc chưa xong chưa ghi lý do", "; {} unfinished items have no reason";
    PlanCloseNote => "Nhận xét: {}", "Note: {}";
    PlanAlreadyClosed => "kế hoạch {} đã được tổng kết ngày {}", "the plan {} was already closed on {}";
    PlanAlreadyClosedHint => "xem lại bằng: worklog report week {} (hoặc worklog undo nếu vừa tổng kết)", "see it with: worklog report week {} (or worklog undo if you just closed it)";
    PlanNotStarted => "kế hoạch {} chưa bắt đầu (từ {}), chưa thể tổng kết", "the plan {} has not started yet (it starts {}), so it cannot be closed";
    BadReason => "lý do '{}' phải có dạng MÃ=NỘI DUNG", "the reason '{}' must look like ID=TEXT";
    BadReasonHint => "ví dụ: --reason 12=\"Chờ số liệu của Sở\"", "e.g. --reason 12=\"Waiting for the department's figures\"";
    ReasonNotOpenItem => "#{} không phải việc chưa xong của kế hoạch {}", "#{} is not an unfinished item of the plan {}";
    ReasonNotOpenItemHint => "các việc chưa xong: {}", "the unfinished items: {}";
    ReasonQuestion => "#{} {}: vì sao chưa xong? (Enter để bỏ qua)", "#{} {}: why was it not done? (Enter to skip)";
    UndoPlanCreate => "lập kế hoạch {}", "create plan {}";
    UndoPlanCarry => "chuyển việc vào kế hoạch {}", "carry items into plan {}";
    UndoPlanClose => "tổng kết kế hoạch {}", "close plan {}";
    UndoGoalAdd => "thêm mục tiêu #{}", "add goal #{}";
    LGoal => "Mục tiêu", "Goal";
    LResult => "Kết quả", "Result";
    LReason => "Lý do", "Reason";
    // contingencies
    COpen => "Chưa xảy ra", "Open";
    CTriggered => "Đã xảy ra", "Triggered";
    CClosed => "Đã đóng", "Closed";
    LSituation => "Tình huống", "Situation";
    LResponse => "Phương án xử lý", "Response";
    LOutcome => "Kết quả xử lý", "Outcome";
    ContingenciesCount => "{} phương án dự phòng", "{} contingencies";
    ContingencyAdded => "Đã ghi phương án dự phòng #{} {}", "Added contingency #{} {}";
    ContingencyOfPlan => "cho kế hoạch {}", "to plan {}";
    ContingencyOfTask => "cho nhiệm vụ #{}", "to task #{}";
    ContingencyTriggered => "Đã ghi nhận tình huống #{} xảy ra · {}", "Contingency #{} triggered · {}";
    ContingencyClosedMsg => "Đã đóng phương án dự phòng #{}", "Closed contingency #{}";
    ContingencyIsClosed => "phương án dự phòng #{} đã đóng", "contingency #{} is already closed";
    ContingencyAlreadyTriggered => "tình huống #{} đã được ghi nhận xảy ra ngày {}", "contingency #{} was already triggered on {}";
    ContingencyNeedsResponse => "thiếu phương án xử lý (--response)", "the prepared response is missing (--response)";
    ContingencyNeedsResponseHint => "ví dụ: worklog contingency add \"Sở chậm gửi số liệu\" --response \"Dùng số liệu ước tính\"", "e.g. worklog contingency add \"The department sends its figures late\" --response \"Use estimates\"";
    TriggerNeedsOutcome => "thiếu kết quả xử lý (--outcome)", "the outcome is missing (--outcome)";
    TriggerNeedsOutcomeHint => "ví dụ: worklog contingency trigger {} --outcome \"Đã xử lý theo phương án\"", "e.g. worklog contingency trigger {} --outcome \"Handled as prepared\"";
    NotAContingency => "#{} là {} chứ không phải phương án dự phòng", "#{} is a {}, not a contingency";
    ContingencyListHint => "xem các phương án dự phòng: worklog contingency list", "list them with: worklog contingency list";
    UndoContingencyAdd => "ghi phương án dự phòng #{}", "add contingency #{}";
    UndoContingencyTrigger => "ghi nhận tình huống #{}", "trigger contingency #{}";
    UndoContingencyClose => "đóng phương án dự phòng #{}", "close contingency #{}";
    // status
    StatusPlan => "Kế hoạch {}", "This week's plan: {}";
    StatusOverdue => "Quá hạn", "Overdue";
    StatusStale => "Tồn đọng (lâu không cập nhật)", "Stale (untouched for a while)";
    StatusDueSoon => "Đến hạn trong 7 ngày", "Due within 7 days";
    StatusContingencies => "Phương án dự phòng tuần này", "This week's contingencies";
    StatusNothing => "Không có việc gì cần chú ý. Lập kế hoạch tuần: worklog plan week", "Nothing needs attention. Plan the week: worklog plan week";
    // report week
    ReportWeekTitle => "Kết quả thực hiện kế hoạch {}", "Plan against result, {}";
    ReportResultCounts => "{} việc: hoàn thành {} · đang thực hiện {} · chưa hoàn thành {} · chuyển kỳ {} · dừng {}", "{} items: done {} · in progress {} · not done {} · carried {} · dropped {}";
    RDone => "Hoàn thành", "Done";
    RInProgress => "Đang thực hiện", "In progress";
    RNotDone => "Chưa hoàn thành", "Not done";
    RCarried => "Chuyển kỳ", "Carried";
    RDropped => "Dừng thực hiện", "Dropped";
    REntriesTitle => "Nhật ký công việc", "Log entries";
    REntriesTotal => "Tổng số mục", "Total";
    REntriesPlanned => "Theo kế hoạch", "Planned";
    REntriesArising => "Phát sinh", "Arising";
    REntriesArisingShare => "Tỷ lệ phát sinh", "Arising share";
    RArisingTitle => "Công việc phát sinh", "Arising work";
    // ===== the calendar: `cal`, lunar and holiday labels =====
    LDueLunar => "Hạn (âm lịch)", "Due (lunar)";
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
    // ===== units that retire, blockers, documents, facts; the follow-ups and review reports =====
    UnitRetired => "Đơn vị {} ngừng hoạt động từ {}", "Unit {} retired from {}";
    UnitRetiredInto => "Đơn vị {} ngừng hoạt động từ {}; việc còn mở chuyển sang {}", "Unit {} retired from {}; its open work passes to {}";
    UnitAlreadyRetired => "đơn vị '{}' đã ngừng hoạt động từ {}", "the unit '{}' was already retired on {}";
    UnitRetireSelf => "đơn vị '{}' không thể được thay bằng chính nó", "the unit '{}' cannot be replaced by itself";
    UnitRetireCycle => "không thể thay bằng '{}': đơn vị đó đã được sáp nhập vào '{}' (sẽ thành vòng lặp)", "cannot be replaced by '{}': that unit was itself retired into '{}' (a loop)";
    UnitRetireNeedsDate => "cần ngày đơn vị '{}' ngừng hoạt động: thêm --date 15/12/2022", "give the day the unit '{}' stops: add --date 2022-12-15";
    UndoUnitRetire => "ngừng đơn vị {}", "retire unit {}";
    MarkFormerly => "trước đây: {}", "formerly: {}";
    MarkNowAt => "nay: {}", "now: {}";
    MarkBlocked => "vướng mắc", "blocked";
    LUnitNow => "Đơn vị hiện phụ trách", "Unit now";
    NotABlocker => "#{} là {} chứ không phải khó khăn, vướng mắc", "#{} is a {}, not a blocker";
    BlockerNeedsUnit => "cần nêu đơn vị gặp khó khăn, vướng mắc", "name the unit where the obstacle is";
    BlockerNeedsUnitHint => "thêm -u, ví dụ: worklog blocker add \"Thiếu kinh phí\" -u ldtbxh", "add -u, e.g. worklog blocker add \"No budget yet\" -u ldtbxh";
    BlockerAdded => "Đã ghi khó khăn, vướng mắc #{} tại {} · {}", "Recorded blocker #{} at {} · {}";
    BlockerResolved => "Đã giải quyết khó khăn, vướng mắc #{} · {}", "Resolved blocker #{} · {}";
    BlockerAlreadyResolved => "khó khăn, vướng mắc #{} đã được giải quyết ngày {}", "blocker #{} was already resolved on {}";
    BlockerAlreadyResolvedHint => "xem: worklog show {}", "see: worklog show {}";
    BlockerResolvedBeforeRaised => "ngày {} trước ngày nêu khó khăn, vướng mắc ({})", "the date {} is before the blocker was raised ({})";
    UndoBlockerAdd => "ghi khó khăn, vướng mắc #{}", "add blocker #{}";
    UndoBlockerResolve => "giải quyết khó khăn, vướng mắc #{}", "resolve blocker #{}";
    BlockerOpen => "Chưa giải quyết", "Open";
    BlockerResolvedOn => "Đã giải quyết {}", "Resolved {}";
    BlockersCount => "{} khó khăn, vướng mắc", "{} blockers";
    RemedyDirective => "Ban hành văn bản chỉ đạo", "Directing document";
    RemedyMeeting => "Tổ chức họp", "Meeting";
    RemedyOther => "Khác", "Other";
    AgeDays => "{} ngày", "{} days";
    LProposal => "Đề xuất", "Proposal";
    LRemedy => "Hướng xử lý", "Remedy";
    LRaised => "Ngày nêu", "Raised";
    LResolvedOn => "Ngày giải quyết", "Resolved";
    LNote => "Ghi chú", "Note";
    LAge => "Số ngày", "Age (days)";
    LBlockers => "Khó khăn, vướng mắc", "Blockers";
    LLastNote => "Ghi chú gần nhất", "Last note";
    NotADocument => "#{} là {} chứ không phải văn bản", "#{} is a {}, not a document";
    DocBadNumber => "số, ký hiệu văn bản '{}' không đúng dạng", "'{}' is not a document number in a known form";
    DocBadNumberHint => "các dạng hợp lệ: 123/UBND-KT, 45/2022/QĐ-UBND, 45/2019/QH14, 01/2018/TT-VPCP, 04/TTr-SNgV, 18-NQ/TW (ký hiệu viết hoa chữ đầu, không để dấu '-' ở cuối)", "accepted forms: 123/UBND-KT, 45/2022/QĐ-UBND, 45/2019/QH14, 01/2018/TT-VPCP, 04/TTr-SNgV, 18-NQ/TW (the symbol starts with a capital, no trailing '-')";
    DocDuplicate => "văn bản số {} đã có: #{} {} · {}", "the document {} is already recorded: #{} {} · {}";
    DocDuplicateHint => "xem: worklog show {}", "see: worklog show {}";
    DocNeedsTitle => "cần trích yếu (tên) của văn bản", "the document needs a title";
    DocNeedsTitleHint => "thêm --title, ví dụ: worklog doc add 45/2022/QĐ-UBND --title \"Quy định…\"", "add --title, e.g. worklog doc add 45/2022/QĐ-UBND --title \"Rules on…\"";
    DocNeedsNumber => "văn bản đã ban hành cần có số, ký hiệu", "an issued document needs its number";
    DocNeedsNumberHint => "ghi số trước --title (ví dụ 45/2022/QĐ-UBND), hoặc dùng --required cho văn bản chưa ban hành", "put the number before --title (e.g. 45/2022/QĐ-UBND), or use --required for a document not issued yet";
    DocTaskNeedsNumber => "văn bản chưa có số nên chưa thể gắn với nhiệm vụ (--task)", "a document without a number cannot be linked to a task (--task) yet";
    DocIssueNeedsDate => "cần ngày ban hành văn bản #{}: thêm --date", "give the day document #{} was issued: add --date";
    DocAlreadyIssued => "văn bản #{} đã ban hành rồi ({} ngày {})", "document #{} is already issued ({} on {})";
    DocAdded => "Đã ghi văn bản #{} · {}", "Added document #{} · {}";
    DocIssuedLine => "Đã ghi nhận ban hành #{} · {} ngày {}", "Document #{} issued as {} on {}";
    UndoDocAdd => "ghi văn bản #{}", "add document #{}";
    UndoDocIssue => "ban hành văn bản #{}", "issue document #{}";
    DocNotCited => "Chưa có nhiệm vụ hay mục nhật ký nào dẫn văn bản này.", "No task or entry cites this document yet.";
    DocsCount => "{} văn bản", "{} documents";
    LevelCentral => "Trung ương", "Central";
    LevelProvince => "Tỉnh", "Province";
    LevelOther => "Khác", "Other";
    DocStatusIssued => "Đã ban hành", "Issued";
    DocStatusRequired => "Phải ban hành", "Required";
    LNumber => "Số, ký hiệu", "Number";
    LDocTitle => "Trích yếu", "Title";
    LIssuer => "Cơ quan ban hành", "Issuer";
    LLevel => "Cấp", "Level";
    LIssuedOn => "Ngày ban hành", "Issued on";
    LDraftingUnit => "Đơn vị soạn thảo", "Drafting unit";
    LCitedBy => "Được dẫn bởi", "Cited by";
    FactNeedsField => "cần nêu lĩnh vực của thông tin cơ bản", "name the field the fact belongs to";
    FactNeedsFieldHint => "thêm -f, ví dụ: worklog fact add \"Số doanh nghiệp\" --value 1200 -f laodong (xem: worklog field list)", "add -f, e.g. worklog fact add \"Number of firms\" --value 1200 -f laodong (see: worklog field list)";
    FactAdded => "Đã ghi thông tin cơ bản #{} · {}", "Added fact #{} · {}";
    UndoFactAdd => "ghi thông tin cơ bản #{}", "add fact #{}";
    MarkFactStale => "cần cập nhật", "stale";
    FactsCount => "{} thông tin cơ bản", "{} facts";
    LSource => "Nguồn", "Source";
    LAsOf => "Số liệu đến ngày", "As of";
    FollowupsTitle => "Việc đã giao các đơn vị chưa hoàn thành", "Follow-ups not yet done";
    FollowupsNone => "Không có việc nào đã giao mà chưa hoàn thành.", "No follow-up is pending.";
    FollowupsCount => "{} việc chưa hoàn thành", "{} pending";
    ReviewSinceFuture => "ngày bắt đầu {} còn ở tương lai", "the start date {} is in the future";
    ReviewWorkDone => "I. Công việc đã thực hiện từ {} đến {}", "I. Work done from {} to {}";
    ReviewTasksDone => "Nhiệm vụ đã hoàn thành", "Tasks completed";
    ReviewMustFinish => "Nhiệm vụ phải hoàn thành đến {} (trước Tết Nguyên đán {})", "Tasks to finish by {} (before the Lunar New Year {})";
    ReviewDocuments => "II. Văn bản làm căn cứ, theo lĩnh vực", "II. Documents the work rests on, by field";
    ReviewFollowups => "III. Việc đã tham mưu giao chưa được thực hiện", "III. Follow-ups not yet carried out";
    ReviewCounts => "IV. Văn bản đã ban hành so với phải ban hành", "IV. Documents issued against documents required";
    ReviewCountsTotal => "Tổng: đã ban hành {}; phải ban hành {}, trong đó chưa ban hành {}", "Total: {} issued; {} required, {} of them not issued yet";
    NoField => "(chưa phân lĩnh vực)", "(no field)";
    LMonth => "Tháng", "Month";
    LCount => "Số việc", "Count";
    LTotal => "Cộng", "Total";
    LIssued => "Đã ban hành", "Issued";
    LRequired => "Phải ban hành", "Required";
    // ===== month/year reports, documents (docx, html), submissions, search =====
    DocTitle => "BÁO CÁO", "REPORT";
    DocSummaryMonth => "kết quả công tác {} và nhiệm vụ trọng tâm {}", "work done in {} and priorities for {}";
    DocSummaryReview => "Kết quả thực hiện nhiệm vụ từ ngày {} đến nay; văn bản, chính sách làm căn cứ; việc các cơ quan, đơn vị chưa thực hiện", "Work done since {}; the documents and policies it rests on; work agencies have not yet carried out";
    DocPeriodName => "kỳ từ ngày {} đến ngày {}", "the period from {} to {}";
    DocClosing => "Trên đây là báo cáo kết quả công tác {} của tôi, kính báo cáo Lãnh đạo xem xét, chỉ đạo./.", "This concludes my report on {}, submitted for the leadership's consideration and direction./.";
    DocRecipients1 => "Như trên;", "As above;";
    DocRecipients2 => "Lưu: VT.", "File: archive.";
    DocNumber => "Số:       /{}", "No.:       /{}";
    // ----- issue 11 -----
    DocNothing => "Không có.", "None.";
    DocNation => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM";
    DocMotto => "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness";
    DocTo => "Kính gửi: {}.", "To: {}.";
    DocToDefault => "Lãnh đạo {}", "The leadership of {}";
    DocRecipientsTitle => "Nơi nhận:", "Recipients:";
    DocMissingPerson => "cảnh báo: cấu hình chưa có {}; báo cáo để trống các chỗ đó", "warning: the config has no {}; the document leaves those places blank";
    DocMissingPersonHint => "gợi ý: worklog init --name \"Nguyễn Văn A\" --title \"Chuyên viên\" --org \"Văn phòng UBND tỉnh\" --place \"Bà Rịa - Vũng Tàu\" (parent_org, symbol: mục [person] của config.toml; report.to: mục [report])", "hint: worklog init --name \"Nguyễn Văn A\" --title \"Specialist\" --org \"Provincial People's Committee Office\" --place \"Bà Rịa - Vũng Tàu\" (parent_org, symbol: [person] in config.toml; report.to: [report])";
    DocYearName => "năm {}", "the year {}";
    DocCovered => "từ ngày {} đến ngày {}", "from {} to {}";
    DocIntroSelf => "thực hiện nhiệm vụ được giao, tôi{} xin báo cáo kết quả công tác {} như sau:", "as assigned, I{} report on my work in {} as follows:";
    DocAmended => "Bản báo cáo này đã được cập nhật và thay thế bản đã gửi ngày {} ({} kể từ khi gửi).", "This version has been updated and replaces the one submitted on {} ({} since it was submitted).";
    DocNChanges => "thay đổi", "change|changes";
    DocNEntries => "việc", "piece of work|pieces of work";
    DocNWorkingDays => "ngày làm việc", "working day|working days";
    DocNTasks => "nhiệm vụ", "task|tasks";
    DocNDays => "ngày", "day|days";
    DocNFollowups => "việc", "item|items";
    DocNContingencies => "phương án dự phòng", "contingency plan|contingency plans";
    DocNDocuments => "văn bản", "document|documents";
    DocAnd => "và", "and";
    DocPartResults => "Kết quả thực hiện nhiệm vụ", "Results";
    DocPartAssessment => "Đánh giá chung", "Assessment";
    DocPartNext => "Nhiệm vụ, giải pháp trọng tâm {}", "Priorities for {}";
    DocPartProposals => "Kiến nghị, đề xuất", "Proposals";
    DocEntriesSentence => "Trong kỳ, tôi đã thực hiện {} với tổng thời gian {}, có ghi chép công việc {} trên tổng số {}; trong đó {} việc theo kế hoạch và {} việc phát sinh (chiếm {}).", "In the period I carried out {} taking {} in all, with work logged on {} of {}; {} were planned and {} arose during the period ({}).";
    DocTasksSentence => "Tổng số {} được giao trong kỳ; đã hoàn thành {} (đúng hạn {}, quá hạn {}); đang thực hiện {} (quá hạn {}).", "{} were set for the period; {} were completed ({} on time, {} late); {} are in progress ({} overdue).";
    DocByKindTitle => "Kết quả theo từng lĩnh vực công việc", "Work by kind";
    DocKindLine => "{}: {}, thời gian {}, cụ thể:", "{}: {}, {}:";
    DocMoreEntries => "Và {} khác.", "And {} more.";
    DocDoneTitle => "Nhiệm vụ đã hoàn thành", "Tasks completed";
    DocDoneLate => "hoàn thành ngày {}, chậm so với hạn {} là {}", "completed on {}, after its due date {}, {} late";
    DocDoneOnTime => "hoàn thành ngày {}, đúng hạn (hạn {})", "completed on {}, on time (due {})";
    DocDoneOn => "hoàn thành ngày {}", "completed on {}";
    DocFollowTitle => "Theo dõi, đôn đốc các cơ quan, đơn vị", "Following up the agencies";
    DocFollowSentence => "Trong kỳ, các cơ quan, đơn vị đã hoàn thành {} được giao; còn {} việc chưa hoàn thành, trong đó {} việc quá hạn.", "In the period the agencies completed {} assigned to them; {} are not yet done, {} of them overdue.";
    DocOnDay => "ngày {}", "on {}";
    DocDue => "hạn {}", "due {}";
    DocNoDue => "chưa có hạn", "no due date";
    DocLate => "quá hạn {}", "{} late";
    DocUnitDone => "đã hoàn thành: {}", "completed: {}";
    DocUnitOpen => "chưa hoàn thành: {}", "not yet done: {}";
    DocObstaclesTitle => "Khó khăn, vướng mắc và giải pháp đề xuất", "Obstacles and the remedies proposed";
    DocObstacleLine => "{}: {} (phát sinh từ ngày {})", "{}: {} (since {})";
    DocObstacleProposal => "; đề xuất: {}", "; proposed: {}";
    DocObstacleRemedy => " (hình thức: {})", " (by {})";
    DocObstacleOf => "; vướng mắc: {}", "; obstacle: {}";
    DocContTitle => "Chuẩn bị và xử lý tình huống phát sinh", "Contingencies prepared and triggered";
    DocContSentence => "Đã chuẩn bị {}, trong đó {} tình huống đã xảy ra và được xử lý.", "Prepared: {}; situations that occurred and were handled: {}.";
    DocContNotTriggered => "chưa xảy ra", "has not occurred";
    DocContTriggered => "đã xảy ra ngày {}, kết quả: {}", "occurred on {}, outcome: {}";
    DocContTriggeredNoOutcome => "đã xảy ra ngày {}", "occurred on {}";
    DocDocsTitle => "Văn bản ban hành và văn bản làm căn cứ", "Documents issued and cited";
    DocDocsSentence => "Trong kỳ đã ban hành {}; còn {} văn bản phải ban hành nhưng chưa ban hành.", "{} were issued in the period; {} required documents are not yet issued.";
    DocDocIssued => "Đã ban hành {}{} ngày {}", "Issued {}{} on {}";
    DocDocCited => "Căn cứ {}{}", "Cited: {}{}";
    DocRatesSentence => "Tỷ lệ hoàn thành nhiệm vụ đạt {} ({}/{} nhiệm vụ); tỷ lệ hoàn thành đúng hạn đạt {} ({}/{} nhiệm vụ đã hoàn thành).", "{} of the tasks were completed ({} of {}); {} of those completed were on time ({} of {}).";
    DocChangeSentence => "So với {}: đã thực hiện {} ({}); thời gian {} ({}); hoàn thành {} ({}).", "Compared with {}: {} carried out ({}); {} spent ({}); {} completed ({}).";
    DocUnchanged => "không thay đổi", "unchanged";
    DocUp => "tăng {}", "up {}";
    DocDown => "giảm {}", "down {}";
    DocOverdueSentence => "Còn {} quá hạn:", "{} are overdue:";
    DocLateTask => "{}{}: hạn {}, quá hạn {}; {}.", "{}{}: due {}, {} late; {}.";
    DocWhy => "lý do: {}", "reason: {}";
    DocWhyUnknown => "chưa ghi nhận lý do", "no reason recorded";
    DocNextTasksTitle => "Nhiệm vụ theo kế hoạch", "Planned tasks";
    DocNextLateTitle => "Tiếp tục hoàn thành các nhiệm vụ quá hạn", "Overdue tasks to finish";
    DocFinishLate => "{} (hạn {}).", "{} (due {}).";
    DocNextFollowTitle => "Tiếp tục theo dõi, đôn đốc các cơ quan, đơn vị", "Follow-ups carried forward";
    DocMajorScheme => "Đề án", "major scheme";
    DocProposalLine => "{}, để tháo gỡ vướng mắc: {} ({}).", "{}, to resolve: {} ({}).";
    DocAppendixNo => "PHỤ LỤC {}", "APPENDIX {}";
    DocAppendixNote => "(Kèm theo Báo cáo số      /{} ngày {})", "(Attached to report no.      /{} of {})";
    DocAppendixKinds => "Kết quả công việc theo loại", "Work by kind";
    DocAppendixCounts => "Văn bản đã ban hành so với văn bản phải ban hành", "Documents issued against documents required";
    DocStt => "STT", "No.";
    DocHours => "Thời gian", "Time";
    DocSinceUntil => "từ ngày {} đến ngày {}", "from {} to {}";
    DocReviewIntro => "thực hiện yêu cầu của Lãnh đạo, tôi xin báo cáo kết quả thực hiện nhiệm vụ {} như sau:", "as the leadership asked, I report on my work {} as follows:";
    DocClosingReview => "Trên đây là báo cáo kết quả thực hiện nhiệm vụ {} của tôi, kính báo cáo Lãnh đạo xem xét, chỉ đạo./.", "This concludes my report on the work {}, submitted for the leadership's consideration and direction./.";
    DocPartReview1 => "Công việc đã thực hiện từ đầu năm; nhiệm vụ phải hoàn thành trước Tết", "Work done since the start of the year; tasks to finish before Tết";
    DocPartReview2 => "Văn bản, chính sách làm căn cứ", "The documents and policies the work rests on";
    DocPartReview3 => "Việc đã tham mưu giao nhưng các cơ quan, đơn vị chưa thực hiện", "Work assigned on my advice that agencies have not carried out";
    DocPartReview4 => "Văn bản đã ban hành so với văn bản phải ban hành", "Documents issued against documents required";
    DocReviewByMonth => "Công việc theo tháng", "Work by month";
    DocReviewDone => "Nhiệm vụ đã hoàn thành", "Tasks completed";
    DocReviewMustFinish => "Nhiệm vụ phải hoàn thành trước Tết Nguyên đán {} (đến ngày {})", "Tasks to finish before the Lunar New Year {} (by {})";
    DocMonthShort => "tháng {}/{}", "month {}/{}";
    DocMonthWork => "{}: {}, thời gian {} ({}).", "{}: {}, {} ({}).";
    DocMonthNothing => "{}: không có công việc được ghi chép.", "{}: no work logged.";
    DocMonthsNothing => "Từ {} đến {}: không có công việc được ghi chép.", "From {} to {}: no work logged.";
    DocNoField => "Chưa phân lĩnh vực", "No field";
    DocNotIssued => "chưa ban hành", "not yet issued";
    DocDrafter => "; đơn vị soạn thảo: {}", "; drafted by {}";
    DocCitedBy => "; được dẫn chiếu tại: {}", "; cited by: {}";
    DocAssigned => "giao ngày {}", "assigned on {}";
    DocCountsSentence => "Các văn bản phải ban hành: {}, đã ban hành {}, còn {} chưa ban hành; ngoài ra đã ban hành {} văn bản khác, cụ thể:", "Documents required: {}; {} issued and {} not yet issued; besides, {} other documents were issued, as follows:";
    DocCountLine => "{}: phải ban hành {}, đã ban hành {}, chưa ban hành {}; văn bản khác đã ban hành {}", "{}: {} required, {} issued, {} not yet issued; {} other documents issued";
    DocLevelField => "{}, lĩnh vực {}", "{}, {}";
    DocLevelNoField => "{}, chưa phân lĩnh vực", "{}, no field";
    DocIssuedDoc => "Văn bản số {} {} ({}): {}", "Document {} {} ({}): {}";
    DocLevelCentral => "Trung ương", "Central";
    DocLevelProvince => "Tỉnh", "Provincial";
    DocLevelOther => "Khác", "Other";
    DocNotIssuedCol => "Chưa ban hành", "Not yet issued";
    DocOtherIssued => "Văn bản khác đã ban hành", "Other documents issued";
    // ----- issue 12: the week, follow-ups and facts documents -----
    DocWeekName => "tuần từ ngày {} đến ngày {}", "the week from {} to {}";
    DocWeekNext => "tuần tới (từ ngày {} đến ngày {})", "the coming week ({} to {})";
    DocSummaryWeek => "kết quả công tác {} và nhiệm vụ trọng tâm tuần tới", "work done in {} and priorities for the coming week";
    DocWeekEntries => "Trong tuần, tôi đã thực hiện {}, trong đó {} việc theo kế hoạch và {} việc phát sinh (chiếm {}).", "In the week I carried out {}: {} planned and {} arising ({}).";
    DocWeekNoEntries => "Trong tuần chưa ghi chép công việc nào.", "No work was logged in the week.";
    DocWeekPlanSentence => "Kế hoạch tuần có {}, trong đó {}.", "The week's plan had {}: {}.";
    DocWeekPlanDone => "đã hoàn thành {}", "{} done";
    DocWeekPlanInProgress => "đang thực hiện {}", "{} in progress";
    DocWeekPlanNotDone => "chưa hoàn thành {}", "{} not done";
    DocWeekPlanCarried => "chuyển sang kỳ sau {}", "{} carried forward";
    DocWeekPlanDropped => "dừng thực hiện {}", "{} dropped";
    DocWeekLateTitle => "Nhiệm vụ chậm, quá hạn", "Overdue tasks";
    DocContNoneTriggered => "Đã chuẩn bị {}; chưa có tình huống nào xảy ra.", "Contingency plans prepared: {}; none of the situations occurred.";
    DocWeekNoPlan => "Tuần này không có nhiệm vụ theo kế hoạch.", "The week had no planned tasks.";
    DocWeekDoneTitle => "Nhiệm vụ theo kế hoạch đã hoàn thành", "Planned tasks completed";
    DocWeekOpenTitle => "Nhiệm vụ theo kế hoạch chưa hoàn thành", "Planned tasks not completed";
    DocWeekArisingTitle => "Công việc phát sinh", "Work that arose";
    DocWeekGoalsTitle => "Mục tiêu của tuần", "The week's goals";
    DocWeekGoalsSentence => "Đạt {}/{} mục tiêu đề ra.", "{} of the {} goals set were achieved.";
    DocGoalMet => "đã đạt", "achieved";
    DocGoalNotMet => "chưa đạt", "not achieved";
    DocItemInProgress => "đang thực hiện", "in progress";
    DocItemNotDone => "chưa hoàn thành", "not done";
    DocItemCarried => "chuyển sang {}", "carried to {}";
    DocItemCarriedLater => "chuyển sang kỳ sau", "carried forward";
    DocItemDropped => "dừng thực hiện", "dropped";
    DocPartProblems => "Tồn tại, hạn chế, khó khăn, vướng mắc", "Shortcomings and obstacles";
    DocAppendixWeek => "Kết quả thực hiện kế hoạch tuần", "The week's plan against its result";
    DocNUnits => "cơ quan, đơn vị", "agency|agencies";
    DocSummaryFollowups => "Tình hình thực hiện các nhiệm vụ giao các cơ quan, đơn vị chưa hoàn thành (tính đến ngày {})", "Work assigned to agencies and not yet completed (as of {})";
    DocFollowupsIntro => "thực hiện nhiệm vụ được giao theo dõi, đôn đốc các cơ quan, đơn vị, tôi{} xin báo cáo tình hình thực hiện các nhiệm vụ còn chưa hoàn thành tính đến ngày {} như sau:", "as assigned to follow up the agencies, I{} report on the work not yet completed as of {} as follows:";
    DocPartFollowups => "Tình hình thực hiện nhiệm vụ của các cơ quan, đơn vị", "The agencies' pending assignments";
    DocFollowupsSentence => "Tính đến ngày {}, còn {} giao {} chưa hoàn thành", "As of {}, {} assigned to {} are not completed";
    DocFollowupsOfWhich => "; trong đó {}", "; of them {}";
    DocFollowupsOverdue => "{} quá hạn", "{} overdue";
    DocNMajor => "Đề án", "major scheme|major schemes";
    DocFollowupsStale => "{} lâu chưa có thông tin cập nhật", "{} without news for a long time";
    DocFollowupsNone => "Tính đến ngày {}, các cơ quan, đơn vị không còn nhiệm vụ được giao chưa hoàn thành.", "As of {}, the agencies have no assigned work left to complete.";
    DocStaleNews => "lâu chưa có thông tin cập nhật", "no news for a long time";
    DocFormerly => "trước đây giao {}", "formerly assigned to {}";
    DocLastNote => "; tình hình: {}", "; latest: {}";
    DocObstacleTask => "{} (nhiệm vụ: {}): {} (phát sinh từ ngày {})", "{} (on: {}): {} (since {})";
    DocUrgeLine => "Đề nghị Lãnh đạo chỉ đạo {} khẩn trương hoàn thành: {}.", "That the leadership direct {} to complete without delay: {}.";
    DocClosingFollowups => "Trên đây là báo cáo tình hình thực hiện các nhiệm vụ giao các cơ quan, đơn vị tính đến ngày {} của tôi, kính báo cáo Lãnh đạo xem xét, chỉ đạo./.", "This concludes my report on the work assigned to agencies as of {}, submitted for the leadership's consideration and direction./.";
    DocAppendixFollowups => "Danh mục nhiệm vụ giao các cơ quan, đơn vị chưa hoàn thành", "Work assigned to agencies and not yet completed";
    DocColState => "Tình trạng", "State";
    DocOnTime => "trong hạn", "not yet due";
    DocColObstacle => "Khó khăn, vướng mắc; đề xuất", "Obstacles; proposals";
    DocSummaryFacts => "Một số thông tin cơ bản của ngành, lĩnh vực {}", "Key facts of the {} sector";
    DocSummaryFactsAll => "Một số thông tin cơ bản của các ngành, lĩnh vực được phân công theo dõi", "Key facts of the sectors I follow";
    DocFactsIntro => "thực hiện yêu cầu của Lãnh đạo, tôi{} xin báo cáo một số thông tin cơ bản của ngành, lĩnh vực được phân công theo dõi, tính đến ngày {}, như sau:", "as the leadership asked, I{} report the key facts of the sectors I follow, as of {}, as follows:";
    DocFactsField => "Lĩnh vực {}", "{}";
    DocFactsFigures => "Số liệu cơ bản", "Key figures";
    DocFactsDocs => "Văn bản đang có hiệu lực", "Documents in force";
    DocFactNoValue => "chưa có số liệu", "no figure yet";
    DocFactCompared => " (so với {} ngày {})", " (compared with {} on {})";
    DocFactComparedUndated => " (so với {} trước đây)", " (compared with {} before)";
    DocFactSource => "nguồn: {}", "source: {}";
    DocFactAsOf => "số liệu đến ngày {}", "as of {}";
    DocFactStale => "số liệu đã cũ, cần cập nhật", "out of date, to be updated";
    DocFactIssuer => " của {}", " by {}";
    DocClosingFacts => "Trên đây là một số thông tin cơ bản của ngành, lĩnh vực tính đến ngày {}, kính báo cáo Lãnh đạo./.", "This concludes the key facts of the sectors as of {}, for the leadership./.";
    DocNeedsFile => "định dạng docx là tệp nhị phân: cần -o TỆP", "docx is a binary file: give -o FILE";
    DocNeedsFileHint => "ví dụ: worklog report month --format docx -o bao-cao.docx", "e.g. worklog report month --format docx -o report.docx";
    DocWritten => "Đã ghi báo cáo vào {}", "Wrote the report to {}";
    RMonthTitle => "BÁO CÁO KẾT QUẢ CÔNG TÁC {} ({} – {})", "WORK REPORT {} ({} – {})";
    RPeriodMonth => "THÁNG {}", "FOR {}";
    RPeriodYear => "NĂM {}", "FOR THE YEAR {}";
    RPeriodOther => "KỲ {}", "FOR {}";
    RPerson => "{} · {} · {}", "{} · {} · {}";
    RIndicator => "Chỉ tiêu", "Indicator";
    RThis => "Kỳ này", "This period";
    RPrev => "Kỳ trước", "Previous";
    RChange => "Thay đổi", "Change";
    REntries => "Số việc đã ghi", "Entries";
    RDaysLogged => "Số ngày có ghi chép", "Days logged";
    RWorkingDays => "Số ngày làm việc", "Working days";
    RMinutes => "Số phút", "Minutes";
    RDuration => "Thời gian làm việc", "Time worked";
    RPlanned => "Việc theo kế hoạch", "Planned work";
    RArising => "Việc phát sinh", "Arising work";
    RArisingShare => "Tỷ lệ việc phát sinh", "Arising share";
    RTasksPlanned => "Nhiệm vụ trong kỳ", "Tasks in the period";
    RTasksDone => "Đã hoàn thành", "Done";
    RTasksOnTime => "Hoàn thành đúng hạn", "Done on time";
    RTasksOpen => "Đang thực hiện / chưa thực hiện", "Open";
    RTasksOverdue => "Quá hạn", "Overdue";
    RTasksStale => "Tồn đọng", "Stale";
    RTasksCarried => "Chuyển kỳ sau", "Carried over";
    RTasksDropped => "Dừng thực hiện", "Dropped";
    RCompletion => "Tỷ lệ hoàn thành", "Completion rate";
    RFollowOpen => "Việc giao đơn vị chưa xong", "Follow-ups open";
    RFollowDone => "Việc giao đơn vị đã xong trong kỳ", "Follow-ups done";
    RFollowOverdue => "Việc giao đơn vị quá hạn", "Follow-ups overdue";
    RBlockersRaised => "Khó khăn, vướng mắc phát sinh", "Blockers raised";
    RBlockersResolved => "Khó khăn, vướng mắc đã tháo gỡ", "Blockers resolved";
    RBlockersOpen => "Khó khăn, vướng mắc chưa tháo gỡ", "Blockers open";
    RContPrepared => "Phương án dự phòng đã chuẩn bị", "Contingencies prepared";
    RContTriggered => "Tình huống đã xảy ra", "Contingencies triggered";
    RDocsIssued => "Văn bản đã ban hành", "Documents issued";
    RDocsPending => "Văn bản phải ban hành, chưa ban hành", "Documents required, not yet issued";
    RByKind => "Theo loại công việc", "By kind of work";
    RByField => "Theo lĩnh vực", "By field";
    RByUnit => "Theo cơ quan, đơn vị", "By unit";
    RByTag => "Theo nhãn", "By tag";
    RCount => "Số việc", "Count";
    RDoneList => "Nhiệm vụ đã hoàn thành trong kỳ", "Tasks completed in the period";
    RFollowByUnit => "Việc giao các cơ quan, đơn vị", "Follow-ups by unit";
    ROpenBlockers => "Khó khăn, vướng mắc chưa tháo gỡ", "Open blockers";
    RContList => "Phương án dự phòng", "Contingencies";
    RDaily => "Số việc theo ngày", "Entries per day";
    RNone => "(chưa phân loại)", "(none)";
    ROnTime => "Đúng hạn", "On time";
    RAge => "Số ngày", "Age (days)";
    RProposal => "Đề xuất", "Proposal";
    RRemedy => "Hình thức", "Remedy";
    ROutcome => "Kết quả", "Outcome";
    RSituation => "Tình huống", "Situation";
    RResponse => "Phương án", "Response";
    RBreakdown => "Nhóm", "Breakdown";
    RSubmitted => "Đã nộp báo cáo {} lúc {}", "Submitted report {} at {}";
    RSubmittedAt => "Báo cáo kỳ này đã nộp lúc {}; thay đổi từ đó: {}", "This report was submitted at {}; changes since: {}";
    RNotSubmitted => "chưa nộp báo cáo {}", "no report for {} has been submitted";
    RNotSubmittedHint => "nộp bằng: worklog report month {} --submit", "submit it with: worklog report month {} --submit";
    RAmendments => "Thay đổi sau khi nộp", "Changes since submission";
    RChangeKind => "Loại thay đổi", "Change";
    RWhat => "Nội dung", "What";
    RAdded => "thêm", "added";
    RChanged => "sửa", "changed";
    RRemoved => "xóa", "removed";
    UndoSubmit => "nộp báo cáo {}", "submit report {}";
    RNotAYear => "'{}' không phải một năm (ví dụ: 2022)", "'{}' is not a year (e.g. 2022)";
    RRangeReversedHint => "ngày đầu viết trước: worklog report range {} {}", "put the first day first: worklog report range {} {}";
    RFormatNotFor => "định dạng {} không dùng được cho lệnh này", "the format {} is not available for this command";
    RFormatNotForHint => "dùng --format table, md, csv hoặc json", "use --format table, md, csv or json";
    RNeedsOutput => "định dạng {} cần tệp đầu ra", "the format {} needs an output file";
    RNeedsOutputHint => "thêm -o TỆP, ví dụ: -o bao-cao.{}", "add -o FILE, e.g. -o report.{}";
    SearchEmpty => "câu tìm kiếm trống", "the search query is empty";
    SearchEmptyHint => "gõ một vài từ, ví dụ: worklog search tham muu", "type a few words, e.g. worklog search tham muu";
    SearchCount => "Tìm thấy {} mục", "{} found";
    SearchLimited => "{} kết quả đầu tiên (thêm --limit 0 để xem tất cả)", "the first {} results (add --limit 0 to see all)";
    // ===== export, backup and check =====
    BackupNothing => "chưa có cơ sở dữ liệu {}: chưa có gì để sao lưu", "there is no database at {} yet: nothing to back up";
    BackupNothingHint => "ghi việc đầu tiên (worklog add …) hoặc chọn tệp khác bằng --db", "log something first (worklog add …) or choose another file with --db";
    BackupExists => "tệp {} đã có; không ghi đè", "the file {} already exists; it is not overwritten";
    BackupExistsHint => "chọn tên tệp khác, hoặc bỏ tên tệp để dùng thư mục backups mặc định", "choose another file name, or give none to use the default backups folder";
    BackupDone => "Đã sao lưu vào {} ({} byte, {} bản ghi)", "Backed up to {} ({} bytes, {} records)";
    BackupWould => "Sẽ sao lưu {} vào {}", "Would back up {} to {}";
    BackupCheckHint => "chạy: worklog check", "run: worklog check";
    CheckMissing => "chưa có cơ sở dữ liệu {}: chưa có gì để kiểm tra", "there is no database at {} yet: nothing to check";
    CheckMissingHint => "worklog init tạo cơ sở dữ liệu", "worklog init creates the database";
    CheckPath => "Cơ sở dữ liệu: {}", "Database: {}";
    CheckSchema => "Phiên bản lược đồ: {}", "Schema version: {}";
    CheckOlder => "Lược đồ phiên bản {} cũ hơn phiên bản {}: lệnh ghi tiếp theo sẽ nâng cấp (có giữ bản sao .bak-v{})", "Schema version {} is older than version {}: the next command that writes upgrades it (keeping a copy .bak-v{})";
    CheckNewer => "lược đồ phiên bản {} mới hơn phiên bản {} mà chương trình này hiểu", "schema version {} is newer than version {} that this program understands";
    CheckOkLine => "Tính toàn vẹn: tốt", "Integrity: ok";
    CheckDamagedLine => "Tính toàn vẹn: HỎNG — các lỗi tìm thấy:", "Integrity: DAMAGED — problems found:";
    CheckMore => "… và {} lỗi khác (xem --format json)", "… and {} more (see --format json)";
    CheckCounts => "Bản ghi: {}", "Records: {}";
    CheckNoRecords => "Bản ghi: chưa có", "Records: none yet";
    CheckNotWorklog => "tệp là SQLite nhưng không phải cơ sở dữ liệu worklog (không có bảng records)", "the file is SQLite but not a worklog database (no records table)";
    CheckForeignKey => "khóa ngoại hỏng: bảng {} dòng {} trỏ tới {} không tồn tại", "broken foreign key: table {} row {} points to a missing {}";
    CheckLinkIndex => "chỉ mục đơn vị, thẻ của báo cáo tháng lệch: thiếu {} dòng, thừa {} dòng", "the month report's unit and tag index is out of step: {} rows missing, {} rows left over";
    CheckSearchIndex => "chỉ mục tìm kiếm lệch: thiếu {} bản ghi, thừa {} dòng", "the search index is out of step: {} records missing, {} rows left over";
    CheckBackups => "Các bản sao lưu tìm thấy (mới nhất trước):", "Backups found (newest first):";
    CheckBackupLine => "  {}  ({} byte, {})", "  {}  ({} bytes, {})";
    CheckNoBackups => "Không tìm thấy bản sao lưu tự động nào (worklog backup tạo bản sao lưu)", "No automatic backups found (worklog backup makes one)";
    CheckRestoreHow => "Để khôi phục: worklog check --restore TỆP", "To restore: worklog check --restore FILE";
    CheckFailed => "cơ sở dữ liệu {} bị hỏng (xem ở trên); tệp không bị thay đổi", "the database {} is damaged (see above); the file was not changed";
    CheckFailedHint => "khôi phục từ bản sao lưu mới nhất: worklog check --restore {}", "restore from the newest backup: worklog check --restore {}";
    CheckFailedNoBackupHint => "không có bản sao lưu; hãy giữ lại tệp này và thử: sqlite3 {} .recover", "there is no backup; keep this file and try: sqlite3 {} .recover";
    CheckNewerFailed => "không kiểm tra được {} bằng phiên bản này; tệp không bị thay đổi", "cannot check {} with this version; the file was not changed";
    RestoreMissing => "không có tệp sao lưu {}", "there is no backup file {}";
    RestoreBad => "{} không dùng để khôi phục được: {}", "{} cannot be restored from: {}";
    RestoreBadHint => "chọn bản sao lưu khác trong danh sách của: worklog check", "choose another backup from the list of: worklog check";
    RestoreBusy => "một tiến trình worklog khác đang ghi vào {}; chưa khôi phục gì", "another worklog process is writing to {}; nothing was restored";
    RestoreDone => "Đã khôi phục {} từ {}", "Restored {} from {}";
    RestoreAside => "Tệp cũ được giữ lại tại {}", "The old file is kept at {}";
    RestoreWould => "Sẽ khôi phục {} từ {} (tệp cũ giữ lại tại {})", "Would restore {} from {} (the old file kept at {})";
    RestoreCounts => "Bản sao lưu: lược đồ phiên bản {}, {} bản ghi", "The backup: schema version {}, {} records";
    // ----- issue 16 -----
    CheckHealthyReadOnly => "cơ sở dữ liệu {} không hỏng, nhưng tệp, thư mục hoặc ổ đĩa của nó không cho ghi: các lệnh chỉ đọc vẫn dùng được, các lệnh ghi sẽ không chạy", "the database {} is not damaged, but its file, folder or disk does not allow writing: commands that only read work, commands that write will fail";
    CheckHealthyDiskFull => "cơ sở dữ liệu {} không hỏng, nhưng ổ đĩa đã đầy: các lệnh ghi sẽ không chạy; không có gì bị mất", "the database {} is not damaged, but the disk is full: commands that write will fail; nothing was lost";
    MigrateMissing => "chưa có cơ sở dữ liệu {}: không có gì để nâng cấp", "there is no database at {} yet: nothing to upgrade";
    MigrateUpToDate => "{} đã ở phiên bản lược đồ {}, không cần nâng cấp", "{} is already at schema version {}; nothing to upgrade";
    MigrateWould => "Sẽ nâng cấp {} từ phiên bản lược đồ {} lên {} (có giữ bản sao trước)", "Would upgrade {} from schema version {} to {} (keeping a copy first)";
    MigrateDone => "Đã nâng cấp {} từ phiên bản lược đồ {} lên {}; bản sao trước khi nâng cấp: {}", "Upgraded {} from schema version {} to {}; the copy from before: {}";
    MigrateDoneNoCopy => "Đã nâng cấp {} từ phiên bản lược đồ {} lên {}", "Upgraded {} from schema version {} to {}";
    ExportCsvOnly => "{} chỉ dùng với --format csv", "{} goes with --format csv only";
    ExportCsvOnlyHint => "--format json (mặc định) luôn xuất toàn bộ cơ sở dữ liệu; --format csv --what nhat-ky|nhiem-vu|van-ban|thong-tin [KỲ] xuất một loại bản ghi", "--format json (the default) always exports the whole database; --format csv --what entries|tasks|docs|facts [PERIOD] exports one kind of record";
    ExportBadFormat => "export chỉ ghi dạng json, csv hoặc xlsx, không ghi {}", "export writes json, csv or xlsx, not {}";
    ExportNotJson => "{}: không phải tệp JSON hợp lệ: {}", "{}: not a valid JSON file: {}";
    ExportBadField => "{}: trường '{}' thiếu hoặc sai", "{}: the field '{}' is missing or wrong";
    ExportFormatHint => "tệp phải do worklog export tạo ra, ví dụ: worklog export -o worklog.json", "the file must come from worklog export, e.g. worklog export -o worklog.json";
    ExportUnknownFormat => "{}: không phải bản xuất của worklog (format = {})", "{}: not a worklog export (format = {})";
    ExportUnknownVersion => "{}: chưa đọc được bản xuất phiên bản {} (chương trình này đọc phiên bản {})", "{}: export version {} is not supported (this program reads version {})";
    ExportSchemaNewer => "{}: bản xuất từ cơ sở dữ liệu phiên bản {}, mới hơn phiên bản {} của chương trình này", "{}: the export comes from database version {}, newer than this program's version {}";
    ExportSchemaNewerHint => "cập nhật worklog rồi nhập lại", "update worklog, then import again";
    ExportUnknownTable => "{}: bảng '{}' không có trong cơ sở dữ liệu", "{}: unknown table '{}'";
    ExportUnknownColumn => "{}: bảng '{}' không có cột '{}'", "{}: the table '{}' has no column '{}'";
    ExportBadRow => "{}: bảng '{}', dòng {}: {}", "{}: table '{}', row {}: {}";
    ExportRowNotObject => "mỗi dòng phải là một đối tượng JSON", "each row must be a JSON object";
    ExportBadValue => "giá trị của cột '{}' phải là số, chuỗi hoặc null", "the value of column '{}' must be a number, a string or null";
    ExportFkBroken => "{}: bảng '{}', dòng {} trỏ tới bản ghi không có trong tệp (bảng '{}')", "{}: table '{}', row {} refers to a record missing from the file (table '{}')";
    ImportNotEmpty => "{}: cơ sở dữ liệu đã có dữ liệu; bản xuất worklog chỉ nhập được vào cơ sở dữ liệu trống", "{}: the database already holds records; a worklog export is imported only into an empty database";
    ImportNotEmptyHint => "bắt đầu một tệp mới: worklog --db moi.db import {} --from worklog", "start a new file: worklog --db new.db import {} --from worklog";
    ImportedWorklog => "Đã nhập {} bản ghi từ {}", "Imported {} records from {}";
    ImportWorklogWould => "Sẽ nhập {} bản ghi từ {}", "Would import {} records from {}";
    UndoImportWorklog => "nhập bản xuất {}", "import of the export {}";
    // search: the ranking window
    SearchWindow => "{} kết quả tốt nhất trong {} mục khớp ghi gần đây nhất; còn nhiều mục khớp hơn: thêm kỳ hoặc thêm từ để thu hẹp, hoặc --limit 0 để xếp hạng tất cả", "the best {} of the {} most recently recorded matches; more records match: add a period or more words to narrow, or --limit 0 to rank them all";
    // ===== report merge; import from jrnl and taskwarrior =====
    MergeUnreadable => "{}: không đọc được tệp: {}", "{}: cannot read the file: {}";
    MergeNotJson => "{}: không phải tệp JSON: {}", "{}: not a JSON file: {}";
    MergeNotMonth => "{}: không phải báo cáo tháng của worklog ({})", "{}: not a worklog month report ({})";
    MergeHint => "mỗi tệp phải do worklog report month --format json -o TỆP tạo ra", "each file must come from worklog report month --format json -o FILE";
    MergeStdinTwice => "'-' (đầu vào chuẩn) chỉ dùng được một lần", "'-' (standard input) can be given only once";
    MergePeriods => "{} là kỳ {} ({}–{}), còn {} là kỳ {} ({}–{}): không tổng hợp các kỳ khác nhau", "{} covers {} ({}–{}) but {} covers {} ({}–{}): reports of different periods are not merged";
    MergePeriodsHint => "xuất lại báo cáo cùng một kỳ, ví dụ: worklog report month {} --format json -o TỆP", "export every report for the same period, e.g. worklog report month {} --format json -o FILE";
    MergeTitle => "Tổng hợp {} báo cáo · {}", "Roll-up of {} reports · {}";
    MergePeopleTitle => "Theo từng người", "By person";
    MergePerson => "Người báo cáo", "Person";
    MergeFile => "Tệp", "File";
    MergeNoName => "(không tên)", "(no name)";
    MergeTotal => "Tổng cộng", "Total";
    ImportItemError => "{}, {}, trường '{}': {}", "{}, {}, field '{}': {}";
    ImportOtherHint => "tệp jrnl: jrnl --export json > jrnl.json; tệp taskwarrior: task export > tasks.json", "a jrnl file: jrnl --export json > jrnl.json; a taskwarrior file: task export > tasks.json";
    ImportAtItem => "mục {}", "item {}";
    ImportAtLine => "dòng {}", "line {}";
    ImportMissingField => "thiếu", "missing";
    ImportBadValue => "'{}' không hợp lệ (dạng đúng: {})", "'{}' is not valid (expected: {})";
    ImportNotObject => "phải là một đối tượng JSON", "must be a JSON object";
    ImportedTasks => "Đã nhập {} nhiệm vụ từ {} (bỏ qua {} nhiệm vụ đã xóa hoặc mẫu lặp lại)", "Imported {} tasks from {} ({} deleted or recurring skipped)";
    ImportTasksWould => "Sẽ nhập {} nhiệm vụ từ {} (bỏ qua {} nhiệm vụ đã xóa hoặc mẫu lặp lại)", "Would import {} tasks from {} ({} deleted or recurring skipped)";
    UndoImportTasks => "nhập {} nhiệm vụ từ {}", "import {} tasks from {}";

    // ===== the command line: parser errors, help headings, the manual =====
    // ----- issue 13: the month report counts achieved goals -----
    DocGoalsSentence => "Đạt {}/{} mục tiêu đề ra trong các kế hoạch tuần, tháng của kỳ.", "{} of the {} goals set in the period's weekly and monthly plans were achieved.";

    ClapMissingArg => "thiếu {}", "missing {}";
    ClapMissingArgHint => "gõ: {}", "type: {}";
    ClapUnknownOption => "không có tùy chọn '{}' ở lệnh này", "there is no option '{}' here";
    ClapUnexpectedValue => "thừa '{}': lệnh này không nhận thêm giá trị", "unexpected '{}': this command takes no more values";
    ClapUnexpectedValueHint => "văn bản có dấu cách đặt trong ngoặc kép, ví dụ: {} \"…\"; xem: {} --help", "put text with spaces in quotes, e.g. {} \"…\"; see: {} --help";
    ClapDashValue => "để dùng '{}' làm giá trị, gõ '-- {}'", "to use '{}' as a value, type '-- {}'";
    ClapDidYouMean => "có phải ý bạn là '{}'? xem: {} --help", "did you mean '{}'? see: {} --help";
    ClapDidYouMeanShort => "có phải ý bạn là '{}'?", "did you mean '{}'?";
    ClapSeeHelp => "xem: {} --help", "see: {} --help";
    ClapUnknownCommand => "không có lệnh '{}'", "there is no command '{}'";
    ClapCommandsAre => "các lệnh: {}", "the commands are: {}";
    ClapMissingCommand => "'{}' cần một lệnh con", "'{}' needs a subcommand";
    ClapBadValue => "'{}' không phải giá trị hợp lệ của {}", "'{}' is not a valid value for {}";
    ClapPossibleValues => "chọn một trong: {}", "choose one of: {}";
    ClapBadValueReason => "'{}' không hợp lệ cho {}: {}", "'{}' is not valid for {}: {}";
    ClapConflict => "không dùng {} cùng với {}", "{} cannot be used with {}";
    ClapConflictHint => "bỏ một trong hai; xem: {} --help", "drop one of the two; see: {} --help";
    ClapNeedsValue => "{} cần một giá trị", "{} needs a value";
    ClapTooManyValues => "{} nhận tối đa {} giá trị", "{} takes at most {} values";
    ClapWrongValues => "{} nhận {} giá trị, đã gõ {}", "{} takes {} values, {} given";
    ClapNoEquals => "{} cần dấu '=' trước giá trị", "{} needs '=' before its value";
    ClapUsedTwice => "{} chỉ được dùng một lần", "{} can be given only once";
    ClapInvalidUtf8 => "một tham số không phải văn bản UTF-8 hợp lệ", "an argument is not valid UTF-8 text";
    ClapInvalidUtf8Hint => "gõ lại tham số đó trong một terminal dùng UTF-8 (ví dụ LANG=vi_VN.UTF-8)", "type that argument again in a UTF-8 terminal (e.g. LANG=en_US.UTF-8)";
    ClapOther => "dòng lệnh không đúng: {}", "the command line is not right: {}";
    HelpUsage => "Cách dùng", "Usage";
    HelpCommands => "Lệnh", "Commands";
    HelpArguments => "Tham số", "Arguments";
    HelpOptions => "Tùy chọn", "Options";
    HelpOptionsWord => "TÙY_CHỌN", "OPTIONS";
    HelpCommandWord => "LỆNH", "COMMAND";
    HelpFlagHelp => "In trợ giúp (-h: tóm tắt)", "Print help (see a summary with '-h')";
    HelpFlagVersion => "In phiên bản", "Print version";
    HelpSubcommand => "In trợ giúp của lệnh con", "Print the help of a subcommand";
    HelpPossible => "giá trị", "possible values";
    HelpDefault => "mặc định", "default";
    HelpAliases => "tên khác", "aliases";
    ManName => "TÊN", "NAME";
    ManSynopsis => "CÁCH DÙNG", "SYNOPSIS";
    ManDescription => "MÔ TẢ", "DESCRIPTION";
    ManOptions => "TÙY CHỌN", "OPTIONS";
    ManCommands => "LỆNH", "COMMANDS";
    ManExamples => "VÍ DỤ", "EXAMPLES";
    ManEnvironment => "BIẾN MÔI TRƯỜNG", "ENVIRONMENT";
    ManFiles => "TỆP", "FILES";
    ManExitStatus => "MÃ THOÁT", "EXIT STATUS";
    ManDates => "NGÀY THÁNG", "DATES";
    ManSeeAlso => "XEM THÊM", "SEE ALSO";
    ManEnvDb => "Tệp cơ sở dữ liệu (sau --db, trước khóa `db` của tệp cấu hình).", "The database file (after --db, before the config key `db`).";
    ManEnvConfig => "Tệp cấu hình (sau --config).", "The config file (after --config).";
    ManEnvToday => "Ngày được coi là hôm nay, dạng YYYY-MM-DD (để thử và để kiểm tra).", "The day taken as today, as YYYY-MM-DD (for trials and tests).";
    ManEnvNoColor => "Đặt bất kỳ giá trị nào (kể cả rỗng): không tô màu.", "Set to anything (even empty): no colours.";
    ManEnvLang => "Ngôn ngữ khi không có --lang và khóa `lang` của tệp cấu hình: vi… là tiếng Việt, còn lại là tiếng Anh.", "The language when there is no --lang and no config key `lang`: vi… is Vietnamese, anything else English.";
    ManFilesConfig => "Tệp cấu hình (mặc định).", "The config file (default).";
    ManFilesDb => "Cơ sở dữ liệu (mặc định); bản sao trước khi nâng cấp: worklog.db.bak-v<N>.", "The database (default); the copy made before a migration: worklog.db.bak-v<N>.";
    ManExit0 => "thành công", "success";
    ManExit1 => "lỗi cơ sở dữ liệu hoặc tệp (không có gì bị thay đổi)", "a database or file error (nothing was changed)";
    ManExit2 => "lệnh, tham số hoặc giá trị không đúng (không có gì bị thay đổi)", "a usage or input error (nothing was changed)";
    ManMorePages => "Mỗi lệnh có trang riêng: worklog man {}", "Each command has its own page: worklog man {}";
    // ----- issue 15 -----
    ImportSummaryMapped => "Chuyển đổi (trường của tệp → trường của worklog: số mục):", "Mapping (the file's field → worklog's field: items):";
    ImportSummaryDropped => "Không giữ được (trường: số mục, lý do):", "Not kept (field: items, why):";
    ImportSummaryNothingDropped => "Không bỏ sót trường nào.", "Nothing is dropped.";
    ImportJrnlTagsReread => "đọc lại từ nội dung bằng bộ phân tích của worklog: jrnl cắt ngắn thẻ viết ở dạng NFD", "read again from the text by worklog's parser: jrnl cuts tags written in NFD short";
    ImportEmpty => "{}: tệp không có mục nào; không nhập gì", "{}: the file holds nothing to import; nothing was imported";
    ImportFileTwice => "{}: tệp này đã được nhập lúc {} (tệp {}, dạng {})", "{}: this file was already imported at {} (as {}, format {})";
    ImportDuplicatesHint => "nếu vẫn muốn nhập lại: thêm --allow-duplicates", "to import it again anyway: add --allow-duplicates";
    ImportRecordsTwice => "{}: {} mục đã có trong sổ: {}", "{}: {} of its records are already in the book: {}";
    ImportLooksLike => "{} trông như tệp {}, không phải {}", "{} looks like a {} file, not {}";
    ImportLooksLikeHint => "dùng --from {} (hoặc bỏ --from để worklog tự nhận dạng)", "use --from {} (or leave --from out and worklog recognises it)";
    ImportWhere => "{} ({})", "{} ({})";
    ImportTwSkipped => "nhiệm vụ đã xóa hoặc mẫu lặp lại của taskwarrior, không nhập", "a deleted task or a recurring template, not imported";
    ImportTwInternal => "taskwarrior tự tính hoặc dùng riêng", "taskwarrior computes or keeps it for itself";
    ImportTwUnknown => "worklog không có trường tương ứng", "worklog has no such field";
    ImportTwNoPriority => "worklog không phân biệt \"không có mức ưu tiên\": ghi là normal như M", "worklog has no \"no priority\": taken as normal, like M";
    ImportTwNote => "taskwarrior: {}", "taskwarrior: {}";
    ImportTwDependsOn => "chờ {}", "depends on {}";
    ImportBadEncoding => "{}: không đọc được tệp theo bảng mã {}", "{}: the file cannot be read as {}";
    ImportSaveAsUtf8 => "trong Excel: Tệp → Lưu thành → chọn \"CSV UTF-8 (Comma delimited) (*.csv)\", rồi nhập tệp mới", "in Excel: File → Save As → choose \"CSV UTF-8 (Comma delimited) (*.csv)\", then import the new file";
    ImportRowNumber => "số thứ tự của dòng, worklog tự đánh số", "a row number; worklog numbers its records itself";
    ImportBadTime => "giờ '{}' không hợp lệ (dạng đúng: 23:45)", "the time '{}' is not valid (expected: 23:45)";
    XlsxNeedsFile => "định dạng xlsx là tệp nhị phân: cần -o TỆP", "xlsx is a binary file: give -o FILE";
    ImportSheetError => "{}, trang tính '{}', dòng {}, cột '{}': {}", "{}, sheet '{}', row {}, column '{}': {}";
    ImportNotXlsx => "{}: không đọc được tệp Excel: {}", "{}: cannot read the Excel file: {}";
    ImportNoSheet => "{}: không có trang tính '{}' (các trang: {})", "{}: there is no sheet '{}' (the sheets: {})";
    ImportNoHeader => "{}, trang tính '{}': không thấy dòng tiêu đề có cột Ngày và Nội dung", "{}, sheet '{}': no header row with the columns Ngày (date) and Nội dung (text)";
    ImportNoHeaderHint => "dòng tiêu đề nêu tên các cột, ví dụ: STT | Ngày | Nội dung | Loại | Lĩnh vực | Đơn vị | Ghi chú", "the header row names the columns, e.g. STT | Ngày | Nội dung | Loại | Lĩnh vực | Đơn vị | Ghi chú (or date | text | kind | field | unit | note)";
    ImportSheetSkipped => "trang tính không có dòng tiêu đề Ngày, Nội dung: bỏ qua", "a sheet without a header row of Ngày and Nội dung: skipped";
    ImportSheetNotXlsx => "--sheet chỉ dùng với tệp Excel; {} là tệp {}", "--sheet goes with an Excel work book; {} is a {} file";
    MergeTwice => "{} là báo cáo của cùng một người với {} ({}): mỗi người chỉ một tệp", "{} is the same person's report as {} ({}): one file per person";
    MergeTwiceHint => "bỏ một trong hai tệp khỏi lệnh", "leave one of the two files out";
    MergeDaysLogged => "Ngày có ghi / ngày làm việc", "Days logged / working days";
    ImportColumnNo => "cột {} không có tiêu đề", "column {} without a header";
    ImportCellError => "ô lỗi của Excel ({})", "an Excel error cell ({})";
    XlsxNeedsFileHint => "ví dụ: worklog log month --format xlsx -o nhat-ky.xlsx", "e.g. worklog log month --format xlsx -o log.xlsx";
    // ----- issue 12 -----
    KConsultation => "xin ý kiến", "consultation";
    KProposal => "đề xuất", "proposal";
    ConsultOpen => "chưa xin ý kiến", "not yet consulted";
    ConsultAgreed => "đã thống nhất", "agreed";
    ConsultNotAgreed => "chưa thống nhất", "not agreed";
    ConsultRevise => "cần chỉnh sửa", "to revise";
    LLeader => "Lãnh đạo", "Leader";
    LFor => "Cho ngày", "For";
    LOpinion => "Ý kiến", "Opinion";
    LAnsweredOn => "Ngày cho ý kiến", "Answered on";
    LConcerns => "Liên quan", "Concerns";
    LCreatedTasks => "Nhiệm vụ đã giao", "Tasks created";
    ConsultCount => "{} nội dung xin ý kiến", "{} consultation(s)";
    ConsultAdded => "Đã ghi nội dung xin ý kiến #{} · {}", "Added consultation #{} · {}";
    ConsultAddedFor => "Đã ghi nội dung xin ý kiến #{} · {} · cho {}", "Added consultation #{} · {} · for {}";
    ConsultAnswered => "Đã ghi ý kiến lãnh đạo về #{}: {}", "Recorded the leader's opinion on #{}: {}";
    ConsultAnsweredTasks => "Đã ghi ý kiến lãnh đạo về #{}: {}; giao {} nhiệm vụ: {}", "Recorded the leader's opinion on #{}: {}; {} task(s) created: {}";
    ConsultTaskNote => "giao theo ý kiến của {} về nội dung xin ý kiến #{}", "assigned on the opinion of {} on consultation #{}";
    ConsultNeedsLeader => "chưa nêu lãnh đạo cần xin ý kiến", "which leader to consult is missing";
    UnknownLeader => "không có lãnh đạo '{}' trong mục [leaders] của tệp cấu hình", "there is no leader '{}' under [leaders] in the config file";
    LeadersKnownHint => "dùng --leader với một trong: {}", "use --leader with one of: {}";
    LeadersCloseHint => "có phải ý bạn là: {}?", "did you mean: {}?";
    LeadersNoneHint => "thêm vào tệp cấu hình (xem: worklog config) mục [leaders], ví dụ: pct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"", "add to the config file (see: worklog config) a [leaders] table, e.g. pct-tuan = \"Phó Chủ tịch UBND tỉnh Trần Anh Tuấn\"";
    ConsultConcernsKind => "#{} là {}: nội dung xin ý kiến chỉ liên kết với nhiệm vụ hoặc mục nhật ký (văn bản: --doc SỐ)", "#{} is a {}: a consultation links only to tasks or entries (documents: --doc NUMBER)";
    ConsultNeedsOpinion => "chưa ghi ý kiến của lãnh đạo", "the leader's opinion is missing";
    ConsultNeedsOpinionHint => "ví dụ: worklog consult answer {} --opinion \"Đồng ý\" --agreed", "e.g. worklog consult answer {} --opinion \"Agreed\" --agreed";
    ConsultAlreadyAnswered => "#{} đã có ý kiến của lãnh đạo ngày {}", "#{} already has the leader's opinion, given on {}";
    ConsultTaskOptsCount => "có {} giá trị {} cho {} nhiệm vụ", "{} values of {} for {} task(s)";
    ConsultTaskOptsHint => "cho {} một giá trị dùng chung, hoặc mỗi --task một giá trị theo thứ tự", "give {} once for every task, or once per --task, in order";
    ConsultTaskOptsAlone => "--due và -u đi kèm --task \"Tên nhiệm vụ\"", "--due and -u go with --task \"Task title\"";
    UndoConsultAdd => "ghi nội dung xin ý kiến #{}", "add consultation #{}";
    UndoConsultAnswer => "ghi ý kiến lãnh đạo về #{}", "record the opinion on #{}";
    StatusConsultations => "Xin ý kiến lãnh đạo trước cuộc họp (3 ngày làm việc tới)", "To clear with a leader before the meeting (next 3 working days)";
    FactsBriefTitle => "Thông tin cơ bản của ngành", "The sector's key facts";
    FactsBriefNone => "chưa có thông tin cơ bản nào (thêm: worklog fact add)", "no facts yet (add one: worklog fact add)";
    FactsBriefField => "Thông tin cơ bản: {}", "Key facts: {}";
    FactsBriefDocs => "Văn bản đang có hiệu lực: {}", "Documents in force: {}";
    FactsBriefCompared => "so với {} ngày {}", "compared with {} on {}";
    FactsBriefStale => "cũ", "stale";
    // ----- issue 14.6: formats a command has, colour -----
    FormatNotHere => "lệnh '{}' không xuất được định dạng {}", "'{}' has no {} output";
    FormatNotHereHint => "các định dạng của lệnh này: {} (bỏ --format để xem bảng)", "its formats: {} (leave --format out for the table)";
    ManEnvClicolorForce => "Đặt giá trị khác 0: vẫn tô màu bảng khi đầu ra không phải terminal (NO_COLOR được ưu tiên).", "Set to anything but 0: colour tables even when the output is not a terminal (NO_COLOR wins).";
    ManEnvTerm => "dumb: không tô màu.", "dumb: no colours.";
    ProposalPending => "chờ quyết định", "pending";
    ProposalAccepted => "được chấp thuận", "accepted";
    ProposalRejected => "không được chấp thuận", "not accepted";
    ProposalScheme => "đề án", "scheme";
    ProposalPlain => "chỉ đạo, giao nhiệm vụ", "directive or assignment";
    LDecidedOn => "Ngày quyết định", "Decided on";
    LFacts => "Thông tin cơ bản", "Facts";
    ProposalCount => "{} đề xuất", "{} proposal(s)";
    ProposalAdded => "Đã ghi đề xuất ({}) #{} · {}", "Added proposal ({}) #{} · {}";
    ProposalDecidedLine => "Đã ghi: đề xuất #{} {}", "Recorded: proposal #{} {}";
    ProposalDecidedTasks => "Đã ghi: đề xuất #{} {}; giao {} nhiệm vụ: {}", "Recorded: proposal #{} {}; {} task(s) created: {}";
    ProposalTaskNote => "giao theo đề xuất được chấp thuận #{}", "assigned on accepted proposal #{}";
    ProposalFactKind => "#{} là {}: --fact nhận mã của một thông tin cơ bản", "#{} is a {}: --fact takes the id of a fact";
    ProposalFactHint => "xem mã các thông tin cơ bản: worklog fact list", "see the facts' ids: worklog fact list";
    ProposalDecided => "đề xuất #{} đã có quyết định: {} (ngày {})", "proposal #{} was already decided: {} (on {})";
    NotAProposal => "#{} là {} chứ không phải đề xuất", "#{} is a {}, not a proposal";
    ProposalListHint => "xem các đề xuất: worklog propose list", "list them with: worklog propose list";
    NotAConsultation => "#{} là {} chứ không phải nội dung xin ý kiến", "#{} is a {}, not a consultation";
    ConsultListHint => "xem các nội dung xin ý kiến: worklog consult list", "list them with: worklog consult list";
    ProposalDecidedHint => "nếu ghi nhầm, hoàn tác bằng: worklog undo", "if that was a mistake, revert it: worklog undo";
    ProposalDecidedBefore => "ngày {} trước ngày đề xuất #{} ({})", "{} is before proposal #{} was made ({})";
    BriefingDue => "hạn {}", "due {}";
    BriefingConsultTitle => "Nội dung xin ý kiến lãnh đạo", "Items cleared with a leader";
    BriefingConsultNone => "không có nội dung xin ý kiến cho tuần này", "no consultation for this week";
    BriefingConsultCounts => "{} đã thống nhất, {} chưa thống nhất, {} chưa xin ý kiến", "{} agreed, {} not agreed, {} not yet consulted";
    BriefingDaysLate => "Số ngày quá hạn", "Days late";
    BriefingOverdueTitle => "Cần xin ý kiến chỉ đạo: việc các đơn vị thực hiện quá hạn", "Needs direction: overdue follow-ups";
    BriefingOverdueNone => "không có việc quá hạn", "no overdue follow-ups";
    BriefingBlockersTitle => "Cần xin ý kiến chỉ đạo: khó khăn, vướng mắc", "Needs direction: open obstacles";
    BriefingBlockersNone => "không có khó khăn, vướng mắc đang chờ xử lý", "no open obstacles";
    BriefingProposalsTitle => "Đề xuất, kiến nghị", "Proposals";
    BriefingProposalsNone => "không có đề xuất đang chờ hoặc có quyết định trong tuần", "no proposal pending or decided this week";
    DocBriefTasks => " Nhiệm vụ được giao: {}.", " Tasks assigned: {}.";
    DocBriefWeek => "tuần từ ngày {} đến ngày {}", "the week of {} to {}";
    DocSummaryBriefing => "nội dung báo cáo tại cuộc họp giao ban ngày {}", "content for the leadership briefing of {}";
    DocBriefIntro => "thực hiện nhiệm vụ được giao, tôi{} xin báo cáo nội dung giao ban {} như sau:", "as assigned, I{} report for the leadership briefing, {}, as follows:";
    DocClosingBriefing => "Trên đây là nội dung báo cáo giao ban {} của tôi, kính trình Lãnh đạo xem xét, cho ý kiến chỉ đạo./.", "This concludes my briefing for {}, submitted for the leadership's consideration and direction./.";
    DocBriefCarriedTo => "chuyển sang {}", "carried to {}";
    DocBriefInProgress => "đang thực hiện", "in progress";
    DocBriefDropped => "không thực hiện", "dropped";
    DocPartBriefing1 => "Kết quả công tác trong tuần", "The week's results";
    DocBriefPlanSentence => "Kế hoạch tuần có {}: {}.", "The week's plan had {}: {}.";
    DocBriefNDone => "đã hoàn thành {}", "{} done";
    DocBriefNInProgress => "đang thực hiện {}", "{} in progress";
    DocBriefNNotDone => "chưa thực hiện {}", "{} not done";
    DocBriefNCarried => "chuyển sang kỳ sau {}", "{} carried to a later week";
    DocBriefNPlanned => "{} việc theo kế hoạch", "{} planned";
    DocBriefNArising => "{} việc phát sinh", "{} arising";
    DocBriefNoEntries => "Trong tuần chưa ghi chép công việc nào.", "No work was logged in the week.";
    DocBriefEntriesSentence => "Trong tuần, tôi đã thực hiện {}, trong đó {}.", "In the week I carried out {}: {}.";
    DocBriefGoalMet => "đạt", "achieved";
    DocBriefGoalNotMet => "chưa đạt", "not achieved";
    DocBriefDoneTitle => "Nhiệm vụ đã hoàn thành", "Tasks completed";
    DocBriefOpenTitle => "Nhiệm vụ chưa hoàn thành", "Tasks not completed";
    DocBriefArisingTitle => "Công việc phát sinh", "Arising work";
    DocBriefGoalsTitle => "Mục tiêu của tuần", "The week's goals";
    DocBriefForMeeting => ", cho cuộc họp ngày {}", ", for the meeting of {}";
    DocBriefNotConsulted => "{} – chưa xin ý kiến {}{}.", "{} – not yet cleared with {}{}.";
    DocBriefOpinion => "{}{} (ý kiến của {} {}): {}.", "{}{} (the opinion of {} {}): {}.";
    DocBriefMark => " – {}", " – {}";
    DocBriefRevise => "chưa thống nhất, cần chỉnh sửa", "not agreed, to revise";
    DocPartBriefing2 => "Nội dung xin ý kiến lãnh đạo trước khi báo cáo", "Items cleared with the leader";
    DocPartBriefing3 => "Nội dung cần xin ý kiến chỉ đạo", "Matters that need the leadership's direction";
    DocBriefOverdueTitle => "Nhiệm vụ các cơ quan, đơn vị thực hiện quá hạn", "Follow-ups overdue at the agencies";
    DocBriefLastNote => "; tình hình: {}", "; latest: {}";
    DocBriefOnTask => "; thuộc nhiệm vụ: {}", "; on the task: {}";
    DocBriefProposalUnits => " (giao {})", " (to {})";
    DocBriefReason => "; lý do: {}", "; reason: {}";
    DocBriefPending => "chờ Lãnh đạo quyết định", "awaiting the leadership's decision";
    DocBriefAccepted => "được Lãnh đạo chấp thuận ngày {}{}", "accepted by the leadership on {}{}";
    DocBriefRejected => "không được chấp thuận ngày {}{}", "not accepted on {}{}";
    DocPartBriefing4 => "Đề xuất, kiến nghị", "Proposals";
    RProposalsMade => "Đề xuất chỉ đạo, đề án", "Proposals made";
    RProposalsAccepted => "Đề xuất được chấp thuận", "Proposals accepted";
    RProposalsRejected => "Đề xuất không được chấp thuận", "Proposals not accepted";
    RProposalsPending => "Đề xuất chờ quyết định", "Proposals pending";
    DocNProposals => "nội dung", "proposal|proposals";
    DocProposalsMade => "Trong kỳ, tôi đã đề xuất {}{}", "In the period I made {}{}";
    DocProposalsSchemes => " (trong đó {} đề án)", " ({} of them schemes)";
    DocProposalsNone => "Trong kỳ, tôi không có đề xuất mới", "I made no new proposal in the period";
    DocPropAccepted => "được chấp thuận {}", "{} accepted";
    DocPropAcceptedTasks => "được chấp thuận {} (giao {} nhiệm vụ)", "{} accepted ({} tasks assigned)";
    DocPropRejected => "không được chấp thuận {}", "{} not accepted";
    DocPropPending => "còn {} đề xuất chờ Lãnh đạo quyết định", "{} awaiting the leadership's decision";
    ReviewProposals => "Đề xuất chỉ đạo, giao nhiệm vụ, đề án từ ngày {}", "Proposed directives, assignments and schemes since {}";
    ReviewProposalsCounts => "{} đề xuất ({} đề án): {} được chấp thuận, {} không được chấp thuận, {} chờ quyết định", "{} proposal(s) ({} schemes): {} accepted, {} not accepted, {} pending";
    DocReviewProposals => "Từ ngày {}, tôi đã đề xuất {}{}: {}, cụ thể:", "Since {} I made {}{}: {}, as follows:";
    UndoProposalAdd => "ghi đề xuất #{}", "add proposal #{}";
    UndoProposalAccept => "ghi đề xuất #{} được chấp thuận", "record proposal #{} accepted";
    UndoProposalReject => "ghi đề xuất #{} không được chấp thuận", "record proposal #{} not accepted";
    // ===== shell completion (src/complete.rs) =====
    CompleteUnknownShell => "COMPLETE={}: không có cách tự hoàn thành lệnh cho shell này", "COMPLETE={}: there is no completion for this shell";
    CompleteUnknownShellHint => "dùng COMPLETE=bash, zsh, fish, powershell hoặc elvish; hay chạy: worklog completions bash", "use COMPLETE=bash, zsh, fish, powershell or elvish; or run: worklog completions bash";
    CompleteRetired => "ngừng hoạt động từ {}", "retired on {}";
    CompleteTagUses => "dùng {} lần", "used {} times";
    CompleteTagOnce => "dùng 1 lần", "used once";
    CompleteGoalDone => "đánh dấu một mục tiêu đã đạt: done MÃ", "mark a goal achieved: done ID";
}

static DRY_RUN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Set once per process for `--dry-run`: the messages saying what was written then say
/// what would be written ("Đã ghi" → "Sẽ ghi"), since nothing is.
pub fn set_dry_run(on: bool) {
    DRY_RUN.store(on, Ordering::Relaxed);
}

/// A message saying what was written, as a dry run says it: what would be written. Other
/// messages are themselves.
pub fn would(m: M) -> M {
    match m {
        M::Saved => M::WouldSaved,
        M::Updated => M::WouldUpdated,
        M::Removed => M::WouldRemoved,
        M::UnitAdded => M::WouldUnitAdded,
        M::FieldAdded => M::WouldFieldAdded,
        M::TaskAdded => M::WouldTaskAdded,
        M::TaskAssigned => M::WouldTaskAssigned,
        M::TaskStarted => M::WouldTaskStarted,
        M::TaskDone => M::WouldTaskDone,
        M::TaskDropped => M::WouldTaskDropped,
        M::TaskNoted => M::WouldTaskNoted,
        M::TaskMoved => M::WouldTaskMoved,
        M::TaskReopened => M::WouldTaskReopened,
        M::GoalDone => M::WouldGoalDone,
        M::PlanCreated => M::WouldPlanCreated,
        M::PlanCarried => M::WouldPlanCarried,
        M::PlanDroppedOld => M::WouldPlanDroppedOld,
        M::GoalAdded => M::WouldGoalAdded,
        M::PlanClosed => M::WouldPlanClosed,
        M::ContingencyAdded => M::WouldContingencyAdded,
        M::ContingencyTriggered => M::WouldContingencyTriggered,
        M::ContingencyClosedMsg => M::WouldContingencyClosedMsg,
        M::BlockerAdded => M::WouldBlockerAdded,
        M::BlockerResolved => M::WouldBlockerResolved,
        M::DocAdded => M::WouldDocAdded,
        M::DocIssuedLine => M::WouldDocIssuedLine,
        M::FactAdded => M::WouldFactAdded,
        M::ConsultAdded => M::WouldConsultAdded,
        M::ConsultAddedFor => M::WouldConsultAddedFor,
        M::ConsultAnswered => M::WouldConsultAnswered,
        M::ConsultAnsweredTasks => M::WouldConsultAnsweredTasks,
        M::RSubmitted => M::WouldRSubmitted,
        M::UnitRetired => M::WouldUnitRetired,
        M::InitConfigWritten => M::WouldInitConfigWritten,
        M::InitDbCreated => M::WouldInitDbCreated,
        M::InitConfigUpdated => M::WouldInitConfigUpdated,
        M::Undone => M::WouldUndone,
        M::ImportedWorklog => M::WouldImportedWorklog,
        M::ImportedTasks => M::WouldImportedTasks,
        M::UnitRetiredInto => M::WouldUnitRetiredInto,
        M::RestoreDone => M::WouldRestoreDone,
        M::MigrateDone => M::WouldMigrateDone,
        M::MigrateDoneNoCopy => M::WouldMigrateDoneNoCopy,
        m => m,
    }
}

/// Renders a message in the process language, filling `{}` placeholders in order.
pub fn t(m: M, args: &[&dyn Display]) -> String {
    let m = if DRY_RUN.load(Ordering::Relaxed) {
        would(m)
    } else {
        m
    };
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

/// A length of time as people say it: `1 giờ 30 phút`, `45 phút`, `2 giờ` /
/// `1 h 30 min`, `45 min`, `2 h`. Tables, Markdown and documents show this; JSON and CSV
/// keep the minutes.
pub fn duration(minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let (hours, mins) = match lang() {
        Lang::Vi => ("giờ", "phút"),
        Lang::En => ("h", "min"),
    };
    match (h, m) {
        (0, m) => format!("{m} {mins}"),
        (h, 0) => format!("{h} {hours}"),
        (h, m) => format!("{h} {hours} {m} {mins}"),
    }
}

/// A stored RFC 3339 time stamp in the local time zone (`TZ`), to the minute:
/// `05/12/2022 21:08` / `2022-12-05 21:08`. A text that is not a stamp is returned as it
/// is.
pub fn stamp(rfc3339: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(rfc3339) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            format!("{} {}", date(local.date_naive()), local.format("%H:%M"))
        }
        Err(_) => rfc3339.to_string(),
    }
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

    /// The words spelt with the tone mark on the second vowel of an open `oa`, `oe` or
    /// `uy` ("xoá", "hoà", "tuỳ"), where the convention puts it on the first ("xóa",
    /// "hòa", "tùy"); `qu` + `y` ("quý") is one sound and is left alone.
    fn other_spelling(text: &str) -> Vec<String> {
        const SECOND: &[(char, &str)] = &[('o', "àáảãạèéẻẽẹ"), ('u', "ỳýỷỹỵ")];
        let chars: Vec<char> = text.chars().collect();
        let mut found = Vec::new();
        for i in 1..chars.len() {
            let (first, mark) = (chars[i - 1].to_lowercase().next(), chars[i].to_lowercase().next());
            let (Some(first), Some(mark)) = (first, mark) else {
                continue;
            };
            let second = SECOND
                .iter()
                .any(|(f, marks)| *f == first && marks.contains(mark));
            let open = chars.get(i + 1).is_none_or(|c| !c.is_alphabetic());
            let after_q = i >= 2 && chars[i - 2].eq_ignore_ascii_case(&'q');
            if second && open && !after_q {
                let start = chars[..i]
                    .iter()
                    .rposition(|c| !c.is_alphabetic())
                    .map_or(0, |p| p + 1);
                found.push(chars[start..=i].iter().collect());
            }
        }
        found
    }

    #[test]
    fn the_spelling_convention_is_hoa_xoa_tuy() {
        assert_eq!(
            other_spelling("Đã xoá #3, hoà, tuỳ chọn, Thuỷ"),
            vec!["xoá", "hoà", "tuỳ", "Thuỷ"]
        );
        assert!(other_spelling("xóa, hòa, tùy, quý, quỹ, hoàn thành, khỏe, toán").is_empty());
        let mut bad = Vec::new();
        for m in M::ALL {
            for w in other_spelling(m.raw(Lang::Vi)) {
                bad.push(format!("{m:?}: {w}"));
            }
        }
        for (en, vi) in crate::cli_vi::HELP_VI {
            for w in other_spelling(vi) {
                bad.push(format!("cli_vi \"{en}\": {w}"));
            }
        }
        // The documents' own words (headings, formulas) outside the catalogue.
        for (file, text) in [
            (
                "render/doc/admin/prose.rs",
                include_str!("render/doc/admin/prose.rs"),
            ),
            (
                "render/doc/admin/month.rs",
                include_str!("render/doc/admin/month.rs"),
            ),
            (
                "render/doc/admin/review.rs",
                include_str!("render/doc/admin/review.rs"),
            ),
            ("render/doc/docx.rs", include_str!("render/doc/docx.rs")),
            ("render/doc/html.rs", include_str!("render/doc/html.rs")),
        ] {
            for w in other_spelling(text) {
                bad.push(format!("{file}: {w}"));
            }
        }
        assert!(bad.is_empty(), "write hòa/xóa/tùy, not:\n{}", bad.join("\n"));
    }

    #[test]
    fn a_dry_run_message_says_what_would_be_written_with_the_same_placeholders() {
        let mut swapped = 0;
        for m in M::ALL {
            let w = would(*m);
            if w == *m {
                continue;
            }
            swapped += 1;
            for lang in [Lang::Vi, Lang::En] {
                assert_eq!(
                    m.raw(lang).matches("{}").count(),
                    w.raw(lang).matches("{}").count(),
                    "{m:?} / {w:?}"
                );
            }
            assert!(w.raw(Lang::Vi).starts_with("Sẽ "), "{w:?}");
            assert!(w.raw(Lang::En).starts_with("Would "), "{w:?}");
            assert!(!m.raw(Lang::Vi).starts_with("Sẽ "), "{m:?}");
        }
        assert!(swapped >= 30, "{swapped}");
    }

    #[test]
    fn fill_replaces_in_order() {
        assert_eq!(fill("a {} b {}", &[&1, &"x"]), "a 1 b x");
        assert_eq!(fill("no args", &[]), "no args");
    }
}
