// The places reference table (schema/0002_places.sql) read into the pure
// resolver of lang/places.h.  The resolver knows nothing of SQLite; this is
// the one place that reads its data from a database.
#pragma once

#include <SQLiteCpp/Database.h>

#include <vector>

#include "lang/places.h"

namespace factdb {

// Every row of the places table, ordered by code; a NULL postal code
// becomes "".
std::vector<Place> load_places(SQLite::Database& db);

// Adds to the places table every ISO 3166 country and subdivision of the
// compiled table (lang/iso3166.h) it lacks, leaving existing rows (the US
// states' and today's countries' names) as they are.  Idempotent; one
// prepared statement; the caller's transaction makes it part of the load.
// Returns how many rows were added.
int seed_world_places(SQLite::Database& db);

// The places a new database holds: the embedded migrations applied to an
// in-memory database, then read.  For tests, fuzz targets and tools that
// need the reference places without a database file.
std::vector<Place> reference_places();

}  // namespace factdb
