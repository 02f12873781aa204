// Translation of SQLite failures into db::Error (error.h).  A busy failure
// is worded from busy.h's record: "kept it locked for more than 5 s" only
// after a wait that ran out.
#include "db/error.h"

#include <sqlite3.h>

#include "db/busy.h"
#include "db/database.h"

namespace factdb::db {

Error translate(const SQLite::Exception& e, std::string_view path) {
    const std::string where(path);
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            // Only a wait that ran out may say how long it waited; SQLite
            // fails some locks at once (busy.h), and then says so.
            if (take_expired_busy_wait()) {
                return Error(Failure::busy,
                             where + ": database is busy: another process kept it locked for "
                                     "more than " +
                                 std::to_string(kBusyTimeoutMs / 1000) +
                                 " s (a load in progress?); nothing was changed, try again");
            }
            return Error(Failure::busy,
                         where + ": database is busy: another process holds a lock on it that "
                                 "cannot be waited for (a load starting or recovering?); "
                                 "nothing was changed, try again");
        case SQLITE_FULL:
            return Error(Failure::full, where + ": database or disk is full; nothing was changed");
        default:
            return Error(Failure::storage, where + ": database error: " + e.what());
    }
}

}  // namespace factdb::db
