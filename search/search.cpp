// Full-text search (see search.h and docs/SEARCH.md).
//
// Why one SQL statement: the documents, their snippets and the facts whose
// quotes match are read in one snapshot, and the statement is an ordinary
// read-only SELECT that the guarded connection can vet like any other.
// The stemmed and the unstemmed search are the same statement over two
// pairs of tables (kIndexes): the stemmed one, unless rows are waiting for
// their search forms.
#include "search/search.h"

#include <SQLiteCpp/Statement.h>

#include <memory>
#include <set>
#include <vector>

#include "db/error.h"
#include "errors/error.h"
#include "text/spelling.h"
#include "text/stems.h"
#include "text/tokens.h"
#include "text/unicode.h"

namespace factdb::search {
namespace {

// DOCS and QUOTES are replaced by one of kIndexes' pairs (table names, not
// values).  DOCS comes first (CROSS JOIN fixes the join order) because rank
// only has a meaning while the FTS5 cursor is the one driving the scan.  A
// fact overlaps a hit when one of its evidence rows in that document has a
// quote that matches the same FTS5 query.  The snippet is always of
// documents_fts, the text as written, with its own query (:marks): a
// snippet of the stemmed table would show stems.  Relevance divides by the
// best (most negative) bm25 of the hits, which is the first row's, so it
// does not depend on --limit.
constexpr std::string_view kSearchSql = R"sql(
WITH hits AS (
    SELECT d.rowid AS row_id,
           d.id AS document,
           d.title,
           DOCS.rank AS rank
    FROM DOCS
    CROSS JOIN documents d ON d.rowid = DOCS.rowid
    WHERE DOCS MATCH :query
    ORDER BY DOCS.rank, d.id
    LIMIT :limit
),
best AS (SELECT min(rank) AS rank FROM hits),
quoted AS (
    SELECT DISTINCT e.document_id, e.fact_id
    FROM QUOTES
    CROSS JOIN evidence e ON e.id = QUOTES.rowid
    WHERE QUOTES MATCH :query
)
SELECT h.document,
       h.title,
       coalesce((SELECT snippet(documents_fts, -1, '[', ']', '…', 12)
                 FROM documents_fts
                 WHERE documents_fts MATCH :marks AND documents_fts.rowid = h.row_id),
                h.title) AS snippet,
       CASE WHEN b.rank < 0 THEN round(h.rank / b.rank, 3) ELSE 1.0 END AS relevance,
       coalesce((SELECT group_concat(fact_id, ', ')
                 FROM (SELECT q.fact_id FROM quoted q
                       WHERE q.document_id = h.document ORDER BY q.fact_id)), '') AS fact_ids,
       coalesce((SELECT group_concat(line, ' | ')
                 FROM (SELECT f.id || ': ' || f.summary AS line
                       FROM quoted q JOIN facts f ON f.id = q.fact_id
                       WHERE q.document_id = h.document ORDER BY f.id)), '') AS facts
FROM hits h CROSS JOIN best b
ORDER BY h.rank, h.document
)sql";

std::string search_sql(std::string_view docs, std::string_view quotes) {
    std::string sql;
    for (std::size_t i = 0; i < kSearchSql.size();) {
        if (kSearchSql.compare(i, 4, "DOCS") == 0) {
            sql += docs;
            i += 4;
        } else if (kSearchSql.compare(i, 6, "QUOTES") == 0) {
            sql += quotes;
            i += 6;
        } else {
            sql += kSearchSql[i++];
        }
    }
    return sql;
}

// An FTS5 prefix string of text: "..."* with " doubled.
void append_prefix_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += "\"*";
}

void check_utf8(std::string_view user_text) {
    const std::size_t bad = text::first_invalid_utf8(user_text);
    if (bad != std::string_view::npos) {
        throw QueryError("search terms are not valid UTF-8 (at byte " + std::to_string(bad) + ")");
    }
}

[[noreturn]] void nothing_to_search() {
    throw QueryError(
        "nothing to search for: give at least one word with a letter or "
        "digit");
}

bool is_searched(const text::Token& t) {
    return t.kind == text::Token::Kind::word || t.kind == text::Token::Kind::digits ||
           t.kind == text::Token::Kind::numeral;
}

// The user's white-space separated words, each as the searched tokens of
// text::tokenize (words without one are left out).
std::vector<std::vector<text::Token>> user_words(std::string_view user_text) {
    std::vector<std::vector<text::Token>> words;
    bool open = false;  // the last word is still being read
    for (const text::Token& t : text::tokenize(user_text)) {
        if (t.space_before) open = false;
        if (!is_searched(t)) continue;
        if (!open) words.emplace_back();
        open = true;
        words.back().push_back(t);
    }
    return words;
}

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
    check_utf8(user_text);
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
        // A prefix phrase: "Trainium" finds "Trainium2", "donnée" finds
        // "données"; the words are still data, never FTS5 syntax.
        append_prefix_string(out, word);
    }
    if (out.empty()) nothing_to_search();
    return out;
}

