// Mojibake repair against a generator: clean text in many languages pushed through every
// code page family (one to three layers, lossy variants), built independently of the
// library (iconv per byte), and legitimate text that must come out byte-identical.
#include <doctest/doctest.h>
#include <iconv.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "charset_tables.hpp"
#include "mojibake.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

const UnicodeOptions kDefault{};

// Clean text, one line per language; NFC, single spaces, the typography real text has.
const std::vector<std::string> kClean = {
    "Le caf\u00E9 de la gare \u00E9tait ferm\u00E9 ; voil\u00E0 o\u00F9 \u00E7a a commenc\u00E9, \u00AB pas mal \u00BB.",  // French
    "Gr\u00FC\u00DFe aus M\u00FCnchen: die Stra\u00DFenbahn f\u00E4hrt \u00FCber die Br\u00FCcke \u2013 p\u00FCnktlich.",  // German
    "El ni\u00F1o comi\u00F3 una manzana en Espa\u00F1a \u2014 \u00BFqu\u00E9 m\u00E1s? \u00A1S\u00ED!",  // Spanish
    "A cora\u00E7\u00E3o da na\u00E7\u00E3o est\u00E1 em S\u00E3o Paulo, n\u00E3o \u00E9 verdade?",  // Portuguese
    "Perch\u00E9 la citt\u00E0 \u00E8 pi\u00F9 bella d\u2019inverno, cos\u00EC dicono.",  // Italian
    "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144, powiedzia\u0142 \u0141ukasz w \u0141odzi.",  // Polish
    "P\u0159\u00EDli\u0161 \u017Elu\u0165ou\u010Dk\u00FD k\u016F\u0148 \u00FAp\u011Bl \u010F\u00E1belsk\u00E9 \u00F3dy.",  // Czech
    "\u00C1rv\u00EDzt\u0171r\u0151 t\u00FCk\u00F6rf\u00FAr\u00F3g\u00E9p, mondta \u00D6d\u00F6n \u00E9s \u00C9va.",  // Hungarian
    "\u0218tiin\u021Ba \u0219i \u00EEnv\u0103\u021B\u0103m\u00E2ntul din \u021Bar\u0103 sunt \u00EEn cre\u0219tere.",  // Romanian
    "\u0130stanbul\u2019da \u015Fi\u015Fe, \u00E7ay ve \u00F6\u011Fretmen; \u0131\u015F\u0131k \u00E7ok g\u00FCzel.",  // Turkish
    "Sm\u00F8rrebr\u00F8d p\u00E5 \u00C6r\u00F8 og \u00C5lesund; bl\u00E5b\u00E6r er s\u00F8de.",  // Danish/Norwegian
    "H\u00E4r \u00E4r en \u00F6vning f\u00F6r sm\u00E5 barn i V\u00E4ster\u00E5s.",  // Swedish
    "\u00DE\u00F3r\u00F0ur f\u00F3r \u00ED b\u00E6inn og s\u00E1 \u00FEa\u00F0 \u00ED g\u00E6r.",  // Icelandic
    "P\u00E4iv\u00E4\u00E4 \u2014 t\u00E4m\u00E4 on hyv\u00E4 s\u00E4\u00E4 j\u00E4rvell\u00E4.",  // Finnish
    "R\u012Bga ir Latvijas galvaspils\u0113ta, \u0161eit dz\u012Bvo \u013Coti daudz cilv\u0113ku.",  // Latvian
    "Lietuvi\u0173 kalba \u012Fdomi: \u017Eod\u017Eiai, \u0161uo ir \u010Diu\u017Eyti.",  // Lithuanian
    "Hrvatska je lijepa zemlja; \u0161uma, \u017Eivot i \u010Da\u0161a \u0107e do\u0107i.",  // Croatian
    "Ti\u1EBFng Vi\u1EC7t r\u1EA5t hay: H\u00E0 N\u1ED9i v\u00E0 \u0110\u00E0 N\u1EB5ng \u0111\u1EB9p l\u1EAFm.",  // Vietnamese
    "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? \u0421\u0435\u0433\u043E\u0434\u043D\u044F \u0445\u043E\u0440\u043E\u0448\u0430\u044F \u043F\u043E\u0433\u043E\u0434\u0430.",  // Russian
    "\u041A\u0438\u0457\u0432 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u044F \u0423\u043A\u0440\u0430\u0457\u043D\u0438, \u0442\u0430\u043C \u0454 \u0491\u0430\u043D\u043E\u043A \u0456 \u0441\u0430\u0434.",  // Ukrainian
    "\u0411\u044A\u043B\u0433\u0430\u0440\u0438\u044F \u0435 \u043A\u0440\u0430\u0441\u0438\u0432\u0430 \u0441\u0442\u0440\u0430\u043D\u0430 \u0441 \u043F\u043B\u0430\u043D\u0438\u043D\u0438.",  // Bulgarian
    "\u0404\u0432\u0440\u043E\u043F\u0430 \u0456 \u0408\u0443\u0433\u043E\u0441\u043B\u0430\u0432\u0438\u0458\u0430: \u0452\u0430\u043A \u0438 \u045A\u0435\u0433\u043E\u0432 \u0459\u0443\u0431\u0430\u0437\u0430\u043D \u043F\u0430\u0441.",  // Serbian
    "\u0397 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03CC\u03BC\u03BF\u03C1\u03C6\u03B7 \u03C7\u03CE\u03C1\u03B1 \u03BC\u03B5 \u03B8\u03AC\u03BB\u03B1\u03C3\u03C3\u03B1.",  // Greek
    "\u4E2D\u6587\u7F51\u9875\u7684\u5185\u5BB9\u5F88\u4E30\u5BCC\uFF0C\u6211\u4EEC\u4ECA\u5929\u5B66\u4E60\u3002",  // Chinese
    "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059\u3002\u3068\u3066\u3082\u304D\u308C\u3044\u3067\u3059\u3002",  // Japanese
    "\uD55C\uAD6D\uC5B4 \uBB38\uC7A5\uC740 \uC544\uB984\uB2F5\uC2B5\uB2C8\uB2E4.",  // Korean
    "\u0627\u0644\u0644\u063A\u0629 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u062C\u0645\u064A\u0644\u0629 \u062C\u062F\u0627.",  // Arabic
    "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD, \u05D6\u05D4 \u05D8\u05E7\u05E1\u05D8 \u05D1\u05E2\u05D1\u05E8\u05D9\u05EA.",  // Hebrew
    "\u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E, \u092F\u0939 \u0939\u093F\u0902\u0926\u0940 \u0939\u0948\u0964",  // Hindi
    "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E2A\u0E27\u0E22\u0E07\u0E32\u0E21\u0E21\u0E32\u0E01",  // Thai
    "It\u2019s a \u201Cnice\u201D day \u2014 the r\u00E9sum\u00E9 costs \u20AC5\u2026 \U0001F600 \U0001F44D",  // English, typography, emoji
};


