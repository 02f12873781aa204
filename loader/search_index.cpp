// Bulk upkeep of the full-text indexes during a load (see search_index.h).
//
// Invariant kept at commit: documents_fts and evidence_fts index exactly the
// rows of documents and evidence, as the 0005 triggers would have left them,
// and documents_stems and evidence_stems hold the search forms of each row
// ('integrity-check' of both passes; tests/search/search_test.cpp).
// Rows are indexed in rowid order: FTS5 flushes its pending terms whenever
// a rowid is not above the previous one, so order is what keeps it to one
// pass.
#include "loader/search_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

#include "errors/error.h"

namespace factdb {

TriggersOff::TriggersOff(SQLite::Database& db) : db_(db) {
    if (sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &previous_) !=
            SQLITE_OK ||
        sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr) != SQLITE_OK)
        throw Error(ErrorKind::internal, "cannot switch triggers off for the load");
}

TriggersOff::~TriggersOff() {
    sqlite3_db_config(db_.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, previous_, nullptr);
}

SearchIndexWriter::SearchIndexWriter(SQLite::Database& db)
    : db_(db),
      forget_document_(db,
                       "INSERT INTO documents_fts (documents_fts, rowid, title, text)"
                       " SELECT 'delete', rowid, title, text FROM documents WHERE id = ?"),
      forget_evidence_(db,
                       "INSERT INTO evidence_fts (evidence_fts, rowid, quote)"
                       " SELECT 'delete', id, quote FROM evidence WHERE document_id = ?"),
      stems_(db) {}

void SearchIndexWriter::forget(const std::string& document_id) {
    for (SQLite::Statement* st : {&forget_document_, &forget_evidence_}) {
        st->reset();
        st->bind(1, document_id);
        st->exec();
    }
    stems_.forget(document_id);
}

void SearchIndexWriter::written(std::int64_t rowid, bool replaced) {
    ++pending_.documents;
    if (replaced)
        pending_.replaced_documents.push_back(rowid);
    else
        pending_.first_new_document = std::min(pending_.first_new_document, rowid);
}

void SearchIndexWriter::evidence_inserted(std::int64_t first_id) {
    pending_.first_new_evidence = std::min(pending_.first_new_evidence, first_id);
}

void SearchIndexWriter::keep_document() {
    kept_.documents += pending_.documents;
    kept_.first_new_document = std::min(kept_.first_new_document, pending_.first_new_document);
    kept_.first_new_evidence = std::min(kept_.first_new_evidence, pending_.first_new_evidence);
    kept_.replaced_documents.insert(kept_.replaced_documents.end(),
                                    pending_.replaced_documents.begin(),
                                    pending_.replaced_documents.end());
    pending_ = Written{};
}

void SearchIndexWriter::drop_document() {
    pending_ = Written{};
}

void SearchIndexWriter::index_written() {
    // Replaced documents keep their (older) rowids: indexed first, in order
    // and in one statement (a JSON array of rowids), so that the new ones
    // after them still arrive in ascending order.
    std::sort(kept_.replaced_documents.begin(), kept_.replaced_documents.end());
    std::string rowids = "[";
    for (std::int64_t rowid : kept_.replaced_documents)
        rowids += (rowids.size() > 1 ? "," : "") + std::to_string(rowid);
    rowids += "]";
    SQLite::Statement replaced(db_,
                               "INSERT INTO documents_fts (rowid, title, text)"
                               " SELECT d.rowid, d.title, d.text FROM json_each(?) AS j"
                               " JOIN documents d ON d.rowid = j.value ORDER BY j.key");
    replaced.bind(1, rowids);
    replaced.exec();
    SQLite::Statement documents(db_,
                                "INSERT INTO documents_fts (rowid, title, text)"
                                " SELECT rowid, title, text FROM documents WHERE rowid >= ?"
                                " ORDER BY rowid");
    documents.bind(1, static_cast<std::int64_t>(kept_.first_new_document));
    documents.exec();
    SQLite::Statement evidence(db_,
                               "INSERT INTO evidence_fts (rowid, quote)"
                               " SELECT id, quote FROM evidence WHERE id >= ? ORDER BY id");
    evidence.bind(1, static_cast<std::int64_t>(kept_.first_new_evidence));
    evidence.exec();
    // The stemmed copy of the same rows, in the same order.
    stems_.index_documents(kept_.replaced_documents);
    stems_.index_documents_from(kept_.first_new_document);
    stems_.index_evidence_from(kept_.first_new_evidence);
    kept_ = Written{};
}

}  // namespace factdb
