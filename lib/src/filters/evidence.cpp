// Evidence shared by the noise filters: folded words and call-to-action signals.
#include <algorithm>
#include <array>
#include <bitset>

#include <utf8proc.h>

#include "ascii.hpp"
#include "filters/evidence.hpp"
#include "filters/word_fold.hpp"
#include "fingerprint.hpp"

#include "block_edit.hpp"
#include "charset_tables.hpp"
#include "hash_sort.hpp"

namespace winnow::detail {

namespace {

// Small multilingual word lists. They are a supporting signal only: every filter that
// reads them also needs structural evidence (repetition, links, position, shape).
constexpr std::string_view kSecondPerson[] = {
    "you", "your", "yours", "yourself", "you'll", "you're", "sie", "ihr", "ihre", "ihrem",
    "ihren", "ihrer", "dich", "dein", "deine", "vous", "votre", "vos", "tu", "tus",
    "usted", "ustedes", "você", "vocês", "seu", "sua", "teu", "tua", "вы", "вас",
    "вам", "ваш", "ваша", "ваши", "вашей", "вашем", "ты", "anda", "kamu", "당신", "twój", "twoja", "twoje",
    "twoją", "twojej", "jouw", "ditt", "dina", "váš", "vaše", "σας", "σου"};
constexpr std::string_view kAction[] = {
    "subscribe", "sign", "join", "download", "register", "follow", "get", "click", "tap", "install",
    "donate", "support", "become", "upgrade", "unlock", "claim", "enroll", "enrol", "signup", "learn",
    "discover", "try", "watch", "listen", "shop", "buy", "order", "book", "save", "check",
    "compare", "enjoy", "read", "share", "abonnieren", "abonniere", "anmelden", "registrieren", "folgen", "jetzt",
    "abonnez", "inscrivez", "suivez", "téléchargez", "rejoignez", "découvrez", "recevez", "suscríbete", "suscríbase", "síguenos",
    "descarga", "regístrate", "únete", "recibe", "inscreva", "siga", "baixe", "assine", "receba", "participe",
    "подпишитесь", "подписывайтесь", "подпишись", "читайте", "следите", "присоединяйтесь", "скачайте", "ikuti", "daftar", "unduh"};
constexpr std::string_view kOffer[] = {
    "free", "newsletter", "newsletters", "inbox", "exclusive", "alerts", "updates", "app", "channel", "membership",
    "subscription", "subscribers", "premium", "offer", "discount", "sponsored", "webinar", "podcast",
    "weekly", "daily", "kostenlos", "gratis", "gratuit", "gratuite", "grátis", "gratuito", "бесплатно", "рассылка",
    "подписка", "канал", "boletín", "boletim", "lettre", "postfach", "e-mail", "email", "whatsapp", "telegram",
    "promo", "coupon", "member", "members"};

// Stems for languages whose words inflect or run together (Korean, Japanese, Chinese,
// Turkish, Slavic and others): matched as a prefix, or anywhere inside a CJK word.
constexpr std::string_view kActionStems[] = {
    "구독", "가입", "신청", "다운로드", "팔로우", "登録", "購読", "フォロー", "ダウンロード", "订阅", "訂閱",
    "关注", "關注", "下载", "下載", "注册", "註冊", "abone", "indir", "katıl", "iscriviti", "abbonati",
    "scarica", "seguici", "abonneer", "schrijf", "download", "zapisz", "subskrybuj", "pobierz", "dołącz",
    "obserwuj", "přihlas", "odebír", "stáhn", "feliratkoz", "prenumer", "tilaa", "abonn", "подпис", "подпиш",
    "otrzymuj", "zarejestruj", "ontvang", "aanmeld", "registrer", "följ", "følg", "sledujte", "abonează",
    "înscrie", "εγγραφ", "ακολουθ", "اشترك", "تابع", "הירשמ", "עקבו"};
constexpr std::string_view kOfferStems[] = {
    "뉴스레터", "무료", "ニュースレター", "無料", "メルマガ", "免费", "免費", "newsletter", "nieuwsbrief",
    "bülten", "ücretsiz", "biuletyn", "darmow", "bezpłat", "zdarma", "ingyenes", "ilmai", "nyhetsbrev",
    "δωρεάν", "ενημερωτικ", "مجان", "النشرة", "חינם", "ניוזלטר"};

// A word list prepared once for lookups: sorted for whole words, bucketed by first byte for
// stems (a word meets only the few stems that start like it). Built on first use and never
// changed, so cleaners on any number of threads share it.
class WordTable {
public:
    template <std::size_t N>
    explicit WordTable(const std::string_view (&list)[N]) : sorted_(std::begin(list), std::end(list)) {
        std::sort(sorted_.begin(), sorted_.end());
        for (std::string_view w : sorted_) {
            by_first_[static_cast<unsigned char>(w.front())].push_back(w);
            if (w.size() == 1) one_byte_.set(static_cast<unsigned char>(w.front()));
            else pairs_.set(pair(w[0], w[1]));
        }
    }
    // Searched among the words of its first byte (a bucket keeps the sorted order).
    bool contains(std::string_view w) const {
        if (w.empty() || !may_open(w)) return false;
        const auto& bucket = by_first_[static_cast<unsigned char>(w.front())];
        return std::binary_search(bucket.begin(), bucket.end(), w);
    }
    // A stem opens the word, or, for a word of a script written without spaces (cjk: a byte 0xE3..0xED in w,
    // WordNotes::cjk),
    // stands anywhere in it.
    bool has_stem_of(std::string_view w, bool cjk) const {
        if (w.empty()) return false;
        if (cjk) {
            // Any position: a run of such a script is one long word, so each position meets
            // only the stems starting with its byte rather than every stem searching the run.
            for (std::size_t i = 0; i < w.size(); ++i)
                for (std::string_view st : by_first_[static_cast<unsigned char>(w[i])])
                    if (w.substr(i).starts_with(st)) return true;
            return false;
        }
        if (!may_open(w)) return false;
        for (std::string_view st : by_first_[static_cast<unsigned char>(w.front())])
            if (st.size() <= w.size() && (st.size() < 2 || w[1] == st[1]) && w.starts_with(st)) return true;
        return false;
    }

