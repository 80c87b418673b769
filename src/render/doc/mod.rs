//! Document writers for administrative reports (*báo cáo*, Decree 30/2020/NĐ-CP, see
//! DOMAIN.md §c): a neutral model of the document, and two renderings of it — a Word
//! file (`to_docx`, OOXML parts written here and zipped) and one self-contained
//! printable HTML page (`to_html`, charts as inline SVG). `admin` fills the model from
//! a computed report; nothing here reads the database or knows which report it is. All user text is
//! escaped by the writers, so any text gives well-formed output.

pub mod admin;
mod docx;
mod html;
mod md;

pub use docx::to_docx;
pub use html::to_html;
pub use md::to_md;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// An administrative report, top to bottom as printed.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct AdminReport {
    /// The document's language tag ("vi", "en").
    pub lang: String,
    pub header: Header,
    /// `BÁO CÁO`
    pub title: String,
    /// The *trích yếu* under the title, e.g. "Kết quả công tác tháng 11 năm 2025".
    pub summary: String,
    /// A line under the trích yếu, e.g. that this version replaces a submitted one.
    pub notice: Option<String>,
    /// "Kính gửi: …" as printed, when the report is addressed to someone.
    pub to: Option<String>,
    /// "Thực hiện …, … báo cáo như sau:"
    pub intro: Option<String>,
    pub sections: Vec<Section>,
    /// "Trên đây là báo cáo …./."
    pub closing: String,
    /// "Nơi nhận:"
    pub recipients_title: String,
    /// One line each, as printed: "- Như trên;" … "- Lưu: VT, TH."
    pub recipients: Vec<String>,
    pub signature: Signature,
    /// Tables of the *Phụ lục*, on a new page after the signature.
    pub appendix: Vec<Table>,
}

/// The two header columns of page 1.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Header {
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc".
    pub nation: String,
    pub motto: String,
    /// The governing body, e.g. "ỦY BAN NHÂN DÂN TỈNH X" (a `\n` breaks the line).
    pub parent_org: Option<String>,
    /// The issuing body, e.g. "VĂN PHÒNG".
    pub org: String,
    /// "Số: 15/BC-VP"
    pub number: String,
    /// "Bà Rịa - Vũng Tàu, ngày 05 tháng 01 năm 2026" (see `place_date`).
    pub place_date: String,
}

/// A body section: "I. KẾT QUẢ …" and its paragraphs.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<Para>,
}

/// A body paragraph.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Para {
    /// Running text, justified with a first-line indent.
    Text(String),
    /// A bold sub-heading ("1. Công tác tham mưu …").
    Subheading(String),
    /// A "- " item.
    Bullet(String),
}

/// The signature block: authority lines (printed UPPERCASE bold), room for the
/// signature and seal, then the signer's name in bold.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Signature {
    /// e.g. ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    pub authority: Vec<String>,
    pub name: String,
}

/// A table of the appendix (printed with borders).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Table {
    /// "PHỤ LỤC 01"
    pub title: String,
    /// What it lists, under the title.
    pub caption: Option<String>,
    /// "(Kèm theo Báo cáo số …)"
    pub note: Option<String>,
    /// The columns' shares of the width (empty: equal).
    pub widths: Vec<u32>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A bar chart for the HTML page: one bar per (label, value).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Chart {
    pub title: String,
    pub bars: Vec<(String, f64)>,
}

/// The issuing-date line: "Bà Rịa - Vũng Tàu, ngày 05 tháng 01 năm 2026". Days below
/// 10 and the months 1 and 2 take a leading zero ("tháng 02", but "tháng 3"), as the
/// decree's samples write them. Without a place the line starts at "Ngày".
pub fn place_date(place: &str, date: NaiveDate) -> String {
    let month = match date.month() {
        m @ (1 | 2) => format!("{m:02}"),
        m => m.to_string(),
    };
    let tail = format!("ngày {:02} tháng {month} năm {}", date.day(), date.year());
    let place = place.trim();
    if place.is_empty() {
        let mut c = tail.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        format!("{place}, {tail}")
    }
}

/// Text as XML 1.0 and HTML may carry it: NFC, without the characters XML forbids
/// (controls other than tab, newline and carriage return; U+FFFE, U+FFFF).
pub(crate) fn clean_text(s: &str) -> String {
    crate::text::nfc(s)
        .chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || (('\u{20}'..='\u{D7FF}').contains(&c) && !('\u{7F}'..='\u{9F}').contains(&c))
                || ('\u{E000}'..='\u{FFFD}').contains(&c)
                || c >= '\u{10000}'
        })
        .collect()
}

