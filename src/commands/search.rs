//! `worklog search QUERY… [--in …] [PERIOD]`: diacritic-insensitive full-text search over
//! entries, tasks and their notes, documents and facts, best match first. Any text is a
//! valid query: it is folded and split into words, each searched as a quoted phrase.
//! When more records match than `RANK_WINDOW`, only the most recently recorded of them
//! are ranked (the cost stays bounded on a large store) and the footer says so.

use crate::app::Ctx;
use crate::dates::{Period, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::listings::SearchView;
use crate::store::search::{self, Scope, SearchQuery};
use crate::text::fold;

/// How many hits are shown unless `--limit` says otherwise.
const DEFAULT_LIMIT: usize = 50;
/// How many matches, newest record first, are ranked when more match (and `--limit` is
/// smaller): ranking reads each match's document size, so ranking every match of a
/// common word would grow with the store (SPEC §10 P4). The footer says when it applies.
pub const RANK_WINDOW: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum In {
    Entries,
    Tasks,
    Docs,
    Facts,
    All,
}

impl crate::choice::Choice for In {
    const FORMS: &'static [crate::choice::Form<In>] = &[
        crate::choice::Form {
            value: In::Entries,
            en: "entries",
            vi: "nhat-ky",
            also: &["entry", "muc nhat ky"],
        },
        crate::choice::Form {
            value: In::Tasks,
            en: "tasks",
            vi: "nhiem-vu",
            also: &["task", "viec", "cong viec"],
        },
        crate::choice::Form {
            value: In::Docs,
            en: "docs",
            vi: "van-ban",
            also: &["doc", "documents"],
        },
        crate::choice::Form {
            value: In::Facts,
            en: "facts",
            vi: "thong-tin",
            also: &["fact", "thong tin co ban"],
        },
        crate::choice::Form {
            value: In::All,
            en: "all",
            vi: "tat-ca",
            also: &[],
        },
    ];
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog search tham muu\n  worklog search QD-UBND --in docs\n  worklog search \"giao ban\" 2022-12\n  worklog search duong --period \"tháng này\"\n\n\
A last word that is a period with a digit (2022, 2022-12, 2022-W50, 01/12..15/12) or an English period word (week, month, year, last-month…) is read as PERIOD; with --period, every word is searched."
)]
pub struct Args {
    /// The words to find (any text; case and diacritics do not matter), then optionally PERIOD
    #[arg(value_name = "QUERY", required = true, num_args = 1..)]
    pub words: Vec<String>,
    /// Where to look
    #[arg(long = "in", value_parser = crate::choice::ChoiceParser::<In>::new(), default_value = "all")]
    pub scope: In,
    /// Only records dated in this period (entry date, task due or assigned date, document issue date, fact as-of date); `all` for all time (the default)
    #[arg(short = 'p', long, value_name = "PERIOD")]
    pub period: Option<String>,
    /// Show at most this many results, best first (0 = all). When more than 500 records match, the best of the 500 most recently recorded are shown (the footer says so); 0 ranks every match
    #[arg(short = 'n', long, default_value_t = DEFAULT_LIMIT)]
    pub limit: usize,
}

/// English period words and digit-bearing forms are taken as a trailing PERIOD; a
/// Vietnamese word like `năm` or `tháng` is far more often a search word.
fn looks_like_period(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "today",
        "yesterday",
        "week",
        "this-week",
        "last-week",
        "month",
        "this-month",
        "last-month",
        "year",
        "this-year",
        "last-year",
        "next-week",
        "next-month",
        "next-year",
    ];
    let w = word.trim().to_ascii_lowercase();
    WORDS.contains(&w.as_str()) || w.chars().any(|c| c.is_ascii_digit())
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut words = a.words;
    let mut period: Option<Period> = None;
    match a.period.as_deref() {
        Some(p) if matches!(fold(p.trim()).as_str(), "all" | "tat ca") => {}
        Some(p) => period = Some(parse_period(p, ctx.today(), ctx.cal())?),
        None => {
            if words.len() > 1 && words.last().is_some_and(|w| looks_like_period(w)) {
                if let Some(Ok(p)) = words.last().map(|w| parse_period(w, ctx.today(), ctx.cal())) {
                    period = Some(p);
                    words.pop();
                }
            }
        }
    }
    let query = words.join(" ");
    if fold(&query).trim().is_empty() {
        return Err(Error::input(M::SearchEmpty, &[]).hint(M::SearchEmptyHint, &[]));
    }
    let folded = search::query_words(&query);
    let scope = match a.scope {
        In::Entries => Scope::Entries,
        In::Tasks => Scope::Tasks,
        In::Docs => Scope::Docs,
        In::Facts => Scope::Facts,
        In::All => Scope::All,
    };
    let store = ctx.store_ro()?;
    search::small_cache(store.db())?;
    let q = SearchQuery {
        expr: search::match_expr(&folded),
        from: period.as_ref().map(|p| p.from),
        to: period.as_ref().map(|p| p.to),
        limit: a.limit,
    };
    // `--limit 0` asks for every match: rank them all.
    let window = if a.limit == 0 { 0 } else { a.limit.max(RANK_WINDOW) };
    let found = search::search_window(store.db(), scope, &q, window)?;
    Ok(View::Typed(Box::new(SearchView {
        hits: found.hits,
        words: folded,
        color: ctx.out.color,
        more: found.more,
        window,
        limit: a.limit,
    })))
}
