// The Unicode stage's shortcuts held to its plain reading: the NFC quick check (NfcCheck) against
// utf8proc over every code point, and normalize_text / normalize_document (ASCII and
// already-clean screens, segments left in place, lazy mojibake evidence, a repeated round
// skipped) against normalize_text_plain / normalize_document_plain, on generated text in many
// scripts (combining marks, Hangul and its jamo, compatibility characters, joiners, controls,
// mojibake, entities, ill-formed bytes) and on the lines of real pages.
#include <doctest/doctest.h>

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "charset_tables.hpp"
#include "codepages.hpp"
#include "mojibake.hpp"
#include "unicode.hpp"
#include "unicode_chars.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {

std::string utf8(char32_t cp) {
    std::string s;
    append_utf8(s, cp);
    return s;
}

std::string nfc(const std::string& s) {
    utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
    std::string r = out ? reinterpret_cast<const char*>(out) : "";
    std::free(out);
    return r;
}

bool is_surrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// The full canonical decomposition of cp (cp itself when it has none).
std::vector<utf8proc_int32_t> decomposition(char32_t cp) {
    utf8proc_int32_t buf[16];
    int boundclass = 0;
    const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 16,
                                           static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STABLE), &boundclass);
    return n > 0 && n <= 16 ? std::vector<utf8proc_int32_t>(buf, buf + n) : std::vector<utf8proc_int32_t>{};
}

// Pieces text is made of: every script and every kind of character the stage treats apart.
const std::vector<std::string>& pieces() {
    static const std::vector<std::string> p = {
        "a", "Word", "the", "42", ".", ",", ")", "(", "!", "?", "-", "'", "\"", "/", ":", ";", "&", "#",
        " ", " ", " ", "  ", "\t", "\n", "\r\n",
        "é", "ü", "ñ", "ç", "Å", "ß", "ǘ", "ő", "ł", "ı",              // precomposed Latin
        "e\u0301", "u\u0308\u0301", "a\u0323\u0302", "\u0301", "\u0308", "o\u0308\u0323",   // combining marks, unordered too
        "и", "й", "и\u0306", "ё", "Ї", "Привет", "Ελληνικά", "ά", "ΐ", "\u1F71", "\u03B9\u0308\u0301",
        "Việt", "ế", "ệ", "e\u0302\u0301",                                // Vietnamese, decomposed too
        "한국어", "가", "\u1100\u1161", "\u1100\u1161\u11A8", "가\u11A8", "\u11A8",   // Hangul and jamo
        "中文", "日本語", "かな", "カ\u3099", "，", "。", "Ａ", "ＦＲＥＥ", "１２",  // CJK, full-width
        "…", "™", "№", "½", "ﬁ", "ﬀ", "\u2126", "\u212B", "\u0958", "\u0344", "\u0F73", "\u0CCA", "\u0B3E", "\u0DDA",
        "हिन्दी", "क\u093C", "क्\u200Dष", "\u0915\u094D\u200C", "العربية", "ل\u200Cا", "\u0E01\u0E48",
        "😀", "👩\u200D💻", "❤\uFE0F", "A\uFE0F", "1\uFE0F\u20E3", "ℹ\uFE0F", "\U0001F44D\U0001F3FD",
        "\u00A0", "\u2009", "\u3000", "\u200B", "\u00AD", "\u2060", "\u202E", "\uFEFF", "\u0085", "\u2028",
        "\uE000", "\U000F0001", "\u200D", "\u200C", "\uFFFD", "\u2018", "\u201C", "\u2014", "\u2026",
        "\xC2\x80", "\xC2\x92", "\xC2\x9D", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80", "\x7F", "\x01",
        "Ã©", "â€™", "Ã¼ber", "Ð\u0178Ñ€Ð¸Ð²ÐµÑ‚", "Ã ", "cafÃ", "Ã\u00A0",               // mojibake
        "&amp;", "&eacute;", "&#233;", "&#x2019;", "&nbsp;", "&amp;eacute;", "&#65", // entities
        "\\u00e9", "%C3%A9", "caf%C3%A9", "\\u2019s",                             // escape residue
    };
    return p;
}

