//! Files worklog writes for the user — `-o` outputs, the config, backups, the
//! pre-migration copy (SPEC §11 R9): private (0600 whatever the umask) and put in place
//! whole. Each is written into a temporary file beside its target (random name, created
//! exclusively, so a planted symlink is never followed), synced, and renamed onto the
//! path: a failure (full disk, killed process) leaves what was at that path before as it
//! was, and no partial or empty file. A symlink at the target itself is replaced by the
//! new file, never written through.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// The folder a file at `path` lives in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// A new, empty, private temporary file in the folder of `path`, removed when dropped
/// unless persisted.
pub fn temp_beside(path: &Path) -> io::Result<NamedTempFile> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let f = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(folder_of(path))?;
    make_private(f.path())?;
    Ok(f)
}

/// Writes `bytes` to `path`, replacing what is there, as the module says.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = filled(path, bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(path);
    Ok(())
}

/// Like `write_private`, but fails with `AlreadyExists` (writing nothing) when `path`
/// exists.
pub fn write_private_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = filled(path, bytes)?;
    persist_new(tmp, path)
}

/// Renames a finished temporary file onto `path`, which must not exist.
pub fn persist_new(tmp: NamedTempFile, path: &Path) -> io::Result<()> {
    tmp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(path);
    Ok(())
}

fn filled(path: &Path, bytes: &[u8]) -> io::Result<NamedTempFile> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    tmp.as_file().sync_all()?;
    Ok(tmp)
}

/// Sets mode 0600 on a file worklog wrote.
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates a folder (and its parents) with mode 0700.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Makes a rename or a new file in the folder of `file` durable; not possible on every
/// platform, so best effort.
pub fn sync_dir(file: &Path) {
    if let Ok(d) = File::open(folder_of(file)) {
        let _ = d.sync_all();
    }
}

/// The file system said it is full (ENOSPC, or a quota).
pub fn is_disk_full(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
    )
}

/// Whether the folder `dir` has no room left: a small anonymous temporary file in it
/// cannot be written (SQLite reports a full disk while growing its `-shm` as an I/O
/// error; this tells the two apart). The file is never visible and goes on return.
pub fn no_room_in(dir: &Path) -> bool {
    match tempfile::tempfile_in(dir) {
        Ok(mut f) => f
            .write_all(&[0u8; 64 * 1024])
            .and_then(|_| f.sync_data())
            .is_err_and(|e| is_disk_full(&e)),
        Err(e) => is_disk_full(&e),
    }
}

/// Whether worklog could write the existing file `file` and create files beside it,
/// found without changing anything anyone can see: the file is opened for writing (not
/// truncated), and an anonymous temporary file is made in its folder and written to
/// (`no_room_in`). The error says why not: read-only, permission, or a full disk.
pub fn can_write(file: &Path) -> io::Result<()> {
    std::fs::OpenOptions::new().write(true).open(file)?;
    let dir = folder_of(file);
    tempfile::tempfile_in(&dir)?;
    if no_room_in(&dir) {
        return Err(io::Error::from(io::ErrorKind::StorageFull));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_written_file_is_private_and_replaces_the_old_one_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        std::fs::write(&p, "old").unwrap();
        write_private(&p, b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(mode(&p), 0o600);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }

    #[test]
    fn a_symlink_at_the_target_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let p = dir.path().join("out.txt");
        std::os::unix::fs::symlink(&victim, &p).unwrap();
        write_private(&p, b"new").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert!(!p.is_symlink());
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
    }

    #[test]
    fn a_new_file_never_replaces_one_that_exists() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.toml");
        std::fs::write(&p, "mine").unwrap();
        let e = write_private_new(&p, b"x").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&p).unwrap(), b"mine");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
