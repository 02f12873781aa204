// factdb's busy handler and its per-thread record (see busy.h).
#include "db/busy.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

#include "db/database.h"

namespace factdb::db {
namespace {

using Clock = std::chrono::steady_clock;

struct BusyWait {
    Clock::time_point started;
    std::optional<long long> expired_ms;  // set when a wait ran out, until taken
};
thread_local BusyWait t_wait;

// SQLite's own back-off (sqliteDefaultBusyCallback): short sleeps first, so
// a lock released within milliseconds costs milliseconds, then 100 ms.
constexpr int kDelaysMs[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

int on_busy(void*, int count) {
    const Clock::time_point now = Clock::now();
    if (count == 0) {
        t_wait.started = now;
        t_wait.expired_ms.reset();
    }
    const long long waited =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - t_wait.started).count();
    if (waited >= kBusyTimeoutMs) {
        t_wait.expired_ms = waited;
        return 0;  // give up: the caller gets SQLITE_BUSY
    }
    const int delay = count < static_cast<int>(std::size(kDelaysMs)) ? kDelaysMs[count] : 100;
    sqlite3_sleep(static_cast<int>(std::min<long long>(delay, kBusyTimeoutMs - waited)));
    return 1;  // try again
}

}  // namespace

void wait_when_busy(sqlite3* handle) {
    sqlite3_busy_handler(handle, on_busy, nullptr);
}

std::optional<long long> take_expired_busy_wait() {
    std::optional<long long> expired = t_wait.expired_ms;
    t_wait.expired_ms.reset();
    return expired;
}

}  // namespace factdb::db
