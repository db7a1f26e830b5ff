// perturb_html: one page's markup rewritten without changing what it says, for
// tools/perturb_eval.py (how winnow fares on templates it has never seen).
// usage: perturb_html REWRITE[,REWRITE...] [CONTENT_TEXT_FILE] < page.html > page2.html
//   roundtrip  parse and write back only (the control: what the re-serialisation alone costs)
//   tags       article, main, section, aside, nav, header, footer, figure renamed to div
//   noattr     class and id attributes removed (not hashed)
//   deeper     every block (div, p, h1-h6, lists, tables, quotes, pre, semantic boxes) wrapped
//              in one more <div>
//   shallower  a <div> whose only child (blanks aside) is a block gives way to that child
//              (the child itself is kept, so a chain of single-child divs loses every other level);
//              a <div> that hides its child (inline style, hidden attribute) stays
//   nometa     JSON-LD scripts, og:/article:/twitter: meta, schema.org itemprop/itemscope/itemtype
//              attributes and <meta itemprop> removed
//   order      the sidebars and navigation that follow the content's ancestors (and the content
//              itself) moved before them in document order, as a template that puts them first
//              would; needs CONTENT_TEXT_FILE (the truth) to find the content: the deepest element
//              holding 90%+ of the page's word pairs that the truth holds. A moved sibling is an
//              element holding at most 2% of them, so the content's own order stays, and a third
//              or more of its text is link text, or it has no text (an ad slot, a widget): a
//              comment thread or a footer's prose stays where it was.
// The page is parsed with Gumbo (as winnow parses it) and written back from the source bytes
// (tag names, attributes, text and comments as spelt), so a page in any charset stays in it.
#include <gumbo.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace {

struct Rewrites {
    bool tags = false, noattr = false, deeper = false, shallower = false, nometa = false, order = false;
};

std::string_view piece(const GumboStringPiece& p) { return {p.data, p.length}; }

bool iequals_prefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
    return true;
}

const char* attr_value(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a ? a->value : nullptr;
}

bool is_void(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
        case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE:
        case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_BASEFONT:
        case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_IMAGE:
            return true;
        default:
            return false;
    }
}

bool is_semantic_box(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_SECTION: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
            return true;
        default:
            return false;
    }
}

bool is_block(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_DIV: case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        case GUMBO_TAG_DL: case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
        case GUMBO_TAG_FORM:
            return true;
        default:
            return is_semantic_box(t);
    }
}

// Parents whose content model a <div> would break (the parser would move it elsewhere).
bool takes_div(GumboTag parent) {
    switch (parent) {
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_HTML: case GUMBO_TAG_P:
        case GUMBO_TAG_COLGROUP:
            return false;
        default:
            return true;
    }
}

// A wrapper that hides what it holds (inline display:none or visibility:hidden, the hidden
// attribute): giving way to its child would show what the page hid, no meaning-preserving rewrite.
bool hides(const GumboElement& e) {
    if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
    const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style");
    if (!style) return false;
    std::string css;
    for (const char* p = style->value; *p; ++p)
        if (!std::isspace(static_cast<unsigned char>(*p))) css += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    return css.find("display:none") != std::string::npos || css.find("visibility:hidden") != std::string::npos;
}

bool raw_text(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_PLAINTEXT:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
            return true;
        default:
            return false;
    }
}

std::string tag_name(const GumboElement& e) {
    if (e.original_tag.length > 0) {
        GumboStringPiece p = e.original_tag;
        gumbo_tag_from_original_text(&p);
        if (p.length > 0) return std::string(piece(p));
    }
    return gumbo_normalized_tagname(e.tag);
}

bool is_meta_markup(const GumboElement& e) {
    if (e.tag == GUMBO_TAG_SCRIPT) {
        const char* type = attr_value(e, "type");
        return type && iequals_prefix(type, "application/ld+json");
    }
    if (e.tag != GUMBO_TAG_META) return false;
    if (attr_value(e, "itemprop")) return true;
    for (const char* name : {"property", "name"}) {
        const char* v = attr_value(e, name);
        if (v && (iequals_prefix(v, "og:") || iequals_prefix(v, "article:") || iequals_prefix(v, "twitter:")))
            return true;
    }
    return false;
}

bool blank(const GumboNode* n) { return n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_COMMENT; }

// The lone element child of a div with nothing else in it but blanks, or null.
const GumboNode* only_child(const GumboElement& e) {
    const GumboNode* only = nullptr;
    for (unsigned i = 0; i < e.children.length; ++i) {
        auto* c = static_cast<const GumboNode*>(e.children.data[i]);
        if (blank(c)) continue;
        if (c->type != GUMBO_NODE_ELEMENT || only) return nullptr;
        only = c;
    }
    return only;
}

