// ViewMemo: the filters' block views computed through the per-page memo are the views computed
// afresh, also after blocks were edited or removed between two filters.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "filter_test_util.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "fingerprint.hpp"
#include "near_fingerprint.hpp"
#include "string_bits_cache.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {

void check_same(const std::vector<BlockView>& a, const std::vector<BlockView>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CAPTURE(a[i].text);
        CHECK(a[i].index == b[i].index);
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].words == b[i].words);
        CHECK(a[i].set == b[i].set);
        CHECK(a[i].length == b[i].length);
        CHECK(a[i].empty == b[i].empty);
        CHECK(a[i].candidate == b[i].candidate);
        CHECK(a[i].title_like == b[i].title_like);
    }
}

Document mixed_page() {
    Document d;
    Block h;
    h.kind = BlockKind::heading;
    h.text = "Das Wetter in den Bergen";
    d.body.push_back(h);
    d.body.push_back(para("Am Morgen lag Nebel im Tal, am Nachmittag kam die Sonne durch."));
    d.body.push_back(para("Подпишитесь на нашу рассылку"));
    d.body.push_back(para(""));
    d.body.push_back(para("今日は朝から雨が降っていましたが、午後には晴れました。"));
    d.body.push_back(para("Η βροχή σταμάτησε το απόγευμα και ο ουρανός καθάρισε."));
    d.body.push_back(para("Подпишитесь на нашу рассылку"));
    d.body.push_back(para("اشترك في النشرة البريدية"));
    return d;
}

}  // namespace

TEST_CASE("views through the memo equal fresh views, in several scripts") {
    const Document d = mixed_page();
    ViewMemo memo;
    check_same(view_blocks(d, &memo), view_blocks(d));
    // A second look (the next filter) is served from the memo and still the same.
    check_same(view_blocks(d, &memo), view_blocks(d));
}

TEST_CASE("the memo follows edits: changed text and removed blocks") {
    Document d = mixed_page();
    ViewMemo memo;
    (void)view_blocks(d, &memo);
    d.body[1].text = "Am Morgen lag Nebel im Tal.";   // a span cut out of a paragraph
    d.body.erase(d.body.begin() + 2);                  // a block removed
    d.body[3].text += " 明日も晴れるでしょう。";
    const auto memoized = view_blocks(d, &memo);
    check_same(memoized, view_blocks(d));
    CHECK(memoized[1].length == 6);
}

TEST_CASE("the block filters remove the same with and without the memo") {
    // A newsletter plea repeated between paragraphs of an article, in French and Polish.
    auto page = [] {
        Document d;
        const char* article[] = {
            "Le conseil municipal a voté mardi soir le budget de la piscine, après trois heures de débat.",
            "Abonnez-vous à notre lettre d'information",
            "Les travaux commenceront au printemps et dureront environ dix-huit mois selon la mairie.",
            "Zapisz się do naszego newslettera",
            "Pendant ce temps, les nageurs du club iront s'entraîner dans la commune voisine.",
            "Abonnez-vous à notre lettre d'information",
            "Le maire a promis que le tarif d'entrée ne changerait pas avant la fin du mandat.",
            "Zapisz się do naszego newslettera",
        };
        for (const char* t : article) d.body.push_back(para(t));
        return d;
    };
    Document plain = page(), memoized = page();
    const NoiseOptions noise;
    ViewMemo memo;
    remove_exact_repeats(plain, noise);
    remove_repeated_blocks(plain, noise);
    remove_promo_blocks(plain, noise);
    remove_foreign_boxes(plain, noise);
    remove_exact_repeats(plain, noise);
    remove_exact_repeats(memoized, noise, &memo);
    remove_repeated_blocks(memoized, noise, &memo);
    remove_promo_blocks(memoized, noise, &memo);
    remove_foreign_boxes(memoized, noise, &memo);
    remove_exact_repeats(memoized, noise, &memo);
    CHECK(plain.body.size() < 8);   // the repeated pleas went
    CHECK(to_xml(plain) == to_xml(memoized));
}

// view_blocks finds a text's memo entry at the last reading's cursor (or a few blocks past it)
// without hashing it, else by its hash: through readings of a page whose blocks are removed
// (one, several in a row, more than the look-ahead), edited, inserted, moved and repeated, in
// several scripts, the views are the fresh ones every time.
TEST_CASE("the memo's reading cursor: views equal fresh views through generated edits") {
    const std::vector<std::string> texts = {
        "Am Morgen lag Nebel im Tal.", "Подпишитесь на нашу рассылку", "", "今日は朝から雨が降っていました。",
        "Η βροχή σταμάτησε το απόγευμα.", "اشترك في النشرة البريدية", "Subscribe now", "Read more",
        "The council met on Tuesday and voted the budget.", "Subscribe now", "- 30 -", "42"};
    std::mt19937 rng(3);
    for (int page = 0; page < 60; ++page) {
        Document d;
        for (std::size_t k = 6 + rng() % 20; k > 0; --k) d.body.push_back(para(texts[rng() % texts.size()]));
        ViewMemo memo;
        for (int reading = 0; reading < 8 && !d.body.empty(); ++reading) {
            check_same(view_blocks(d, &memo), view_blocks(d));
            switch (rng() % 5) {
                case 0: d.body.erase(d.body.begin() + static_cast<std::ptrdiff_t>(rng() % d.body.size())); break;
                case 1: {  // a run removed, maybe longer than the look-ahead
                    const std::size_t at = rng() % d.body.size(), n = std::min<std::size_t>(1 + rng() % 7, d.body.size() - at);
                    d.body.erase(d.body.begin() + static_cast<std::ptrdiff_t>(at), d.body.begin() + static_cast<std::ptrdiff_t>(at + n));
                    break;
                }
                case 2: d.body[rng() % d.body.size()].text += " edited"; break;
                case 3: d.body.insert(d.body.begin() + static_cast<std::ptrdiff_t>(rng() % (d.body.size() + 1)), para(texts[rng() % texts.size()])); break;
                default: std::swap(d.body[rng() % d.body.size()], d.body[rng() % d.body.size()]); break;
            }
        }
    }
}

