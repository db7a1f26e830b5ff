// Stage 1 — decode: bytes in any common charset to valid UTF-8.
#include "decode.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "ascii.hpp"
#include "charset_evidence.hpp"
#include "charset_tables.hpp"
#include "iconv_handle.hpp"

namespace winnow::detail {
namespace {

using uchar = unsigned char;

const uchar* bytes_of(std::string_view s) { return reinterpret_cast<const uchar*>(s.data()); }

// ---------------------------------------------------------------- UTF-8

struct Utf8Scan {
    bool valid = true;
    std::size_t multibyte = 0;   // well-formed non-ASCII sequences
    std::size_t invalid = 0;     // ill-formed subparts
};

// One pass over the bytes; ASCII is skipped eight bytes at a time.
Utf8Scan scan_utf8(std::string_view s) {
    Utf8Scan r;
    const uchar* p = bytes_of(s);
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // To the next byte above ASCII, eight at a time: a stop at each such byte and a step a
        // byte at a time to it (as before) read the ASCII before every non-ASCII character twice.
        i = ascii_bytes_end(s.data(), i, n);
        if (i == n) break;
        const std::size_t start = i;
        const char32_t cp = next_utf8(p, n, i);
        // A literal U+FFFD in the input is well-formed: only a complete 3-byte sequence
        // starting EF can decode to it.
        if (cp == kReplacement && !(i - start == 3 && p[start] == 0xEF)) {
            r.valid = false;
            ++r.invalid;
        } else {
            ++r.multibyte;
        }
    }
    return r;
}

void append_repaired_utf8(std::string& out, std::string_view s, bool& had_invalid) {
    const uchar* p = bytes_of(s);
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        // Copy ASCII runs in bulk.
        const std::size_t j = ascii_bytes_end(s.data(), i, n);
        out.append(s.data() + i, j - i);
        i = j;
        if (i >= n) break;
        const std::size_t start = i;
        char32_t cp = next_utf8(p, n, i);
        // A literal U+FFFD is the only 3-byte sequence starting EF that decodes to it.
        if (cp == kReplacement && !(i - start == 3 && p[start] == 0xEF)) {
            had_invalid = true;
            if (i - start == 1 && pasted_cp1252(p, n, start)) cp = cp1252_to_unicode(p[start]);
        }
        append_utf8(out, cp);
    }
}

// ---------------------------------------------------------------- labels

struct Label {
    std::string_view label;
    std::string_view canonical;
};

