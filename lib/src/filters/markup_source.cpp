// Markup source that a text page kept unrendered, one line a block: a front matter between two
// fences ("---" or "+++" alone on a line) whose lines are all "key: value" pairs or "- item"s,
// keys of one word without capitals ("slug:", "mwandishi:"), and a link reference definition
// alone on its line ("[anh-bia]: /static/img/x.jpg", "[1]: https://… \"Title\""). A text
// between two rules with labelled lines is prose's when its labels are words with a capital
// ("Zdroj: ČTK"); a footnote names no link target.
// Without fences, config lines in a row: three or more lines each a "key: value", "Key=value",
// "[section]", a header "Content-Type: …" (capitalised parts joined by '-') or a labelled line,
// maybe a list a key opens, two of them of a machine's shape (a section, an assignment without
// spaces, a header name, a key opening a list, a key with '_' or '.'), or three keys without
// capitals and one such. Prose's labelled lines have capitals and spaces in their labels
// ("Sentrong pangkalusugan: …"). And rows of a data file, one a line: two or more with as many
// fields ("id;nume;judet", row_fields). Shape only: no key is listed. And lines of a machine's
// text in a row (machine_line_runs.cpp).
#include <algorithm>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool fence(std::string_view t) {
    return t.size() >= 3 && t.size() <= 8 && (t.find_first_not_of('-') == std::string_view::npos || t == "+++");
}

// "key: value" (or "key:" opening a list), the key one word of letters, digits, '_' or '-'
// with no capital; or "- item".
bool key_line(std::string_view t) {
    if (t.starts_with("- ")) return t.size() > 2;
    const std::size_t colon = t.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 40 || (colon + 1 < t.size() && t[colon + 1] != ' ')) return false;
    bool letter = false;
    for (std::size_t p = 0; p < colon;) {
        const char32_t cp = next_code_point(t, p);
        if (is_letter(cp)) {
            if (is_upper_cp(cp)) return false;
            letter = true;
        } else if (!(cp >= '0' && cp <= '9') && cp != '_' && cp != '-') {
            return false;
        }
    }
    return letter;
}

// "[label]: target" with maybe a title after it: the target a link or a path without spaces.
bool link_definition(std::string_view t) {
    if (t.size() < 6 || t.front() != '[') return false;
    const std::size_t close = t.find("]: ");
    if (close == std::string_view::npos || close < 2 || close > 41 || t.substr(1, close - 1).find_first_of(" []") != std::string_view::npos)
        return false;
    std::string_view rest = t.substr(close + 3);
    const std::size_t space = rest.find(' ');
    const std::string_view target = rest.substr(0, space);
    const bool link = target.starts_with("http://") || target.starts_with("https://") || target.starts_with("<http") ||
                      target.starts_with("www.") || target.starts_with("/") || target.starts_with("./");
    if (!link || target.size() < 2) return false;
    if (space == std::string_view::npos) return true;
    const std::string_view title = rest.substr(space + 1);  // "Title", 'Title' or (Title)
    return title.size() >= 2 && ((title.front() == '"' && title.back() == '"') || (title.front() == '\'' && title.back() == '\'') ||
                                 (title.front() == '(' && title.back() == ')'));
}

// "NAME_PART: value": an environment variable's name (capitals and digits joined by '_') as a key.
bool upper_snake_key(std::string_view t) {
    const std::size_t colon = t.find(": ");
    if (colon == std::string_view::npos || colon < 3 || colon > 40 || !is_upper(t.front())) return false;
    const std::string_view key = t.substr(0, colon);
    return key.find('_') != std::string_view::npos &&
           std::all_of(key.begin(), key.end(), [](char c) { return is_upper(c) || is_dig(c) || c == '_'; });
}

// What a line of a config file or a header dump is, by shape; none for anything else.
enum class ConfigLine { none, label, key, strong };

// "key=value": a name of letters, digits, '_', '-' or '.' glued to '=' and a value.
bool assignment(std::string_view t) {
    const std::size_t eq = t.find('=');
    if (eq == 0 || eq == std::string_view::npos || eq > 40 || eq + 1 >= t.size() || t[eq + 1] == ' ' || t[eq + 1] == '=') return false;
    return is_alpha(t.front()) && std::all_of(t.begin(), t.begin() + eq, [](char c) {
        return is_alpha(c) || is_dig(c) || c == '_' || c == '-' || c == '.';
    });
}

// "Name-Part: value", each part a capital then letters or capitals ("Message-ID", "X-Mailer"),
// the parts after the first maybe in small letters ("User-agent"), or one capitalised word
// ("Received:", a label prose writes too: no evidence alone).
ConfigLine header(std::string_view t) {
    const std::size_t colon = t.find(": ");
    if (colon == std::string_view::npos || colon < 2 || colon > 40) return ConfigLine::none;
    const std::string_view name = t.substr(0, colon);
    bool part_start = true;
    for (std::size_t k = 0; k < name.size(); ++k) {
        const char c = name[k];
        if (c == '-') { if (part_start) return ConfigLine::none; part_start = true; continue; }
        if (part_start && k == 0 ? !is_upper(c) : !is_alpha(c)) return ConfigLine::none;
        part_start = false;
    }
    if (part_start) return ConfigLine::none;
    return name.find('-') != std::string_view::npos ? ConfigLine::strong : ConfigLine::label;
}

