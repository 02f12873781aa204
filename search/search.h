// Full-text search over the documents and the evidence quotes: the stemmed
// index of schema/0017_search_stems.sql, or the unstemmed one of
// schema/0005_search.sql while the stemmed one is being built
// (docs/SEARCH.md).
//
// Invariants:
//   * the user's text is data, never FTS5 syntax: it is split into words at
//     white space, each word into the tokens of text::tokenize, and every
//     FTS5 string built from it is double-quoted with " doubled, so AND,
//     OR, NOT, NEAR(, *, ^, -, :, ( ) and " are searched for as plain text
//     (or ignored when they hold no letter or digit);
//   * every word must occur (AND), in either of its two readings (its
//     English and its French search form, text/stems.h), case and accents
//     ignored;
//   * the search runs on the guarded read-only connection and writes
//     nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "query/readonly.h"
#include "query/table.h"

namespace factdb::search {

// The unstemmed FTS5 query for the user's text (documents_fts,
// evidence_fts): each white-space separated word that holds a letter or
// digit, as an FTS5 prefix string ("..."* with " doubled), joined by spaces.
// `l'IA  "NEAR(x` -> `"l'IA"* """NEAR(x"*`.  Throws QueryError when the
// text is not UTF-8 or holds no word.
std::string to_fts_query(std::string_view user_text);

// The stemmed FTS5 query (documents_stems, evidence_stems): each white-space
// separated word becomes its English and its French search form (its
// tokens' forms, text/stems.h, as one phrase), as prefix strings, `OR`ed
// when they differ; the words are joined by AND.
//   `data centre` -> `"data"* AND ("center"* OR "centr"*)`
//   `l'IA` -> `"l ia"*`
// Throws as to_fts_query.
std::string to_stem_query(std::string_view user_text);

// The FTS5 query that marks the matched words in a snippet of the
// unstemmed text: every token of the text as written (folded), its
// spelling variants and its two stems, each a prefix string, all `OR`ed.
std::string to_mark_query(std::string_view user_text);

// How many rows have no search forms yet (search_stems_pending).  While any
// has, search() uses the unstemmed index.
struct StemsPending {
    std::int64_t documents = 0;
    std::int64_t quotes = 0;
    bool any() const { return documents > 0 || quotes > 0; }
};
StemsPending stems_pending(query::ReadOnlyDatabase& db);

// One row per matching document, best first (bm25 rank, then id):
//   document   the document id
//   title      its title
//   snippet    about 12 words of the best-matching column (title or text)
//              of the text as written, matched words marked [like this],
//              cuts marked …; the title when no word as written is there
//              (only a spelling variant the marks do not know)
//   relevance  the row's bm25 divided by the best row's, rounded to 3
//              decimals: 1 for the best, in (0, 1] for every row
//   fact_ids   facts with evidence in this document whose quote matches the
//              same words, ascending, ", "-separated ("" when none)
//   facts      "ID: summary" of those facts, joined by " | "
// limit 0 means no limit.  Runs under db's guards and timeout; a database
// failure is a db::Error naming db.path().
query::Table search(query::ReadOnlyDatabase& db, std::string_view user_text,
                    std::size_t limit = 20);
// The same rows handed to sink as they are stepped (the CLI's way: written
// as they come, within the output limit).
void search(query::ReadOnlyDatabase& db, std::string_view user_text, std::size_t limit,
            query::RowSink& sink);

}  // namespace factdb::search
