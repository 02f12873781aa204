// factdb search: full-text search of the documents and evidence quotes
// (search/), on the read-only connection.  The terms are plain words, never
// FTS5 syntax (see search/search.h).  An empty result in table format (the
// default on a terminal) is the line "no matches"; the machine formats stay
// empty (CSV's header, JSON's []).
#include <charconv>
#include <optional>
#include <ostream>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"
#include "search/search.h"

namespace factdb::cli {
namespace {

// Hands the rows on to the table writer, or, when there is none, writes
// "no matches" instead of an empty table.
class NoMatchesSink : public query::RowSink {
  public:
    NoMatchesSink(std::ostream& out, query::RowSink& table) : out_(out), table_(table) {}
    void begin(const std::vector<std::string>& columns) override { columns_ = columns; }
    void row(const std::vector<query::ValueView>& values) override {
        if (columns_) {
            table_.progress = progress;
            table_.begin(*columns_);
            columns_.reset();
        }
        table_.row(values);
    }
    void end() override {
        if (columns_) {
            out_ << "no matches\n";
            out_.flush();
        } else {
            table_.end();
        }
    }

  private:
    std::ostream& out_;
    query::RowSink& table_;
    std::optional<std::vector<std::string>> columns_;  // until the first row
};

}  // namespace

int run_search(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, false, true);
    std::size_t limit = 20;
    if (const std::string l = take_option(ctx.args, "--limit"); !l.empty()) {
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(l.data(), l.data() + l.size(), n);
        if (ec != std::errc() || end != l.data() + l.size()) {
            throw UsageError{"--limit takes a whole number (0 = no limit), not '" + l + "'"};
        }
        limit = n;
    }
    reject_unknown_options(ctx.args);
    if (!o.params.empty()) throw UsageError{"search takes no -p parameters"};
    // Everything left is the search text; "--" lets it start with '-'.
    std::string terms;
    for (const auto& a : ctx.args) {
        if (a == "--") continue;
        terms += (terms.empty() ? "" : " ") + a;
    }
    if (terms.empty()) throw UsageError{"search takes the words to search for"};
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    if (const search::StemsPending pending = search::stems_pending(db); pending.any()) {
        ctx.err << "factdb: warning: " << pending.documents << " document(s) and " << pending.quotes
                << " quote(s) have no stemmed search index yet (written by another tool);"
                   " searching without stemming: run `factdb init` to build it\n";
    }
    query::FormatWriter out(ctx.out, o.format, o.format_options());
    if (o.format == query::Format::table) {
        NoMatchesSink sink(ctx.out, out);
        search::search(db, terms, limit, sink);
    } else {
        search::search(db, terms, limit, out);
    }
    return kOk;
}

}  // namespace factdb::cli
