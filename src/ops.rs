//! Command logic more than one command runs, kept out of `commands/` so that no command
//! imports another: creating a task (`task add` and `plan add` both do, inside their own
//! transaction) and the task options both accept.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::model::{PRIORITIES, Task};
use crate::store::tasks::{NewTask, get_task};
use crate::store::{self, WriteTx};
use crate::text::shorthand;

/// The options of `task add`, shared with `plan add`.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct TaskOpts {
    /// Due date: 20/12, t6, +5wd, eom, tet…
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// high, normal or low
    #[arg(short = 'p', long, value_name = "PRIORITY")]
    pub priority: Option<String>,
    /// The plan period it belongs to: week, month, 2022-W50, 2022-12
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// The responsible unit (makes it a follow-up)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// A major scheme or policy (Đề án): listed first in follow-up reports
    #[arg(long)]
    pub major: bool,
    /// A document number it rests on (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// Field (sector) key
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
}

/// Inserts a task inside a writing command's transaction; `plan` is a resolved label.
pub fn insert_task(
    ctx: &Ctx,
    tx: &WriteTx,
    title: String,
    o: &TaskOpts,
    plan: Option<String>,
) -> Result<Task> {
    let due = o
        .due
        .as_deref()
        .map(|d| parse_date(d, ctx.today(), Dir::Future, ctx.cal()))
        .transpose()?;
    let priority = match o.priority.as_deref().map(|p| crate::text::fold(p.trim())) {
        None => "normal".to_string(),
        Some(p) => match p.as_str() {
            "high" | "cao" | "h" => "high".into(),
            "normal" | "binh thuong" | "n" => "normal".into(),
            "low" | "thap" | "l" => "low".into(),
            _ => {
                return Err(Error::input(
                    M::BadPriority,
                    &[&o.priority.as_deref().unwrap_or("")],
                ));
            }
        },
    };
    debug_assert!(PRIORITIES.contains(&priority.as_str()));
    let conn = tx.db();
    let sh = shorthand(&title);
    let unit_alias = o.unit.clone().or_else(|| sh.units.first().cloned());
    let unit = unit_alias
        .map(|u| store::units::resolve_unit(conn, &u))
        .transpose()?;
    // Other @units named inline must exist too: a typo is never silently kept.
    for u in sh.units.iter().skip(usize::from(o.unit.is_none())) {
        store::units::resolve_unit(conn, u)?;
    }
    let field = o
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(conn, f))
        .transpose()?;
    let docs = o
        .docs
        .iter()
        .map(|d| crate::text::clean(d.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    let new = NewTask {
        title,
        due,
        priority,
        plan,
        unit,
        major: o.major,
        field,
        tags: sh.tags,
        docs,
    };
    let id = tx.insert_task(&new, ctx.today())?;
    Ok(get_task(tx.db(), id, ctx.task_asof())?)
}