// Where the content is, found from the truth's word pairs (for the "order" rewrite).
class ContentMap {
public:
    ContentMap(const std::string& truth, const GumboNode* root) {
        auto words = tokens(truth);
        for (std::size_t i = 0; i + 1 < words.size(); ++i) pairs_.insert(words[i] + ' ' + words[i + 1]);
        total_ = count(root);
    }
    std::size_t total() const { return total_; }
    std::size_t of(const GumboNode* n) const {
        auto it = counts_.find(n);
        return it == counts_.end() ? 0 : it->second;
    }
    // Navigation-like: a third of its text is link text, or it has none.
    bool linky(const GumboNode* n) const {
        std::size_t all = 0, linked = 0;
        text_of(n, false, all, linked);
        return linked * 3 >= all;
    }

private:
    static std::vector<std::string> tokens(std::string_view s) {
        std::vector<std::string> out;
        std::string cur;
        for (unsigned char c : s) {
            if (std::isalnum(c) || c >= 0x80) {
                cur += static_cast<char>(std::tolower(c));
            } else if (!cur.empty()) {
                out.push_back(std::move(cur));
                cur.clear();
            }
        }
        if (!cur.empty()) out.push_back(std::move(cur));
        return out;
    }
    static void text_of(const GumboNode* n, bool in_link, std::size_t& all, std::size_t& linked) {
        if (n->type == GUMBO_NODE_TEXT) {
            std::size_t len = 0;
            for (const char* p = n->v.text.text; *p; ++p) len += !std::isspace(static_cast<unsigned char>(*p));
            all += len;
            if (in_link) linked += len;
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboElement& e = n->v.element;
            if (e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE) return;
            for (unsigned i = 0; i < e.children.length; ++i)
                text_of(static_cast<const GumboNode*>(e.children.data[i]), in_link || e.tag == GUMBO_TAG_A, all, linked);
        }
    }
    std::size_t count(const GumboNode* n) {
        std::size_t sum = 0;
        if (n->type == GUMBO_NODE_TEXT) {
            auto words = tokens(n->v.text.text);
            for (std::size_t i = 0; i + 1 < words.size(); ++i) sum += pairs_.count(words[i] + ' ' + words[i + 1]);
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT || n->type == GUMBO_NODE_TEMPLATE) {
            const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
            if (n->type == GUMBO_NODE_ELEMENT &&
                (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE))
                return 0;
            for (unsigned i = 0; i < kids.length; ++i) sum += count(static_cast<const GumboNode*>(kids.data[i]));
        }
        counts_[n] = sum;
        return sum;
    }
    std::unordered_set<std::string> pairs_;
    std::unordered_map<const GumboNode*, std::size_t> counts_;
    std::size_t total_ = 0;
};

class Writer {
public:
    Writer(Rewrites r, std::string& out) : r_(r), out_(out) {}

    // The content's ancestors-or-self below <body>: their later siblings move before them.
    void plan_order(const ContentMap& map, const GumboNode* body) {
        if (!body || map.total() < 20) return;
        const GumboNode* at = body;
        for (;;) {
            const GumboNode* next = nullptr;
            const GumboVector& kids = at->v.element.children;
            for (unsigned i = 0; i < kids.length; ++i) {
                auto* c = static_cast<const GumboNode*>(kids.data[i]);
                if (c->type == GUMBO_NODE_ELEMENT && map.of(c) * 10 >= map.total() * 9) next = c;
            }
            if (!next) break;
            at = next;
            on_path_.insert(at);
        }
        for (const GumboNode* n : on_path_) {
            const GumboVector& kids = n->parent->v.element.children;
            for (unsigned i = n->index_within_parent + 1; i < kids.length; ++i) {
                auto* c = static_cast<const GumboNode*>(kids.data[i]);
                if (c->type == GUMBO_NODE_ELEMENT && map.of(c) * 50 <= map.total() && map.linky(c)) moved_.insert(c);
            }
        }
    }
    std::size_t moved() const { return moved_.size(); }

    void document(const GumboNode* doc) {
        const GumboDocument& d = doc->v.document;
        if (d.has_doctype) {
            out_ += "<!DOCTYPE ";
            out_ += d.name;
            if (*d.public_identifier) out_ += std::string(" PUBLIC \"") + d.public_identifier + "\"";
            if (*d.system_identifier) out_ += std::string(*d.public_identifier ? " \"" : " SYSTEM \"") + d.system_identifier + "\"";
            out_ += ">\n";
        }
        children(doc, d.children);
    }

private:
    void children(const GumboNode* parent, const GumboVector& kids) {
        // With "order", a path child's later movable siblings are written just before it.
        for (unsigned i = 0; i < kids.length; ++i) {
            auto* c = static_cast<const GumboNode*>(kids.data[i]);
            if (moved_.count(c)) continue;
            if (on_path_.count(c))
                for (unsigned j = i + 1; j < kids.length; ++j) {
                    auto* m = static_cast<const GumboNode*>(kids.data[j]);
                    if (moved_.count(m)) node(parent, m);
                }
            node(parent, c);
        }
    }

