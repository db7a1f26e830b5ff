// Unicode stage on fresh damage nobody tuned for: damaged strings inside real sentences in many
// languages, each made by a real mechanism (tools/gen_unicode_fresh.py: Python's codecs, one or two
// layers, a browser's decoder keeping undefined bytes as C1 controls), and look-alikes: real
// text that looks like damage and must come out unchanged.
//
// Counted on main 6a8a37c (62 damaged, 38 look-alikes): damaged repaired exactly 55, partly 0,
// untouched 7 (numeric entities without ';', percent-encoded UTF-8, JSON \u escapes and escaped
// surrogate pairs, Latin ligatures, private-use icon glyphs); look-alikes kept 38.
// After escape residue (numeric references without ';', \u escapes, percent-encoding): 60;
// after Latin ligatures and private use: 62.
// The floors hold the figure reached; a change that loses a repair or a look-alike fails.
//
// Decisions: odd spaces (NBSP, thin, en/em, ideographic, narrow NBSP) become U+0020 and a space
// before French ; : ! ? stays; soft hyphens go (they only mark where a word may break); U+FFFD
// is kept (the garbage filter judges it); full-width Latin in CJK text is kept under NFC (the
// nfkc option folds it).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

struct Damaged {
    const char* name;
    std::string in, expected;
};

