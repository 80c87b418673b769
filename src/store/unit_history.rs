//! Units that change (SPEC §2): a unit retired on a date and replaced by another. Records
//! keep the unit they were written with; what is still open passes to the successor at
//! READ time, by following the `replaced_by` chain, so history is never rewritten.
//! A retirement takes effect on its date: recorded ahead of time (a merger announced for
//! the first of next month), the unit keeps its work until that day; from then on its
//! date is history, shown in `unit list --all`, and a report never shows a unit as both
//! retired and responsible.

use super::Db;
use super::WriteTx;
use super::{Error, Result};
use chrono::NaiveDate;
use rusqlite::params;
use std::collections::HashMap;

/// A unit as the chain needs it.
#[derive(Debug, Clone)]
pub struct UnitNode {
    pub alias: String,
    pub name: String,
    pub replaced_by: Option<i64>,
    pub retired: Option<NaiveDate>,
}

/// Every unit, with its successor link.
#[derive(Debug, Clone, Default)]
pub struct UnitGraph {
    pub units: HashMap<i64, UnitNode>,
}

/// The SQL set of unit ids whose work belongs to unit `?N` on the day `?D`: the unit and
/// every unit retired into it by then, directly or through others. Use as
/// `unit_id IN (<this>)`.
pub fn lineage_sql(param: usize, day_param: usize) -> String {
    format!(
        "WITH RECURSIVE lineage(id, depth) AS (SELECT ?{param}, 0 UNION
           SELECT u.id, l.depth + 1 FROM units u JOIN lineage l ON u.replaced_by = l.id
           WHERE l.depth < 64 AND u.valid_to <= ?{day_param}) SELECT id FROM lineage"
    )
}

impl UnitGraph {
    pub fn load(Db(conn): Db<'_>) -> Result<UnitGraph> {
        let mut st = conn.prepare_cached("SELECT id, alias, name, replaced_by, valid_to FROM units")?;
        let units = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    UnitNode {
                        alias: r.get(1)?,
                        name: r.get(2)?,
                        replaced_by: r.get(3)?,
                        retired: r.get(4)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(UnitGraph { units })
    }

    /// The chain as it stands on `day`: a retirement dated later has not happened yet.
    pub fn as_of(mut self, day: NaiveDate) -> UnitGraph {
        for u in self.units.values_mut() {
            if u.retired.is_some_and(|r| r > day) {
                u.replaced_by = None;
            }
        }
        self
    }

    /// The unit responsible now for work of unit `id`: the end of its successor chain.
    /// A cycle (which `retire` refuses) stops where it closes.
    pub fn current(&self, id: i64) -> i64 {
        let mut cur = id;
        let mut seen = vec![id];
        while let Some(next) = self.units.get(&cur).and_then(|u| u.replaced_by) {
            if seen.contains(&next) {
                break;
            }
            seen.push(next);
            cur = next;
        }
        cur
    }

    pub fn alias(&self, id: i64) -> Option<&str> {
        self.units.get(&id).map(|u| u.alias.as_str())
    }

    pub fn name(&self, id: i64) -> Option<&str> {
        self.units.get(&id).map(|u| u.name.as_str())
    }

    pub fn id_of(&self, alias: &str) -> Option<i64> {
        self.units
            .iter()
            .find(|(_, u)| u.alias == alias)
            .map(|(id, _)| *id)
    }
}

impl WriteTx<'_> {
    /// Retires unit `id` on `date`, replaced by `successor`. Refuses a unit already
    /// retired, a successor that is the unit itself or that was (directly or through
    /// others) retired into it.
    pub fn retire_unit(&self, id: i64, date: NaiveDate, successor: Option<i64>) -> Result<()> {
        let conn = self.conn();
        let g = UnitGraph::load(Db(conn))?;
        let me = g.units.get(&id).ok_or(Error::NotFound { id })?;
        if let Some(d) = me.retired {
            return Err(Error::UnitAlreadyRetired {
                alias: me.alias.clone(),
                on: d,
            });
        }
        if let Some(s) = successor {
            let succ = g.alias(s).unwrap_or_default().to_string();
            if s == id {
                return Err(Error::UnitRetireSelf {
                    alias: me.alias.clone(),
                });
            }
            // Walk the successor's own chain: reaching `id` would close a loop.
            let mut cur = s;
            let mut steps = 0;
            while let Some(next) = g.units.get(&cur).and_then(|u| u.replaced_by) {
                if next == id || steps > 64 {
                    return Err(Error::UnitRetireCycle {
                        successor: succ,
                        alias: me.alias.clone(),
                    });
                }
                cur = next;
                steps += 1;
            }
        }
        let now = self.stamp();
        conn.execute(
            "UPDATE units SET valid_to = ?2, replaced_by = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, date, successor, now],
        )?;
        Ok(())
    }
}
