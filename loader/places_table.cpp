// Reading the places reference table into lang::Place rows (places_table.h).
#include "loader/places_table.h"

#include <SQLiteCpp/Statement.h>

#include <string_view>
#include <unordered_map>

#include "db/database.h"
#include "lang/iso3166.h"

namespace factdb {

std::vector<Place> load_places(SQLite::Database& db) {
    SQLite::Statement query(
        db,
        "SELECT code, kind, name_en, name_fr, coalesce(postal, ''), country_code,"
        " coalesce(subdivision_type, '') FROM places ORDER BY code");
    std::vector<Place> out;
    while (query.executeStep()) {
        out.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(),
                       query.getColumn(2).getString(), query.getColumn(3).getString(),
                       query.getColumn(4).getString(), query.getColumn(5).getString(),
                       query.getColumn(6).getString(), {}});
    }
    // The alternative names are not columns: they come from the compiled
    // table, by code (the rows it seeded).
    std::unordered_map<std::string_view, std::string_view> alt;
    for (const lang::IsoPlace& iso : lang::iso3166_places())
        if (!iso.alt_name.empty()) alt.emplace(iso.code, iso.alt_name);
    for (Place& p : out) {
        const auto it = alt.find(p.code);
        if (it != alt.end()) p.alt_name = std::string(it->second);
    }
    return out;
}

int seed_world_places(SQLite::Database& db) {
    SQLite::Statement insert(
        db,
        "INSERT OR IGNORE INTO places (code, kind, name_en, name_fr, postal, country_code,"
        " subdivision_type, parent_code) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)");
    int added = 0;
    for (const lang::IsoPlace& iso : lang::iso3166_places()) {
        const bool country = iso.type == "country";
        insert.bind(1, std::string(iso.code));
        insert.bind(2, country ? "country" : "subdivision");
        insert.bind(3, std::string(iso.name_en));
        insert.bind(4, std::string(iso.name_fr));
        insert.bind(5, std::string(iso.country));
        if (country) {
            insert.bind(6);
        } else {
            insert.bind(6, std::string(iso.type));
        }
        if (iso.parent.empty()) {
            insert.bind(7);
        } else {
            insert.bind(7, std::string(iso.parent));
        }
        added += insert.exec();
        insert.reset();
    }
    return added;
}

std::vector<Place> reference_places() {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db::migrate(db);
    seed_world_places(db);
    return load_places(db);
}

}  // namespace factdb
