// Property test: random noise (tests/noise_generator.hpp) around real article paragraphs,
// cleaned by the whole pipeline (HTML and text input); measures the noise left and the article
// text lost over thousands of fixed seeds.
//
//   WINNOW_NOISE_SEED=1234 build/tests/test_noise_property   # one case, page and output printed
//   WINNOW_NOISE_CASES=20000 build/tests/test_noise_property # more cases than CI runs
//   WINNOW_NOISE_LEFT=1 build/tests/test_noise_property      # also print each piece of noise left (seed, mode, what) and each case losing article text
//   WINNOW_NOISE_SHOW=1 build/tests/test_noise_property      # also print each debris piece that stayed
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include <winnow/winnow.hpp>

#include "filters/evidence.hpp"
#include "whole_atoms.hpp"
#include "noise_generator.hpp"

using namespace winnow;
using winnow::test::contains_atom;
using winnow::test::word_char;
using winnow::test::NoiseKind;

namespace {

// Runs of letters and digits, with their counts.
std::map<std::string, int> tokens(std::string_view text) {
    std::map<std::string, int> out;
    std::string cur;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t b = i;
        const char32_t cp = detail::next_code_point(text, i);
        if (word_char(cp)) {
            cur.append(text.substr(b, i - b));
        } else if (!cur.empty()) {
            ++out[cur];
            cur.clear();
        }
    }
    if (!cur.empty()) ++out[cur];
    return out;
}

struct Tally {
    double noise[3] = {0, 0, 0};  // bytes of noise atoms, by kind
    double left[3] = {0, 0, 0};   // ... found in the output
    double article = 0, lost = 0;  // bytes of article tokens, and of those missing
    void add(const Tally& o) {
        for (int k = 0; k < 3; ++k) noise[k] += o.noise[k], left[k] += o.left[k];
        article += o.article;
        lost += o.lost;
    }
    double noise_total() const { return noise[0] + noise[1] + noise[2]; }
    double left_total() const { return left[0] + left[1] + left[2]; }
    double left_share() const { return noise_total() > 0 ? left_total() / noise_total() : 0; }
    double lost_share() const { return article > 0 ? lost / article : 0; }
    double kind_share(int k) const { return noise[k] > 0 ? left[k] / noise[k] : 0; }
};

struct Outcome {
    Tally tally;
    std::string output;
    std::vector<std::size_t> pieces_left;  // noise pieces with an atom found in the output
    std::map<std::string, std::pair<double, double>> garbage;  // debris grammar -> bytes injected, left
    std::vector<std::string> garbage_left;                       // atoms of debris that stayed, by piece
};

Outcome run_case(const Cleaner& cleaner, const winnow::test::NoisyPage& page) {
    Outcome o;
    const Result r = cleaner.clean(page.input);
    if (r.ok()) o.output = r.document.meta.subtitle + "\n" + to_text(r.document);
    for (const auto& piece : page.noise) {
        std::string stayed;
        for (bool any = false; const auto& atom : piece.atoms) {
            const int k = static_cast<int>(piece.kind);
            const bool left = contains_atom(o.output, atom);
            o.tally.noise[k] += static_cast<double>(atom.size());
            if (left) {
                o.tally.left[k] += static_cast<double>(atom.size());
                if (!any) o.pieces_left.push_back(static_cast<std::size_t>(&piece - page.noise.data()));
                any = true;
            }
            if (piece.kind == NoiseKind::garbage) {
                auto& g = o.garbage[piece.label];
                g.first += static_cast<double>(atom.size());
                if (left) g.second += static_cast<double>(atom.size());
                if (left) stayed += " " + atom;
            }
        }
        if (!stayed.empty()) o.garbage_left.push_back(piece.label + ":" + stayed);
    }
    std::string article;
    for (auto p : page.paragraphs) (article += p) += '\n';
    const auto want = tokens(article);
    const auto got = tokens(o.output);
    for (const auto& [tok, count] : want) {
        const auto it = got.find(tok);
        const int have = it == got.end() ? 0 : it->second;
        o.tally.article += static_cast<double>(tok.size() * static_cast<std::size_t>(count));
        if (have < count) o.tally.lost += static_cast<double>(tok.size() * static_cast<std::size_t>(count - have));
    }
    return o;
}

