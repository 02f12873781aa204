// Named-query headers, parameters and execution (see named_query.h).
//
// Parameters are always bound through the prepared statement, never spliced
// into SQL text; a value is checked against its declared type before binding
// so "abc" for an integer parameter is an error, not a silent 0.
#include "query/named_query.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "db/embedded.h"
#include "errors/error.h"
#include "text/unicode.h"

namespace factdb::query {
namespace {

struct TypeName {
    ParamType type;
    std::string_view name;
};
constexpr TypeName kTypes[] = {{ParamType::text, "text"},
                               {ParamType::entity, "entity"},
                               {ParamType::integer, "integer"},
                               {ParamType::real, "real"},
                               {ParamType::timestamp, "timestamp"}};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

ParamSpec parse_param(std::string_view file, std::string_view line) {
    // NAME TYPE DEFAULT description
    auto next_word = [&line]() {
        line = trim(line);
        std::size_t end = 0;
        if (!line.empty() && line[0] == '\'') {
            end = line.find('\'', 1);
            end = end == std::string_view::npos ? line.size() : end + 1;
        } else {
            end = std::min(line.find(' '), line.size());
        }
        std::string_view word = line.substr(0, end);
        line.remove_prefix(end);
        return word;
    };
    ParamSpec p;
    p.name = next_word();
    const std::string_view type = next_word();
    const std::string_view def = next_word();
    p.description = trim(line);
    auto found = std::find_if(std::begin(kTypes), std::end(kTypes),
                              [&](const TypeName& t) { return t.name == type; });
    if (p.name.empty() || found == std::end(kTypes) || def.empty()) {
        throw Error(ErrorKind::internal, std::string(file) +
                                 ": malformed param line (NAME TYPE DEFAULT description)");
    }
    p.type = found->type;
    if (def == "required") {
        p.required = true;
    } else if (def != "NULL") {
        p.default_value =
            def.front() == '\'' ? std::string(def.substr(1, def.size() - 2)) : std::string(def);
    }
    return p;
}

bool parse_integer(const std::string& s, std::int64_t& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

bool parse_real(const std::string& s, double& out) {
    if (s.empty()) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size();
}

// The documented forms of a timestamp parameter (docs/QUERIES.md), as
// shapes: d a digit, anything else itself.  Z only says the moment is UTC,
// which every form is; the loader stores the last form.
constexpr std::string_view kTimestampShapes[] = {
    "dddd-dd-dd",          "dddd-dd-ddZ",          "dddd-dd-ddTdd:dd",
    "dddd-dd-ddTdd:ddZ",   "dddd-dd-ddTdd:dd:dd",  "dddd-dd-ddTdd:dd:ddZ",
};

constexpr std::string_view kTimestampForms =
    "YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS, each optionally ending in Z";

bool has_shape(const std::string& s, std::string_view shape) {
    if (s.size() != shape.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != shape[i]) return false;
    return true;
}

// One field of a timestamp: where it stands, its name, its range.  The
// day's upper bound is the month's length, checked apart.
struct TimestampField {
    std::size_t offset;
    std::string_view name;
    int low, high;
};
constexpr TimestampField kTimestampFields[] = {
    {5, "month", 1, 12}, {8, "day", 1, 31}, {11, "hour", 0, 23}, {14, "minute", 0, 59},
    {17, "second", 0, 59},
};

constexpr std::string_view kMonthNames[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
constexpr int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

int two_digits(const std::string& s, std::size_t at) {
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// Why s is not a timestamp of a documented form naming a real moment (""
// when it is one): its shape, then each field's range, then the day
// against its month (Gregorian leap years).
std::string timestamp_problem(const std::string& s) {
    const bool shaped = std::any_of(std::begin(kTimestampShapes), std::end(kTimestampShapes),
                                    [&](std::string_view shape) { return has_shape(s, shape); });
    if (!shaped) return "not an ISO timestamp (" + std::string(kTimestampForms) + "): '" + s + "'";
    const std::size_t digits = s.back() == 'Z' ? s.size() - 1 : s.size();
    for (const TimestampField& f : kTimestampFields) {
        if (f.offset + 2 > digits) break;
        const int v = two_digits(s, f.offset);
        if (v < f.low || v > f.high)
            return "not a real moment: '" + s + "' has " + std::string(f.name) + " " +
                   s.substr(f.offset, 2) + " (" + (f.low < 10 ? "0" : "") + std::to_string(f.low) +
                   "-" + std::to_string(f.high) + ")";
    }
    const int year = std::stoi(s.substr(0, 4));
    const int month = two_digits(s, 5);
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = kMonthDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (two_digits(s, 8) > days)
        return "not a real moment: '" + s + "': " + std::string(kMonthNames[month - 1]) + " " +
               s.substr(0, 4) + " has " + std::to_string(days) + " days";
    return {};
}

// The form bound for comparison with stored timestamps (text order is time
// order): a Z after a day or a minute is dropped, so that "2024-05-01Z" and
// "2024-05-01T10:00Z" mean what their forms without Z mean, the whole day or
// minute included; the full form is stored text and is kept as it is.
std::string comparable_timestamp(const std::string& s) {
    if (s.back() == 'Z' && s.size() != 20) return s.substr(0, s.size() - 1);
    return s;
}

}  // namespace

std::string check_parameter_value(ParamType type, const std::string& value) {
    if (!text::is_valid_utf8(value)) return "invalid UTF-8";
    std::int64_t n = 0;
    double d = 0;
    switch (type) {
        case ParamType::integer:
            return parse_integer(value, n) ? "" : "not an integer: '" + value + "'";
        case ParamType::real:
            return parse_real(value, d) ? "" : "not a number: '" + value + "'";
        case ParamType::timestamp:
            return timestamp_problem(value);
        case ParamType::text:
        case ParamType::entity:
            return "";
    }
    return "";
}

std::string check_confidence_value(const std::string& value) {
    double d = 0;
    if (!parse_real(value, d) || !(d >= 0.0 && d <= 1.0))
        return "must be a number from 0 to 1, not '" + value + "'";
    return "";
}

const ParamSpec* find_parameter(const NamedQuery& query, std::string_view name) {
    for (const auto& p : query.params) {
        if (p.name == name) return &p;
    }
    return nullptr;
}

std::string_view to_string(ParamType type) {
    for (const auto& t : kTypes) {
        if (t.type == type) return t.name;
    }
    return "text";
}

NamedQuery parse_named_query(std::string_view file_name, std::string_view text) {
    NamedQuery q;
    q.sql = std::string(text);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.rfind("--", 0) != 0) break;  // the header is the leading comment block
        line = trim(line.substr(2));
        auto value_of = [&](std::string_view key) -> std::optional<std::string_view> {
            if (line.rfind(key, 0) == 0 && line.size() > key.size() && line[key.size()] == ':') {
                return trim(line.substr(key.size() + 1));
            }
            return std::nullopt;
        };
        if (auto v = value_of("name"))
            q.name = *v;
        else if (auto v = value_of("title"))
            q.title = *v;
        else if (auto v = value_of("description"))
            q.description = *v;
        else if (auto v = value_of("param"))
            q.params.push_back(parse_param(file_name, *v));
    }
    if (q.name.empty() || q.title.empty()) {
        throw Error(ErrorKind::internal, std::string(file_name) +
                                 ": a named query needs '-- name:' and '-- title:' lines");
    }
    return q;
}

const std::vector<NamedQuery>& named_queries() {
    static const std::vector<NamedQuery> all = [] {
        std::vector<NamedQuery> out;
        for (const auto& f : embedded_queries()) out.push_back(parse_named_query(f.name, f.text));
        std::sort(out.begin(), out.end(),
                  [](const auto& a, const auto& b) { return a.name < b.name; });
        return out;
    }();
    return all;
}

const NamedQuery* find_named_query(std::string_view name) {
    for (const auto& q : named_queries()) {
        if (q.name == name) return &q;
    }
    return nullptr;
}

Table run_named_query(SQLite::Database& db, const NamedQuery& query,
                      const std::map<std::string, std::optional<std::string>>& values) {
    SQLite::Statement st(db, query.sql);
    bind_named_parameters(st, query, values);
    return collect(st);
}

void bind_named_parameters(SQLite::Statement& st, const NamedQuery& query,
                           const std::map<std::string, std::optional<std::string>>& values) {
    for (const auto& entry : values) {
        // Not a structured binding: clang 14 cannot capture one in a lambda.
        const std::string& name = entry.first;
        const bool known = std::any_of(query.params.begin(), query.params.end(),
                                       [&](const ParamSpec& p) { return p.name == name; });
        if (!known) {
            std::string names;
            for (const auto& p : query.params) names += (names.empty() ? "" : ", ") + p.name;
            throw QueryError("query " + query.name + " has no parameter '" + name +
                             "' (parameters: " + (names.empty() ? "none" : names) + ")");
        }
    }
    for (const auto& p : query.params) {
        std::optional<std::string> value = p.default_value;
        if (auto it = values.find(p.name); it != values.end())
            value = it->second;
        else if (p.required)
            throw QueryError("query " + query.name + ": parameter '" + p.name + "' is required");
        const std::string key = ":" + p.name;
        if (st.getIndex(key.c_str()) == 0) continue;  // declared but unused
        if (!value) {
            st.bind(key.c_str());
            continue;
        }
        const std::string where = "query " + query.name + ": parameter '" + p.name + "': ";
        switch (p.type) {
            case ParamType::integer: {
                std::int64_t n = 0;
                if (!parse_integer(*value, n))
                    throw QueryError(where + "not an integer: '" + *value + "'");
                st.bind(key.c_str(), n);
                break;
            }
            case ParamType::real: {
                double d = 0;
                if (!parse_real(*value, d))
                    throw QueryError(where + "not a number: '" + *value + "'");
                st.bind(key.c_str(), d);
                break;
            }
            case ParamType::timestamp:
                if (const std::string why = timestamp_problem(*value); !why.empty())
                    throw QueryError(where + why);
                st.bind(key.c_str(), comparable_timestamp(*value));
                break;
            case ParamType::entity:
                if (!text::is_valid_utf8(*value)) throw QueryError(where + "invalid UTF-8");
                st.bind(key.c_str(), text::fold_key(*value));
                break;
            case ParamType::text:
                st.bind(key.c_str(), *value);
                break;
        }
    }
}

}  // namespace factdb::query
