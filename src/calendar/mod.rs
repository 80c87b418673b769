//! The Vietnamese calendar: lunar conversion, public holidays and working days.
//! Pure computation on dates; knows nothing of the database, the command line or output.
//!
//! Interim shape while the full calendar is built on its own branch: the config type and
//! the error type exist so the rest of the program can hold them.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum CalendarError {
    #[error("working-day offsets and eow/eom/eoy/tet need the Vietnamese calendar, not built yet")]
    NotYet,
}

impl CalendarError {
    pub fn message_vi(&self) -> String {
        "ngày làm việc và eow/eom/eoy/tet cần lịch Việt Nam, chưa có".into()
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    #[serde(default)]
    pub extra_days_off: Vec<chrono::NaiveDate>,
    #[serde(default)]
    pub extra_workdays: Vec<chrono::NaiveDate>,
    #[serde(default)]
    pub national_day_extra: Option<String>,
    #[serde(default)]
    pub official: BTreeMap<String, OfficialYear>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficialYear {
    #[serde(default)]
    pub days_off: Vec<chrono::NaiveDate>,
    #[serde(default)]
    pub workdays: Vec<chrono::NaiveDate>,
}

/// Interim: never constructed until the calendar branch lands.
pub struct Calendar {
    _private: (),
}

impl Calendar {
    pub fn add_working_days(&self, d: chrono::NaiveDate, _n: i64) -> chrono::NaiveDate {
        d
    }
    pub fn last_working_day_of_week(&self, d: chrono::NaiveDate) -> chrono::NaiveDate {
        d
    }
    pub fn last_working_day_of_month(&self, d: chrono::NaiveDate) -> chrono::NaiveDate {
        d
    }
    pub fn last_working_day_of_year(&self, d: chrono::NaiveDate) -> chrono::NaiveDate {
        d
    }
    pub fn next_tet(&self, d: chrono::NaiveDate) -> chrono::NaiveDate {
        d
    }
}
