// Regression fences for hostile input: the wall-time and peak-memory bounds
// that the tests of issue 11 put on the real binary (bad-input cases'
// max_seconds and max_memory_mib, the sql limits).  They are set for the
// plain build, far above today's figures and far below the old ones (a
// quadratic search took minutes, a collected result 1.4 GB); a sanitizer
// build runs the same code several times slower and bigger, so its bounds
// are scaled by the factors tests/CMakeLists.txt defines.  Never a
// benchmark: make bench measures.
#pragma once

#ifndef FACTDB_FENCE_TIME
#define FACTDB_FENCE_TIME 1
#endif
#ifndef FACTDB_FENCE_MEMORY
#define FACTDB_FENCE_MEMORY 1
#endif

namespace factdb::test {

// A plain-build bound in seconds, for this build.
constexpr double seconds_fence(double plain) {
    return plain * FACTDB_FENCE_TIME;
}

// A plain-build bound in MiB, for this build.
constexpr long mib_fence(long plain) {
    return plain * FACTDB_FENCE_MEMORY;
}

}  // namespace factdb::test
