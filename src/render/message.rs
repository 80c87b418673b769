//! The view of a command that changed something: a line (or a few) for people, and for
//! `--format json` the command's own typed result. `-q` silences the lines, never the
//! JSON (`Output::emit`).

use super::{Human, Render};
use crate::error::Result;
use serde::Serialize;

pub struct Message<T: Serialize> {
    pub lines: Vec<String>,
    pub json: T,
}

impl<T: Serialize> Message<T> {
    /// One line for people; `json` for programs.
    pub fn line(line: String, json: T) -> Message<T> {
        Message {
            lines: vec![line],
            json,
        }
    }
}

impl<T: Serialize> Render for Message<T> {
    fn json(&self, buf: &mut Vec<u8>) -> Result<()> {
        super::json(buf, &self.json)
    }

    fn human(&self) -> Result<Human> {
        Ok(Human::Lines(self.lines.clone()))
    }
}

impl<T: Serialize + 'static> From<Message<T>> for super::View {
    fn from(m: Message<T>) -> super::View {
        super::View::Typed(Box::new(m))
    }
}
