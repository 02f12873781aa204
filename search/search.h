// Full-text search over the documents and the evidence quotes (FTS5 tables
// from schema/0005_search.sql; docs/SEARCH.md).
//
// Invariants:
//   * the user's text is data, never FTS5 syntax: it is split into words at
//     white space and each word becomes one double-quoted FTS5 string, so
//     AND, OR, NOT, NEAR(, *, ^, -, :, ( ) and " are searched for as plain
//     text (or ignored when they hold no letter or digit);
//   * every word must occur (implicit AND), case and accents ignored;
//   * the search runs on the guarded read-only connection.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "query/readonly.h"
#include "query/table.h"

namespace factdb::search {

// The FTS5 query for the user's text: each white-space separated word that
// holds a letter or digit, as an FTS5 string ("..." with " doubled), joined
// by spaces.  `l'IA  "NEAR(x` -> `"l'IA" "NEAR(x"`.  Throws QueryError
// when the text is not UTF-8 or holds no word.
std::string to_fts_query(std::string_view user_text);

// One row per matching document, best first (FTS5 bm25 rank, then id):
//   document  the document id
//   title     its title
//   snippet   about 12 words of the best-matching column (title or text),
//             matched words marked [like this], cuts marked …
//   rank      FTS5 bm25 rank (more negative = better)
//   fact_ids  facts with evidence in this document whose quote matches the
//             same words, ascending, ", "-separated ("" when none)
//   facts     "ID: summary" of those facts, joined by " | "
// limit 0 means no limit.  Runs under db's guards and timeout; a database
// failure is a db::Error naming db.path().
query::Table search(query::ReadOnlyDatabase& db, std::string_view user_text,
                    std::size_t limit = 20);
// The same rows handed to sink as they are stepped (the CLI's way: written
// as they come, within the output limit).
void search(query::ReadOnlyDatabase& db, std::string_view user_text, std::size_t limit,
            query::RowSink& sink);

}  // namespace factdb::search
