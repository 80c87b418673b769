//! Questions asked on a terminal (`plan week` carrying, `plan close` reasons). The
//! question goes to standard error so that standard output stays the command's result;
//! the answer is one line of standard input. Generic over reader and writer so the
//! dialogue is tested without a terminal. What an answer means is parsed in `input`.

use crate::error::Result;
use crate::i18n::{M, t};
use crate::input::{CarryAnswer, CarryChoice, parse_carry_answer, user_text};
use crate::model::Task;
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

/// One item's answer at the carry question: its id, what to do, and the reason given
/// (stored as the text of the move or drop event on the task's timeline).
pub type CarryDecision = (i64, CarryChoice, Option<String>);

/// Asks, for each unfinished item of an earlier plan, whether to carry it into `label`,
/// drop it or leave it, or to carry it and all the rest; after a carry or a drop, the
/// reason (optional). An answer not understood is asked again; the end of input leaves
/// the item and every later one.
pub fn carry_choices(candidates: &[Task], label: &str) -> Result<Vec<CarryDecision>> {
    let stdin = std::io::stdin();
    let mut err = std::io::stderr().lock();
    carry_choices_with(&mut stdin.lock(), &mut err, candidates, label)
}

/// [`carry_choices`] over any reader and writer.
pub fn carry_choices_with<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut W,
    candidates: &[Task],
    label: &str,
) -> Result<Vec<CarryDecision>> {
    let mut choices: Vec<CarryDecision> = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let question = t(
            M::CarryQuestion,
            &[&c.id, &c.title, &c.plan.clone().unwrap_or_default(), &label],
        );
        let answer = loop {
            match ask_with(input, out, &question)? {
                None => {
                    // The end of input: this item and every later one stay where they are.
                    choices.extend(candidates[i..].iter().map(|c| (c.id, CarryChoice::Leave, None)));
                    return Ok(choices);
                }
                Some(answer) => match parse_carry_answer(&answer) {
                    Some(a) => break a,
                    None => writeln!(out, "{}", t(M::CarryNotUnderstood, &[&answer]))?,
                },
            }
        };
        match answer {
            CarryAnswer::One(CarryChoice::Leave) => choices.push((c.id, CarryChoice::Leave, None)),
            CarryAnswer::One(choice) => {
                let reason = reason_with(input, out)?;
                choices.push((c.id, choice, reason));
            }
            CarryAnswer::All => {
                let rest = &candidates[i..];
                writeln!(out, "{}", t(M::CarryAllDone, &[&rest.len(), &label]))?;
                let reason = reason_with(input, out)?;
                choices.extend(rest.iter().map(|c| (c.id, CarryChoice::Carry, reason.clone())));
                return Ok(choices);
            }
        }
    }
    Ok(choices)
}

/// The optional reason after a carry or drop answer: `None` for an empty answer or the
/// end of input.
fn reason_with<R: BufRead, W: Write>(input: &mut R, out: &mut W) -> Result<Option<String>> {
    match ask_with(input, out, crate::i18n::s(M::CarryReasonQuestion))? {
        Some(a) if !a.trim().is_empty() => Ok(Some(user_text(&a)?)),
        _ => Ok(None),
    }
}

/// Asks why each open item (id, title) of a plan being closed was not done; an empty
/// answer or the end of input gives no reason for that item.
pub fn close_reasons(open: &[(i64, String)]) -> Result<Vec<(i64, String)>> {
    let stdin = std::io::stdin();
    let mut err = std::io::stderr().lock();
    close_reasons_with(&mut stdin.lock(), &mut err, open)
}

/// [`close_reasons`] over any reader and writer.
pub fn close_reasons_with<R: BufRead, W: Write>(
    input: &mut R,
    out: &mut W,
    open: &[(i64, String)],
) -> Result<Vec<(i64, String)>> {
    let mut reasons = Vec::new();
    for (id, title) in open {
        if let Some(answer) = ask_with(input, out, &t(M::ReasonQuestion, &[id, title]))? {
            if !answer.trim().is_empty() {
                reasons.push((*id, user_text(&answer)?));
            }
        }
    }
    Ok(reasons)
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

    #[test]
    fn reasons_skip_empty_answers() {
        let open = vec![(3, "A".to_string()), (4, "B".to_string()), (5, "C".to_string())];
        let mut input = std::io::Cursor::new("Chờ số liệu\n\n");
        let mut out = Vec::new();
        let reasons = close_reasons_with(&mut input, &mut out, &open).unwrap();
        assert_eq!(reasons, vec![(3, "Chờ số liệu".to_string())]);
    }
}
