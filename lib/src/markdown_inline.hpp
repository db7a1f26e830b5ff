// Inline Markdown for the Markdown emitter: a block's text with its spans as CommonMark,
// escaped only where a reader would take a character for markup.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::detail {

enum class MarkdownContext {
    prose,    // paragraphs, items, captions: a '\n' in the text is a hard line break
    heading,  // one line: '\n' becomes a space; a trailing '#' run is escaped
    cell,     // GitHub table cell: '|' escaped, '\n' written as <br>
};

std::string markdown_inline(const Block& b, MarkdownContext where);

// The spans Markdown can carry, as markdown_inline writes them: emphasis, strong and code
// trimmed to their non-space text, without empty or crossing spans, spans inside code,
// links inside links or links without a target; outer spans first.
std::vector<Span> markdown_spans(std::string_view text, const std::vector<Span>& spans);

// A link or image destination: "<…>" when it holds spaces or angle brackets, else bare with
// parentheses and backslashes escaped.
std::string markdown_destination(std::string_view url);

}  // namespace winnow::detail
