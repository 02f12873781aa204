// The .html reader (work in progress on this branch): refuses every page
// with a message saying so, until the gumbo reader lands.
#include "article/source_parts.h"
#include "errors/error.h"

namespace factdb::article {

void read_html(std::string_view, const std::string& source, SourceParts&) {
    throw InputError({source, 0, "", ""},
                     "HTML articles are not read yet by this build; save the page's text as .txt");
}

}  // namespace factdb::article
