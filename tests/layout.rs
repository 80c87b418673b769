//! The code's layout rules (README "Layout"), checked from the tree so they stay true:
//! SQL and rusqlite only under `src/store/`, command files short and thin (no command
//! module imports another, none reads the output format), `render/` and `report/`
//! never reach into commands, the pure layers never reach into the store.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src folder") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// A file's code without comments and without its `#[cfg(test)]` module.
fn code(p: &Path) -> String {
    let text = std::fs::read_to_string(p).expect("source");
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => &text[..],
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn files() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut v = Vec::new();
    rust_files(&root.join("src"), &mut v);
    v.sort();
    v.into_iter()
        .map(|p| {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            (rel, p)
        })
        .collect()
}

#[test]
fn rusqlite_and_the_connection_stay_in_the_store() {
    let bad: Vec<String> = files()
        .into_iter()
        .filter(|(rel, _)| !rel.starts_with("src/store/"))
        .filter(|(_, p)| {
            let c = code(p);
            c.contains("rusqlite") || c.contains(".conn()")
        })
        .map(|(rel, _)| rel)
        .collect();
    assert!(bad.is_empty(), "rusqlite or .conn() outside src/store/: {bad:?}");
}

#[test]
fn command_files_are_thin() {
    let mut problems = Vec::new();
    for (rel, p) in files() {
        if !rel.starts_with("src/commands/") {
            continue;
        }
        let all = std::fs::read_to_string(&p).unwrap();
        let n = all.lines().count();
        if n > 300 {
            problems.push(format!("{rel}: {n} lines (at most 300)"));
        }
        let c = code(&p);
        if c.contains("crate::commands::") {
            problems.push(format!("{rel}: imports another command module"));
        }
        // `export` reads --format as its input (which export to make); no other command
        // chooses by the output format.
        let format_enum = c
            .match_indices("Format::")
            .any(|(i, _)| !c[..i].ends_with(|ch: char| ch.is_alphanumeric() || ch == '_'));
        if rel != "src/commands/export.rs" && (c.contains("out.format") || format_enum) {
            problems.push(format!("{rel}: branches on the output format"));
        }
        if c.contains("println!") || c.contains("print!(") {
            problems.push(format!("{rel}: prints"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn lower_layers_do_not_reach_up() {
    // (folder, what it must not use)
    let rules: &[(&str, &[&str])] = &[
        (
            "src/model/",
            &[
                "crate::store",
                "crate::render",
                "crate::commands",
                "crate::report",
                "clap",
            ],
        ),
        (
            "src/report/",
            &[
                "crate::store",
                "crate::render",
                "crate::commands",
                "clap",
                "comfy_table",
            ],
        ),
        (
            "src/import/",
            &["crate::store", "crate::render", "crate::commands", "clap"],
        ),
        (
            "src/calendar/",
            &["crate::store", "crate::render", "crate::commands"],
        ),
        ("src/render/", &["crate::commands", "crate::store"]),
        (
            "src/store/",
            &["crate::render", "crate::commands", "crate::i18n", "clap"],
        ),
    ];
    let mut problems = Vec::new();
    for (rel, p) in files() {
        for (dir, banned) in rules {
            if rel.starts_with(dir) {
                let c = code(&p);
                for b in *banned {
                    if c.contains(b) {
                        problems.push(format!("{rel} uses {b}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
