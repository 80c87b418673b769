//! The one source of "today" and "now". `WORKLOG_TODAY=YYYY-MM-DD` pins the date (tests,
//! back-filling a missed day). Nothing else in the program reads the system clock
//! (clippy.toml forbids `Local::now` elsewhere).
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, Local, NaiveDate, NaiveTime, TimeZone};

/// The clock a command runs with: today's date and the time stamps it writes.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    today: NaiveDate,
    pinned: bool,
}

impl Clock {
    /// Reads `WORKLOG_TODAY`; an unparsable or non-UTF-8 value is an input error the caller
    /// reports.
    pub fn from_env() -> Result<Clock, String> {
        match std::env::var("WORKLOG_TODAY") {
            Ok(v) if !v.trim().is_empty() => NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map(|today| Clock { today, pinned: true })
                .map_err(|_| v),
            // Not UTF-8: an error like any bad value, shown with the bytes replaced.
            Err(std::env::VarError::NotUnicode(raw)) => Err(raw.to_string_lossy().into_owned()),
            _ => Ok(Clock {
                today: Local::now().date_naive(),
                pinned: false,
            }),
        }
    }

    pub fn fixed(today: NaiveDate) -> Clock {
        Clock { today, pinned: true }
    }

    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// Time stamp for `created_at`/`updated_at`: the real time of day, on the pinned date
    /// when the date is pinned, so that back-filled records carry the day they belong to.
    pub fn now(&self) -> DateTime<Local> {
        let real = Local::now();
        if !self.pinned {
            return real;
        }
        let naive = self.today.and_time(real.time());
        Local.from_local_datetime(&naive).earliest().unwrap_or_else(|| {
            Local
                .from_local_datetime(&self.today.and_time(NaiveTime::MIN))
                .earliest()
                .unwrap_or(real)
        })
    }

    /// `now()` as stored: RFC 3339 with seconds.
    pub fn stamp(&self) -> String {
        self.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    }
}
