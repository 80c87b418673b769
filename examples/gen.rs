//! A deterministic generator of realistic Vietnamese work-log data for benchmarks and
//! load tests (SPEC §10). The same arguments always give the same bytes: a small
//! xorshift generator, seeded, no `rand`.
//!
//! ```text
//! cargo run --release --example gen -- --entries 50000 --years 10 --out data.csv \
//!     --setup setup.sh --ref-csv ref.csv --ref-sql ref.sql
//! ```
//!
//! * `--out FILE.csv`: entries in the `worklog import --from csv` format
//!   (`date,text,kind,field,unit,tags,minutes`), dated on working days over `--years`
//!   years ending `--end` (default 2022-12-31).
//! * `--setup FILE.sh`: the `worklog unit add` / `worklog field add` commands the CSV
//!   needs (units and fields must exist before the import); run it with `WORKLOG_DB` set.
//! * `--ref-csv FILE.csv`: the same rows for the yardstick, `id,day,body,tags`, no header
//!   (for `sqlite3 ref.db ".import --csv FILE entries"`).
//! * `--ref-sql FILE.sql`: SQL that builds the yardstick `ref.db` with those rows:
//!   `entries(id INTEGER PRIMARY KEY, day TEXT, body TEXT, tags TEXT)` and an index on day.
//! * `--fixed-month YYYY-MM[..YYYY-MM] --fixed-count N` (P3: history size must not
//!   matter): the first N rows fall in those months and are drawn from their own seeded
//!   generator, so they are the same rows whatever `--entries` is; the other rows avoid
//!   those months. (A month report also shows the previous month: fix both.)
#![allow(clippy::print_stdout, clippy::print_stderr)]

use chrono::{Datelike, Days, NaiveDate, Weekday};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// xorshift64*: tiny, fast, and good enough to pick phrases.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const UNITS: &[(&str, &str, &str)] = &[
    ("ldtbxh", "Sở Lao động - Thương binh và Xã hội", "department"),
    ("yte", "Sở Y tế", "department"),
    ("gtvt", "Sở Giao thông vận tải", "department"),
    ("tnmt", "Sở Tài nguyên và Môi trường", "department"),
    ("stc", "Sở Tài chính", "department"),
    ("khdt", "Sở Kế hoạch và Đầu tư", "department"),
    ("sxd", "Sở Xây dựng", "department"),
    ("gddt", "Sở Giáo dục và Đào tạo", "department"),
    ("tp-baria", "UBND thành phố Bà Rịa", "other"),
    ("xa-longson", "UBND xã Long Sơn", "commune"),
    ("xa-hoaloi", "UBND xã Hòa Lợi", "commune"),
];

const FIELDS: &[(&str, &str)] = &[
    ("laodong", "Lao động, việc làm"),
    ("yte", "Y tế"),
    ("giaothong", "Giao thông"),
    ("datdai", "Đất đai, môi trường"),
    ("taichinh", "Tài chính, ngân sách"),
    ("giaoduc", "Giáo dục"),
    ("xaydung", "Xây dựng"),
];

const KINDS: &[&str] = &[
    "advice",
    "draft",
    "meeting",
    "inspection",
    "coordination",
    "report",
    "citizen",
    "other",
];

const ACTIONS: &[&str] = &[
    "Dự họp giao ban",
    "Tham mưu văn bản",
    "Kiểm tra",
    "Soạn thảo tờ trình về",
    "Tổng hợp báo cáo",
    "Phối hợp với Sở Lao động về",
    "Tiếp công dân phản ánh về",
    "Góp ý dự thảo",
    "Rà soát hồ sơ",
    "Làm việc với đoàn công tác về",
    "Đôn đốc tiến độ",
    "Dự hội nghị trực tuyến về",
];

const TOPICS: &[&str] = &[
    "tiến độ thi công đường ven biển",
    "nâng cấp đường Võ Văn Kiệt",
    "chính sách hỗ trợ người lao động",
    "giải phóng mặt bằng dự án",
    "an toàn vệ sinh thực phẩm",
    "giải ngân vốn đầu tư công",
    "cấp giấy chứng nhận quyền sử dụng đất",
    "phòng chống thiên tai, tìm kiếm cứu nạn",
    "chuyển đổi số trong cơ quan nhà nước",
    "cải cách thủ tục hành chính",
    "bảo hiểm xã hội tự nguyện",
    "nước sạch nông thôn",
    "tuyển sinh đầu cấp",
    "xây dựng nông thôn mới",
    "giá đất bồi thường",
];

