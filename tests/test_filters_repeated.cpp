// Repeated blocks and single promo units: CTA repeats go (all copies), content repeats stay.
#include <doctest/doctest.h>

#include <algorithm>

#include "filter_test_util.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {
const std::string kSamplePath = std::string(WINNOW_SOURCE_DIR) + "/samples/alibaba-ai-investment.txt";

std::size_t count_containing(const Document& d, std::string_view needle) {
    return static_cast<std::size_t>(std::count_if(d.body.begin(), d.body.end(), [&](const Block& b) {
        return b.text.find(needle) != std::string::npos;
    }));
}

void run_block_filters(Document& d) {
    remove_repeated_blocks(d, NoiseOptions{});
    remove_promo_blocks(d, NoiseOptions{});
    remove_empty_blocks(d);
}

// A plain article: paragraphs with their own vocabulary, separated by blank lines.
const std::vector<std::string> kArticle{
    "The city council approved the new transit budget on Tuesday after a long debate over bus routes.",
    "Council members argued for hours about whether the northern districts should get more frequent service.",
    "Transit officials said ridership has recovered to nearly ninety percent of its level before the pandemic.",
    "The budget also sets aside money for repairing aging rail cars and upgrading signals on the main line.",
    "Critics said the plan does too little for cyclists and pedestrians in the fast-growing eastern suburbs.",
    "The mayor is expected to sign the budget next week, and the new routes would start in the spring.",
};

Document article_with(const std::vector<std::pair<std::size_t, std::vector<std::string>>>& inserts) {
    Document d;
    for (std::size_t i = 0; i < kArticle.size(); ++i) {
        d.body.push_back(para(kArticle[i]));
        for (const auto& [after, lines] : inserts)
            if (after == i) {
                for (const auto& l : lines) d.body.push_back(para(l));
                for (int k = 0; k < 6; ++k) d.body.push_back(para(""));
            }
    }
    return d;
}
}  // namespace

TEST_CASE("the sample's promo box, repeated five times, goes; the article stays") {
    const std::string text = winnow::test::read_file(kSamplePath);
    REQUIRE_MESSAGE(!text.empty(), "sample missing: " << kSamplePath);
    Document d = winnow::test::doc_from_lines(text);
    Document original = d;
    const std::string title = "Learn to use AI like a Pro";
    const std::string cta_start = "Get the latest AI workflows";
    REQUIRE(count_containing(d, title) == 5);
    run_block_filters(d);
    CHECK(count_containing(d, title) == 0);
    CHECK(count_containing(d, cta_start) == 0);
    // Every other non-empty line of the sample is still there.
    std::size_t kept = 0, expected = 0;
    for (const auto& b : original.body) {
        if (b.text.empty() || b.text == title || b.text.starts_with(cta_start)) continue;
        ++expected;
        kept += count_containing(d, b.text) > 0;
    }
    CHECK(kept == expected);
    const auto promo_removals = std::count_if(d.removed.begin(), d.removed.end(), [](const Removal& r) {
        return r.reason == RemovalReason::repeated_block || r.reason == RemovalReason::promo;
    });
    CHECK(promo_removals >= 10);
}

TEST_CASE("near-duplicate promo variants are removed together") {
    const std::string cta =
        "Sign up for our free weekly briefing and get the stories that matter delivered to your inbox every Friday morning.";
    Document d = article_with({
        {0, {"Never miss a story", cta + " https://news.example/join?utm_source=a&utm_campaign=x1"}},
        {2, {"NEVER MISS A STORY", cta.substr(0, cta.size() - 1) + "! https://news.example/join?utm_source=b&utm_campaign=y2"}},
        {4, {"Never Miss A Story:", cta + " https://news.example/join?utm_content=p3"}},
    });
    run_block_filters(d);
    CHECK(d.body.size() == kArticle.size());
    for (std::size_t i = 0; i < kArticle.size(); ++i) CHECK(d.body[i].text == kArticle[i]);
}

