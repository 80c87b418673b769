//! Kinds of work (*loại công việc*, SPEC §2): the built-in keys; config `[kinds]` adds
//! more, and `render::labels` names them.

/// The built-in kinds of work (SPEC §2); config `[kinds]` adds more.
pub const BUILTIN_KINDS: &[&str] = &[
    "advice",
    "draft",
    "meeting",
    "inspection",
    "coordination",
    "report",
    "citizen",
    "other",
];
