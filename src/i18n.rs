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
    TaskAdded => "Đã giao #{} · {}", "Added task #{} · {}";
    TaskDueOn => "hạn {}", "due {}";
    TaskNoDue => "không có hạn", "no due date";
    TaskStarted => "Đã bắt đầu #{} · {}", "Started #{} · {}";
    TaskDone => "Đã hoàn thành #{} · {}", "Done #{} · {}";
    TaskDropped => "Đã dừng #{} · {}", "Dropped #{} · {}";
    TaskNoted => "Đã ghi chú #{} vào nhiệm vụ #{}", "Noted #{} on task #{}";
    TaskMoved => "Đã chuyển #{} sang kỳ {}", "Moved #{} to {}";
    TaskAlreadyClosed => "nhiệm vụ #{} đã {} rồi", "task #{} is already {}";
    TaskAlreadyClosedHint => "xem lịch sử: worklog show {}", "see its history: worklog show {}";
    TaskAlreadyStarted => "nhiệm vụ #{} đang thực hiện rồi", "task #{} is already in progress";
    TaskSamePlan => "nhiệm vụ #{} đã ở kỳ {}", "task #{} is already in {}";
    TaskMoveToPast => "không thể chuyển sang kỳ {} đã qua (kết thúc {})", "cannot carry into {}, which is over (it ended {})";
    TaskMoveToPastHint => "chọn một kỳ từ tuần này trở đi, ví dụ: week, 2022-W52, 2023-01", "choose a period from this week on, e.g. week, 2022-W52, 2023-01";
    NotAPlanPeriod => "'{}' không phải một tuần hay một tháng", "'{}' is not a week or a month";
    NotAPlanPeriodHint => "kế hoạch theo tuần (2022-W50, week) hoặc tháng (2022-12, month)", "plans are weeks (2022-W50, week) or months (2022-12, month)";
    BadPriority => "mức ưu tiên phải là high, normal hoặc low, không phải '{}'", "priority must be high, normal or low, not '{}'";
    DateBeforeAssigned => "ngày {} trước ngày giao nhiệm vụ ({})", "the date {} is before the task was assigned ({})";
    UndoTaskAdd => "giao nhiệm vụ #{}", "add task #{}";
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
    // --- calendar command, lunar labels (issue 4) ---
    Sec4 => "-", "-";
    // --- follow-ups, blockers, documents, facts, followups/review reports (issue 5) ---
    Sec5 => "-", "-";
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
    BlockerResolved => "Đã giải quyết vướng mắc #{} · {}", "Resolved blocker #{} · {}";
    BlockerAlreadyResolved => "vướng mắc #{} đã được giải quyết ngày {}", "blocker #{} was already resolved on {}";
    BlockerAlreadyResolvedHint => "xem: worklog show {}", "see: worklog show {}";
    BlockerResolvedBeforeRaised => "ngày {} trước ngày nêu vướng mắc ({})", "the date {} is before the blocker was raised ({})";
    UndoBlockerAdd => "ghi vướng mắc #{}", "add blocker #{}";
    UndoBlockerResolve => "giải quyết vướng mắc #{}", "resolve blocker #{}";
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
    FactNeedsField => "cần nêu lĩnh vực của thông tin", "name the field the fact belongs to";
    FactNeedsFieldHint => "thêm -f, ví dụ: worklog fact add \"Số doanh nghiệp\" --value 1200 -f laodong (xem: worklog field list)", "add -f, e.g. worklog fact add \"Number of firms\" --value 1200 -f laodong (see: worklog field list)";
    FactAdded => "Đã ghi thông tin #{} · {}", "Added fact #{} · {}";
    UndoFactAdd => "ghi thông tin #{}", "add fact #{}";
    MarkFactStale => "cần cập nhật", "stale";
    FactsCount => "{} thông tin", "{} facts";
    LSource => "Nguồn", "Source";
    LAsOf => "Số liệu đến ngày", "As of";
    FollowupsTitle => "Việc đã giao các đơn vị chưa hoàn thành", "Follow-ups not yet done";
    FollowupsNone => "Không có việc nào đã giao mà chưa hoàn thành.", "No follow-up is pending.";
    FollowupsCount => "{} việc chưa hoàn thành", "{} pending";
    ReviewSinceFuture => "ngày bắt đầu {} còn ở tương lai", "the start date {} is in the future";
    ReviewWorkDone => "I. Công việc đã thực hiện từ {} đến {}", "I. Work done from {} to {}";
    ReviewTasksDone => "Nhiệm vụ đã hoàn thành", "Tasks completed";
    ReviewMustFinish => "Nhiệm vụ phải hoàn thành đến {} (trước Tết)", "Tasks to finish by {} (before Tết)";
    ReviewDocuments => "II. Văn bản làm căn cứ, theo lĩnh vực", "II. Documents the work rests on, by field";
    ReviewFollowups => "III. Việc đã tham mưu giao chưa được thực hiện", "III. Follow-ups not yet carried out";
    ReviewCounts => "IV. Văn bản đã ban hành so với phải ban hành", "IV. Documents issued against documents required";
    ReviewCountsTotal => "Tổng: đã ban hành {}, phải ban hành (chưa ban hành) {}", "Total: {} issued, {} required (not issued yet)";
    NoField => "(chưa phân lĩnh vực)", "(no field)";
    LMonth => "Tháng", "Month";
    LCount => "Số việc", "Count";
    LTotal => "Cộng", "Total";
    LIssued => "Đã ban hành", "Issued";
    LRequired => "Phải ban hành", "Required";
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