// WHATWG Encoding Standard labels for the encodings seen on the web (plus a few names that
// detectors and old servers use). Canonical names are the lowercase WHATWG names.
constexpr Label kLabels[] = {
    {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"unicode-1-1-utf-8", "utf-8"}, {"unicode11utf8", "utf-8"},
    {"unicode20utf8", "utf-8"}, {"x-unicode20utf8", "utf-8"},
    {"utf-16", "utf-16le"}, {"utf-16le", "utf-16le"}, {"unicode", "utf-16le"}, {"ucs-2", "utf-16le"},
    {"csunicode", "utf-16le"}, {"iso-10646-ucs-2", "utf-16le"}, {"unicodefeff", "utf-16le"},
    {"utf-16be", "utf-16be"}, {"unicodefffe", "utf-16be"},
    {"us-ascii", "windows-1252"}, {"ascii", "windows-1252"}, {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"}, {"iso88591", "windows-1252"},
    {"iso_8859-1", "windows-1252"}, {"iso_8859-1:1987", "windows-1252"}, {"latin1", "windows-1252"},
    {"l1", "windows-1252"}, {"cp1252", "windows-1252"}, {"windows-1252", "windows-1252"},
    {"x-cp1252", "windows-1252"}, {"cp819", "windows-1252"}, {"ibm819", "windows-1252"},
    {"csisolatin1", "windows-1252"}, {"iso-ir-100", "windows-1252"},
    {"iso-8859-2", "iso-8859-2"}, {"iso8859-2", "iso-8859-2"}, {"iso_8859-2", "iso-8859-2"},
    {"latin2", "iso-8859-2"}, {"l2", "iso-8859-2"}, {"csisolatin2", "iso-8859-2"},
    {"iso-8859-3", "iso-8859-3"}, {"latin3", "iso-8859-3"},
    {"iso-8859-4", "iso-8859-4"}, {"latin4", "iso-8859-4"},
    {"iso-8859-5", "iso-8859-5"}, {"cyrillic", "iso-8859-5"}, {"iso8859-5", "iso-8859-5"},
    {"iso-8859-6", "iso-8859-6"}, {"arabic", "iso-8859-6"},
    {"iso-8859-7", "iso-8859-7"}, {"greek", "iso-8859-7"}, {"iso8859-7", "iso-8859-7"},
    {"iso-8859-8", "iso-8859-8"}, {"hebrew", "iso-8859-8"}, {"iso-8859-8-i", "iso-8859-8-i"},
    {"iso-8859-10", "iso-8859-10"}, {"latin6", "iso-8859-10"},
    {"iso-8859-13", "iso-8859-13"}, {"iso-8859-14", "iso-8859-14"},
    {"iso-8859-15", "iso-8859-15"}, {"iso8859-15", "iso-8859-15"}, {"latin9", "iso-8859-15"},
    {"latin-9", "iso-8859-15"}, {"l9", "iso-8859-15"}, {"iso-8859-16", "iso-8859-16"},
    {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"}, {"l5", "windows-1254"},
    {"iso-8859-11", "windows-874"}, {"tis-620", "windows-874"}, {"windows-874", "windows-874"},
    {"dos-874", "windows-874"},
    {"koi8-r", "koi8-r"}, {"koi8", "koi8-r"}, {"koi", "koi8-r"}, {"cskoi8r", "koi8-r"},
    {"koi8_r", "koi8-r"}, {"koi8-u", "koi8-u"}, {"koi8-ru", "koi8-u"},
    {"ibm866", "ibm866"}, {"cp866", "ibm866"}, {"866", "ibm866"},
    {"macintosh", "macintosh"}, {"mac", "macintosh"}, {"x-mac-roman", "macintosh"},
    {"x-mac-cyrillic", "x-mac-cyrillic"}, {"x-mac-ukrainian", "x-mac-cyrillic"},
    {"windows-1250", "windows-1250"}, {"cp1250", "windows-1250"}, {"x-cp1250", "windows-1250"},
    {"windows-1251", "windows-1251"}, {"cp1251", "windows-1251"}, {"x-cp1251", "windows-1251"},
    {"windows-1253", "windows-1253"}, {"cp1253", "windows-1253"},
    {"windows-1254", "windows-1254"}, {"cp1254", "windows-1254"},
    {"windows-1255", "windows-1255"}, {"cp1255", "windows-1255"},
    {"windows-1256", "windows-1256"}, {"cp1256", "windows-1256"},
    {"windows-1257", "windows-1257"}, {"cp1257", "windows-1257"},
    {"windows-1258", "windows-1258"}, {"cp1258", "windows-1258"},
    {"gb2312", "gb18030"}, {"gbk", "gb18030"}, {"gb18030", "gb18030"}, {"chinese", "gb18030"},
    {"csgb2312", "gb18030"}, {"x-gbk", "gb18030"}, {"cp936", "gb18030"}, {"gb_2312-80", "gb18030"},
    {"hz-gb-2312", "gb18030"}, {"euc-cn", "gb18030"},
    {"big5", "big5"}, {"big5-hkscs", "big5"}, {"cn-big5", "big5"}, {"x-x-big5", "big5"}, {"csbig5", "big5"},
    {"euc-tw", "euc-tw"},
    {"shift_jis", "shift_jis"}, {"shift-jis", "shift_jis"}, {"sjis", "shift_jis"}, {"x-sjis", "shift_jis"},
    {"ms_kanji", "shift_jis"}, {"ms932", "shift_jis"}, {"windows-31j", "shift_jis"}, {"cp932", "shift_jis"},
    {"csshiftjis", "shift_jis"},
    {"euc-jp", "euc-jp"}, {"x-euc-jp", "euc-jp"}, {"cseucpkdfmtjapanese", "euc-jp"},
    {"iso-2022-jp", "iso-2022-jp"}, {"csiso2022jp", "iso-2022-jp"},
    {"euc-kr", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"}, {"ks_c_5601-1989", "euc-kr"}, {"ksc5601", "euc-kr"},
    {"ksc_5601", "euc-kr"}, {"korean", "euc-kr"}, {"windows-949", "euc-kr"}, {"cp949", "euc-kr"},
    {"uhc", "euc-kr"}, {"cseuckr", "euc-kr"}, {"iso-2022-kr", "iso-2022-kr"},
    {"utf-32", "utf-32le"}, {"utf-32le", "utf-32le"}, {"utf-32be", "utf-32be"},
    // Names uchardet reports that are not WHATWG labels.
    {"ibm852", "ibm852"}, {"ibm855", "ibm855"}, {"mac-centraleurope", "x-mac-ce"}, {"mac-cyrillic", "x-mac-cyrillic"},
    {"viscii", "viscii"}, {"georgian-ps", "georgian-ps"}, {"georgian-academy", "georgian-academy"},
};

// iconv names for the canonical names whose WHATWG meaning is a superset of the ISO name.
constexpr Label kIconvNames[] = {
    {"shift_jis", "CP932"}, {"euc-kr", "CP949"}, {"gb18030", "GB18030"}, {"big5", "BIG5-HKSCS"},
    {"iso-8859-8-i", "ISO-8859-8"}, {"windows-874", "CP874"}, {"macintosh", "MACINTOSH"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"}, {"x-mac-ce", "MAC-CENTRALEUROPE"}, {"ibm866", "IBM866"},
};

std::string lower_trim(std::string_view s) {
    auto is_junk = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '"' || c == '\''; };
    while (!s.empty() && is_junk(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_junk(s.back())) s.remove_suffix(1);
    std::string out(s.substr(0, 64));
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Canonical name for a label, or empty when the label names no encoding we know.
std::string canonical_charset(std::string_view label) {
    const std::string l = lower_trim(label);
    if (l.empty()) return {};
    for (const auto& e : kLabels)
        if (e.label == l) return std::string(e.canonical);
    return {};
}

std::string iconv_name(std::string_view canonical) {
    for (const auto& e : kIconvNames)
        if (e.label == canonical) return std::string(e.canonical);
    std::string up(canonical);
    for (auto& c : up)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return up;
}

bool is_utf16(std::string_view c) { return c == "utf-16le" || c == "utf-16be"; }
bool is_utf32(std::string_view c) { return c == "utf-32le" || c == "utf-32be"; }
// Multi-byte legacy encodings, where a wrong label shows up as decoding errors.
bool is_multibyte(std::string_view c) {
    return c == "shift_jis" || c == "euc-kr" || c == "gb18030" || c == "big5" || c == "euc-jp" ||
           c == "euc-tw" || c == "iso-2022-jp" || c == "iso-2022-kr";
}

// ---------------------------------------------------------------- prescan

bool ieq_prefix(std::string_view s, std::size_t at, std::string_view word) {
    if (at + word.size() > s.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
        char c = s[at + k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != word[k]) return false;
    }
    return true;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The value after "charset" in a Content-Type-like string ("text/html; charset=koi8-r").
std::string charset_from_content(std::string_view content) {
    for (std::size_t i = 0; i + 7 <= content.size(); ++i) {
        if (!ieq_prefix(content, i, "charset")) continue;
        std::size_t j = i + 7;
        while (j < content.size() && is_ws(content[j])) ++j;
        if (j >= content.size() || content[j] != '=') continue;
        ++j;
        while (j < content.size() && is_ws(content[j])) ++j;
        if (j >= content.size()) return {};
        if (content[j] == '"' || content[j] == '\'') {
            const char q = content[j++];
            const auto e = content.find(q, j);
            return e == std::string_view::npos ? std::string{} : std::string(content.substr(j, e - j));
        }
        std::size_t e = j;
        while (e < content.size() && !is_ws(content[e]) && content[e] != ';') ++e;
        return std::string(content.substr(j, e - j));
    }
    return {};
}

// Charset label declared in the document head (HTML5 prescan, simplified), or empty.
std::string prescan_declaration(std::string_view bytes) {
    const std::string_view s = bytes.substr(0, 4096);
    if (ieq_prefix(s, 0, "<?xml")) {
        const auto end = s.find("?>");
        const std::string_view decl = s.substr(0, end == std::string_view::npos ? 256 : end);
        const auto at = decl.find("encoding");
        if (at != std::string_view::npos) {
            std::size_t j = at + 8;
            while (j < decl.size() && is_ws(decl[j])) ++j;
            if (j < decl.size() && decl[j] == '=') {
                ++j;
                while (j < decl.size() && is_ws(decl[j])) ++j;
                if (j < decl.size() && (decl[j] == '"' || decl[j] == '\'')) {
                    const char q = decl[j++];
                    const auto e = decl.find(q, j);
                    if (e != std::string_view::npos) return std::string(decl.substr(j, e - j));
                }
            }
        }
    }
    std::size_t i = 0;
    while (i < s.size()) {
        const auto lt = s.find('<', i);
        if (lt == std::string_view::npos) break;
        i = lt;
        if (s.compare(i, 4, "<!--") == 0) {
            const auto e = s.find("-->", i + 4);
            if (e == std::string_view::npos) break;
            i = e + 3;
            continue;
        }
        if (ieq_prefix(s, i, "<meta") && i + 5 < s.size() && (is_ws(s[i + 5]) || s[i + 5] == '/')) {
            std::size_t j = i + 5;
            std::string http_equiv, content, charset;
            while (j < s.size() && s[j] != '>') {
                while (j < s.size() && (is_ws(s[j]) || s[j] == '/')) ++j;
                if (j >= s.size() || s[j] == '>') break;
                std::size_t ns = j;
                while (j < s.size() && !is_ws(s[j]) && s[j] != '=' && s[j] != '>' && s[j] != '/') ++j;
                const std::string name = lower_trim(s.substr(ns, j - ns));
                while (j < s.size() && is_ws(s[j])) ++j;
                std::string_view value;
                if (j < s.size() && s[j] == '=') {
                    ++j;
                    while (j < s.size() && is_ws(s[j])) ++j;
                    if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
                        const char q = s[j++];
                        const auto e = s.find(q, j);
                        if (e == std::string_view::npos) return {};
                        value = s.substr(j, e - j);
                        j = e + 1;
                    } else {
                        std::size_t vs = j;
                        while (j < s.size() && !is_ws(s[j]) && s[j] != '>') ++j;
                        value = s.substr(vs, j - vs);
                    }
                }
                if (name == "charset" && charset.empty()) charset = std::string(value);
                else if (name == "http-equiv") http_equiv = lower_trim(value);
                else if (name == "content") content = std::string(value);
            }
            if (!charset.empty()) return charset;
            if (http_equiv == "content-type") {
                auto c = charset_from_content(content);
                if (!c.empty()) return c;
            }
            i = j;
            continue;
        }
        i = lt + 1;
    }
    return {};
}

// ---------------------------------------------------------------- detection

struct UchardetDeleter {
    void operator()(uchardet_t u) const noexcept { uchardet_delete(u); }
};
using Uchardet = std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetDeleter>;

// Canonical name of the charset uchardet guesses from a page's detection_sample, or empty when
// it has no idea.
std::string detect_charset(std::string_view sample) {
    Uchardet ud(uchardet_new());
    if (!ud) return {};
    if (uchardet_handle_data(ud.get(), sample.data(), sample.size()) != 0) return {};
    uchardet_data_end(ud.get());
    const char* name = uchardet_get_charset(ud.get());
    if (name == nullptr || *name == '\0') return {};
    std::string c = canonical_charset(name);
    if (c.empty()) c = lower_trim(name);   // a name iconv may still know
    return c;
}

// ---------------------------------------------------------------- transcoding

// Appends bytes decoded from `from` (an iconv name) to out. Returns the number of ill-formed
// sequences replaced by U+FFFD, or -1 when iconv does not know the encoding.
long transcode_iconv(std::string_view bytes, const std::string& from, std::string& out) {
    const IconvHandle h("UTF-8", from.c_str());
    if (!h.ok()) return -1;
    long errors = 0;
    const std::size_t base = out.size();
    out.resize(base + bytes.size() * 2 + 16);
    char* in = const_cast<char*>(bytes.data());   // iconv's API is not const-correct
    std::size_t in_left = bytes.size();
    std::size_t used = base;
    auto run = [&](char** inp, std::size_t* in_leftp) {
        for (;;) {
            char* outp = out.data() + used;
            std::size_t out_left = out.size() - used;
            const std::size_t rc = iconv(h.get(), inp, in_leftp, &outp, &out_left);
            used = static_cast<std::size_t>(outp - out.data());
            if (rc != static_cast<std::size_t>(-1)) return;
            if (errno == E2BIG) {
                out.resize(out.size() * 2 + 16);
                continue;
            }
            if (inp == nullptr) return;
            // EILSEQ / EINVAL: one replacement per bad byte keeps progress guaranteed.
            ++errors;
            if (out.size() - used < 3) out.resize(out.size() + 64);
            std::memcpy(out.data() + used, "\xEF\xBF\xBD", 3);
            used += 3;
            ++*inp;
            --*in_leftp;
            iconv(h.get(), nullptr, nullptr, nullptr, nullptr);   // reset shift state
            if (*in_leftp == 0) return;
        }
    };
    if (in_left > 0) run(&in, &in_left);
    run(nullptr, nullptr);   // flush a stateful encoding's final shift sequence
    out.resize(used);
    return errors;
}

void decode_cp1252(std::string_view bytes, std::string& out) {
    out.reserve(out.size() + bytes.size() + bytes.size() / 4);
    const uchar* p = bytes_of(bytes);
    const std::size_t n = bytes.size();
    for (std::size_t i = 0; i < n;) {
        // Runs of ASCII are copied whole; only the bytes past it are looked up.
        const std::size_t j = ascii_bytes_end(bytes.data(), i, n);
        out.append(bytes.data() + i, j - i);
        if (j == n) break;
        append_utf8(out, cp1252_to_unicode(p[j]));
        i = j + 1;
    }
}

// UTF-16/32 without iconv: unpaired surrogates and odd trailing bytes become U+FFFD.
long decode_utf16(std::string_view bytes, bool big_endian, std::string& out) {
    long errors = 0;
    const uchar* p = bytes_of(bytes);
    const std::size_t n = bytes.size();
    out.reserve(out.size() + n);
    auto unit = [&](std::size_t i) -> char32_t {
        return big_endian ? char32_t(p[i] << 8 | p[i + 1]) : char32_t(p[i + 1] << 8 | p[i]);
    };
    std::size_t i = 0;
    for (; i + 1 < n; i += 2) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            const char32_t v = unit(i + 2);
            if (v >= 0xDC00 && v <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) { append_utf8(out, kReplacement); ++errors; continue; }
        append_utf8(out, u);
    }
    if (i < n) { append_utf8(out, kReplacement); ++errors; }
    return errors;
}

long decode_utf32(std::string_view bytes, bool big_endian, std::string& out) {
    long errors = 0;
    const uchar* p = bytes_of(bytes);
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    for (; i + 3 < n; i += 4) {
        const char32_t u = big_endian ? char32_t(p[i]) << 24 | char32_t(p[i + 1]) << 16 | char32_t(p[i + 2]) << 8 | p[i + 3]
                                      : char32_t(p[i + 3]) << 24 | char32_t(p[i + 2]) << 16 | char32_t(p[i + 1]) << 8 | p[i];
        if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) { append_utf8(out, kReplacement); ++errors; }
        else append_utf8(out, u);
    }
    if (i < n) { append_utf8(out, kReplacement); ++errors; }
    return errors;
}

// Decodes bytes as canonical charset c into r. Returns the error count, or -1 when the
// charset cannot be decoded here (the caller then falls back).
long decode_as(std::string_view bytes, const std::string& c, DecodedInput& r) {
    r.text.clear();
    long errors = 0;
    if (c == "utf-8") {
        bool bad = false;
        r.text.reserve(bytes.size());
        append_repaired_utf8(r.text, bytes, bad);
        errors = bad ? 1 : 0;
    } else if (c == "windows-1252") {
        decode_cp1252(bytes, r.text);
    } else if (is_utf16(c)) {
        errors = decode_utf16(bytes, c == "utf-16be", r.text);
    } else if (is_utf32(c)) {
        errors = decode_utf32(bytes, c == "utf-32be", r.text);
    } else {
        errors = transcode_iconv(bytes, iconv_name(c), r.text);
        if (errors < 0) return -1;
    }
    r.charset = c;
    r.had_invalid_bytes = errors > 0;
    return errors;
}

// True when the head of the bytes reads cleanly (a cut character at its end aside) in one of the
// double-byte legacy charsets of Chinese, Japanese or Korean: then it is no UTF-16 text. Shift_JIS
// and GB18030 take nearly any byte pair, so a sentence or two of UTF-16 often decodes in them
// without an error; but a reading that holds C0 control characters (the low bytes of 、。，
// and of U+4E00.. ideographs) is no text: legacy pages have none but tab and line ends.
bool reads_as_cjk_legacy(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 1024);
    auto control = [](char ch) {
        const auto c = static_cast<uchar>(ch);
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    };
    for (const char* c : {"shift_jis", "euc-jp", "gb18030", "big5", "euc-kr"}) {
        DecodedInput tmp;
        const long errors = decode_as(head, c, tmp);
        if (errors >= 0 && errors <= 1 && std::none_of(tmp.text.begin(), tmp.text.end(), control)) return true;
    }
    return false;
}

// Mostly well-formed UTF-8 with a few bad bytes (a truncated or spliced page) is still UTF-8;
// detection on it would misread the whole page.
bool mostly_utf8(const Utf8Scan& s) { return s.valid || (s.multibyte > 0 && s.multibyte >= 4 * s.invalid); }

// The charset a byte order mark names and the mark's length; length 0 without one. UTF-32LE's
// mark begins with UTF-16LE's, so it is asked first.
struct ByteOrderMark {
    std::string charset;
    std::size_t length = 0;
};

ByteOrderMark byte_order_mark(std::string_view bytes) {
    const uchar* p = bytes_of(bytes);
    const std::size_t n = bytes.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return {"utf-8", 3};
    if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) return {"utf-32le", 4};
    if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) return {"utf-32be", 4};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) return {"utf-16le", 2};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) return {"utf-16be", 2};
    return {};
}

}  // namespace