// "key = value" of TOML or INI: a name of a machine's shape, " = ", and a value: a quoted
// string (strong), or a number, a boolean or a list (a key: "x = 3" is prose's arithmetic too).
ConfigLine spaced_assignment(std::string_view t) {
    const std::size_t eq = t.find(" = ");
    if (eq == 0 || eq == std::string_view::npos || eq > 40 || eq + 3 >= t.size() || !is_alpha(t.front()) ||
        !std::all_of(t.begin(), t.begin() + eq, [](char c) { return is_alpha(c) || is_dig(c) || c == '_' || c == '-' || c == '.'; }))
        return ConfigLine::none;
    const std::string_view value = t.substr(eq + 3);
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') return ConfigLine::strong;
    const bool number = std::all_of(value.begin(), value.end(), [](char c) { return is_dig(c) || c == '.' || c == '_'; }) && is_dig(value.front());
    return number || value == "true" || value == "false" || (value.front() == '[' && value.back() == ']') ? ConfigLine::key : ConfigLine::none;
}

// Whether a line may be one of config_line's shapes: each but content_line's is 40 bytes at most
// ("[section]") or has its ':' or '=' within the first 42 bytes (a key of 40 at most, then ":",
// "=", ": " or " = "). A paragraph of prose is passed over without its words searched for them.
bool may_be_config(std::string_view t) {
    if (t.size() <= 40) return true;
    for (std::size_t k = 0; k < 42; ++k)
        if (t[k] == ':' || t[k] == '=') return true;
    return content_line(t);
}

ConfigLine config_line(std::string_view t, ConfigScreen screen = ConfigScreen::on) {
    if (screen == ConfigScreen::on && !may_be_config(t)) return ConfigLine::none;
    if (t.size() >= 3 && t.size() <= 40 && t.front() == '[' && t.back() == ']' &&
        std::all_of(t.begin() + 1, t.end() - 1, [](char c) { return is_alpha(c) || is_dig(c) || c == '_' || c == '-' || c == '.'; }))
        return ConfigLine::strong;
    if (assignment(t) || content_line(t) || upper_snake_key(t)) return ConfigLine::strong;
    if (const ConfigLine c = spaced_assignment(t); c != ConfigLine::none) return c;
    if (!t.starts_with("- ") && key_line(t)) {
        const std::string_view key = t.substr(0, t.find(':'));
        return t.back() == ':' || key.find_first_of("_.") != std::string_view::npos ? ConfigLine::strong : ConfigLine::key;
    }
    return header(t);
}

// Config lines without fences from block i on: how many blocks they fill, or 0.
std::size_t config_run(const std::vector<Block>& blocks, std::size_t i) {
    std::size_t j = i, strong = 0, keys = 0;
    for (; j < blocks.size() && j < i + 60; ++j) {
        const Block& b = blocks[j];
        if (b.kind == BlockKind::list) {  // the items a key opens ("tags:" then "- a", "- b")
            if (j == i || !blocks[j - 1].text.ends_with(':') || config_line(blocks[j - 1].text) == ConfigLine::none) break;
            continue;
        }
        if (b.kind == BlockKind::code || !b.children.empty() || b.text.find('\n') != std::string::npos) break;
        const ConfigLine c = config_line(b.text);
        if (c == ConfigLine::none) break;
        strong += c == ConfigLine::strong;
        keys += c == ConfigLine::key || (c == ConfigLine::strong && key_line(b.text));
    }
    const bool machine = strong >= 2 || (strong >= 1 && keys >= 3);
    return j - i >= 3 && machine ? j - i : 0;
}

}  // namespace

bool config_shaped(std::string_view line, ConfigScreen screen) { return config_line(line, screen) != ConfigLine::none; }

std::vector<char> markup_source_blocks(const std::vector<Block>& blocks) {
    std::vector<char> source(blocks.size(), 0);
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const std::string_view t = blocks[i].text;
        if (t.empty() || blocks[i].kind == BlockKind::code) continue;
        if (t.front() == '[' && link_definition(t)) {
            source[i] = 1;
            continue;
        }
        if (!fence(t)) {
            // Rows of a data file, one a line: two or more, as many fields each.
            std::size_t rows = i;
            char sep = 0, s2 = 0;
            const std::size_t width = t.find(' ') == std::string_view::npos ? row_fields(t, sep) : 0;
            while (width > 0 && rows < blocks.size() && blocks[rows].kind != BlockKind::code &&
                   blocks[rows].text.find(' ') == std::string::npos && row_fields(blocks[rows].text, s2) == width && s2 == sep)
                ++rows;
            if (rows - i >= 2) {
                std::fill(source.begin() + static_cast<std::ptrdiff_t>(i), source.begin() + static_cast<std::ptrdiff_t>(rows), 1);
                i = rows - 1;
                continue;
            }
            std::size_t run = prompt_output_run(blocks, i);
            if (run == 0) run = config_run(blocks, i);
            if (run == 0) run = machine_line_run(blocks, i);
            // A run of a session's lines ending on a prompt: what that cell printed under it.
            if (run > 1)
                if (const std::size_t printed = prompt_output_run(blocks, i + run - 1); printed > 1) run += printed - 1;
            if (run > 0) {
                std::fill(source.begin() + static_cast<std::ptrdiff_t>(i), source.begin() + static_cast<std::ptrdiff_t>(i + run), 1);
                i += run - 1;
            }
            continue;
        }
        // The closing fence, after two or more key lines and nothing else.
        std::size_t j = i + 1, keys = 0;
        while (j < blocks.size() && j < i + 40 && !fence(blocks[j].text) && blocks[j].kind != BlockKind::code && key_line(blocks[j].text))
            keys += !blocks[j].text.starts_with("- "), ++j;
        if (j >= blocks.size() || blocks[j].text != t || keys < 2) continue;
        for (std::size_t q = i; q <= j; ++q) source[q] = 1;
        i = j;
    }
    return source;
}

}  // namespace winnow::detail::garbage_tokens
