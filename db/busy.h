// Waiting for another connection's lock, measured, so that the busy message
// says what happened (issue 11: "kept it locked for more than 5 s" was
// printed after a SQLITE_BUSY that came back at once).
//
// SQLite calls a connection's busy handler only for the locks it can wait
// for; others (a WAL snapshot gone stale under a read transaction, a WAL
// recovery or the switch to WAL under another process's lock) fail with
// SQLITE_BUSY without any wait.  factdb's handler waits with SQLite's own
// back-off up to kBusyTimeoutMs and records, per thread, whether its last
// wait ran out; translate() (error.cpp) takes that record when it words a
// busy failure.  Per thread because a connection is only used by the thread
// that opened it (database.cpp opens with NOMUTEX).
#pragma once

#include <optional>

struct sqlite3;

namespace factdb::db {

// Makes handle wait for other connections' locks up to kBusyTimeoutMs,
// instead of SQLite's sqlite3_busy_timeout handler.
void wait_when_busy(sqlite3* handle);

// The milliseconds this thread's last busy wait lasted if it ran out of time
// (the failure that follows is a lock held past the timeout); nullopt when
// no wait ran out since the last call (a busy failure then came without
// waiting).  Reading it clears it.
std::optional<long long> take_expired_busy_wait();

}  // namespace factdb::db
