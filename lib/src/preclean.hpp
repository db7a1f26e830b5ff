// Stage — preclean: a byte scanner over UTF-8 HTML that runs before the parser and blanks
// the bodies nothing downstream reads, so Gumbo has less to tokenize.
//
// Blanked: <script> bodies (except JSON-LD, which metadata reads), <style> bodies, comment
// contents and <svg>/<math> subtrees. A blanked body keeps its element (and one text child,
// so the DOM has the same nodes) and the same number of line breaks (so line numbers stay
// right). Everything else is copied verbatim.
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

namespace winnow::detail {

struct PrecleanStats {
    std::size_t blanked_bytes = 0;    // input bytes not handed to the parser
    std::size_t scripts = 0, styles = 0, comments = 0, foreign = 0;  // bodies blanked
    bool bailed = false;              // stopped early and copied the rest verbatim
};

// Writes the precleaned page into out (cleared first). Parsing out gives the same DOM as
// parsing html, minus the blanked text.
void preclean_html(std::string_view html, std::string& out, PrecleanStats* stats = nullptr);
std::string preclean_html(std::string_view html, PrecleanStats* stats = nullptr);


}  // namespace winnow::detail
