//! Units and fields as tables (`unit list`, `field list`).

use super::{headers, table};
use crate::error::Result;
use crate::i18n::{M, s};
use crate::model::{Field, Unit};
use crate::render::{Human, Render};

/// `unit list`.
pub struct UnitList {
    pub units: Vec<Unit>,
}

impl Render for UnitList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.units)
    }

    fn human(&self) -> Result<Human> {
        let headers = headers(&[M::LId, M::LAlias, M::LName, M::LKind, M::LRetired, M::LReplacedBy]);
        let rows = self
            .units
            .iter()
            .map(|u| {
                vec![
                    format!("#{}", u.id),
                    u.alias.clone(),
                    u.name.clone(),
                    crate::render::labels::unit_kind_label(u.kind).to_string(),
                    u.retired.map(crate::i18n::date).unwrap_or_default(),
                    u.replaced_by.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let mut l = table(headers, rows);
        l.empty = Some(s(M::NoResults).to_string());
        Ok(Human::Listing(l))
    }
}

/// `field list`.
pub struct FieldList {
    pub fields: Vec<Field>,
}

impl Render for FieldList {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        crate::render::json(buf, &self.fields)
    }

    fn human(&self) -> Result<Human> {
        let headers = headers(&[M::LId, M::LFieldKey, M::LName]);
        let rows = self
            .fields
            .iter()
            .map(|f| vec![format!("#{}", f.id), f.key.clone(), f.name.clone()])
            .collect();
        let mut l = table(headers, rows);
        l.empty = Some(s(M::NoResults).to_string());
        Ok(Human::Listing(l))
    }
}
