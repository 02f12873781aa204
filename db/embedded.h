// Text files compiled into the binary (see cmake/embed.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace factdb {

struct EmbeddedFile {
    std::string_view name;  // base name, e.g. "0001_core.sql"
    std::string_view text;  // whole file contents
};

// schema/*.sql in file-name order: the migrations, applied in this order.
const std::vector<EmbeddedFile>& embedded_migrations();

// queries/*.sql in file-name order: the named queries.
const std::vector<EmbeddedFile>& embedded_queries();

}  // namespace factdb
