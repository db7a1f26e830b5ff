// Encoded data glued into text, one detector each, for the garbage token classes
// (debris_tokens.cpp's hard_at): base64 blobs and data URIs, web tokens, message keys of an
// unrendered translation, hex digests and UUIDs, and escapes a serializer left literal.
#include <cstdint>
#include <string_view>

#include "filters/encoded_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Length of the word a blob is glued to ("administration" in "administrationlzNSGC…"), or 0.
// A word is leading digits plus letters in one case shape ("38million", "Brussels"); where it
// ends is ambiguous when the blob starts with lower case too, so only a word the document also
// uses on its own counts.
std::size_t glued_word_length(std::string_view blob, const KnownWord& known_word) {
    if (!known_word) return 0;
    std::size_t digits = 0;
    while (digits < blob.size() && is_dig(blob[digits])) ++digits;
    std::size_t end = digits;
    if (end < blob.size() && is_upper(blob[end])) ++end;
    while (end < blob.size() && is_lower(blob[end])) ++end;
    std::string word;
    for (std::size_t p = end; p >= digits + 3; --p) {
        word.clear();
        for (char c : blob.substr(digits, p - digits)) word += static_cast<char>(is_upper(c) ? c - 'A' + 'a' : c);
        if (known_word(word)) return p;
    }
    return 0;
}

// A UUID (hex groups of 8-4-4-4-12) glued behind a word ("meetingBA734D9B-9AA7-…"): where
// in the hex run its first group of eight starts, or npos. The word's tail may be hex letters
// too ("la" + "788dde08-…"), so the groups' lengths tell the start, not the letters.
std::size_t glued_uuid(std::string_view run) {
    constexpr std::size_t kGroups[] = {4, 4, 4, 12};
    const std::size_t first = run.find('-');
    if (first == std::string_view::npos || first < 8) return std::string_view::npos;
    std::size_t p = first;
    for (std::size_t len : kGroups) {
        if (p >= run.size() || run[p] != '-') return std::string_view::npos;
        std::size_t e = p + 1;
        while (e < run.size() && run[e] != '-') ++e;
        if (e - p - 1 != len) return std::string_view::npos;
        p = e;
    }
    return p == run.size() ? first - 8 : std::string_view::npos;
}

// A digest's label glued before it by '=' or ':' ("md5=5d41…", "sha256:9f86…") goes with
// it: where the label starts (letters and digits after a non-word byte), else the digest's start.
std::size_t digest_label(std::string_view t, std::size_t digest) {
    if (digest < 2 || (t[digest - 1] != '=' && t[digest - 1] != ':')) return digest;
    std::size_t b = digest - 1;
    while (b > 0 && (is_alpha(t[b - 1]) || is_dig(t[b - 1])) && digest - b < 14) --b;
    const bool bounded = b == 0 || !(is_alpha(t[b - 1]) || is_dig(t[b - 1]));
    return b < digest - 1 && is_alpha(t[b]) && bounded ? b : digest;
}

}  // namespace

// Blobs: an inline data URI ("data:image/gif;base64,R0lGOD…") whatever its payload looks like,
// and base64 (mixed case + digits, long; without digits, longer and changing case more often).
// Base32 (RFC 4648: capitals and the digits 2-7, '=' padding), a key's or a secret's text: 24 or
// more signs, an eighth of them or more digits mixed among the capitals (a change between the
// two every five signs). No word in capitals, acronym or product code runs that long so mixed.
std::size_t base32_at(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        if (!is_upper(t[i]) && !(t[i] >= '2' && t[i] <= '7')) { ++i; continue; }
        std::size_t j = i, digits = 0, changes = 0;
        for (bool prev_digit = is_dig(t[i]); j < t.size() && (is_upper(t[j]) || (t[j] >= '2' && t[j] <= '7')); ++j) {
            const bool d = is_dig(t[j]);
            digits += d;
            changes += d != prev_digit;
            prev_digit = d;
        }
        std::size_t end = j;
        while (end < t.size() && t[end] == '=') ++end;
        const std::size_t len = j - i;
        const bool bounded = (i == 0 || !is_alpha(t[i - 1])) && (end == t.size() || (!is_alpha(t[end]) && !is_dig(t[end])));
        if (bounded && len >= 24 && digits * 8 >= len && changes * 5 >= len) return i;
        i = j + (j == i);
    }
    return npos;
}

