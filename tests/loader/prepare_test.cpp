// The document preparer (loader/prepare.h): items in input order whatever
// their kind, documents already seen unchanged left unnormalised, a
// preparer dropped mid-way stopping its thread, a failure on its thread
// surfacing in next().
#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#include "db/database.h"
#include "loader/loader.h"
#include "loader/places_table.h"
#include "loader/prepare.h"
#include "support/fixtures.h"

using namespace factdb;
using namespace factdb::testing;

namespace {

std::string doc_line(const std::string& id, const std::string& amount = "$1 billion") {
    return R"({"format": "factdb.claims/1", "document": {"id": ")" + id +
           R"(", "title": "T", "language": "en", "text": "Acme invested )" + amount +
           R"( in Beta."}, "claims": [{"id": "c1", "type": "investment", "evidence": "Acme invested )" +
           amount + R"( in Beta", "investor": "Acme", "investee": "Beta", "amount": ")" + amount +
           R"(", "stage": "completed"}]})";
}

// The normaliser with the reference places.
struct Normaliser {
    TempDir dir;
    PlaceResolver places{reference_places()};
    ClaimNormalizer normalizer{places};
};

std::string describe(const PreparedDocument& item) {
    switch (item.kind) {
        case PreparedDocument::Kind::file_error:
            return "file error: " + std::string(item.error->what());
        case PreparedDocument::Kind::read_error:
            return "read error: " + std::string(item.error->what());
        case PreparedDocument::Kind::document:
            break;
    }
    if (!item.doc) return "parse error: " + std::string(item.error->what());
    return item.doc->id + (item.normalised ? " normalised, " : " not normalised, ") +
           std::to_string(item.drafts.size()) + " draft(s), " +
           std::to_string(item.problems.size()) + " problem(s)";
}

}  // namespace

TEST_CASE("the preparer yields every file's events in input order", "[loader][prepare]") {
    Normaliser n;
    const fs::path a = n.dir.write(
        "a.jsonl", doc_line("a1") + "\nnot json\n" + doc_line("a2", "ten zillion") + "\n" +
                       R"({"format": "factdb.claims/1", "document": {"id": "a3"}, "claims": []})" +
                       "\n");
    const fs::path b = n.dir.write("b.json", doc_line("b1"));
    DocumentPreparer preparer(
        {{a, "a.jsonl"}, {n.dir / "missing.json", "missing.json"}, {b, "b.json"}}, n.normalizer, "",
        false);
    std::vector<std::string> seen;
    while (auto item = preparer.next()) seen.push_back(describe(*item));
    CHECK(seen == std::vector<std::string>{
                      "a1 normalised, 1 draft(s), 0 problem(s)",
                      "read error: a.jsonl:2: not valid JSON: parse error at line 1, column 2: "
                      "syntax error while parsing value - invalid literal; last read: 'no'",
                      "a2 normalised, 0 draft(s), 1 problem(s)",
                      "parse error: a.jsonl:4: document.title: missing required field",
                      "file error: missing.json: cannot open file",
                      "b1 normalised, 1 draft(s), 0 problem(s)",
                  });
    CHECK_FALSE(preparer.next().has_value());  // and stays at the end
}

TEST_CASE("the preparer skips normalising documents stored with the same input",
          "[loader][prepare]") {
    Normaliser n;
    const std::string db_path = (n.dir / "t.sqlite").string();
    const fs::path first =
        n.dir.write("first.jsonl", doc_line("same") + "\n" + doc_line("changed") + "\n");
    {
        SQLite::Database db = db::open(db_path, db::Mode::read_write);
        LoadOptions options;
        options.paths = {first.string()};
        REQUIRE(load(db, options).committed);
    }
    const fs::path again =
        n.dir.write("again.jsonl", doc_line("same") + "\n" + doc_line("changed", "$2 billion") +
                                       "\n" + doc_line("new") + "\n");
    for (const bool force : {false, true}) {
        DocumentPreparer preparer({{again, "again.jsonl"}}, n.normalizer, db_path, force);
        std::vector<std::string> seen;
        while (auto item = preparer.next()) seen.push_back(describe(*item));
        CHECK(seen == std::vector<std::string>{
                          std::string("same ") + (force ? "normalised, 1" : "not normalised, 0") +
                              " draft(s), 0 problem(s)",
                          "changed normalised, 1 draft(s), 0 problem(s)",
                          "new normalised, 1 draft(s), 0 problem(s)",
                      });
    }
}

