// libFuzzer target: loading a gazetteer (loader/entities.h, load_gazetteer)
// into a database that already holds entities, as a load does after an
// earlier one.
//
// The database is in memory, migrated once, with a base gazetteer loaded at
// start-up (Amazon and its alias Amazon.com, Amazon Web Services alias AWS
// with parent Amazon, Anthropic, each with a QID).  Each input is written to
// a file and loaded inside a savepoint that is rolled back afterwards, so
// inputs never see each other.  Beyond "no crash, no sanitizer report":
//   * only InputError escapes (with a message); a SQLite error — a constraint
//     the checks before the writes should have caught — is a finding;
//   * after a load that succeeds: the base entities keep their ids, folded
//     names and QIDs (a gazetteer never renames an entity through an alias
//     nor changes its QID); every entity's own name resolves to it (one
//     spelling, one entity); no chain of parents comes back to where it
//     started;
//   * loading the same file a second time succeeds and changes nothing.
#include <SQLiteCpp/Database.h>

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "db/database.h"
#include "errors/error.h"
#include "loader/entities.h"

namespace {

using namespace factdb;
namespace fs = std::filesystem;

constexpr std::string_view kBase = R"({"format": "factdb.entities/1", "entities": [
 {"name": "Amazon", "kind": "organization", "wikidata": "Q3884", "aliases": ["Amazon.com"]},
 {"name": "Amazon Web Services", "kind": "organization", "parent": "Amazon",
  "wikidata": "Q456157", "aliases": ["AWS"]},
 {"name": "Anthropic", "kind": "organization", "wikidata": "Q116758847"}]})";

// What the base entities must still be after any load.
constexpr std::string_view kBaseRows =
    "1|amazon|Q3884\n2|amazon web services|Q456157\n3|anthropic|Q116758847\n";

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
    std::fprintf(stderr, "fuzz_gazetteer: invariant broke: %.*s %.*s\n",
                 static_cast<int>(what.size()), what.data(), static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
}

std::string rows(SQLite::Database& db, const char* sql) {
    SQLite::Statement st(db, sql);
    std::string out;
    while (st.executeStep()) {
        for (int i = 0; i < st.getColumnCount(); ++i) {
            if (i) out += '|';
            out += st.getColumn(i).getString();
        }
        out += '\n';
    }
    return out;
}

struct World {
    fs::path dir;
    fs::path file;
    SQLite::Database db;
    World()
        : dir(make_dir()), file(dir / "fuzz.entities.json"), db(db::open(":memory:", db::Mode::read_write)) {
        db::migrate(db);
        write(kBase);
        GazetteerDeclarations declarations;
        load_gazetteer(db, file, "base.entities.json", declarations);
        if (rows(db, "SELECT id, name_key, wikidata FROM entities ORDER BY id") != kBaseRows) {
            fail("the base gazetteer did not load as expected");
        }
    }
    static fs::path make_dir() {
        std::string pattern = (fs::temp_directory_path() / "factdb-fuzz-gazetteer.XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) fail("cannot create a temporary folder");
        return pattern;
    }
    void write(std::string_view data) const {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        if (!out) fail("cannot write the input file");
    }
};

World& world() {
    static World w;
    return w;
}

// Loads the file; true when it loaded, false when refused with InputError.
bool load(World& w) {
    GazetteerDeclarations declarations;
    try {
        load_gazetteer(w.db, w.file, "fuzz.entities.json", declarations);
        return true;
    } catch (const InputError& e) {
        if (std::string_view(e.what()).empty()) fail("InputError with an empty message");
        return false;
    } catch (const std::exception& e) {
        fail("an exception other than InputError:", e.what());
    }
}

void check_invariants(SQLite::Database& db) {
    if (rows(db, "SELECT id, name_key, wikidata FROM entities WHERE id <= 3 ORDER BY id") !=
        kBaseRows) {
        fail("a base entity was renamed or its QID changed");
    }
    const std::string unresolved = rows(
        db,
        "SELECT name FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_aliases a"
        " WHERE a.alias_key = e.name_key AND a.entity_id = e.id)");
    if (!unresolved.empty()) fail("an entity's own name does not resolve to it:", unresolved);
    const std::string cycles = rows(
        db,
        "WITH RECURSIVE up(start, id, steps) AS ("
        "  SELECT id, parent_id, 1 FROM entities WHERE parent_id IS NOT NULL"
        "  UNION ALL SELECT up.start, e.parent_id, up.steps + 1 FROM up"
        "  JOIN entities e ON e.id = up.id"
        "  WHERE e.parent_id IS NOT NULL AND up.id <> up.start"
        "    AND up.steps <= (SELECT count(*) FROM entities))"
        " SELECT DISTINCT start FROM up WHERE id = start");
    if (!cycles.empty()) fail("a chain of parents comes back to entity", cycles);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    World& w = world();
    w.write(std::string_view(reinterpret_cast<const char*>(data), size));
    w.db.exec("SAVEPOINT fuzz");
    if (load(w)) {
        check_invariants(w.db);
        const char* dump =
            "SELECT e.id, e.kind, e.name, e.name_key, coalesce(e.parent_id, ''),"
            " coalesce(e.wikidata, ''), e.origin, a.alias_key, a.alias, coalesce(a.language, '')"
            " FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id"
            " ORDER BY e.id, a.alias_key";
        const std::string once = rows(w.db, dump);
        if (!load(w)) fail("the same gazetteer, loaded again, was refused");
        if (rows(w.db, dump) != once) fail("loading the same gazetteer again changed entities");
    }
    w.db.exec("ROLLBACK TO fuzz");
    w.db.exec("RELEASE fuzz");
    return 0;
}
