// Ad-hoc statements with typed parameters (adhoc.h).
#include "query/adhoc.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>

#include "errors/error.h"

namespace factdb::query {
namespace {

void bind_guessed(SQLite::Statement& st, const std::string& name, const std::string& value) {
    const std::string key = ":" + name;
    const int index = st.getIndex(key.c_str());
    if (index == 0) throw QueryError("the SQL has no parameter :" + name);
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

}  // namespace

void run_adhoc(ReadOnlyDatabase& db, const std::string& sql,
               const std::map<std::string, std::optional<std::string>>& params, RowSink& sink,
               std::size_t max_rows) {
    std::unique_ptr<SQLite::Statement> st = db.prepare(sql);
    for (const auto& [name, value] : params) bind_guessed(*st, name, value.value_or(""));
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