    // Adds the first two bytes of the entries (or the one byte of one-byte entries) to a union.
    void add_openings(std::bitset<65536>& pairs, std::bitset<256>& one_byte) const {
        pairs |= pairs_;
        one_byte |= one_byte_;
    }

    static std::size_t pair(char a, char b) {
        return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
    }

private:
    // Some entry is w or opens it, judged by w's first two bytes: most words of a text start
    // like no entry, and one bit test spares them the bucket's search.
    bool may_open(std::string_view w) const {
        return one_byte_.test(static_cast<unsigned char>(w[0])) || (w.size() >= 2 && pairs_.test(pair(w[0], w[1])));
    }

    std::vector<std::string_view> sorted_;
    std::array<std::vector<std::string_view>, 256> by_first_;
    std::bitset<65536> pairs_;    // the first two bytes of each entry of two bytes or more
    std::bitset<256> one_byte_;   // entries of one byte
};

const WordTable& second_person_words() { static const WordTable t(kSecondPerson); return t; }
const WordTable& action_words() { static const WordTable t(kAction); return t; }
const WordTable& offer_words() { static const WordTable t(kOffer); return t; }
const WordTable& action_stems() { static const WordTable t(kActionStems); return t; }
const WordTable& offer_stems() { static const WordTable t(kOfferStems); return t; }

// The five call-to-action lists, fetched once per text, and the first two bytes that open an
// entry of any of them: most words of a text open none, and one bit test spares them every list.
struct CtaTables {
    const WordTable& second = second_person_words();
    const WordTable& action = action_words();
    const WordTable& offer = offer_words();
    const WordTable& action_stem = action_stems();
    const WordTable& offer_stem = offer_stems();
    std::bitset<65536> pairs;
    std::bitset<256> one_byte;
    CtaTables() {
        for (const WordTable* t : {&second, &action, &offer, &action_stem, &offer_stem}) t->add_openings(pairs, one_byte);
    }
    // Whether some entry of some list may be w or open it (w not empty).
    bool may_open(std::string_view w) const {
        return one_byte.test(static_cast<unsigned char>(w[0])) || (w.size() >= 2 && pairs.test(WordTable::pair(w[0], w[1])));
    }
};
const CtaTables& cta_tables() { static const CtaTables t; return t; }
}  // namespace

double CtaEvidence::score() const noexcept {
    if (words == 0) return 0.0;
    double s = 0.0;
    if (second_person > 0) s += 0.35;
    if (starts_with_action) s += 0.3;
    else if (action > 0) s += 0.15;
    s += std::min(0.3, 0.15 * offer);
    if (action > 1) s += 0.1;
    return std::min(1.0, s);
}

CtaPiece cta_piece(std::string_view text) {
    CtaPiece p;
    CtaEvidence& e = p.own;
    const CtaTables& lists = cta_tables();
    // Read as if a word without a sentence end stood before: the first word opens a sentence
    // only on the text's own punctuation (first_word_opens); CtaJoin adds the context.
    p.ends_open = fold::for_each_noted_word(text, [&](std::string_view w, bool opens_sentence, const fold::WordNotes& notes) {
        const bool first = e.words == 0;
        ++e.words;
        // "abonnez-vous", "inscrivez-vous": judge the parts of hyphenated words too.
        const auto dash = notes.dash;  // w.find('-'), noted as the fold wrote w
        const std::string_view head = w.substr(0, dash);
        const std::string_view tail = dash == std::string_view::npos ? std::string_view{} : w.substr(dash + 1);
        const bool parts = dash != std::string_view::npos;   // else head is w and tail empty
        // A word no list entry opens (nor its head; a stem of a script without spaces may stand
        // anywhere in it) is in no list: most words of a text.
        const bool cjk = notes.cjk;  // a byte 0xE3..0xED in w
        const bool listed = cjk || lists.may_open(w) || (parts && lists.may_open(head));
        const bool action = listed && (lists.action.contains(w) || (parts && lists.action.contains(head)) ||
                                       lists.action_stem.has_stem_of(w, cjk));
        // Imperatives open sentences.
        if (first) {
            p.first_word_action = action;
            p.first_word_opens = opens_sentence;
        } else if (opens_sentence && action) {
            p.later_opening_action = true;
        }
        if ((listed && lists.second.contains(w)) || (parts && lists.second.contains(tail))) ++e.second_person;
        if (action) ++e.action;
        if (listed && (lists.offer.contains(w) || lists.offer_stem.has_stem_of(w, cjk))) ++e.offer;
    }, false);
    e.starts_with_action = p.first_word_action || p.later_opening_action;  // standing alone, its first word opens
    return p;
}

void CtaJoin::add(const CtaPiece& p) {
    sum.words += p.own.words;
    sum.second_person += p.own.second_person;
    sum.action += p.own.action;
    sum.offer += p.own.offer;
    if (p.own.words == 0) {  // punctuation alone: it may end a sentence, never continue one
        opens = opens || p.ends_open;
        return;
    }
    if ((p.first_word_action && (opens || p.first_word_opens)) || p.later_opening_action) sum.starts_with_action = true;
    opens = p.ends_open;
}

CtaEvidence cta_evidence(std::string_view text) {
    CtaJoin j;
    j.add(cta_piece(text));
    return j.sum;
}

namespace {
void link_chars(const Block& b, std::size_t& linked, std::size_t& total) {
    total += b.text.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> r;
    for (const auto& s : b.spans)
        if (s.kind == Span::Kind::link && s.end > s.begin) r.emplace_back(s.begin, s.end);
    std::sort(r.begin(), r.end());
    std::uint32_t covered_to = 0;
    for (auto [lo, hi] : r) {
        lo = std::max(lo, covered_to);
        if (hi > lo) linked += hi - lo;
        covered_to = std::max(covered_to, hi);
    }
    for (const auto& c : b.children) link_chars(c, linked, total);
}
}  // namespace

double link_density(const Block& block) {
    std::size_t linked = 0, total = 0;
    link_chars(block, linked, total);
    return total == 0 ? 0.0 : static_cast<double>(linked) / static_cast<double>(total);
}

std::size_t word_count(std::string_view text, std::size_t limit) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : text) {
        const bool sp = is_ascii_space(c);
        if (!sp && !in_word && ++n == limit) break;
        in_word = !sp;
    }
    return n;
}

}  // namespace winnow::detail

