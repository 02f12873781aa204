// Result streaming, collection and value-to-text conversion (see table.h).
#include "query/table.h"

#include "errors/error.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

namespace factdb::query {

ValueView view_of(const SqlValue& value) {
    if (const auto* s = std::get_if<std::string>(&value)) return std::string_view(*s);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (const auto* d = std::get_if<double>(&value)) return *d;
    return std::monostate{};
}

SqlValue to_value(const ValueView& value) {
    if (const auto* s = std::get_if<std::string_view>(&value)) return std::string(*s);
    if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (const auto* d = std::get_if<double>(&value)) return *d;
    return std::monostate{};
}

void TableSink::begin(const std::vector<std::string>& columns) {
    table.columns = columns;
}

void TableSink::row(const std::vector<ValueView>& values) {
    std::vector<SqlValue> row;
    row.reserve(values.size());
    for (const auto& v : values) row.push_back(to_value(v));
    table.rows.push_back(std::move(row));
}

void stream(SQLite::Statement& statement, RowSink& sink, std::size_t max_rows) {
    const int n = statement.getColumnCount();
    std::vector<std::string> columns;
    for (int i = 0; i < n; ++i) columns.emplace_back(statement.getColumnName(i));
    sink.begin(columns);
    std::vector<ValueView> row(static_cast<std::size_t>(n));
    std::size_t count = 0;
    while (statement.executeStep()) {
        if (max_rows > 0 && count == max_rows) {
            throw QueryError("the result has more than " + std::to_string(max_rows) +
                             " rows; narrow the query or raise --max-rows (0 = no limit)");
        }
        ++count;
        for (int i = 0; i < n; ++i) {
            const SQLite::Column c = statement.getColumn(i);
            switch (c.getType()) {
                case SQLITE_INTEGER:
                    row[i] = static_cast<std::int64_t>(c.getInt64());
                    break;
                case SQLITE_FLOAT:
                    row[i] = c.getDouble();
                    break;
                case SQLITE_NULL:
                    row[i] = std::monostate{};
                    break;
                default: {
                    // The blob, then its size (SQLite's advised order), for
                    // TEXT too: no conversion, no copy.
                    const void* data = c.getBlob();
                    const int bytes = c.getBytes();
                    row[i] = std::string_view(static_cast<const char*>(data),
                                              data ? static_cast<std::size_t>(bytes) : 0);
                    break;
                }
            }
        }
        sink.row(row);
        if (sink.progress) sink.progress();
    }
    sink.end();
}

Table collect(SQLite::Statement& statement, std::size_t max_rows) {
    TableSink sink;
    stream(statement, sink, max_rows);
    return std::move(sink.table);
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