std::string random_text(std::mt19937& rng, int max_pieces) {
    const auto& p = pieces();
    std::uniform_int_distribution<std::size_t> pick(0, p.size() - 1);
    std::uniform_int_distribution<int> count(0, max_pieces);
    std::string s;
    for (int k = count(rng); k > 0; --k) s += p[pick(rng)];
    return s;
}

std::vector<UnicodeOptions> option_sets() {
    UnicodeOptions plain;
    UnicodeOptions nfkc;
    nfkc.nfkc = true;
    UnicodeOptions typo;
    typo.fold_typography = true;
    UnicodeOptions raw;
    raw.repair_mojibake = false;
    return {plain, nfkc, typo, raw};
}

}  // namespace

TEST_CASE("page_bytes answers as a plain search of the code-page tables does") {
    // The reverse index built the plain way: every page's bytes 80-FF in order, the later byte of
    // a page winning where two decode alike, with the C1 controls and the older MacRoman mappings.
    std::map<char32_t, PageBytes> plain;
    for (int p = 0; p < kCodePageCount; ++p)
        for (int i = 0; i < 128; ++i) {
            const auto b = static_cast<std::uint8_t>(0x80 + i);
            PageBytes& pb = plain[kCodePageHigh[static_cast<std::size_t>(p)][static_cast<std::size_t>(i)]];
            pb.byte[static_cast<std::size_t>(p)] = b;
            if (b >= 0xC2 && b <= 0xF4) pb.lead |= static_cast<PageMask>(1u << p);
            if (b <= 0xBF) pb.cont |= static_cast<PageMask>(1u << p);
        }
    for (char32_t c = 0x80; c <= 0x9F; ++c) {
        plain[c].byte[kCp1252] = static_cast<std::uint8_t>(c);
        plain[c].cont |= 1u << kCp1252;
    }
    plain[0x0394].byte[kMacRoman] = 0xC6, plain[0x0394].lead |= 1u << kMacRoman;
    plain[0xE01E].byte[kMacRoman] = 0xF0, plain[0xE01E].lead |= 1u << kMacRoman;
    std::size_t found = 0, above = 0;
    for (const auto& [cp, want] : plain) {
        const PageBytes* got = page_bytes(cp);
        REQUIRE(got != nullptr);
        CHECK(got->byte == want.byte);
        CHECK(got->lead == want.lead);
        CHECK(got->cont == want.cont);
        ++found;
        above += cp >= 0x2600;
    }
    CHECK(found > 500);  // Latin, Greek, Cyrillic, Hebrew, Arabic letters, box drawing, signs (596)
    CHECK(above >= 3);   // the Apple logo and the "fi" ligatures stand past the direct table
    // Characters of no page: ASCII is not stored, CJK and emoji are in none.
    for (char32_t cp : {U'a', U'\u4E2D', U'\u3042', U'\U0001F600', U'\u0100', U'\u2600'})
        CHECK((page_bytes(cp) == nullptr) == (plain.count(cp) == 0));
    CHECK(page_bytes(U'\u00E9') != nullptr);  // é: windows-1252's E9
    CHECK(page_bytes(U'\u0416') != nullptr);  // Ж: windows-1251's C6, KOI8-R's F6
    CHECK(page_bytes(U'\u05D0') != nullptr);  // א: windows-1255's E0
}

TEST_CASE("the NFC quick check: an inert code point has combining class 0 and is NFC alone") {
    int inert = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (is_surrogate(cp) || !NfcCheck::inert_uncached(cp)) continue;
        ++inert;
        const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
        REQUIRE(p->combining_class == 0);
        if (cp == 0) continue;   // utf8proc_NFC reads a C string
        const std::string s = utf8(cp);
        if (nfc(s) != s) FAIL_CHECK("U+" << std::hex << static_cast<std::uint32_t>(cp) << " changes under NFC");
    }
    CHECK(inert > 200000);
    // What a page holds most: letters precomposed (French, Russian, Greek, Vietnamese, Korean),
    // compatibility characters NFC keeps; and what NFC changes or composes.
    for (const char32_t yes : {0xE9, 0x439, 0x419, 0x451, 0x3AC, 0x1EBF, 0xAC00, 0xD7A3, 0x2026, 0x2122, 0xFF0C, 0xFB01, 0x4E2D})
        CHECK_MESSAGE(NfcCheck::inert_uncached(yes), std::hex << static_cast<std::uint32_t>(yes));
    for (const char32_t no : {0x301, 0x308, 0x212B, 0x2126, 0x1F71, 0x958, 0x344, 0x340, 0x11A8, 0x1161, 0x1100, 0xCD5, 0xB3E,
                              0x3099, 0xF900, 0x2F800})
        CHECK_MESSAGE(!NfcCheck::inert_uncached(no), std::hex << static_cast<std::uint32_t>(no));
}

