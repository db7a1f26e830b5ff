// The page both untitled-thread suites build (test_extract_untitled_thread.cpp,
// test_comments_untitled_replies.cpp): no <title>, no heading, no metadata — a line of links, then
// what stands before the thread (a post's paragraphs, a notice, or nothing), then six readers'
// posts signed by linked names, every second one holding two nested replies.
#pragma once
#include <string>

namespace winnow::test {

inline std::string thread_entry(const std::string& reply, int i, const std::string& nested = "") {
    return "<li><div><a href=\"/u/" + std::to_string(i) + "\">reader" + std::to_string(i) + "</a></div><div>" + reply + " (" +
           std::to_string(i) + ")</div>" + nested + "</li>";
}

// markup: "div" (bare div soup), "html5" (nav, main, article, section) or "table" (a layout table).
inline std::string untitled_thread_page(const char* lang, const std::string& reply, const std::string& markup,
                                        const std::string& before) {
    std::string items;
    for (int i = 0; i < 6; ++i)
        items += thread_entry(reply, i, i % 2 ? "<ul>" + thread_entry(reply, 100 + i) + thread_entry(reply, 200 + i) + "</ul>" : "");
    const std::string thread = "<ul>" + items + "</ul>";
    const std::string crumbs = "<a href=\"/\">home</a> | <a href=\"/garden\">garden</a>";
    std::string body;
    if (markup == "div") body = "<div>" + crumbs + "</div><div><div>" + before + "</div><div>" + thread + "</div></div>";
    else if (markup == "html5") body = "<nav>" + crumbs + "</nav><main><article>" + before + "</article><section>" + thread + "</section></main>";
    else body = "<table><tr><td>" + crumbs + "</td></tr><tr><td>" + before + "</td></tr><tr><td>" + thread + "</td></tr></table>";
    return std::string("<html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
}

}  // namespace winnow::test