DecodedInput decode_to_utf8(std::string_view bytes, std::string_view transport_charset, bool borrow) {
    DecodedInput r;
    const std::size_t n = bytes.size();
    // 1. Byte order mark: decisive.
    if (const ByteOrderMark bom = byte_order_mark(bytes); bom.length > 0) {
        decode_as(bytes.substr(bom.length), bom.charset, r);
        return r;
    }

    // 2. Transport charset. UTF-16/32 without a BOM is trusted (HTML cannot declare it in-band).
    std::string label = canonical_charset(transport_charset);
    if (is_utf16(label) || is_utf32(label)) {
        decode_as(bytes, label, r);
        return r;
    }
    // Without a BOM or a label, UTF-16 shows in its NUL bytes (ASCII has none in practice).
    if (label.empty()) {
        if (const std::string_view order = utf16_without_bom(bytes); !order.empty()) {
            decode_as(bytes, std::string(order), r);
            return r;
        }
    }

    // Common path: one validation pass and one copy. Well-formed UTF-8 with non-ASCII content
    // practically never happens by chance in a legacy encoding, so it overrides any label
    // (servers and templates often lie); pure ASCII reads the same under every ASCII-based
    // label, except the 7-bit ISO-2022 ones, which need their escape sequences (ESC).
    const Utf8Scan scan = scan_utf8(bytes);
    if (scan.valid && (n == 0 || scan.multibyte > 0 || std::memchr(bytes.data(), 0x1B, n) == nullptr)) {
        if (borrow) r.as_given = true;
        else r.text.assign(bytes);
        r.charset = "utf-8";
        return r;
    }
    // Chinese, Japanese or Korean UTF-16 text has few NULs: its code units show it (not UTF-8,
    // and no double-byte legacy charset reads it).
    if (label.empty() && !mostly_utf8(scan)) {
        if (const std::string_view order = utf16_cjk_without_bom(bytes); !order.empty() && !reads_as_cjk_legacy(bytes)) {
            decode_as(bytes, std::string(order), r);
            return r;
        }
    }

    // 3. The in-document declaration, when the transport said nothing, UTF-8 or a Western
    // code page: ISO-8859-1 is what servers send when nobody configured a charset, so a page
    // that names another charset for itself is believed over it (the bytes are not UTF-8 here).
    const bool western_transport = label == "windows-1252" || label == "iso-8859-15";
    if (label.empty() || label == "utf-8" || western_transport) {
        std::string declared = canonical_charset(prescan_declaration(bytes));
        // A page cannot be UTF-16 if its ASCII declaration was readable (WHATWG rule).
        if (is_utf16(declared) || is_utf32(declared)) declared = "utf-8";
        if (label.empty() || (western_transport && !declared.empty())) label = declared;
    }
    if (label == "utf-8" && mostly_utf8(scan)) {
        decode_as(bytes, "utf-8", r);
        return r;
    }
    DecodedInput labelled;
    long labelled_errors = -1;
    if (!label.empty() && label != "utf-8") {
        labelled_errors = decode_as(bytes, label, labelled);
        // A multi-byte label that leaves many ill-formed sequences is wrong: try detection.
        const long tolerated = 4 + static_cast<long>(n / 512);
        if (labelled_errors >= 0 && (!is_multibyte(label) || labelled_errors <= tolerated)) {
            if (!western_label_refuted(bytes, label)) return labelled;
            // The label lies: detection decides, if what it names decodes cleanly.
            std::string text;
            const std::string guess = detect_charset(detection_sample(bytes, text));
            if (!guess.empty() && guess != label && guess != "utf-8" && !is_utf16(guess) && !is_utf32(guess) &&
                decode_as(bytes, guess, r) == 0)
                return r;
            return labelled;
        }
    }

    // 4. Detection (no declaration, a UTF-8 claim the bytes refute, or a broken label).
    if (mostly_utf8(scan)) {
        decode_as(bytes, "utf-8", r);
        return r;
    }
    std::string text;
    const std::string_view sample = detection_sample(bytes, text);
    std::string guess = detect_charset(sample);
    if (guess == "utf-8" || guess.empty() || is_utf16(guess) || is_utf32(guess)) guess = "windows-1252";
    if (western_text_in_latin_guess(sample, guess)) guess = "windows-1252";
    else if (latin9_letters_in_western_guess(sample, guess)) guess = "iso-8859-15";
    long errors = decode_as(bytes, guess, r);
    if (errors < 0) errors = decode_as(bytes, "windows-1252", r);
    if (labelled_errors >= 0 && labelled_errors <= errors) return labelled;
    return r;
}

}  // namespace winnow::detail
