// Reading the places reference table into lang::Place rows (places_table.h).
#include "loader/places_table.h"

#include <SQLiteCpp/Statement.h>

#include "db/database.h"

namespace factdb {

std::vector<Place> load_places(SQLite::Database& db) {
    SQLite::Statement query(
        db, "SELECT code, kind, name_en, name_fr, coalesce(postal, '') FROM places ORDER BY code");
    std::vector<Place> out;
    while (query.executeStep()) {
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString(), query.getColumn(3).getString(),
                       query.getColumn(4).getString()});
    }
    return out;
}

std::vector<Place> reference_places() {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db::migrate(db);
    return load_places(db);
}

}  // namespace factdb
