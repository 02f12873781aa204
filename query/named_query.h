// Named queries: the queries/*.sql files compiled into the binary.  Each file
// is plain SQL runnable in the sqlite3 shell, headed by "--" lines:
//   -- name: investments
//   -- title: Investments
//   -- description: one line
//   -- param: NAME TYPE DEFAULT description
// TYPE is text | entity | integer | real | timestamp; DEFAULT is NULL, a
// number, a 'quoted string', or "required".  An entity parameter is folded
// (case, accents, dashes) before binding, to match entity_aliases.alias_key.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "errors/error.h"
#include "query/table.h"

namespace factdb::query {

enum class ParamType { text, entity, integer, real, timestamp };
std::string_view to_string(ParamType type);

struct ParamSpec {
    std::string name;  // without the ':'
    ParamType type = ParamType::text;
    bool required = false;
    std::optional<std::string> default_value;  // nullopt with !required: NULL
    std::string description;
};

struct NamedQuery {
    std::string name;
    std::string title;
    std::string description;
    std::vector<ParamSpec> params;
    std::string sql;  // the whole file
};

// The fact filters every built-in named query declares (docs/QUERIES.md,
// "Confidence and origin"): min_confidence (real, NULL = all) keeps the
// facts whose confidence (fact_confidence_v: 1.0 when curated evidence states
// them, else the best drafted confidence) is at least the value;
// curated_only (integer, 0) with 1 keeps the facts some curated evidence
// states.  `factdb query --min-confidence X --curated-only` and `factdb
// report --curated-only` bind them.
inline constexpr std::string_view kMinConfidenceParam = "min_confidence";
inline constexpr std::string_view kCuratedOnlyParam = "curated_only";

// Why value is not a confidence threshold (a number from 0 to 1), "" when it is.
std::string check_confidence_value(const std::string& value);

// Parses one file; throws factdb::Error (internal) naming the file for a malformed header.
NamedQuery parse_named_query(std::string_view file_name, std::string_view text);

// The parameter of that name, nullptr when the query does not declare it.
const ParamSpec* find_parameter(const NamedQuery& query, std::string_view name);

// All embedded queries, by name order; parsed once.
const std::vector<NamedQuery>& named_queries();
const NamedQuery* find_named_query(std::string_view name);

// Why value is not acceptable for a parameter of this type ("not an
// integer: 'two'"); empty when it is.  The one place value shapes are
// decided, for named queries and report specs alike.
std::string check_parameter_value(ParamType type, const std::string& value);

// Binds values (by parameter name; unset ones take their defaults) to a
// statement prepared from query.sql.  Throws QueryError for an unknown
// parameter, a missing required one, or a value that does not parse as the
// parameter's type.  A value of nullopt binds NULL.
void bind_named_parameters(SQLite::Statement& statement, const NamedQuery& query,
                           const std::map<std::string, std::optional<std::string>>& values);

// Prepares, binds and runs the query on db (no guards: for trusted callers
// such as the summary; user-facing commands go through ReadOnlyDatabase).
Table run_named_query(SQLite::Database& db, const NamedQuery& query,
                      const std::map<std::string, std::optional<std::string>>& values);

}  // namespace factdb::query
