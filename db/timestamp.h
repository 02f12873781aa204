// Timestamps as the schema stores them: UTC, "YYYY-MM-DDTHH:MM:SSZ".
#pragma once

#include <string>

namespace factdb::db {

// The current time in that form, or $FACTDB_NOW verbatim when it is set
// (tests and reproducible reports fix the clock with it).
std::string utc_now();

}  // namespace factdb::db