// The word hashes near-duplicate bands are cut from are the hashes of the folded words
// themselves, in any script, with digits folded and URLs skipped.
TEST_CASE("folded word hashes are the hashes of the folded words") {
    const auto fnv = [](std::string_view w) {
        std::uint64_t h = 14695981039346656037ull;
        for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
        return h;
    };
    for (std::string_view text : {"Sign up for our Weekly newsletter, it's free!",
                                  "Jetzt 30 Tage GRATIS testen: https://example.org/abo – Über-Angebot",
                                  "Подпишитесь на рассылку: 2 письма в неделю",
                                  "毎週のニュースレター 登録 はこちら", "", "  ... -- ''  "}) {
        CAPTURE(text);
        std::vector<std::uint64_t> hashes;
        append_folded_word_hashes(text, hashes);
        const std::vector<std::string> words = fold_words(text);
        REQUIRE(hashes.size() == words.size());
        for (std::size_t i = 0; i < words.size(); ++i) CHECK(hashes[i] == fnv(words[i]));
    }
}

TEST_CASE("a memo made with fingerprints holds each text's block fingerprint, and one made without holds none") {
    ViewMemo with(true), without;
    for (std::string_view text : {"Sign up for our Weekly newsletter, it's free!",
                                  "Jetzt 30 Tage GRATIS testen: https://example.org/abo – Über-Angebot",
                                  "Подпишитесь на рассылку: 2 письма в неделю", "l'été -- rock-'n'-roll’s 1999-2000",
                                  "毎週のニュースレター 登録 はこちら", "اشترك في النشرة البريدية", "", "  ... -- ''  "}) {
        CAPTURE(text);
        const std::string t(text);
        CHECK(with.fingerprint(t) == nullptr);   // not read yet
        const ViewWords& a = with.of(t);
        const ViewWords& b = without.of(t);
        CHECK(a.words == b.words);
        CHECK(a.length == b.length);
        REQUIRE(with.fingerprint(t) != nullptr);
        CHECK(*with.fingerprint(t) == block_fingerprint(t));
        CHECK(without.fingerprint(t) == nullptr);
        REQUIRE(with.known(t) != nullptr);
        CHECK(near_bands(t, &with.known(t)->words) == near_bands(t));   // (unspaced scripts fold their own)
    }
}

// The promo filter judges a unit (title, text, button) from each block's call-to-action piece,
// read once per block: joined, the pieces give what reading the texts joined by spaces gives,
// whatever ends or opens a sentence at their edges (a text of punctuation alone, a link
// address, an imperative after a colon, a text with no words).
TEST_CASE("call-to-action pieces joined equal the evidence of the joined texts") {
    const std::vector<std::string> texts = {
        "Subscribe now", "Get our free newsletter.", "you will love it", "...", "",
        "Read more: https://example.org/join.", "Jetzt anmelden! Ihr Postfach wartet", "- 30 -",
        "Abonnez-vous à notre lettre", "Подпишитесь на рассылку: бесплатно", "登録 無料 ニュースレター",
        "www.example.org/subscribe:", "Join", "Support our journalism. Donate today", "42 ! ?",
        "Suscríbete ya — es gratis", "the council met on Tuesday"};
    const auto same = [](const CtaEvidence& a, const CtaEvidence& b) {
        CHECK(a.words == b.words);
        CHECK(a.second_person == b.second_person);
        CHECK(a.action == b.action);
        CHECK(a.offer == b.offer);
        CHECK(a.starts_with_action == b.starts_with_action);
    };
    for (const std::string& a : texts) {
        same(cta_piece(a).own, cta_evidence(a));
        for (const std::string& b : texts)
            for (const std::string& c : texts) {
                CAPTURE(a);
                CAPTURE(b);
                CAPTURE(c);
                CtaJoin j;
                for (const std::string* t : {&a, &b, &c}) j.add(cta_piece(*t));
                same(j.sum, cta_evidence(a + " " + b + " " + c + " "));
            }
    }
}

TEST_CASE("string bits cache: stored keys are found, others not, and a full table keeps what it holds") {
    const std::vector<std::string> keys = {"post-meta", "entry-date", "sidebar", "Post-Meta", "post-meta ", ""};
    StringBitsCache cache(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CHECK(cache.find(keys[i]) == nullptr);
        cache.put(keys[i], static_cast<std::uint8_t>(i + 1));
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CAPTURE(keys[i]);
        const std::uint8_t* bits = cache.find(keys[i]);
        REQUIRE(bits != nullptr);
        CHECK(*bits == i + 1);
    }
    CHECK(cache.find("post") == nullptr);
    StringBitsCache small(1);  // four slots, kept at most half full: two keys, not three
    small.put("a", 1);
    small.put("b", 2);
    small.put("c", 3);
    CHECK(small.find("a") != nullptr);
    CHECK(small.find("b") != nullptr);
    CHECK(small.find("c") == nullptr);
}
