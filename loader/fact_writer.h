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

    // The warnings the last document's writing found (a new entity named
    // like a phrase, lang/name_shape.h), taken: the loader prints them, or
    // refuses the document with them under --strict.
    std::vector<InputError> take_document_warnings() {
        std::vector<InputError> out;
        out.swap(document_warnings_);
        return out;
    }

    class Document;

    // Starts writing one document inside the load's transaction: runs the
    // search-index pass that is due between documents, then (with
    // undo_alone, i.e. --keep-going) opens a savepoint so that this
    // document alone can be undone.  Everything the returned Document
    // writes is undone unless it is committed: see Document.  One Document
    // at a time; the writer must outlive it.
    Document begin(const DocumentInput& document, bool undo_alone);

    // Recomputes the derived columns of every fact whose evidence changed
    // since it was written (see fact_writer.cpp), then indexes the written documents
    // and evidence for search.  The load's connection must have its triggers
    // off (TriggersOff) from before the writer is made until after finish():
    // the writer does the 0005 triggers' work itself, in bulk.
    void finish();

  private:
    // Writes document and its drafts (whose entities this resolves);
    // existed: a document with its id is stored, so this replaces it.
    DocumentCounts write(const DocumentInput& document, std::vector<FactDraft>& drafts,
                         const std::string& source_file, bool existed);
    void document_kept();
    void document_dropped();

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
    std::vector<InputError> document_warnings_;  // see take_document_warnings()
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
    // The per-document savepoint's statements, prepared once: run through
    // SQLite::Savepoint they were parsed again for every document (~2 % of
    // a load's writing thread).
    SQLite::Statement savepoint_begin_, savepoint_release_, savepoint_rollback_;
    // Facts whose modality finish() recomputes; may repeat until finish()
    // sorts and deduplicates it (a vector: 8 bytes a fact, where a set
    // costs ~40, which matters at a million facts).
    std::vector<std::int64_t> touched_;
    int created_ = 0;  // facts inserted by this writer
    // The id the next evidence row gets.  Assigned here rather than by
    // SQLite so that a new fact can name its first evidence row when it is
    // inserted; one writer per transaction, so nothing else takes ids.
    std::int64_t next_evidence_id_ = 1;
    std::int64_t document_first_evidence_ = 1;  // next_evidence_id_ when begin() was called
};

// One document being written (FactWriter::begin).  Until commit() it can be
// undone, and it is undone by its destructor unless committed: with a
// savepoint, the database is rolled back to before the document; without
// one (no --keep-going) its rows stay until the caller rolls the whole
// transaction back, which it must then do.  Either way the writer's and
// the entity resolver's per-document state (evidence ids, search-index
// bookkeeping, entities created) forget the document, and every statement
// of the connection is reset so that a failed step's error does not
// reject the next document that uses the same statement.
class FactWriter::Document {
  public:
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    ~Document();

    // Writes the document's drafts (resolving their entities); existed: a
    // document with this id is stored and is replaced.  At most once.
    DocumentCounts write(std::vector<FactDraft>& drafts, const std::string& source_file,
                         bool existed);

    // Keeps what write() wrote: releases the savepoint.  Throws what
    // SQLite throws (the document then stays undoable).
    void commit();

  private:
    friend class FactWriter;
    Document(FactWriter& writer, const DocumentInput& document, bool savepoint);

    FactWriter& writer_;
    const DocumentInput& document_;
    bool savepoint_;
    bool committed_ = false;
};

}  // namespace factdb
