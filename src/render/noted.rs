//! A view with one more line for people under it — e.g. that the coming Tết break is
//! computed from the Labour Code, not yet an announced schedule. JSON, documents and
//! the lines of CSV stay as the view makes them.

use super::{Format, Human, Render};
use crate::error::Result;

pub struct Noted<V: Render> {
    pub view: V,
    pub note: Option<String>,
}

impl<V: Render> Noted<V> {
    /// The note as the footer's last line of the last table, or as a line of its own.
    fn add(&self, h: Human) -> Human {
        let Some(note) = &self.note else { return h };
        let footer = |l: &mut super::Listing| {
            l.footer = Some(match l.footer.take() {
                Some(f) => format!("{f}\n{note}"),
                None => note.clone(),
            });
        };
        match h {
            Human::Listing(mut l) => {
                footer(&mut l);
                Human::Listing(l)
            }
            Human::Sections(mut v) => {
                if let Some(last) = v.last_mut() {
                    footer(last);
                }
                Human::Sections(v)
            }
            Human::Lines(mut v) => {
                v.push(note.clone());
                Human::Lines(v)
            }
        }
    }
}

impl<V: Render> Render for Noted<V> {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        self.view.json(buf)
    }

    fn human(&self) -> Result<Human> {
        Ok(self.add(self.view.human()?))
    }

    fn human_for(&self, format: Format) -> Result<Human> {
        let h = self.view.human_for(format)?;
        Ok(if format == Format::Csv { h } else { self.add(h) })
    }

    fn document(&self, format: Format) -> Result<Option<Vec<u8>>> {
        self.view.document(format)
    }
}