const std::vector<Damaged> kDamaged = {
    {"fr cp1252",
     "Le caf\u00C3\u00A9 de la gare \u00C3\u00A9tait ferm\u00C3\u00A9, voil\u00C3\u00A0 o\u00C3\u00B9 \u00C3\u00A7a a commenc\u00C3\u00A9.",
     "Le caf\u00E9 de la gare \u00E9tait ferm\u00E9, voil\u00E0 o\u00F9 \u00E7a a commenc\u00E9."},
    {"de cp1252",
     "Die Stra\u00C3\u0178enbahn f\u00C3\u00A4hrt \u00C3\u00BCber die Br\u00C3\u00BCcke nach M\u00C3\u00BCnchen.",
     "Die Stra\u00DFenbahn f\u00E4hrt \u00FCber die Br\u00FCcke nach M\u00FCnchen."},
    {"pt latin-1 (C1 controls)",
     "A na\u00C3\u00A7\u00C3\u00A3o est\u00C3\u00A1 em S\u00C3\u00A3o Paulo, n\u00C3\u00A3o \u00C3\u00A9 verdade?",
     "A na\u00E7\u00E3o est\u00E1 em S\u00E3o Paulo, n\u00E3o \u00E9 verdade?"},
    {"es mac-roman",
     "El ni\u221A\u00B1o comi\u221A\u2265 una manzana en Espa\u221A\u00B1a, \u00AC\u00F8qu\u221A\u00A9 m\u221A\u00B0s?",
     "El ni\u00F1o comi\u00F3 una manzana en Espa\u00F1a, \u00BFqu\u00E9 m\u00E1s?"},
    {"pl cp1250",
     "Za\u0139\u013D\u0102\u0142\u0139\u201A\u00C4\u2021 g\u00C4\u2122\u0139\u203Al\u00C4\u2026 ja\u0139\u015F\u0139\u201E, powiedzia\u0139\u201A \u0139\u0081ukasz w \u0139\u0081odzi.",
     "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144, powiedzia\u0142 \u0141ukasz w \u0141odzi."},
    {"cs cp1250",
     "P\u0139\u2122\u0102\u00ADli\u0139\u02C7 \u0139\u013Elu\u0139\u0104ou\u00C4\u0164k\u0102\u02DD k\u0139\u017B\u0139\u0088 \u0102\u015Fp\u00C4\u203Al \u00C4\u0179\u0102\u02C7belsk\u0102\u00A9 \u0102\u0142dy.",
     "P\u0159\u00EDli\u0161 \u017Elu\u0165ou\u010Dk\u00FD k\u016F\u0148 \u00FAp\u011Bl \u010F\u00E1belsk\u00E9 \u00F3dy."},
    {"tr cp1252",
     "\u00C4\u00B0stanbul\u00E2\u20AC\u2122da \u00C5\u0178i\u00C5\u0178e, \u00C3\u00A7ay ve \u00C3\u00B6\u00C4\u0178retmen; \u00C4\u00B1\u00C5\u0178\u00C4\u00B1k \u00C3\u00A7ok g\u00C3\u00BCzel.",
     "\u0130stanbul\u2019da \u015Fi\u015Fe, \u00E7ay ve \u00F6\u011Fretmen; \u0131\u015F\u0131k \u00E7ok g\u00FCzel."},
    {"ru cp1251",
     "\u0420\u045F\u0421\u0402\u0420\u0451\u0420\u0406\u0420\u00B5\u0421\u201A, \u0420\u0454\u0420\u00B0\u0420\u0454 \u0420\u0491\u0420\u00B5\u0420\u00BB\u0420\u00B0? \u0420\u045A\u0420\u0455\u0421\u0403\u0420\u0454\u0420\u0406\u0420\u00B0 \u0420\u0406\u0421\u0403\u0421\u201A\u0421\u0402\u0420\u00B5\u0421\u2021\u0420\u00B0\u0420\u00B5\u0421\u201A \u0420\u0456\u0420\u0455\u0421\u0403\u0421\u201A\u0420\u00B5\u0420\u2116.",
     "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? \u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439."},
    {"ru cp1252",
     "\u00D0\u0178\u00D1\u20AC\u00D0\u00B8\u00D0\u00B2\u00D0\u00B5\u00D1\u201A, \u00D0\u00BA\u00D0\u00B0\u00D0\u00BA \u00D0\u00B4\u00D0\u00B5\u00D0\u00BB\u00D0\u00B0? \u00D0\u0153\u00D0\u00BE\u00D1\u0081\u00D0\u00BA\u00D0\u00B2\u00D0\u00B0 \u00D0\u00B2\u00D1\u0081\u00D1\u201A\u00D1\u20AC\u00D0\u00B5\u00D1\u2021\u00D0\u00B0\u00D0\u00B5\u00D1\u201A \u00D0\u00B3\u00D0\u00BE\u00D1\u0081\u00D1\u201A\u00D0\u00B5\u00D0\u00B9.",
     "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? \u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439."},
    {"el cp1252",
     "\u00CE\u2014 \u00CE\u2018\u00CE\u00B8\u00CE\u00AE\u00CE\u00BD\u00CE\u00B1 \u00CE\u00B5\u00CE\u00AF\u00CE\u00BD\u00CE\u00B1\u00CE\u00B9 \u00CE\u00B7 \u00CF\u20AC\u00CF\u0081\u00CF\u2030\u00CF\u201E\u00CE\u00B5\u00CF\u008D\u00CE\u00BF\u00CF\u2026\u00CF\u0192\u00CE\u00B1 \u00CF\u201E\u00CE\u00B7\u00CF\u201A \u00CE\u2022\u00CE\u00BB\u00CE\u00BB\u00CE\u00AC\u00CE\u00B4\u00CE\u00B1\u00CF\u201A.",
     "\u0397 \u0391\u03B8\u03AE\u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03C0\u03C1\u03C9\u03C4\u03B5\u03CD\u03BF\u03C5\u03C3\u03B1 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2."},
    {"vi cp1252",
     "Ti\u00E1\u00BA\u00BFng Vi\u00E1\u00BB\u2021t c\u00C3\u00B3 nhi\u00E1\u00BB\u0081u d\u00E1\u00BA\u00A5u thanh \u00C4\u2018i\u00E1\u00BB\u2021u kh\u00C3\u00A1c nhau.",
     "Ti\u1EBFng Vi\u1EC7t c\u00F3 nhi\u1EC1u d\u1EA5u thanh \u0111i\u1EC7u kh\u00E1c nhau."},
    {"zh cp1252",
     "\u00E6\u02C6\u2018\u00E4\u00BB\u00AC\u00E4\u00BB\u0160\u00E5\u00A4\u00A9\u00E5\u017D\u00BB\u00E5\u0152\u2014\u00E4\u00BA\u00AC\u00E5\u008F\u201A\u00E8\u00A7\u201A\u00E5\u008D\u0161\u00E7\u2030\u00A9\u00E9\u00A6\u2020\u00E3\u20AC\u201A",
     "\u6211\u4EEC\u4ECA\u5929\u53BB\u5317\u4EAC\u53C2\u89C2\u535A\u7269\u9986\u3002"},
    {"ja cp1252",
     "\u00E6\u009D\u00B1\u00E4\u00BA\u00AC\u00E3\u0081\u00AE\u00E5\u00A4\u00A9\u00E6\u00B0\u2014\u00E3\u0081\u00AF\u00E6\u2122\u00B4\u00E3\u201A\u0152\u00E3\u0081\u00A7\u00E3\u0081\u2122\u00E3\u20AC\u201A\u00E6\u02DC\u017D\u00E6\u2014\u00A5\u00E3\u201A\u201A\u00E8\u2030\u00AF\u00E3\u0081\u201E\u00E3\u0081\u00A7\u00E3\u0081\u2014\u00E3\u201A\u2021\u00E3\u0081\u2020\u00E3\u20AC\u201A",
     "\u6771\u4EAC\u306E\u5929\u6C17\u306F\u6674\u308C\u3067\u3059\u3002\u660E\u65E5\u3082\u826F\u3044\u3067\u3057\u3087\u3046\u3002"},
    {"ar cp1252",
     "\u00D9\u2026\u00D8\u00B1\u00D8\u00AD\u00D8\u00A8\u00D8\u00A7 \u00D8\u00A8\u00D9\u0192\u00D9\u2026 \u00D9\u0081\u00D9\u0160 \u00D9\u2026\u00D9\u02C6\u00D9\u201A\u00D8\u00B9\u00D9\u2020\u00D8\u00A7 \u00D8\u00A7\u00D9\u201E\u00D8\u00AC\u00D8\u00AF\u00D9\u0160\u00D8\u00AF \u00D8\u00A7\u00D9\u201E\u00D9\u0160\u00D9\u02C6\u00D9\u2026.",
     "\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0645\u0648\u0642\u0639\u0646\u0627 \u0627\u0644\u062C\u062F\u064A\u062F \u0627\u0644\u064A\u0648\u0645."},
    {"he cp1252",
     "\u00D7\u00A9\u00D7\u0153\u00D7\u2022\u00D7\u009D \u00D7\u0153\u00D7\u203A\u00D7\u2022\u00D7\u0153\u00D7\u009D, \u00D7\u2018\u00D7\u00A8\u00D7\u2022\u00D7\u203A\u00D7\u2122\u00D7\u009D \u00D7\u201D\u00D7\u2018\u00D7\u0090\u00D7\u2122\u00D7\u009D \u00D7\u0153\u00D7\u0090\u00D7\u00AA\u00D7\u00A8.",
     "\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05D5\u05DC\u05DD, \u05D1\u05E8\u05D5\u05DB\u05D9\u05DD \u05D4\u05D1\u05D0\u05D9\u05DD \u05DC\u05D0\u05EA\u05E8."},
    {"hi cp1252",
     "\u00E0\u00A4\u00AD\u00E0\u00A4\u00BE\u00E0\u00A4\u00B0\u00E0\u00A4\u00A4 \u00E0\u00A4\u008F\u00E0\u00A4\u2022 \u00E0\u00A4\u00B5\u00E0\u00A4\u00BF\u00E0\u00A4\u00B6\u00E0\u00A4\u00BE\u00E0\u00A4\u00B2 \u00E0\u00A4\u00A6\u00E0\u00A5\u2021\u00E0\u00A4\u00B6 \u00E0\u00A4\u00B9\u00E0\u00A5\u02C6 \u00E0\u00A4\u201D\u00E0\u00A4\u00B0 \u00E0\u00A4\u00AF\u00E0\u00A4\u00B9\u00E0\u00A4\u00BE\u00E0\u00A4\u0081 \u00E0\u00A4\u2022\u00E0\u00A4\u02C6 \u00E0\u00A4\u00AD\u00E0\u00A4\u00BE\u00E0\u00A4\u00B7\u00E0\u00A4\u00BE\u00E0\u00A4\u008F\u00E0\u00A4\u0081 \u00E0\u00A4\u00B9\u00E0\u00A5\u02C6\u00E0\u00A4\u201A\u00E0\u00A5\u00A4",
     "\u092D\u093E\u0930\u0924 \u090F\u0915 \u0935\u093F\u0936\u093E\u0932 \u0926\u0947\u0936 \u0939\u0948 \u0914\u0930 \u092F\u0939\u093E\u0901 \u0915\u0908 \u092D\u093E\u0937\u093E\u090F\u0901 \u0939\u0948\u0902\u0964"},
    {"emoji cp1252",
     "Great news \u00F0\u0178\u017D\u2030 we shipped it \u00F0\u0178\u2018\u008D see you soon \u00F0\u0178\u02DC\u20AC.",
     "Great news \U0001F389 we shipped it \U0001F44D see you soon \U0001F600."},
    {"de cp437",
     "Die Stra\u251C\u0192enbahn f\u251C\u00F1hrt \u251C\u255Dber die Br\u251C\u255Dcke nach M\u251C\u255Dnchen.",
     "Die Stra\u00DFenbahn f\u00E4hrt \u00FCber die Br\u00FCcke nach M\u00FCnchen."},
    {"emoji mac-roman",
     "Great news \uF8FF\u00FC\u00E9\u00E2 we shipped it \uF8FF\u00FC\u00EB\u00E7 see you soon \uF8FF\u00FC\u00F2\u00C4.",
     "Great news \U0001F389 we shipped it \U0001F44D see you soon \U0001F600."},
    {"fr mac-roman",
     "Le caf\u221A\u00A9 de la gare \u221A\u00A9tait ferm\u221A\u00A9, voil\u221A\u2020 o\u221A\u03C0 \u221A\u00DFa a commenc\u221A\u00A9.",
     "Le caf\u00E9 de la gare \u00E9tait ferm\u00E9, voil\u00E0 o\u00F9 \u00E7a a commenc\u00E9."},
    {"fr twice cp1252",
     "Le caf\u00C3\u0192\u00C2\u00A9 de la gare \u00C3\u0192\u00C2\u00A9tait ferm\u00C3\u0192\u00C2\u00A9, voil\u00C3\u0192\u00C2\u00A0 o\u00C3\u0192\u00C2\u00B9 \u00C3\u0192\u00C2\u00A7a a commenc\u00C3\u0192\u00C2\u00A9.",
     "Le caf\u00E9 de la gare \u00E9tait ferm\u00E9, voil\u00E0 o\u00F9 \u00E7a a commenc\u00E9."},
    {"pt twice cp1252",
     "A na\u00C3\u0192\u00C2\u00A7\u00C3\u0192\u00C2\u00A3o est\u00C3\u0192\u00C2\u00A1 em S\u00C3\u0192\u00C2\u00A3o Paulo, n\u00C3\u0192\u00C2\u00A3o \u00C3\u0192\u00C2\u00A9 verdade?",
     "A na\u00E7\u00E3o est\u00E1 em S\u00E3o Paulo, n\u00E3o \u00E9 verdade?"},
    {"en curly quotes and dashes cp1252",
     "He said \u00E2\u20AC\u0153it\u00E2\u20AC\u2122s fine\u00E2\u20AC\u009D and left \u00E2\u20AC\u201D quietly\u00E2\u20AC\u00A6 as usual.",
     "He said \u201Cit\u2019s fine\u201D and left \u2014 quietly\u2026 as usual."},
    {"en curly quotes latin-1",
     "He said \u00E2\u0080\u009Cit\u00E2\u0080\u0099s fine\u00E2\u0080\u009D and left \u00E2\u0080\u0094 quietly\u00E2\u0080\u00A6 as usual.",
     "He said \u201Cit\u2019s fine\u201D and left \u2014 quietly\u2026 as usual."},
    {"es one damaged word",
     "El ni\u00C3\u00B1o comi\u00F3 una manzana en Espa\u00F1a, \u00BFqu\u00E9 m\u00E1s?",
     "El ni\u00F1o comi\u00F3 una manzana en Espa\u00F1a, \u00BFqu\u00E9 m\u00E1s?"},
    {"de one damaged word",
     "Die Stra\u00DFenbahn f\u00E4hrt \u00FCber die Br\u00C3\u00BCcke nach M\u00FCnchen.",
     "Die Stra\u00DFenbahn f\u00E4hrt \u00FCber die Br\u00FCcke nach M\u00FCnchen."},
    {"ru cp1251 then cp1252",
     "\u00D0\u00A0\u00D1\u0178\u00D0\u00A1\u00D0\u201A\u00D0\u00A0\u00D1\u2018\u00D0\u00A0\u00D0\u2020\u00D0\u00A0\u00C2\u00B5\u00D0\u00A1\u00E2\u20AC\u0161, \u00D0\u00A0\u00D1\u201D\u00D0\u00A0\u00C2\u00B0\u00D0\u00A0\u00D1\u201D \u00D0\u00A0\u00D2\u2018\u00D0\u00A0\u00C2\u00B5\u00D0\u00A0\u00C2\u00BB\u00D0\u00A0\u00C2\u00B0? \u00D0\u00A0\u00D1\u0161\u00D0\u00A0\u00D1\u2022\u00D0\u00A1\u00D0\u0192\u00D0\u00A0\u00D1\u201D\u00D0\u00A0\u00D0\u2020\u00D0\u00A0\u00C2\u00B0 \u00D0\u00A0\u00D0\u2020\u00D0\u00A1\u00D0\u0192\u00D0\u00A1\u00E2\u20AC\u0161\u00D0\u00A1\u00D0\u201A\u00D0\u00A0\u00C2\u00B5\u00D0\u00A1\u00E2\u20AC\u00A1\u00D0\u00A0\u00C2\u00B0\u00D0\u00A0\u00C2\u00B5\u00D0\u00A1\u00E2\u20AC\u0161 \u00D0\u00A0\u00D1\u2013\u00D0\u00A0\u00D1\u2022\u00D0\u00A1\u00D0\u0192\u00D0\u00A1\u00E2\u20AC\u0161\u00D0\u00A0\u00C2\u00B5\u00D0\u00A0\u00E2\u201E\u2013.",
     "\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430? \u041C\u043E\u0441\u043A\u0432\u0430 \u0432\u0441\u0442\u0440\u0435\u0447\u0430\u0435\u0442 \u0433\u043E\u0441\u0442\u0435\u0439."},
    {"pl cp1250 one word",
     "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144, powiedzia\u0142 \u0139\u0081ukasz w \u0141odzi.",
     "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144, powiedzia\u0142 \u0141ukasz w \u0141odzi."},
    {"emoji only cp1252 in correct French",
     "Bravo \u00E0 toute l\u2019\u00E9quipe \u00F0\u0178\u2018\u008F pour ce r\u00E9sultat.",
     "Bravo \u00E0 toute l\u2019\u00E9quipe \U0001F44F pour ce r\u00E9sultat."},
    {"uk cp1251",
     "\u0420\u0459\u0420\u0451\u0421\u2014\u0420\u0406 \u0432\u0402\u201D \u0421\u0403\u0421\u201A\u0420\u0455\u0420\u00BB\u0420\u0451\u0421\u2020\u0421\u040F \u0420\u0408\u0420\u0454\u0421\u0402\u0420\u00B0\u0421\u2014\u0420\u0405\u0420\u0451, \u0421\u201A\u0420\u00B0\u0420\u0458 \u0420\u00B6\u0420\u0451\u0420\u0406\u0421\u0453\u0421\u201A\u0421\u040A \u0420\u0458\u0421\u2013\u0420\u00BB\u0421\u040A\u0420\u2116\u0420\u0455\u0420\u0405\u0420\u0451 \u0420\u00BB\u0421\u040B\u0420\u0491\u0420\u00B5\u0420\u2116.",
     "\u041A\u0438\u0457\u0432 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u044F \u0423\u043A\u0440\u0430\u0457\u043D\u0438, \u0442\u0430\u043C \u0436\u0438\u0432\u0443\u0442\u044C \u043C\u0456\u043B\u044C\u0439\u043E\u043D\u0438 \u043B\u044E\u0434\u0435\u0439."},
    {"tr cp1254",
     "\u00C4\u00B0stanbul\u00E2\u20AC\u2122da \u00C5\u0178i\u00C5\u0178e, \u00C3\u00A7ay ve \u00C3\u00B6\u00C4\u0178retmen; \u00C4\u00B1\u00C5\u0178\u00C4\u00B1k \u00C3\u00A7ok g\u00C3\u00BCzel.",
     "\u0130stanbul\u2019da \u015Fi\u015Fe, \u00E7ay ve \u00F6\u011Fretmen; \u0131\u015F\u0131k \u00E7ok g\u00FCzel."},
    {"lt cp1257",
     "Lietuvi\u00C5\u00B3 kalba yra viena seniausi\u00C5\u00B3 kalb\u00C5\u00B3.",
     "Lietuvi\u0173 kalba yra viena seniausi\u0173 kalb\u0173."},
    {"hu iso-8859-2",
     "\u0102\u0081rv\u0102\u00ADzt\u0139\u0105r\u0139\u0091 t\u0102\u017Ak\u0102\u015Brf\u0102\u015Fr\u0102\u0142g\u0102\u0160p, mondta \u0102\u0096d\u0102\u015Bn.",
     "\u00C1rv\u00EDzt\u0171r\u0151 t\u00FCk\u00F6rf\u00FAr\u00F3g\u00E9p, mondta \u00D6d\u00F6n."},
    {"el cp1253",
     "\u039E\u2014 \u039E\u2018\u039E\u0388\u039E\u00AE\u039E\u00BD\u039E\u00B1 \u039E\u00B5\u039E\u2015\u039E\u00BD\u039E\u00B1\u039E\u0389 \u039E\u00B7 \u039F\u20AC\u039F\u0081\u039F\u2030\u039F\u201E\u039E\u00B5\u039F\u008D\u039E\u038F\u039F\u2026\u039F\u0192\u039E\u00B1 \u039F\u201E\u039E\u00B7\u039F\u201A \u039E\u2022\u039E\u00BB\u039E\u00BB\u039E\u00AC\u039E\u0384\u039E\u00B1\u039F\u201A.",
     "\u0397 \u0391\u03B8\u03AE\u03BD\u03B1 \u03B5\u03AF\u03BD\u03B1\u03B9 \u03B7 \u03C0\u03C1\u03C9\u03C4\u03B5\u03CD\u03BF\u03C5\u03C3\u03B1 \u03C4\u03B7\u03C2 \u0395\u03BB\u03BB\u03AC\u03B4\u03B1\u03C2."},
    {"fr three layers cp1252",
     "No\u00C3\u0192\u00C6\u2019\u00C3\u201A\u00C2\u00ABl \u00C3\u0192\u00C6\u2019\u00C3\u201A\u00C2\u00A0 l\u00C3\u0192\u00C2\u00A2\u00C3\u00A2\u00E2\u20AC\u0161\u00C2\u00AC\u00C3\u00A2\u00E2\u20AC\u017E\u00C2\u00A2h\u00C3\u0192\u00C6\u2019\u00C3\u201A\u00C2\u00B4tel",
     "No\u00EBl \u00E0 l\u2019h\u00F4tel"},
    {"fr cp1252, no-break spaces lost to spaces",
     "Il a dit : \u00C2\u00AB \u00C3  bient\u00C3\u00B4t \u00C2\u00BB \u00C3  sa s\u00C5\u201Cur.",
     "Il a dit : \u00AB \u00E0 bient\u00F4t \u00BB \u00E0 sa s\u0153ur."},
    {"emoji with skin tone cp1252",
     "Well done \u00F0\u0178\u2018\u008D\u00F0\u0178\u008F\u00BD team!",
     "Well done \U0001F44D\U0001F3FD team!"},
    {"curly quotes only, cp1252, sloppy (undefined byte dropped)",
     "\u00E2\u20AC\u0153Hello,\u00E2\u20AC she said.",
     "\u201CHello,\u201D she said."},
    {"one word cp1252 in a Czech sentence",
     "P\u0159\u00EDli\u0161 \u00C5\u00BElu\u00C5\u00A5ou\u00C4\u008Dk\u00C3\u00BD k\u016F\u0148 \u00FAp\u011Bl \u010F\u00E1belsk\u00E9 \u00F3dy.",
     "P\u0159\u00EDli\u0161 \u017Elu\u0165ou\u010Dk\u00FD k\u016F\u0148 \u00FAp\u011Bl \u010F\u00E1belsk\u00E9 \u00F3dy."},
    {"ko cp1252",
     "\u00ED\u2022\u0153\u00EA\u00B5\u00AD\u00EC\u2013\u00B4 \u00ED\u2026\u008D\u00EC\u0160\u00A4\u00ED\u0160\u00B8\u00EC\u017E\u2026\u00EB\u2039\u02C6\u00EB\u2039\u00A4.",
     "\uD55C\uAD6D\uC5B4 \uD14D\uC2A4\uD2B8\uC785\uB2C8\uB2E4."},
    {"th cp1252",
     "\u00E0\u00B8\u00A0\u00E0\u00B8\u00B2\u00E0\u00B8\u00A9\u00E0\u00B8\u00B2\u00E0\u00B9\u201E\u00E0\u00B8\u2014\u00E0\u00B8\u00A2\u00E0\u00B9\u20AC\u00E0\u00B8\u203A\u00E0\u00B9\u2021\u00E0\u00B8\u2122\u00E0\u00B8\u00A0\u00E0\u00B8\u00B2\u00E0\u00B8\u00A9\u00E0\u00B8\u00B2\u00E0\u00B8\u2014\u00E0\u00B8\u00B5\u00E0\u00B9\u02C6\u00E0\u00B8\u00AA\u00E0\u00B8\u00A7\u00E0\u00B8\u00A2\u00E0\u00B8\u2021\u00E0\u00B8\u00B2\u00E0\u00B8\u00A1",
     "\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22\u0E40\u0E1B\u0E47\u0E19\u0E20\u0E32\u0E29\u0E32\u0E17\u0E35\u0E48\u0E2A\u0E27\u0E22\u0E07\u0E32\u0E21"},
    {"double-escaped named entity",
     "Le caf&amp;eacute; est ouvert le dimanche.",
     "Le caf\u00E9 est ouvert le dimanche."},
    {"double-escaped numeric entity",
     "It&amp;#8217;s the best time of year.",
     "It\u2019s the best time of year."},
    {"numeric entity without ';'",
     "Le caf&#233 est ouvert tous les jours.",
     "Le caf\u00E9 est ouvert tous les jours."},
    {"decimal entities without ';' before letters",
     "Die Br&#252cke und die Stra&#223e sind neu.",
     "Die Br\u00FCcke und die Stra\u00DFe sind neu."},
    {"percent-encoded UTF-8 in prose",
     "Nous habitons \u00E0 S%C3%A3o Paulo depuis deux ans.",
     "Nous habitons \u00E0 S\u00E3o Paulo depuis deux ans."},
    {"JSON \\u escapes",
     "Er wohnt in M\\u00fcnchen seit 2010.",
     "Er wohnt in M\u00FCnchen seit 2010."},
    {"JSON surrogate pair escaped",
     "Thanks everyone \\ud83d\\ude00 see you next week.",
     "Thanks everyone \U0001F600 see you next week."},
    {"zero-width space inside a word",
     "The inter\u200Bnational conference starts today.",
     "The international conference starts today."},
    {"ZWJ between Latin letters",
     "Le gou\u200Dvernement a annonc\u00E9 la r\u00E9forme.",
     "Le gouvernement a annonc\u00E9 la r\u00E9forme."},
    {"soft hyphen inside a word",
     "Die Donau\u00ADdampf\u00ADschiff\u00ADfahrt ist alt.",
     "Die Donaudampfschifffahrt ist alt."},
    {"bidi controls in Latin text",
     "Price: \u202A100 EUR\u202C per night, \u200Eincluded.",
     "Price: 100 EUR per night, included."},
    {"BOM in the middle",
     "First sentence.\uFEFFSecond sentence follows here.",
     "First sentence.Second sentence follows here."},
    {"word joiner inside a word",
     "Wiki\u2060pedia is a free encyclopedia.",
     "Wikipedia is a free encyclopedia."},
    {"NBSP and thin space",
     "Il co\u00FBte 10\u00A0\u20AC et p\u00E8se 3\u2009kg.",
     "Il co\u00FBte 10 \u20AC et p\u00E8se 3 kg."},
    {"en and em spaces",
     "Chapter\u20021\u2003The beginning.",
     "Chapter 1 The beginning."},
    {"narrow NBSP before French punctuation",
     "Bonjour\u202F! \u00C7a va\u202F? Oui\u202F; tr\u00E8s bien\u202F: merci.",
     "Bonjour ! \u00C7a va ? Oui ; tr\u00E8s bien : merci."},
    {"ideographic space between Latin words",
     "Hello\u3000world, this is a test.",
     "Hello world, this is a test."},
    {"decomposed accents (NFD)",
     "Le cafe\u0301 de la rue des E\u0301coles.",
     "Le caf\u00E9 de la rue des \u00C9coles."},
    {"decomposed Vietnamese",
     "Tie\u0302\u0301ng Vie\u0323\u0302t",
     "Ti\u1EBFng Vi\u1EC7t"},
    {"Latin ligatures fi fl",
     "The \uFB01rst \uFB02ight was of\uFB01cially delayed.",
     "The first flight was officially delayed."},
    {"Private-Use icon glyphs",
     "\uF099 Follow us on social media \uF09A today.",
     "Follow us on social media today."},
};

