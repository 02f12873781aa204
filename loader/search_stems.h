// Writing the stemmed search index (documents_stems, evidence_stems;
// schema/0017_search_stems.sql): the search forms of titles, texts and
// quotes, computed here in C++ (text/stems.h) because SQL cannot, and
// stored as plain text that SQLite's own unicode61 tokenizer indexes.
//
// Invariants:
//   * documents_stems row r holds the search forms of documents row r, in
//     its language; evidence_stems row i those of evidence row i, in its
//     document's language;
//   * a row listed in search_stems_pending has no forms; index_*() and
//     build_pending() write a row's forms and take it off the list in the
//     same transaction, so a committed database never has both a stale
//     form and no listing;
//   * linear time and space in the text written.
// Used inside the load's transaction by SearchIndexWriter (with the 0017
// triggers off), and by `factdb init` through build_pending().
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/stems.h"

namespace factdb {

struct StemsBuilt {
    std::int64_t documents = 0;
    std::int64_t quotes = 0;
};

class StemsWriter {
  public:
    explicit StemsWriter(SQLite::Database& db);

    // Removes the forms of the stored document with this id and of its quotes.
    void forget(const std::string& document_id);

    // Writes the forms of the documents with these rowids (ascending).
    void index_documents(const std::vector<std::int64_t>& rowids);
    // ... of every document with rowid >= first, and of every evidence row
    // with id >= first.
    void index_documents_from(std::int64_t first);
    void index_evidence_from(std::int64_t first);

    // Builds the forms of every row listed in search_stems_pending and
    // empties it.  Call inside a transaction.
    StemsBuilt build_pending();

  private:
    void write_document(std::int64_t rowid, const std::string& language, const std::string& title,
                        const std::string& text);
    void write_quote(std::int64_t id, const std::string& language, const std::string& quote);

    SQLite::Database& db_;
    text::SearchForms forms_;
    SQLite::Statement forget_document_, forget_evidence_;
    SQLite::Statement insert_document_, insert_quote_;
};

// What `factdb init` runs after the migrations: StemsWriter::build_pending()
// in its own transaction.
StemsBuilt build_pending_search_stems(SQLite::Database& db);

}  // namespace factdb