// Legitimate text that looks like damage to a careless repairer: must come out byte-identical.
const std::vector<std::string> kLegitimate = {
    // all-capital Cyrillic and Greek whose letters form valid UTF-8 in windows-1251/-1253
    "\u0412\u0406\u041D \u041C\u0406\u0421\u0422\u041E \u041F\u0406\u0421\u041D\u042F \u0417\u0407\u0417\u0414 \u0427\u0404\u0420\u0412\u041E\u041D\u0418\u0419",
    "\u0420\u0406\u041A \u0423\u041A\u0420\u0410\u0407\u041D\u0418, \u0421\u0406\u0427\u0415\u041D\u042C \u0456 \u0420\u0456\u043A.",
    "\u0402\u0410\u041A \u0408\u0415 \u0414\u041E\u0428\u0410\u041E; \u0409\u0423\u0411\u0410\u0412 \u0418 \u040A\u0415\u0413\u041E\u0428.",
    "\u0398\u0389\u03A1\u0391 \u03A4\u039F\u038E\u03A1\u039A\u039F\u03A3 \u039A\u0386\u03A4\u0399 \u0391\u0398\u0389\u039D\u0391",
    "\u00AB\u0420\u00BB \u0438 \u00AB\u0412\u00BB \u2014 \u0431\u0443\u043A\u0432\u044B; \u0433\u0440\u0443\u043F\u043F\u0430 \u00AB\u0412\u00BB.",
    // capitals whose letters in windows-1251 are leads with no continuation (dropped bytes?) between
    // two that pair ("ГІДНОСТІ": "ГІ" is "ò" and "ТІ" is "Ҳ" in UTF-8)
    "\u0423\u0421\u0406 \u041B\u042E\u0414\u0418 \u041D\u0410\u0420\u041E\u0414\u0416\u0423\u042E\u0422\u042C\u0421\u042F \u0412\u0406\u041B\u042C\u041D\u0418\u041C\u0418 \u0423 \u0421\u0412\u041E\u0407\u0419 \u0413\u0406\u0414\u041D\u041E\u0421\u0422\u0406.",
    // names with diacritics before typographic punctuation
    "Jos\u00E9\u2019s, Zo\u00EB\u2019s\u201D, Andr\u00E9\u201C, M\u00FCller\u2019s, \u00D1o\u00F1o\u2019, \u0141ukasz\u2019s, Dvo\u0159\u00E1k\u2019s, \u00D8rsted\u2019s, \u00DE\u00F3r\u2019s, G\u00F6del\u201D.",
    "\u201CAV\u00D4\u201D, \u201CIRM\u00C3\u201D, \u2018CAF\u00C9\u2019 and \u00ABNA\u00C7\u00C3O\u00BB.",
    // Portuguese and French with capital A tilde and a grave
    "N\u00C3O, S\u00C3O PAULO, CAPIT\u00C3, MA\u00C7\u00C3. \u00C0 bient\u00F4t, voil\u00E0 \u00E0 la gare.",
    "IRM\u00C3 ! OUI ? pas mal \u00BB, 10 km, \u0432 \u041C\u043E\u0441\u043A\u0432\u0435.",
    "\u00C9 verdade, \u00D3 mar salgado; \u00C0S VEZES.",
    // Nordic, Turkish, Vietnamese, Romanian, Polish, Czech, Hungarian
    "\u00C6\u00D8\u00C5 \u00E6\u00F8\u00E5, \u00C5lesund, \u00D6resund, \u00DEingvellir, \u00C4\u00E4ni.",
    "\u0130\u011Fne \u015Fi\u015F \u00C7\u00D6\u011E\u00DC\u015E\u0130 \u0131\u015F\u0131k G\u00DC\u00C7L\u00DC.",
    "Vi\u1EC7t Nam: \u0110\u1EA0I H\u1ECCC, ng\u01B0\u1EDDi, \u01A0n, \u01AF\u1EDBc.",
    "\u0218COAL\u0102, \u021A\u0102RAN, \u00CEN\u021AELEGERE, \u00C2NCA.",
    "\u0141\u00D3D\u0179, \u017B\u00D3\u0141\u0106, \u015AL\u0104SK, \u0106MA.",
    "\u010CESK\u00C1 \u0158E\u010C, \u017DLU\u0164OU\u010CK\u00DD K\u016E\u0147.",
    "\u00C1RV\u00CDZT\u0170R\u0150 T\u00DCK\u00D6RF\u00DAR\u00D3G\u00C9P.",
    // emoticons and kaomoji made of Latin-1 and other symbols
    "\u00AF\\_(\u30C4)_/\u00AF (\u256F\u00B0\u25A1\u00B0)\u256F\uFE35 \u253B\u2501\u253B (\u00AC_\u00AC) (\u00AC\u203F\u00AC) \u0CA0_\u0CA0",
    "\u00B0\u00BA\u00A4\u00F8,\u00B8\u00B8,\u00F8\u00A4\u00BA\u00B0 (\u00D2\u03C9\u00D3) (\u00D2_\u00D3) \u00D3w\u00D2 \u00D8_\u00D8 \u00AB\u00A1Ol\u00E9!\u00BB \u00BF\u00A1!?",
    "( \u0361\u00B0 \u035C\u0296 \u0361\u00B0) \u0295\u2022\u1D25\u2022\u0294 \u00A4\u00A4\u00A4 \u00F7\u00D7\u00B1",
    // capitals of many alphabets, kaomoji, math, letters listed
    "\u0429\u042A\u0420\u041A\u0415\u041B, \u0401\u0416, \u0407\u0416\u0410\u041A, \u0490\u0410\u041D\u041E\u041A, \u040E\u0417\u0411\u0415\u041A, \u0409\u0423\u0411\u0410\u0412, \u040A\u0415\u0413\u041E\u0428, \u040B\u0415\u0412\u0410\u041F, \u0402\u0410\u041A, \u040F\u0415\u041F",
    "TR\u01AF\u1EDCNG \u0110\u1EA0I H\u1ECCC B\u00C1CH KHOA H\u00C0 N\u1ED8I, \u01AF\u1EDAC M\u01A0; \u017B\u00D3\u0141W, \u010C\u0158\u00CD, \u0150\u0170, \u0132SSELMEER, \u00C6GIR",
    "(\u0E07'\u0300-'\u0301)\u0E07 \u0669(\u25D5\u203F\u25D5)\u06F6 \u1555( \u141B )\u1557 (\uFF89\u25D5\u30EE\u25D5)\uFF89*:\uFF65\uFF9F\u2727 \u252C\u2500\u252C\u30CE( \u00BA _ \u00BA\u30CE)",
    "\u2200x\u2208\u211D: x\u00B2 \u2265 0, \u00BD \u2248 0.5, \u03A9 = 10 k\u03A9, \u00B5s, \u2030; \u00C3O, \u00D5ES, \u00C7\u00C3O, \u00CAXITO; \u00C2, \u00CA, \u00CE, \u00D4, \u00C3, \u00D5, \u00C4",
    // capitals and a lone letter at a line's end: no lost no-break space
    "IRM\u00C3",
    "\u041B\u042C\u0412\u041E\u0412",
    "\u00C3",
    // a letter named in the text, a brand in capitals with its sign
    "\u00C3 is a letter; the letter \u00C2 and \u00C3 in Portuguese, \u00C3 \u00E9 not a word. Hello \u00C2 world.",
    "CAF\u00C9\u2122, NA\u00CFVE\u00AE, \u00C9T\u00C9\u2122 2024",
    // math and currency
    "\u20AC5 \u00A33 \u00A5100 \u00A250 \u20B9 \u20BD \u20A9 \u20AA \u20AB, x\u00B2 + y\u00B2 = z\u00B2, \u00B10.5 \u00B5m, \u00BD + \u00BC = \u00BE",
    "\u2211 \u222B \u221A \u221E \u2260 \u2264 \u2265 \u2248, 90\u00B0, 5\u2032 3\u2033, \u00A7 12 \u00B6 3, \u00A9 2024 \u00AE\u2122, \u00C5 = 10\u207B\u00B9\u2070 m",
    "DICOM\u00AE, Apple\u2122, 25\u00B0C, \u00BFQu\u00E9?, \u00A1S\u00ED!",
    "5 \u00D7 3 = 15, 2 \u00D7 4 \u2212 1 \u00F7 2, 10 \u00B0C \u00D7 2, L\u2019\u00E9t\u00E9 \u00E0 Montr\u00E9al",
    // scripts
    "\u4E2D\u6587\u3001\u65E5\u672C\u8A9E\u3001\uD55C\uAD6D\uC5B4, \u0627\u0644\u0639\u0631\u0628\u064A\u0629, \u05E2\u05D1\u05E8\u05D9\u05EA, \u0939\u093F\u0928\u094D\u0926\u0940, \u0E44\u0E17\u0E22, \u10E5\u10D0\u10E0\u10D7\u10E3\u10DA\u10D8, \u0540\u0561\u0575\u0565\u0580\u0565\u0576",
    "\U0001F600 \U0001F44D\U0001F3FD \U0001F469\u200D\U0001F4BB \u2764\uFE0F \U0001F1EB\U0001F1F7",
};