namespace winnow::detail {

namespace {
bool ends_with_sentence_end(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == ')')) t.remove_suffix(1);
    return !t.empty() && (t.back() == '.' || t.ends_with("。") || t.ends_with("…"));
}
}  // namespace

std::size_t word_length(std::string_view text) {
    std::size_t words = 0, run = 0;
    bool in_word = false;
    auto close_run = [&] {
        words += (run + 1) / 2;
        run = 0;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            // ASCII, most of most texts: is_letter's and is_digit's own ASCII rows, inline.
            ++i;
            if (run) close_run();
            const bool word_char = static_cast<unsigned>((byte | 0x20) - 'a') < 26u || static_cast<unsigned>(byte - '0') < 10u;
            if (word_char && !in_word) ++words;
            in_word = word_char || (in_word && (byte == '\'' || byte == '-'));
            continue;
        }
        const char32_t cp = next_code_point(text, i);
        if (cp >= 0x0E00 && written_without_spaces(script_of(cp))) {
            ++run;
            in_word = false;
            continue;
        }
        if (run) close_run();
        const bool word_char = is_letter(cp) || is_digit(cp);
        if (word_char && !in_word) ++words;
        in_word = word_char || (in_word && (cp == '\'' || cp == 0x2019 || cp == '-'));
    }
    if (run) close_run();
    return words;
}

