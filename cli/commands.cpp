// The command table: names, summaries and --help texts in one place, so that
// `factdb --help` and each `factdb CMD --help` always agree.
#include "cli/command.h"

#include <string>

#include "cli/query_options.h"

namespace factdb::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"init", "create the database or bring its schema up to date",
         "Usage: factdb [--db PATH] init [--adopt]\n"
         "\n"
         "Creates the database file if it does not exist and applies the schema\n"
         "migrations it lacks (schema/NNNN_*.sql, tracked in PRAGMA user_version).\n"
         "Running it again is a no-op. A database written by a newer factdb is refused.\n"
         "factdb marks its files (PRAGMA application_id 0x66616374) and refuses a file\n"
         "of another application: one with another id, or with tables but no factdb\n"
         "schema.\n"
         "\n"
         "Options:\n"
         "  --adopt  add the schema to such a file anyway (one with no application id)\n"
         "\n"
         "Exit codes: 0 ok, 3 database error.\n",
         run_init},
        {"load", "load claim files (.json, .jsonl) and folders of them",
         "Usage: factdb [--db PATH] load [--keep-going] [--force] [--adopt] [--strict] FILE|DIR...\n"
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
         "  --adopt       create the schema even in a file of another application (see\n"
         "                factdb init --help)\n"
         "  --strict      make every claim warning an error (a value its evidence does\n"
         "                not state, an unknown supply item or place, a new entity\n"
         "                named like a phrase): its document is refused\n"
         "\n"
         "Exit codes: 0 loaded, 1 loaded with bad documents skipped (--keep-going),\n"
         "2 bad input (nothing was changed), 3 database or I/O error.\n",
         run_load},
        {"draft", "draft claims from articles (.txt, .md, .html) by the built-in rules",
         "Usage: factdb draft FILE... [--language fr|en|auto] [--id ID] [--title T]\n"
         "                    [--published YYYY-MM-DD] [--url U] [--out FILE|DIR] [--format claims]\n"
         "\n"
         "Reads each article (.txt: a first line followed by a blank line is the title;\n"
         ".md; .html/.htm; - reads standard input as text) and drafts its claims with\n"
         "the built-in French and English rules (docs/DRAFT.md). The result is a\n"
         "factdb.claims/1 file that factdb load accepts unchanged: the text inline,\n"
         "each claim's evidence a verbatim span of it, its fields the words of the\n"
         "text, and \"draft\": {\"rule\", \"confidence\"}. Nothing is written to a database.\n"
         "\n"
         "Options:\n"
         "  --language L   fr, en or auto (the default: detected from the text, and\n"
         "                 said on stderr; a text in neither is refused)\n"
         "  --id ID        the document id (default: a slug of the file name); one FILE only\n"
         "  --title T      the title (default: the article's own)\n"
         "  --published D  the publication date, YYYY-MM-DD\n"
         "  --url U        the article's address\n"
         "  --out PATH     write the claims file there (a folder: ID.claims.json in it,\n"
         "                 required for several FILEs) instead of standard output;\n"
         "                 several FILEs on standard output are JSON Lines\n"
         "  --format claims  the output format (the only one)\n"
         "\n"
         "Exit codes: 0 drafted, 2 bad input or usage, 3 I/O error.\n",
         run_draft},
        {"summary", "print what the database says: investments, stakes, data centres, acquisitions, people",
         "Usage: factdb [--db PATH] summary [--format table|markdown|json]\n"
         "\n"
         "Prints, as aligned tables: investments (who, in whom, how much, how sure),\n"
         "stakeholders, data centres per US state, acquisitions and people with\n"
         "their roles, then funding rounds, valuations, spending and data-centre\n"
         "sites with their capacity.\n"
         "\n"
         "Options:\n"
         "  -f, --format F   table (the default, also when piped), markdown (md),\n"
         "                   or json: one object, each query's name -> its rows\n"
         "  --table, --markdown, --md, --json   the same as --format F\n"
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
             "                                     [--min-confidence X] [--curated-only]\n"
             "\n"
             "Runs a named query with its parameters bound through a prepared statement,\n"
             "on a read-only connection. Entity parameters match any alias, case and\n"
             "accents ignored. An unknown query or parameter, a missing required parameter\n"
             "or a value of the wrong type is an error (exit 2). --min-confidence and\n"
             "--curated-only bind the query's min_confidence and curated_only parameters.\n"
             "\n"
             "Options:\n") +
             kQueryOptionsHelp + kFactFilterHelp + kMaxRowsHelp + kMaxBytesHelp +
             "\n"
             "Exit codes: 0 ok, 2 bad query, parameter or value, 3 database error.\n",
         run_query},
        {"sql", "run one read-only SQL statement",
         std::string(
             "Usage: factdb [--db PATH] sql \"SELECT ...\" [VALUE...] [-p NAME VALUE]... [--format F]\n"
             "       factdb [--db PATH] sql - [VALUE...] < query.sql\n"
             "\n"
             "Runs exactly one statement on a read-only connection: only reads, an\n"
             "allow-list of functions and schema PRAGMAs are authorised; ATTACH, VACUUM INTO,\n"
             "extensions, temp tables and writes of any kind are refused with the reason.\n"
             "Text after the first statement is an error. -p NAME VALUE binds :NAME\n"
             "(or @NAME, $NAME); the VALUEs after the statement bind its ? and ?NNN\n"
             "placeholders in order, as -p 1 VALUE, -p 2 VALUE... do. Values bind as\n"
             "integers or reals when they read as numbers, as text otherwise. Every\n"
             "parameter of the statement needs a value (none is bound as NULL).\n"
             "\n"
             "Options:\n") +
             kQueryOptionsHelp + kMaxRowsHelp + kMaxBytesHelp +
             "\n"
             "Exit codes: 0 ok, 2 refused or invalid SQL, 3 database error.\n",
         run_sql},
        {"schema", "list the tables and views, what each holds, and their columns",
         "Usage: factdb [--db PATH] schema [--format F]\n"
         "\n"
         "Prints every table and view with a one-line description and its columns.\n"
         "With --format, prints them as rows (name, type, description, columns).\n",
         run_schema},
        {"check", "run the consistency checks: stated arithmetic, conflicting amounts, stakes...",
         "Usage: factdb [--db PATH] check [--fail-on error|warning|info] [--draft-threshold X]\n"
         "                                [--format F]\n"
         "\n"
         "Runs every consistency rule (docs/CHECKS.md) on a read-only connection and\n"
         "prints one row per violation: severity, rule, message (with the numbers),\n"
         "facts involved and their first evidence quotes. Counts go to stderr.\n"
         "Rules: stated_growth, conflicting_amounts, investment_over_total,\n"
         "stakes_over_100, entity_without_facts, hedged_in_totals, derived_columns,\n"
         "implausible_amount, parent_cycle, modality_cue_outside_evidence,\n"
         "low_confidence_draft.\n"
         "\n"
         "Options:\n"
         "  --fail-on LEVEL    exit 1 when a violation is at or above LEVEL:\n"
         "                     error (default), warning or info\n"
         "  --draft-threshold X  low_confidence_draft lists the facts only drafted\n"
         "                     evidence states whose confidence is below X\n"
         "                     (0 to 1, default 0.5)\n"
         "  --format F         table, csv, tsv, json, jsonl, markdown\n"
         "                     (default: table on a terminal, json otherwise)\n"
         "  --timeout SECONDS  stop the checks running longer (default 10)\n"
         "\n"
         "Exit codes: 0 no violation at or above --fail-on, 1 some, 2 usage,\n"
         "3 database error.\n",
         run_check},
        {"search", "full-text search of the articles and quotes (stemmed, accents ignored)",
         "Usage: factdb [--db PATH] search [--limit N] [--format F] [--] WORDS...\n"
         "\n"
         "Finds the documents whose title or text hold every word given, case and\n"
         "accents ignored (\"donnees\" finds \"données\"), words stemmed in English and\n"
         "French (\"builds\" finds \"building\", \"investir\" finds \"investissements\"),\n"
         "British and American spellings alike (\"data centre\" finds \"data centers\"),\n"
         "best first (bm25). Each row: document, title, snippet with the words\n"
         "[marked], relevance (1 for the best row, 0-1 for the others), and the facts\n"
         "with evidence in that document whose quote holds every word too\n"
         "(docs/SEARCH.md). No match in table format prints \"no matches\".\n"
         "Words are plain text: quotes, *, -, :, ( ), AND, OR, NOT, NEAR are searched\n"
         "for as words, never read as query syntax. Use -- before words starting with -.\n"
         "\n"
         "Options:\n"
         "  --limit N          at most N documents (default 20, 0 = no limit)\n"
         "  --format F         table, csv, tsv, json, jsonl, markdown\n"
         "                     (default: table on a terminal, json otherwise)\n"
         "  --timeout SECONDS  stop a search running longer (default 10)\n"
         "  --max-bytes N      stop the output at N bytes and fail (default 134217728,\n"
         "                     128 MiB; 0 = no limit)\n"
         "\n"
         "Exit codes: 0 ok (also when nothing is found), 2 usage or no word to search,\n"
         "3 database error.\n",
         run_search},
        {"report", "write a report (Markdown, HTML or JSON) from a report spec, for cron",
         "Usage: factdb [--db PATH] report SPEC.json [--out FILE] [--format md|html|json]\n"
         "                                 [--lang en|fr] [--now TIME] [-p NAME VALUE]...\n"
         "                                 [--fail-on-check error|warning] [--curated-only]\n"
         "\n"
         "Runs the named queries of a report spec (docs/REPORTS.md; e.g.\n"
         "reports/overview.json) on a read-only connection and writes one report:\n"
         "a title, then a section per query with its table and, when the spec asks,\n"
         "a bar chart. Every quote is kept: footnotes in Markdown, hover text in HTML.\n"
         "The spec is checked before any query runs: unknown keys, queries, parameters\n"
         "or columns are errors naming the SPEC file and the JSON path.\n"
         "\n"
         "Options:\n"
         "  --out FILE              write FILE atomically (temporary file in the same\n"
         "                          folder, fsync, rename): on failure an existing FILE\n"
         "                          is untouched. Refused: the database, its -wal or\n"
         "                          -shm, a device, FIFO, socket or folder. Default:\n"
         "                          standard output\n"
         "  --format F              md (Markdown), html (one self-contained file, inline\n"
         "                          SVG charts, no script) or json. Default: from --out's\n"
         "                          extension (.html, .htm, .json), else md\n"
         "  --now TIME              the report's generated time (YYYY-MM-DDTHH:MM:SSZ) instead\n"
         "                          of the clock: the same database, spec and TIME give\n"
         "                          the same bytes\n"
         "  --lang en|fr            the language of amounts, counts and column labels in\n"
         "                          md and html (\"US$8 bn\" / \"8 Md$\"; default en); json\n"
         "                          keeps the exact columns\n"
         "  -p, --param NAME VALUE  set the report parameter NAME (repeatable)\n"
         "  --curated-only          only facts that curated (hand-written) evidence states:\n"
         "                          every section's curated_only parameter is 1 (as the\n"
         "                          spec key \"curated_only\": true)\n"
         "  --fail-on-check LEVEL   also run the consistency checks ('factdb check') and\n"
         "                          exit 1 when one finds a problem at or above LEVEL\n"
         "                          (error, or warning: errors and warnings); the\n"
         "                          report is written all the same, problems go to stderr\n"
         "  --timeout SECONDS       stop a query (or the checks) running longer (default 10)\n"
         "\n"
         "Generated-at time: now (UTC), or $FACTDB_NOW when set.\n"
         "\n"
         "Exit codes: 0 ok, 1 --fail-on-check found problems (report written),\n"
         "2 bad spec, parameter or usage (nothing written), 3 database or I/O error\n"
         "(nothing written).\n",
         run_report},
    };
    return table;
}

}  // namespace factdb::cli
