// The load orchestration (see loader.h).
//
// Order: gazetteer files first (so claims resolve through them), then claim
// files in the order given, folders read in name order (not recursively).
// A path or folder entry named .json/.jsonl that is not a regular file (a
// FIFO, device, socket, or a folder inside a folder) is refused by its kind
// before anything is opened: a FIFO would block the load with the write
// lock held.
// Per document: parse -> unchanged? -> normalise -> write (under a savepoint
// with keep_going) -> log.  Reading, parsing and normalising run ahead on a
// second thread (prepare.h); every decision is still taken here, in input
// order.  Normalisation runs before any write, so a bad document never
// reaches the database; with keep_going, the savepoint covers a failure
// while writing (a constraint the normaliser did not foresee) so that the
// document can be skipped too.  Without it, such a failure stops the
// writing and the whole load is rolled back.
#include "loader/loader.h"

#include <SQLiteCpp/Savepoint.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <optional>
#include <system_error>

#include "db/database.h"
#include "loader/claim_normalizer.h"
#include "loader/claims_file.h"
#include "db/error.h"
#include "db/timestamp.h"
#include "loader/document.h"
#include "loader/entities.h"
#include "loader/fact_writer.h"
#include "loader/places_table.h"
#include "loader/search_stems.h"
#include "loader/prepare.h"
#include "files/regular_file.h"

namespace factdb {
namespace fs = std::filesystem;

namespace {

bool claim_file_name(const fs::path& p) {
    return p.extension() == ".json" || p.extension() == ".jsonl";
}

// A path's status, or the reason it cannot be had.  Not existing is not an
// error here (the caller says "no such file or folder"); anything else the
// file system reports - a symbolic link loop (ELOOP), a name too long, a
// folder that may not be searched - is, with its own words.
std::optional<std::string> status_problem(const fs::path& path, fs::file_status& status) {
    std::error_code ec;
    status = fs::status(path, ec);
    if (ec && status.type() != fs::file_type::not_found) return ec.message();
    return std::nullopt;
}

// One path given by the user, expanded; throws fs::filesystem_error for a
// failure the error_code overloads do not cover.
void expand_one(const std::string& given, std::vector<InputFile>& gazetteers,
                std::vector<InputFile>& claims, std::vector<InputError>& errors) {
    const fs::path path(given);
    fs::file_status status;
    if (const auto why = status_problem(path, status)) {
        errors.emplace_back(Location{given, 0, "", ""}, "cannot read: " + *why);
        return;
    }
    if (fs::is_directory(status)) {
        std::error_code ec;
        std::vector<fs::path> entries;
        std::vector<InputError> entry_errors;
        // The error_code forms throughout: the throwing ones would end the
        // load with an internal error at the first entry that cannot be
        // looked at (a symbolic link loop named x.json).
        fs::directory_iterator it(path, ec);
        for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
            const fs::path& entry = it->path();
            if (!claim_file_name(entry)) continue;  // never looked at, whatever it is
            fs::file_status entry_status;
            if (const auto why = status_problem(entry, entry_status)) {
                entry_errors.emplace_back(Location{entry.string(), 0, "", ""},
                                          "cannot read: " + *why);
            } else if (fs::is_regular_file(entry_status)) {
                entries.push_back(entry);
            } else {
                // A FIFO, device, socket or folder named like a claim file:
                // refused by its kind, never opened (a FIFO would block the
                // load, a device never end), and never skipped in silence.
                entry_errors.emplace_back(Location{entry.string(), 0, "", ""},
                                          not_regular_reason(entry_status.type()));
            }
        }
        if (ec) {
            errors.emplace_back(Location{given, 0, "", ""}, "cannot read folder: " + ec.message());
            return;
        }
        std::sort(entries.begin(), entries.end());
        std::sort(entry_errors.begin(), entry_errors.end(),
                  [](const InputError& a, const InputError& b) {
                      return a.where().file < b.where().file;
                  });
        for (auto& e : entry_errors) errors.push_back(std::move(e));
        for (const auto& e : entries) {
            (is_gazetteer_file(e) ? gazetteers : claims).push_back({e, e.string()});
        }
    } else if (fs::exists(status)) {
        if (!claim_file_name(path)) {
            errors.emplace_back(Location{given, 0, "", ""}, "not a .json or .jsonl file");
            return;
        }
        // As for a folder's entries; the reader checks the descriptor again
        // (files/regular_file.h), for a file swapped after this stat.
        if (!fs::is_regular_file(status)) {
            errors.emplace_back(Location{given, 0, "", ""}, not_regular_reason(status.type()));
            return;
        }
        (is_gazetteer_file(path) ? gazetteers : claims).push_back({path, given});
    } else {
        errors.emplace_back(Location{given, 0, "", ""}, "no such file or folder");
    }
}

// Expands the user's paths; problems (missing paths, wrong extensions, paths
// the file system refuses to resolve) are errors located at the path, like
// a missing one: not a document --keep-going could skip.
void expand(const std::vector<std::string>& paths, std::vector<InputFile>& gazetteers,
            std::vector<InputFile>& claims, std::vector<InputError>& errors) {
    for (const auto& given : paths) {
        try {
            expand_one(given, gazetteers, claims, errors);
        } catch (const fs::filesystem_error& e) {
            errors.emplace_back(Location{given, 0, "", ""}, "cannot read: " + e.code().message());
        }
    }
}

// True for the SQLite errors a document's content can cause.
bool document_fault(const SQLite::Exception& e) {
    switch (e.getErrorCode() & 0xff) {
        case SQLITE_CONSTRAINT:
        case SQLITE_MISMATCH:
        case SQLITE_TOOBIG:
        case SQLITE_RANGE:
            return true;
        default:
            return false;
    }
}

class Load {
  public:
    Load(SQLite::Database& db, const LoadOptions& options, LoadReport& report)
        : db_(db),
          options_(options),
          report_(report),
          now_(options.now.empty() ? db::utc_now() : options.now),
          // The ISO rows a database lacks are added inside the load's
          // transaction, before the resolver is built from the table.
          places_((seed_world_places(db), load_places(db))),
          normalizer_(places_),
          entities_(db),
          writer_(db, entities_, now_, report.warnings),
          log_(db,
               "INSERT INTO loads (run, loaded_at, file, line, document_id, status, facts_added,"
               " facts_removed, facts_unchanged, factdb_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?)") {
        report_.run = db.execAndGet("SELECT coalesce(max(run), 0) + 1 FROM loads").getInt();
    }

