#include <doctest/doctest.h>
#include <iconv.h>

#include <string>
#include <vector>

#include "unicode.hpp"

using winnow::Block;
using winnow::BlockKind;
using winnow::Document;
using winnow::Span;
using winnow::UnicodeOptions;
using winnow::detail::normalize_document;
using winnow::detail::normalize_preformatted;
using winnow::detail::normalize_text;

namespace {

struct Case {
    std::string in, out;
};

// UTF-8 read as windows-1252, built independently of the library (iconv per byte; the five
// bytes windows-1252 leaves undefined become the C1 control of the same value).
std::string moji(const std::string& s) {
    std::string out;
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
            continue;
        }
        char in[1] = {c};
        char buf[8];
        char* ip = in;
        char* op = buf;
        std::size_t il = 1, ol = sizeof buf;
        if (iconv(cd, &ip, &il, &op, &ol) == static_cast<std::size_t>(-1)) {
            out += static_cast<char>(0xC2);   // U+0080..U+009F
            out += static_cast<char>(b);
        } else {
            out.append(buf, static_cast<std::size_t>(op - buf));
        }
    }
    iconv_close(cd);
    return out;
}

const UnicodeOptions kDefault{};

// Damage of every kind, with its repair.
std::vector<Case> damage_cases() {
    return {
        // invisible debris
        {"mon\u200Bey", "money"},
        {"bei\u200Cng", "being"},
        {"NA\u200DSCAR", "NASCAR"},
        {"be\u2060ing", "being"},
        {"in\u00ADcred\u00ADible", "incredible"},
        {"\uFEFFHello world", "Hello world"},
        {"wo\uFEFFrld", "world"},
        {"a\u180Eb", "ab"},
        {"x\u2062y", "xy"},
        {"\u200B\u200B", ""},
        // bidi controls
        {"\u200Eword", "word"},
        {"\u200Fword", "word"},
        {"\u202Aword\u202C", "word"},
        {"\u202Bword\u202C", "word"},
        {"\u202Dword\u202E", "word"},
        {"\u2066word\u2069", "word"},
        {"\u2067word\u2069", "word"},
        {"\u2068word\u2069", "word"},
        {"\u061Cword", "word"},
        // odd spaces
        {"a\u00A0b", "a b"},
        {"a\u2009b", "a b"},
        {"a\u202Fb", "a b"},
        {"a\u2007b", "a b"},
        {"a\u2002b", "a b"},
        {"a\u2003b", "a b"},
        {"a\u3000b", "a b"},
        {"a\u205Fb", "a b"},
        {"a\u2008b", "a b"},
        {"a\u2005b", "a b"},
        {"a\u1680b", "a b"},
        {"a\u2000b", "a b"},
        {"a\u200Ab", "a b"},
        {"a \u00A0 \u2009b", "a b"},
        {"  padded   text  ", "padded text"},
        // controls and line breaks
        {"a\x01" "b\x1F" "c", "abc"},
        {"a\x7F" "b", "ab"},
        // C1 controls are windows-1252 bytes read as Latin-1, read back as HTML reads "&#128;";
        // the five windows-1252 leaves undefined go
        {"a\xC2\x80" "b\xC2\x9F" "c", "a\u20ACb\u0178c"},
        {"a\xC2\x81" "b\xC2\x9D" "c", "abc"},
        {"one\ntwo\tthree\r\nfour\rfive", "one two three four five"},
        {"line\u2028next\u2029para", "line next para"},
        {"a\xC2\x85" "b", "a\u2026b"},   // windows-1252's ellipsis, not NEL
        {"a\x0B" "b\x0C" "c", "a b c"},
        // canonical composition
        {"Cafe\u0301", "Café"},
        {"re\u0301sume\u0301 na\u0131\u0308ve", "résumé na\u0131\u0308ve"},   // dotless i + diaeresis has no precomposed form
        {"Vie\u0323\u0302t Nam", "Việt Nam"},
        {"\u1112\u1161\u11AB\u1100\u1173\u11AF", "한글"},
        {"\u0995\u09C7\u09BE", "\u0995\u09CB"},
        {"\u212B", "\u00C5"},
        {"e\u200B\u0301", "é"},
        {"A\u030A", "Å"},
        {"\u03B1\u0301", "\u03AC"},
        // entity residue
        {"AT&amp;T", "AT&T"},
        {"R&amp;amp;D", "R&D"},
        {"&amp;amp;amp;", "&"},
        {"&amp;amp;lt;b&amp;gt;", "<b>"},
        {"&amp;#8217;", "\u2019"},
        {"it&#8217;s", "it\u2019s"},
        {"it&#x2019;s", "it\u2019s"},
        {"it&#X2019;s", "it\u2019s"},
        {"&quot;hi&quot;", "\"hi\""},
        {"a &lt; b &gt; c", "a < b > c"},
        {"x&nbsp;y", "x y"},
        {"x&amp;nbsp;y", "x y"},
        {"&eacute;t&eacute;", "été"},
        {"&#150; dash", "\u2013 dash"},
        {"&#x1F600;", "\U0001F600"},
        {"wait&hellip;", "wait\u2026"},
        {"&ldquo;q&rdquo;", "\u201Cq\u201D"},
        {"&#0;", "\uFFFD"},
        {"soft&shy;hyphen", "softhyphen"},
        {"zero&#8203;width", "zerowidth"},
        {"&copy; 2024", "\u00A9 2024"},
        // mojibake: words, double encoding, whole paragraphs, inside good text
        {moji("It\u2019s"), "It\u2019s"},
        {moji("caf\u00E9"), "caf\u00E9"},
        {moji("\u00FCber"), "\u00FCber"},
        {moji(moji("caf\u00E9")), "caf\u00E9"},
        {moji(moji("It\u2019s")), "It\u2019s"},
        {moji("\u201CHello,\u201D she said"), "\u201CHello,\u201D she said"},   // ” has an undefined cp1252 byte
        // ” whose undefined cp1252 byte (9D) was dropped by the damaging decoder.
        {"directly,\u00E2\u20AC Simpson said.", "directly,\u201D Simpson said."},
        {"the storm.\u00E2\u20AC", "the storm.\u201D"},
        // Many layers of encoding: one more "Â" per layer before a U+00A0-00BF character.
        {"x \u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2"
         "\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00C2\u00BC cup",
         "x \u00BC cup"},
        // Cyrillic "с" (D1 81) whose undefined cp1252 byte 81 was dropped: "с э я ѐ ѝ" all lose
        // a byte there, so the letter is marked, not guessed.
        {"\u00D0\u00B2\u00D0\u00B0\u00D1 \u00D0\u00B2\u00D0\u00B4\u00D0\u00BE", "\u0432\u0430\uFFFD \u0432\u0434\u043E"},
        {"\u00D1\u00D0\u00BE\u00D0\u00B7", "\uFFFD\u043E\u0437"},
        {"\u00D0\u00BD\u00D0\u00B0 \u00D1\u0081\u00D0\u00BE\u00D0\u00B7", "\u043D\u0430 \u0441\u043E\u0437"},
        {"\u00D0\u00BD\u00D0\u00B0 \u00D1\uFFFD\u00D0\u00BE\u00D0\u00B7", "\u043D\u0430 \uFFFD\u043E\u0437"},  // byte replaced by the HTML parser
        {moji("\u2014"), "\u2014"},
        {moji("\u2026"), "\u2026"},
        {moji("fines.\u00A0"), "fines."},
        {moji("Noem\u00A0cited\u00A0the"), "Noem cited the"},
        {moji("\U0001F600 smile"), "\U0001F600 smile"},
        {moji("\u00C1rbol"), "\u00C1rbol"},
        {moji("t\u00EDtulo"), "t\u00EDtulo"},
        {moji("\u0427\u0442\u043E \u0432\u0430\u0441 \u0432\u0434\u043E\u0445\u043D\u043E\u0432\u0438\u043B\u043E"),
         "\u0427\u0442\u043E \u0432\u0430\u0441 \u0432\u0434\u043E\u0445\u043D\u043E\u0432\u0438\u043B\u043E"},
        {moji("El t\u00EDtulo de las \u00FAltimas noticias: \u00BFqu\u00E9 pas\u00F3 en Espa\u00F1a?"),
         "El t\u00EDtulo de las \u00FAltimas noticias: \u00BFqu\u00E9 pas\u00F3 en Espa\u00F1a?"},
        {moji("W\u0142asny dom, \u017C\u00F3\u0142w i \u0107ma"), "W\u0142asny dom, \u017C\u00F3\u0142w i \u0107ma"},
        {moji("fa\u021Ba \u0219i \u021Bara"), "fa\u021Ba \u0219i \u021Bara"},
        {moji("\u03B1\u03B2\u03B3 \u0394\u03AD\u03BB\u03C4\u03B1"), "\u03B1\u03B2\u03B3 \u0394\u03AD\u03BB\u03C4\u03B1"},
        {moji("\u05E9\u05DC\u05D5\u05DD"), "\u05E9\u05DC\u05D5\u05DD"},
        {moji("\u4E2D\u6587"), "\u4E2D\u6587"},
        {moji("\uFEFF") + "Hello", "Hello"},
        {"The " + moji("caf\u00E9") + " is na\u00EFve", "The caf\u00E9 is na\u00EFve"},
        {"Ordem: " + moji("S\u00C3O") + " e N\u00C3O", "Ordem: S\u00C3O e N\u00C3O"},
        // an ambiguous upper-case ending is repaired when the text shows clear damage
        {moji("AV\u00D4 it\u2019s"), "AV\u00D4 it\u2019s"},
        {moji("DICOM\u00AE"), "DICOM\u00AE"},
        // "blank" Hangul fillers and presentation selectors after letters
        {"ap\u3164proved the plan\uFFA0 today", "approved the plan today"},
        {"ap\uFE0Fproved, A\u030A\uFE0F and \u212B\uFE0E", "approved, \u00C5 and \u00C5"},
        // UTF-8 read as ISO-8859-1 (its C1 controls stand for bytes 80-9F) and as windows-1251
        {"\u00D0\u009F\u00D1\u0080\u00D0\u00B8\u00D0\u00B2\u00D0\u00B5\u00D1\u0082, \u00D0\u00BA\u00D0\u00B0\u00D0\u00BA \u00D0\u00B4\u00D0\u00B5\u00D0\u00BB\u00D0\u00B0 \u00D1\u0083 \u00D0\u00B2\u00D1\u0081\u00D0\u00B5\u00D1\u0085 \u00D0\u00B2 \u00D0\u00B3\u00D0\u00BE\u00D1\u0080\u00D0\u00BE\u00D0\u00B4\u00D0\u00B5 \u00D1\u0081\u00D0\u00B5\u00D0\u00B3\u00D0\u00BE\u00D0\u00B4\u00D0\u00BD\u00D1\u008F?", "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430 \u0443 \u0432\u0441\u0435\u0445 \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u0441\u0435\u0433\u043E\u0434\u043D\u044F?"},  // UTF-8 read as latin-1
        {"Z\u00C3\u00BCrich Stra\u00C3\u009Fe \u00C3\u0084rger", "Z\u00FCrich Stra\u00DFe \u00C4rger"},  // UTF-8 read as latin-1
        {"\u00E6\u0097\u00A5\u00E6\u009C\u00AC\u00E8\u00AA\u009E\u00E3\u0081\u00AE\u00E3\u0083\u0086\u00E3\u0082\u00AD\u00E3\u0082\u00B9\u00E3\u0083\u0088\u00E3\u0081\u00A7\u00E3\u0081\u0099", "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3067\u3059"},  // UTF-8 read as latin-1
        {"\u0420\u045F\u0421\u0402\u0420\u0451\u0420\u0406\u0420\u00B5\u0421\u201A, \u0420\u0454\u0420\u00B0\u0420\u0454 \u0420\u0491\u0420\u00B5\u0420\u00BB\u0420\u00B0 \u0421\u0453 \u0420\u0406\u0421\u0403\u0420\u00B5\u0421\u2026 \u0420\u0406 \u0420\u0456\u0420\u0455\u0421\u0402\u0420\u0455\u0420\u0491\u0420\u00B5 \u0421\u0403\u0420\u00B5\u0420\u0456\u0420\u0455\u0420\u0491\u0420\u0405\u0421\u040F?", "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430 \u0443 \u0432\u0441\u0435\u0445 \u0432 \u0433\u043E\u0440\u043E\u0434\u0435 \u0441\u0435\u0433\u043E\u0434\u043D\u044F?"},  // UTF-8 read as cp1251
        {"Caf\u0413\u00A9 cr\u0413\u0401me br\u0413\u00BBl\u0413\u00A9e", "Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e"},  // UTF-8 read as cp1251
        {"na\u0413\u0407ve \u0432\u0402\u201D \u0432\u0402\u045Aquoted\u0432\u0402\u045C \u0432\u0402\u00A6", "na\u00EFve \u2014 \u201Cquoted\u201D \u2026"},  // UTF-8 read as cp1251
        {"\u041E\u0459\u041E\u00B1\u041E\u00BB\u041E\u00B7\u041E\u0458\u041E\u00AD\u041F\u0403\u041E\u00B1 \u041F\u0453\u041E\u00B5 \u041F\u040A\u041E\u00BB\u041E\u0457\u041F\u2026\u041F\u201A", "\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2"},  // UTF-8 read as cp1251
        // U+FFFD is the garbage filter's business
        {"a\uFFFDb", "a\uFFFDb"},
        // ZWJ only between emoji, not between emoji and a letter
        {"a\u200D\U0001F600", "a\U0001F600"},
        {"\U0001F469\u200D\u200D\U0001F4BB", "\U0001F469\u200D\U0001F4BB"},
    };
}

