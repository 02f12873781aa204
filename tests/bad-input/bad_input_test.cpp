// The bad-input corpus (tests/bad-input/, see README.md there): every case in
// cases.json is copied to a temporary folder (its generated files written
// there too), loaded with the REAL factdb binary into a copy of the seed
// database, and checked for its exact stderr, stdout and exit code.  A
// refused load must leave the database file byte-for-byte as it was; a load
// that goes in (a BOM, SQL text as data, --keep-going) is checked with exact
// SQL results, and must keep every table.  Generated cases (200 MB line,
// 100,000-deep nesting) are also held to a time and memory bound.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <chrono>
#include <set>

#include "support/fences.h"
#include "support/fixtures.h"

using namespace factdb::testing;
using nlohmann::json;

namespace {

const fs::path kCorpus = source_dir() / "tests" / "bad-input";
const char* kNow = "2026-11-29T08:00:00Z";

const json& manifest() {
    static const json m = json::parse(read_file(kCorpus / "cases.json"));
    return m;
}

// The seed database, loaded once per test run; each case gets a copy.
const fs::path& seed() {
    static const TempDir dir;
    static const fs::path db = seed_database(dir);
    return db;
}

std::string substitute(std::string s, const std::string& case_dir) {
    const std::string key = "{case}";
    for (auto at = s.find(key); at != std::string::npos; at = s.find(key, at + case_dir.size()))
        s.replace(at, key.size(), case_dir);
    return s;
}

// Writes one generated file: its parts in order, each a text or a string
// repeated, in 1 MiB writes so that a 200 MB file never sits in memory.  A
// part with "numbered": true replaces "{n}" in its unit by the repetition's
// number (1, 2, ...): distinct claim ids and quotes without a committed file.
void generate(const json& spec, const fs::path& dir) {
    std::ofstream out(dir / spec.at("file").get<std::string>(), std::ios::binary);
    for (const auto& part : spec.at("parts")) {
        if (part.contains("text")) {
            out << part["text"].get<std::string>();
            continue;
        }
        const std::string unit = part.at("repeat").get<std::string>();
        std::size_t left = part.at("times").get<std::size_t>();
        if (part.value("numbered", false)) {
            for (std::size_t n = 1; n <= left; ++n) {
                std::string one = unit;
                for (auto at = one.find("{n}"); at != std::string::npos; at = one.find("{n}", at)) {
                    one.replace(at, 3, std::to_string(n));
                }
                out << one;
            }
            continue;
        }
        const std::size_t per_chunk = std::max<std::size_t>(1, (1 << 20) / unit.size());
        std::string chunk;
        for (std::size_t i = 0; i < std::min(left, per_chunk); ++i) chunk += unit;
        while (left > 0) {
            const std::size_t n = std::min(left, per_chunk);
            out.write(chunk.data(), static_cast<std::streamsize>(n * unit.size()));
            left -= n;
        }
    }
    REQUIRE(out.good());
}

std::string schema_objects(const fs::path& db_path) {
    SQLite::Database db(db_path.string());
    return sql_rows(db, "SELECT type, name FROM sqlite_master ORDER BY type, name");
}

// Peak resident memory, in MiB, of the largest child process so far.
long children_peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux
}

void run_case(const json& c) {
    const std::string name = c.at("name");
    TempDir tmp;
    const fs::path dir = tmp / name;
    // Symbolic links are copied as links: a case may hold one to a device
    // (/dev/zero, /dev/null), which must reach factdb as it would in use.
    fs::copy(kCorpus / "cases" / name, dir,
             fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    for (const auto& spec : c.value("generate", json::array())) generate(spec, dir);
    const fs::path db = tmp / "db.sqlite";
    fs::copy_file(seed(), db);
    const std::string before = file_sha256(db);
    const auto size_before = fs::file_size(db);
    std::uintmax_t input_bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file()) input_bytes += entry.file_size();
    }
    const std::string objects_before = schema_objects(db);

    std::vector<std::string> args = {"--db", db.string(), "load"};
    for (const auto& flag : c.value("flags", json::array())) args.push_back(flag);
    for (const auto& p : c.at("load")) {
        args.push_back(p == "." ? dir.string() : (dir / p.get<std::string>()).string());
    }
    const auto start = std::chrono::steady_clock::now();
    const RunResult r = run_factdb(args, "", {std::string("FACTDB_NOW=") + kNow});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    CHECK(r.err == substitute(c.at("stderr"), dir.string()));
    CHECK(r.out == substitute(c.value("stdout", ""), dir.string()));
    CHECK(r.exit_code == c.at("exit").get<int>());
    if (c.at("database") == "unchanged") {
        CHECK(file_sha256(db) == before);
        CHECK_FALSE(fs::exists(fs::path(db.string() + "-wal")));
    } else {
        REQUIRE(c.at("database") == "changed");
        CHECK(file_sha256(db) != before);
        CHECK(schema_objects(db) == objects_before);
    }
    SQLite::Database conn(db.string());
    for (const auto& q : c.value("sql", json::array())) {
        INFO(q.at("query").get<std::string>());
        CHECK(sql_rows(conn, q.at("query")) == q.at("rows").get<std::string>());
    }
    if (c.contains("max_seconds")) {
        INFO("took " << seconds << " s");
        CHECK(seconds < factdb::test::seconds_fence(c["max_seconds"].get<double>()));
    }
    if (c.contains("max_memory_mib"))
        CHECK(children_peak_mib() < factdb::test::mib_fence(c["max_memory_mib"].get<long>()));
    if (c.contains("max_growth")) {
        // The complexity rule (docs/RELIABILITY.md): what a load writes is
        // bounded by a constant times its input.
        const auto growth = fs::file_size(db) - size_before;
        INFO("the database grew by " << growth << " bytes for " << input_bytes
                                     << " bytes of input");
        CHECK(static_cast<double>(growth) <=
              c["max_growth"].get<double>() * static_cast<double>(input_bytes));
    }
}

}  // namespace

TEST_CASE("the bad-input manifest lists every case folder once, with what the runner needs",
          "[bad-input]") {
    std::set<std::string> folders, listed;
    for (const auto& entry : fs::directory_iterator(kCorpus / "cases")) {
        folders.insert(entry.path().filename().string());
    }
    for (const auto& c : manifest().at("cases")) {
        const std::string name = c.at("name");
        INFO(name);
        CHECK(listed.insert(name).second);
        CHECK(c.at("what").is_string());
        CHECK_FALSE(c.at("load").empty());
        CHECK(c.at("stderr").is_string());
        const int exit_code = c.at("exit");
        CHECK((exit_code == 0 || exit_code == 1 || exit_code == 2));
        // A refused load changes nothing; a load that went in says what it wrote.
        CHECK(c.at("database") == (exit_code == 2 ? "unchanged" : "changed"));
        if (exit_code != 2) CHECK_FALSE(c.at("sql").empty());
    }
    CHECK(folders == listed);
    CHECK(listed.size() >= 40);
}

TEST_CASE("every bad input gives its exact located error and leaves the database as it was",
          "[bad-input]") {
    for (const auto& c : manifest().at("cases")) {
        DYNAMIC_SECTION(c.at("name").get<std::string>()) {
            run_case(c);
        }
    }
}
