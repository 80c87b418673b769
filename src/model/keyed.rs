//! `keyed_enum!`: a closed set of values stored and printed as fixed lowercase keys (a
//! task's status, a blocker's remedy, a document's level…). One list of variant and key
//! gives the serde names, `as_str` for the store, `parse`/`FromStr` for the store's
//! reads and user input, and `KEYS` for clap's possible values, so they cannot disagree.

/// A key that names no value of the set (`FromStr`'s error).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value {0:?}")]
pub struct UnknownKey(pub String);

macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant),+
        }

        impl $name {
            /// Every key, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$($key),+];

            /// The key as stored and printed.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The value a key names; `None` for any other text.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::model::UnknownKey;
            fn from_str(s: &str) -> Result<$name, Self::Err> {
                $name::parse(s).ok_or_else(|| $crate::model::UnknownKey(s.to_string()))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::model::{
        BlockerStatus, ContingencyStatus, DocLevel, DocStatus, Event, Priority, Remedy, TaskChange,
        TaskStatus, UnitKind,
    };

    /// Every key round-trips through `parse`, `as_str` and serde as the same JSON
    /// string: stored rows and persisted reports (`report merge`, submissions) hold them.
    fn round_trip<T>(keys: &[&str])
    where
        T: std::str::FromStr + serde::Serialize + serde::de::DeserializeOwned + std::fmt::Debug + PartialEq,
    {
        for key in keys {
            let v: T = key.parse().ok().unwrap();
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{key}\""));
            assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v);
        }
        assert!("Todo".parse::<T>().is_err());
    }

    #[test]
    fn every_key_round_trips_as_itself() {
        round_trip::<TaskStatus>(TaskStatus::KEYS);
        round_trip::<Priority>(Priority::KEYS);
        round_trip::<Event>(Event::KEYS);
        round_trip::<TaskChange>(TaskChange::KEYS);
        round_trip::<Remedy>(Remedy::KEYS);
        round_trip::<BlockerStatus>(BlockerStatus::KEYS);
        round_trip::<DocLevel>(DocLevel::KEYS);
        round_trip::<DocStatus>(DocStatus::KEYS);
        round_trip::<UnitKind>(UnitKind::KEYS);
        round_trip::<ContingencyStatus>(ContingencyStatus::KEYS);
        assert_eq!(TaskStatus::KEYS, ["todo", "doing", "done", "dropped"]);
        assert_eq!(Event::CloseReview.as_str(), "close_review");
    }
}