const DOC_KINDS: &[&str] = &[
    "QĐ-UBND",
    "KH-UBND",
    "UBND-VP",
    "SLĐTBXH-VLATLĐ",
    "TTr-SYT",
    "BC-UBND",
];

const TAGS: &[&str] = &[
    "giao-ban",
    "gấp",
    "dự-án",
    "tết",
    "thanh-tra",
    "chính-sách",
    "báo-cáo-tháng",
];

fn doc_number(r: &mut Rng, year: i32) -> String {
    let n = 1 + r.below(9999);
    let kind = r.pick(DOC_KINDS);
    if kind.starts_with("QĐ") || kind.starts_with("KH") {
        format!("{n}/{year}/{kind}")
    } else {
        format!("{n}/{kind}")
    }
}

fn text(r: &mut Rng, year: i32) -> String {
    let mut t = format!("{} {}", r.pick(ACTIONS), r.pick(TOPICS));
    match r.below(4) {
        0 => {
            let issued = year - r.below(3) as i32;
            t.push_str(&format!(" theo Quyết định số {}", doc_number(r, issued)));
        }
        1 => t.push_str(&format!(" (Công văn {})", doc_number(r, year))),
        2 if r.chance(50) => t.push_str(&format!(" tại {}", r.pick(UNITS).1)),
        _ => {}
    }
    t
}

struct Opts {
    entries: usize,
    years: u32,
    end: NaiveDate,
    seed: u64,
    out: Option<PathBuf>,
    setup: Option<PathBuf>,
    ref_csv: Option<PathBuf>,
    ref_sql: Option<PathBuf>,
    /// First and last day of the `--fixed-month` range, with `--fixed-count`.
    fixed: Option<(NaiveDate, NaiveDate, usize)>,
}

fn usage() -> ! {
    eprintln!(
        "usage: gen --entries N [--years Y] [--end YYYY-MM-DD] [--seed S] --out FILE.csv \
         [--setup FILE.sh] [--ref-csv FILE.csv] [--ref-sql FILE.sql] \
         [--fixed-month YYYY-MM[..YYYY-MM] --fixed-count N]"
    );
    std::process::exit(2)
}

fn parse_args() -> Opts {
    let mut o = Opts {
        entries: 1000,
        years: 10,
        end: NaiveDate::from_ymd_opt(2022, 12, 31).unwrap_or_default(),
        seed: 2022,
        out: None,
        setup: None,
        ref_csv: None,
        ref_sql: None,
        fixed: None,
    };
    let mut fixed_month: Option<(NaiveDate, NaiveDate)> = None;
    let mut fixed_count: Option<usize> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--entries" => o.entries = val().parse().unwrap_or_else(|_| usage()),
            "--years" => o.years = val().parse().unwrap_or_else(|_| usage()),
            "--seed" => o.seed = val().parse().unwrap_or_else(|_| usage()),
            "--end" => o.end = NaiveDate::parse_from_str(&val(), "%Y-%m-%d").unwrap_or_else(|_| usage()),
            "--out" => o.out = Some(val().into()),
            "--setup" | "--units" => o.setup = Some(val().into()),
            "--ref-csv" => o.ref_csv = Some(val().into()),
            "--ref-sql" => o.ref_sql = Some(val().into()),
            "--fixed-month" => {
                let v = val();
                let (from, to) = v.split_once("..").unwrap_or((&v, &v));
                let month = |m: &str| {
                    NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").unwrap_or_else(|_| usage())
                };
                fixed_month = Some((month(from), month(to)));
            }
            "--fixed-count" => fixed_count = Some(val().parse().unwrap_or_else(|_| usage())),
            _ => usage(),
        }
    }
    if o.years == 0 || o.years > 100 {
        usage();
    }
    match (fixed_month, fixed_count) {
        (Some((first, last_first)), Some(n)) if n <= o.entries && last_first >= first => {
            let next = last_first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first);
            let last = next.pred_opt().unwrap_or(first);
            o.fixed = Some((first, last, n));
        }
        (None, None) => {}
        _ => usage(),
    }
    o
}

/// A working day drawn from `span` days from `start` (officials log on working days).
fn working_day(r: &mut Rng, cal: &worklog::calendar::Calendar, start: NaiveDate, span: usize) -> NaiveDate {
    let mut day = start + Days::new(r.below(span) as u64);
    let mut guard = 0;
    while !cal.is_working_day(day) && guard < 10 {
        day = day.pred_opt().unwrap_or(day);
        guard += 1;
    }
    if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || day < start {
        day = start;
    }
    day
}

fn sql_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn create(path: &Option<PathBuf>) -> std::io::Result<Option<BufWriter<std::fs::File>>> {
    path.as_ref()
        .map(|p| std::fs::File::create(p).map(BufWriter::new))
        .transpose()
}

