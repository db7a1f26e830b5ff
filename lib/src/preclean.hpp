// Stage — preclean: a byte scanner over UTF-8 HTML that runs before the parser and blanks
// the bodies nothing downstream reads, so Gumbo has less to tokenize.
//
// Blanked: <script> bodies (except JSON-LD, which metadata reads), <style> bodies, comment
// contents, <svg>/<math> subtrees, and the quoted values of attributes no stage reads
// (attribute_unread: the attribute stays, its value keeps only its line breaks). Dropped whole,
// with the whitespace before them: those attributes and the presentational ones no stage reads
// (attribute_dropped), where that cannot change what Gumbo makes of the rest of the tag. A
// blanked body keeps its element (and one text child, so the DOM has the same nodes), and
// blanked or dropped bytes leave their line breaks (so line numbers stay right). Everything
// else is copied verbatim.
//
// The scanner follows the HTML tokenizer where it matters: a script ends at the first
// "</script" followed by whitespace, "/" or ">" whatever JavaScript thinks (with the
// script-data escaped and double-escaped states for "<!--" ... "<script>"); RCDATA/RAWTEXT
// bodies (<title>, <textarea>, <iframe>, <xmp>, ...) are skipped unscanned; attribute values
// are honoured when finding a tag's ">"; <plaintext> ends scanning. Where the tree builder
// would change how the tokenizer reads (inside <select>, <frameset>, foreign content that
// breaks out or holds HTML integration points) it stops transforming and copies the rest of
// the page as is: the output is then still exactly right, only less is saved.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "css_hidden.hpp"
#include "nesting_guard.hpp"
#include "preclean_attributes.hpp"
#include "text_runs.hpp"

namespace winnow::detail {

struct PrecleanStats {
    std::size_t blanked_bytes = 0;    // input bytes not handed to the parser
    std::size_t scripts = 0, styles = 0, comments = 0, foreign = 0;  // bodies blanked
    std::size_t attributes = 0;       // attribute values blanked, attributes dropped
    bool bailed = false;              // stopped early and copied the rest verbatim
};

// attribute_unread and attribute_dropped (what may be blanked or dropped): preclean_attributes.hpp.

// Writes the precleaned page into out (cleared first). Parsing out gives the same DOM as
// parsing html, minus the blanked text. The <style> blocks it blanks go to `styles` when given
// (views into html: prune reads what the page's sheets hide). With `runs`, long runs of text
// become placeholders too (text_runs.hpp): Dom::parse given the same runs puts them back.
// With `nesting`, the tags it reads are reported to the nesting guard's model (nesting_guard.hpp).
void preclean_html(std::string_view html, std::string& out, PrecleanStats* stats = nullptr,
                   std::vector<StyleSheetText>* styles = nullptr, TextRuns* runs = nullptr,
                   NestingCheck* nesting = nullptr);
std::string preclean_html(std::string_view html, PrecleanStats* stats = nullptr);


}  // namespace winnow::detail
