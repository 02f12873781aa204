// Writing one document's facts and evidence inside the load transaction.
//
// For a document it replaces that document's evidence wholesale: the facts it
// states now get an evidence row each (a fact is created when its key is new,
// found when another document already stated it), and facts it no longer
// states lose this document's evidence and are deleted when none is left.
// A fact's derived columns (modality: the most certain of its evidence;
// documents; first_evidence_id) are recomputed in finish() for every fact
// whose evidence the load changed.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "loader/document.h"
#include "loader/entities.h"
#include "loader/fact_draft.h"
#include "loader/search_index.h"

namespace factdb {

struct DocumentCounts {
    std::string status;       // "new", "replaced" or "unchanged"
    int facts_added = 0;      // stated by this document now, not before
    int facts_removed = 0;    // stated before, not now
    int facts_unchanged = 0;  // stated before and now
    int facts_created = 0;    // new to the database
    int facts_deleted = 0;    // left without evidence and deleted
};

// The fact's key and subject key (and their hashes) from a resolved draft.
// The one-line summary is rendered only when the fact is new.
struct FactIdentity {
    std::string fact_key;
    std::int64_t fact_hash = 0;
    std::string subject_key;
    std::int64_t subject_hash = 0;
};
FactIdentity identify(const FactDraft& draft);

// A key's indexed hash: its first 16 hex digits (64 bits) as a signed
// integer, the same value migration 0007 computes in SQL.  key must be at
// least 16 lower-case hex digits.
std::int64_t key_hash(std::string_view key);

class FactWriter {
  public:
    // db, entities and warnings must outlive the writer; now is the load's
    // timestamp.  A name that resolves to an entity of another kind than its
    // field implies (a person field naming an organisation) is written as
    // resolved and reported in warnings.
    FactWriter(SQLite::Database& db, EntityResolver& entities, std::string now,
               std::vector<std::string>& warnings);

    // input_sha256 of the stored document with this id, if there is one.
    std::optional<std::string> stored_input_hash(const std::string& document_id);

    // Number of distinct facts the stored document states.
    int stored_fact_count(const std::string& document_id);

    // Writes document and its drafts (whose entities this resolves);
    // existed: a document with its id is stored (stored_input_hash() found
    // one), so this replaces it.
    DocumentCounts write(const DocumentInput& document, std::vector<FactDraft>& drafts,
                         const std::string& source_file, bool existed);

    // Work that must run between documents, outside any document's
    // savepoint: a pass of search indexing when one is due.
    void between_documents() {
        if (search_.pass_due()) search_.index_written();
    }

    // The document write()'s savepoint was released (kept) or rolled back.
    void document_kept() { search_.keep_document(); }
    void document_dropped() {
        search_.drop_document();
        next_evidence_id_ = document_first_evidence_;  // its rows are gone
    }

    // Recomputes the derived columns of every fact whose evidence changed
    // since it was written (see fact_writer.cpp), then indexes the written documents
    // and evidence for search.  The load's connection must have its triggers
    // off (TriggersOff) from before the writer is made until after finish():
    // the writer does the 0005 triggers' work itself, in bulk.
    void finish();

  private:
    // A typed table's INSERT with its parameters resolved once: the bind
    // index of each :name and the draft column it takes.
    struct TypedInsert {
        std::unique_ptr<SQLite::Statement> statement;
        int fact_id_index = 0;
        std::vector<std::pair<int, std::string>> columns;  // bind index, column name
    };

    // evidence_id: the id the draft's evidence row will have.
    std::int64_t write_fact(FactDraft& draft, const std::string& source_file,
                            std::int64_t evidence_id);
    TypedInsert& typed_insert(const ClaimTypeSpec& spec);
    // Inserts a document's evidence rows, in claim order with ids first_id,
    // first_id + 1..., a few dozen per statement (see fact_writer.cpp).
    void insert_evidence(const DocumentInput& document, const std::vector<FactDraft>& drafts,
                         const std::vector<std::int64_t>& fact_ids, std::int64_t first_id);
    SQLite::Statement& evidence_insert(std::size_t rows);

    SQLite::Database& db_;
    EntityResolver& entities_;
    std::string now_;
    std::vector<std::string>& warnings_;
    SQLite::Statement find_document_;
    SQLite::Statement count_document_facts_;
    SQLite::Statement document_facts_;
    SQLite::Statement delete_evidence_;
    SQLite::Statement upsert_document_;
    SQLite::Statement find_fact_;
    SQLite::Statement insert_fact_;
    std::map<std::size_t, std::unique_ptr<SQLite::Statement>> insert_evidence_;  // by row count
    SQLite::Statement insert_participant_;
    SQLite::Statement insert_purpose_;
    SQLite::Statement delete_orphan_;
    SQLite::Statement refresh_derived_;
    std::map<std::string_view, TypedInsert> typed_;
    SearchIndexWriter search_;
    // Facts whose modality finish() recomputes; may repeat until finish()
    // sorts and deduplicates it (a vector: 8 bytes a fact, where a set
    // costs ~40, which matters at a million facts).
    std::vector<std::int64_t> touched_;
    int created_ = 0;  // facts inserted by this writer
    // The id the next evidence row gets.  Assigned here rather than by
    // SQLite so that a new fact can name its first evidence row when it is
    // inserted; one writer per transaction, so nothing else takes ids.
    std::int64_t next_evidence_id_ = 1;
    std::int64_t document_first_evidence_ = 1;  // next_evidence_id_ when write() began
};

}  // namespace factdb