TEST_CASE("content repeats stay: refrain, captions, headings, table row labels, list items") {
    Document song;
    for (const char* verse : {"Walking down the empty road at night", "The city lights are fading out of sight",
                              "I hear the river calling out my name", "Nothing in this town will be the same"}) {
        song.body.push_back(para(verse));
        song.body.push_back(para("Oh carry me home, carry me home"));
        song.body.push_back(para(""));
    }
    const auto before = song.body.size();
    remove_repeated_blocks(song, NoiseOptions{});
    remove_promo_blocks(song, NoiseOptions{});
    CHECK(song.body.size() == before);

    Document captions = article_with({{1, {"Photo: AP"}}, {3, {"Photo: AP"}}, {4, {"Analysis"}}, {5, {"Analysis"}}});
    const auto n = captions.body.size();
    remove_repeated_blocks(captions, NoiseOptions{});
    CHECK(captions.body.size() == n);

    Document table = article_with({});
    Block t;
    t.kind = BlockKind::table;
    for (int r = 0; r < 3; ++r) {
        Block row;
        row.kind = BlockKind::row;
        Block label;
        label.kind = BlockKind::cell;
        label.text = "Subscribe and save with the annual plan for your family";
        row.children.push_back(label);
        t.children.push_back(row);
    }
    table.body.insert(table.body.begin() + 2, t);
    Block list;
    list.kind = BlockKind::list;
    for (int r = 0; r < 3; ++r) {
        Block item;
        item.kind = BlockKind::item;
        item.text = "Get your free copy of the report today";
        list.children.push_back(item);
    }
    table.body.insert(table.body.begin() + 4, list);
    const auto m = table.body.size();
    remove_repeated_blocks(table, NoiseOptions{});
    CHECK(table.body.size() == m);
    CHECK(table.body[2].children.size() == 3);
    CHECK(table.body[4].children.size() == 3);
}

TEST_CASE("a duplicated news paragraph without call-to-action shape stays") {
    Document d = article_with({{3, {kArticle[1]}}});
    const auto n = d.body.size();
    remove_repeated_blocks(d, NoiseOptions{});
    CHECK(d.body.size() == n);
}

TEST_CASE("a single promo unit goes; a reader-addressing paragraph stays") {
    Document d = article_with({{2, {"Download our free app",
                                    "Get breaking news alerts and save stories to read offline on your phone, free for members.",
                                    "Get the app"}}});
    remove_promo_blocks(d, NoiseOptions{});
    remove_empty_blocks(d);
    REQUIRE(d.body.size() == kArticle.size());
    for (std::size_t i = 0; i < kArticle.size(); ++i) CHECK(d.body[i].text == kArticle[i]);
    REQUIRE_FALSE(d.removed.empty());
    CHECK(d.removed.front().reason == RemovalReason::promo);

    Document advice = article_with({});
    advice.body.insert(advice.body.begin() + 3,
                       para("If you ride the bus every day, you will notice the changes first: check the new timetable before you travel."));
    const auto n = advice.body.size();
    remove_promo_blocks(advice, NoiseOptions{});
    CHECK(advice.body.size() == n);
}

TEST_CASE("link evidence: a linked CTA with a button link is a promo") {
    Document d = article_with({});
    Block cta = para("Join thousands of readers who get our analysis first.");
    cta.spans.push_back(Span{Span::Kind::link, 0, static_cast<std::uint32_t>(cta.text.size()), "https://x.example/join"});
    Block button = para("Join now");
    button.spans.push_back(Span{Span::Kind::link, 0, 8, "https://x.example/join"});
    d.body.insert(d.body.begin() + 3, button);
    d.body.insert(d.body.begin() + 3, cta);
    remove_promo_blocks(d, NoiseOptions{});
    CHECK(d.body.size() == kArticle.size());
}

