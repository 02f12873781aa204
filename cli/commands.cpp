// The command table: names, summaries and --help texts in one place, so that
// `factdb --help` and each `factdb CMD --help` always agree.
#include "cli/command.h"

#include <string>

#include "cli/query_options.h"

namespace factdb::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"init", "create the database or bring its schema up to date",
         "Usage: factdb [--db PATH] init\n"
         "\n"
         "Creates the database file if it does not exist and applies the schema\n"
         "migrations it lacks (schema/NNNN_*.sql, tracked in PRAGMA user_version).\n"
         "Running it again is a no-op. A database written by a newer factdb is refused.\n"
         "\n"
         "Exit codes: 0 ok, 3 database error.\n",
         run_init},
        {"load", "load claim files (.json, .jsonl) and folders of them",
         "Usage: factdb [--db PATH] load [--keep-going] [--force] FILE|DIR...\n"
         "\n"
         "Normalises every claim of the factdb.claims/1 files given (a folder is read\n"
         "for *.json and *.jsonl, in name order; entities.json and *.entities.json are\n"
         "entity gazetteers, loaded first) and writes facts and evidence in ONE\n"
         "transaction. The schema is created or upgraded first if needed.\n"
         "\n"
         "Reloading a document id replaces that document's evidence; an unchanged\n"
         "document is skipped and reported as unchanged; facts left without evidence\n"
         "are removed.\n"
         "\n"
         "Every problem is reported on stderr as\n"
         "  FILE[:LINE]: claim ID: FIELD: what is wrong (the text)\n"
         "\n"
         "Options:\n"
         "  --keep-going  load each good document, skip the bad ones (exit 1 if any)\n"
         "  --force       re-normalise documents even when their input is unchanged\n"
         "\n"
         "Exit codes: 0 loaded, 1 loaded with bad documents skipped (--keep-going),\n"
         "2 bad input (nothing was changed), 3 database or I/O error.\n",
         run_load},
        {"summary", "print what the database says: investments, stakes, data centres, people",
         "Usage: factdb [--db PATH] summary\n"
         "\n"
         "Prints, as aligned tables: investments (who, in whom, how much, how sure),\n"
         "stakeholders, data centres per US state and people with their roles.\n"
         "\n"
         "Exit codes: 0 ok, 3 database error.\n",
         run_summary},
        {"queries", "list the named queries and their parameters",
         "Usage: factdb queries [--format F]\n"
         "\n"
         "Lists the named queries (queries/*.sql, compiled in): name, title, parameters\n"
         "with their types and defaults.\n",
         run_queries},
        {"query", "run a named query",
         std::string(
             "Usage: factdb [--db PATH] query NAME [-p NAME VALUE]... [--format F]\n"
             "\n"
             "Runs a named query with its parameters bound through a prepared statement,\n"
             "on a read-only connection. Entity parameters match any alias, case and\n"
             "accents ignored. An unknown query or parameter, a missing required parameter\n"
             "or a value of the wrong type is an error (exit 2).\n"
             "\n"
             "Options:\n") +
             kQueryOptionsHelp +
             "  --max-rows N            refuse results longer than N rows (default 100000, 0 = no "
             "limit)\n"
             "\n"
             "Exit codes: 0 ok, 2 bad query, parameter or value, 3 database error.\n",
         run_query},
        {"sql", "run one read-only SQL statement",
         std::string(
             "Usage: factdb [--db PATH] sql \"SELECT ...\" [-p NAME VALUE]... [--format F]\n"
             "       factdb [--db PATH] sql - < query.sql\n"
             "\n"
             "Runs exactly one statement on a read-only connection: only reads, an\n"
             "allow-list of functions and schema PRAGMAs are authorised; ATTACH, VACUUM INTO,\n"
             "extensions, temp tables and writes of any kind are refused with the reason.\n"
             "Text after the first statement is an error. -p values bind to :NAME as\n"
             "integers or reals when they read as numbers, as text otherwise.\n"
             "\n"
             "Options:\n") +
             kQueryOptionsHelp +
             "  --max-rows N            refuse results longer than N rows (default 100000, 0 = no "
             "limit)\n"
             "\n"
             "Exit codes: 0 ok, 2 refused or invalid SQL, 3 database error.\n",
         run_sql},
        {"schema", "list the tables and views, what each holds, and their columns",
         "Usage: factdb [--db PATH] schema [--format F]\n"
         "\n"
         "Prints every table and view with a one-line description and its columns.\n"
         "With --format, prints them as rows (name, type, description, columns).\n",
         run_schema},
    };
    return table;
}

}  // namespace factdb::cli
