// SHA-256 (FIPS 180-4), for the deterministic keys of facts and the
// fingerprints of documents.  Not for security: only for equality of content.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace factdb {

class Sha256 {
  public:
    Sha256();
    void update(std::string_view data);
    // Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    std::string hex_digest();  // 64 lower-case hex digits

  private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_;
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes hashed so far
};

// Convenience: hex SHA-256 of one string.
std::string sha256_hex(std::string_view data);

}  // namespace factdb
