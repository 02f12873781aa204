// Result collection and value-to-text conversion (see table.h).
#include "query/table.h"

#include "errors/error.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

namespace factdb::query {

Table collect(SQLite::Statement& statement, std::size_t max_rows) {
    Table table;
    const int n = statement.getColumnCount();
    for (int i = 0; i < n; ++i) table.columns.emplace_back(statement.getColumnName(i));
    while (statement.executeStep()) {
        if (max_rows > 0 && table.rows.size() == max_rows) {
            throw QueryError("the result has more than " + std::to_string(max_rows) +
                             " rows; narrow the query or raise --max-rows (0 = no limit)");
        }
        std::vector<SqlValue> row;
        row.reserve(n);
        for (int i = 0; i < n; ++i) {
            const SQLite::Column c = statement.getColumn(i);
            switch (c.getType()) {
                case SQLITE_INTEGER:
                    row.emplace_back(static_cast<std::int64_t>(c.getInt64()));
                    break;
                case SQLITE_FLOAT:
                    row.emplace_back(c.getDouble());
                    break;
                case SQLITE_NULL:
                    row.emplace_back(std::monostate{});
                    break;
                default:
                    row.emplace_back(c.getString());
                    break;
            }
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string to_text(const SqlValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return {};
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) {
        if (std::isfinite(*d) && *d == std::trunc(*d) && std::fabs(*d) < 1e15) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f", *d);
            return buf;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.15g", *d);
        return buf;
    }
    return std::get<std::string>(value);
}

}  // namespace factdb::query
