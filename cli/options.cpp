// Option scanning shared by the commands (see command.h).
#include "cli/command.h"

namespace factdb::cli {

bool take_flag(std::vector<std::string>& args, std::string_view flag) {
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == "--") break;
        if (*it == flag) {
            args.erase(it);
            return true;
        }
    }
    return false;
}

std::string take_option(std::vector<std::string>& args, std::string_view name) {
    const std::string prefix = std::string(name) + "=";
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (*it == "--") break;
        if (*it == name) {
            if (it + 1 == args.end()) throw UsageError{std::string(name) + " needs a value"};
            std::string value = *(it + 1);
            args.erase(it, it + 2);
            return value;
        }
        if (it->rfind(prefix, 0) == 0) {
            std::string value = it->substr(prefix.size());
            args.erase(it);
            return value;
        }
    }
    return {};
}

void reject_unknown_options(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--") return;
        if (a.size() > 1 && a[0] == '-') throw UsageError{"unknown option " + a};
    }
}

}  // namespace factdb::cli
