// Full-text search (see search.h and docs/SEARCH.md).
//
// Why one SQL statement: the documents, their snippets and the facts whose
// quotes match are read in one snapshot, and the statement is an ordinary
// read-only SELECT that the guarded connection can vet like any other.
#include "search/search.h"

#include <SQLiteCpp/Statement.h>

#include <memory>

#include "db/error.h"
#include "errors/error.h"
#include "text/unicode.h"

namespace factdb::search {
namespace {

// documents_fts comes first (CROSS JOIN fixes the join order) because
// snippet() and rank only have a meaning while the FTS5 cursor is the one
// driving the scan.  A fact overlaps a hit when one of its evidence rows in
// that document has a quote that matches the same FTS5 query.
constexpr const char* kSearchSql = R"sql(
WITH hits AS (
    SELECT d.id AS document,
           d.title,
           snippet(documents_fts, -1, '[', ']', '…', 12) AS snippet,
           documents_fts.rank AS rank
    FROM documents_fts
    CROSS JOIN documents d ON d.rowid = documents_fts.rowid
    WHERE documents_fts MATCH :query
    ORDER BY documents_fts.rank, d.id
    LIMIT :limit
),
quoted AS (
    SELECT DISTINCT e.document_id, e.fact_id
    FROM evidence_fts
    CROSS JOIN evidence e ON e.id = evidence_fts.rowid
    WHERE evidence_fts MATCH :query
)
SELECT h.document,
       h.title,
       h.snippet,
       h.rank,
       coalesce((SELECT group_concat(fact_id, ', ')
                 FROM (SELECT q.fact_id FROM quoted q
                       WHERE q.document_id = h.document ORDER BY q.fact_id)), '') AS fact_ids,
       coalesce((SELECT group_concat(line, ' | ')
                 FROM (SELECT f.id || ': ' || f.summary AS line
                       FROM quoted q JOIN facts f ON f.id = q.fact_id
                       WHERE q.document_id = h.document ORDER BY f.id)), '') AS facts
FROM hits h
ORDER BY h.rank, h.document
)sql";

bool has_word_char(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const text::CodePoint cp = text::decode_at(word, i);
        if (text::is_word_char(cp.value)) return true;
        i += cp.size;
    }
    return false;
}

}  // namespace

std::string to_fts_query(std::string_view user_text) {
    const std::size_t bad = text::first_invalid_utf8(user_text);
    if (bad != std::string_view::npos) {
        throw QueryError("search terms are not valid UTF-8 (at byte " + std::to_string(bad) + ")");
    }
    std::string out;
    std::size_t i = 0;
    while (i < user_text.size()) {
        // Skip white space, then take everything up to the next white space.
        const text::CodePoint first = text::decode_at(user_text, i);
        if (text::is_white_space(first.value)) {
            i += first.size;
            continue;
        }
        std::size_t end = i;
        while (end < user_text.size()) {
            const text::CodePoint cp = text::decode_at(user_text, end);
            if (text::is_white_space(cp.value)) break;
            end += cp.size;
        }
        const std::string_view word = user_text.substr(i, end - i);
        i = end;
        // A word without letters or digits ("-", "\"", "(") would be an empty
        // FTS5 phrase, which matches nothing and would empty every search.
        if (!has_word_char(word)) continue;
        if (!out.empty()) out += ' ';
        out += '"';
        for (const char c : word) {
            if (c == '"') out += '"';
            out += c;
        }
        // A prefix phrase: "Trainium" finds "Trainium2", "donnée" finds
        // "données"; the words are still data, never FTS5 syntax.
        out += "\"*";
    }
    if (out.empty()) {
        throw QueryError(
            "nothing to search for: give at least one word with a letter or "
            "digit");
    }
    return out;
}

void search(query::ReadOnlyDatabase& db, std::string_view user_text, std::size_t limit,
            query::RowSink& sink) {
    const std::string fts_query = to_fts_query(user_text);
    // Binding is SQLiteCpp's too: its failures leave as db::Error, like the
    // connection's own.
    db::translating(db.path(), [&] {
        std::unique_ptr<SQLite::Statement> st = db.prepare(kSearchSql);
        st->bind(":query", fts_query);
        st->bind(":limit", limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
        db.run(*st, sink);
    });
}

query::Table search(query::ReadOnlyDatabase& db, std::string_view user_text, std::size_t limit) {
    query::TableSink sink;
    search(db, user_text, limit, sink);
    return std::move(sink.table);
}

}  // namespace factdb::search