namespace {
// WordHashSink that also hashes the words joined by single spaces, as folded_words_hash does
// (the same fold, so the same words and the same value).
struct JoinedHashSink : fold::WordHashSink {
    std::uint64_t joined = fold::kFnvBasis;
    bool first = true, open = false;
    explicit JoinedHashSink(std::vector<std::uint64_t>& o) : WordHashSink(o) {}
    void open_word() {
        if (!open && !first) joined = (joined ^ static_cast<unsigned char>(' ')) * fold::kFnvPrime;
        open = true;
        first = false;
    }
    void letters(const char* p, std::size_t k) {
        open_word();
        WordHashSink::letters(p, k);
        std::uint64_t x = joined;
        for (std::size_t i = 0; i < k; ++i) x = (x ^ static_cast<unsigned char>(p[i] | 0x20)) * fold::kFnvPrime;
        joined = x;
    }
    void byte(char c) {
        open_word();
        WordHashSink::byte(c);
        joined = (joined ^ static_cast<unsigned char>(c)) * fold::kFnvPrime;
    }
    void end() {
        open = false;
        WordHashSink::end();
    }
};

ViewMemo::Words words_of(const std::string& text, bool joined) {
    ViewMemo::Words w;
    // (The hashes and the length in one pass over the text.)
    if (joined) {
        JoinedHashSink sink(w.words);
        w.length = fold::fold_bytes<JoinedHashSink, true>(text, sink);
        w.joined = sink.joined;
    } else {
        fold::WordHashSink sink(w.words);
        w.length = fold::fold_bytes<fold::WordHashSink, true>(text, sink);
    }
    w.set = w.words;
    sort_hashes(w.set);
    w.set.erase(std::unique(w.set.begin(), w.set.end()), w.set.end());
    return w;
}
}  // namespace

const ViewMemo::Entry& ViewMemo::entry(const std::string& text) {
    // (One look-up: the text is hashed once whether it is new or not.)
    const auto [it, inserted] = map_.try_emplace(text);
    if (inserted) {
        try {
            it->second = words_of(text, joined_);
        } catch (...) {
            map_.erase(it);
            throw;
        }
    }
    return *it;
}

const ViewMemo::Words& ViewMemo::of(const std::string& text) { return entry(text).second; }

const ViewMemo::Words* ViewMemo::known(const std::string& text) const {
    if (!joined_) return nullptr;
    const auto it = map_.find(text);
    return it == map_.end() ? nullptr : &it->second;
}

const std::uint64_t* ViewMemo::fingerprint(const std::string& text) const {
    const Words* w = known(text);
    return w ? &w->joined : nullptr;
}

const ViewMemo::Words& ViewMemo::next(const std::string& text) { return next_entry(text).second; }

