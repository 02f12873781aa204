// The stemmed search index's writer (see search_stems.h).
//
// Rows are written in rowid order, as search_index.cpp does for the
// unstemmed index, so FTS5 keeps its pending terms in one segment.  A row
// is deleted before it is written (a no-op when it has no forms): a
// replaced document keeps its rowid, and a listed row may already have been
// written by this load.
#include "loader/search_stems.h"

#include <SQLiteCpp/Transaction.h>

#include "errors/error.h"

namespace factdb {
namespace {

text::StemLanguage stem_language(const std::string& code) {
    // documents.language is CHECKed to 'fr' or 'en' (schema/0001_core.sql).
    return code == "fr" ? text::StemLanguage::french : text::StemLanguage::english;
}

constexpr const char* kDocumentColumns = "SELECT rowid, language, title, text FROM documents";
constexpr const char* kEvidenceColumns =
    "SELECT e.id, d.language, e.quote FROM evidence e JOIN documents d ON d.id = e.document_id";

}  // namespace

StemsWriter::StemsWriter(SQLite::Database& db)
    : db_(db),
      forget_document_(db,
                       "DELETE FROM documents_stems WHERE rowid ="
                       " (SELECT rowid FROM documents WHERE id = ?)"),
      forget_evidence_(db,
                       "DELETE FROM evidence_stems WHERE rowid IN"
                       " (SELECT id FROM evidence WHERE document_id = ?)"),
      insert_document_(db, "INSERT INTO documents_stems (rowid, title, text) VALUES (?, ?, ?)"),
      insert_quote_(db, "INSERT INTO evidence_stems (rowid, quote) VALUES (?, ?)") {}

void StemsWriter::forget(const std::string& document_id) {
    for (SQLite::Statement* st : {&forget_document_, &forget_evidence_}) {
        st->reset();
        st->bind(1, document_id);
        st->exec();
    }
}

void StemsWriter::write_document(std::int64_t rowid, const std::string& language,
                                 const std::string& title, const std::string& text) {
    const text::StemLanguage l = stem_language(language);
    insert_document_.reset();
    insert_document_.bind(1, static_cast<std::int64_t>(rowid));
    insert_document_.bind(2, forms_.of_text(title, l));
    insert_document_.bind(3, forms_.of_text(text, l));
    insert_document_.exec();
}

void StemsWriter::write_quote(std::int64_t id, const std::string& language,
                              const std::string& quote) {
    insert_quote_.reset();
    insert_quote_.bind(1, static_cast<std::int64_t>(id));
    insert_quote_.bind(2, forms_.of_text(quote, stem_language(language)));
    insert_quote_.exec();
}

void StemsWriter::index_documents(const std::vector<std::int64_t>& rowids) {
    if (rowids.empty()) return;
    SQLite::Statement st(db_, std::string(kDocumentColumns) + " WHERE rowid = ?");
    for (const std::int64_t rowid : rowids) {
        st.reset();
        st.bind(1, static_cast<std::int64_t>(rowid));
        while (st.executeStep())
            write_document(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                           st.getColumn(2).getString(), st.getColumn(3).getString());
    }
}

void StemsWriter::index_documents_from(std::int64_t first) {
    SQLite::Statement st(db_, std::string(kDocumentColumns) + " WHERE rowid >= ? ORDER BY rowid");
    st.bind(1, static_cast<std::int64_t>(first));
    while (st.executeStep())
        write_document(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                       st.getColumn(2).getString(), st.getColumn(3).getString());
}

void StemsWriter::index_evidence_from(std::int64_t first) {
    SQLite::Statement st(db_, std::string(kEvidenceColumns) + " WHERE e.id >= ? ORDER BY e.id");
    st.bind(1, static_cast<std::int64_t>(first));
    while (st.executeStep())
        write_quote(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                    st.getColumn(2).getString());
}

StemsBuilt StemsWriter::build_pending() {
    StemsBuilt built;
    {
        SQLite::Statement drop(db_,
                               "DELETE FROM documents_stems WHERE rowid IN (SELECT id FROM"
                               " search_stems_pending WHERE source = 'documents')");
        drop.exec();
        SQLite::Statement st(db_, std::string(kDocumentColumns) +
                                      " WHERE rowid IN (SELECT id FROM search_stems_pending"
                                      " WHERE source = 'documents') ORDER BY rowid");
        while (st.executeStep()) {
            write_document(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                           st.getColumn(2).getString(), st.getColumn(3).getString());
            ++built.documents;
        }
    }
    {
        SQLite::Statement drop(db_,
                               "DELETE FROM evidence_stems WHERE rowid IN (SELECT id FROM"
                               " search_stems_pending WHERE source = 'evidence')");
        drop.exec();
        SQLite::Statement st(db_, std::string(kEvidenceColumns) +
                                      " WHERE e.id IN (SELECT id FROM search_stems_pending"
                                      " WHERE source = 'evidence') ORDER BY e.id");
        while (st.executeStep()) {
            write_quote(st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                        st.getColumn(2).getString());
            ++built.quotes;
        }
    }
    // A listed row that no longer exists has nothing to build: the list
    // is emptied whole.
    db_.exec("DELETE FROM search_stems_pending");
    return built;
}

StemsBuilt build_pending_search_stems(SQLite::Database& db) {
    SQLite::Transaction tx(db);
    StemsWriter writer(db);
    const StemsBuilt built = writer.build_pending();
    tx.commit();
    return built;
}

}  // namespace factdb