TEST_CASE("set-off calls to action pointing at one sign-up page go; one bold plea alone stays") {
    auto bold_cta = [](std::string text, std::string_view target, std::string_view linked) {
        Block b = para(std::move(text));
        b.spans.push_back(Span{Span::Kind::strong, 0, static_cast<std::uint32_t>(b.text.size()), {}});
        const auto at = static_cast<std::uint32_t>(b.text.find(linked));
        b.spans.push_back(Span{Span::Kind::link, at, at + static_cast<std::uint32_t>(linked.size()), std::string(target)});
        return b;
    };
    Document d;
    for (const auto& t : kArticle) d.body.push_back(para(t));
    const std::string signup = "https://brief.example/signup";
    d.body.insert(d.body.begin() + 2, bold_cta("Like what you read? The Morning Brief lands in your inbox before "
                                               "breakfast, and it is free for readers.", signup, "The Morning Brief"));
    d.body.push_back(bold_cta("There is plenty more where that came from. Sign up for The Morning Brief today to get "
                              "the free daily newsletter.", signup, "The Morning Brief"));
    remove_promo_blocks(d, NoiseOptions{});
    REQUIRE(d.body.size() == kArticle.size());
    for (std::size_t i = 0; i < kArticle.size(); ++i) CHECK(d.body[i].text == kArticle[i]);

    // one bold paragraph addressing the reader, with no other sign of a box, is the author's
    Document plea;
    for (const auto& t : kArticle) plea.body.push_back(para(t));
    plea.body.push_back(bold_cta("If you ride the bus, sign up for the council's free route alerts before the "
                                 "changes start in the spring.", "https://city.example/alerts", "route alerts"));
    remove_promo_blocks(plea, NoiseOptions{});
    CHECK(plea.body.size() == kArticle.size() + 1);
}

TEST_CASE("a long text that is one link and a call to action is an ad; a linked sentence is not") {
    auto linked = [](std::string text, std::string target) {
        Block b = para(std::move(text));
        b.spans.push_back(Span{Span::Kind::link, 0, static_cast<std::uint32_t>(b.text.size()), std::move(target)});
        return b;
    };
    Document d;
    for (const auto& t : kArticle) d.body.push_back(para(t));
    d.body.push_back(linked("Get access to the fastest growing market newsletter for as little as 5 dollars in the first "
                            "year. Use the code GETPRO to subscribe today.", "https://markets.example/promo"));
    remove_promo_blocks(d, NoiseOptions{});
    CHECK(d.body.size() == kArticle.size());

    Document report;
    for (const auto& t : kArticle) report.body.push_back(para(t));
    report.body.push_back(linked("The commission's report on the transit budget, published in March, lists every route "
                                 "and its cost per rider.", "https://city.example/report.pdf"));
    remove_promo_blocks(report, NoiseOptions{});
    CHECK(report.body.size() == kArticle.size() + 1);
}

TEST_CASE("a call to action under a one-word label of its own goes; a heading that starts with a verb stays") {
    Document d = article_with({});
    Block cta = para("Subscribe to The Daily Example and stay smart with more of your favorite writers.");
    cta.spans.push_back(Span{Span::Kind::link, 0, 9, "https://daily.example/subscribe"});
    d.body.insert(d.body.begin() + 3, cta);
    d.body.insert(d.body.begin() + 3, para("SUBSCRIBE"));
    remove_promo_blocks(d, NoiseOptions{});
    remove_empty_blocks(d);
    REQUIRE(d.body.size() == kArticle.size());
    for (std::size_t i = 0; i < kArticle.size(); ++i) CHECK(d.body[i].text == kArticle[i]);

    Document speeds = article_with({});
    Block heading = para("Download speeds");
    heading.kind = BlockKind::heading;
    heading.level = 2;
    speeds.body.push_back(heading);
    speeds.body.push_back(para("Download speeds in the city rose by a third last year, the regulator said in its annual "
                               "report on broadband."));
    const auto n = speeds.body.size();
    remove_promo_blocks(speeds, NoiseOptions{});
    CHECK(speeds.body.size() == n);
}