// Issue 13 targets: noise left <= 1%, article text lost <= 0.5%. The noise ceiling is the figure
// reached so far (67.8% before the structural filters, 17.6% with them; then, with the promo and
// residue generator grown richer (new shapes, scripts and marker forms) and the debris generator
// grown to 16 random grammars in any script and four positions: 8.2% with same-script boxes,
// labels closing a block, prose repeats and full-width brackets, and 5.9% once machine text was
// scored by character statistics per token; 3.4% with extraction's dropped link lines and
// buttons read as a box's way out, unlisted scripts foreign, note signs and labels closing the
// subtitle; 3.8% with a third stream of box shapes and marker forms in the generator; apart,
// 4.9% with every Unicode script classed, statements, source paths and logger lines by shape,
// once the generator learned statements of a made-up keyword language, fragments in six more
// scripts and other logger layouts; both together 3.2%; 2.3% with same-script boxes told by a
// button after their last sentence, a dropped form, a framed button line or a dropped link
// line under a title; 3.1% with a fourth stream of box shapes (rules, borders, banners, styled
// spans) in the generator, 2.1% once a box's frame lines went with it; apart, 2.6% with debris
// glued to a word cut from the word's end by shape and fragments of other Latin-script
// languages by marked letters, 3.3% once a fourth debris stream drew shell prompts, wiki
// markup, escapes, network addresses and key: value records, none of which any rule was
// written for; together 2.4%; 1.65% once records, addresses and prompts were found by shape;
// 1.57% once a statement's lower-case opening between prose words went with it; 1.54% with
// framed dropped link lines as a box's way out and markers after two-letter words; 1.31% with
// logger lines glued to a word, whole trace frames, hex dumps with offsets, error lines from
// what raised them, mixed drawn shapes and foreign fragments' last counters; 1.05% with boxes in
// letters the prose never writes, copies pasted in a row counted once, a framed button ending a box;
// 0.93% with statements found by their operands, lower-case logger levels, style rules with their
// selectors, glued UUIDs, hex dump lines and literal escapes).
// It only goes down as the filters learn, or up when the generator learns new noise. The loss
// ceiling is the target.
constexpr double kNoiseLeftCeiling = 0.010;  // reached: 0.93% (promo 0.68%, garbage 2.34%, residue 0.16%)
constexpr double kArticleLostCeiling = 0.005;

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::strtoull(v, nullptr, 10) : fallback;
}

}  // namespace

TEST_CASE("the generator is deterministic and makes every kind of noise") {
    const auto a = winnow::test::make_noisy_page(42);
    const auto b = winnow::test::make_noisy_page(42);
    CHECK(a.input == b.input);
    CHECK(winnow::test::make_noisy_page(43).input != a.input);
    int kinds[3] = {0, 0, 0};
    int html = 0;
    for (std::uint64_t s = 1; s <= 200; ++s) {
        const auto p = winnow::test::make_noisy_page(s);
        html += p.html;
        for (const auto& piece : p.noise) ++kinds[static_cast<int>(piece.kind)];
    }
    CHECK(kinds[0] > 200);
    CHECK(kinds[1] > 100);
    CHECK(kinds[2] > 200);
    CHECK(html > 60);
    CHECK(html < 180);
}

TEST_CASE("a clean article loses nothing and the measure sees noise that stays") {
    const Cleaner cleaner;
    auto page = winnow::test::make_noisy_page(7);
    // The measure itself: against the page's own input every atom is found.
    winnow::test::NoisyPage raw = page;
    raw.noise.push_back({NoiseKind::garbage, {"Zq9xv"}});
    std::string text;
    for (auto p : page.paragraphs) (text += p) += "\n\n";
    page.input = "Title line\n\n" + text;
    page.html = false;
    const auto clean = run_case(cleaner, page);
    CHECK(clean.tally.lost_share() < 0.005);
    CHECK(contains_atom("a Zq9xv b", "Zq9xv"));
    CHECK_FALSE(contains_atom("aZq9xv b", "Zq9xv"));
    CHECK(contains_atom("word[12] b", "[12]"));
}

