// SHA-256, for the deterministic keys of facts and the fingerprints of
// documents.  Not for security: only for equality of content.  Computed by
// OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are
// some (4x faster than portable C++ on 300-byte inputs: a fact key is two of
// them per claim, on the load's writing thread).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of this header

namespace factdb {

class Sha256 {
  public:
    Sha256();  // throws factdb::Error (internal) if libcrypto has no SHA-256
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view data);
    // Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    std::string hex_digest();  // 64 lower-case hex digits

  private:
    evp_md_ctx_st* ctx_;
};

// Convenience: hex SHA-256 of one string.
std::string sha256_hex(std::string_view data);

}  // namespace factdb