const ViewMemo::Entry& ViewMemo::next_entry(const std::string& text) {
    // The entry is the one of() finds for the text either way (its key is the text, and map
    // nodes stay where they are): only how it is found differs.
    constexpr std::size_t kLookAhead = 4;
    const Entry* e = nullptr;
    for (std::size_t k = cursor_; k < previous_.size() && k < cursor_ + kLookAhead && !e; ++k)
        if (previous_[k]->first == text) {
            e = previous_[k];
            cursor_ = k + 1;
        }
    if (!e) e = &entry(text);
    current_.push_back(e);
    return *e;
}

void ViewMemo::restart() {
    previous_.swap(current_);
    current_.clear();
    cursor_ = 0;
}

std::vector<BlockView> view_blocks(const Document& doc, ViewMemo* memo) {
    std::vector<BlockView> out;
    out.reserve(doc.body.size());
    if (memo) memo->restart();
    for (std::size_t i = 0; i < doc.body.size(); ++i) {
        const Block& b = doc.body[i];
        BlockView v;
        v.index = i;
        // A block without children is its own flat text: read in place, not copied first.
        std::string joined;
        if (!b.children.empty()) joined = flat_text(b);
        const std::string& flat = b.children.empty() ? b.text : joined;
        const ViewWords* w = nullptr;
        if (memo) {
            const ViewMemo::Entry& e = memo->next_entry(flat);
            v.text = e.first;
            w = &e.second;
        } else {
            v.own_text = std::make_shared<const std::string>(flat);
            v.text = *v.own_text;
            v.own = std::make_shared<const ViewWords>(words_of(*v.own_text, false));
            w = v.own.get();
        }
        v.words = WordHashes(w->words);
        v.set = WordHashes(w->set);
        v.length = w->length;
        v.empty = v.words.empty() && b.src.empty();
        v.candidate = !v.empty && (b.kind == BlockKind::paragraph || b.kind == BlockKind::heading ||
                                   b.kind == BlockKind::quote || b.kind == BlockKind::list ||
                                   b.kind == BlockKind::caption);
        v.title_like = b.kind == BlockKind::heading ||
                       (v.length >= 2 && v.length <= 10 && !ends_with_sentence_end(v.text));
        out.push_back(std::move(v));
    }
    return out;
}

UnitEvidence unit_evidence(const Document& doc, const std::vector<BlockView>& views,
                           const std::vector<std::size_t>& unit, const std::vector<std::uint64_t>& article) {
    UnitEvidence e;
    std::string text;
    std::size_t linked_chars = 0, chars = 0;
    std::vector<std::uint64_t> words;
    for (std::size_t k = 0; k < unit.size(); ++k) {
        const BlockView& v = views[unit[k]];
        if (!text.empty()) text += ' ';
        text += v.text;
        const double ld = link_density(doc.body[v.index]);
        chars += v.text.size();
        linked_chars += static_cast<std::size_t>(ld * static_cast<double>(v.text.size()));
        e.max_words = std::max(e.max_words, v.length);
        e.total_words += v.length;
        words.insert(words.end(), v.set.begin(), v.set.end());
        if (k + 1 < unit.size() && v.title_like && v.length >= 3 && views[unit[k + 1]].length > v.length + 4)
            e.title_then_text = true;
        if (v.length <= 4 && k > 0 && (ld > 0.6 || cta_evidence(v.text).action > 0)) e.short_link_line = true;
        // The same shapes inside one block, as inline markup: a bold title opening the block
        // ("<b>TITLE</b><br>text") and a short link closing it (the button).
        const Block& b = doc.body[v.index];
        for (const Span& sp : b.spans) {
            const std::string_view inner = std::string_view(b.text).substr(sp.begin, sp.end - sp.begin);
            const std::size_t w = word_count(inner);
            if (k == 0 && sp.kind == Span::Kind::strong && sp.begin == 0 && w >= 2 && w <= 12 &&
                sp.end * 5 < b.text.size() * 3)
                e.title_then_text = true;
            if (k + 1 == unit.size() && sp.kind == Span::Kind::link && w >= 1 && w <= 4 && sp.begin > 0 &&
                sp.end + 2 >= b.text.size())
                e.short_link_line = true;
        }
    }
    e.cta = cta_evidence(text).score();
    e.links = chars ? static_cast<double>(linked_chars) / static_cast<double>(chars) : 0.0;
    sort_hashes(words);
    words.erase(std::unique(words.begin(), words.end()), words.end());
    if (!words.empty()) {
        std::size_t shared = 0;
        for (auto w : words) shared += std::binary_search(article.begin(), article.end(), w);
        e.overlap = static_cast<double>(shared) / static_cast<double>(words.size());
    }
    for (std::size_t p = unit.back() + 1; p < views.size() && views[p].empty; ++p) ++e.blank_after;
    return e;
}