// Legitimate text in many scripts: must come out byte-identical.
const std::vector<std::string> kLegit = {
    "N\u00C3O, S\u00C3O PAULO, MA\u00C7\u00C3, IRM\u00C3 e AMANH\u00C3.",
    "\u201CAV\u00D4\u201D e \u201CIRM\u00C3\u201D chegaram; a ma\u00E7\u00E3 n\u00E3o \u00E9 cara.",
    "\u00C6r\u00F8, \u00D8resund, \u00C5land og sm\u00F8rrebr\u00F8d \u2014 \u00C5lesund.",
    "Gr\u00F6\u00DFe, \u201EStra\u00DFe\u201C, Fu\u00DF\u201D und Gru\u00DF\u2019 aus K\u00F6ln.",
    "L\u2019\u00E9t\u00E9 \u00E0 Paris \u2014 \u00AB \u00C7a co\u00FBte 20 \u20AC \u00BB. CAF\u00C9\u201D",
    "\u0130stanbul\u2019da \u0131\u015F\u0131k, \u015F\u00F6yle G\u00DC\u00C7L\u00DC, GEN\u00C7\u201D.",
    "Ti\u1EBFng Vi\u1EC7t c\u00F3 d\u1EA5u: H\u00E0 N\u1ED9i, \u0110\u00E0 N\u1EB5ng, Hu\u1EBF.",
    "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144.",
    "P\u0159\u00EDli\u0161 \u017Elu\u0165ou\u010Dk\u00FD k\u016F\u0148 \u00FAp\u011Bl \u010F\u00E1belsk\u00E9 \u00F3dy.",
    "\u0421\u044A\u0435\u0448\u044C \u0436\u0435 \u0435\u0449\u0451 \u044D\u0442\u0438\u0445 \u043C\u044F\u0433\u043A\u0438\u0445 \u0431\u0443\u043B\u043E\u043A.",
    "\u0407\u0436\u0430\u043A \u0456 \u0491\u0430\u0432\u0430: \u041A\u0438\u0457\u0432, \u041B\u044C\u0432\u0456\u0432.",
    "\u039E\u03B5\u03C3\u03BA\u03B5\u03C0\u03AC\u03B6\u03C9 \u03C4\u03B7\u03BD \u03C8\u03C5\u03C7\u03BF\u03C6\u03B8\u03CC\u03C1\u03B1 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1.",
    "\u0627\u0644\u0644\u063A\u0629 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u062C\u0645\u064A\u0644\u0629.",
    "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u06A9\u062A\u0627\u0628\u200C\u0647\u0627 \u0631\u0627 \u0628\u062E\u0648\u0627\u0646\u0645.",
    "\u0915\u094D\u200D\u0937 \u0914\u0930 \u0915\u094D\u200C\u0937, \u0928\u092E\u0938\u094D\u0924\u0947 \u0926\u0941\u0928\u093F\u092F\u093E",
    "\u0986\u09AE\u09BF \u09AC\u09BE\u0982\u09B2\u09BE\u09AF\u09BC \u0997\u09BE\u09A8 \u0997\u09BE\u0987\u0964 \u0995\u09CB\u09A5\u09BE\u09AF\u09BC",
    "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD, \u05E2\u05D1\u05E8\u05D9\u05EA.",
    "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\uFF0C\u5317\u4EAC\u6B22\u8FCE\u4F60\uFF01",
    "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8\u3001\u30AB\u30BF\u30AB\u30CA\u3068\u3072\u3089\u304C\u306A\u3002",
    "\uB300\uD55C\uBBFC\uAD6D \uC11C\uC6B8\uD2B9\uBCC4\uC2DC",
    "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E2A\u0E27\u0E22\u0E07\u0E32\u0E21",
    "\U0001F469\u200D\U0001F4BB \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F3F3\uFE0F\u200D\U0001F308 \U0001F44D\U0001F3FD \U0001F1EB\U0001F1F7\U0001F1E9\U0001F1EA \u2764\uFE0F",
    "\U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F \U0001F9D1\U0001F3FB\u200D\U0001F680",
    "\u00B1 \u00D7 \u00F7 \u2211 \u2264 \u2265 \u221E \u221A2 \u222B x\u00B2 dx, 3\u00D7\u00BD",
    "\u20AC 5 \u00A3 6 \u00A5 7 \u20B9 8 \u20BD 9 $ 10 \u00A2",
    "AT&T and R&D, Q&A; Tom & Jerry; a&b; &c",
    "na\u00EFve caf\u00E9",
    "\u00C5ngstr\u00F6m (\u00C5) unit",
    "\u00BFQu\u00E9 tal? \u00A1A\u00F1o nuevo! ESPA\u00D1A",
    "\u00DE\u00F3r\u00F0ur og \u00C6gir: vi\u00F0 erum \u00DE\u00C6R.",
    "\u0218tiin\u021Ba \u0219i fa\u021Ba \u021B\u0103rii",
    "\u00C1rv\u00EDzt\u0171r\u0151 t\u00FCk\u00F6rf\u00FAr\u00F3g\u00E9p",
    "\u00C8 gi\u00E0 cos\u00EC, perch\u00E9 s\u00EC.",
    "\u0DC1\u0DCA\u200D\u0DBB\u0DD3 \u0DBD\u0D82\u0D9A\u0DCF",
    "\u0D2E\u0D32\u0D2F\u0D3E\u0D33\u0D02 \u0D05\u0D35\u0D28\u0D4D\u200D \u0D2D\u0D3E\u0D37",
    "\u0540\u0561\u0575\u0561\u057D\u057F\u0561\u0576 \u10E1\u10D0\u10E5\u10D0\u10E0\u10D7\u10D5\u10D4\u10DA\u10DD \u12A2\u1275\u12EE\u1335\u12EB",
    "\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD\u0BA8\u0BBE\u0B9F\u0BC1",
    "\u263A\uFE0F \u2714\uFE0E \u845B\U000E0100",
    "Latin-1: \u00A9 \u00AE \u00B0 \u00B2 \u00B3 \u00B5 \u00B6 \u00B7 \u00BC \u00BD \u00BE \u00AB \u00BB \u00A7",
    "Price: 5 \u20AC (\u2248 $5.40) \u2014 10% off! \u201Cquoted\u201D \u2018single\u2019 \u2026",
    "\u00D8\u2026 \u00DC\u201D \u00CB\u00BB \u00D3\u00BBx",
    "Text with a literal \uFFFD replacement",
    "email me: a@b.c &amp no semicolon, &unknown; stays",
    "Keycaps 1\uFE0F\u20E3 #\uFE0F\u20E3, \u2139\uFE0F info, \u2764\uFE0F and \u00A9\uFE0F stay.",
    "\uD55C\uAE00 \u3131\u314F \u3147\u3163",
    // Cyrillic with the letters and signs windows-1251 mojibake is made of
    "\u0420\u0456\u0432\u043D\u0435 \u2014 \u043C\u0456\u0441\u0442\u043E \u0432 \u0423\u043A\u0440\u0430\u0457\u043D\u0456. \u0420\u0456\u043A \u0442\u043E\u043C\u0443 \u0442\u0443\u0442 \u0431\u0443\u043B\u043E \u0441\u0432\u044F\u0442\u043E \u00AB\u0420\u0456\u0437\u0434\u0432\u043E\u00BB \u0456 \u0421\u0456.",
    "\u0402\u043E\u0440\u0452\u0435 \u0408\u043E\u0432\u0430\u043D\u043E\u0432\u0438\u045B \u0436\u0438\u0432\u0438 \u0443 \u0411\u0435\u043E\u0433\u0440\u0430\u0434\u0443, \u0430 \u0409\u0443\u0431\u0438\u0446\u0430 \u0443 \u041D\u0438\u0448\u0443; \u040F\u043E\u043D \u0438 \u040B\u0438\u0440\u0430.",
    "\u041E\u043D \u0441\u043A\u0430\u0437\u0430\u043B: \u00AB\u0420\u00BB \u2014 \u044D\u0442\u043E \u0431\u0443\u043A\u0432\u0430. \u0422\u0435\u043C\u043F\u0435\u0440\u0430\u0442\u0443\u0440\u0430 +20\u00B0C, \u043A\u0443\u0440\u0441 1\u20AC, \u2116 5, \u0442. \u0435. \u0421\u00B1.",
    "\u0403\u043E\u0440\u0453\u0438 \u0438 \u040C\u0435\u0440\u043A\u0430, \u0405\u0432\u0435\u0437\u0434\u0430 \u0438 \u0408\u0430.",
    "\u041A\u043E\u043C\u043F\u0430\u043D\u0438\u044F \u00AB\u0420\u0416\u0414\u00BB \u0438 \u00AB\u0421\u0402\u00BB \u2014 \u0430\u0431\u0431\u0440\u0435\u0432\u0438\u0430\u0442\u0443\u0440\u044B; \u0420\u00B0 \u0438 \u0421\u201A \u0440\u0435\u0434\u043A\u043E.",
    "\u0401\u0416\u0418\u041A \u0401\u043B\u043A\u0438\u043D \u0407\u0416\u0410\u041A \u0404\u0432\u0430 \u0406\u0412\u0410\u041D",
};

}  // namespace

