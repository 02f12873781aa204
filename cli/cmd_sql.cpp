// factdb sql: one read-only statement, from the command line or stdin.
#include <charconv>
#include <iostream>
#include <iterator>

#include "cli/command.h"
#include "cli/query_options.h"
#include "query/readonly.h"

namespace factdb::cli {
namespace {

// -p values are typed like the sqlite3 shell's .parameter set: an integer
// or a real when they read as one, text otherwise.
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

int run_sql(Context& ctx) {
    QueryOptions o = take_query_options(ctx.args, true);
    reject_unknown_options(ctx.args);
    if (ctx.args.size() != 1)
        throw UsageError{"sql takes one SQL statement (or - to read it from stdin)"};
    std::string sql = ctx.args[0];
    if (sql == "-")
        sql.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    query::ReadOnlyDatabase db(ctx.db_path, o.guard);
    std::unique_ptr<SQLite::Statement> st = db.prepare(sql);
    for (const auto& [name, value] : o.params) bind_guessed(*st, name, value.value_or(""));
    const query::Table t = db.run(*st, o.max_rows);
    query::write(ctx.out, t, o.format);
    return kOk;
}

}  // namespace factdb::cli
