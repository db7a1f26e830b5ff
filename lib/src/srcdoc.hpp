// Stage — srcdoc (before preclean): an <iframe srcdoc="..."> carries a whole document in one
// attribute, which the parser never reads as markup. When that document holds prose (two
// paragraphs or more) it is what the reader sees in that frame — an embedded article, a
// sandboxed story — so the frame is rewritten into a <div data-srcdoc> holding the document's
// body, in place. Frames of scripts and pictures (ads, players) are left as they are.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// The page with each such frame inlined, written into out; html itself when there is none.
// The line count is kept (line numbers downstream stay right), unless the frame's document
// spells line breaks as references (&#10;).
std::string_view inline_srcdoc(std::string_view html, std::string& out);

}  // namespace winnow::detail
