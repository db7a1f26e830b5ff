#include "extract_hints.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <initializer_list>
#include <vector>

#include "prune.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

namespace {

// The lists of class-name substrings, each a bit: a token is read in one pass that says which
// lists have a substring in it (every element's class and id are read, several times a page,
// and most tokens match nothing).
enum NameList : unsigned {
    positive_list = 1u << 0,    // article, body, content, entry, post, story...
    strong_list = 1u << 1,      // chrome whatever else the token says
    absolute_list = 1u << 2,    // never article text, even next to "content"
    comments_list = 1u << 3,    // a comment thread
    negative_list = 1u << 4,    // weaker chrome names
    long_kind_list = 1u << 5,   // chrome that is not short by nature
};

// Substrings indexed by first byte, each with the lists it belongs to.
class Needles {
public:
    Needles() {
        add(positive_list, {"article", "body", "content", "entry", "main", "post", "text", "blog", "story",
                            "prose", "rich-text", "richtext"});
        add(strong_list, {"comment", "disqus", "sidebar", "related", "recommend", "outbrain", "taboola",
                          "newsletter", "subscribe", "signup", "sign-up", "share", "social", "footer",
                          "most-read", "mostread", "most-popular", "trending", "recirc", "read-more",
                          "readmore", "more-stories", "author-bio", "authorbio", "about-author",
                          "about-the-author", "author-info", "author-box", "byline", "promo", "advert",
                          "sponsor", "breadcrumb", "pagination", "cookie", "consent", "gdpr", "popup",
                          "modal", "toolbar", "tags", "taglist", "tag-list", "next-prev", "prev-next",
                          "post-nav", "postnav", "masthead"});
        add(absolute_list, {"caption", "credit", "byline", "breadcrumb", "cookie", "newsletter", "share",
                            "social", "related", "disqus", "outbrain", "taboola", "advert", "sponsor"});
        // The plural, a thread's name, in languages whose singular does not contain "comment"
        // (German "Kommentar" alone is an opinion piece, as "commentary" is).
        add(comments_list | strong_list | long_kind_list, {"kommentare", "kommentarer", "komentarze", "comentarios", "comentários"});
        add(comments_list, {"comment", "disqus"});
        add(negative_list, {"footnote", "widget", "banner", "menu", "nav", "popular", "author",
                            "caption", "credit", "-ad-", "dateline", "timestamp", "meta"});
        add(long_kind_list, {"comment", "disqus", "sidebar", "related", "recommend",
                             "outbrain", "taboola", "newsletter", "subscribe", "footer",
                             "trending", "popular", "most-", "recirc", "more-stories",
                             "promo", "advert", "sponsor", "widget", "menu", "nav",
                             "-ad-", "footnote", "banner", "read-more",
                             "readmore", "signup", "sign-up"});
    }

    // The lists with at least one substring occurring in hay.
    unsigned lists_in(std::string_view hay) const {
        unsigned found = 0;
        for (std::size_t i = 0; i + 1 < hay.size(); ++i) {
            // Most positions start no needle's first two bytes: one bit test skips them.
            if (!pairs_.test(pair(hay[i], hay[i + 1]))) continue;
            for (const Needle& n : by_first_[static_cast<unsigned char>(hay[i])])
                if ((found & n.lists) != n.lists && n.text.size() <= hay.size() - i && hay[i + 1] == n.text[1] &&
                    hay.compare(i, n.text.size(), n.text) == 0)
                    found |= n.lists;
        }
        return found;
    }

private:
    struct Needle {
        std::string_view text;
        unsigned lists;
    };

    static std::size_t pair(char a, char b) {
        return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
    }

    // Every needle is at least two bytes long (the pair filter relies on it).
    void add(unsigned list, std::initializer_list<std::string_view> needles) {
        for (std::string_view s : needles) {
            pairs_.set(pair(s[0], s[1]));
            auto& bucket = by_first_[static_cast<unsigned char>(s.front())];
            auto same = std::find_if(bucket.begin(), bucket.end(), [&](const Needle& n) { return n.text == s; });
            if (same != bucket.end()) same->lists |= list;
            else bucket.push_back({s, list});
        }
    }

    std::array<std::vector<Needle>, 256> by_first_;
    std::bitset<65536> pairs_;   // the first two bytes of some needle
};

const Needles& name_lists() {
    static const Needles n;
    return n;
}

// CMS taxonomy classes name the item's category or tag ("category-social-media", "tag-share",
// "entry-category-news"), not the element's role.
bool is_taxonomy(std::string_view h) {
    return h.starts_with("category-") || h.starts_with("tag-") || h.find("-category-") != std::string_view::npos ||
           h.find("-tag-") != std::string_view::npos;
}

Hints read_token(std::string_view h) {
    Hints out;
    if (is_taxonomy(h)) return out;
    // A typographic utility ("text-white", "text-center", "text-sm") styles the element's
    // letters; only what follows the prefix can name a role ("text-content").
    if (h.starts_with("text-")) return read_token(h.substr(5));
    const unsigned lists = name_lists().lists_in(h);
    if (lists == 0) return out;
    out.positive = lists & positive_list;
    out.absolute = lists & absolute_list;
    out.strong = (lists & strong_list) || out.absolute;
    // "commentary" is an opinion piece, not a thread.
    out.comments = (lists & comments_list) && h.find("commentary") == std::string_view::npos;
    out.negative = out.strong || (lists & negative_list);
    // Chrome that is short by nature: a box of several prose paragraphs under such a name is
    // misnamed or swallowed by broken markup (an unclosed share box around the article).
    out.short_kind = out.negative && !(lists & long_kind_list);
    return out;
}

}  // namespace

