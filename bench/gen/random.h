// Deterministic randomness for the benchmark corpus generator.
//
// Invariant: the same seed gives byte-identical output on every platform and
// compiler, so a corpus can be regenerated instead of stored.  Hence our own
// splitmix64 and our own "below"/"chance" instead of <random>'s
// distributions, whose algorithms the standard leaves to the implementation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace factdb::bench {

// One splitmix64 step: a bijective mix of 64 bits, good enough to derive
// independent streams from (seed, kind, index) tuples.
constexpr std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

constexpr std::uint64_t mix64(std::uint64_t a, std::uint64_t b) {
    return mix64(a ^ mix64(b + 0x632BE59BD9B4E019ull));
}

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(mix64(seed)) {}

    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n > 0.  The modulo bias is below 2^-40 for the
    // small n used here, irrelevant for a benchmark corpus.
    std::uint64_t below(std::uint64_t n) { return next() % n; }

    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }

    // True with probability per_mille / 1000.
    bool chance(int per_mille) { return below(1000) < static_cast<std::uint64_t>(per_mille); }

    template <typename T>
    const T& pick(std::span<const T> items) {
        return items[below(items.size())];
    }

  private:
    std::uint64_t state_;
};

}  // namespace factdb::bench
