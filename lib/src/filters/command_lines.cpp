// A command line of a shell or a build file pasted into prose ("RUN apt-get install -y curl &&
// rm -rf /var/lib/apt/lists/*", "COPY --chown=app:app ./src /app/src", "pip install -r
// requirements.txt"): a command word, then arguments among which options ("-y", "--no-cache"),
// paths ("/var/lib", "./src") or file names ("setup.py"), and shell operators ("&&", "|"). The
// class is the density of those technical arguments: three or more (or two of different kinds
// joined by an operator), no more than two other words apart, of two or more kinds, with no
// sentence end between them. Prose that names a flag or a path ("use -v to see more", "edit
// /etc/hosts") has one or two, far apart. The line takes the command words before its first
// technical argument: up to an instruction word in capitals (a build file's RUN, COPY, FROM),
// or, without one, the words since the sentence's end (or a word of another script) when they are
// at most three, else a command and subcommand in small letters before an option ("npm install
// --save") or words shaped like a command's name ("apt-get"); after a closing operator, the
// command it chains to, and after a last option its value where no ASCII word follows.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

enum Kind : unsigned { k_option = 1, k_operator = 2, k_path = 4, k_file = 8 };

bool ascii(std::string_view t) {
    for (char c : t)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

bool option(std::string_view t) {
    if (t.size() < 2 || t[0] != '-') return false;
    const std::size_t p = t[1] == '-' ? 2 : 1;
    return p < t.size() && is_alpha(t[p]);
}

bool shell_operator(std::string_view t) { return t == "&&" || t == "||" || t == "|" || t == "2>&1" || t == ">>"; }

bool path(std::string_view t) {
    // Every path holds a '/': a token without one is passed over before the dearer tests.
    if (byte_in(t, '/') == std::string_view::npos) return false;
    if (t.find("://") != std::string_view::npos) return false;   // a web address: the author's
    if (t.size() > 1 && t[0] == '/' && (is_alpha(t[1]) || t[1] == '.' || t[1] == '_')) return true;
    if (t.starts_with("./") || t.starts_with("../") || t.starts_with("~/")) return t.size() > 2;
    std::size_t slashes = 0;
    bool letter = false;
    for (char c : t) slashes += c == '/', letter = letter || is_alpha(c);
    return slashes >= 2 && letter;
}

// A file name: a name, a dot and an extension of two to four small letters ("setup.py").
bool file_name(std::string_view t) {
    const std::size_t dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || t.size() - dot - 1 < 2 || t.size() - dot - 1 > 4) return false;
    for (std::size_t p = dot + 1; p < t.size(); ++p)
        if (!is_lower(t[p])) return false;
    for (std::size_t p = 0; p < dot; ++p)
        if (!(is_alpha(t[p]) || is_dig(t[p]) || t[p] == '_' || t[p] == '-' || t[p] == '.')) return false;
    return true;
}

// (marks: the token's, read with it: a multi-byte character rules it out, a file name needs a dot.)
unsigned kind(std::string_view t, std::uint8_t marks) {
    if (marks & m_high) return 0;
    if (option(t)) return k_option;
    if (shell_operator(t)) return k_operator;
    if (path(t)) return k_path;
    if ((marks & m_dot) && file_name(t)) return k_file;
    return 0;
}

}  // namespace

bool command_argument(std::string_view t, std::uint8_t marks) { return kind(t, marks) != 0; }

