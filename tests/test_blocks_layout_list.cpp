// A list whose items are posts — each item two or more blocks of text (a time line, a heading, a
// paragraph) with a paragraph or heading among them: a live blog's timed entries, a listicle's
// titled entries — is a layout: its items' blocks come out as the page's headings and paragraphs,
// not as one joined line per item (where a heading ran into its paragraph and a box pasted after
// a post's paragraph was glued to it). A list of one-line items, and a loose list whose items are
// one <p> each, stay lists. (A live blog opens on a summary paragraph; the fixtures do too.) Fixtures written for this test: en ca ka (Georgian) ja; an HTML5
// <ol> in <article>, a <ul> in div soup without class names, a list inside a table layout's cell.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    const char* lead;                 // the page's summary paragraph over the list
    const char* head;                 // the first post's heading
    std::vector<std::string> paras;   // one paragraph per post
};

const std::vector<Case> kCases{
    {"en", "We follow the opening of the village's new well live, with the latest news of the day.", "Water reaches the school",
     {"Villagers near the hills finished digging their new well this morning after three months of work.",
      "The first bucket was carried to the primary school, where the children planted a small vegetable garden.",
      "The water committee says a second tank will be built before the dry season begins next year.",
      "Neighbours from the next valley have asked the diggers to help them with a well of their own.",
      "A retired miner who led the digging said the hardest part was the layer of rock at twelve metres.",
      "In the evening the whole village gathered by the well, and the dancing went on until late at night."}},
    {"ca", "Seguim en directe la inauguració del pou nou del poble, amb les últimes notícies de la jornada.", "L'aigua arriba a l'escola",
     {"Els veïns del poble han acabat de cavar el pou nou aquest matí després de tres mesos de feina.",
      "La primera galleda s'ha portat a l'escola, on els nens han plantat un petit hort de verdures.",
      "El comitè de l'aigua diu que abans de l'estiu es construirà un segon dipòsit al costat del pou.",
      "Els veïns de la vall del costat ja han demanat ajuda per cavar un pou al seu poble.",
      "Un miner jubilat que va dirigir l'obra diu que el més difícil va ser la capa de roca a dotze metres.",
      "Al vespre tot el poble es va reunir al costat del pou i la festa va durar fins a la matinada."}},
    {"ka", "პირდაპირ ეთერში ვადევნებთ თვალს სოფლის ახალი ჭის გახსნას და დღის უახლეს ამბებს.", "წყალი სკოლამდე მივიდა",
     {"სოფლის მცხოვრებლებმა ახალი ჭის გათხრა დღეს დილით დაასრულეს სამთვიანი მუშაობის შემდეგ.",
      "პირველი ვედრო სკოლაში მიიტანეს, სადაც ბავშვებმა პატარა ბოსტანი გააშენეს.",
      "წყლის კომიტეტი ამბობს, რომ მეორე ავზი მომავალი ზაფხულის დაწყებამდე აშენდება.",
      "მეზობელი ხეობის მცხოვრებლებმა უკვე სთხოვეს დახმარება საკუთარი ჭის გასათხრელად.",
      "პენსიონერმა მეშახტემ, რომელიც სამუშაოს ხელმძღვანელობდა, თქვა, რომ ყველაზე რთული კლდის ფენა იყო.",
      "საღამოს მთელი სოფელი ჭასთან შეიკრიბა და ცეკვა გვიან ღამემდე გაგრძელდა."}},
    {"ja", "村の新しい井戸の完成を、きょう一日の最新情報とともに速報でお伝えします。", "学校に水が届く",
     {"山あいの村で三か月かけて掘り進めてきた新しい井戸が、今朝ついに完成しました。",
      "最初のバケツの水は小学校に運ばれ、子どもたちは小さな野菜畑に種をまきました。",
      "水の委員会によると、次の乾季が始まる前に二つ目のタンクを造る予定です。",
      "隣の谷の住民からも、自分たちの村に井戸を掘る手伝いをしてほしいと頼まれています。",
      "工事を率いた元炭鉱作業員は、深さ十二メートルの岩の層が一番大変だったと話しました。",
      "夕方には村じゅうの人が井戸のまわりに集まり、遅くまで踊りが続きました。"}},
};

