// SHA-256 through OpenSSL's EVP interface (see sha256.h); checked against
// the NIST test vectors in tests/loader/sha256_test.cpp.
//
// The algorithm is fetched once per process (OpenSSL 3 looks it up in its
// provider tables on every implicit fetch, which costs more than hashing a
// fact key); each Sha256 owns one context.  Both are safe to use from the
// loader's two threads: the fetched algorithm is shared read-only, the
// contexts are not shared.
#include "loader/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

#include "errors/error.h"

namespace factdb {
namespace {

const EVP_MD* sha256_algorithm() {
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md) throw Error(ErrorKind::internal, "libcrypto provides no SHA-256");
    return md;
}

void require(int ok, const char* what) {
    if (ok != 1) throw Error(ErrorKind::internal, std::string("SHA-256: ") + what + " failed");
}

}  // namespace

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_) throw Error(ErrorKind::internal, "SHA-256: out of memory");
    if (EVP_DigestInit_ex2(ctx_, sha256_algorithm(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx_);
        throw Error(ErrorKind::internal, "SHA-256: initialisation failed");
    }
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(ctx_);
}

void Sha256::update(std::string_view data) {
    require(EVP_DigestUpdate(ctx_, data.data(), data.size()), "update");
}

std::array<std::uint8_t, 32> Sha256::digest() {
    std::array<std::uint8_t, 32> out{};
    unsigned int size = 0;
    require(EVP_DigestFinal_ex(ctx_, out.data(), &size), "final");
    if (size != out.size()) throw Error(ErrorKind::internal, "SHA-256: digest of unexpected size");
    return out;
}

std::string Sha256::hex_digest() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (std::uint8_t byte : digest()) {
        out.push_back(kHex[byte >> 4]);
        out.push_back(kHex[byte & 15]);
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.hex_digest();
}

}  // namespace factdb
