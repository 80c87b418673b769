//! `Ctx`: what every command runs with — config, clock, calendar, output — built once.

use crate::calendar::Calendar;
use crate::clock::Clock;
use crate::config::Config;
use crate::error::Result;
use crate::render::Output;
use crate::store::Store;
use crate::store::facts::FactAsof;
use crate::store::tasks::Asof;
use chrono::NaiveDate;
use std::path::PathBuf;

pub struct Ctx {
    pub config: Config,
    pub config_path: PathBuf,
    pub clock: Clock,
    pub out: Output,
    pub db_path: PathBuf,
    pub dry_run: bool,
    pub cal: Calendar,
    /// The `--lang` typed on the command line, if any (`init` writes it to the config).
    pub lang_flag: Option<crate::i18n::Lang>,
}

impl Ctx {
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The store for a command that writes (creates the file when missing).
    pub fn store_rw(&self) -> Result<Store> {
        self.out.mark_written();
        Ok(Store::open(&self.db_path, true, self.clock)?)
    }

    /// The store for a command that only reads: a missing file is not created.
    pub fn store_ro(&self) -> Result<Store> {
        Ok(Store::open(&self.db_path, false, self.clock)?)
    }

    pub fn cal(&self) -> &Calendar {
        &self.cal
    }

    /// Today and the config's `stale_days`: what a task's derived flags are computed against.
    pub fn task_asof(&self) -> Asof {
        Asof {
            today: self.today(),
            stale_days: self.config.stale_days,
        }
    }

    /// Today and the config's `fact_stale_days`: when a fact counts as stale.
    pub fn fact_asof(&self) -> FactAsof {
        FactAsof {
            today: self.today(),
            stale_days: self.config.fact_stale_days,
        }
    }
}
