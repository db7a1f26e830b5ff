// The document's script handed from the garbage filter to the link-residue filter: counted once
// when the garbage filter removed nothing, counted again when it changed the document.
#include <doctest/doctest.h>

#include <optional>

#include "filter_test_util.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/page_script.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {

Document doc_of(std::initializer_list<const char*> texts) {
    Document d;
    for (const char* t : texts) d.body.push_back(para(t));
    return d;
}

std::optional<int> script_after_garbage(Document& d) {
    std::optional<int> page_script;
    remove_garbage(d, NoiseOptions{}, Budget::none(), &page_script);
    return page_script;
}

}  // namespace

TEST_CASE("garbage filter hands on the document's script when it removed nothing") {
    for (auto texts : {std::initializer_list<const char*>{"The committee met on Monday and agreed on the plan.",
                                                          "It will publish the report next spring."},
                       {"Der Ausschuss tagte am Montag und einigte sich auf den Plan.", "Der Bericht folgt im Frühjahr."},
                       {"Комитет собрался в понедельник и согласовал план.", "Отчёт выйдет весной."},
                       {"委員会は月曜日に会合を開き、計画に合意した。", "報告書は来春に公表される。"}}) {
        Document d = doc_of(texts);
        const std::optional<int> handed = script_after_garbage(d);
        REQUIRE(handed.has_value());
        CHECK(*handed == dominant_script(d));
    }
}

TEST_CASE("garbage filter hands on nothing when it changed the document") {
    // Debris cut out of a block (a template's expressions), or a block of nothing but debris.
    for (auto texts : {std::initializer_list<const char*>{"The committee met on Monday. {{ page.author | upcase }} {% endif %}"},
                       {"Le comité s'est réuni lundi.", "{{ page.author | upcase }} {% endif %} {{ site.url }}"},
                       {"Комитет собрался в понедельник. SELECT id,name FROM users WHERE id=42;"}}) {
        Document d = doc_of(texts);
        const std::size_t removed = d.removed.size();
        const std::optional<int> handed = script_after_garbage(d);
        REQUIRE(d.removed.size() > removed);
        CHECK_FALSE(handed.has_value());
    }
}

TEST_CASE("link residue reads the handed script as it would count it") {
    // A round-bracket label closing a block in a script other than the document's goes; the
    // handed script decides which is other, as the counted one does.
    const auto residue = [](std::initializer_list<const char*> texts, std::optional<int> script) {
        Document d = doc_of(texts);
        remove_link_residue(d, NoiseOptions{}, Budget::none(), script);
        return d.body.back().text;
    };
    const std::initializer_list<const char*> en = {"The committee met on Monday and agreed on the plan.",
                                                   "It will publish the report next spring. (ссылка)"};
    const std::initializer_list<const char*> es = {"El comité se reunió el lunes y aprobó el plan.",
                                                   "Publicará el informe en primavera. (ссылка)"};
    const std::initializer_list<const char*> ru = {"Комитет собрался в понедельник и согласовал план.",
                                                   "Отчёт выйдет весной. (link)"};
    for (auto texts : {en, es, ru}) {
        Document counted = doc_of(texts);
        const std::optional<int> handed = script_after_garbage(counted);
        REQUIRE(handed.has_value());
        CHECK(residue(texts, handed) == residue(texts, std::nullopt));
    }
    CHECK(residue(en, std::nullopt) == "It will publish the report next spring.");
    CHECK(residue(ru, std::nullopt) == "Отчёт выйдет весной.");
    // The handed script is the one read. A label whose word the text uses elsewhere goes only
    // by its script: told the English page is Cyrillic, it stays.
    const std::initializer_list<const char*> en_used = {"The committee met in the city of Москва on Monday.",
                                                        "It will publish the report next spring. (Москва)"};
    const std::initializer_list<const char*> de_used = {"Der Ausschuss tagte am Montag in Москва.",
                                                        "Der Bericht folgt im Frühjahr. (Москва)"};
    CHECK(residue(en_used, std::nullopt) == "It will publish the report next spring.");
    CHECK(residue(en_used, script_cyrillic) == "It will publish the report next spring. (Москва)");
    CHECK(residue(de_used, std::nullopt) == "Der Bericht folgt im Frühjahr.");
    CHECK(residue(de_used, script_cyrillic) == "Der Bericht folgt im Frühjahr. (Москва)");
}