TEST_CASE("every kind of damage is repaired") {
    for (const auto& c : damage_cases()) {
        CAPTURE(c.in);
        CHECK(normalize_text(c.in, kDefault) == c.out);
    }
}

TEST_CASE("legitimate text in many scripts comes out byte-identical") {
    CHECK(kLegit.size() >= 30);
    for (const auto& s : kLegit) {
        CAPTURE(s);
        CHECK(normalize_text(s, kDefault) == s);
    }
}

TEST_CASE("normalization is idempotent") {
    const UnicodeOptions nfkc{true, true, false};
    const UnicodeOptions folded{false, true, true};
    std::vector<std::string> all;
    for (const auto& c : damage_cases()) {
        all.push_back(c.in);
        all.push_back(c.out);
    }
    all.insert(all.end(), kLegit.begin(), kLegit.end());
    all.push_back("&\u200Bamp;amp; x");
    all.push_back("\u00C3\u200B\u00A9");
    all.push_back("x \u00A8 y \uFB01 \uFF21");
    for (const auto& s : all) {
        CAPTURE(s);
        for (const auto* o : {&kDefault, &nfkc, &folded}) {
            const std::string once = normalize_text(s, *o);
            CHECK(normalize_text(once, *o) == once);
            const std::string pre = normalize_preformatted(s, *o);
            CHECK(normalize_preformatted(pre, *o) == pre);
        }
    }
}

