// Errors to exit codes and messages (exit_codes.h).  The kinds are the
// libraries'; the table below is the only place that gives them a number.
#include "cli/exit_codes.h"

#include <array>
#include <utility>

#include "db/error.h"
#include "errors/error.h"

namespace factdb::cli {
namespace {

struct KindRow {
    ErrorKind kind;
    int exit_code;
    const char* suffix;  // appended to the message ("{help}": the --help to read)
};

constexpr std::array<KindRow, 6> kKinds = {{
    {ErrorKind::usage, kBadInput, " (see '{help}')"},
    {ErrorKind::input, kBadInput, ""},
    {ErrorKind::query, kBadInput, ""},
    {ErrorKind::spec, kBadInput, ""},
    {ErrorKind::storage, kStorage, ""},
    {ErrorKind::internal, kStorage, ""},
}};

struct FailureRow {
    db::Failure failure;
    int exit_code;
    const char* suffix;
};

constexpr std::array<FailureRow, 5> kFailures = {{
    {db::Failure::missing, kStorage, ": create it with `factdb init` or `factdb load FILES`"},
    {db::Failure::storage, kStorage, ""},
    {db::Failure::busy, kStorage, ""},
    {db::Failure::full, kStorage, ""},
    {db::Failure::internal, kStorage, ""},
}};

// The suffix with "{help}" replaced by the --help that explains the usage.
std::string with_help(std::string suffix, std::string_view command) {
    const std::string help =
        command.empty() ? "factdb --help" : "factdb " + std::string(command) + " --help";
    if (const auto at = suffix.find("{help}"); at != std::string::npos)
        suffix.replace(at, 6, help);
    return suffix;
}

Failure from_kind(const Error& e, std::string_view command) {
    for (const auto& row : kKinds) {
        if (row.kind != e.kind()) continue;
        const std::string prefix = e.kind() == ErrorKind::internal ? "internal error: " : "";
        return {row.exit_code, prefix + e.what() + with_help(row.suffix, command)};
    }
    return {kStorage, std::string("internal error: ") + e.what()};
}

Failure from_failure(const db::Error& e) {
    for (const auto& row : kFailures) {
        if (row.failure != e.failure()) continue;
        const std::string prefix = e.failure() == db::Failure::internal ? "internal error: " : "";
        return {row.exit_code, prefix + e.what() + row.suffix};
    }
    return {kStorage, e.what()};
}

}  // namespace

Failure describe_current_exception(std::string_view command) {
    try {
        throw;
    } catch (const Error& e) {
        return from_kind(e, command);
    } catch (const db::Error& e) {
        return from_failure(e);
    } catch (const std::exception& e) {
        // Nothing else is thrown on purpose: an SQLite exception here is one
        // a library forgot to translate, a bug like any other.
        return {kStorage, std::string("internal error: ") + e.what()};
    } catch (...) {
        return {kStorage, "internal error: unknown exception"};
    }
}

}  // namespace factdb::cli
