// Ad-hoc statements with typed parameters (adhoc.h).
#include "query/adhoc.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "errors/error.h"

namespace factdb::query {
namespace {

// Binds value at index, typed as the sqlite3 shell's .parameter set does.
void bind_guessed(SQLite::Statement& st, int index, const std::string& value) {
    std::int64_t i = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), i);
    if (ec == std::errc() && end == value.data() + value.size() && !value.empty()) {
        st.bind(index, i);
        return;
    }
    char* rend = nullptr;
    const double d = std::strtod(value.c_str(), &rend);
    if (!value.empty() && rend == value.c_str() + value.size() &&
        value.find_first_of("0123456789") != std::string::npos) {
        st.bind(index, d);
        return;
    }
    st.bind(index, value);
}

bool all_digits(const std::string& s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// The index of the parameter a -p NAME (or a positional value N) binds:
// "N" is the N-th parameter, which must be positional ("?" or "?N"); a name
// is :NAME, @NAME or $NAME.  Throws QueryError naming what the SQL has.
int index_of(const std::vector<std::string>& parameters, const std::string& name) {
    if (all_digits(name)) {
        const std::size_t n = name.size() > 6 ? 0 : std::stoul(name);
        if (n == 0 || n > parameters.size())
            throw QueryError("the SQL has no positional parameter ?" + name + " (it has " +
                             std::to_string(parameters.size()) + " parameter(s))");
        const std::string& written = parameters[n - 1];
        if (!written.empty() && written[0] != '?')
            throw QueryError("parameter " + name + " of the SQL is " + written + ": bind it with -p " +
                             written.substr(1) + " VALUE");
        return static_cast<int>(n);
    }
    for (const char sigil : {':', '@', '$'}) {
        const std::string key = sigil + name;
        for (std::size_t i = 0; i < parameters.size(); ++i)
            if (parameters[i] == key) return static_cast<int>(i + 1);
    }
    throw QueryError("the SQL has no parameter :" + name);
}

// How to give the parameter written at index i a value.
std::string unbound_message(const std::vector<std::string>& parameters, std::size_t i) {
    const std::string& written = parameters[i];
    const std::string n = std::to_string(i + 1);
    if (written.empty() || written[0] == '?')
        return "the SQL's positional parameter " + (written.empty() ? "?" + n : written) +
               " has no value: give it after the SQL or with -p " + n + " VALUE";
    return "the SQL's parameter " + written + " has no value: give it with -p " +
           written.substr(1) + " VALUE";
}

}  // namespace

void run_adhoc(ReadOnlyDatabase& db, const std::string& sql,
               const std::map<std::string, std::optional<std::string>>& params, RowSink& sink,
               std::size_t max_rows) {
    std::vector<std::string> parameters;
    std::unique_ptr<SQLite::Statement> st = db.prepare(sql, &parameters);
    std::vector<bool> bound(parameters.size(), false);
    for (const auto& [name, value] : params) {
        const int index = index_of(parameters, name);
        bind_guessed(*st, index, value.value_or(""));
        bound[static_cast<std::size_t>(index - 1)] = true;
    }
    // An unbound parameter would be NULL: a query that silently matches
    // nothing, or everything.  SQLite gives a second :name the first one's
    // index, so a named index is one parameter to give.  An unnamed index
    // is a bare "?", except below the largest ?NNN, where it may be a gap
    // no placeholder names ("?5" alone has indexes 1-4 too): those are not
    // required (docs/QUERIES.md, positional parameters).
    std::size_t largest_numbered = 0;
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (!parameters[i].empty() && parameters[i][0] == '?') largest_numbered = i + 1;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const bool maybe_gap = parameters[i].empty() && i + 1 < largest_numbered;
        if (!bound[i] && !maybe_gap) throw QueryError(unbound_message(parameters, i));
    }
    db.run(*st, sink, max_rows);
}

Table run_adhoc(ReadOnlyDatabase& db, const std::string& sql,
                const std::map<std::string, std::optional<std::string>>& params,
                std::size_t max_rows) {
    TableSink sink;
    run_adhoc(db, sql, params, sink, max_rows);
    return std::move(sink.table);
}

}  // namespace factdb::query
