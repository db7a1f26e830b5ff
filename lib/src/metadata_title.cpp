// The page's title: the <title>, og:title, JSON-LD headline and the <h1> weighed, the site's
// name stripped (metadata.hpp, metadata_parts.hpp).
#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "metadata_parts.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

using meta::trim;

namespace {

// A headline in a script written without spaces (Chinese, Japanese, Thai) is one "word" of
// several letters: four or more characters of three bytes or more count as a headline's length.
bool unspaced_headline(std::string_view s) {
    std::size_t wide = 0;
    for (unsigned char c : s) wide += c >= 0xE0;
    return wide >= 4;
}

// Words of a headline, lower-cased (ASCII), punctuation at their edges dropped.
std::vector<std::string> headline_words(std::string_view s) {
    std::vector<std::string> words;
    for (std::string_view raw : split_words(s)) {
        std::string w = ascii_lower(raw);
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
        if (!w.empty()) words.push_back(std::move(w));
    }
    return words;
}

// A <title> (or og:title) is often the headline shortened for search results and tabs; the
// <h1> that holds every one of its words, and more, is the same headline in full.
bool is_fuller_headline(std::string_view h1, std::string_view title) {
    if (h1.size() <= title.size() || title.empty()) return false;
    const std::vector<std::string> hw = headline_words(h1), tw = headline_words(title);
    if (hw.size() > 30) return false;  // a paragraph in an <h1>, not a headline
    if (tw.size() == 1 && hw.size() == 1)  // scripts without spaces: the title inside the h1
        return title.size() >= 6 && ascii_lower(h1).find(ascii_lower(title)) != std::string::npos;
    if (tw.size() < 2 || hw.size() <= tw.size()) return false;
    if (!std::all_of(tw.begin(), tw.end(), [&](const std::string& w) { return std::find(hw.begin(), hw.end(), w) != hw.end(); }))
        return false;
    // Words the <title> left out that carry digits are what a page puts beside its headline
    // inside the <h1> (a comment count, an update time), not the headline's own words.
    return std::none_of(hw.begin(), hw.end(), [&](const std::string& w) {
        return std::find(tw.begin(), tw.end(), w) == tw.end() && std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
}

}  // namespace

namespace {

std::size_t count_of(std::string_view s, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = s.find(what); at != std::string_view::npos; at = s.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace

std::string strip_site_name(std::string_view title_in, std::string_view site) {
    std::string title = trim(title_in);
    static constexpr std::array<std::string_view, 9> separators{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / "};
    const std::string site_l = ascii_lower(site);
    for (std::string_view sep : separators) {
        const std::size_t last = title.rfind(sep);
        // Guillemets that pair up open and close quotations ("dit « non »", "sagt » Nein «"),
        // whichever way they point: a separator's guillemet is one left over.
        const bool quotation = last != std::string::npos && (sep == " « " || sep == " » ") && count_of(title, "«") == count_of(title, "»");
        if (last != std::string::npos && !quotation) {
            const std::string head = title.substr(0, last);
            const std::string tail = title.substr(last + sep.size());
            const auto words = [](const std::string& x) { return std::count(x.begin(), x.end(), ' ') + 1; };
            const bool tail_is_site = (!site_l.empty() && (ascii_lower(tail).find(site_l) != std::string::npos ||
                                                           site_l.find(ascii_lower(tail)) != std::string::npos)) ||
                                      (words(tail) <= 4 && (words(head) >= 3 || unspaced_headline(head)));
            if (tail_is_site && head.size() >= 10) return strip_site_name(head, site);
        }
        const std::size_t first = title.find(sep);
        if (first != std::string::npos && !site_l.empty()) {
            const std::string head = title.substr(0, first);
            const std::string rest = title.substr(first + sep.size());
            if (ascii_lower(head) == site_l && rest.size() >= 10) return rest;
        }
    }
    return title;
}

namespace meta {

// The page's own headline beats the <title>, which often carries the site name.
std::string choose_title(const TitleEvidence& e, std::string title, std::string_view site) {
    if (title.empty()) title = trim(e.og_title);
    if (!e.h1.empty()) {
        const std::string h1 = trim(e.h1);
        const std::string tl = ascii_lower(e.title_tag), hl = ascii_lower(h1);
        if (title.empty() && (tl.find(hl) != std::string::npos || ascii_lower(e.og_title).find(hl) != std::string::npos))
            title = h1;
        // An <h1> of a few words that is only the head or tail of the <title>, past a separator,
        // is the site's name (a blog's masthead): the rest of the <title> is the page's.
        if (title == h1 && e.og_title.empty() && !e.h1_is_permalink && hl.size() < tl.size()) {
            const std::string t = trim(e.title_tag);
            std::string rest;
            if (tl.starts_with(hl)) rest = t.substr(h1.size());
            else if (tl.ends_with(hl)) rest = t.substr(0, t.size() - h1.size());
            // Separators at either end: ASCII ones and the middle dot, dashes, guillemet.
            static constexpr std::array<std::string_view, 11> seps{" ", ":", "|", "-", "/", "\xC2\xB7", "\xE2\x80\x93",
                                                                   "\xE2\x80\x94", "\xC2\xBB", "\xC2\xAB", "\xE2\x80\xA2"};
            const std::size_t cut = rest.size();
            for (bool more = true; more && !rest.empty();) {
                more = false;
                for (std::string_view sep : seps) {
                    if (rest.starts_with(sep)) rest.erase(0, sep.size()), more = true;
                    if (rest.ends_with(sep)) rest.erase(rest.size() - sep.size()), more = true;
                }
            }
            const bool parted = rest.size() + 1 < cut;  // a separator stood between them
            // The site's name is the shorter side: a headline is the longer one.
            const auto spaces = [](const std::string& x) { return std::count(x.begin(), x.end(), ' '); };
            if (parted && spaces(rest) >= 2 && spaces(rest) > spaces(h1) && spaces(h1) <= 3 && !e.part_boxed) title = rest;
            // A heading says another part of the <title>: the page's headline, as the heading
            // writes it (no separator in it is the site's).
            if (!e.part_heading.empty()) return trim(e.part_heading);
        }
    }
    title = strip_site_name(title.empty() ? e.title_tag : std::string_view(title), site);
    if (title.empty()) title = trim(e.h1);
    if (!e.h1_is_masthead && is_fuller_headline(trim(e.h1), title)) title = trim(e.h1);
    return title;
}

}  // namespace meta
}  // namespace winnow::detail
