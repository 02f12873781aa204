// A linear pre-scan that decides whether a page may be handed to gumbo.
//
// Why: gumbo 0.10.1's tree builder is not linear in the depth of open
// elements (measured on this machine: 10,000 nested <div> 0.18 s, 20,000
// 1.4 s, 40,000 10 s - cubic), and HTML5's "reconstruct the active
// formatting elements" step re-creates every unclosed <b>/<i>/<font>... in
// each new paragraph, so a page of a few kilobytes can become a tree of
// millions of nodes.  Gumbo has no depth limit of its own.
//
// The scan reads tags the way the HTML tokenizer does (comments, attribute
// values, raw text of script/style/textarea/title, void elements, '/>' only
// in SVG and MathML) and runs a small model of the tree builder's rules
// (html_guard.cpp lists them) whose stack of open elements and list of
// active formatting elements err upwards: where the model is unsure, it
// keeps an element open.  The page is refused when the estimate nests
// deeper than kMaxHtmlDepth (Blink's own parser limit, 512), when more than
// kMaxUnclosedFormatting formatting elements are active at once, or when it
// makes more than kMaxHtmlElements elements, re-created formatting
// elements included (gumbo keeps about 200 bytes per node).  Time: linear,
// with the constants kEndTagReach and kMaxUnclosedFormatting.  A test
// (tests/article/read_html_test.cpp) and the fuzz target check that gumbo's
// real tree of an accepted page stays within twice these bounds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factdb::article {

inline constexpr std::size_t kMaxHtmlDepth = 512;
inline constexpr std::size_t kMaxUnclosedFormatting = 64;
inline constexpr std::size_t kMaxHtmlElements = 500000;
inline constexpr std::size_t kEndTagReach = 32;

// Why the page is refused (the reason of an error message), or nullopt.
std::optional<std::string> html_guard(std::string_view bytes);

}  // namespace factdb::article
