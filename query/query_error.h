// A refused or failed query: unknown name or parameter, a bad value, a
// statement the read-only guards refuse, a time or size limit reached.
// The CLI reports it in one line with exit code 2.
#pragma once

#include <stdexcept>

namespace factdb::query {

class QueryError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace factdb::query
