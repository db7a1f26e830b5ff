// UTF-8 read as ISO-8859-5 (Latin letters as two Cyrillic ones, "cafУЉ" for "café"; Greek and
// Vietnamese too) is repaired like the other single-byte pages: the damaged span re-encodes to
// valid UTF-8 and the repair reads as better text. Text written in Cyrillic (Russian, Bulgarian,
// Serbian, Macedonian, Ukrainian, in capitals too, with "№" and "§", which the page has) comes out
// byte-identical. Fixtures written for this test (fr de tr es el vi damaged; ru bg sr mk uk kept),
// damaged with the code page's published mapping (Python's codec), not the library's table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

struct Repair {
    const char* name;
    const char* damaged;
    const char* clean;
};

const std::vector<Repair> kRepairs{
    {"fr iso-8859-5", "Les enfants ont plant\u0423\u0409 des pommiers derri\u0423\u0408re l'\u0423\u0409cole du village.", "Les enfants ont plant\u00E9 des pommiers derri\u00E8re l'\u00E9cole du village."},
    {"de iso-8859-5", "Am Wochenende \u0423\u0416ffnet der kleine Laden gegen\u0423\u041Cber der Kirche.", "Am Wochenende \u00F6ffnet der kleine Laden gegen\u00FCber der Kirche."},
    {"tr iso-8859-5", "K\u0423\u0416yl\u0423\u041Cler yeni k\u00F6pr\u00FCn\u00FCn a\u0423\u0407\u0424\u0411l\u0424\u0411\u0425\u009F\u0424\u0411n\u0424\u0411 b\u00FCy\u00FCk bir \u015Fenlikle kutlad\u0131.", "K\u00F6yl\u00FCler yeni k\u00F6pr\u00FCn\u00FCn a\u00E7\u0131l\u0131\u015F\u0131n\u0131 b\u00FCy\u00FCk bir \u015Fenlikle kutlad\u0131."},
    {"es iso-8859-5", "El peque\u0423\u0411o pueblo celebr\u0423\u0413 la llegada del tren despu\u0423\u0409s de a\u00F1os.", "El peque\u00F1o pueblo celebr\u00F3 la llegada del tren despu\u00E9s de a\u00F1os."},
    {"el iso-8859-5", "\u0397 \u042E\u0413\u042E\u0419\u042E\u0411\u042E\u0413\u042E\u0419\u042E\u040C \u03AD\u03C6\u03C4\u03B9\u03B1\u03BE\u03B5 \u042E\u041C\u042E\u00AD\u042E\u041B\u042E\u0419 \u03BA\u03B1\u03B9 \u03B3\u03BB\u03C5\u03BA\u03CC \u03B3\u03B9\u03B1 \u03CC\u03BB\u03BF \u03C4\u03BF \u03C7\u03C9\u03C1\u03B9\u03CC.", "\u0397 \u03B3\u03B9\u03B1\u03B3\u03B9\u03AC \u03AD\u03C6\u03C4\u03B9\u03B1\u03BE\u03B5 \u03BC\u03AD\u03BB\u03B9 \u03BA\u03B1\u03B9 \u03B3\u03BB\u03C5\u03BA\u03CC \u03B3\u03B9\u03B1 \u03CC\u03BB\u03BF \u03C4\u03BF \u03C7\u03C9\u03C1\u03B9\u03CC."},
    {"vi iso-8859-5", "Ng\u0426\u0410\u0441\u041B\u009Di d\u00E2n trong l\u00E0ng \u0111\u00E3 c\u0423\u0419ng nhau s\u1EEDa l\u1EA1i con \u0111\u01B0\u1EDDng c\u0169.", "Ng\u01B0\u1EDDi d\u00E2n trong l\u00E0ng \u0111\u00E3 c\u00F9ng nhau s\u1EEDa l\u1EA1i con \u0111\u01B0\u1EDDng c\u0169."},
};

