#ifndef PPID_CFILESWAP_H
#define PPID_CFILESWAP_H

/// Exchanges the two paths atomically (Linux renameat2 with RENAME_EXCHANGE): both must exist.
/// Returns 0, or -1 with errno set (EINVAL/ENOSYS where the file system or kernel lacks it).
int ppid_rename_exchange(const char *first, const char *second);

#endif
