// Garbage filter, a breadcrumb trail glued before a block's first sentence
// (filters/breadcrumb_heads.cpp): short names each followed by the same mark. Look-alikes stay:
// places joined by arrows in a sentence, a route, verse quoted between slashes, a ratio.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::garbage_filtered;

namespace {
const std::string kNl = "De haven van het dorp is na twee jaar verbouwen weer open voor de vissers.";
const std::string kCs = "Přístav v obci se po dvou letech oprav znovu otevřel pro rybáře.";
const std::string kKo = "마을의 오래된 항구가 이 년 동안의 공사를 마치고 다시 문을 열었다.";
}  // namespace

TEST_CASE("a breadcrumb trail before the first sentence goes; the sentence stays") {
    CHECK(garbage_filtered("Start › Nieuws › Regio Noord › De boten kwamen vroeg terug met sardines.", kNl) ==
          "De boten kwamen vroeg terug met sardines.");
    CHECK(garbage_filtered("Domů | Zprávy | Kraj | Rybáři vyplouvají za úsvitu a vracejí se v poledne.", kCs) ==
          "Rybáři vyplouvají za úsvitu a vracejí se v poledne.");
    CHECK(garbage_filtered("홈 > 사회 > 지역 > 배들은 새벽에 출항하여 정오에 돌아온다.", kKo) == "배들은 새벽에 출항하여 정오에 돌아온다.");
}

TEST_CASE("marks between names in prose stay: a route, places, verse, a ratio") {
    for (const std::string& legit : {
             std::string("Amsterdam › Utrecht › Arnhem: drie steden, één probleem met de woningmarkt."),
             std::string("De route Den Helder → Texel → Vlieland duurt een hele dag met de boot."),
             std::string("Hij citeerde: de zee is stil / het land is ver / de nacht is lang / en wij zijn moe."),
             std::string("Goud / zilver / brons: Nederland won er dit jaar elf van elk."),
             std::string("In / uit / aan: de knoppen van de oude radio werken nog steeds."),
             std::string("Rock / Pop / Jazz / Blues"),
         })
        CHECK(garbage_filtered(legit, kNl) == legit);
}

TEST_CASE("a route of four or more places whose last one is closed by a colon stays; a trail before a sentence's opening word goes") {
    // Three marks before the last name: only the colon behind that name tells a route.
    for (const std::string& legit : {
             std::string("Groningen › Zwolle › Utrecht › Breda: zo rijdt de nieuwe nachttrein door het land."),
             std::string("Plzeň › Praha › Brno › Ostrava: tudy povede nová dálková cyklostezka."),
             std::string("서울 › 대전 › 대구 › 부산: 새 고속열차는 이 네 도시에만 선다."),
         })
        CHECK(garbage_filtered(legit, legit.starts_with("\xEC") ? kKo : legit.starts_with("Plz") ? kCs : kNl) == legit);
    CHECK(garbage_filtered("Start › Nieuws › Regio › Gisteren, na de storm, bleven de boten binnen.", kNl) ==
          "Gisteren, na de storm, bleven de boten binnen.");
}