const std::vector<const char*> kGenuine{
    "\u2014 \u0418\u0441\u043A\u0430\u043B\u0430 \u0440\u0435\u0446\u0435\u043F\u0442\u044B, \u0433\u043E\u0442\u043E\u0432\u0438\u043B\u0430\u2026 \u0438 \u0432 9 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u0438\u0437 10 \u0432\u044B\u0431\u0440\u0430\u0441\u044B\u0432\u0430\u043B\u0430 \u0435\u0434\u0443 \u0438 \u0432 \u0434\u0440\u0443\u0433\u0438\u0445.",  // one-letter words before a space
    "\u0410\u0433\u0435\u043D\u0446\u0438\u044F \u0422\u0410\u0421\u0421 \u0441\u044A\u043E\u0431\u0449\u0438, \u0447\u0435 \u041E\u0410\u041E \u201E\u041F\u0440\u0438\u0441\u0442\u0430\u043D\u0438\u0449\u0435\u201C \u0435 \u043F\u043E\u0435\u043B\u043E \u043C\u043E\u0441\u0442\u0430 \u043D\u0430\u0434 \u0440\u0435\u043A\u0430\u0442\u0430.",
    "\u0416\u0438\u0442\u0435\u043B\u0438 \u0441\u0435\u043B\u0430 \u0433\u043E\u0434\u0430\u043C\u0438 \u0441\u043F\u043E\u0440\u0438\u043B\u0438 \u043E \u043D\u043E\u0432\u043E\u0439 \u0434\u043E\u0440\u043E\u0433\u0435, \u043D\u043E \u041C\u0412\u0414 \u0438 \u0420\u0416\u0414 \u0432 \u0438\u0442\u043E\u0433\u0435 \u0434\u043E\u0433\u043E\u0432\u043E\u0440\u0438\u043B\u0438\u0441\u044C.",
    "\u0421\u0442\u0430\u043D\u043E\u0432\u043D\u0438\u0446\u0438 \u0441\u0443 \u043E\u0431\u043D\u043E\u0432\u0438\u043B\u0438 \u0441\u0442\u0430\u0440\u0438 \u043C\u043B\u0438\u043D, \u0430 \u0434\u0435\u0446\u0430 \u0441\u0430\u0434\u0430 \u043F\u0435\u043A\u0443 \u0445\u043B\u0435\u0431 \u0443 \u045A\u0435\u043C\u0443 \u0441\u0432\u0430\u043A\u0435 \u0441\u0443\u0431\u043E\u0442\u0435.",
    "\u0416\u0438\u0442\u0435\u043B\u0438\u0442\u0435 \u043D\u0430 \u0441\u0435\u043B\u043E\u0442\u043E \u0458\u0430 \u043E\u0431\u043D\u043E\u0432\u0438\u0458\u0430 \u0441\u0442\u0430\u0440\u0430\u0442\u0430 \u0432\u043E\u0434\u0435\u043D\u0438\u0446\u0430 \u043F\u043E\u043A\u0440\u0430\u0458 \u0440\u0435\u043A\u0430\u0442\u0430 \u043C\u0438\u043D\u0430\u0442\u043E\u0442\u043E \u043B\u0435\u0442\u043E.",
    "\u0429\u043E\u0441\u0443\u0431\u043E\u0442\u0438 \u0434\u0456\u0442\u0438 \u0437\u0431\u0438\u0440\u0430\u044E\u0442\u044C\u0441\u044F \u0432 \u0431\u0456\u0431\u043B\u0456\u043E\u0442\u0435\u0446\u0456, \u0449\u043E\u0431 \u043F\u043E\u0441\u043B\u0443\u0445\u0430\u0442\u0438 \u043A\u0430\u0437\u043A\u0438 \u2014 \u00AB\u0404\u0421\u00BB \u0456 \u00AB\u0417\u0421\u0423\u00BB \u0442\u0435\u0436.",
    "\u0401\u0416\u0418\u041A \u0412 \u0422\u0423\u041C\u0410\u041D\u0415: \u0429\u0401\u0422\u041A\u0410, \u041E\u0411\u042A\u0401\u041C, \u041F\u041E\u0414\u042A\u0415\u0417\u0414 \u0418 \u0412\u0421\u0401 \u042D\u0422\u041E \u0412 \u041E\u0414\u041D\u041E\u041C \u041F\u0420\u0415\u0414\u041B\u041E\u0416\u0415\u041D\u0418\u0418 \u2116 5 \u00A7 3.",
};

}  // namespace

TEST_CASE("UTF-8 read as ISO-8859-5 is repaired") {
    for (const auto& r : kRepairs) {
        CAPTURE(std::string(r.name));
        CHECK(normalize_text(r.damaged, UnicodeOptions{}) == r.clean);
    }
}

TEST_CASE("UTF-8 read as ISO-8859-5 is repaired in every markup") {
    // (Latin-1 letters only: bytes A0-BF, no C1 control for the HTML reading to turn.)
    for (std::size_t i = 0; i < 2; ++i) {
        CAPTURE(std::string(kRepairs[i].name));
        winnow::test::check_repaired_in_pages({kRepairs[i].damaged, kRepairs[i].clean});
    }
}

TEST_CASE("text written in Cyrillic stays byte-identical") {
    for (const char* g : kGenuine) {
        CAPTURE(std::string(g));
        CHECK(normalize_text(g, UnicodeOptions{}) == g);
    }
}

TEST_CASE("a Cyrillic one-letter word before a no-break space stays a word") {
    // (The Unicode stage makes the no-break spaces plain; the letters must stay as written.)
    const std::string out = normalize_text("\u2014 \u0418\u0441\u043A\u0430\u043B\u0430 \u0440\u0435\u0446\u0435\u043F\u0442\u044B, \u0433\u043E\u0442\u043E\u0432\u0438\u043B\u0430\u2026 \u0438\u00A0\u0432\u00A09 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u0438\u0437 10 \u0432\u044B\u0431\u0440\u0430\u0441\u044B\u0432\u0430\u043B\u0430 \u0435\u0434\u0443 \u0438 \u0432 \u0434\u0440\u0443\u0433\u0438\u0445.", UnicodeOptions{});
    CAPTURE(out);
    CHECK(out.find("\u2014 \u0418\u0441\u043A\u0430\u043B\u0430 \u0440\u0435\u0446\u0435\u043F\u0442\u044B, \u0433\u043E\u0442\u043E\u0432\u0438\u043B\u0430\u2026 \u0438 \u0432 9 \u0441\u043B\u0443\u0447\u0430\u044F\u0445 \u0438\u0437 10 \u0432\u044B\u0431\u0440\u0430\u0441\u044B\u0432\u0430\u043B\u0430 \u0435\u0434\u0443 \u0438 \u0432 \u0434\u0440\u0443\u0433\u0438\u0445.") != std::string::npos);
}
