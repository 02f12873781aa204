// The load: claim files and gazetteers in, facts and evidence out, in ONE
// transaction.  Without keep_going, any problem anywhere leaves the database
// exactly as it was; with keep_going, each good document is loaded and each
// bad one is left out whole.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "errors/error.h"

namespace factdb {

struct LoadOptions {
    std::vector<std::string> paths;  // files (.json, .jsonl) and folders
    bool keep_going = false;
    bool force = false;  // re-normalise documents whose input is unchanged
    bool adopt = false;  // add the schema to a non-empty file that is not factdb's (db::Foreign)
    // Every claim warning (an unknown supply item or place, a value its
    // evidence does not state, a new entity named like a phrase) is an
    // error of its document instead: the document is refused.
    bool strict = false;
    std::string now;     // timestamp to record; empty = current UTC time (or $FACTDB_NOW)
};

struct LoadReport {
    int run = 0;
    int files = 0;
    int gazetteer_entities = 0;
    int documents_new = 0, documents_replaced = 0, documents_unchanged = 0, documents_failed = 0;
    int facts_added = 0, facts_removed = 0, facts_unchanged = 0;
    int facts_created = 0, facts_deleted = 0;
    std::vector<std::string> new_entities;  // "Name (kind)"
    std::vector<std::string> warnings;
    std::vector<InputError> errors;
    bool committed = false;
};

// Migrates db if needed, then loads.  Input problems are collected in the
// report (all of them); StorageError and db::Error (every SQLite failure,
// translated) propagate after rolling back.
LoadReport load(SQLite::Database& db, const LoadOptions& options);

// The load of `factdb load`: opens the database file at db_path (creating it
// when missing) and loads into it.  A load refused for its input leaves no
// file behind that this call created (the database, its -wal, -shm or
// -journal), so that "the database was not changed" holds for a new path
// too; a file that existed before is never removed.  ":memory:" is refused
// (UsageError): a load into it would report success and keep nothing.
LoadReport load_database(const std::string& db_path, const LoadOptions& options);

}  // namespace factdb
