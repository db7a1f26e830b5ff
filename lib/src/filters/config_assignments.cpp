// A config file's or a schema's assignments run together into prose (TOML, INI, protobuf):
// `name = "marani" version = "0.4.2"`, `string naslov = 1; repeated string autori = 2;`. Each
// is a name of a machine's shape, '=' standing alone, and a value: a quoted string, a number, a
// list or a table in brackets, a dotted reference to another name (`var.region`). Two or more
// at most four tokens apart, one value quoted, mark the stretch from the first to the last (a
// "[section]" right before the first, and the closing brackets after the last, with it).
// Arithmetic in prose ("x = 3 and y = 4") quotes no value; a single assignment stays. A declaration opening their block at a segment's start
// ("message Loaf {") goes with them.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool config_name(std::string_view t) {
    if (t.empty() || t.size() > 40 || !(is_alpha(t.front()) || t.front() == '_')) return false;
    for (char c : t)
        if (!is_alpha(c) && !is_dig(c) && c != '_' && c != '-' && c != '.') return false;
    return true;
}

bool quoted(std::string_view t) { return t.size() >= 2 && t.front() == '"'; }

bool config_value(std::string_view t) {
    if (t.empty()) return false;
    if (quoted(t) || t.front() == '[' || t.front() == '{') return true;
    // A reference to another name by its dotted path ("var.region", "local.tags"): a machine's.
    if (const std::size_t dot = t.find('.'); dot != std::string_view::npos && dot >= 2 && dot + 2 < t.size() &&
                                            is_lower(t.front()) && config_name(t) && is_alpha(t[dot - 1]) &&
                                            is_alpha(t[dot + 1]) && is_alpha(t.back()))
        return true;
    std::size_t i = t.front() == '-' ? 1 : 0;
    if (i >= t.size() || !is_dig(t[i])) return t == "true" || t == "false" || t == "true," || t == "false,";
    for (; i < t.size(); ++i)
        if (!is_dig(t[i]) && t[i] != '.' && t[i] != '_' && t[i] != ',' && t[i] != ';') return false;
    return true;
}

// "[section]", "[[bin]]", "[server.tls]": a table's header.
bool section(std::string_view t) {
    while (t.size() >= 2 && t.front() == '[' && t.back() == ']') t = t.substr(1, t.size() - 2);
    return !t.empty() && config_name(t) && t.find('[') == std::string_view::npos;
}

bool closers(std::string_view t) { return !t.empty() && t.find_first_not_of("}]);,") == std::string_view::npos; }

}  // namespace

void mark_config_assignments(std::string_view text, std::vector<Tok>& toks) {
    if (!holds(text, " = ", 1)) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto assignment = [&](std::size_t k) { return k + 2 < n && tok(k + 1) == "=" && config_name(tok(k)) && config_value(tok(k + 2)); };
    for (std::size_t k = 0; k < n; ++k) {
        if (!assignment(k)) continue;
        std::size_t first = k, last = k + 2, count = 1;
        bool any_quoted = quoted(tok(k + 2));
        for (std::size_t j = k + 3; j < n && j <= last + 5; ++j) {
            if (ends_sentence(tok(j - 1)) && !config_value(tok(j - 1))) break;
            if (assignment(j)) {
                ++count, last = j + 2;
                any_quoted = any_quoted || quoted(tok(j + 2));
                j += 2;
            }
        }
        if (count < 2 || !any_quoted) { k = last; continue; }
        if (first > 0 && section(tok(first - 1))) --first;
        // A declaration opening the block they sit in ("message Loaf {"), from its segment's start.
        for (std::size_t j = first; j-- > 0 && first - j <= 4;) {
            if (ends_sentence(tok(j))) break;
            if (tok(j).back() == '{') {
                std::size_t from = j;
                while (from > 0 && !ends_sentence(tok(from - 1))) --from;
                if (j - from <= 2) first = from;
                break;
            }
        }
        while (last + 1 < n && closers(tok(last + 1))) ++last;
        for (std::size_t q = first; q <= last; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