TEST_CASE("options: NFKC, typography folding, mojibake switch") {
    const UnicodeOptions nfkc{true, true, false};
    CHECK(normalize_text("\uFB01ne \uFF21\uFF22\uFF23 x\u00B2", nfkc) == "fine ABC x2");
    // NFC keeps full-width forms in CJK text and folds them in Latin text; Latin ligatures are
    // letters in every mode (see below)
    CHECK(normalize_text("\uFB01ne \u793E\uFF21\uFF22\uFF23", kDefault) == "fine \u793E\uFF21\uFF22\uFF23");
    CHECK(normalize_text("\uFB01ne \uFF21\uFF22\uFF23", kDefault) == "fine ABC");
    // Full-width words parted by a space or a dropped control are judged by the text around
    // them, as one run: the same result on a second pass.
    CHECK(normalize_text("Get \uFF26\uFF32\uFF25\uFF25 \uFF33\uFF28\uFF29\uFF30 today", kDefault) == "Get FREE SHIP today");
    CHECK(normalize_text("x \uFF21\u0001\uFF22 y", kDefault) == "x AB y");
    CHECK(normalize_text("\u65E5\u672C \uFF21\uFF22\uFF23 \uFF24\uFF25\uFF26 \u3067\u3059", kDefault) ==
          "\u65E5\u672C \uFF21\uFF22\uFF23 \uFF24\uFF25\uFF26 \u3067\u3059");
    CHECK(normalize_text("a \u00A8 b", nfkc) == "a \u0308 b");

    const UnicodeOptions fold{false, true, true};
    const std::string typo = "\u201CHi\u201D \u2014 it\u2019s \u2018ok\u2019\u2026 1\u20132";
    CHECK(normalize_text(typo, fold) == "\"Hi\" - it's 'ok'... 1-2");
    CHECK(normalize_text(typo, kDefault) == typo);

    const UnicodeOptions no_repair{false, false, false};
    CHECK(normalize_text(moji("caf\u00E9"), no_repair) == moji("caf\u00E9"));
}