namespace {

// A word that may stand between a command's arguments: ASCII, no sentence end, no clause mark.
bool argument(std::string_view t) {
    if (!ascii(t) || ends_sentence(t)) return false;
    const char last = t.back();
    return last != ',' && last != ';' && last != ':' && last != ')';
}

// A build file's instruction word: two to twelve capitals.
bool instruction(std::string_view t) {
    if (t.size() < 2 || t.size() > 12) return false;
    for (char c : t)
        if (!is_upper(c)) return false;
    return true;
}

// A command's name by its shape: small letters with a '-', '_', '.' or digit in it.
bool command_shaped(std::string_view t) {
    bool mark = false;
    for (char c : t) {
        if (c == '-' || c == '_' || c == '.' || is_dig(c)) mark = true;
        else if (!is_lower(c)) return false;
    }
    return mark && is_lower(t.front());
}

// A word of small letters, digits and '-', '_', '.' (a command, a subcommand, a value).
bool lower_word(std::string_view t) {
    if (t.empty() || !is_lower(t.front())) return false;
    for (char c : t)
        if (!(is_lower(c) || is_dig(c) || c == '-' || c == '_' || c == '.')) return false;
    return true;
}

unsigned popcount(unsigned k) { return (k & 1) + ((k >> 1) & 1) + ((k >> 2) & 1) + ((k >> 3) & 1); }

}  // namespace

void mark_command_lines(std::string_view text, std::vector<Tok>& toks, const TokenCensus* census) {
    // A line needs two technical arguments at least (the census counted them as it read).
    if (census && census->command_args < 2) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    // A shell session or script the author shows holds prompts and variables ("$ sudo make",
    // "$line", "`cat $f`"): the article's own code, which session_prompts.cpp judges, not a
    // build file's line dropped into prose.
    if (text.find('$') != std::string_view::npos || text.find('`') != std::string_view::npos) return;
    for (std::size_t k = 0; k < n; ++k) {
        unsigned kinds = kind(tok(k), toks[k].marks);
        if (!kinds) continue;
        // The technical arguments, at most two other words apart.
        std::size_t last = k, count = 1;
        for (std::size_t j = k + 1, gap = 0; j < n && gap <= 2 && !ends_sentence(tok(last)); ++j) {
            const unsigned kj = kind(tok(j), toks[j].marks);
            if (kj) {
                kinds |= kj, last = j, ++count, gap = 0;
                continue;
            }
            if (!argument(tok(j))) break;
            ++gap;
        }
        const bool chained = (kinds & k_operator) && popcount(kinds) >= 2;
        if (!(count >= 3 && popcount(kinds) >= 2) && !(count == 2 && chained)) continue;
        // The command words before it.
        std::size_t first = k;
        std::size_t back = 0;
        bool caps = false;
        while (back < 3 && first - back > 0 && argument(tok(first - back - 1))) {
            ++back;
            if (instruction(tok(first - back))) { caps = true; break; }
        }
        // The line starts at the block's start, after a sentence's end, or after a word of another
        // script (the prose of a page not written in Latin letters).
        const bool line_start = first - back == 0 || ends_sentence(tok(first - back - 1)) || !ascii(tok(first - back - 1));
        if (caps || line_start) {
            first -= back;
        } else if (option(tok(first))) {
            // A command and its subcommand before the first option ("npm install --save"), in small letters.
            for (int m = 0; m < 2 && first > 0 && argument(tok(first - 1)) && lower_word(tok(first - 1)); ++m) --first;
        } else {
            while (first > 0 && argument(tok(first - 1)) && command_shaped(tok(first - 1))) --first;
        }
        // An option's value after the last option ("--env production") where the ASCII stretch ends
        // with it (the block's end, or a word of another script): in Latin prose it is a word.
        if (option(tok(last)) && last + 1 < n && argument(tok(last + 1)) && lower_word(tok(last + 1)) &&
            (last + 2 == n || !ascii(tok(last + 2))))
            ++last;
        // A line does not end on an operator: the command after it ("&& npm run lint") is its own,
        // words in small letters up to a sentence's end or a capital.
        if (shell_operator(tok(last)))
            for (std::size_t j = last + 1, m = 0; j < n && m < 3 && argument(tok(j)) && !is_upper(tok(j).front()); ++j, ++m) last = j;
        for (std::size_t q = first; q <= last; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