// kind 0: live blog posts (a time line, then the post's body, with a heading on posts 0 and 3);
// kind 1: a listicle's entries (a heading, then a paragraph)
std::string items(const Case& c, int kind) {
    std::string s;
    for (std::size_t i = 0; i < c.paras.size(); ++i) {
        const std::string h = i == 0 || i == 3 ? std::string("<h3>") + c.head + (i ? " 2" : "") + "</h3>" : "";
        if (kind == 0)
            s += "<li><div><time>1" + std::to_string(9 - i) + ":0" + std::to_string(i) + "</time></div><div>" + h + "<p>" +
                 c.paras[i] + "</p></div></li>";
        else
            s += "<li>" + (h.empty() ? std::string("<h3>") + std::to_string(i + 1) + ". " + c.head + " " + std::to_string(i + 1) + "</h3>" : h) +
                 "<p>" + c.paras[i] + "</p></li>";
    }
    return s;
}

std::string page(const Case& c, int markup, const std::string& list_items) {
    const std::string head = std::string("<!doctype html><html lang=\"") + c.lang +
                             "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0)
        return head + "<nav><a href=\"/\">Home</a></nav><main><article><h1>T</h1><p>" + c.lead + "</p><ol>" + list_items + "</ol></article></main></body></html>";
    if (markup == 1)
        return head + "<div><div><a href=\"/\">Home</a> <a href=\"/a\">A</a></div><div><div><h1>T</h1><p>" + c.lead + "</p><ul>" + list_items +
               "</ul></div></div><div>©</div></div></body></html>";
    return head + "<table width=\"100%\"><tr><td><a href=\"/s\">S</a><br><a href=\"/t\">T</a></td><td><h1>T</h1><p>" + c.lead + "</p><ol>" + list_items +
           "</ol></td></tr></table></body></html>";
}

const Block* find_block(const std::vector<Block>& body, const std::string& text) {
    for (const Block& b : body)
        if (b.text == text) return &b;
    return nullptr;
}

bool any_list(const std::vector<Block>& body) {
    for (const Block& b : body)
        if (b.kind == BlockKind::list) return true;
    return false;
}

}  // namespace

TEST_CASE("a list whose items are posts gives the posts' headings and paragraphs as blocks") {
    for (const auto& c : kCases)
        for (int kind = 0; kind < 2; ++kind)
            for (int markup = 0; markup < 3; ++markup) {
                const Document doc = clean(page(c, markup, items(c, kind))).document;
                CAPTURE(std::string(c.lang));
                CAPTURE(kind);
                CAPTURE(markup);
                CAPTURE(to_text(doc));
                CHECK_FALSE(any_list(doc.body));
                const Block* h = find_block(doc.body, c.head);
                if (h == nullptr) { FAIL_CHECK("missing heading"); continue; }
                CHECK(h->kind == BlockKind::heading);
                for (const auto& p : c.paras) {
                    const Block* b = find_block(doc.body, p);
                    if (b == nullptr) { FAIL_CHECK("missing paragraph"); continue; }
                    CHECK(b->kind == BlockKind::paragraph);
                }
            }
}

TEST_CASE("a list of one-line items and a loose list of one paragraph per item stay lists") {
    for (const auto& c : kCases)
        for (int loose = 0; loose < 2; ++loose) {
            std::string s;
            for (const auto& p : c.paras) s += loose ? "<li><p>" + p + "</p></li>" : "<li>" + p + "</li>";
            const Document doc = clean(page(c, 0, s)).document;
            CAPTURE(std::string(c.lang));
            CAPTURE(loose);
            CAPTURE(to_text(doc));
            CHECK(any_list(doc.body));
        }
}
