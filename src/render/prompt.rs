//! Questions asked on a terminal (`plan week` carrying, `plan close` reasons). The
//! question goes to standard error so that standard output stays the command's result;
//! the answer is one line of standard input. Generic over reader and writer so the
//! dialogue is tested without a terminal.

use crate::error::Result;
use std::io::{BufRead, IsTerminal, Write};

/// Whether questions can be asked: standard input is a terminal.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal()
}

/// Writes `question`, reads one line; `None` at the end of input.
pub fn ask_with<R: BufRead, W: Write>(input: &mut R, out: &mut W, question: &str) -> Result<Option<String>> {
    write!(out, "{question} ")?;
    out.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

/// Asks on the terminal.
pub fn ask(question: &str) -> Result<Option<String>> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut err = std::io::stderr().lock();
    ask_with(&mut input, &mut err, question)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_one_trimmed_line_per_question() {
        let mut input = std::io::Cursor::new("  c \nđ\n");
        let mut out = Vec::new();
        assert_eq!(ask_with(&mut input, &mut out, "?").unwrap().as_deref(), Some("c"));
        assert_eq!(ask_with(&mut input, &mut out, "?").unwrap().as_deref(), Some("đ"));
        assert_eq!(ask_with(&mut input, &mut out, "?").unwrap(), None);
        assert_eq!(String::from_utf8(out).unwrap(), "? ? ? ");
    }
}