    void gazetteer(const InputFile& file) {
        SQLite::Savepoint sp(db_, "gazetteer");
        try {
            report_.gazetteer_entities += load_gazetteer(db_, file.path, file.display, declarations_);
            sp.release();
        } catch (const InputError& e) {
            report_.errors.push_back(e);
        }
    }

    // Every claim file, in order: read, parsed and normalised ahead on the
    // preparer's thread (loader/prepare.h), decided and written here.
    void claim_files(std::vector<InputFile> files) {
        const std::string path = db_.getFilename();
        DocumentPreparer preparer(std::move(files), normalizer_,
                                  path.empty() || path == ":memory:" ? std::string() : path,
                                  options_.force);
        while (std::optional<PreparedDocument> item = preparer.next()) {
            switch (item->kind) {
                case PreparedDocument::Kind::file_error:
                    // A claim file that cannot be opened holds documents
                    // that are not loaded: a failed document like any other,
                    // so --keep-going ends in "partial" (exit 1), not "ok".
                    report_.errors.push_back(*item->error);
                    ++report_.documents_failed;
                    break;
                case PreparedDocument::Kind::read_error:
                    report_.errors.push_back(*item->error);
                    ++report_.documents_failed;
                    break;
                case PreparedDocument::Kind::document:
                    document(*item);
                    break;
            }
        }
    }