std::string to_stem_query(std::string_view user_text) {
    check_utf8(user_text);
    text::SearchForms forms;
    std::string out;
    std::vector<std::string> english, french;
    for (const std::vector<text::Token>& word : user_words(user_text)) {
        english.clear();
        french.clear();
        for (const text::Token& t : word) {
            const bool is_word = t.kind == text::Token::Kind::word;
            forms.of_token(t.raw(user_text), is_word, text::StemLanguage::english, english);
            forms.of_token(t.raw(user_text), is_word, text::StemLanguage::french, french);
        }
        if (english.empty() && french.empty()) continue;
        std::string en_phrase, fr_phrase;
        for (const std::string& f : english) en_phrase += (en_phrase.empty() ? "" : " ") + f;
        for (const std::string& f : french) fr_phrase += (fr_phrase.empty() ? "" : " ") + f;
        if (!out.empty()) out += " AND ";
        if (en_phrase == fr_phrase || fr_phrase.empty()) {
            append_prefix_string(out, en_phrase);
        } else if (en_phrase.empty()) {
            append_prefix_string(out, fr_phrase);
        } else {
            out += '(';
            append_prefix_string(out, en_phrase);
            out += " OR ";
            append_prefix_string(out, fr_phrase);
            out += ')';
        }
    }
    if (out.empty()) nothing_to_search();
    return out;
}

std::string to_mark_query(std::string_view user_text) {
    check_utf8(user_text);
    text::SearchForms forms;
    std::set<std::string> seen;
    std::string out;
    const auto add = [&](const std::string& term) {
        if (term.empty() || !seen.insert(term).second) return;
        if (!out.empty()) out += " OR ";
        append_prefix_string(out, term);
    };
    // Per word of the user's, as phrases (a word of several tokens, "l'IA",
    // marks the tokens next to each other, not every word starting with l).
    std::vector<std::string> english, french;
    const auto phrase = [](const std::vector<std::string>& parts) {
        std::string p;
        for (const std::string& part : parts) p += (p.empty() ? "" : " ") + part;
        return p;
    };
    for (const std::vector<text::Token>& word : user_words(user_text)) {
        std::vector<std::string> folded;
        english.clear();
        french.clear();
        for (const text::Token& t : word) {
            const bool is_word = t.kind == text::Token::Kind::word;
            folded.push_back(text::fold_key(t.raw(user_text)));
            forms.of_token(t.raw(user_text), is_word, text::StemLanguage::english, english);
            forms.of_token(t.raw(user_text), is_word, text::StemLanguage::french, french);
        }
        add(phrase(folded));
        add(phrase(english));
        add(phrase(french));
        if (word.size() == 1 && word[0].kind == text::Token::Kind::word)
            for (const std::string_view v : text::spelling_variants(folded[0])) add(std::string(v));
    }
    if (out.empty()) nothing_to_search();
    return out;
}

StemsPending stems_pending(query::ReadOnlyDatabase& db) {
    StemsPending pending;
    db::translating(db.path(), [&] {
        std::unique_ptr<SQLite::Statement> st = db.prepare(
            "SELECT count(*) FILTER (WHERE source = 'documents'),"
            " count(*) FILTER (WHERE source = 'evidence') FROM search_stems_pending");
        const query::Table t = db.run(*st);
        pending.documents = std::get<std::int64_t>(t.rows.at(0).at(0));
        pending.quotes = std::get<std::int64_t>(t.rows.at(0).at(1));
    });
    return pending;
}

void search(query::ReadOnlyDatabase& db, std::string_view user_text, std::size_t limit,
            query::RowSink& sink) {
    // Both queries first: a text with no word is refused before any reading.
    const std::string stem_query = to_stem_query(user_text);
    const std::string plain_query = to_fts_query(user_text);
    const std::string marks = to_mark_query(user_text);
    static const std::string stemmed_sql = search_sql("documents_stems", "evidence_stems");
    static const std::string plain_sql = search_sql("documents_fts", "evidence_fts");
    const bool stemmed = !stems_pending(db).any();
    // Binding is SQLiteCpp's too: its failures leave as db::Error, like the
    // connection's own.
    db::translating(db.path(), [&] {
        std::unique_ptr<SQLite::Statement> st = db.prepare(stemmed ? stemmed_sql : plain_sql);
        st->bind(":query", stemmed ? stem_query : plain_query);
        st->bind(":marks", marks);
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