enum class Loss { none, nbsp, drop, qmark, fffd };

struct Page {
    const char* name;
    std::array<char32_t, 128> high{};   // 0: undefined byte
};


std::vector<char32_t> code_points(const std::string& s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
    return out;
}

// The page's bytes 80-FF through iconv, one byte at a time.
Page load_page(const char* name) {
    Page p{name};
    iconv_t cd = iconv_open("UTF-32LE", name);
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    for (int b = 0x80; b < 0x100; ++b) {
        char in[1] = {static_cast<char>(b)};
        char buf[8] = {};
        char* ip = in;
        char* op = buf;
        std::size_t il = 1, ol = sizeof buf;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
        if (iconv(cd, &ip, &il, &op, &ol) != static_cast<std::size_t>(-1) && ol == 4) {
            char32_t cp = 0;
            for (int k = 3; k >= 0; --k) cp = (cp << 8) | static_cast<unsigned char>(buf[k]);
            p.high[static_cast<std::size_t>(b - 0x80)] = cp;
        }
    }
    iconv_close(cd);
    return p;
}

const std::vector<Page>& pages() {
    static const std::vector<Page> all = [] {
        std::vector<Page> v;
        for (const char* n : {"WINDOWS-1252", "ISO-8859-1", "WINDOWS-1250", "WINDOWS-1251", "WINDOWS-1253", "WINDOWS-1254",
                              "WINDOWS-1257", "ISO-8859-2", "MACINTOSH", "IBM437"})
            v.push_back(load_page(n));
        return v;
    }();
    return all;
}

