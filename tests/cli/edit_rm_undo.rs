use crate::common::TestEnv;

#[test]
fn edit_replaces_what_is_given_and_keeps_the_rest() {
    let env = TestEnv::new().with_units();
    env.ok(&[
        "add",
        "Họp @ldtbxh #giao-ban",
        "-k",
        "meeting",
        "-m",
        "30",
        "-d",
        "19/12",
    ]);
    let v = env.json(&["edit", "4", "Họp với @yte", "-m", "45"]);
    assert_eq!(v["text"], "Họp với @yte");
    assert_eq!(v["units"], serde_json::json!(["yte"]));
    assert_eq!(v["tags"], serde_json::json!([]));
    assert_eq!(v["minutes"], 45);
    assert_eq!(v["kind"], "meeting");
    assert_eq!(v["date"], "2022-12-19");
    let v = env.json(&["edit", "4", "-d", "t3"]);
    assert_eq!(v["date"], "2022-12-20");
    assert_eq!(v["text"], "Họp với @yte");
}

#[test]
fn edit_refuses_an_option_of_another_kind_and_names_the_right_ones() {
    let env = TestEnv::new().with_units();
    let err = env.input_error(&["edit", "1", "--due", "22/12"]);
    assert!(err.contains("--due does not apply to #1 (a unit)"), "{err}");
    assert!(err.contains("--name, --kind"), "{err}");
}

#[test]
fn rm_is_soft_and_undo_restores() {
    let env = TestEnv::new();
    env.ok(&["add", "one"]);
    env.ok(&["add", "two"]);
    assert_eq!(env.ok(&["rm", "2"]), "Removed #2 (undo with: worklog undo)\n");
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 1);
    let err = env.input_error(&["rm", "2"]);
    assert!(err.contains("#2") && err.contains("deleted"), "{err}");
    assert_eq!(env.ok(&["undo"]), "Undone: remove #2\n");
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 2);
}

#[test]
fn undo_reverts_each_kind_of_command_in_turn_and_ids_are_never_reused() {
    let env = TestEnv::new();
    env.ok(&["unit", "add", "yte", "Sở Y tế"]);
    env.ok(&["add", "one @yte"]);
    env.ok(&["edit", "2", "one, edited"]);
    assert_eq!(env.json(&["show", "2"])["text"], "one, edited");
    assert_eq!(env.ok(&["undo"]), "Undone: edit #2\n");
    let v = env.json(&["show", "2"]);
    assert_eq!(v["text"], "one @yte");
    assert_eq!(v["units"], serde_json::json!(["yte"]));
    assert_eq!(env.ok(&["undo"]), "Undone: add entry #2\n");
    env.input_error(&["show", "2"]);
    assert_eq!(env.ok(&["undo"]), "Undone: add unit yte\n");
    let err = env.input_error(&["undo"]);
    assert!(err.contains("nothing to undo"), "{err}");
    // the next record takes a new id, never #1 or #2 again
    assert_eq!(env.json(&["add", "three"])["id"], 3);
}

#[test]
fn undo_reverts_an_import_as_one_command() {
    let env = TestEnv::new();
    let f = env.dir.path().join("in.csv");
    std::fs::write(&f, "date,text\n19/12/2022,a\n20/12/2022,b\n").unwrap();
    env.ok(&["import", f.to_str().unwrap(), "--from", "csv"]);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 2);
    env.ok(&["undo"]);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 0);
}

#[test]
fn undo_dry_run_changes_nothing() {
    let env = TestEnv::new();
    env.ok(&["add", "one"]);
    let before = env.db_bytes();
    let out = env.ok(&["undo", "--dry-run"]);
    assert!(out.contains("Would undo: add entry #1"), "{out}");
    assert_eq!(env.db_bytes(), before);
    assert_eq!(env.json(&["log"]).as_array().unwrap().len(), 1);
}

/// Regression for the cached statements of `insert_entry`/`set_links` (a bench fix): the
/// link rows they write and delete are still journaled, so undo leaves no trace.
#[test]
fn undo_of_import_and_edit_removes_their_link_rows() {
    let env = TestEnv::new().with_units();
    let f = env.dir.path().join("in.csv");
    std::fs::write(
        &f,
        "date,text,unit,tags\n19/12/2022,a,yte;ldtbxh,x;y\n20/12/2022,b @yte #z,yte,z\n",
    )
    .unwrap();
    env.ok(&["import", f.to_str().unwrap()]);
    env.ok(&["edit", "5", "b2 #w", "-u", "ldtbxh"]);
    let links = || {
        let c = rusqlite::Connection::open(env.db()).unwrap();
        let n = |sql: &str| c.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        (
            n("SELECT count(*) FROM record_units"),
            n("SELECT count(*) FROM record_tags"),
            n("SELECT count(*) FROM records WHERE kind = 'entry'"),
        )
    };
    assert_eq!(links(), (3, 3, 2));
    env.ok(&["undo"]);
    let v = env.json(&["show", "5"]);
    assert_eq!(v["units"], serde_json::json!(["yte"]));
    assert_eq!(v["tags"], serde_json::json!(["z"]));
    assert_eq!(links(), (3, 3, 2));
    env.ok(&["undo"]);
    assert_eq!(links(), (0, 0, 0));
}