TEST_CASE("a preparer dropped with items still coming stops its thread", "[loader][prepare]") {
    using Clock = std::chrono::steady_clock;
    Normaliser n;
    std::string lines;
    const std::size_t count = 4 * DocumentPreparer::kQueueDepth;
    for (std::size_t i = 0; i < count; ++i) lines += doc_line("d" + std::to_string(i)) + "\n";
    const fs::path file = n.dir.write("many.jsonl", lines);
    // Taken one item, the preparer fills the queue again and blocks: it has
    // queued exactly 1 + kQueueDepth items, whatever the interleaving (the
    // documents are far below kQueueBytes).
    const std::size_t full = 1 + DocumentPreparer::kQueueDepth;
    auto progress = std::make_shared<DocumentPreparer::Progress>();
    std::optional<DocumentPreparer> preparer;
    preparer.emplace(std::vector<InputFile>{{file, "many.jsonl"}}, n.normalizer, "", false,
                     progress);
    REQUIRE(preparer->next().has_value());
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (progress->queued.load() < full && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(progress->queued.load() == full);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(progress->queued.load() == full);  // blocked: the queue is bounded
    CHECK_FALSE(progress->ended.load());
    // Dropping it must not wait for the other items: the thread is blocked
    // on a full queue and the destructor has to wake it.
    const auto t0 = Clock::now();
    preparer.reset();
    const double drop_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    // The destructor returned only once the thread had ended (joined), and
    // the thread queued nothing after it was told to stop: of the remaining
    // 3 * kQueueDepth - 1 documents none was queued.
    CHECK(progress->ended.load());
    CHECK(progress->queued.load() == full);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(progress->queued.load() == full);
    CHECK(drop_seconds < 10.0);

    DocumentPreparer whole({{file, "many.jsonl"}}, n.normalizer, "", false);
    std::size_t n_items = 0;
    while (whole.next()) ++n_items;
    CHECK(n_items == count);
}

TEST_CASE("a failure on the preparing thread surfaces in next()", "[loader][prepare]") {
    Normaliser n;
    const fs::path file = n.dir.write("one.jsonl", doc_line("one") + "\n");
    // The stored-hash connection cannot be opened: a storage failure, not a
    // document's problem, so it ends the preparer after what came before.
    DocumentPreparer preparer({{file, "one.jsonl"}}, n.normalizer,
                              (n.dir / "no-such-dir" / "x.sqlite").string(), false);
    CHECK_THROWS_WITH(preparer.next(),
                      Catch::Contains("no database at "));
}

TEST_CASE("the preparer normalises everything when the database is not in WAL mode",
          "[loader][prepare]") {
    // In rollback-journal mode a reader's snapshot would block the writer,
    // so the preparer does not open one: no document is skipped.
    Normaliser n;
    const std::string db_path = (n.dir / "t.sqlite").string();
    const fs::path file = n.dir.write("one.jsonl", doc_line("same") + "\n");
    {
        SQLite::Database db = db::open(db_path, db::Mode::read_write);
        LoadOptions options;
        options.paths = {file.string()};
        REQUIRE(load(db, options).committed);
    }
    {
        SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
        REQUIRE(db.execAndGet("PRAGMA journal_mode = DELETE").getString() == "delete");
    }
    DocumentPreparer preparer({{file, "one.jsonl"}}, n.normalizer, db_path, false);
    const auto item = preparer.next();
    REQUIRE(item.has_value());
    CHECK(describe(*item) == "same normalised, 1 draft(s), 0 problem(s)");
}
