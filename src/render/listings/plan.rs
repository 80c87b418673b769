//! `plan week` / `plan month`: the plan's items, then its goals and contingencies when
//! there are any; after opening a plan, what was created, carried, dropped or left behind.

use super::{contingency_listing, headers, table, task_listing};
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::model::plan::Plan;
use crate::render::labels::plan_period_phrase;
use crate::render::{Human, Listing, Render};
use serde::Serialize;

/// A plan as shown. JSON: the plan's record, `created`, then the carry counts when the
/// plan was opened (not merely shown).
#[derive(Serialize)]
pub struct PlanView {
    #[serde(flatten)]
    pub plan: Plan,
    /// The plan did not exist before this command.
    pub created: bool,
    #[serde(flatten)]
    pub carry: Option<CarryCounts>,
}

/// What opening a plan did with the unfinished items of earlier plans.
#[derive(Serialize)]
pub struct CarryCounts {
    /// This command created the plan row (the "created" note under the items).
    #[serde(skip)]
    pub plan_created: bool,
    pub carried_in: usize,
    pub dropped: usize,
    pub left_behind: usize,
}

impl PlanView {
    fn title(&self) -> String {
        let p = &self.plan;
        let mut title = t(M::PlanTitle, &[&plan_period_phrase(&p.period)]);
        if let Some(d) = p.closed_on {
            title.push_str(&t(M::PlanClosedOn, &[&crate::i18n::date(d)]));
        }
        title
    }

    /// The lines under the items after opening the plan.
    fn notes(&self, c: &CarryCounts) -> Vec<String> {
        let p = &self.plan;
        let week = p.kind != "month";
        let mut notes = Vec::new();
        if c.plan_created {
            notes.push(t(M::PlanCreated, &[&p.id, &plan_period_phrase(&p.period)]));
        }
        if c.carried_in > 0 {
            notes.push(t(M::PlanCarried, &[&c.carried_in]));
        }
        if c.dropped > 0 {
            notes.push(t(M::PlanDroppedOld, &[&c.dropped]));
        }
        if c.left_behind > 0 {
            let cmd = if week { "week" } else { "month" };
            let earlier = if week {
                s(M::EarlierWeeks)
            } else {
                s(M::EarlierMonths)
            };
            notes.push(t(
                M::PlanLeftBehind,
                &[&c.left_behind, &earlier, &p.period, &cmd, &p.period],
            ));
        }
        notes
    }
}

impl Render for PlanView {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, self)
    }

    fn human(&self) -> Result<Human> {
        let p = &self.plan;
        let mut l = task_listing(&p.items);
        if p.items.is_empty() {
            l.footer = None;
        }
        l.title = Some(self.title());
        l.empty = Some(t(M::PlanEmpty, &[&plan_period_phrase(&p.period)]));
        if let Some(c) = &self.carry {
            let mut footer: Vec<String> = l.footer.take().into_iter().collect();
            footer.extend(self.notes(c));
            l.footer = Some(footer.join("\n"));
        }
        let mut sections = vec![l];
        if !p.goals.is_empty() {
            let rows = p
                .goals
                .iter()
                .map(|g| vec![format!("#{}", g.id), g.text.clone(), super::goal_mark(g)])
                .collect();
            let mut l: Listing = table(headers(&[M::LId, M::LGoal, M::LGoalAchieved]), rows);
            l.title = Some(s(M::PlanGoals).to_string());
            sections.push(l);
        }
        if !p.contingencies.is_empty() {
            let mut l = contingency_listing(&p.contingencies);
            l.title = Some(s(M::PlanContingencies).to_string());
            sections.push(l);
        }
        Ok(Human::Sections(sections))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind;

    fn plan() -> Plan {
        let d = |day| chrono::NaiveDate::from_ymd_opt(2022, 12, day).unwrap_or_default();
        Plan {
            id: 3,
            record: RecordKind::Plan,
            kind: "week".into(),
            period: "2022-W50".into(),
            from: d(12),
            to: d(18),
            closed_on: None,
            note: None,
            items: Vec::new(),
            goals: Vec::new(),
            contingencies: Vec::new(),
        }
    }

    #[test]
    fn json_is_the_plan_then_created_then_the_carry_counts() -> Result<()> {
        let view = PlanView {
            plan: plan(),
            created: true,
            carry: Some(CarryCounts {
                plan_created: true,
                carried_in: 2,
                dropped: 1,
                left_behind: 0,
            }),
        };
        let mut buf = Vec::new();
        view.json(&mut buf)?;
        let text = String::from_utf8_lossy(&buf);
        let keys: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("  \"")?.split('"').next())
            .collect();
        assert_eq!(
            keys,
            [
                "id",
                "type",
                "kind",
                "period",
                "from",
                "to",
                "closed_on",
                "note",
                "items",
                "goals",
                "contingencies",
                "created",
                "carried_in",
                "dropped",
                "left_behind"
            ]
        );
        assert!(!text.contains("plan_created"));
        Ok(())
    }

    #[test]
    fn a_plan_only_shown_has_no_carry_counts() -> Result<()> {
        let view = PlanView {
            plan: plan(),
            created: false,
            carry: None,
        };
        let mut buf = Vec::new();
        view.json(&mut buf)?;
        let text = String::from_utf8_lossy(&buf);
        assert!(text.contains("\"created\": false\n}"));
        assert!(!text.contains("carried_in"));
        Ok(())
    }
}