// UTF-8 bytes of s decoded through page p: an undefined byte becomes the C1 control of the
// same value (sloppy decoders) or is lost as `loss` says; with Loss::nbsp every no-break
// space then becomes a plain space.
std::string misdecode(const std::string& s, const Page& p, Loss loss) {
    std::string out;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
            continue;
        }
        const char32_t cp = p.high[b - 0x80];
        if (cp) winnow::detail::append_utf8(out, cp == 0xA0 && loss == Loss::nbsp ? U' ' : cp);
        else if (loss == Loss::qmark) out += '?';
        else if (loss == Loss::fffd) winnow::detail::append_utf8(out, 0xFFFD);
        else if (loss != Loss::drop) winnow::detail::append_utf8(out, b);
    }
    return out;
}

bool has_undefined(const Page& p) {
    for (char32_t c : p.high)
        if (!c) return true;
    return false;
}

// What a repair can give back when the last decode lost bytes: the character whose byte was
// lost becomes U+FFFD, except the closing quote, the one common character "â€" + a lost
// byte stands for.
std::string expected_after_loss(const std::string& clean, const Page& p) {
    std::string out;
    for (const char32_t cp : code_points(clean)) {
        std::string enc;
        winnow::detail::append_utf8(enc, cp);
        bool lost = false;
        for (const char c : enc)
            if (static_cast<unsigned char>(c) >= 0x80 && !p.high[static_cast<unsigned char>(c) - 0x80]) lost = true;
        winnow::detail::append_utf8(out, !lost ? cp : cp == 0x201D ? cp : 0xFFFD);
    }
    return out;
}

