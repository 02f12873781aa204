// The clock of stored timestamps (timestamp.h).
#include "db/timestamp.h"

#include <chrono>
#include <cstdlib>
#include <ctime>

namespace factdb::db {

std::string utc_now() {
    if (const char* fixed = std::getenv("FACTDB_NOW"); fixed && *fixed) return fixed;
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

}  // namespace factdb::db