std::size_t base64_at(std::string_view t, std::size_t code_start, const KnownWord& known_word) {
    if (t.size() >= 24)
        if (const std::size_t b32 = base32_at(t); b32 != npos) return b32;
    std::size_t best = npos;
    if (const std::size_t data = t.find("data:"); data != npos) {
        const std::size_t marker = t.find(";base64,", data);
        if (marker != npos && marker - data < 64 && marker + 8 < t.size()) best = data;
    }
    auto b64 = [](char c) { return is_alpha(c) || is_dig(c) || c == '+' || c == '/' || c == '='; };
    // A hex address glued behind ("…euaq0x93404fb1a8") is a blob of its own (hex_at).
    auto hex_address = [&](std::size_t k) {
        if (k + 8 > t.size() || t[k] != '0' || (t[k + 1] != 'x' && t[k + 1] != 'X')) return false;
        std::size_t h = k + 2;
        while (h < t.size() && is_hex(t[h])) ++h;
        return h - k - 2 >= 6 && (h == t.size() || !b64(t[h]));
    };
    for (std::size_t i = 0; i < t.size();) {
        if (!b64(t[i])) { ++i; continue; }
        std::size_t j = i;
        int up = 0, lo = 0, dg = 0, changes = 0;
        int prev = -1;
        while (j < t.size() && b64(t[j]) && (j == i || !hex_address(j))) {
            const int k = is_upper(t[j]) ? 0 : is_lower(t[j]) ? 1 : is_dig(t[j]) ? 2 : 3;
            up += k == 0; lo += k == 1; dg += k == 2;
            if (prev >= 0 && k != prev) ++changes;
            prev = k;
            ++j;
        }
        const std::size_t len = j - i;
        // A long line of a blob may hold no digit ("AAAABHNCSVQICAgIfAhki…"): then its case
        // changes must be denser still; no word of any language changes case that often.
        const bool mixed = (dg >= 2 && changes * 4 >= static_cast<int>(len)) ||
                           (len >= 32 && up >= 4 && lo >= 4 && changes * 3 >= static_cast<int>(len));
        if (len >= 24 && up >= 2 && lo >= 2 && mixed) {
            if (t.substr(0, i).find_first_of(":;,") != npos) {
                // data:...;base64, — from the scheme on, or from the code's start
                const std::size_t scheme = t.substr(0, i).find("data:");
                best = std::min(best, scheme != npos && scheme > 0 ? scheme : code_start);
            } else {
                best = std::min(best, i + glued_word_length(t.substr(i, len), known_word));
            }
        }
        i = j;
    }
    return best;
}

// A web token: three parts of base64url ('-' and '_' for '+' and '/') joined by dots
// ("eyJhbGci….eyJzdWIi….Xk3pQ9vL…"), each of ten characters or more, small letters, capitals
// and digits in all of them together. Its first part may be short of the blob rule's length;
// the dots tell the token. A host name or a dotted identifier has no capitals and digits mixed
// so.
std::size_t web_token_at(std::string_view t) {
    auto part = [](char c) { return is_alpha(c) || is_dig(c) || c == '-' || c == '_'; };
    for (std::size_t i = 0; i < t.size();) {
        if (!part(t[i]) || (i > 0 && part(t[i - 1]))) { ++i; continue; }
        std::size_t p = i, parts = 0;
        int up = 0, lo = 0, dg = 0;
        for (;;) {
            const std::size_t b = p;
            for (; p < t.size() && part(t[p]); ++p) up += is_upper(t[p]), lo += is_lower(t[p]), dg += is_dig(t[p]);
            if (p - b < 10) break;
            ++parts;
            if (parts == 3 || p + 1 >= t.size() || t[p] != '.') break;
            ++p;
        }
        if (parts == 3 && up >= 4 && lo >= 4 && dg >= 3) return i;
        i = std::max(p, i + 1);
    }
    return npos;
}