TEST_CASE("random noise around real articles: little left, almost no article text lost") {
    const Cleaner cleaner;
    const std::uint64_t one = env_number("WINNOW_NOISE_SEED", 0);
    if (one) {
        const auto page = winnow::test::make_noisy_page(one);
        const auto o = run_case(cleaner, page);
        std::cout << "seed " << one << (page.html ? " (HTML)" : " (text)") << "\n--- injected\n" << page.describe
                  << "--- input\n" << page.input << "\n--- output\n" << o.output << "--- noise left "
                  << 100 * o.tally.left_share() << "%, article lost " << 100 * o.tally.lost_share() << "%\n";
        return;
    }
    const std::uint64_t cases = env_number("WINNOW_NOISE_CASES", 5000);
    const bool print_left = env_number("WINNOW_NOISE_LEFT", 0) != 0;
    const bool show = env_number("WINNOW_NOISE_SHOW", 0) != 0;
    Tally all, by_mode[2];
    std::vector<std::pair<double, std::uint64_t>> worst;
    std::map<std::string, std::pair<double, double>> garbage;
    std::map<std::string, std::vector<std::uint64_t>> garbage_seeds;  // first seeds where a kind stayed
    for (std::uint64_t seed = 1; seed <= cases; ++seed) {
        const auto page = winnow::test::make_noisy_page(seed);
        const auto o = run_case(cleaner, page);
        all.add(o.tally);
        if (print_left && o.tally.lost > 0)
            std::cout << "lost " << seed << (page.html ? " html " : " text ") << 100 * o.tally.lost_share() << "%\n";
        if (print_left)
            for (std::size_t k : o.pieces_left) {  // (describe has one line per piece, in order)
                std::size_t at = 0;
                for (std::size_t line = 0; line < k && at != std::string::npos; ++line) at = page.describe.find('\n', at) + 1;
                std::cout << "left " << seed << (page.html ? " html " : " text ")
                          << page.describe.substr(at, page.describe.find('\n', at) - at) << "\n";
            }
        by_mode[page.html].add(o.tally);
        if (show)
            for (const auto& g : o.garbage_left) std::cout << "seed " << seed << (page.html ? " html " : " text ") << g << "\n";
        for (const auto& [label, g] : o.garbage) {
            garbage[label].first += g.first;
            garbage[label].second += g.second;
            if (g.second > 0 && garbage_seeds[label].size() < 4) garbage_seeds[label].push_back(seed);
        }
        worst.emplace_back(o.tally.left_share() + o.tally.lost_share(), seed);
    }
    std::sort(worst.begin(), worst.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    std::string worst_seeds;
    for (std::size_t i = 0; i < std::min<std::size_t>(8, worst.size()); ++i) worst_seeds += " " + std::to_string(worst[i].second);
    auto pct = [](double x) { return std::to_string(100 * x).substr(0, 5) + "%"; };
    MESSAGE("cases " << cases << ": noise left " << pct(all.left_share()) << " (promo " << pct(all.kind_share(0))
                     << ", garbage " << pct(all.kind_share(1)) << ", residue " << pct(all.kind_share(2))
                     << "), article lost " << pct(all.lost_share()) << "; HTML left " << pct(by_mode[1].left_share())
                     << " lost " << pct(by_mode[1].lost_share()) << "; text left " << pct(by_mode[0].left_share())
                     << " lost " << pct(by_mode[0].lost_share()) << "; worst seeds" << worst_seeds);
    std::string by_kind;
    for (const auto& [label, g] : garbage) {
        by_kind += " " + label + " " + pct(g.first > 0 ? g.second / g.first : 0) + " (seeds";
        for (auto s : garbage_seeds[label]) by_kind += " " + std::to_string(s);
        by_kind += ");";
    }
    MESSAGE("garbage left by debris kind:" << by_kind);
    CHECK(all.left_share() <= kNoiseLeftCeiling);
    CHECK(all.lost_share() <= kArticleLostCeiling);
}
