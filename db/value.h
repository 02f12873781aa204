// A value as SQLite stores it: NULL, INTEGER, REAL or TEXT (factdb stores no BLOBs).
#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace factdb {

using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

}  // namespace factdb