    void node(const GumboNode* parent, const GumboNode* n) {
        switch (n->type) {
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                element(parent, n);
                break;
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_COMMENT:
                text(n);
                break;
            default:
                break;
        }
    }

    void text(const GumboNode* n) {
        const GumboText& t = n->v.text;
        if (t.original_text.length > 0) {
            out_.append(t.original_text.data, t.original_text.length);
        } else if (n->type == GUMBO_NODE_COMMENT) {
            out_ += "<!--";
            out_ += t.text;
            out_ += "-->";
        } else {
            escape(t.text);
        }
    }

    void escape(std::string_view s) {
        for (char c : s) {
            if (c == '&') out_ += "&amp;";
            else if (c == '<') out_ += "&lt;";
            else if (c == '>') out_ += "&gt;";
            else out_ += c;
        }
    }

    bool keep_attr(const GumboAttribute& a) const {
        std::string_view name = a.name;
        if (r_.noattr && (name == "class" || name == "id")) return false;
        if (r_.nometa && (name == "itemprop" || name == "itemscope" || name == "itemtype")) return false;
        return true;
    }

    void element(const GumboNode* parent, const GumboNode* n) {
        const GumboElement& e = n->v.element;
        if (r_.nometa && is_meta_markup(e)) return;
        GumboTag ptag = parent && parent->type == GUMBO_NODE_ELEMENT ? parent->v.element.tag : GUMBO_TAG_HTML;
        if (r_.shallower && e.tag == GUMBO_TAG_DIV && !kept_.count(n) && !hides(e)) {
            const GumboNode* only = only_child(e);
            if (only && is_block(only->v.element.tag)) {
                kept_.insert(only);  // the child stays, so a chain loses every other level
                node(parent, only);
                return;
            }
        }
        bool wrap = r_.deeper && is_block(e.tag) && takes_div(ptag);
        if (wrap) out_ += "<div>";
        std::string name = r_.tags && is_semantic_box(e.tag) ? std::string("div") : tag_name(e);
        out_ += '<';
        out_ += name;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
            if (!keep_attr(*a)) continue;
            out_ += ' ';
            if (a->original_name.length > 0) out_.append(a->original_name.data, a->original_name.length);
            else out_ += a->name;
            if (a->original_value.length > 0) {
                out_ += '=';
                out_.append(a->original_value.data, a->original_value.length);
            } else if (*a->value) {
                out_ += "=\"";
                for (const char* p = a->value; *p; ++p) out_ += *p == '"' ? std::string("&quot;") : std::string(1, *p);
                out_ += '"';
            }
        }
        out_ += '>';
        if (is_void(e.tag)) {
            if (wrap) out_ += "</div>";
            return;
        }
        if (raw_text(e.tag)) {
            for (unsigned i = 0; i < e.children.length; ++i) {
                auto* c = static_cast<const GumboNode*>(e.children.data[i]);
                if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
                    const GumboText& t = c->v.text;
                    if (t.original_text.length > 0) out_.append(t.original_text.data, t.original_text.length);
                    else out_ += t.text;
                }
            }
        } else {
            children(n, e.children);
        }
        out_ += "</";
        out_ += name;
        out_ += '>';
        if (wrap) out_ += "</div>";
    }

    Rewrites r_;
    std::string& out_;
    std::unordered_set<const GumboNode*> on_path_, moved_, kept_;
};

const GumboNode* find_body(const GumboNode* html) {
    if (!html || html->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboVector& kids = html->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto* c = static_cast<const GumboNode*>(kids.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == GUMBO_TAG_BODY) return c;
    }
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: perturb_html REWRITE[,REWRITE...] [CONTENT_TEXT_FILE] < in > out\n");
        return 2;
    }
    Rewrites r;
    std::stringstream list(argv[1]);
    for (std::string w; std::getline(list, w, ',');) {
        if (w == "tags") r.tags = true;
        else if (w == "noattr") r.noattr = true;
        else if (w == "deeper") r.deeper = true;
        else if (w == "shallower") r.shallower = true;
        else if (w == "nometa") r.nometa = true;
        else if (w == "order") r.order = true;
        else if (w != "roundtrip") {
            std::fprintf(stderr, "perturb_html: unknown rewrite %s\n", w.c_str());
            return 2;
        }
    }
    std::string html((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
    std::string out;
    out.reserve(html.size() + html.size() / 4);
    if (html.compare(0, 3, "\xEF\xBB\xBF") == 0) out += "\xEF\xBB\xBF";
    Writer w(r, out);
    if (r.order && argc == 3) {
        std::ifstream f(argv[2], std::ios::binary);
        std::string truth((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        ContentMap map(truth, parsed->document);
        w.plan_order(map, find_body(parsed->root));
        std::fprintf(stderr, "moved %zu\n", w.moved());
    }
    w.document(parsed->document);
    gumbo_destroy_output(&kGumboDefaultOptions, parsed);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
