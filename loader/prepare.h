// Preparing documents ahead of the writer, on a second thread: reading the
// claim files, parsing each document and normalising its claims, while the
// load's thread resolves entities and writes the previous documents.
//
// Why: those steps are a third of a load's time and need no database (the
// normaliser only reads the places table, loaded once), whereas the writes
// must stay on the one connection that holds the load's transaction.  On two
// cores the two halves overlap; the result is exactly the sequential one,
// because items come out in input order and the writer still makes every
// decision (duplicate ids, unchanged documents, errors) in that order.
//
// Invariants:
//   * next() yields one item per ClaimFileReader event, in input order: a
//     file that cannot be opened, a document that cannot be read, or a
//     document (parsed or not, normalised or not);
//   * at most kQueueDepth prepared items wait at any time, so memory stays
//     bounded whatever the corpus size;
//   * an exception other than InputError on the preparing thread ends it and
//     is rethrown by next(); destroying the preparer stops and joins it.
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loader/claim_normalizer.h"
#include "loader/claims_file.h"
#include "loader/document.h"
#include "errors/error.h"
#include "loader/fact_draft.h"

namespace factdb {

struct InputFile {
    std::filesystem::path path;
    std::string display;
};

struct PreparedDocument {
    enum class Kind {
        file_error,  // the file could not be opened: error holds why
        read_error,  // a document could not be read (not JSON, too big...): error
        document     // source is set; doc unless parsing failed (then error)
    };
    Kind kind = Kind::document;
    std::optional<InputError> error;
    SourceDocument source;  // its JSON object already released
    std::optional<DocumentInput> doc;
    // Set when the claims were normalised: the drafts and every problem found.
    bool normalised = false;
    std::vector<FactDraft> drafts;
    std::vector<InputError> problems;
};

class DocumentPreparer {
  public:
    // Starts preparing files in order.  normalizer must outlive the
    // preparer.  database is the path of the database being loaded, or ""
    // (then every document is normalised): a document whose stored
    // input_sha256 equals its own, as of the database's last commit, is left
    // unnormalised unless force is set, since the writer will find it
    // unchanged.
    //
    // progress, when given, is kept up to date by the preparing thread (see
    // Progress); the load passes none.
    struct Progress;
    DocumentPreparer(std::vector<InputFile> files, const ClaimNormalizer& normalizer,
                     std::string database, bool force,
                     std::shared_ptr<Progress> progress = nullptr);
    ~DocumentPreparer();
    DocumentPreparer(const DocumentPreparer&) = delete;
    DocumentPreparer& operator=(const DocumentPreparer&) = delete;

    // The next item in input order, or nullopt after the last one.
    std::optional<PreparedDocument> next();

    // The queue holds at most kQueueDepth items and, unless it holds just
    // one, about kQueueBytes of them: 64 documents of the largest size
    // accepted would otherwise take gigabytes.
    static constexpr std::size_t kQueueDepth = 64;
    static constexpr std::size_t kQueueBytes = 64u << 20;

    // What the preparing thread has done, observable from outside and after
    // the preparer is gone (shared): a test hook, so that a test can see the
    // thread stop when the preparer is dropped (tests/loader/prepare_test.cpp).
    // queued counts the items put in the queue so far; ended is set by the
    // thread as its last action.
    struct Progress {
        std::atomic<std::size_t> queued{0};
        std::atomic<bool> ended{false};
    };

    struct State;  // the queue and the thread; opaque

  private:
    std::unique_ptr<State> state_;
};

}  // namespace factdb