TEST_CASE("no composition takes an inert code point as its second part") {
    // Every character NFC composes is the composition of its full decomposition, starter first:
    // each part after the starter is a second part and must not be inert.
    int composites = 0;
    for (char32_t cp = 0xC0; cp <= 0x10FFFF; ++cp) {
        if (is_surrogate(cp)) continue;
        const auto d = decomposition(cp);
        if (d.size() < 2 || nfc(utf8(cp)) != utf8(cp)) continue;
        ++composites;
        for (std::size_t k = 1; k < d.size(); ++k)
            if (NfcCheck::inert_uncached(static_cast<char32_t>(d[k])))
                FAIL_CHECK("U+" << std::hex << d[k] << " composes into U+" << static_cast<std::uint32_t>(cp));
    }
    CHECK(composites > 10000);   // Hangul syllables and the Latin, Greek, Cyrillic, Indic ones
    // And with the character before it: an inert character never composes with what precedes it.
    for (const char32_t starter : {0x41, 0x61, 0x418, 0x3B1, 0xAC00, 0x1100, 0x915, 0xB47, 0xDD9, 0x3046})
        for (char32_t cp = 0x300; cp <= 0x1FFFF; ++cp) {
            if (is_surrogate(cp) || !NfcCheck::inert_uncached(cp)) continue;
            const std::string s = utf8(starter) + utf8(cp);
            if (nfc(s) != s) FAIL_CHECK("U+" << std::hex << static_cast<std::uint32_t>(cp) << " after U+" << static_cast<std::uint32_t>(starter));
        }
}

TEST_CASE("NfcCheck remembers only verdicts it reached: a cached code point is inert") {
    NfcCheck check;
    for (int round = 0; round < 3; ++round)
        for (const char32_t cp : {0xE9, 0x439, 0x3AC, 0x1F71, 0x301, 0xE9 + 0x10 * 16, 0x212B, 0x3AC + 16})
            CHECK(check.inert(cp) == NfcCheck::inert_uncached(cp));
}

TEST_CASE("text the screens pass comes out as the plain reading makes it, in every mode") {
    std::mt19937 rng(39);
    for (const UnicodeOptions& o : option_sets())
        for (int i = 0; i < 4000; ++i) {
            const std::string s = random_text(rng, i % 4 == 0 ? 40 : 8);
            const std::string fast = normalize_text(s, o), plain = normalize_text_plain(s, o);
            if (fast != plain) FAIL_CHECK("text " << i << " [" << s << "]: [" << fast << "] vs [" << plain << "]");
        }
}

TEST_CASE("mojibake repair only grows with evidence: what every page's evidence leaves, any evidence leaves") {
    // normalize_document skips a block's evidence for a segment repair_mojibake leaves alone
    // with kAllPages as its context.
    std::mt19937 rng(1251);
    int untouched = 0, repaired = 0;
    std::string out;
    for (int i = 0; i < 6000; ++i) {
        const std::string s = random_text(rng, i % 3 == 0 ? 24 : 6);
        if (repair_mojibake(s, out, kAllPages)) {
            ++repaired;
            continue;
        }
        ++untouched;
        for (PageMask context = 0; context < kAllPages; context = static_cast<PageMask>(context * 3 + 1))
            if (repair_mojibake(s, out, context)) FAIL_CHECK("[" << s << "] repaired with context " << context);
        CHECK(!repair_mojibake(s, out, mojibake_evidence(s)));
    }
    CHECK(untouched > 1000);
    CHECK(repaired > 500);
}

