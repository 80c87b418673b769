//! The Vietnamese texts of the command line: every command's about, every option's
//! help and every example block, keyed by the English text written in the derive
//! attributes (`commands/`, `cli.rs`). `cli_i18n` swaps them in when the language is vi;
//! its test fails when a command or option has no entry here.

pub(crate) const HELP_VI: &[(&str, &str)] = &[
    (
        "A daily work book and planner for Vietnamese public servants (sổ theo dõi công việc hằng ngày)",
        "Sổ theo dõi công việc hằng ngày và kế hoạch công tác của cán bộ, công chức",
    ),
    (
        "Examples:\n  worklog add \"Dự họp giao ban @ldtbxh #giao-ban\" -k meeting -d \"hôm qua\"\n  worklog log month --format md\n  worklog undo\n\nRun without a command to see today's status.",
        "Ví dụ:\n  worklog add \"Dự họp giao ban @ldtbxh #giao-ban\" -k meeting -d \"hôm qua\"\n  worklog log month --format md\n  worklog undo\n\nGõ worklog không kèm lệnh để xem tình hình công việc hôm nay.",
    ),
    (
        "The database file (default: WORKLOG_DB, config `db`, then the data folder)",
        "Tệp cơ sở dữ liệu (mặc định: WORKLOG_DB, khóa `db` của tệp cấu hình, sau đó là thư mục dữ liệu)",
    ),
    (
        "The config file (default: WORKLOG_CONFIG, then ~/.config/worklog/config.toml)",
        "Tệp cấu hình (mặc định: WORKLOG_CONFIG, sau đó là ~/.config/worklog/config.toml)",
    ),
    (
        "Language of messages and labels",
        "Ngôn ngữ của thông báo và tiêu đề hiển thị",
    ),
    (
        "Output format of listings and reports",
        "Định dạng đầu ra của danh sách và báo cáo",
    ),
    (
        "Write the output to this file instead of the screen",
        "Ghi kết quả ra tệp này thay vì hiện trên màn hình",
    ),
    (
        "No colours (also: the NO_COLOR environment variable)",
        "Không tô màu (cũng có thể đặt biến môi trường NO_COLOR)",
    ),
    (
        "Print nothing when a command that writes succeeds (--format json still prints the record, -o still writes its file); other commands print their tables and reports but no message lines. Errors always go to standard error",
        "Không in gì khi một lệnh ghi dữ liệu chạy thành công (--format json vẫn in bản ghi, -o vẫn ghi tệp); các lệnh khác vẫn in bảng và báo cáo nhưng không in dòng thông báo. Lỗi luôn được in ra luồng lỗi (stderr)",
    ),
    (
        "Show what a writing command would do, and write nothing",
        "Chạy thử: cho biết lệnh sẽ ghi những gì, nhưng không ghi gì",
    ),
    (
        "Today at a glance (also: worklog with no command)",
        "Tình hình công việc hôm nay (cũng là: worklog không kèm lệnh)",
    ),
    (
        "Write the starter config and create the database (safe to rerun)",
        "Tạo tệp cấu hình ban đầu và cơ sở dữ liệu (chạy lại vẫn an toàn)",
    ),
    ("Your name (report signature)", "Họ và tên (ký tên trong báo cáo)"),
    (
        "Your title, e.g. \"Chuyên viên\"",
        "Chức danh, ví dụ \"Chuyên viên\"",
    ),
    (
        "Your office, e.g. \"Văn phòng UBND tỉnh\"",
        "Cơ quan công tác, ví dụ \"Văn phòng UBND tỉnh\"",
    ),
    (
        "Your province or city, for the date line of reports",
        "Tỉnh, thành phố (ghi ở dòng địa danh, ngày tháng của báo cáo)",
    ),
    ("Write down something done", "Ghi lại việc đã làm"),
    (
        "Examples:\n  worklog add \"Dự thảo tờ trình @ldtbxh #chính-sách\" -k draft -d hôm qua\n  echo \"Tiếp công dân\" | worklog add - -k citizen -m 90",
        "Ví dụ:\n  worklog add \"Dự thảo tờ trình @ldtbxh #chính-sách\" -k draft -d hôm qua\n  echo \"Tiếp công dân\" | worklog add - -k citizen -m 90",
    ),
    (
        "What was done; `-` reads it from standard input; none on a terminal opens $EDITOR",
        "Nội dung việc đã làm; `-` để đọc từ đầu vào chuẩn; bỏ trống khi chạy trong terminal thì mở $EDITOR",
    ),
    (
        "The day it was done: 19/12, hôm qua, t6, 2022-12-19, -2d… (default: today)",
        "Ngày thực hiện: 19/12, hôm qua, t6, 2022-12-19, -2d… (mặc định: hôm nay)",
    ),
    (
        "Kind of work: advice, draft, meeting, inspection, coordination, report, citizen, other",
        "Loại công việc: tham mưu, soạn thảo văn bản, họp, kiểm tra, phối hợp, báo cáo, tiếp dân, khác (có dấu hay không dấu đều được; cũng nhận khóa tiếng Anh advice, draft…)",
    ),
    (
        "Field (sector) key, see `worklog field list`",
        "Mã lĩnh vực, xem `worklog field list`",
    ),
    (
        "A unit concerned, by alias (repeatable; also @alias in the text)",
        "Đơn vị liên quan, ghi bằng mã viết tắt (dùng được nhiều lần; cũng có thể viết @mã trong nội dung)",
    ),
    (
        "A tag (repeatable; also #tag in the text)",
        "Nhãn (dùng được nhiều lần; cũng có thể viết #nhãn trong nội dung)",
    ),
    (
        "A document number cited, e.g. 45/2022/QĐ-UBND (repeatable)",
        "Số, ký hiệu văn bản được dẫn, ví dụ 45/2022/QĐ-UBND (dùng được nhiều lần)",
    ),
    (
        "The task this work advanced",
        "Nhiệm vụ mà việc này góp phần thực hiện",
    ),
    ("Minutes spent", "Thời gian thực hiện (phút)"),
    (
        "List log entries of a period",
        "Liệt kê các mục nhật ký trong một kỳ",
    ),
    (
        "Examples:\n  worklog log              # this week\n  worklog log month --format csv -o thang.csv\n  worklog log 2022-12 -u ldtbxh -k meeting",
        "Ví dụ:\n  worklog log              # tuần này\n  worklog log month --format csv -o thang.csv\n  worklog log 2022-12 -u ldtbxh -k meeting",
    ),
    (
        "today, week, last-week, month, last-month, year, 2022-W50, 2022-12, 2022-Q4, 2022, FROM..TO (default: week)",
        "today (hôm nay), week (tuần này), last-week (tuần trước), month (tháng này), last-month (tháng trước), year (năm nay), 2022-W50, 2022-12, 2022-Q4, 2022, TỪ..ĐẾN (mặc định: week)",
    ),
    ("Only this kind of work", "Chỉ loại công việc này"),
    ("Only this field", "Chỉ lĩnh vực này"),
    (
        "Only entries concerning this unit",
        "Chỉ các mục liên quan đến đơn vị này",
    ),
    ("Only entries with this tag", "Chỉ các mục có nhãn này"),
    (
        "Only entries linked to this task",
        "Chỉ các mục gắn với nhiệm vụ này",
    ),
    ("Show any record by its id", "Xem một bản ghi bất kỳ theo mã"),
    ("The record's id (12 or #12)", "Mã bản ghi (12 hoặc #12)"),
    (
        "Remove a record (undo brings it back)",
        "Xóa một bản ghi (lệnh undo khôi phục lại được)",
    ),
    ("The record's id", "Mã bản ghi"),
    ("Revert the last command that wrote", "Hoàn tác lệnh ghi gần nhất"),
    (
        "Tasks and follow-ups: add, list, start, done, drop, note, move",
        "Nhiệm vụ và việc giao đơn vị: add (thêm), list (liệt kê), start (bắt đầu), done (hoàn thành), drop (dừng thực hiện), note (ghi chú), move (chuyển kỳ)",
    ),
    (
        "Add a task: worklog task add \"Báo cáo quý\" --due +5wd -u ldtbxh",
        "Thêm nhiệm vụ: worklog task add \"Báo cáo quý\" --due +5wd -u ldtbxh",
    ),
    (
        "Examples:\n  worklog task add \"Báo cáo sơ kết quý IV\" --due 20/12 -p high --plan week\n  worklog task add \"Triển khai Đề án 06 @ldtbxh\" --due eom --major",
        "Ví dụ:\n  worklog task add \"Báo cáo sơ kết quý IV\" --due 20/12 -p cao --plan week\n  worklog task add \"Triển khai Đề án 06 @ldtbxh\" --due eom --major",
    ),
    (
        "What is to be done (#tag and @unit work here too)",
        "Việc cần làm (cũng viết được #nhãn và @mã đơn vị trong nội dung)",
    ),
    (
        "Due date: 20/12, t6, +5wd, eom, tet…",
        "Hạn hoàn thành: 20/12, t6, +5wd, eom, tet…",
    ),
    (
        "high, normal or low",
        "cao, binh-thuong (bình thường) hoặc thap (thấp)",
    ),
    (
        "The plan period it belongs to: week, month, 2022-W50, 2022-12",
        "Kỳ kế hoạch của nhiệm vụ: week (tuần này), month (tháng này), 2022-W50, 2022-12",
    ),
    (
        "The responsible unit (makes it a follow-up)",
        "Đơn vị chịu trách nhiệm (nhiệm vụ thành việc giao đơn vị, cần theo dõi, đôn đốc)",
    ),
    (
        "A major scheme or policy (Đề án): listed first in follow-up reports",
        "Là Đề án, chính sách lớn: được xếp lên đầu trong báo cáo việc giao đơn vị",
    ),
    (
        "A document number it rests on (repeatable)",
        "Số, ký hiệu văn bản làm căn cứ (dùng được nhiều lần)",
    ),
    ("Field (sector) key", "Mã lĩnh vực"),
    (
        "List tasks (open ones unless told otherwise)",
        "Liệt kê nhiệm vụ (mặc định: các nhiệm vụ chưa hoàn thành)",
    ),
    ("Open tasks (the default)", "Nhiệm vụ chưa hoàn thành (mặc định)"),
    ("Done tasks", "Nhiệm vụ đã hoàn thành"),
    (
        "Open tasks past their due date",
        "Nhiệm vụ chưa hoàn thành đã quá hạn",
    ),
    (
        "Open tasks nothing has touched for `stale_days`",
        "Nhiệm vụ chưa hoàn thành không được cập nhật trong `stale_days` ngày (tồn đọng)",
    ),
    (
        "Every task, whatever its status",
        "Tất cả nhiệm vụ, ở mọi trạng thái",
    ),
    (
        "Only tasks assigned to this unit",
        "Chỉ nhiệm vụ giao cho đơn vị này",
    ),
    (
        "Only tasks of this plan period",
        "Chỉ nhiệm vụ thuộc kỳ kế hoạch này",
    ),
    ("Only major schemes", "Chỉ các Đề án, chính sách lớn"),
    ("Mark a task as started", "Ghi nhận nhiệm vụ đã bắt đầu thực hiện"),
    ("The task's id", "Mã nhiệm vụ"),
    (
        "The day it happened (default: today)",
        "Ngày diễn ra (mặc định: hôm nay)",
    ),
    ("A note for the timeline", "Ghi chú vào diễn biến của nhiệm vụ"),
    ("Mark a task as done", "Ghi nhận nhiệm vụ đã hoàn thành"),
    (
        "Drop a task (it will not be done)",
        "Dừng thực hiện nhiệm vụ (sẽ không làm nữa)",
    ),
    (
        "Add a progress note to a task's timeline (e.g. the unit's answer)",
        "Ghi chú tiến độ vào diễn biến của nhiệm vụ (ví dụ: ý kiến trả lời của đơn vị)",
    ),
    ("The note", "Nội dung ghi chú"),
    (
        "The day of the note (default: today)",
        "Ngày ghi chú (mặc định: hôm nay)",
    ),
    (
        "Carry a task to another plan period (a week or a month)",
        "Chuyển nhiệm vụ sang kỳ kế hoạch khác (một tuần hoặc một tháng)",
    ),
    (
        "The period: week, 2022-W51, month, 2023-01…",
        "Kỳ: week (tuần này), 2022-W51, month (tháng này), 2023-01…",
    ),
    ("Why it moves", "Lý do chuyển kỳ"),
    (
        "Print this message or the help of the given subcommand(s)",
        "In trợ giúp này hoặc trợ giúp của (các) lệnh con đã nêu",
    ),
    (
        "Week and month plans: show, add items and goals, close with a review",
        "Kế hoạch tuần, tháng: xem, thêm việc và mục tiêu, tổng kết khi hết kỳ",
    ),
    (
        "Show a week's plan; the first time, create it and offer to carry unfinished items",
        "Xem kế hoạch tuần; lần đầu thì lập kế hoạch và đề nghị chuyển tiếp các việc chưa xong",
    ),
    (
        "Examples:\n  worklog plan week\n  worklog plan week 2022-W52 --carry all",
        "Ví dụ:\n  worklog plan week\n  worklog plan week 2022-W52 --carry tat-ca",
    ),
    (
        "The period (default: this week, resp. this month): 2022-W50, next week's date range…",
        "Kỳ (mặc định: tuần này, hoặc tháng này với plan month): 2022-W50, khoảng ngày của tuần sau…",
    ),
    (
        "Without a terminal: carry the unfinished items of earlier plans (all) or not (none, the default)",
        "Khi không chạy trong terminal: chuyển tiếp các việc chưa xong của kế hoạch kỳ trước (tat-ca) hoặc không (khong, mặc định)",
    ),
    (
        "Show a month's plan; the first time, create it and offer to carry unfinished items",
        "Xem kế hoạch tháng; lần đầu thì lập kế hoạch và đề nghị chuyển tiếp các việc chưa xong",
    ),
    (
        "Add an item (a task) to a plan (default: this week's)",
        "Thêm một việc (nhiệm vụ) vào kế hoạch (mặc định: kế hoạch tuần này)",
    ),
    (
        "Examples:\n  worklog plan add \"Dự thảo báo cáo tổng kết năm\" --due t6 -p high\n  worklog plan add \"Kiểm tra công tác an toàn lao động @ldtbxh\" --month",
        "Ví dụ:\n  worklog plan add \"Dự thảo báo cáo tổng kết năm\" --due t6 -p cao\n  worklog plan add \"Kiểm tra công tác an toàn lao động @ldtbxh\" --month",
    ),
    ("This week's plan (the default)", "Kế hoạch tuần này (mặc định)"),
    ("This month's plan", "Kế hoạch tháng này"),
    (
        "Add a goal to a plan (default: this week's)",
        "Thêm mục tiêu vào kế hoạch (mặc định: kế hoạch tuần này)",
    ),
    (
        "The plan period: 2022-W50, 2022-12…",
        "Kỳ kế hoạch: 2022-W50, 2022-12…",
    ),
    (
        "Close a plan with its review: done, not done with reasons, carried",
        "Tổng kết kế hoạch: việc đã hoàn thành, việc chưa hoàn thành và lý do, việc chuyển kỳ",
    ),
    (
        "Examples:\n  worklog plan close --note \"Tuần nhiều việc phát sinh\"\n  worklog plan close 2022-W51 --reason 12=\"Chờ số liệu của Sở\"",
        "Ví dụ:\n  worklog plan close --note \"Tuần nhiều việc phát sinh\"\n  worklog plan close 2022-W51 --reason 12=\"Chờ số liệu của Sở\"",
    ),
    (
        "The plan period (default: this week)",
        "Kỳ kế hoạch (mặc định: tuần này)",
    ),
    (
        "This month's plan instead of this week's",
        "Kế hoạch tháng này thay cho kế hoạch tuần này",
    ),
    ("A closing note", "Nhận xét khi tổng kết"),
    (
        "Why an item was not done: ID=TEXT (repeatable; on a terminal you are asked)",
        "Lý do một việc chưa hoàn thành: ID=TEXT, tức mã việc=lý do (dùng được nhiều lần; khi chạy trong terminal, chương trình sẽ hỏi)",
    ),
    (
        "Situations that may arise and the prepared responses (alias: risk)",
        "Tình huống có thể phát sinh và phương án xử lý đã chuẩn bị (tên khác: risk)",
    ),
    (
        "Prepare for a situation: worklog contingency add \"Bão đổ bộ\" --response \"Sơ tán dân\"",
        "Chuẩn bị phương án cho một tình huống: worklog contingency add \"Bão đổ bộ\" --response \"Sơ tán dân\"",
    ),
    (
        "Examples:\n  worklog contingency add \"Sở chậm gửi số liệu\" --response \"Dùng số liệu ước tính, ghi chú rõ\"\n  worklog risk add \"Lãnh đạo đi công tác\" --response \"Trình Phó Chủ tịch ký thay\" --task 12",
        "Ví dụ:\n  worklog contingency add \"Sở chậm gửi số liệu\" --response \"Dùng số liệu ước tính, ghi chú rõ\"\n  worklog risk add \"Lãnh đạo đi công tác\" --response \"Trình Phó Chủ tịch ký thay\" --task 12",
    ),
    ("The situation that may arise", "Tình huống có thể phát sinh"),
    ("The prepared response", "Phương án xử lý đã chuẩn bị"),
    (
        "The plan it belongs to (default: this week's)",
        "Kế hoạch mà phương án thuộc về (mặc định: kế hoạch tuần này)",
    ),
    (
        "The task it belongs to, instead of a plan",
        "Nhiệm vụ mà phương án thuộc về, thay cho kế hoạch",
    ),
    ("List contingencies", "Liệt kê phương án dự phòng"),
    (
        "Only those of this plan (and of its tasks)",
        "Chỉ phương án của kế hoạch này (và của các nhiệm vụ trong kế hoạch)",
    ),
    (
        "Only open ones (not triggered, not closed)",
        "Chỉ phương án còn mở (tình huống chưa xảy ra, phương án chưa đóng)",
    ),
    (
        "Record that the situation happened, and what came of the response",
        "Ghi nhận tình huống đã xảy ra và kết quả xử lý theo phương án",
    ),
    ("The contingency's id", "Mã phương án dự phòng"),
    ("What came of the response (required)", "Kết quả xử lý (bắt buộc)"),
    (
        "Close a contingency (no longer needed, or dealt with)",
        "Đóng phương án dự phòng (không còn cần, hoặc đã xử lý xong)",
    ),
    (
        "Reports: week, month, year, range, follow-ups, the review stock-take",
        "Báo cáo: tuần, tháng, năm, khoảng thời gian, việc giao đơn vị, rà soát tổng hợp",
    ),
    (
        "A week's plan against its result, with the week's arising work",
        "Kết quả thực hiện kế hoạch tuần, kèm công việc phát sinh trong tuần",
    ),
    (
        "Examples:\n  worklog report week\n  worklog report week last-week --format md\n  worklog report week --format docx -o bao-cao-tuan.docx",
        "Ví dụ:\n  worklog report week\n  worklog report week last-week --format md\n  worklog report week --format docx -o bao-cao-tuan.docx",
    ),
    (
        "The week (default: this week): week, last-week, 2022-W50…",
        "Tuần (mặc định: tuần này): week, last-week, 2022-W50…",
    ),
    (
        "Work assigned to units and not done: major first, oldest first, with blockers",
        "Việc đã giao các đơn vị chưa hoàn thành: Đề án lên đầu, việc giao lâu nhất trước, kèm khó khăn, vướng mắc",
    ),
    (
        "Examples:\n  worklog report followups\n  worklog report followups -u snv --format md\n  worklog report followups --format docx -o don-doc.docx",
        "Ví dụ:\n  worklog report followups\n  worklog report followups -u snv --format md\n  worklog report followups --format docx -o don-doc.docx",
    ),
    (
        "Only this unit (with the units retired into it)",
        "Chỉ đơn vị này (kể cả các đơn vị cũ đã nhập vào đơn vị này)",
    ),
    (
        "The four-part stock-take: work done, documents, pending follow-ups, documents issued/required",
        "Báo cáo rà soát bốn phần: công việc đã thực hiện, văn bản làm căn cứ, việc giao đơn vị chưa thực hiện, văn bản đã ban hành so với phải ban hành",
    ),
    (
        "Examples:\n  worklog report review\n  worklog report review --since 01/07/2022 --until 20/01/2023 --format md\n\nDefaults: --since is 1 January of this year; --until is the last working day before\nthe coming Tết break.",
        "Ví dụ:\n  worklog report review\n  worklog report review --since 01/07/2022 --until 20/01/2023 --format md\n\nMặc định: --since là ngày 01/01 năm nay; --until là ngày làm việc cuối cùng trước\nkỳ nghỉ Tết sắp tới.",
    ),
    (
        "The start of the work counted (default: 1 January of this year)",
        "Ngày bắt đầu tính công việc (mặc định: ngày 01/01 năm nay)",
    ),
    (
        "The date open tasks must be finished by (default: the last working day before Tết)",
        "Thời hạn phải hoàn thành các nhiệm vụ chưa xong (mặc định: ngày làm việc cuối cùng trước Tết)",
    ),
    (
        "Monthly statistics: worklog report month [2022-12] [--submit]",
        "Thống kê tháng: worklog report month [2022-12] [--submit]",
    ),
    (
        "Examples:\n  worklog report month                 # this reporting month\n  worklog report month 2022-12 --format md\n  worklog report month --submit        # freeze what you reported\n  worklog report month 2022-Q4 --format json",
        "Ví dụ:\n  worklog report month                 # kỳ báo cáo tháng này\n  worklog report month 2022-12 --format md\n  worklog report month --submit        # chốt số liệu đã báo cáo\n  worklog report month 2022-Q4 --format json",
    ),
    (
        "month, last-month, 2022-12, 12/2022 (also 2022-Q4, 2022-H2, 2022; default: this month)",
        "month (tháng này), last-month (tháng trước), 2022-12, 12/2022 (cả 2022-Q4, 2022-H2, 2022; mặc định: tháng này)",
    ),
    (
        "Yearly statistics: worklog report year [2022]",
        "Thống kê năm: worklog report year [2022]",
    ),
    ("The year (default: this year)", "Năm (mặc định: năm nay)"),
    (
        "Statistics of any span: worklog report range 01/12/2022 15/12/2022",
        "Thống kê một khoảng thời gian bất kỳ: worklog report range 01/12/2022 15/12/2022",
    ),
    ("First day", "Ngày đầu"),
    ("Last day", "Ngày cuối"),
    (
        "An office head's roll-up of several officials' `report month --format json` files",
        "Lãnh đạo phòng tổng hợp các tệp `report month --format json` của nhiều công chức",
    ),
    (
        "The month report JSON files (`-` = standard input, once)",
        "Các tệp JSON báo cáo tháng (`-` = đầu vào chuẩn, chỉ một lần)",
    ),
    ("Agencies and localities (units)", "Cơ quan, đơn vị, địa phương"),
    (
        "Add a unit: worklog unit add ldtbxh \"Sở Lao động - Thương binh và Xã hội\"",
        "Thêm đơn vị: worklog unit add ldtbxh \"Sở Lao động - Thương binh và Xã hội\"",
    ),
    (
        "Short alias used with -u and @alias (letters, digits, - and _)",
        "Mã viết tắt dùng với -u và @mã (chữ, số, - và _)",
    ),
    ("Full name", "Tên đầy đủ"),
    (
        "department, commune, province or other",
        "so-nganh (sở, ngành), xa-phuong (xã, phường), tinh (tỉnh) hoặc khac (khác)",
    ),
    (
        "List units (retired ones only with --all)",
        "Liệt kê đơn vị (đơn vị đã ngừng hoạt động chỉ hiện khi có --all)",
    ),
    ("Include retired units", "Gồm cả đơn vị đã ngừng hoạt động"),
    (
        "Retire a unit (merged, renamed, dissolved); its open follow-ups pass to the successor",
        "Ngừng một đơn vị (sáp nhập, đổi tên, giải thể); việc giao đơn vị chưa hoàn thành chuyển sang đơn vị kế thừa",
    ),
    (
        "Examples:\n  worklog unit add snv \"Sở Nội vụ\"\n  worklog unit retire ldtbxh --date 01/03/2025 --replaced-by snv\n\nOld records keep the unit they were written with; `task list -u snv` and\n`report followups` show the retired unit's open follow-ups under snv.",
        "Ví dụ:\n  worklog unit add snv \"Sở Nội vụ\"\n  worklog unit retire ldtbxh --date 01/03/2025 --replaced-by snv\n\nCác bản ghi cũ giữ tên đơn vị như lúc ghi; `task list -u snv` và\n`report followups` hiện việc chưa hoàn thành của đơn vị đã ngừng dưới tên snv.",
    ),
    (
        "The alias of the unit that stops existing",
        "Mã viết tắt của đơn vị ngừng hoạt động",
    ),
    (
        "The day it stops (19/12/2022, hôm nay…)",
        "Ngày ngừng hoạt động (19/12/2022, hôm nay…)",
    ),
    ("The unit that takes over its work", "Đơn vị tiếp nhận công việc"),
    ("Sectors (fields)", "Ngành, lĩnh vực"),
    (
        "Add a field: worklog field add laodong \"Lao động, việc làm\"",
        "Thêm lĩnh vực: worklog field add laodong \"Lao động, việc làm\"",
    ),
    ("Short key used with -f", "Mã ngắn dùng với -f"),
    ("List fields", "Liệt kê lĩnh vực"),
    (
        "Difficulties and obstacles at units, with proposed remedies",
        "Khó khăn, vướng mắc tại các đơn vị và hướng xử lý đề xuất",
    ),
    (
        "Record an obstacle at a unit: worklog blocker add \"Thiếu kinh phí\" -u ldtbxh --task 12",
        "Ghi khó khăn, vướng mắc tại một đơn vị: worklog blocker add \"Thiếu kinh phí\" -u ldtbxh --task 12",
    ),
    (
        "Examples:\n  worklog blocker add \"Chưa bố trí được kinh phí\" -u ldtbxh --task 12 \\\n    --proposal \"Đề nghị UBND tỉnh họp với các sở\" --remedy meeting",
        "Ví dụ:\n  worklog blocker add \"Chưa bố trí được kinh phí\" -u ldtbxh --task 12 \\\n    --proposal \"Đề nghị UBND tỉnh họp với các sở\" --remedy hop",
    ),
    (
        "The obstacle or delay",
        "Nội dung khó khăn, vướng mắc hoặc chậm trễ",
    ),
    (
        "The unit where it arose (required)",
        "Đơn vị gặp khó khăn, vướng mắc (bắt buộc)",
    ),
    (
        "The follow-up task it holds up",
        "Nhiệm vụ giao đơn vị bị vướng mắc này làm chậm",
    ),
    ("The proposed way out", "Đề xuất hướng tháo gỡ"),
    (
        "The kind of remedy proposed: directive (a directing document), meeting, other",
        "Hình thức xử lý đề xuất: chi-dao (ban hành văn bản chỉ đạo), hop (tổ chức họp), khac (khác)",
    ),
    (
        "The day it was raised (default: today)",
        "Ngày nêu vướng mắc (mặc định: hôm nay)",
    ),
    (
        "List blockers (all, or only open ones)",
        "Liệt kê khó khăn, vướng mắc (tất cả, hoặc chỉ những vướng mắc chưa giải quyết)",
    ),
    ("Only blockers not yet resolved", "Chỉ vướng mắc chưa giải quyết"),
    (
        "Only blockers of this unit (and of units retired into it)",
        "Chỉ vướng mắc của đơn vị này (kể cả các đơn vị cũ đã nhập vào đơn vị này)",
    ),
    (
        "Mark a blocker as resolved",
        "Ghi nhận vướng mắc đã được giải quyết",
    ),
    ("The blocker's id", "Mã vướng mắc"),
    ("How it was resolved", "Cách đã giải quyết"),
    (
        "The day it was resolved (default: today)",
        "Ngày giải quyết (mặc định: hôm nay)",
    ),
    (
        "Documents (regulations) the work rests on: issued and required",
        "Văn bản (quy định) làm căn cứ cho công việc: đã ban hành và phải ban hành",
    ),
    (
        "Register a document: worklog doc add 45/2022/QĐ-UBND --title \"…\" --issued 12/10/2022",
        "Ghi một văn bản: worklog doc add 45/2022/QĐ-UBND --title \"…\" --issued 12/10/2022",
    ),
    (
        "Examples:\n  worklog doc add 45/2022/QĐ-UBND --title \"Quy định quản lý…\" --issued 12/10/2022 -f laodong\n  worklog doc add --title \"Quy định hỗ trợ người lao động\" --required --due 31/03/2023 -u ldtbxh\n  worklog doc add 18-NQ/TW --title \"Nghị quyết 18\" --level central --issuer \"BCH TW\"\n\nAccepted numbers: 123/UBND-KT, 45/2022/QĐ-UBND, 45/2019/QH14, 04/TTr-SNgV, 18-NQ/TW.",
        "Ví dụ:\n  worklog doc add 45/2022/QĐ-UBND --title \"Quy định quản lý…\" --issued 12/10/2022 -f laodong\n  worklog doc add --title \"Quy định hỗ trợ người lao động\" --required --due 31/03/2023 -u ldtbxh\n  worklog doc add 18-NQ/TW --title \"Nghị quyết 18\" --level trung-uong --issuer \"BCH TW\"\n\nCác dạng số, ký hiệu được chấp nhận: 123/UBND-KT, 45/2022/QĐ-UBND, 45/2019/QH14, 04/TTr-SNgV, 18-NQ/TW.",
    ),
    (
        "Number and symbol (số, ký hiệu), e.g. 45/2022/QĐ-UBND; may be left out for a required document",
        "Số, ký hiệu văn bản, ví dụ 45/2022/QĐ-UBND; có thể bỏ trống với văn bản phải ban hành",
    ),
    ("Its title (trích yếu)", "Trích yếu nội dung văn bản"),
    ("The issuing body", "Cơ quan ban hành"),
    (
        "central, province (the default) or other",
        "trung-uong (Trung ương), tinh (tỉnh, mặc định) hoặc khac (khác)",
    ),
    ("The day it was issued", "Ngày ban hành"),
    (
        "Required by the rules but not issued yet",
        "Văn bản phải ban hành theo quy định nhưng chưa ban hành",
    ),
    (
        "When a required document must be issued",
        "Thời hạn phải ban hành văn bản",
    ),
    (
        "The unit drafting a required document",
        "Đơn vị soạn thảo văn bản phải ban hành",
    ),
    (
        "A task resting on it (repeatable): the task then cites its number",
        "Nhiệm vụ căn cứ vào văn bản này (dùng được nhiều lần): nhiệm vụ đó sẽ dẫn số, ký hiệu văn bản",
    ),
    (
        "List documents, with the tasks and entries citing each",
        "Liệt kê văn bản, kèm các nhiệm vụ và mục nhật ký dẫn từng văn bản",
    ),
    ("Only documents of this field", "Chỉ văn bản thuộc lĩnh vực này"),
    ("Only issued documents", "Chỉ văn bản đã ban hành"),
    (
        "Only required documents not issued yet",
        "Chỉ văn bản phải ban hành nhưng chưa ban hành",
    ),
    (
        "Only documents of this level: central, province, other",
        "Chỉ văn bản thuộc cấp này: trung-uong (Trung ương), tinh (tỉnh), khac (khác)",
    ),
    (
        "A required document has been issued: give its number and date",
        "Ghi nhận văn bản phải ban hành đã được ban hành: nêu số, ký hiệu và ngày ban hành",
    ),
    ("The document's id", "Mã bản ghi của văn bản"),
    (
        "Its number and symbol, e.g. 12/2023/QĐ-UBND",
        "Số, ký hiệu văn bản, ví dụ 12/2023/QĐ-UBND",
    ),
    (
        "Key facts and figures of a sector",
        "Thông tin cơ bản, số liệu chủ yếu của ngành, lĩnh vực",
    ),
    (
        "Write down a fact: worklog fact add \"Số lao động có việc làm\" --value 1234 -f laodong",
        "Ghi thông tin cơ bản: worklog fact add \"Số lao động có việc làm\" --value 1234 -f laodong",
    ),
    ("The fact", "Nội dung thông tin"),
    (
        "Its figure (kept as written: 1.234 người, 95%…)",
        "Số liệu (giữ nguyên như đã viết: 1.234 người, 95%…)",
    ),
    ("Where it comes from", "Nguồn thông tin"),
    (
        "The day the figure is true of (default: none, the day written counts)",
        "Ngày mà số liệu phản ánh (mặc định: không có, tính theo ngày ghi)",
    ),
    ("Field (sector) key (required)", "Mã lĩnh vực (bắt buộc)"),
    ("List facts", "Liệt kê thông tin cơ bản"),
    ("Only facts of this field", "Chỉ thông tin thuộc lĩnh vực này"),
    (
        "Only facts older than `fact_stale_days` (config; default 180)",
        "Chỉ thông tin cũ hơn `fact_stale_days` ngày (khóa trong tệp cấu hình; mặc định 180)",
    ),
    (
        "Find records by words, without regard to case or diacritics",
        "Tìm bản ghi theo từ khóa, không phân biệt chữ hoa, chữ thường và dấu",
    ),
    (
        "Examples:\n  worklog search tham muu\n  worklog search QD-UBND --in docs\n  worklog search \"giao ban\" 2022-12\n  worklog search duong --period \"tháng này\"\n\nA last word that is a period with a digit (2022, 2022-12, 2022-W50, 01/12..15/12) or an English period word (week, month, year, last-month…) is read as PERIOD; with --period, every word is searched.",
        "Ví dụ:\n  worklog search tham muu\n  worklog search QD-UBND --in van-ban\n  worklog search \"giao ban\" 2022-12\n  worklog search duong --period \"tháng này\"\n\nTừ cuối cùng được hiểu là PERIOD nếu đó là một kỳ có chữ số (2022, 2022-12, 2022-W50, 01/12..15/12) hoặc một từ chỉ kỳ bằng tiếng Anh (week, month, year, last-month…); khi có --period, mọi từ đều được tìm.",
    ),
    (
        "The words to find (any text; case and diacritics do not matter), then optionally PERIOD",
        "Các từ cần tìm (văn bản bất kỳ; không phân biệt chữ hoa, chữ thường và dấu), sau đó có thể thêm PERIOD",
    ),
    ("Where to look", "Phạm vi tìm kiếm"),
    (
        "Only records dated in this period (entry date, task due or assigned date, document issue date, fact as-of date); `all` for all time (the default)",
        "Chỉ bản ghi có ngày thuộc kỳ này (ngày của mục nhật ký, hạn hoặc ngày giao nhiệm vụ, ngày ban hành văn bản, ngày của số liệu); `all` là mọi thời gian (mặc định)",
    ),
    (
        "Show at most this many results, best first (0 = all). When more than 500 records match, the best of the 500 most recently recorded are shown (the footer says so); 0 ranks every match",
        "Hiện tối đa bấy nhiêu kết quả, khớp nhất trước (0 = tất cả). Khi có hơn 500 bản ghi khớp, chỉ hiện những kết quả khớp nhất trong 500 bản ghi được ghi gần đây nhất (dòng cuối có nói rõ); 0 thì xếp hạng mọi bản ghi khớp",
    ),
    ("Import entries from a file", "Nhập các mục nhật ký từ tệp"),
    ("The file to read", "Tệp cần đọc"),
    (
        "Month calendar with lunar dates, holidays and deadlines",
        "Lịch tháng kèm ngày âm lịch, ngày lễ, nghỉ và các hạn",
    ),
    (
        "Examples:\n  worklog cal\n  worklog cal 2023-01\n  worklog cal last-month --format json",
        "Ví dụ:\n  worklog cal\n  worklog cal 2023-01\n  worklog cal last-month --format json",
    ),
    (
        "The month: 2023-01, 01/2023, month, last-month (default: this month)",
        "Tháng: 2023-01, 01/2023, month (tháng này), last-month (tháng trước); mặc định: tháng này",
    ),
    (
        "Copy the database while others may keep writing (default: the backups folder)",
        "Sao lưu cơ sở dữ liệu trong khi các tiến trình khác vẫn có thể ghi (mặc định: vào thư mục backups)",
    ),
    (
        "Where to write the copy; it must not exist (default: the `backups` folder beside the database)",
        "Nơi ghi bản sao lưu; tệp này phải chưa có (mặc định: thư mục `backups` cạnh tệp cơ sở dữ liệu)",
    ),
    (
        "Check the database for damage (changes nothing); restore it from a backup",
        "Kiểm tra cơ sở dữ liệu có bị hỏng không (không thay đổi gì); khôi phục từ bản sao lưu",
    ),
    (
        "Replace the database with this backup (it is verified first; the current file is kept aside)",
        "Thay cơ sở dữ liệu bằng bản sao lưu này (bản sao lưu được kiểm tra trước; tệp hiện tại được giữ lại riêng)",
    ),
    (
        "Export the whole database (JSON) or one kind of record (CSV)",
        "Xuất toàn bộ cơ sở dữ liệu (JSON) hoặc một loại bản ghi (CSV)",
    ),
    (
        "What a CSV export holds (default: entries); JSON always holds everything",
        "Nội dung của tệp CSV xuất ra (mặc định: nhat-ky); tệp JSON luôn gồm tất cả",
    ),
    (
        "With --format csv: only this period (today, week, month, 2022-12, 2022, FROM..TO…); default: all",
        "Với --format csv: chỉ kỳ này (today, week, month, 2022-12, 2022, TỪ..ĐẾN…); mặc định: tất cả",
    ),
    (
        "Print the script that sets up Tab completion in a shell (it completes from your data)",
        "In đoạn mã cài đặt tự hoàn thành lệnh bằng phím Tab cho shell (gợi ý lấy từ dữ liệu của bạn)",
    ),
    (
        "Examples:\n  echo 'source <(worklog completions bash)' >> ~/.bashrc\n  echo 'source <(worklog completions zsh)' >> ~/.zshrc\n  worklog completions fish > ~/.config/fish/completions/worklog.fish\n\nTab then offers the unit aliases, fields, kinds of work, tags, document numbers,\nleaders and record ids (with their text) of your database and config, and the\npriorities, remedies and levels. The script calls worklog back on every Tab.",
        "Ví dụ:\n  echo 'source <(worklog completions bash)' >> ~/.bashrc\n  echo 'source <(worklog completions zsh)' >> ~/.zshrc\n  worklog completions fish > ~/.config/fish/completions/worklog.fish\n\nKhi đó phím Tab gợi ý bí danh đơn vị, lĩnh vực, loại công việc, thẻ, số hiệu văn bản,\nlãnh đạo và mã bản ghi (kèm nội dung) từ cơ sở dữ liệu và tệp cấu hình của bạn, cùng\ncác mức ưu tiên, hình thức xử lý và cấp ban hành. Mỗi lần nhấn Tab, đoạn mã gọi lại worklog.",
    ),
    ("The shell to complete for", "Shell cần tạo mã tự hoàn thành"),
    (
        "Print the manual page (roff) of the program or of one command",
        "In trang hướng dẫn (man, dạng roff) của chương trình hoặc của một lệnh",
    ),
    (
        "The command whose page to print, e.g. `task add` (default: the program's page)",
        "Lệnh cần in trang hướng dẫn, ví dụ `task add` (mặc định: trang của chương trình)",
    ),
    (
        "Correct any record: an entry, a task, a document, a fact, a unit, a field, a blocker, a contingency, a goal",
        "Sửa một bản ghi bất kỳ: mục nhật ký, nhiệm vụ, văn bản, thông tin cơ bản, đơn vị, lĩnh vực, khó khăn vướng mắc, phương án dự phòng, mục tiêu",
    ),
    (
        "Examples:\n  worklog edit 12 \"Họp giao ban tuần\" -m 45\n  worklog edit 15 --due 22/12 --reason \"Sở xin lùi hạn\"\n  worklog edit 20 --value \"1.234 người\" --as-of 15/12 --source \"Báo cáo Sở\"\n  worklog edit 3 \"Sở Nội vụ\" --kind department\n\nOptions by kind of record:\n  entry        -d -k -f -u -t --doc --task -m\n  task         --due -p --plan -u --major --no-major -f --doc -t --reason\n  document     --number --title --issuer --level -f --due -u (drafting unit)\n  fact         --value --source --as-of -f (the earlier value is kept)\n  unit         --name -k (department, commune, province, other)\n  field        --name\n  blocker      --proposal --remedy\n  contingency  --response\n  goal         TEXT only (plan goal done ID marks it achieved)\n  consultation TEXT only\n  proposal     TEXT, --reason (empty to clear)",
        "Ví dụ:\n  worklog edit 12 \"Họp giao ban tuần\" -m 45\n  worklog edit 15 --due 22/12 --reason \"Sở xin lùi hạn\"\n  worklog edit 20 --value \"1.234 người\" --as-of 15/12 --source \"Báo cáo Sở\"\n  worklog edit 3 \"Sở Nội vụ\" --kind so-nganh\n\nTùy chọn theo loại bản ghi:\n  mục nhật ký   -d -k -f -u -t --doc --task -m\n  nhiệm vụ      --due -p --plan -u --major --no-major -f --doc -t --reason\n  văn bản       --number --title --issuer --level -f --due -u (đơn vị soạn thảo)\n  thông tin     --value --source --as-of -f (giá trị cũ được giữ lại)\n  đơn vị        --name -k (so-nganh, xa-phuong, tinh, khac)\n  lĩnh vực      --name\n  vướng mắc     --proposal --remedy\n  dự phòng      --response\n  mục tiêu      chỉ nội dung (plan goal done MÃ: đánh dấu đã đạt)\n  xin ý kiến    chỉ nội dung\n  đề xuất       nội dung, --reason (để trống để xóa)",
    ),
    (
        "The new text: an entry's text, a task's or goal's title, a document's title, a fact, a unit's or field's name, a blocker, a contingency's situation (none on a terminal, with no options: opens $EDITOR)",
        "Nội dung mới: nội dung mục nhật ký, tên nhiệm vụ hoặc mục tiêu, trích yếu văn bản, tên thông tin cơ bản, tên đơn vị hoặc lĩnh vực, nội dung vướng mắc, tình huống dự phòng (không ghi gì và không có tùy chọn trên terminal: mở $EDITOR)",
    ),
    (
        "Task or document: the due date (20/12, +5wd, eom…)",
        "Nhiệm vụ hoặc văn bản: hạn (20/12, +5wd, eom…)",
    ),
    (
        "Task: high, normal or low",
        "Nhiệm vụ: cao, binh-thuong (bình thường) hoặc thap (thấp)",
    ),
    (
        "Task: the plan period it belongs to (week, month, 2022-W50, 2022-12)",
        "Nhiệm vụ: kỳ kế hoạch (week, month, 2022-W50, 2022-12)",
    ),
    (
        "Task: mark it a major scheme (Đề án)",
        "Nhiệm vụ: đánh dấu là Đề án, chính sách lớn",
    ),
    ("Task: it is not a major scheme", "Nhiệm vụ: bỏ đánh dấu Đề án"),
    (
        "Task: why the due date, unit or plan changed (shown on its timeline)",
        "Nhiệm vụ: lý do đổi hạn, đơn vị hoặc kỳ kế hoạch (ghi vào diễn biến)",
    ),
    ("Document: its number and symbol", "Văn bản: số, ký hiệu"),
    ("Document: its title", "Văn bản: trích yếu"),
    (
        "Document: the issuing body (empty to clear)",
        "Văn bản: cơ quan ban hành (để trống để xóa)",
    ),
    (
        "Document: central, province or other",
        "Văn bản: trung-uong (Trung ương), tinh (tỉnh) hoặc khac (khác)",
    ),
    (
        "Fact: its value (the earlier one is kept in its history; empty to clear)",
        "Thông tin cơ bản: giá trị (giá trị cũ được giữ trong lịch sử; để trống để xóa)",
    ),
    (
        "Fact: where it comes from (empty to clear)",
        "Thông tin cơ bản: nguồn (để trống để xóa)",
    ),
    (
        "Fact: the day it holds for",
        "Thông tin cơ bản: số liệu tính đến ngày",
    ),
    ("Unit or field: its name", "Đơn vị hoặc lĩnh vực: tên"),
    (
        "Blocker: the proposal (empty to clear)",
        "Vướng mắc: đề xuất (để trống để xóa)",
    ),
    (
        "Blocker: directive, meeting or other",
        "Vướng mắc: chi-dao (văn bản chỉ đạo), hop (tổ chức họp) hoặc khac (khác)",
    ),
    (
        "Contingency: the prepared response",
        "Dự phòng: phương án xử lý đã chuẩn bị",
    ),
    (
        "Bring a done or dropped task back (it is open again)",
        "Mở lại một nhiệm vụ đã hoàn thành hoặc đã dừng",
    ),
    (
        "Examples:\n  worklog plan goal \"Trình ký báo cáo trước thứ Sáu\"\n  worklog plan goal done 12      # goal #12 is achieved",
        "Ví dụ:\n  worklog plan goal \"Trình ký báo cáo trước thứ Sáu\"\n  worklog plan goal done 12      # mục tiêu #12 đã đạt",
    ),
    (
        "The goal (or: done ID, to mark goal ID achieved)",
        "Mục tiêu (hoặc: done MÃ, để đánh dấu mục tiêu đã đạt)",
    ),
    (
        "Store this report as submitted: a new frozen copy each time, never overwritten (later runs list what changed since)",
        "Lưu báo cáo này là bản đã nộp: mỗi lần một bản chốt mới, không ghi đè (các lần chạy sau liệt kê những gì đã thay đổi)",
    ),
    (
        "Show a submitted copy as it was: the last one, or version N (1 = the first)",
        "Xem bản đã nộp đúng như khi nộp: bản mới nhất, hoặc bản thứ N (1 = bản đầu tiên)",
    ),
    (
        "List the submitted versions: when, and what changed between them",
        "Liệt kê các bản đã nộp: thời điểm nộp và những gì thay đổi giữa các bản",
    ),
    (
        "Print the annotated example config and the path of yours",
        "In tệp cấu hình mẫu có chú thích và đường dẫn tệp cấu hình của bạn",
    ),
    (
        "Each FILE is one official's `worklog report month --format json` output; `-` reads one from standard input.\nAll files must cover the same period (same dates): files of different periods are refused, because summing them would mix months.\nThe same person's report twice (the same book and name, or the same file) is refused.\nThe result has the month report's shape, every counter summed but days: working_days is the period's, days_logged the days anyone logged, and `people` gives each official's own headline figures with their days logged. Done tasks, open blockers and contingencies are listed with `from` = whose report they came from, their ids qualified by it (An#12).\nFormats: table, md, csv (one row per person and a total row), json, html, docx.\n\nExamples:\n  worklog report month 2022-12 --format json -o an.json     # each official\n  worklog report merge an.json binh.json chi.json           # the office head\n  worklog report merge *.json --format docx -o tong-hop-12-2022.docx",
        "Mỗi FILE là kết quả `worklog report month --format json` của một công chức; `-` để đọc một tệp từ đầu vào chuẩn.\nMọi tệp phải cùng một kỳ (cùng ngày bắt đầu, kết thúc): tệp khác kỳ bị từ chối, vì cộng lại sẽ lẫn số liệu của các tháng.\nHai báo cáo của cùng một người (cùng sổ và tên, hoặc cùng một tệp) bị từ chối.\nKết quả có cùng cấu trúc với báo cáo tháng, mọi chỉ số được cộng dồn trừ số ngày: working_days là số ngày làm việc của kỳ, days_logged là số ngày có người ghi, và `people` nêu các số liệu chính của từng công chức kèm số ngày có ghi. Nhiệm vụ đã hoàn thành, khó khăn, vướng mắc chưa giải quyết và phương án dự phòng được liệt kê kèm `from` = lấy từ báo cáo của ai, mã bản ghi ghi kèm người đó (An#12).\nĐịnh dạng: table, md, csv (mỗi người một dòng và một dòng tổng cộng), json, html, docx.\n\nVí dụ:\n  worklog report month 2022-12 --format json -o an.json     # từng công chức\n  worklog report merge an.json binh.json chi.json           # lãnh đạo phòng\n  worklog report merge *.json --format docx -o tong-hop-12-2022.docx",
    ),
    (
        "Without --from, the format is recognised from the content (a worklog export, jrnl JSON or text, taskwarrior JSON, CSV, an Excel work book).\nA file or records already imported are refused (--allow-duplicates to import them anyway).\nEvery import prints what maps to what, and what is not kept.\n\nThe CSV file's first row names its columns, of: date, text, kind, field, unit, tags, minutes.\n`date` and `text` are required; several units or tags are separated by `;`.\nA CSV may use `,`, `;` or tabs, UTF-8, UTF-16 or Windows-1258, and Vietnamese headers (Ngày, Nội dung, Loại, Lĩnh vực, Đơn vị, Thẻ, Số phút, Giờ, Ghi chú).\n--from xlsx reads every sheet of an Excel work book (or --sheet NAME): the header row is found below any title rows; columns worklog has no field for are kept as lines of the text.\n\n--from worklog reads a `worklog export` JSON file into an EMPTY database, ids and all:\n  worklog --db new.db import worklog-2022.json --from worklog\n\n--from jrnl reads `jrnl --export json` or `jrnl --export txt` into entries, with their time of day; #tags become tags, @words units when the unit exists (else tags), starred entries get the tag `starred`.\n--from taskwarrior reads `task export` (a JSON array or one object per line) into tasks: dates in Vietnam time (UTC+7), started tasks as doing, H/M/L priorities to high/normal/low, the project as a tag project:NAME and a note, wait/scheduled/until/recur/depends as a note, annotations as notes; deleted tasks and recurring templates are skipped.\n\nExample:\n  worklog import so-cong-viec.csv --dry-run",
        "Không có --from, dạng tệp được nhận ra từ nội dung (tệp xuất của worklog, JSON hoặc văn bản của jrnl, JSON của taskwarrior, CSV, sổ tính Excel).\nTệp hoặc bản ghi đã nhập rồi bị từ chối (--allow-duplicates để vẫn nhập).\nMỗi lần nhập đều in trường nào chuyển thành trường nào và những gì không giữ được.\n\nDòng đầu của tệp CSV nêu tên các cột, trong số: date, text, kind, field, unit, tags, minutes.\n`date` và `text` là bắt buộc; nhiều đơn vị hoặc nhãn cách nhau bằng `;`.\nTệp CSV có thể dùng dấu `,`, `;` hoặc tab, bảng mã UTF-8, UTF-16 hoặc Windows-1258, và tiêu đề tiếng Việt (Ngày, Nội dung, Loại, Lĩnh vực, Đơn vị, Thẻ, Số phút, Giờ, Ghi chú).\n--from xlsx đọc mọi trang tính của sổ tính Excel (hoặc --sheet TÊN): dòng tiêu đề được tìm dưới các dòng tên bảng; cột nào worklog không có trường tương ứng được giữ thành các dòng của nội dung.\n\n--from worklog đọc tệp JSON do `worklog export` tạo ra vào một cơ sở dữ liệu TRỐNG, giữ nguyên cả mã bản ghi:\n  worklog --db new.db import worklog-2022.json --from worklog\n\n--from jrnl đọc `jrnl --export json` hoặc `jrnl --export txt` thành mục nhật ký, giữ giờ ghi; #nhãn thành nhãn, @từ thành đơn vị khi có đơn vị đó (nếu không thì thành nhãn), mục có đánh dấu sao được gắn nhãn `starred`.\n--from taskwarrior đọc `task export` (một mảng JSON hoặc mỗi dòng một đối tượng) thành nhiệm vụ: ngày theo giờ Việt Nam (UTC+7), nhiệm vụ đã bắt đầu thành đang thực hiện, mức ưu tiên H/M/L thành high/normal/low, dự án (project) thành nhãn project:NAME và một ghi chú, wait/scheduled/until/recur/depends thành ghi chú, chú thích (annotation) thành ghi chú; bỏ qua nhiệm vụ đã xóa và mẫu lặp lại.\n\nVí dụ:\n  worklog import so-cong-viec.csv --dry-run",
    ),
    (
        "The file's format (recognised from the content when left out)",
        "Định dạng của tệp (bỏ trống: nhận ra từ nội dung)",
    ),
    (
        "Import even a file, or records, already imported",
        "Vẫn nhập cả tệp hoặc bản ghi đã nhập trước đây",
    ),
    (
        "With an Excel work book: only this sheet (default: every sheet with a header row)",
        "Với sổ tính Excel: chỉ trang tính này (mặc định: mọi trang tính có dòng tiêu đề)",
    ),
    (
        "--format json (the default) writes the WHOLE database, every record with its id and\ntimestamps, deleted ones too; `worklog --db new.db import FILE --from worklog` rebuilds it.\n\n--format csv writes one kind of record, live ones only:\n  entries: date,text,kind,field,unit,tags,minutes,time (the columns `import --from csv` reads)\n  tasks:   id,title,status,priority,due,plan,unit,major,field,assigned,started,closed,docs\n  docs:    id,number,title,issuer,level,field,status,issued,due,unit\n  facts:   id,text,value,source,as_of,field\nSeveral units, tags or document numbers in a cell are separated by `;`. PERIOD limits\nentries by date, tasks by the date assigned, documents by issue (else due) date, facts\nby as-of date.\n\nExamples:\n  worklog export -o worklog-2022.json\n  worklog export --format csv --what entries 2022 -o nhat-ky-2022.csv",
        "--format json (mặc định) ghi TOÀN BỘ cơ sở dữ liệu, mọi bản ghi kèm mã và\nthời điểm tạo, sửa, kể cả bản ghi đã xóa; `worklog --db new.db import FILE --from worklog` dựng lại cơ sở dữ liệu từ tệp đó.\n\n--format csv ghi một loại bản ghi, chỉ những bản ghi chưa xóa:\n  nhat-ky:   date,text,kind,field,unit,tags,minutes,time (các cột mà `import --from csv` đọc)\n  nhiem-vu:  id,title,status,priority,due,plan,unit,major,field,assigned,started,closed,docs\n  van-ban:   id,number,title,issuer,level,field,status,issued,due,unit\n  thong-tin: id,text,value,source,as_of,field\nNhiều đơn vị, nhãn hoặc số, ký hiệu văn bản trong một ô cách nhau bằng `;`. PERIOD giới hạn\nmục nhật ký theo ngày, nhiệm vụ theo ngày giao, văn bản theo ngày ban hành (nếu chưa có thì theo hạn),\nthông tin cơ bản theo ngày của số liệu.\n\nVí dụ:\n  worklog export -o worklog-2022.json\n  worklog export --format csv --what nhat-ky 2022 -o nhat-ky-2022.csv",
    ),
    (
        "Bring a database from an older version up to this one (a copy is kept beside it first)",
        "Nâng cấp cơ sở dữ liệu của phiên bản cũ lên phiên bản này (trước đó giữ một bản sao bên cạnh)",
    ),
    (
        "A document number it concerns (repeatable)",
        "Số, ký hiệu văn bản liên quan (dùng nhiều lần được)",
    ),
    (
        "A task or entry it concerns (repeatable)",
        "Nhiệm vụ hoặc mục nhật ký liên quan (dùng nhiều lần được)",
    ),
    (
        "A task the opinion creates (repeatable; each --due and -u goes with the --task of the same rank)",
        "Nhiệm vụ giao theo ý kiến (dùng nhiều lần được; mỗi --due và -u đi với --task cùng thứ tự)",
    ),
    ("Due date of the created task", "Hạn của nhiệm vụ được giao"),
    (
        "Only those for the meeting of this day",
        "Chỉ những nội dung cho cuộc họp ngày này",
    ),
    (
        "Only those the leader has not answered yet",
        "Chỉ những nội dung lãnh đạo chưa cho ý kiến",
    ),
    ("The consultation's id", "Mã nội dung xin ý kiến"),
    (
        "The day of the meeting it is for: 16/12, thu4, +2wd…",
        "Ngày họp cần trình: 16/12, thu4, +2wd…",
    ),
    (
        "The day the opinion was given (default: today)",
        "Ngày lãnh đạo cho ý kiến (mặc định: hôm nay)",
    ),
    ("The leader agreed (the default)", "Lãnh đạo đồng ý (mặc định)"),
    (
        "The leader asked for it to be revised",
        "Lãnh đạo yêu cầu chỉnh sửa",
    ),
    ("The leader did not agree", "Lãnh đạo không đồng ý"),
    (
        "The leader's opinion (required)",
        "Ý kiến của lãnh đạo (bắt buộc)",
    ),
    (
        "The leader, by the alias in the config's [leaders]",
        "Lãnh đạo, theo tên viết tắt trong mục [leaders] của tệp cấu hình",
    ),
    (
        "The unit responsible for the created task (makes it a follow-up)",
        "Đơn vị chủ trì nhiệm vụ được giao (thành việc cần đôn đốc)",
    ),
    (
        "What to clear with the leader",
        "Nội dung cần xin ý kiến lãnh đạo",
    ),
    (
        "Items to clear with a leader before presenting them, and the leader's opinion (alias: xin-y-kien)",
        "Nội dung xin ý kiến lãnh đạo trước khi trình, và ý kiến của lãnh đạo (bí danh: xin-y-kien)",
    ),
    (
        "Write down an item to clear with a leader: worklog consult add \"Báo cáo giải ngân\" --leader pct-tuan --for thu4",
        "Ghi nội dung cần xin ý kiến lãnh đạo: worklog consult add \"Báo cáo giải ngân\" --leader pct-tuan --for thu4",
    ),
    ("List consultations", "Liệt kê nội dung xin ý kiến"),
    (
        "Record the leader's opinion; it can create tasks that keep the link",
        "Ghi ý kiến của lãnh đạo; có thể giao nhiệm vụ kèm liên kết",
    ),
    (
        "Examples:\n  worklog consult add \"Báo cáo tiến độ giải ngân vốn đầu tư công\" --leader pct-tuan --for 16/12 --task 12\n  worklog xin-y-kien add \"Dự thảo kế hoạch kiểm tra\" --leader pct-tuan --doc 45/2022/QĐ-UBND",
        "Ví dụ:\n  worklog consult add \"Báo cáo tiến độ giải ngân vốn đầu tư công\" --leader pct-tuan --for 16/12 --task 12\n  worklog xin-y-kien add \"Dự thảo kế hoạch kiểm tra\" --leader pct-tuan --doc 45/2022/QĐ-UBND",
    ),
    (
        "Examples:\n  worklog consult answer 31 --opinion \"Đồng ý, bổ sung số liệu quý IV\" --agreed\n  worklog consult answer 31 --opinion \"Giao Sở Tài chính rà soát\" --revise --task \"Rà soát số liệu\" --due 20/12 -u stc",
        "Ví dụ:\n  worklog consult answer 31 --opinion \"Đồng ý, bổ sung số liệu quý IV\" --agreed\n  worklog consult answer 31 --opinion \"Giao Sở Tài chính rà soát\" --revise --task \"Rà soát số liệu\" --due 20/12 -u stc",
    ),
    (
        "The sector brief for the leader: facts with source, as-of and history; the field's documents in force",
        "Thông tin cơ bản của ngành cho lãnh đạo: số liệu kèm nguồn, ngày và các giá trị trước; văn bản của ngành đang có hiệu lực",
    ),
    ("Only this field (sector)", "Chỉ ngành, lĩnh vực này"),
    (
        "Examples:\n  worklog report facts\n  worklog report facts -f laodong --format md\n  worklog report facts -f laodong --format docx -o thong-tin-nganh.docx",
        "Ví dụ:\n  worklog report facts\n  worklog report facts -f laodong --format md\n  worklog report facts -f laodong --format docx -o thong-tin-nganh.docx",
    ),
    (
        "Proposed directives, assignments and schemes (Đề án), and their fate",
        "Đề xuất chỉ đạo, giao nhiệm vụ, xây dựng đề án, và kết quả đề xuất",
    ),
    (
        "Write down a proposed directive, assignment or scheme: worklog propose add \"Giao Sở Nội vụ xây dựng Đề án\" -u snv --scheme",
        "Ghi một đề xuất chỉ đạo, giao nhiệm vụ hoặc xây dựng đề án: worklog propose add \"Giao Sở Nội vụ xây dựng Đề án\" -u snv --scheme",
    ),
    ("List proposals", "Liệt kê các đề xuất"),
    (
        "The leadership accepted the proposal; it can create follow-up tasks that keep the link",
        "Lãnh đạo chấp thuận đề xuất; có thể giao nhiệm vụ theo dõi, giữ liên kết với đề xuất",
    ),
    (
        "The leadership did not accept the proposal",
        "Lãnh đạo không chấp thuận đề xuất",
    ),
    (
        "Examples:\n  worklog propose add \"Ban hành Chỉ thị tăng cường giải ngân vốn đầu tư công\" -u skhdt -u stc --reason \"Giải ngân đạt 45%\" --fact 21\n  worklog propose add \"Xây dựng Đề án phát triển nguồn nhân lực\" -u snv --scheme --doc 45/2022/QĐ-UBND",
        "Ví dụ:\n  worklog propose add \"Ban hành Chỉ thị tăng cường giải ngân vốn đầu tư công\" -u skhdt -u stc --reason \"Giải ngân đạt 45%\" --fact 21\n  worklog propose add \"Xây dựng Đề án phát triển nguồn nhân lực\" -u snv --scheme --doc 45/2022/QĐ-UBND",
    ),
    ("What is proposed", "Nội dung đề xuất"),
    (
        "A unit to direct or assign, by alias (repeatable)",
        "Cơ quan, đơn vị được đề xuất chỉ đạo, giao nhiệm vụ, theo tên viết tắt (lặp lại được)",
    ),
    (
        "A scheme (Đề án) rather than a single directive or assignment",
        "Là đề án (không phải một chỉ đạo, giao nhiệm vụ đơn lẻ)",
    ),
    ("Why it is proposed", "Lý do đề xuất"),
    (
        "A fact it rests on, by id (repeatable; see worklog fact list)",
        "Thông tin cơ bản làm căn cứ, theo mã (lặp lại được; xem worklog fact list)",
    ),
    (
        "The day it was proposed (default: today)",
        "Ngày đề xuất (mặc định: hôm nay)",
    ),
    ("Only those still pending", "Chỉ các đề xuất đang chờ quyết định"),
    (
        "Examples:\n  worklog propose accept 40 --note \"Đồng ý, giao Sở Nội vụ chủ trì\"\n  worklog propose accept 40 --task \"Xây dựng Đề án\" --due 31/03 -u snv --task \"Lấy ý kiến các sở\" --due 15/02 -u snv",
        "Ví dụ:\n  worklog propose accept 40 --note \"Đồng ý, giao Sở Nội vụ chủ trì\"\n  worklog propose accept 40 --task \"Xây dựng Đề án\" --due 31/03 -u snv --task \"Lấy ý kiến các sở\" --due 15/02 -u snv",
    ),
    ("The proposal's id", "Mã đề xuất"),
    (
        "The day it was decided (default: today)",
        "Ngày lãnh đạo quyết định (mặc định: hôm nay)",
    ),
    ("What the leadership said", "Ý kiến của lãnh đạo"),
    (
        "A follow-up task the acceptance creates (repeatable; each --due and -u goes with the --task of the same rank)",
        "Nhiệm vụ giao theo đề xuất được chấp thuận (lặp lại được; mỗi --due và -u đi với --task cùng thứ tự)",
    ),
    (
        "Examples:\n  worklog propose reject 40 --note \"Chưa đủ cơ sở, nghiên cứu thêm\"",
        "Ví dụ:\n  worklog propose reject 40 --note \"Chưa đủ cơ sở, nghiên cứu thêm\"",
    ),
    (
        "Content for a giao ban meeting: the week's results, consultations with the leader's opinion, what needs direction, proposals",
        "Nội dung báo cáo tại cuộc họp giao ban: kết quả công tác trong tuần, nội dung xin ý kiến lãnh đạo, việc cần xin ý kiến chỉ đạo, đề xuất",
    ),
    (
        "Examples:\n  worklog report briefing\n  worklog report briefing thu4 --format docx -o giao-ban.docx\n  worklog report briefing 14/12/2022 --format md",
        "Ví dụ:\n  worklog report briefing\n  worklog report briefing thu4 --format docx -o giao-ban.docx\n  worklog report briefing 14/12/2022 --format md",
    ),
    (
        "A day of the meeting's week (default: today): 14/12, thu4, +1w…",
        "Một ngày trong tuần có cuộc họp (mặc định: hôm nay): 14/12, thu4, +1w…",
    ),
];
