// Link residue and empty blocks.
#include <doctest/doctest.h>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {
std::string fix(std::string text) {
    Document d;
    d.body.push_back(para(std::move(text)));
    remove_link_residue(d, NoiseOptions{});
    return d.body[0].text;
}
}  // namespace

TEST_CASE("space before sentence punctuation where a link was cut") {
    CHECK(fix("It aims to counteract through its expansive initiatives . Despite this, it grew .") ==
          "It aims to counteract through its expansive initiatives. Despite this, it grew.");
    CHECK(fix("He cited the study , which was new.") == "He cited the study, which was new.");
    CHECK(fix("Wait . . . then it happened.") == "Wait . . . then it happened.");
    CHECK(fix("Version .NET 8 shipped.") == "Version .NET 8 shipped.");
}

TEST_CASE("a document that spaces its punctuation keeps its style") {
    Document d;
    d.body.push_back(para("Senator Ahmad , on Tuesday , moved a motion , which passed ."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Senator Ahmad , on Tuesday , moved a motion , which passed .");
}

TEST_CASE("bare link labels go; source attributions stay") {
    CHECK(fix("The company confirmed the deal (source).") == "The company confirmed the deal.");
    CHECK(fix("The company confirmed the deal [link].") == "The company confirmed the deal.");
    CHECK(fix("The company confirmed the deal (Quelle).") == "The company confirmed the deal.");
    CHECK(fix("It beat analyst expectations (Reuters).") == "It beat analyst expectations (Reuters).");
    CHECK(fix("The firm (founded in 1999) grew fast.") == "The firm (founded in 1999) grew fast.");
    CHECK(fix("Empty brackets () and [] go.") == "Empty brackets and go.");
    // screen-reader and external-link hints left by a cut link
    CHECK(fix("Read the full report (opens in a new tab).") == "Read the full report.");
    CHECK(fix("The ministry published the figures (External link).") == "The ministry published the figures.");
    CHECK(fix("Der Bericht liegt vor (Weiterlesen).") == "Der Bericht liegt vor.");
    CHECK(fix("The report (PDF) is online.") == "The report (PDF) is online.");
}

TEST_CASE("a linked label keeps its target on the word it cited") {
    Document d;
    d.body.push_back(para("The company confirmed the deal (source)."));
    Span s;
    s.kind = Span::Kind::link;
    s.begin = 32;
    s.end = 38;
    s.target = "https://news.example/deal";
    REQUIRE(d.body[0].text.substr(s.begin, s.end - s.begin) == "source");
    d.body[0].spans.push_back(s);
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "The company confirmed the deal.");
    REQUIRE(d.body[0].spans.size() == 1);
    const Span& k = d.body[0].spans[0];
    CHECK(k.target == "https://news.example/deal");
    CHECK(d.body[0].text.substr(k.begin, k.end - k.begin) == "deal");
}

TEST_CASE("orphan footnote markers go, markers with their notes stay") {
    CHECK(fix("Care givers hear 1,000 alarms per shift [1], most not urgent [12].") ==
          "Care givers hear 1,000 alarms per shift, most not urgent.");
    Document d;
    d.body.push_back(para("Care givers hear 1,000 alarms per shift [1]."));
    d.body.push_back(para("[1] Alarm fatigue: impacts on patient safety."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "Care givers hear 1,000 alarms per shift [1].");
    CHECK(d.body[1].text == "[1] Alarm fatigue: impacts on patient safety.");
}

TEST_CASE("markdown links become link spans; numeric ones are citations") {
    Document d;
    d.body.push_back(para("See [the filing](https://sec.example/f?id=1) for details."));
    d.body.push_back(para("Revenue beat expectations [1](https://www.reuters.com/technology/x-2025/). Shares rose."));
    remove_link_residue(d, NoiseOptions{});
    CHECK(d.body[0].text == "See the filing for details.");
    REQUIRE(d.body[0].spans.size() == 1);
    CHECK(d.body[0].spans[0].target == "https://sec.example/f?id=1");
    CHECK(d.body[0].text.substr(d.body[0].spans[0].begin, d.body[0].spans[0].end - d.body[0].spans[0].begin) == "the filing");
    CHECK(d.body[1].text == "Revenue beat expectations. Shares rose.");
    REQUIRE(d.body[1].spans.size() == 1);
    CHECK(d.body[1].spans[0].target == "https://www.reuters.com/technology/x-2025/");
    for (const auto& r : d.removed) CHECK(r.reason == RemovalReason::residue);
}

TEST_CASE("empty blocks go, figures with images and non-empty containers stay") {
    Document d;
    d.body.push_back(para("Text."));
    d.body.push_back(para(""));
    d.body.push_back(para("\xC2\xA0 \xE2\x80\x8B"));
    Block fig;
    fig.kind = BlockKind::figure;
    fig.src = "https://img.example/a.jpg";
    d.body.push_back(fig);
    Block list;
    list.kind = BlockKind::list;
    Block item;
    item.kind = BlockKind::item;
    list.children.push_back(item);
    d.body.push_back(list);
    Block list2 = list;
    list2.children.push_back(item);
    list2.children.back().text = "kept";
    d.body.push_back(list2);
    remove_empty_blocks(d);
    REQUIRE(d.body.size() == 3);
    CHECK(d.body[0].text == "Text.");
    CHECK(d.body[1].kind == BlockKind::figure);
    CHECK(d.body[2].children.size() == 1);
    CHECK(d.removed.size() == 3);
}