struct Lookalike {
    const char* name;
    std::string text;
};

const std::vector<Lookalike> kLookalikes = {
    {"pt capitals S\u00C3O PAULO", "A cidade de S\u00C3O PAULO \u00E9 enorme."},
    {"pt IRM\u00C3 before quote", "Ela disse \u201CIRM\u00C3\u201D em voz alta."},
    {"pt N\u00C3O \u00C9 VERDADE", "N\u00C3O \u00C9 VERDADE, DISSE ELE."},
    {"pt CORA\u00C7\u00C3O", "O CORA\u00C7\u00C3O DA NA\u00C7\u00C3O BATE FORTE."},
    {"vi NG\u00C3", "D\u1EA5u NG\u00C3 \u0111\u01B0\u1EE3c vi\u1EBFt l\u00E0 \u00C3 trong ch\u1EEF c\u00E1i."},
    {"ro capitals with \u00C2 and \u00CE", "\u00CENV\u0102\u021A\u0102M\u00C2NTUL \u00CEN ROM\u00C2NIA ESTE GRATUIT."},
    {"hu \u0151 \u0171", "\u00C1rv\u00EDzt\u0171r\u0151 t\u00FCk\u00F6rf\u00FAr\u00F3g\u00E9p, mondta \u00D6d\u00F6n \u00E9s \u00C9va."},
    {"is \u00DE \u00F0", "\u00DEetta er \u00EDslenska: \u00FEa\u00F0 er gott ve\u00F0ur \u00ED dag."},
    {"cy \u0175 \u0177", "Mae'r d\u0175r yn y t\u0177 yn oer iawn."},
    {"tr \u0131 \u0130", "\u0130STANBUL ve I\u011Fd\u0131r; \u0131l\u0131k bir g\u00FCn."},
    {"math symbols", "For all \u03B5 > 0 there is \u03B4 with |x \u2212 y| \u2264 \u03B4 \u21D2 \u2211 x\u00B2 \u2260 \u221E."},
    {"ZWJ emoji family", "Our family \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 and a rainbow flag \U0001F3F3\uFE0F\u200D\U0001F308."},
    {"ZWNJ in Persian", "\u0645\u0646 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u06A9\u062A\u0627\u0628\u200C\u0647\u0627 \u0631\u0627 \u0628\u062E\u0648\u0627\u0646\u0645."},
    {"Greek with Latin", "The word \u03BB\u03CC\u03B3\u03BF\u03C2 means word, and \u0395\u03BB\u03BB\u03AC\u03B4\u03B1 is Greece."},
    {"Cyrillic with Latin", "The Russian word \u041C\u043E\u0441\u043A\u0432\u0430 is Moscow in English."},
    {"currency signs", "Prices: \u20AC10, \u00A38, \u00A51200, \u20B9500, \u20BA75, \u20A99000, \u00A250."},
    {"da \u00D8RESUND", "BROEN OVER \u00D8RESUND \u00C5BNEDE I \u00C5R 2000."},
    {"fr capitals \u00C0 \u00C7", "\u00C0 PARIS, \u00C7A SE PASSE AU PALAIS \u00C9LYS\u00C9E."},
    {"es \u00BF\u00A1", "\u00BFQu\u00E9 tal? \u00A1Muy bien, se\u00F1or N\u00FA\u00F1ez!"},
    {"pl \u0141\u00D3D\u0179", "MIASTO \u0141\u00D3D\u0179 LE\u017BY W POLSCE."},
    {"cs \u010CR", "\u010CESK\u00C1 REPUBLIKA (\u010CR) M\u00C1 \u0158EKY."},
    {"signs \u00D7\u00B0\u00BD\u2122", "A 3\u00D74 room at 21\u00B0C costs \u00BD price\u2122 today."},
    {"et \u00D5", "\u00D5UNAD JA P\u00D5LD ON ILUSAD."},
    {"fr na\u00EFve", "Une question na\u00EFve sur No\u00EBl \u00E0 l\u2019h\u00F4tel."},
    {"ja full-width Latin (kept under NFC)", "\uFF21\uFF22\uFF23\u793E\u306E\u65B0\u88FD\u54C1\u306F\uFF12\uFF10\uFF12\uFF16\u5E74\u306B\u767A\u58F2\u3002"},
    {"de capitals \u00C4\u00D6\u00DC", "\u00C4RGER \u00DCBER \u00D6L UND GR\u00DC\u00DFE."},
    {"sk \u013D", "\u013DUDIA Z \u013DUBOVNE S\u00DA \u0160\u0164ASTN\u00CD."},
    {"lv \u0146 \u0137", "\u0136ekava un Liep\u0101ja ir pils\u0113tas Latvij\u0101."},
    {"Hebrew", "\u05E9\u05DC\u05D5\u05DD \u05DC\u05DB\u05D5\u05DC\u05DD, \u05D1\u05E8\u05D5\u05DB\u05D9\u05DD \u05D4\u05D1\u05D0\u05D9\u05DD."},
    {"Arabic", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0645\u0648\u0642\u0639\u0646\u0627."},
    {"Hindi", "\u092D\u093E\u0930\u0924 \u090F\u0915 \u0935\u093F\u0936\u093E\u0932 \u0926\u0947\u0936 \u0939\u0948\u0964"},
    {"Chinese", "\u6211\u4EEC\u4ECA\u5929\u53BB\u5317\u4EAC\u53C2\u89C2\u535A\u7269\u9986\u3002"},
    {"Portuguese \u00C3 alone in a list", "As vogais nasais s\u00E3o \u00C3 e \u00D5 em portugu\u00EAs."},
    {"percent-encoding inside a URL", "Voir https://pt.wikipedia.org/wiki/S%C3%A3o_Paulo pour plus."},
    {"percent signs in prose", "Sales rose 50% in May and margins reached 12%, up from 9%."},
    {"a \\u escape named alone in a text about JSON", "In JSON the escape \\u00e9 stands for \u00E9."},
    {"a Windows path", "The file is in C:\\Users\\admin\\Documents by default."},
    {"an entity-like number", "He finished &#1 in the race, then R&D took over."},
};

constexpr int kRepairedFloor = 62;
constexpr int kLookalikesKeptFloor = 38;

}  // namespace

TEST_CASE("fresh damage: repaired exactly, partly, untouched") {
    int exact = 0, partly = 0, untouched = 0;
    for (const auto& c : kDamaged) {
        const std::string out = normalize_text(c.in, UnicodeOptions{});
        if (out == c.expected) ++exact;
        else if (out != c.in) ++partly;
        else ++untouched;
        if (out != c.expected) std::printf("  damaged, not repaired: %s: %s\n", c.name, out.c_str());
    }
    std::printf("fresh damaged %zu: exact %d, partly %d, untouched %d\n", kDamaged.size(), exact, partly, untouched);
    CHECK(kDamaged.size() >= 40);
    CHECK(exact >= kRepairedFloor);
}

TEST_CASE("fresh look-alikes come out unchanged") {
    int kept = 0;
    for (const auto& c : kLookalikes) {
        const std::string out = normalize_text(c.text, UnicodeOptions{});
        if (out == c.text) ++kept;
        else std::printf("  look-alike changed: %s: %s\n", c.name, out.c_str());
    }
    std::printf("fresh look-alikes %zu: kept %d\n", kLookalikes.size(), kept);
    CHECK(kLookalikes.size() >= 25);
    CHECK(kept >= kLookalikesKeptFloor);
}
