// SHA-256 against the FIPS 180-4 / NIST example vectors, fed whole and in pieces.
#include <catch2/catch.hpp>
#include <string>

#include "loader/sha256.h"

TEST_CASE("sha256 matches the NIST vectors", "[sha256]") {
    struct Case {
        std::string input;
        const char* hex;
    };
    const Case cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {std::string(1000000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const auto& c : cases) {
        INFO("input length " << c.input.size());
        CHECK(factdb::sha256_hex(c.input) == c.hex);
        factdb::Sha256 h;  // the same bytes in uneven pieces
        for (std::size_t i = 0; i < c.input.size(); i += 7)
            h.update(std::string_view(c.input).substr(i, 7));
        CHECK(h.hex_digest() == c.hex);
    }
}