// Whether dropping the page's undefined bytes leaves the lead of a two-byte sequence alone.
bool lead_left_alone(const std::string& clean, const Page& p) {
    for (const char32_t cp : code_points(clean)) {
        std::string enc;
        winnow::detail::append_utf8(enc, cp);
        if (enc.size() == 2 && !p.high[static_cast<unsigned char>(enc[1]) - 0x80]) return true;
    }
    return false;
}

struct Tally {
    int total = 0, exact = 0, not_idempotent = 0;
    int alone_total = 0, alone_exact = 0;   // the "lead left alone" cases, counted apart
    std::vector<std::string> misses;
    std::map<std::string, std::pair<int, int>> by_kind;   // kind → (exact, total)
    void add(const std::string& kind, const std::string& in, const std::string& want) {
        ++total;
        const bool alone = kind.find("lead left alone") != std::string::npos;
        alone_total += alone;
        auto& k = by_kind[kind];
        ++k.second;
        const std::string got = normalize_text(in, kDefault);
        if (normalize_text(got, kDefault) != got) ++not_idempotent;
        if (got == want) {
            ++exact;
            alone_exact += alone;
            ++k.first;
        } else if (misses.size() < 12 && (!std::getenv("MOJIBAKE_SHOW") || kind.find(std::getenv("MOJIBAKE_SHOW")) != std::string::npos)) {
            misses.push_back(kind + ": " + in + "\n   want " + want + "\n   got  " + got);
        }
    }
};

}  // namespace

TEST_CASE("generator: mojibake of 30 languages through every code page, 1-3 layers, lossy variants") {
    REQUIRE(kClean.size() >= 20);
    Tally t;
    std::mt19937 rng(20261130);
    for (const auto& page : pages()) {
        for (std::size_t k = 0; k < kClean.size(); ++k) {
            const std::string& clean = kClean[k];
            std::string cur = clean;
            for (int layers = 1; layers <= 3; ++layers) {
                const std::string inner = cur;
                const std::string layer = std::string(page.name) + " x" + std::to_string(layers);
                cur = misdecode(inner, page, Loss::none);
                t.add(layer, cur, clean);
                t.add(layer + " nbsp-as-space", misdecode(inner, page, Loss::nbsp), clean);
                // mixed with correct text in one line
                const std::string& other = kClean[rng() % kClean.size()];
                t.add(layer + " mixed", other + " " + cur + " " + other, other + " " + clean + " " + other);
            }
            if (has_undefined(page)) {
                const std::string want = expected_after_loss(clean, page);
                const char* names[] = {"", "", " byte dropped", " byte as ?", " byte as U+FFFD"};
                for (Loss l : {Loss::drop, Loss::qmark, Loss::fffd}) {
                    if (want == clean && l != Loss::drop) continue;
                    // A two-byte sequence that lost its last byte leaves a lead alone, which no
                    // repair can tell from a letter of correct text ("Åukasz" / "Ålesund").
                    const char* where = l == Loss::drop && lead_left_alone(clean, page) ? " (lead left alone)" : "";
                    t.add(std::string(page.name) + names[static_cast<int>(l)] + where, misdecode(clean, page, l), want);
                }
            }
        }
    }
    const double rate = static_cast<double>(t.exact) / t.total;
    const int defined_total = t.total - t.alone_total, defined_exact = t.exact - t.alone_exact;
    const double defined_rate = static_cast<double>(defined_exact) / defined_total;
    MESSAGE("generator: " << t.exact << " / " << t.total << " repaired exactly (" << rate * 100 << "%); without the "
            << t.alone_total << " cases of a lead left alone: " << defined_exact << " / " << defined_total << " ("
            << defined_rate * 100 << "%)");
    for (const auto& [kind, n] : t.by_kind)
        if (n.first < n.second) MESSAGE(kind << ": " << n.first << " / " << n.second);
    for (const auto& m : t.misses) MESSAGE(m);
    CHECK(defined_rate >= 0.99);
    CHECK(rate >= 0.98);
    CHECK(t.not_idempotent == 0);
}