TEST_CASE("a promo in a script without spaces is sized by its characters, and takes no paragraph with it") {
    // Folded into few long "words", the box looked like a short title line and took the
    // article paragraph after it as its text.
    const std::string box = "ニュースレターに登録 毎朝、最新ニュースを無料でメールボックスにお届けします。 登録する";
    Document d;
    for (std::size_t i = 0; i < kArticle.size(); ++i) {
        d.body.push_back(para(kArticle[i]));
        if (i == 1 || i == 3) {
            Block b = para(box);
            b.spans.push_back(Span{Span::Kind::strong, 0, static_cast<std::uint32_t>(box.find(' ')), {}});
            b.spans.push_back(Span{Span::Kind::link, static_cast<std::uint32_t>(box.rfind(' ') + 1),
                                   static_cast<std::uint32_t>(box.size()), "https://x.example/s"});
            d.body.push_back(b);
        }
    }
    run_block_filters(d);
    REQUIRE(d.body.size() == kArticle.size());
    for (std::size_t i = 0; i < kArticle.size(); ++i) CHECK(d.body[i].text == kArticle[i]);
    CHECK(word_length("ニュースレターに登録") == 5);
    CHECK(word_length("Sign up today, it's free") == 5);
}

TEST_CASE("a box pasted again with its sentences shuffled goes, every copy; the article restating its own sentences stays") {
    const auto page = [](const std::string& box1, const std::string& box2) {
        std::vector<std::string> body;
        for (std::size_t k = 0; k < kArticle.size(); ++k) {
            body.push_back(kArticle[k]);
            if (k == 1) body.push_back(box1);
            if (k == 4) body.push_back(box2);
        }
        Document d;
        for (auto& t : body) d.body.push_back(para(t));
        remove_exact_repeats(d, NoiseOptions{});
        return d;
    };
    // Turkish, Russian, Spanish boxes in words the article never uses.
    const std::pair<std::string, std::string> boxes[] = {
        {"Her sabah en iyi yazılarımızı ücretsiz alın. Dilediğiniz zaman tek tıkla ayrılabilirsiniz.",
         "Dilediğiniz zaman tek tıkla ayrılabilirsiniz. Her sabah en iyi yazılarımızı ücretsiz alın."},
        {"Получайте лучшие статьи недели на почту бесплатно. Отписаться можно в любой момент одним нажатием.",
         "Отписаться можно в любой момент одним нажатием. Получайте лучшие статьи недели на почту бесплатно."},
        {"Recibe cada mañana nuestras mejores historias. Es gratis y puedes darte de baja cuando quieras.",
         "Es gratis y puedes darte de baja cuando quieras. Recibe cada mañana nuestras mejores historias."}};
    for (const auto& [a, b] : boxes) {
        const Document d = page(a, b);
        CHECK(count_containing(d, a.substr(0, 12)) == 0);
        CHECK(d.body.size() == kArticle.size());
    }
    // The article's own sentences said again in another order (a summary at the end) share its
    // words: they stay.
    const std::string summary1 = "Council members argued for hours about the northern districts. The transit budget passed on Tuesday.";
    const std::string summary2 = "The transit budget passed on Tuesday. Council members argued for hours about the northern districts.";
    const Document d = page(summary1, summary2);
    CHECK(d.body.size() == kArticle.size() + 2);
}

TEST_CASE("a line said three times apart in the article, each with its way out, goes; twice, without one, or a label stays") {
    // Neutral words (no call-to-action vocabulary): the repetition and the address are the evidence.
    const std::string pitch = "Weekend photography course in the old town, 3,000 students so far https://course.example/p";
    const std::string pitch2 = "Weekend photography course in the old town, 3,100 students so far https://course.example/p";
    Document thrice = article_with({{0, {pitch}}, {2, {pitch2}}, {4, {pitch}}});
    run_block_filters(thrice);
    CHECK(count_containing(thrice, "photography course") == 0);
    CHECK(count_containing(thrice, "transit budget") == 1);

    Document twice = article_with({{0, {pitch}}, {3, {pitch2}}});
    run_block_filters(twice);
    CHECK(count_containing(twice, "photography course") == 2);

    const std::string plain = "Weekend photography course in the old town, 3,000 students so far";
    Document no_way_out = article_with({{0, {plain}}, {2, {plain}}, {4, {plain}}});
    run_block_filters(no_way_out);
    CHECK(count_containing(no_way_out, "photography course") == 3);

    const std::string label = "Source: https://stats.example/t1";
    Document labels = article_with({{0, {label}}, {2, {label}}, {4, {label}}});
    remove_repeated_blocks(labels, NoiseOptions{});
    CHECK(count_containing(labels, "Source:") == 3);
}
