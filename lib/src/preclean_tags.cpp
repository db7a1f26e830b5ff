// Preclean: reading a tag and deciding what becomes of its attributes (preclean_markup.hpp).
#include "ascii.hpp"
#include "preclean_attributes.hpp"
#include "preclean_markup.hpp"
#include "text_runs.hpp"

namespace winnow::detail::preclean_markup {

namespace {

bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

// Tags whose attribute values the tree builder never compares or reads: not the formatting
// elements other than <a> (compared with each other), not <isindex> (its prompt is text).
bool values_foldable(const TagName& name) {
    if (name.overflow) return true;   // no such tag is that long
    static constexpr std::string_view kept[] = {"b", "big", "code", "em", "font", "i", "nobr", "s",
                                                "small", "strike", "strong", "tt", "u", "isindex"};
    const std::string_view v = name.view();
    for (std::string_view k : kept)
        if (v == k) return false;
    return true;
}
// An <input>'s "type" and an <annotation-xml>'s "encoding" are read by the tree builder
// (the same names on other tags are not: a script's or a link's type is folded).
bool value_foldable(const TagName& tag, std::string_view attr) {
    if (attr.size() == 4)
        return !(lower(attr[0]) == 't' && lower(attr[1]) == 'y' && lower(attr[2]) == 'p' && lower(attr[3]) == 'e') ||
               !tag.is("input");
    if (attr.size() == 8) {
        char b[8];
        for (std::size_t k = 0; k < 8; ++k) b[k] = lower(attr[k]);
        return std::string_view(b, 8) != "encoding" || !tag.is("annotation-xml");
    }
    return true;
}

}  // namespace

template <bool with_edits>
Tag MarkupReader::read_tag(std::size_t i, std::vector<Edit>* edits, bool fold_values) const {
    if constexpr (!with_edits) edits = nullptr;
    Tag t;
    const std::size_t n = in_.size();
    while (i < n && !ends_tag_name(in_[i])) t.name.push(in_[i++]);
    t.name_end = i;
    const bool script = t.name.is("script");
    const bool tree_reads = edits && !values_foldable(t.name);
    const bool foldable = edits && fold_values && !tree_reads;
    std::size_t token_end = i;   // just past the tag name or the last attribute
    bool slash = false;          // a '/' between token_end and the next attribute
    bool valueless = false;      // the last attribute had no value
    while (i < n) {
        char c = in_[i];
        if (is_ws(c)) { ++i; continue; }
        if (c == '>') { t.end = i + 1; return t; }
        if (c == '/') {   // self-closing start tag state
            if (at(i + 1) == '>') {
                t.self_closing = true;
                t.end = i + 2;
                return t;
            }
            slash = true;
            ++i;
            continue;
        }
        // Attribute name: the first character is taken whatever it is (even '=').
        ++t.attributes;
        const std::size_t name_begin = i++;
        while (i < n && !ends_attribute_name(in_[i])) ++i;
        const std::string_view attr_name = in_.substr(name_begin, i - name_begin);
        const std::size_t gap = token_end;
        const bool spaced = !slash;
        token_end = i;
        slash = false;
        // Gumbo, once it stops recording errors (past Dom::parse's limit), prefixes the name
        // of an attribute that follows a repeated valueless one with that one's name ("a a b=1"
        // gives "ab"): what follows a valueless attribute is left as it is.
        const bool follows_valueless = valueless;
        valueless = false;
        const bool unread = edits && !follows_valueless && attribute_names::unread_name(attr_name);
        const bool droppable =
            edits && !tree_reads && spaced && !follows_valueless && (unread || attribute_names::presentational_name(attr_name));
        while (i < n && is_ws(in_[i])) ++i;
        if (i >= n) break;
        if (in_[i] != '=') {   // no value: '/', '>' or the next attribute (kept: see above)
            valueless = true;
            continue;
        }
        ++i;
        while (i < n && is_ws(in_[i])) ++i;
        if (i >= n) break;
        std::string_view value;
        c = in_[i];
        bool dropped = false;
        if (c == '"' || c == '\'') {
            const std::size_t close = in_.find(c, i + 1);
            if (close == npos) break;
            value = in_.substr(i + 1, close - i - 1);
            i = close + 1;
            if (droppable && (is_ws(at(i)) || at(i) == '>')) {
                edits->push_back({gap, i, Edit::drop});
                dropped = true;
            } else if (unread && !value.empty()) {
                edits->push_back({close - value.size(), close, Edit::blank_value});
            } else if (foldable && value.size() >= TextRuns::min_interior && value_foldable(t.name, attr_name)) {
                edits->push_back({close - value.size(), close, Edit::fold});
            }
        } else if (c == '>') {
            // An empty value: the tag ends here.
        } else {
            const std::size_t vb = i;
            while (i < n && !is_ws(in_[i]) && in_[i] != '>') ++i;
            value = in_.substr(vb, i - vb);
        }
        if (droppable && !dropped && c != '"' && c != '\'' && i < n) {
            edits->push_back({gap, i, Edit::drop});   // an unquoted or empty value ends at whitespace or '>'
            dropped = true;
        }
        token_end = i;
        if (script && !dropped && attr_name.size() == 4 && lower(attr_name[0]) == 't' && lower(attr_name[1]) == 'y' &&
            lower(attr_name[2]) == 'p' && lower(attr_name[3]) == 'e' &&
            (contains_ci(value, "ld+json") || value.find('&') != npos))
            t.keep_script = true;
    }
    return t;   // end == npos: EOF inside the tag
}

template Tag MarkupReader::read_tag<false>(std::size_t, std::vector<Edit>*, bool) const;
template Tag MarkupReader::read_tag<true>(std::size_t, std::vector<Edit>*, bool) const;

}  // namespace winnow::detail::preclean_markup
