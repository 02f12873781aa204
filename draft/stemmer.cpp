// Stemmer: a thin RAII wrapper of libstemmer (see stemmer.h).
#include "draft/stemmer.h"

#include <libstemmer.h>

#include <stdexcept>

namespace factdb::draft {

Stemmer::Stemmer(Language language)
    : handle_(sb_stemmer_new(language == Language::fr ? "french" : "english", "UTF_8")) {
    if (handle_ == nullptr) throw std::runtime_error("libstemmer has no French or English stemmer");
}

Stemmer::~Stemmer() {
    sb_stemmer_delete(handle_);
}

std::string Stemmer::stem(std::string_view key) const {
    if (key.empty()) return {};
    const sb_symbol* out = sb_stemmer_stem(handle_, reinterpret_cast<const sb_symbol*>(key.data()),
                                           static_cast<int>(key.size()));
    if (out == nullptr) return std::string(key);  // out of memory inside libstemmer
    return std::string(reinterpret_cast<const char*>(out),
                       static_cast<std::size_t>(sb_stemmer_length(handle_)));
}

}  // namespace factdb::draft