TEST_CASE("preformatted text keeps lines and indentation") {
    CHECK(normalize_preformatted("int main() {\r\n\treturn 0;\r\n}", kDefault) == "int main() {\n\treturn 0;\n}");
    CHECK(normalize_preformatted("\n\n    x = 1\u00A0;\u200B\n\n  y\u2028z  \n\n", kDefault) == "    x = 1 ;\n\n  y\nz");
    CHECK(normalize_preformatted("a  \u00A0b\rc", kDefault) == "a   b\nc");
    // Entity text in code is what the page showed; it stays.
    CHECK(normalize_preformatted("if (a &amp;&amp; b)", kDefault) == "if (a &amp;&amp; b)");
    CHECK(normalize_preformatted("e\u0301", kDefault) == "é");
}

TEST_CASE("normalize_document: metadata, blocks, spans") {
    Document doc;
    doc.meta.title = " \u200BThe  caf\u00C3\u00A9\u00A0story ";
    doc.meta.authors.push_back({"Jos\u00E9\u00A0Garc\u0131\u0301a", "editor\u200E"});
    doc.meta.tags = {"na\u00EFve\u00AD", "&amp;more"};
    doc.meta.url = " \thttps://example.org/a\u200B\n";

    Block p;
    p.kind = BlockKind::paragraph;
    // "Read  the\u00A0caf\u00C3\u00A9 guide\u200B by  Jos\u00E9 now."
    const std::string a = "Read  the\u00A0";
    const std::string link = "caf\u00C3\u00A9 guide\u200B";
    const std::string b = " by  ";
    const std::string strong = "Jose\u0301";
    const std::string c = " now.";
    p.text = a + link + b + strong + c;
    Span s1{Span::Kind::link, static_cast<std::uint32_t>(a.size()), static_cast<std::uint32_t>(a.size() + link.size()),
            "  https://example.org/guide\u200B "};
    const auto sb = static_cast<std::uint32_t>(a.size() + link.size() + b.size());
    Span s2{Span::Kind::strong, sb, static_cast<std::uint32_t>(sb + strong.size()), {}};
    p.spans = {s1, s2};

    Block code;
    code.kind = BlockKind::code;
    code.text = "\nif (x)\r\n    y();\u00A0\n";

    Block list;
    list.kind = BlockKind::list;
    Block item;
    item.kind = BlockKind::item;
    item.text = "it\u00E2\u20AC\u2122s \u200Bfine";
    list.children.push_back(item);

    doc.body = {p, code, list};
    normalize_document(doc, kDefault);

    CHECK(doc.meta.title == "The caf\u00E9 story");
    CHECK(doc.meta.authors[0].name == "Jos\u00E9 Garc\u0131\u0301a");
    CHECK(doc.meta.authors[0].role == "editor");
    CHECK(doc.meta.tags[0] == "na\u00EFve");
    CHECK(doc.meta.tags[1] == "&more");
    CHECK(doc.meta.url == "https://example.org/a");

    const Block& q = doc.body[0];
    CHECK(q.text == "Read the caf\u00E9 guide by Jos\u00E9 now.");
    REQUIRE(q.spans.size() == 2);
    CHECK(q.text.substr(q.spans[0].begin, q.spans[0].end - q.spans[0].begin) == "caf\u00E9 guide");
    CHECK(q.spans[0].target == "https://example.org/guide");
    CHECK(q.text.substr(q.spans[1].begin, q.spans[1].end - q.spans[1].begin) == "Jos\u00E9");

    CHECK(doc.body[1].text == "if (x)\n    y();");
    CHECK(doc.body[2].children[0].text == "it\u2019s fine");
}