fn main() -> std::io::Result<()> {
    let o = parse_args();
    let cal = worklog::calendar::Calendar::default();
    let start = o
        .end
        .with_year(o.end.year() - o.years as i32)
        .unwrap_or(o.end)
        .succ_opt()
        .unwrap_or(o.end);
    let span = (o.end - start).num_days().max(1) as usize + 1;
    let mut r = Rng::new(o.seed);

    let mut out = create(&o.out)?;
    let mut ref_csv = create(&o.ref_csv)?;
    let mut ref_sql = create(&o.ref_sql)?;
    if let Some(w) = out.as_mut() {
        writeln!(w, "date,text,kind,field,unit,tags,minutes")?;
    }
    if let Some(w) = ref_sql.as_mut() {
        writeln!(
            w,
            "PRAGMA journal_mode=WAL;\nCREATE TABLE entries(id INTEGER PRIMARY KEY, day TEXT, body TEXT, tags TEXT);\n\
             CREATE INDEX entries_day ON entries(day);\nBEGIN;"
        )?;
    }
    let mut csv_out = out.as_mut().map(csv::Writer::from_writer);
    let mut csv_ref = ref_csv.as_mut().map(csv::Writer::from_writer);
    // The fixed months' rows come from their own generator, so they do not depend on
    // how many other rows there are.
    let mut r_fixed = Rng::new(o.seed ^ 0x5EED_F1C5);
    for i in 0..o.entries {
        let (r, day) = match o.fixed {
            Some((first, last, n)) if i < n => {
                let days = (last - first).num_days() as usize + 1;
                let day = working_day(&mut r_fixed, &cal, first, days);
                (&mut r_fixed, day)
            }
            Some((first, last, _)) => {
                let mut day = working_day(&mut r, &cal, start, span);
                // Outside the fixed months (bounded: they are a small part of the span).
                let mut guard = 0;
                while day >= first && day <= last && guard < 1000 {
                    day = working_day(&mut r, &cal, start, span);
                    guard += 1;
                }
                (&mut r, day)
            }
            None => {
                let day = working_day(&mut r, &cal, start, span);
                (&mut r, day)
            }
        };
        let body = text(r, day.year());
        let kind = *r.pick(KINDS);
        let field = if r.chance(70) { r.pick(FIELDS).0 } else { "" };
        let mut units: Vec<&str> = Vec::new();
        for _ in 0..r.below(3) {
            let u = r.pick(UNITS).0;
            if !units.contains(&u) {
                units.push(u);
            }
        }
        let mut tags: Vec<&str> = Vec::new();
        for _ in 0..r.below(3) {
            let t = *r.pick(TAGS);
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
        let minutes = if r.chance(60) {
            (15 * (1 + r.below(16))).to_string()
        } else {
            String::new()
        };
        let date = day.format("%Y-%m-%d").to_string();
        let tags = tags.join(";");
        if let Some(w) = csv_out.as_mut() {
            w.write_record([
                date.as_str(),
                body.as_str(),
                kind,
                field,
                &units.join(";"),
                &tags,
                &minutes,
            ])?;
        }
        if let Some(w) = csv_ref.as_mut() {
            w.write_record([(i + 1).to_string().as_str(), &date, &body, &tags])?;
        }
        if let Some(w) = ref_sql.as_mut() {
            writeln!(
                w,
                "INSERT INTO entries VALUES({},{},{},{});",
                i + 1,
                sql_quote(&date),
                sql_quote(&body),
                sql_quote(&tags)
            )?;
        }
    }
    if let Some(w) = csv_out.as_mut() {
        w.flush()?;
    }
    if let Some(w) = csv_ref.as_mut() {
        w.flush()?;
    }
    drop(csv_out);
    drop(csv_ref);
    if let Some(w) = ref_sql.as_mut() {
        writeln!(w, "COMMIT;")?;
        w.flush()?;
    }
    if let Some(p) = &o.setup {
        let mut w = BufWriter::new(std::fs::File::create(p)?);
        writeln!(
            w,
            "#!/bin/sh\n# Units and fields that the generated CSV references.\nset -e\nW=${{WORKLOG:-worklog}}"
        )?;
        for (alias, name, kind) in UNITS {
            writeln!(w, "\"$W\" -q unit add {alias} \"{name}\" --kind {kind}")?;
        }
        for (key, name) in FIELDS {
            writeln!(w, "\"$W\" -q field add {key} \"{name}\"")?;
        }
        w.flush()?;
    }
    Ok(())
}