    void document(PreparedDocument& item) {
        if (!item.doc) {
            report_.errors.push_back(*item.error);
            ++report_.documents_failed;
            return;
        }
        const DocumentInput& doc = *item.doc;
        const SourceDocument& source = item.source;
        if (!doc.problems.empty()) {
            // The document's own problems first, then every claim's: one
            // run reports them all.
            for (const auto& problem : doc.problems) report_.errors.push_back(problem);
            if (!item.normalised) item.drafts = normalizer_.normalize(doc, source, item.problems);
            for (auto& problem : item.problems) report_.errors.push_back(std::move(problem));
            ++report_.documents_failed;
            return;
        }
        const std::string where =
            source.file + (source.line ? ":" + std::to_string(source.line) : "");
        auto [seen, inserted] = seen_.emplace(doc.id, where);
        if (!inserted) {
            report_.errors.emplace_back(
                Location{source.file, source.line, "", "document.id"},
                "document loaded twice in one run (first at " + seen->second + ")", doc.id);
            ++report_.documents_failed;
            return;
        }
        const auto stored = writer_.stored_input_hash(doc.id);
        if (stored && *stored == doc.input_sha256 && !options_.force) {
            DocumentCounts counts;
            counts.status = "unchanged";
            counts.facts_unchanged = writer_.stored_fact_count(doc.id);
            record(source, doc, counts);
            return;
        }
        if (!item.normalised) {  // the preparer expected it unchanged: it is not
            item.drafts = normalizer_.normalize(doc, source, item.problems);
        }
        if (!item.problems.empty()) {
            for (auto& problem : item.problems) report_.errors.push_back(std::move(problem));
            ++report_.documents_failed;
            return;
        }
        // After a rejection without --keep-going the load will be rolled
        // back: the remaining documents are still read and checked (every
        // input problem is reported) but no longer written.
        if (writing_stopped_) return;
        std::vector<FactDraft>& drafts = item.drafts;
        // Only --keep-going needs a document undone alone; without it, any
        // error rolls back the whole load, and a savepoint per document
        // would cost its statements and page journal for nothing (~3 % of
        // a load).
        try {
            FactWriter::Document write = writer_.begin(doc, options_.keep_going);
            const DocumentCounts counts = write.write(drafts, source.file, stored.has_value());
            // The claims' warnings in claim order, then the writer's (new
            // entities); under --strict they refuse the document, which is
            // then undone like any other refused document.
            std::vector<InputError> warnings;
            for (auto& d : drafts)
                for (auto& w : d.warnings) warnings.push_back(std::move(w));
            for (auto& w : writer_.take_document_warnings()) warnings.push_back(std::move(w));
            if (options_.strict && !warnings.empty()) {
                for (auto& w : warnings) report_.errors.push_back(std::move(w));
                ++report_.documents_failed;
                if (!options_.keep_going) writing_stopped_ = true;
                return;  // write's destructor undoes the document
            }
            record(source, doc, counts);
            write.commit();
            for (const auto& w : warnings) report_.warnings.push_back(w.what());
        } catch (const SQLite::Exception& e) {
            // Only a constraint (or a value SQLite refuses) is this document's
            // fault.  Anything else - disk full, I/O error, busy, out of memory
            // - is the storage's: SQLite may already have rolled back the whole
            // transaction, and going on would write the next documents outside
            // it.  Stop the load; load()'s caller reports it (exit 3).  The
            // Document has been undone by then (its destructor ran).
            if (!document_fault(e) || sqlite3_get_autocommit(db_.getHandle())) throw;
            if (!options_.keep_going) writing_stopped_ = true;  // its rows stay until the rollback
            report_.errors.emplace_back(
                Location{source.file, source.line, "", ""},
                std::string("document ") + doc.id + " rejected by the database: " + e.what());
            ++report_.documents_failed;
        }
    }

    void finish() {
        writer_.finish();
        report_.new_entities = entities_.created();
    }

  private:
    void record(const SourceDocument& source, const DocumentInput& doc, const DocumentCounts& c) {
        if (c.status == "new") ++report_.documents_new;
        if (c.status == "replaced") ++report_.documents_replaced;
        if (c.status == "unchanged") ++report_.documents_unchanged;
        report_.facts_added += c.facts_added;
        report_.facts_removed += c.facts_removed;
        report_.facts_unchanged += c.facts_unchanged;
        report_.facts_created += c.facts_created;
        report_.facts_deleted += c.facts_deleted;
        log_.reset();
        log_.bind(1, report_.run);
        log_.bind(2, now_);
        log_.bind(3, source.file);
        if (source.line)
            log_.bind(4, static_cast<std::int64_t>(source.line));
        else
            log_.bind(4);
        log_.bind(5, doc.id);
        log_.bind(6, c.status);
        log_.bind(7, c.facts_added);
        log_.bind(8, c.facts_removed);
        log_.bind(9, c.facts_unchanged);
        log_.bind(10, FACTDB_VERSION);
        log_.exec();
    }