TEST_CASE("ZWJ/ZWNJ survive only where a script or emoji sequence needs them") {
    // Latin word: debris
    CHECK(normalize_text("gre\u200Cat", kDefault) == "great");
    // Persian half-space, Hindi conjunct control
    CHECK(normalize_text("\u0645\u06CC\u200C\u0631\u0648\u0645", kDefault) == "\u0645\u06CC\u200C\u0631\u0648\u0645");
    CHECK(normalize_text("\u0915\u094D\u200D\u0937", kDefault) == "\u0915\u094D\u200D\u0937");
    // Between an Arabic letter and a Latin one: debris
    CHECK(normalize_text("\u0645\u200Ca", kDefault) == "\u0645a");
    // Emoji sequence with a modifier and VS16
    CHECK(normalize_text("\U0001F3F3\uFE0F\u200D\U0001F308", kDefault) == "\U0001F3F3\uFE0F\u200D\U0001F308");
    // Debris between an emoji and its joiner partner is removed, the joiner kept
    CHECK(normalize_text("\U0001F469\u200B\u200D\U0001F4BB", kDefault) == "\U0001F469\u200D\U0001F4BB");
}

TEST_CASE("random mixtures of debris, marks, mojibake and scripts: idempotent, never crash") {
    // Code points drawn from the classes the stage treats specially, glued at random.
    const char32_t pool[] = {
        'a', 'Z', ' ', ' ', '&', ';', '#', 'x', '1', '\n', '\t', '\r', 0x01, 0x7F, 0x85, 0x9D, 0xA0, 0xAD,
        0xC2, 0xC3, 0xE2, 0xF0, 0x80, 0x94, 0x99, 0x201C, 0x2019, 0x20AC, 0x2122, 0xA9, 0xB8, 0x178,
        0x0301, 0x0308, 0x0323, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202E, 0x2066, 0x2028, 0x3000,
        0x0645, 0x06CC, 0x0915, 0x094D, 0x0937, 0x1100, 0x1161, 0x11AB, 0xAC00, 0x1F469, 0x1F4BB,
        0xFE0F, 0x1F3FD, 0xFFFD, 0xFB01, 0xFF21, 0x00A8, 0x212B, 0xE0067, 0xE007F, 0x0DCA, 0x0DBB};
    auto put = [](std::string& s, char32_t cp) {
        if (cp < 0x80) s += static_cast<char>(cp);
        else if (cp < 0x800) { s += static_cast<char>(0xC0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
        else if (cp < 0x10000) { s += static_cast<char>(0xE0 | (cp >> 12)); s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
        else { s += static_cast<char>(0xF0 | (cp >> 18)); s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)); s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
    };
    const std::string words[] = {"amp;", "nbsp;", "#8217;", "#x2019;", "lt;", "AT&T"};
    std::uint32_t state = 2463534242u;
    auto rnd = [&] { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; };
    const UnicodeOptions variants[] = {{false, true, false}, {true, true, false}, {false, true, true}, {false, false, false}};
    for (int round = 0; round < 5000; ++round) {
        std::string s;
        const int len = static_cast<int>(rnd() % 24);
        for (int k = 0; k < len; ++k) {
            if (rnd() % 8 == 0) s += words[rnd() % 6];
            else put(s, pool[rnd() % (sizeof pool / sizeof pool[0])]);
        }
        const auto& o = variants[round % 4];
        CAPTURE(s);
        const std::string once = normalize_text(s, o);
        CHECK(normalize_text(once, o) == once);
        CHECK(once.find("  ") == std::string::npos);
        const std::string pre = normalize_preformatted(s, o);
        CHECK(normalize_preformatted(pre, o) == pre);
    }
}

TEST_CASE("runs of combining marks are capped (stream-safe), long runs stay fast") {
    std::string zalgo = "a";
    for (int i = 0; i < 100000; ++i) zalgo += "\u0301\u0323";
    const std::string out = normalize_text(zalgo, kDefault);
    // A stack of marks on a Latin letter is debris and goes whole (styled_letters.cpp).
    CHECK(out == "a");
    // Where the stack stands on no letter of those scripts, the run is capped: the base and the
    // first 30 marks; NFC orders them (dot below first).
    std::string capped = "\u0915";
    for (int i = 0; i < 100000; ++i) capped += "\u0301\u0323";
    std::string expected = "\u0915";
    for (int i = 0; i < 15; ++i) expected += "\u0323";
    for (int i = 0; i < 15; ++i) expected += "\u0301";
    CHECK(normalize_text(capped, kDefault) == expected);
    CHECK(normalize_text(out, kDefault) == out);
    std::string joiners = "a";
    for (int i = 0; i < 100000; ++i) joiners += "\u200D";
    CHECK(normalize_text(joiners + "b", kDefault) == "ab");
}

TEST_CASE("numeric references without ';' are decoded as a browser does") {
    CHECK(normalize_text("Le caf&#233 est ouvert.", kDefault) == "Le caf\u00E9 est ouvert.");
    CHECK(normalize_text("Die Br&#252cke und die Stra&#223e.", kDefault) == "Die Br\u00FCcke und die Stra\u00DFe.");
    CHECK(normalize_text("It&#39s here, &#x41A&#x438&#x435&#x432 too", kDefault) == "It's here, \u041A\u0438\u0435\u0432 too");
    CHECK(normalize_text("caf&amp;#233 ferm&amp;#233", kDefault) == "caf\u00E9 ferm\u00E9");   // escaped twice
    // one digit, '&' (it would chain) and plain ampersands stay
    CHECK(normalize_text("He finished &#1 in the race.", kDefault) == "He finished &#1 in the race.");
    CHECK(normalize_text("Ranked &#38 first, AT&T and R&D.", kDefault) == "Ranked &#38 first, AT&T and R&D.");
}

TEST_CASE("JSON \\u escapes leaked into prose are decoded when glued to a word") {
    CHECK(normalize_text("Er wohnt in M\\u00fcnchen seit 2010.", kDefault) == "Er wohnt in M\u00FCnchen seit 2010.");
    CHECK(normalize_text("S\\u00e3o Paulo e Bras\\u00edlia", kDefault) == "S\u00E3o Paulo e Bras\u00EDlia");
    CHECK(normalize_text("\\u65e5\\u672c\\u8a9e\u306E\u30C6\u30AD\u30B9\u30C8", kDefault) == "\u65E5\u672C\u8A9E\u306E\u30C6\u30AD\u30B9\u30C8");
    CHECK(normalize_text("Thanks \\ud83d\\ude00 see you", kDefault) == "Thanks \U0001F600 see you");
    // alone between spaces it may be a text about escapes; ASCII escapes, paths and code stay
    CHECK(normalize_text("In JSON the escape \\u00e9 stands for \u00E9.", kDefault) == "In JSON the escape \\u00e9 stands for \u00E9.");
    CHECK(normalize_text("say \\u0041BC", kDefault) == "say \\u0041BC");
    CHECK(normalize_text("C:\\Users\\admin\\Documents", kDefault) == "C:\\Users\\admin\\Documents");
    CHECK(normalize_preformatted("s = \"M\\u00fcnchen\"", kDefault) == "s = \"M\\u00fcnchen\"");
    CHECK(normalize_text("lone \\ud83d half", kDefault) == "lone \\ud83d half");
}

TEST_CASE("percent-encoded UTF-8 inside a word of prose is decoded, URLs stay") {
    CHECK(normalize_text("Nous habitons \u00E0 S%C3%A3o Paulo.", kDefault) == "Nous habitons \u00E0 S\u00E3o Paulo.");
    CHECK(normalize_text("Miasto %C5%81%C3%B3d%C5%BA le\u017Cy w Polsce.", kDefault) == "Miasto \u0141\u00F3d\u017A le\u017Cy w Polsce.");
    // a whole word decodes; one letter alone between spaces may be quoted code
    CHECK(normalize_text("\u041C\u043E\u0441\u043A\u0432\u0430 %D0%B8 %D0%9A%D0%B8%D0%B5%D0%B2", kDefault) ==
          "\u041C\u043E\u0441\u043A\u0432\u0430 %D0%B8 \u041A\u0438\u0435\u0432");
    CHECK(normalize_text("tr\u00E8s %E2%80%99 bien", kDefault) == "tr\u00E8s %E2%80%99 bien");
    CHECK(normalize_text("See https://pt.wikipedia.org/wiki/S%C3%A3o_Paulo now", kDefault) ==
          "See https://pt.wikipedia.org/wiki/S%C3%A3o_Paulo now");
    CHECK(normalize_text("q=caf%C3%A9&x=1 and 50% off, 100%C3 bytes", kDefault) == "q=caf%C3%A9&x=1 and 50% off, 100%C3 bytes");
    CHECK(normalize_text("ab%C3%28cd", kDefault) == "ab%C3%28cd");   // not UTF-8
}

TEST_CASE("Latin typographic ligatures become their letters") {
    CHECK(normalize_text("The \uFB01rst \uFB02ight was of\uFB01cially delayed.", kDefault) == "The first flight was officially delayed.");
    CHECK(normalize_text("un e\uFB00et tr\u00E8s e\uFB03cace, la \uFB06ation", kDefault) == "un effet tr\u00E8s efficace, la station");
    CHECK(normalize_text("\uFB01\u0301", kDefault) == "f\u00ED");   // a mark after the ligature goes on its last letter
    // other presentation forms (Armenian, Hebrew) are letters of their script and stay under NFC
    CHECK(normalize_text("\uFB13\u0561", kDefault) == "\uFB13\u0561");
}

TEST_CASE("private-use characters (icon-font glyphs) go") {
    CHECK(normalize_text("\uF099 Follow us \uF09A today", kDefault) == "Follow us today");
    CHECK(normalize_text("Cart\uE8CC (3)", kDefault) == "Cart (3)");
    CHECK(normalize_text("Plane \U000F0001 sixteen \U00100001 gone", kDefault) == "Plane sixteen gone");
    // emoji, CJK compatibility ideographs and the specials block are not private use
    CHECK(normalize_text("Bravo \U0001F44F \uF900 \uFFFD", kDefault) == "Bravo \U0001F44F \u8C48 \uFFFD");
}