TEST_CASE("already clean text, screened, is its own result") {
    UnicodeOptions o;
    for (const std::string s : {"plain words", "café au lait", "Привет, мир", "Ελληνικά γράμματα", "한국어 텍스트", "中文，全角。",
                                "it’s … ™", "Tiếng Việt có dấu"}) {
        CHECK(chars_already_clean(s, o, false));
        CHECK(normalize_text(s, o) == s);
        CHECK(normalize_text_plain(s, o) == s);
    }
    // What the character pass or NFC changes is no clean text.
    for (const std::string s : {"two  spaces", " edge", "e\u0301", "soft\u00ADhyphen", "ﬁne", "A\uFE0F", "a\u00A0b", "\u212B",
                                "\u1100\u1161", "bad\xFF", "tab\there", "zero\u200Bwidth"})
        CHECK_MESSAGE(!chars_already_clean(s, o, false), s);
    CHECK(chars_already_clean(" edge ", o, true));   // a segment keeps one space at each end
    UnicodeOptions typo;
    typo.fold_typography = true;
    CHECK(!chars_already_clean("it’s", typo, false));
    UnicodeOptions nfkc;
    nfkc.nfkc = true;
    CHECK(!chars_already_clean("café", nfkc, false));
}

TEST_CASE("a document's blocks and spans come out as the plain reading makes them") {
    std::mt19937 rng(3939);
    for (const UnicodeOptions& o : option_sets())
        for (int d = 0; d < 300; ++d) {
            Document doc;
            doc.meta.title = random_text(rng, 6);
            doc.meta.authors.push_back({random_text(rng, 3), random_text(rng, 2)});
            for (int k = 0; k < 6; ++k) {
                Block b;
                b.kind = k == 5 ? BlockKind::code : k == 0 ? BlockKind::heading : BlockKind::paragraph;
                b.text = random_text(rng, 24);
                const auto size = static_cast<std::uint32_t>(b.text.size());
                // Spans on arbitrary byte offsets, overlapping and empty ones too.
                std::uniform_int_distribution<std::uint32_t> at(0, size);
                for (int sp = static_cast<int>(rng() % 4); sp > 0; --sp) {
                    Span s;
                    s.begin = at(rng);
                    s.end = std::max(s.begin, at(rng));
                    s.kind = rng() % 3 == 0 ? Span::Kind::code : Span::Kind::link;
                    s.target = " https://example.org/" + random_text(rng, 2);
                    b.spans.push_back(s);
                }
                std::sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
                if (k == 3) b.children.push_back(b);
                doc.body.push_back(b);
            }
            Document plain = doc;
            normalize_document(doc, o);
            normalize_document_plain(plain, o);
            REQUIRE(doc.meta.title == plain.meta.title);
            REQUIRE(doc.meta.authors[0].name == plain.meta.authors[0].name);
            REQUIRE(doc.body.size() == plain.body.size());
            for (std::size_t k = 0; k < doc.body.size(); ++k) {
                const Block& a = doc.body[k];
                const Block& b = plain.body[k];
                CHECK(a.text == b.text);
                REQUIRE(a.spans.size() == b.spans.size());
                for (std::size_t s = 0; s < a.spans.size(); ++s) {
                    CHECK(a.spans[s].begin == b.spans[s].begin);
                    CHECK(a.spans[s].end == b.spans[s].end);
                    CHECK(a.spans[s].target == b.spans[s].target);
                }
                REQUIRE(a.children.size() == b.children.size());
                if (!a.children.empty()) CHECK(a.children[0].text == b.children[0].text);
            }
        }
}

TEST_CASE("the lines of real pages come out as the plain reading makes them") {
    const std::filesystem::path dir = std::filesystem::path(WINNOW_SOURCE_DIR) / "tests" / "data" / "pages";
    int lines = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        const std::string page = ss.str();
        for (const UnicodeOptions& o : option_sets()) {
            std::istringstream text(page);
            for (std::string line; std::getline(text, line);) {
                ++lines;
                CHECK(normalize_text(line, o) == normalize_text_plain(line, o));
            }
            CHECK(normalize_text(page, o) == normalize_text_plain(page, o));
        }
    }
    CHECK(lines > 100);
}