    SQLite::Database& db_;
    const LoadOptions& options_;
    LoadReport& report_;
    std::string now_;
    PlaceResolver places_;
    ClaimNormalizer normalizer_;
    EntityResolver entities_;
    FactWriter writer_;
    SQLite::Statement log_;
    GazetteerDeclarations declarations_;
    std::map<std::string, std::string> seen_;  // document id -> where first seen in this run
    bool writing_stopped_ = false;             // a document was rejected without --keep-going
};

}  // namespace

namespace {

LoadReport load_in_transaction(SQLite::Database& db, const LoadOptions& options) {
    LoadReport report;
    db::migrate(db, options.adopt ? db::Foreign::adopt : db::Foreign::refuse);
    std::vector<InputFile> gazetteers, claims;
    expand(options.paths, gazetteers, claims, report.errors);
    report.files = static_cast<int>(gazetteers.size() + claims.size());

    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Before Load prepares its statements: the FTS triggers' work is done in
    // bulk by the writer (loader/search_index.h).
    TriggersOff triggers_off(db);
    // Rows whose search forms are not built yet (an upgraded database,
    // rows another tool wrote: schema/0020_search_stems.sql) get them first.
    StemsWriter(db).build_pending();
    Load load(db, options, report);
    for (const auto& g : gazetteers) load.gazetteer(g);
    // A missing path or a bad gazetteer is not a document --keep-going could
    // skip: going on would resolve every name without that gazetteer.  The
    // claim files are still read, so that every problem is reported.
    const bool setup_failed = !report.errors.empty();
    load.claim_files(std::move(claims));
    if (!report.errors.empty() && (!options.keep_going || setup_failed)) {
        return report;  // tx's destructor rolls everything back
    }
    load.finish();
    tx.commit();
    report.committed = true;
    return report;
}

// The database file a load is about to create, and SQLite's companions of
// it: remove() takes away those that did not exist before.  The file is
// created here with O_EXCL, so "created by this invocation" is a fact, not
// a guess from a check made before another process created it; SQLite
// takes an empty file for a new database.
class NewDatabaseFile {
  public:
    explicit NewDatabaseFile(const std::string& path) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) return;  // it exists, or db::open will say why it cannot be made
        ::close(fd);
        files_.push_back(path);
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            std::error_code ec;
            if (!fs::exists(fs::symlink_status(path + suffix, ec))) files_.push_back(path + suffix);
        }
    }

    // After the connection is closed.  Companions first, the database last.
    void remove() const {
        for (auto it = files_.rbegin(); it != files_.rend(); ++it) ::unlink(it->c_str());
    }

  private:
    std::vector<std::string> files_;  // the database first; empty when it existed
};

}  // namespace

LoadReport load_database(const std::string& db_path, const LoadOptions& options) {
    if (db_path == ":memory:") {
        throw UsageError("load needs a database file: --db :memory: would keep nothing");
    }
    const NewDatabaseFile created(db_path);
    LoadReport report;
    {
        SQLite::Database db = db::open(db_path, db::Mode::read_write,
                                       options.adopt ? db::Foreign::adopt : db::Foreign::refuse);
        report = load(db, options);
    }  // closed: SQLite has removed or released its -wal and -shm
    // Only a load refused for its input: after a storage error (busy, disk
    // full) another load may have opened the new file meanwhile, and
    // removing it would lose that load's work.
    if (!report.committed) created.remove();
    return report;
}

LoadReport load(SQLite::Database& db, const LoadOptions& options) {
    // SQLite's failures leave the library as db::Error (db/error.h), by then
    // rolled back with the transaction.
    return db::translating(db.getFilename(), [&] { return load_in_transaction(db, options); });
}

}  // namespace factdb