TEST_CASE("a block's evidence judged by its first repair round is the separate evidence pass's, and so is the repair") {
    // normalize_document fuses the two for a block of one segment; the generator's damage
    // (every page, 1-3 layers, lossy forms, mixed with clean text) and the clean text check it.
    std::size_t cases = 0, repaired = 0, with_evidence = 0;
    auto same = [&](const std::string& s) {
        std::string fused, apart;
        winnow::detail::PageMask evidence = winnow::detail::kAllPages;
        const bool a = winnow::detail::repair_mojibake_own_evidence(s, fused, evidence);
        const winnow::detail::PageMask want = winnow::detail::mojibake_evidence(s);
        const bool b = winnow::detail::repair_mojibake(s, apart, want);
        CAPTURE(s);
        CHECK(evidence == want);
        CHECK(a == b);
        if (a && b) CHECK(fused == apart);
        ++cases;
        repaired += a;
        with_evidence += want != 0;
    };
    std::mt19937 rng(20261201);
    for (const auto& page : pages()) {
        for (const std::string& clean : kClean) {
            same(clean);
            std::string cur = clean;
            for (int layers = 1; layers <= 3; ++layers) {
                const std::string inner = cur;
                cur = misdecode(inner, page, Loss::none);
                same(cur);
                same(misdecode(inner, page, Loss::nbsp));
                const std::string& other = kClean[rng() % kClean.size()];
                same(other + " " + cur + " " + other);
            }
            if (has_undefined(page))
                for (Loss l : {Loss::drop, Loss::qmark, Loss::fffd}) same(misdecode(clean, page, l));
        }
    }
    for (const auto& s : kLegitimate) same(s);
    MESSAGE("own evidence: " << cases << " texts, " << repaired << " repaired, " << with_evidence << " with evidence");
    CHECK(repaired * 2 > cases);
    CHECK(with_evidence * 2 > cases);
}

TEST_CASE("legitimate text that looks like damage comes out byte-identical") {
    int same = 0;
    for (const auto& s : kLegitimate) {
        CAPTURE(s);
        const std::string got = normalize_text(s, kDefault);
        CHECK(got == s);
        same += got == s;
    }
    // the clean side of the generator too
    for (const auto& s : kClean) {
        CAPTURE(s);
        const std::string got = normalize_text(s, kDefault);
        CHECK(got == s);
        same += got == s;
    }
    MESSAGE("legitimate: " << same << " / " << kLegitimate.size() + kClean.size() << " byte-identical");
}

TEST_CASE("one example of each family and lossy form") {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"smile \u00ED\u00A0\u00BD\u00ED\u00B8\u20AC now", "smile \U0001F600 now"},   // CESU-8 pair read as windows-1252
        {"smile \u00ED \u00BD\u00ED\u00B8\u20AC now", "smile \U0001F600 now"},        // ... and its no-break space lost
        {"un caf\u251C\u2310 cr\u251C\u00BFme", "un caf\u00E9 cr\u00E8me"},           // cp437
        {"un caf\u221A\u00A9 cr\u221A\u00AEme", "un caf\u00E9 cr\u00E8me"},           // MacRoman
        {"\u00C3\u0081rbol y \u00C3\u008Dndice", "\u00C1rbol y \u00CDndice"},           // undefined bytes as C1 controls
        {"\u00E2\u20AC\u0153Hello,\u00E2\u20AC? she said", "\u201CHello,\u201D she said"},   // byte replaced by "?"
        {"Le caf\u00E9 est \u00C3\u00A9tonnant, voil\u00C3 tout", "Le caf\u00E9 est \u00E9tonnant, voil\u00E0 tout"},  // mixed; NBSP lost
        {"Ja\u0139\u203A ma \u0139\u013Dab\u00C4\u2122", "Ja\u015B ma \u017Cab\u0119"},   // windows-1250
        // an emoji whose last byte was lost (marked, dropped): no text holds "ðŸ‘", so it is
        // marked U+FFFD with nothing else damaged in the line
        {"Great job \u00F0\u0178\u2018\uFFFD thanks", "Great job \uFFFD thanks"},
        {"Great job \u00F0\u0178\u2018? thanks", "Great job \uFFFD thanks"},
        {"Gracias \u00F0\u0178\u2122", "Gracias \uFFFD"},
        // the emoji selector's lost byte: "ï¸" + a lost byte is U+FE0F; the heart's lost middle
        // byte is marked
        {"I \u00E2\uFFFD\u00A4\u00EF\u00B8\uFFFD NY", "I \uFFFD\uFE0F NY"},
        // a no-break space read as windows-1252 after a digit or a sign, its byte A0 kept or lost
        {"10\u00C2\u00A0km, prix\u00A0:\u00C2 5 \u20AC", "10 km, prix : 5 \u20AC"},
        // "¡" and "¿" open a clause: a capital glued before them is damage
        {"\u00C2\u00A1Hola! T\u00C3\u00A1 bom? \u00C2\u00BFQu\u00C3\u00A9?", "\u00A1Hola! T\u00E1 bom? \u00BFQu\u00E9?"},
        // an apostrophe after a small accented letter is correct text beside damage in the line
        {"Beyonc\u00E9\u2019s caf\u00C3\u00A9 and Jos\u00E9\u2019s", "Beyonc\u00E9\u2019s caf\u00E9 and Jos\u00E9\u2019s"},
        {"\u00C5\u2019uvre compl\u00C3\u00A8te", "\u0152uvre compl\u00E8te"},
        // near code pages: the one whose reading has no rare letter and no lone capital wins
        // ("čaša" in windows-1257, not "Ĩaša"; "não é" in ISO-8859-2, not "não Ê")
        {"i \u00C4\u00A8a\u00C5\u00A1a", "i \u010Da\u0161a"},
        {"n\u0102\u0141o \u0102\u0160 verdade, est\u0102\u0104", "n\u00E3o \u00E9 verdade, est\u00E1"},
        // "â€" + a lost byte between two emoji is the zero-width joiner, not a closing quote
        {"dev \u00F0\u0178\u2018\u00A9\u00E2\u20AC\u00F0\u0178\u2019\u00BB life", "dev \U0001F469\u200D\U0001F4BB life"},
        {"\u00F0\u0178\u2018\u00A8\u00E2\u20AC\uFFFD\u00F0\u0178\u2018\u00A9", "\U0001F468\u200D\U0001F469"},
        // a lead letter and the U+FFFD a decoder left for its lost byte: one U+FFFD
        {"NA\u00C3\uFFFDVE", "NA\uFFFDVE"},
        // two accented capitals, then a small letter: a word's first letter read as windows-1250
        {"S\u0102\u0141o Paulo", "S\u00E3o Paulo"},
        // at a line's end the no-break space of "à" went with the trailing space
        {"Hola, qu\u00C3\u00A9 tal? C\u2019est voil\u00C3", "Hola, qu\u00E9 tal? C\u2019est voil\u00E0"},
        {"Prix 10\u00C2", "Prix 10"},
        // "&nbsp;" between spaces, read as windows-1252 with its no-break space kept
        {"Hello \u00C2\u00A0 world", "Hello world"},
        // a sign alone between digits: "Ã—" is "×", read as Latin-1 too, and the "×" it gives
        // stays (before a space it is no Hebrew letter)
        {"5 \u00C3\u2014 3 = 15, 2 \u00C3\u0097 4 = 8", "5 \u00D7 3 = 15, 2 \u00D7 4 = 8"},
        // the next round is no page that lost this one: "L’été" is no Armenian letter
        {"L\u00E2\u20AC\u2122\u00C3\u00A9t\u00C3\u00A9 sera chaud", "L\u2019\u00E9t\u00E9 sera chaud"},
        {"L\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2\u00C3\u0192\u00C2\u00A9t\u00C3\u0192\u00C2\u00A9 sera chaud",
         "L\u2019\u00E9t\u00E9 sera chaud"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.in);
        CHECK(normalize_text(c.in, kDefault) == c.out);
    }
}

