// The document-preparing thread (see prepare.h).
//
// One producer (the thread started here) and one consumer (the load's
// thread, through next()), a bounded queue between them under one mutex.
// The producer's own read-only connection sees the database as of its last
// commit for the whole load (one read transaction, WAL): the load's
// transaction is not committed before the preparer is joined, so that is
// the state against which the writer judges "unchanged" too.  Its only use
// is to skip normalising documents that will be found unchanged.
#include "loader/prepare.h"

#include <SQLiteCpp/Statement.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "db/database.h"

namespace factdb {

struct DocumentPreparer::State {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<PreparedDocument> queue;
    bool done = false;       // the producer has pushed its last item
    bool cancelled = false;  // the consumer has gone: stop producing
    std::exception_ptr failure;
    std::shared_ptr<Progress> progress;  // may be null
    std::thread thread;

    // Blocks while the queue is full (kQueueDepth items, or kQueueBytes
    // unless it is empty); false when the consumer has gone.
    bool push(PreparedDocument&& item) {
        const std::size_t size = footprint(item);
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] {
            return cancelled || queue.empty() ||
                   (queue.size() < kQueueDepth && bytes + size <= kQueueBytes);
        });
        if (cancelled) return false;
        bytes += size;
        queue.push_back(std::move(item));
        if (progress) ++progress->queued;
        changed.notify_all();
        return true;
    }

    PreparedDocument pop() {  // the queue is not empty; called under the lock
        PreparedDocument item = std::move(queue.front());
        queue.pop_front();
        bytes -= footprint(item);
        return item;
    }

    // Rough memory of a queued item: its text, and the drafts' copies of
    // quotes and sentences (about as much again), or the whole parsed JSON
    // when it was not normalised (about 14 bytes per byte of input, see
    // kMaxDocumentBytes).  Only the bound needs it, not its precision.
    static std::size_t footprint(const PreparedDocument& item) {
        if (!item.doc) return 0;
        return item.doc->text.size() * (item.normalised ? 2 : 14);
    }

    std::size_t bytes = 0;  // footprint() of the queued items

    void finish(std::exception_ptr error) {
        std::lock_guard lock(mutex);
        done = true;
        failure = error;
        changed.notify_all();
    }
};

namespace {

// Stored input hashes as of the last commit, or nothing when there is no
// database file to read.
class StoredHashes {
  public:
    explicit StoredHashes(const std::string& database) {
        if (database.empty()) return;
        db_.emplace(db::open(database, db::Mode::read_only));
        // Only a WAL database lets this reader hold its snapshot while the
        // load writes; in rollback-journal mode (a file system without
        // shared memory leaves a database there) its SHARED lock would stop
        // the writer from spilling its cache.  Then every document is
        // normalised, which costs time, not correctness.
        if (db_->execAndGet("PRAGMA journal_mode").getString() != "wal") {
            db_.reset();
            return;
        }
        // One lookup per document touches a handful of pages: the readers'
        // 64 MiB cache would only fill with document texts (the hash shares
        // their rows) and count against the load's memory.
        db_->exec("PRAGMA cache_size = -2048");
        db_->exec("BEGIN");  // one snapshot for the whole load
        find_.emplace(*db_, "SELECT input_sha256 FROM documents WHERE id = ?");
    }

    bool same(const DocumentInput& doc) {
        if (!find_) return false;
        find_->reset();
        find_->bind(1, doc.id);
        const bool same =
            find_->executeStep() && find_->getColumn(0).getString() == doc.input_sha256;
        find_->reset();
        return same;
    }

  private:
    std::optional<SQLite::Database> db_;
    std::optional<SQLite::Statement> find_;
};

// A copy of e sharing nothing with it.  std::runtime_error keeps its
// message in a reference-counted string: a plain copy handed to the load's
// thread would share that string with the exception this thread destroys at
// the end of its catch block (ThreadSanitizer reports the pair, as the count
// lives in uninstrumented libstdc++).  Rebuilt from its parts, the message
// is the same and owned by the copy alone.
InputError detached(const InputError& e) {
    return InputError(e.where(), e.reason(), e.text());
}

void produce(DocumentPreparer::State& state, const std::vector<InputFile>& files,
             const ClaimNormalizer& normalizer, const std::string& database, bool force) {
    StoredHashes stored(database);
    for (const auto& file : files) {
        std::optional<ClaimFileReader> reader;
        try {
            reader.emplace(file.path, file.display);
        } catch (const InputError& e) {
            PreparedDocument item;
            item.kind = PreparedDocument::Kind::file_error;
            item.error = detached(e);
            if (!state.push(std::move(item))) return;
            continue;
        }
        for (;;) {
            PreparedDocument item;
            try {
                std::optional<SourceDocument> source = reader->next();
                if (!source) break;
                item.source = std::move(*source);
            } catch (const InputError& e) {
                item.kind = PreparedDocument::Kind::read_error;
                item.error = detached(e);
                if (!state.push(std::move(item))) return;
                continue;
            }
            try {
                item.doc = parse_document(item.source);
            } catch (const InputError& e) {
                item.error = detached(e);
            }
            // A document with problems is never unchanged (it was never
            // stored as it is): its claims are checked for the report.
            if (item.doc && (force || !item.doc->problems.empty() || !stored.same(*item.doc))) {
                item.drafts = normalizer.normalize(*item.doc, item.source, item.problems);
                item.normalised = true;
                // The drafts own their strings: the JSON is no longer needed.
                item.doc->claims = nullptr;
                item.source.object = nullptr;
            }
            if (!state.push(std::move(item))) return;
        }
    }
}

}  // namespace

DocumentPreparer::DocumentPreparer(std::vector<InputFile> files, const ClaimNormalizer& normalizer,
                                   std::string database, bool force,
                                   std::shared_ptr<Progress> progress)
    : state_(std::make_unique<State>()) {
    State& state = *state_;
    state.progress = std::move(progress);
    state.thread = std::thread(
        [&state, files = std::move(files), &normalizer, database = std::move(database), force] {
            try {
                produce(state, files, normalizer, database, force);
                state.finish(nullptr);
            } catch (...) {
                state.finish(std::current_exception());
            }
            if (state.progress) state.progress->ended = true;
        });
}

DocumentPreparer::~DocumentPreparer() {
    {
        std::lock_guard lock(state_->mutex);
        state_->cancelled = true;
        state_->changed.notify_all();
    }
    state_->thread.join();
}

std::optional<PreparedDocument> DocumentPreparer::next() {
    std::unique_lock lock(state_->mutex);
    state_->changed.wait(lock, [&] { return !state_->queue.empty() || state_->done; });
    if (state_->queue.empty()) {
        if (state_->failure) std::rethrow_exception(state_->failure);
        return std::nullopt;
    }
    PreparedDocument item = state_->pop();
    state_->changed.notify_all();
    return item;
}

}  // namespace factdb