namespace {

// The evidence of a name's tokens summed: a token naming both content and chrome
// ("entry-content-read-more", "content-with-sidebar") says nothing either way.
class HintsSum {
public:
    void add(const Hints& t) {
        if (t.positive && !t.negative) out_.positive = true;
        if (t.comments) out_.comments = true;
        if (t.absolute) {
            out_.negative = out_.strong = true;
        } else if (t.negative && !t.positive) {
            out_.negative = true;
            if (t.strong) out_.strong = true;
        }
        if ((t.absolute || (t.negative && !t.positive)) && !t.short_kind) any_long_kind_ = true;
    }
    Hints finish() {
        out_.short_kind = out_.negative && !any_long_kind_;
        return out_;
    }

private:
    Hints out_;
    bool any_long_kind_ = false;
};

// Calls f on each token of h: the runs between spaces (only a space parts tokens).
template <class F>
void for_each_token(std::string_view h, F&& f) {
    std::size_t i = 0;
    while (i < h.size()) {
        while (i < h.size() && h[i] == ' ') ++i;
        std::size_t j = i;
        while (j < h.size() && h[j] != ' ') ++j;
        if (j > i) f(h.substr(i, j - i));
        i = j;
    }
}

}  // namespace

Hints read_hints(std::string_view h) {
    HintsSum sum;
    for_each_token(h, [&](std::string_view token) { sum.add(read_token(token)); });
    return sum.finish();
}

namespace {

enum HintBit : std::uint8_t {
    kPositive = 1 << 0,
    kNegative = 1 << 1,
    kStrong = 1 << 2,
    kAbsolute = 1 << 3,
    kComments = 1 << 4,
    kShortKind = 1 << 5,
    kKnown = 1 << 7,
};

std::uint8_t pack(const Hints& h) {
    return static_cast<std::uint8_t>(kKnown | (h.positive ? kPositive : 0) | (h.negative ? kNegative : 0) |
                                     (h.strong ? kStrong : 0) | (h.absolute ? kAbsolute : 0) |
                                     (h.comments ? kComments : 0) | (h.short_kind ? kShortKind : 0));
}

Hints unpack(std::uint8_t b) {
    Hints h;
    h.positive = b & kPositive;
    h.negative = b & kNegative;
    h.strong = b & kStrong;
    h.absolute = b & kAbsolute;
    h.comments = b & kComments;
    h.short_kind = b & kShortKind;
    return h;
}

}  // namespace

std::uint8_t NameHints::read_packed(std::uint32_t n) const {
    // The first class and id, as Dom::attr reads them (one pass instead of two).
    std::string_view klass, id;
    bool has_class = false, has_id = false;
    const DomNode& node = dom_.nodes[n];
    for (std::uint32_t i = node.attr_begin, end = node.attr_begin + node.attr_count; i < end; ++i) {
        const DomAttr& a = dom_.attrs[i];
        if (!has_class && a.name == "class") klass = a.value, has_class = true;
        else if (!has_id && a.name == "id") id = a.value, has_id = true;
    }
    // No name at all (most elements): read_hints("") says nothing, so neither does the element.
    if (id.empty() && klass.empty()) return kKnown;
    const bool class_only = id.empty();
    if (class_only)
        if (const std::uint8_t* known = by_class_.find(klass)) return *known;
    // read_hints(class_and_id(dom_, n)) without building that string: the tokens of the class,
    // then those of the id unless it is a slug (four words or more), each read once a page.
    HintsSum sum;
    const auto add = [&](std::string_view token) { sum.add(unpack(read_token_packed(token))); };
    for_each_token(klass, add);
    if (!id.empty() && std::count(id.begin(), id.end(), '-') < 3) for_each_token(id, add);
    const std::uint8_t bits = pack(sum.finish());
    if (class_only) by_class_.put(klass, bits);
    return bits;
}

std::uint8_t NameHints::read_token_packed(std::string_view token) const {
    if (const std::uint8_t* known = by_token_.find(token)) return *known;
    const std::uint8_t bits = pack(read_token(ascii_lower(token)));
    by_token_.put(token, bits);
    return bits;
}

Hints NameHints::operator()(std::uint32_t n) const {
    if (n >= packed_.size()) return read_hints(class_and_id(dom_, n));
    if (!(packed_[n] & kKnown)) packed_[n] = read_packed(n);
    return unpack(packed_[n]);
}

}  // namespace winnow::detail