void remove_top_level(Document& doc, std::vector<std::size_t> indices, RemovalReason reason,
                      const std::vector<double>& scores, std::vector<int>* owners) {
    std::vector<double> score_of(doc.body.size(), 0.0);
    std::vector<bool> drop(doc.body.size(), false);
    for (std::size_t k = 0; k < indices.size(); ++k) {
        drop[indices[k]] = true;
        score_of[indices[k]] = k < scores.size() ? scores[k] : 0.0;
    }
    // Blank blocks that trail a removed unit belong to it.
    for (std::size_t i = 0; i < doc.body.size(); ++i) {
        if (!drop[i]) continue;
        for (std::size_t j = i + 1; j < doc.body.size() && !drop[j]; ++j) {
            const Block& b = doc.body[j];
            if (!b.children.empty() || !b.src.empty() ||
                b.text.find_first_not_of(" \t\n\r\xC2\xA0") != std::string::npos)
                break;
            drop[j] = true;
            score_of[j] = score_of[i];
        }
    }
    std::vector<Block> kept;
    std::vector<int> kept_owners;
    kept.reserve(doc.body.size());
    for (std::size_t i = 0; i < doc.body.size(); ++i) {
        if (drop[i]) {
            doc.removed.push_back(Removal{reason, false, flat_text(doc.body[i]), doc.body[i].source_line, score_of[i], doc.body[i].order, 0});
        } else {
            kept.push_back(std::move(doc.body[i]));
            if (owners) kept_owners.push_back((*owners)[i]);
        }
    }
    doc.body = std::move(kept);
    if (owners) *owners = std::move(kept_owners);
}

LiftedQuotes::LiftedQuotes(Document& doc) : doc_(doc) {
    bool any = false;
    for (const auto& b : doc.body) any = any || (b.kind == BlockKind::quote && b.text.empty() && b.children.size() >= 2);
    if (!any) {
        owners_.assign(doc.body.size(), -1);
        return;
    }
    std::vector<Block> flat;
    flat.reserve(doc.body.size());
    for (auto& b : doc.body) {
        if (b.kind == BlockKind::quote && b.text.empty() && b.children.size() >= 2) {
            const int owner = static_cast<int>(shells_.size());
            for (auto& c : b.children) {
                flat.push_back(std::move(c));
                owners_.push_back(owner);
            }
            b.children.clear();
            shells_.push_back(std::move(b));
        } else {
            flat.push_back(std::move(b));
            owners_.push_back(-1);
        }
    }
    doc.body = std::move(flat);
}

LiftedQuotes::~LiftedQuotes() {
    if (shells_.empty()) return;
    std::vector<Block> body;
    body.reserve(doc_.body.size());
    for (std::size_t i = 0; i < doc_.body.size(); ++i) {
        const int owner = i < owners_.size() ? owners_[i] : -1;
        if (owner < 0) {
            body.push_back(std::move(doc_.body[i]));
            continue;
        }
        // Consecutive survivors of one quote go back into a copy of its shell.
        if (i == 0 || owners_[i - 1] != owner) body.push_back(shells_[static_cast<std::size_t>(owner)]);
        body.back().children.push_back(std::move(doc_.body[i]));
    }
    doc_.body = std::move(body);
}

}  // namespace winnow::detail

namespace winnow::detail {

bool is_doi(std::string_view t) noexcept {
    while (!t.empty() && (t.front() == '(' || t.front() == '[')) t.remove_prefix(1);
    if (t.size() > 4 && (t[0] | 0x20) == 'd' && (t[1] | 0x20) == 'o' && (t[2] | 0x20) == 'i' && t[3] == ':') t.remove_prefix(4);
    if (!t.starts_with("10.")) return false;
    std::size_t p = 3;
    while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
    return p - 3 >= 4 && p - 3 <= 9 && p + 1 < t.size() && t[p] == '/';
}

}  // namespace winnow::detail
