//! Tables that fit (issue 14.5): the December scenario's listings at 60, 80 and 120
//! columns, in both languages. No date, id or document number is split, and from 80
//! columns on no line is wider than the screen.

use crate::golden::build;
use unicode_width::UnicodeWidthStr;

const LISTINGS: &[&[&str]] = &[
    &["task", "list"],
    &["log", "2022-11"],
    &["doc", "list"],
    &["blocker", "list"],
    &["status"],
];

/// Dates, ids and document numbers as whole words in `out` (none cut at a border).
fn whole_words(out: &str, what: &str) {
    for word in [
        "20/12/2022",
        "23/12/2022",
        "12/2022/NQ-HĐND",
        "45/2022/QĐ-UBND",
        "01/2018/TT-VPCP",
        "21/11/2022",
    ] {
        for token in out.split(|c: char| c.is_whitespace() || c == '│' || c == '┆') {
            let cut = token.len() >= 4 && token.len() < word.len() && word.starts_with(token);
            assert!(
                !cut || token == "12/2022",
                "{what}: '{word}' split as '{token}':\n{out}"
            );
        }
    }
}

#[test]
fn listings_fit_60_80_and_120_columns() {
    let (env, _) = build();
    for args in LISTINGS {
        for lang in ["vi", "en"] {
            for width in [60usize, 80, 120] {
                let o = env
                    .cmd()
                    .args(*args)
                    .args(["--lang", lang])
                    .env("COLUMNS", width.to_string())
                    .output()
                    .expect("run");
                assert!(
                    o.status.success(),
                    "{args:?}: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
                let out = String::from_utf8_lossy(&o.stdout).to_string();
                let what = format!("{} --lang {lang} at {width}", args.join(" "));
                whole_words(&out, &what);
                if width >= 80 {
                    for line in out.lines() {
                        assert!(
                            line.width() <= width,
                            "{what}: line wider than {width}:\n{line}\n{out}"
                        );
                    }
                }
                let name = format!("width_{}_{lang}_{width}", args.join("_"));
                insta::assert_snapshot!(name, out);
            }
        }
    }
}

#[test]
fn inline_units_and_tags_are_not_repeated_in_their_columns() {
    let (env, _) = build();
    let out = env.ok(&["log", "2022-11", "--lang", "vi"]);
    assert!(out.contains("Tham mưu văn bản @ldtbxh #tham-muu"), "{out}");
    assert_eq!(out.matches("#tham-muu").count(), 1, "{out}");
    assert_eq!(out.matches("ldtbxh").count(), 1, "{out}");
    // CSV is data: every column stays.
    let csv = env.ok(&["log", "2022-11", "--lang", "vi", "--format", "csv"]);
    assert!(csv.contains(",ldtbxh,#tham-muu,"), "{csv}");
}

#[test]
fn piped_output_without_columns_is_100_wide() {
    let (env, _) = build();
    let o = env
        .cmd()
        .args(["task", "list", "--lang", "vi"])
        .env_remove("COLUMNS")
        .output()
        .expect("run");
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    let widest = out.lines().map(|l| l.width()).max().unwrap_or(0);
    assert!(widest <= 100 && widest > 80, "widest {widest}:\n{out}");
}