/// Escapes the five XML/HTML special characters of already cleaned text.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in clean_text(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A sample report with Vietnamese text, for tests and the `report_sample` example.
pub fn sample() -> AdminReport {
    AdminReport {
        lang: "vi".into(),
        header: Header {
            nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
            motto: "Độc lập - Tự do - Hạnh phúc".into(),
            parent_org: Some("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU".into()),
            org: "VĂN PHÒNG".into(),
            number: "Số: 15/BC-VP".into(),
            place_date: place_date("Bà Rịa - Vũng Tàu", NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default()),
        },
        title: "BÁO CÁO".into(),
        summary: "Kết quả công tác tháng 12 năm 2025 và nhiệm vụ trọng tâm tháng 01 năm 2026".into(),
        notice: None,
        to: Some("Kính gửi: Lãnh đạo Văn phòng UBND tỉnh".into()),
        intro: Some("Thực hiện Quy chế làm việc của Văn phòng UBND tỉnh, Phòng Tổng hợp báo cáo kết quả công tác tháng 12 năm 2025 như sau:".into()),
        sections: vec![
            Section {
                heading: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ".into(),
                paragraphs: vec![
                    Para::Subheading("1. Công tác tham mưu, chỉ đạo, điều hành".into()),
                    Para::Text("Trong tháng, đã tham mưu 42 văn bản, dự 12 cuộc họp, tiếp công dân 3 buổi. Tổng số nhiệm vụ được giao: 20; đã hoàn thành: 17 (đúng hạn 15, quá hạn 2); đang thực hiện: 3 (trong hạn 2, quá hạn 1).".into()),
                    Para::Bullet("Tham mưu Quyết định số 45/2022/QĐ-UBND về đường giao thông nông thôn;".into()),
                    Para::Bullet("Đôn đốc Sở Lao động - Thương binh và Xã hội báo cáo tình hình lao động.".into()),
                ],
            },
            Section {
                heading: "II. TỒN TẠI, HẠN CHẾ, KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN".into(),
                paragraphs: vec![Para::Text("Một số đơn vị chậm gửi báo cáo, ảnh hưởng đến tiến độ tổng hợp.".into())],
            },
            Section {
                heading: "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 01 NĂM 2026".into(),
                paragraphs: vec![Para::Text("Tập trung hoàn thành các nhiệm vụ trước Tết Nguyên đán Bính Ngọ 2026.".into())],
            },
        ],
        closing: "Trên đây là báo cáo kết quả công tác tháng 12 năm 2025 của Phòng Tổng hợp./.".into(),
        recipients_title: "Nơi nhận:".into(),
        recipients: vec![
            "- Chánh Văn phòng (b/c);".into(),
            "- Các Phó Chánh Văn phòng;".into(),
            "- Lưu: VT, TH.".into(),
        ],
        signature: Signature {
            authority: vec!["KT. CHÁNH VĂN PHÒNG".into(), "PHÓ CHÁNH VĂN PHÒNG".into()],
            name: "Nguyễn Văn A".into(),
        },
        appendix: vec![Table {
            title: "Phụ lục 01".into(),
            caption: Some("Số liệu công việc theo lĩnh vực".into()),
            note: Some("(Kèm theo Báo cáo số      /BC-VP ngày 05/01/2026)".into()),
            widths: vec![1, 5, 2, 2],
            headers: vec!["STT".into(), "Lĩnh vực".into(), "Số việc".into(), "Số phút".into()],
            rows: vec![
                vec!["1".into(), "Lao động, việc làm".into(), "12".into(), "540".into()],
                vec!["2".into(), "Y tế".into(), "7".into(), "300".into()],
            ],
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_pads_small_days_and_the_first_two_months() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            place_date("Bà Rịa - Vũng Tàu", d(2026, 1, 5)),
            "Bà Rịa - Vũng Tàu, ngày 05 tháng 01 năm 2026"
        );
        assert_eq!(place_date("X", d(2026, 2, 15)), "X, ngày 15 tháng 02 năm 2026");
        assert_eq!(place_date("X", d(2026, 3, 15)), "X, ngày 15 tháng 3 năm 2026");
        assert_eq!(place_date("X", d(2022, 12, 12)), "X, ngày 12 tháng 12 năm 2022");
        assert_eq!(place_date(" ", d(2022, 10, 1)), "Ngày 01 tháng 10 năm 2022");
    }

    #[test]
    fn escape_handles_markup_and_forbidden_characters() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}c\u{7f}d\u{fffe}e\tf\ng"), "abcde\tf\ng");
        // decomposed input comes out composed
        assert_eq!(escape("Vie\u{302}\u{323}t"), "Việt");
    }
}

#[cfg(test)]
mod tests_writers;
