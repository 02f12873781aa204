// Keeping the full-text indexes (schema/0005_search.sql, and the stemmed
// copy of schema/0017_search_stems.sql through StemsWriter) in step with
// what a load writes, in bulk instead of row by row.
//
// Outside a load the 0005 triggers keep documents_fts and evidence_fts in
// step with every change.  During a load they are switched off for the
// loading connection (TriggersOff) and this class does their work: an FTS5
// index written one row per statement flushes a new segment per statement
// in SQLite 3.40 (see fact_writer.cpp), which cost ~11 % of a load; indexed
// in one statement per table every few thousand documents, the rows cost
// one pass.  Triggers a user adds to the main schema do not fire during a
// load either (docs/SEARCH.md).
//
// Driven by FactWriter and its per-document FactWriter::Document (the only
// caller), all inside the load's transaction: forget() before a stored
// document and its evidence are replaced; written() after each document's
// row is inserted or updated; evidence_inserted() after each INSERT into
// evidence; keep_document() when the Document commits, drop_document()
// when it is undone; index_written() between documents when pass_due()
// (FactWriter::begin); finish() once, after the last document.
// What written() and evidence_inserted() record stays pending until
// keep_document(): a rolled-back document restores the rows it replaced
// (still indexed, since forget()'s deletes roll back too) and may have
// reused their ids, so nothing it recorded may reach a pass.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "loader/search_stems.h"

namespace factdb {

// Switches off the triggers of the main schema on one connection for its
// lifetime (SQLITE_DBCONFIG_ENABLE_TRIGGER; prepared statements re-prepare)
// and restores the previous setting.  Foreign-key actions are not triggers
// and stay on.
class TriggersOff {
  public:
    explicit TriggersOff(SQLite::Database& db);
    ~TriggersOff();
    TriggersOff(const TriggersOff&) = delete;
    TriggersOff& operator=(const TriggersOff&) = delete;

  private:
    SQLite::Database& db_;
    int previous_ = 1;
};

class SearchIndexWriter {
  public:
    explicit SearchIndexWriter(SQLite::Database& db);

    // Removes the stored document's title, text and evidence quotes from the
    // indexes (the stemmed ones too); call before they are overwritten or
    // deleted.
    void forget(const std::string& document_id);

    // The document row with this rowid was just written (inserted when
    // replaced is false, updated in place when true).
    void written(std::int64_t rowid, bool replaced);

    // An INSERT into evidence just gave its rows ids first..(first+rows-1).
    void evidence_inserted(std::int64_t first_id);

    // The current document's savepoint was released (keep) or rolled back
    // (drop): what it recorded joins the next pass, or is forgotten.
    void keep_document();
    void drop_document();

    // Indexes the documents and evidence rows written since the last call.
    // Call between documents, never inside a document's savepoint (a rolled
    // back document would take these index rows with it).  Called every
    // kDocumentsPerPass documents, so the memory one pass takes stays
    // bounded whatever the size of the load.
    void index_written();
    static constexpr int kDocumentsPerPass = 2000;
    bool pass_due() const { return kept_.documents >= kDocumentsPerPass; }

    // The last pass: indexes whatever index_written() has not.
    void finish() { index_written(); }

  private:
    SQLite::Database& db_;
    SQLite::Statement forget_document_;
    SQLite::Statement forget_evidence_;
    StemsWriter stems_;
    // A new row's id is max(id) + 1 when it is inserted, so every row
    // inserted by this load has an id >= the smallest id it was given, and
    // every older row still present has a smaller one.
    // Rows written by this load after a pass got ids above every row that
    // pass indexed: ids only grow within a load, because a load never
    // deletes its own rows except by rolling back the current document.
    struct Written {
        std::int64_t first_new_document = std::numeric_limits<std::int64_t>::max();
        std::int64_t first_new_evidence = std::numeric_limits<std::int64_t>::max();
        std::vector<std::int64_t> replaced_documents;  // rowids, kept by the UPDATE
        int documents = 0;
    };
    Written kept_;     // documents whose savepoints were released
    Written pending_;  // the current document
};

}  // namespace factdb