TEST_CASE("HTML input: the same repair per text node, links and headings included") {
    winnow::Options o;
    o.input = winnow::InputKind::html;
    const std::string page =
        "<html><head><title>Le caf\u00C3\u00A9 ferm\u00C3\u00A9</title></head><body><article>"
        "<h1>Le caf\u00C3\u00A9 ferm\u00C3\u00A9</h1>"
        "<p>Le caf\u00C3\u00A9 de la gare \u00C3\u00A9tait ferm\u00C3\u00A9 ; voil\u00C3  o\u00C3\u00B9 \u00C3\u00A7a a commenc\u00C3\u00A9, "
        "avec un <a href=\"/x\">lien vers l\u00E2\u20AC\u2122article</a> et une suite assez longue pour un paragraphe.</p>"
        "<p>Un second paragraphe, correct celui-l\u00E0, pour que la page ait un corps d\u2019article.</p>"
        "</article></body></html>";
    const winnow::Result r = winnow::clean(page, o);
    REQUIRE(r.ok());
    std::string all;
    for (const auto& b : r.document.body) all += b.text + "\n";
    CAPTURE(all);
    CHECK(all.find("Le caf\u00E9 de la gare \u00E9tait ferm\u00E9") != std::string::npos);
    CHECK(all.find("voil\u00E0 o\u00F9 \u00E7a a commenc\u00E9") != std::string::npos);
    CHECK(all.find("lien vers l\u2019article") != std::string::npos);
    CHECK(all.find("\u00C3") == std::string::npos);
    CHECK(r.document.meta.title == "Le caf\u00E9 ferm\u00E9");
}