// A message key of an unrendered translation glued behind a sentence's stop
// ("jar.nav.menu.toggle_label"): after the stop (the token's first dot, after a word of
// letters), a path of three or more small-letter identifiers joined by dots, one with '_'. A
// host name has no '_'; prose puts a space after its stop. Where the key starts, or npos.
std::size_t glued_message_key_at(std::string_view t) {
    // The stop is the token's first dot, after a word of letters (any script): one pass.
    const std::size_t k = t.find('.');
    if (k == npos || k == 0 || k + 1 >= t.size() || !is_lower(t[k + 1])) return npos;
    for (std::size_t i = 0; i < k; ++i)
        if (!is_lower(t[i]) && !is_upper(t[i]) && static_cast<unsigned char>(t[i]) < 0x80) return npos;
    if (!is_lower(t[k - 1]) && static_cast<unsigned char>(t[k - 1]) < 0x80) return npos;
    const std::string_view key = t.substr(k + 1);
    std::size_t dots = 0, underscores = 0;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (c == '.') {
            if (i + 1 >= key.size() || key[i - 1] == '.' || key[i - 1] == '_') return npos;
            ++dots;
        } else if (c == '_') {
            if (key[i - 1] == '.') return npos;
            ++underscores;
        } else if (!is_lower(c) && !is_dig(c)) {
            return npos;
        }
    }
    return dots >= 2 && underscores >= 1 ? k + 1 : npos;
}

// Hex: 0x… addresses, long hex digests (with their label), UUIDs glued behind a word.
std::size_t hex_at(std::string_view t) {
    std::size_t best = npos;
    for (std::size_t i = 0; i < t.size();) {
        if (!is_hex(t[i])) { ++i; continue; }
        std::size_t j = i;
        int dg = 0, lt = 0;
        while (j < t.size() && (is_hex(t[j]) || t[j] == '-')) {
            dg += is_dig(t[j]);
            lt += is_alpha(t[j]);
            ++j;
        }
        const bool prefixed = i >= 2 && t[i - 2] == '0' && (t[i - 1] == 'x' || t[i - 1] == 'X');
        if (prefixed && j - i >= 6) best = std::min(best, i - 2);
        else if (j - i >= 16 && dg >= 3 && lt >= 3 && (i == 0 || !is_alpha(t[i - 1])) && (j == t.size() || !is_alpha(t[j])))
            best = std::min(best, digest_label(t, i));
        else if (const std::size_t id = glued_uuid(t.substr(i, j - i)); id != npos && i > 0 && is_alpha(t[i - 1]))
            best = std::min(best, i + id);
        i = j;
        if (i < t.size() && (t[i] == 'x' || t[i] == 'X')) ++i;
    }
    return best;
}

// Escapes a serializer left literal: three or more %XX outside a URL ("%E2%80%99s%20council"),
// character references ("&eacute;", "&#233;": three escapes of either kind, or two references),
// and \u00e9 or two of \n \t \r \" in a row.
std::size_t literal_escapes_at(std::string_view t) {
    std::size_t best = npos;
    std::size_t escapes = 0, references = 0, first = npos;
    for (std::size_t p = t.find('%'); p != npos && p + 2 < t.size(); p = t.find('%', p + 1))
        if (is_hex(t[p + 1]) && is_hex(t[p + 2]) && (is_dig(t[p + 1]) || is_upper(t[p + 1]))) {
            first = std::min(first, p);
            ++escapes;
        }
    for (std::size_t p = t.find('&'); p != npos; p = t.find('&', p + 1)) {
        std::size_t q = p + 1;
        if (q < t.size() && t[q] == '#') {
            while (++q < t.size() && is_dig(t[q])) {}
            if (q == p + 2) continue;
        } else {
            while (q < t.size() && is_alpha(t[q])) ++q;
            if (q == p + 1) continue;
        }
        if (q < t.size() && t[q] == ';') {
            first = std::min(first, p);
            ++references;
        }
    }
    if (escapes >= 3 || references >= 2 || (references >= 1 && escapes + references >= 3)) best = first;
    std::size_t backslashed = 0, first_backslash = npos;
    for (std::size_t p = t.find('\\'); p != npos && p + 1 < t.size(); p = t.find('\\', p + 2)) {
        const char e = t[p + 1];
        const bool unicode = e == 'u' && p + 6 <= t.size() && is_hex(t[p + 2]) &&
                             is_hex(t[p + 3]) && is_hex(t[p + 4]) && is_hex(t[p + 5]);
        if (unicode || e == 'n' || e == 't' || e == 'r' || e == '"') {
            if (first_backslash == npos) first_backslash = p;
            backslashed += unicode ? 2 : 1;
        }
    }
    if (backslashed >= 2) best = std::min(best, first_backslash);
    return best;
}

}  // namespace winnow::detail::garbage_tokens
