//! Lunar dates as people read them: the Vietnamese phrase ("mùng 5 tháng Giêng năm Quý
//! Mão"), its English counterpart, the compact label of a calendar cell, and the `lunar`
//! JSON object that `show` and `cal` print. Pure formatting over `calendar::lunar`; the
//! conversion itself lives in `src/calendar/`.

use crate::calendar::{LunarDate, day_label_vi, month_label_vi, solar_to_lunar, year_name};
use crate::i18n::{Lang, lang};
use chrono::NaiveDate;

/// A lunar date in words, in the given language.
///
/// vi: "mùng 1 tháng Giêng năm Quý Mão", "rằm tháng Tám năm Giáp Thìn",
/// "29 tháng Chạp năm Quý Mão", "mùng 3 tháng Hai nhuận năm Quý Mão".
/// en: "lunar 1/1, Quý Mão year", "lunar 3/2 (leap month), Quý Mão year".
pub fn lunar_phrase(l: &LunarDate, lang: Lang) -> String {
    let year = year_name(l.year);
    match lang {
        Lang::Vi => format!(
            "{} {} năm {}",
            day_label_vi(l.day),
            month_label_vi(l.month, l.leap),
            year
        ),
        Lang::En => {
            let leap = if l.leap { " (leap month)" } else { "" };
            format!("lunar {}/{}{}, {} year", l.day, l.month, leap, year)
        }
    }
}

/// Today's (or any day's) title line in both calendars, in the process language:
/// "Thứ Hai 23/01/2023 · mùng 2 tháng Giêng năm Quý Mão". Outside the lunar calendar's
/// range (1900–2100) only the solar day is given.
pub fn lunar_line(date: NaiveDate) -> String {
    let solar = crate::i18n::day(date);
    match solar_to_lunar(date) {
        Ok(l) => format!("{solar} · {}", lunar_phrase(&l, lang())),
        Err(_) => solar,
    }
}

/// The compact label of a calendar cell: the day, with the month on the first day of a
/// lunar month. vi: "1/Chạp", "mùng 2", "rằm", "16"; en: "1/12", "2", "15".
pub fn cell_label(l: &LunarDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => {
            if l.day == 1 {
                let month = month_label_vi(l.month, l.leap);
                let month = month.trim_start_matches("tháng ");
                format!("1/{month}")
            } else {
                day_label_vi(l.day)
            }
        }
        Lang::En => {
            if l.day == 1 {
                let leap = if l.leap { " leap" } else { "" };
                format!("1/{}{leap}", l.month)
            } else {
                l.day.to_string()
            }
        }
    }
}

/// The `lunar` JSON object as a type: {day, month, year, leap, year_name}.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LunarView {
    pub day: u32,
    pub month: u32,
    pub year: i32,
    pub leap: bool,
    pub year_name: String,
}

impl LunarView {
    pub fn of(l: &LunarDate) -> LunarView {
        LunarView {
            day: l.day,
            month: l.month,
            year: l.year,
            leap: l.leap,
            year_name: year_name(l.year),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ld(day: u32, month: u32, year: i32, leap: bool) -> LunarDate {
        LunarDate {
            day,
            month,
            year,
            leap,
        }
    }

    #[test]
    fn vietnamese_phrases() {
        assert_eq!(
            lunar_phrase(&ld(1, 1, 2023, false), Lang::Vi),
            "mùng 1 tháng Giêng năm Quý Mão"
        );
        assert_eq!(
            lunar_phrase(&ld(5, 1, 2023, false), Lang::Vi),
            "mùng 5 tháng Giêng năm Quý Mão"
        );
        assert_eq!(
            lunar_phrase(&ld(15, 8, 2024, false), Lang::Vi),
            "rằm tháng Tám năm Giáp Thìn"
        );
        assert_eq!(
            lunar_phrase(&ld(29, 12, 2023, false), Lang::Vi),
            "29 tháng Chạp năm Quý Mão"
        );
        assert_eq!(
            lunar_phrase(&ld(3, 2, 2023, true), Lang::Vi),
            "mùng 3 tháng Hai nhuận năm Quý Mão"
        );
        assert_eq!(
            lunar_phrase(&ld(20, 11, 2022, false), Lang::Vi),
            "20 tháng Một năm Nhâm Dần"
        );
    }

    #[test]
    fn english_phrases() {
        assert_eq!(
            lunar_phrase(&ld(1, 1, 2023, false), Lang::En),
            "lunar 1/1, Quý Mão year"
        );
        assert_eq!(
            lunar_phrase(&ld(3, 2, 2023, true), Lang::En),
            "lunar 3/2 (leap month), Quý Mão year"
        );
    }

    #[test]
    fn cell_labels() {
        assert_eq!(cell_label(&ld(1, 12, 2022, false), Lang::Vi), "1/Chạp");
        assert_eq!(cell_label(&ld(1, 2, 2023, true), Lang::Vi), "1/Hai nhuận");
        assert_eq!(cell_label(&ld(2, 1, 2023, false), Lang::Vi), "mùng 2");
        assert_eq!(cell_label(&ld(15, 1, 2023, false), Lang::Vi), "rằm");
        assert_eq!(cell_label(&ld(16, 1, 2023, false), Lang::Vi), "16");
        assert_eq!(cell_label(&ld(1, 12, 2022, false), Lang::En), "1/12");
        assert_eq!(cell_label(&ld(1, 2, 2023, true), Lang::En), "1/2 leap");
        assert_eq!(cell_label(&ld(15, 1, 2023, false), Lang::En), "15");
    }

    #[test]
    fn line_of_a_real_day() {
        let d = NaiveDate::from_ymd_opt(2023, 1, 26).unwrap_or_default();
        let l = solar_to_lunar(d).ok();
        assert_eq!(l, Some(ld(5, 1, 2023, false)));
        assert_eq!(
            serde_json::to_string(&LunarView::of(&ld(5, 1, 2023, false))).unwrap_or_default(),
            r#"{"day":5,"month":1,"year":2023,"leap":false,"year_name":"Quý Mão"}"#
        );
    }
}