TEST_CASE("HTML input: C1 controls (UTF-8 read as Latin-1, windows-1252 bytes as controls) reach the repair") {
    winnow::Options o;
    o.input = winnow::InputKind::html;
    // raw C1 controls in UTF-8 HTML: the parser alone would make them U+FFFD
    const std::string page =
        "<html><body><article>"
        "<p>El \u00C3\u0081rbol y el \u00C3\u008Dndice de la p\u00C3\u00A1gina est\u00C3\u00A1n aqu\u00C3\u00AD, "
        "con \u00C3\u0089mile y \u00E2\u0080\u009Ccomillas\u00E2\u0080\u009D, un texto largo para un p\u00C3\u00A1rrafo.</p>"
        "<p>Zwischen 2010\u00962011 hat er \u0093viel\u0094 gesagt \u0097 und noch mehr Text f\u00FCr einen Absatz.</p>"
        "<p>\u00D0\u009F\u00D1\u0080\u00D0\u00B8\u00D0\u00B2\u00D0\u00B5\u00D1\u0082, \u00D0\u00BC\u00D0\u00B8\u00D1\u0080 "
        "\u2014 und ein dritter Absatz, lang genug, um Text zu sein.</p>"
        "</article></body></html>";
    const winnow::Result r = winnow::clean(page, o);
    REQUIRE(r.ok());
    std::string all;
    for (const auto& b : r.document.body) all += b.text + "\n";
    CAPTURE(all);
    CHECK(all.find("El \u00C1rbol y el \u00CDndice de la p\u00E1gina est\u00E1n aqu\u00ED") != std::string::npos);
    CHECK(all.find("con \u00C9mile y \u201Ccomillas\u201D") != std::string::npos);
    CHECK(all.find("2010\u20132011 hat er \u201Cviel\u201D gesagt \u2014 und") != std::string::npos);
    CHECK(all.find("\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440") != std::string::npos);
    CHECK(all.find("\uFFFD") == std::string::npos);
}

TEST_CASE("HTML input: inline code quoting mojibake stays as written, unless the prose around it is damaged too") {
    winnow::Options o;
    o.input = winnow::InputKind::html;
    auto body_of = [&](const std::string& page) {
        const winnow::Result r = winnow::clean(page, o);
        REQUIRE(r.ok());
        std::string all;
        for (const auto& b : r.document.body) all += b.text + "\n";
        return all;
    };
    // A page about encodings: the damaged forms are what it shows.
    const std::string about =
        "<html><body><article><p>Read as Windows-1252, the UTF-8 letter \u00E9 becomes <code>\u00C3\u00A9</code>, "
        "the apostrophe \u2019 becomes <code>\u00E2\u20AC\u2122</code> and <code>&amp;eacute;</code> is an entity "
        "escaped twice; the prose around them is correct.</p></article></body></html>";
    std::string all = body_of(about);
    CAPTURE(all);
    CHECK(all.find("becomes \u00C3\u00A9, the apostrophe \u2019 becomes \u00E2\u20AC\u2122 and &eacute; is") != std::string::npos);
    // A whole page misread: its code is as damaged as its prose, and both are repaired.
    const std::string misread =
        "<html><body><article><p>Le caf\u00C3\u00A9 de la gare \u00C3\u00A9tait ferm\u00C3\u00A9, voil\u00C3\u00A0 "
        "le fichier <code>r\u00C3\u00A9sum\u00C3\u00A9.txt</code> qu\u00E2\u20AC\u2122il a envoy\u00C3\u00A9.</p>"
        "</article></body></html>";
    all = body_of(misread);
    CAPTURE(all);
    CHECK(all.find("le fichier r\u00E9sum\u00E9.txt qu\u2019il a envoy\u00E9") != std::string::npos);
}

TEST_CASE("HTML input: a code block quoting mojibake stays as written, unless the page's prose is damaged too") {
    winnow::Options o;
    o.input = winnow::InputKind::html;
    auto code_of = [&](const std::string& page) {
        const winnow::Result r = winnow::clean(page, o);
        REQUIRE(r.ok());
        for (const auto& b : r.document.body)
            if (b.kind == winnow::BlockKind::code) return b.text;
        return std::string("(no code block)");
    };
    const std::string prose =
        "<p>When a page is saved as UTF-8 and read as Windows-1252, every accented letter turns into two "
        "characters; the listing below shows what a reader sees, line by line.</p>";
    const std::string quoted = "r\u00C3\u00A9sum\u00C3\u00A9 \u00E2\u20AC\u201D na\u00C3\u00AFve";
    CHECK(code_of("<html><body><article>" + prose + "<pre>" + quoted + "</pre>" + prose + "</article></body></html>") == quoted);
    const std::string misread_prose =
        "<p>Le caf\u00C3\u00A9 de la gare \u00C3\u00A9tait ferm\u00C3\u00A9, voil\u00C3\u00A0 o\u00C3\u00B9 "
        "\u00C3\u00A7a a commenc\u00C3\u00A9 ce matin-l\u00C3\u00A0, dit-il.</p>";
    CHECK(code_of("<html><body><article>" + misread_prose + "<pre>" + quoted + "</pre>" + misread_prose +
                  "</article></body></html>") == "r\u00E9sum\u00E9 \u2014 na\u00EFve");
}
