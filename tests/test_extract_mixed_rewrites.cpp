// Pages that failed only when several template changes came together (issue 18, perturb round
// 53): no class or id left AND every block set in one more <div>. Each page here is written
// twice, plain and with that extra level ("deep"), and must come out the same.
// - An old blog's column of bare boxes, the article, a "Comments" box, readers' posts signed
//   after their text, then the reply form's heading: in one more <div> the heading is a box of
//   the posts' kind, and it must not read as the next section of the article (the posts joined it).
// - A post whose every block stands in a <div> of its own (its headline too), a blank paragraph
//   after its lead, then a readers' thread longer than the post in the post's box: the lead's
//   wrapper is that paragraph, no box to choose over the post, the blank paragraph does not part
//   the run of wrapped paragraphs, and the headline's wrapper is no post box to leave the thread for.
// - The <title> said again by a bold phrase inside a sentence is no title line.
// en, de, fr, ru, ja; div soup, a layout table, HTML5 tags.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "extract_title.hpp"
#include "parse_html.hpp"

using winnow::test::FreshPage;
using winnow::test::html_page;
using winnow::test::tally_pages;

namespace {

// One more <div> around a block when deep.
std::string box(bool deep, const std::string& block) { return deep ? "<div>" + block + "</div>" : block; }

struct Post {
    std::string name, date, text;
};

struct Blog {
    const char* lang;
    const char* site;
    const char* title;
    std::vector<std::string> paras;
    const char* comments;  // the heading over the posts
    const char* by;        // "Posted by: "
    const char* at;        // " at "
    const char* reply;     // the reply form's heading
    std::vector<Post> posts;
};

std::vector<Blog> blogs() {
    return {
        {"en", "Field Notes", "Why slow gardens grow better soil",
         {"Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
          "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
          "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth."},
         "Comments", "Posted by: ", " at ", "Post a comment",
         {{"Marta", "October 11, 2012 07:45 AM", "This matches what I saw in my own allotment after a year of leaving it under straw and cardboard."},
          {"Owen", "October 11, 2012 02:19 PM", "Thanks for writing this up. I had a setback with slugs when I stopped digging, how did you cope?"},
          {"Priya", "October 12, 2012 09:03 AM", "Did you test the plots for compaction as well? Mine got harder underfoot in the first wet winter."},
          {"Tomasz", "October 13, 2012 11:30 AM", "Clover as a living cover sounds promising, please do post the figures when you have them next year."}}},
        {"de", "Feldnotizen", "Warum langsame Gärten besseren Boden haben",
         {"Wer die Beete eine Saison lang in Ruhe lässt, gibt den Pilzen Zeit, die den Boden zusammenhalten, und die Regenwürmer kehren bald zurück.",
          "Wir haben den Humusgehalt in sechs Parzellen über drei Jahre gemessen und festgestellt, dass die unberührten fast doppelt so viel gewonnen haben.",
          "Die Lehre ist nicht, dass Umgraben falsch ist, sondern dass der Boden lange Pausen braucht, und wer wartet, wird mit dunkler Erde belohnt."},
         "Leserbriefe", "Geschrieben von ", " am ", "Kommentar schreiben",
         {{"Jutta", "9. Mai 2019 um 08:15", "Das deckt sich mit dem, was ich in meinem Schrebergarten nach einem Jahr unter Stroh beobachtet habe."},
          {"Lukas", "9. Mai 2019 um 17:40", "Danke für den Bericht. Bei mir kamen die Schnecken, als ich mit dem Umgraben aufgehört habe."},
          {"Mira", "11. Mai 2019 um 10:02", "Haben Sie auch die Verdichtung gemessen? Mein Boden wurde im ersten nassen Winter deutlich härter."},
          {"Henrik", "12. Mai 2019 um 21:12", "Klee als lebende Decke klingt gut, bitte veröffentlichen Sie die Zahlen, sobald Sie sie haben."}}},
        {"fr", "Carnets de terrain", "Pourquoi les jardins lents ont une meilleure terre",
         {"Laisser les planches tranquilles pendant une saison permet aux champignons qui lient le sol de se rétablir, et les vers reviennent vite.",
          "Nous avons mesuré la matière organique de six parcelles pendant trois ans, et celles qu’on ne bêchait pas en ont gagné presque le double.",
          "La leçon n’est pas que bêcher soit une faute, mais que la terre demande de longues pauses, et le jardinier patient en est récompensé."},
         "Réactions", "Publié par ", " le ", "Laisser un commentaire",
         {{"Claire", "3 mars 2021 à 08:15", "C’est exactement ce que j’ai observé dans mon potager après une année sous la paille et le carton."},
          {"Hugo", "4 mars 2021 à 17:40", "Merci pour ce compte rendu. Chez moi les limaces sont arrivées quand j’ai arrêté de bêcher."},
          {"Inès", "6 mars 2021 à 10:02", "Avez-vous aussi mesuré le tassement du sol ? Le mien est devenu plus dur pendant l’hiver humide."},
          {"Bastien", "7 mars 2021 à 19:25", "Le trèfle comme couvert vivant me tente bien, publiez les chiffres dès que vous les aurez."}}},
        {"ru", "Полевые заметки", "Почему медленные сады дают лучшую почву",
         {"Если оставить грядки в покое на сезон, грибы, которые скрепляют почву, успевают восстановиться, а черви возвращаются очень быстро.",
          "Мы три года измеряли органическое вещество на шести участках и выяснили, что нетронутые участки набрали почти вдвое больше вскопанных.",
          "Вывод не в том, что копать вредно, а в том, что почве нужны долгие паузы, и терпеливый садовник получает рыхлую и тёмную землю."},
         "Комментарии", "Написал ", " ", "Оставить комментарий",
         {{"Ольга", "12 марта 2020 в 08:15", "Это совпадает с тем, что я видела на своём участке после года под соломой и картоном."},
          {"Дмитрий", "12 марта 2020 в 17:40", "Спасибо за статью. У меня появились слизни, когда я перестал копать, как вы с ними справились?"},
          {"Ирина", "14 марта 2020 в 10:02", "А уплотнение почвы вы тоже измеряли? У меня земля стала твёрже в первую сырую зиму."},
          {"Павел", "15 марта 2020 в 21:12", "Клевер как живое покрытие звучит заманчиво, опубликуйте цифры, когда они будут."}}},
        {"ja", "フィールドノート", "ゆっくり育てる庭の土が良くなる理由",
         {"花壇を一シーズン休ませると、土をつなぎとめる菌類が回復し、土を掘り返さなくなればミミズもすぐに戻ってきます。私たちはそれを確かめました。",
          "六つの区画の有機物を三年間測ったところ、掘らなかった区画は掘った区画のほぼ二倍の有機物を蓄えていました。違いは年を追うごとに大きくなりました。",
          "掘ることが悪いのではなく、土には長い休みが必要なのです。待つことのできる庭師は、黒くてふかふかの土という形で報われます。"},
         "コメント", "投稿者：", " ", "コメントを書く",
         {{"佐藤", "2020年3月12日 08:15", "藁と段ボールで一年覆った後、私の畑でも同じことが起きました。土が黒くなりました。"},
          {"鈴木", "2020年3月12日 17:40", "記事をありがとうございます。掘るのをやめたらナメクジが増えましたが、どう対処しましたか。"},
          {"高橋", "2020年3月14日 10:02", "土の締まり具合も測りましたか。最初の雨の多い冬に私の土は固くなりました。"},
          {"田中", "2020年3月15日 21:12", "生きた被覆としてのクローバーは面白そうです。数字が出たらぜひ公開してください。"}}},
    };
}

// The column of bare boxes: the article's box, the heading's box, a box per post (its text in a
// box, the signature after it in a <p>, a rule), the reply form under a heading of its own.
std::string blog_column(const Blog& b, bool deep) {
    std::string article = box(deep, std::string("<h1>") + b.site + "</h1>") + box(deep, "<h2>2012-10-10</h2>") +
                          box(deep, std::string("<h3>") + b.title + "</h3>");
    for (const std::string& p : b.paras) article += box(deep, "<p>" + p + "</p>");
    std::string col = box(deep, "<div>" + article + "</div>") + box(deep, std::string("<div><h2>") + b.comments + "</h2></div>");
    // Eight posts, each two of the four texts: a thread long enough to lift the column over the
    // article's box, so that only the thread finder keeps the posts out.
    for (int n = 1; n <= 8; ++n) {
        const Post& p = b.posts[(n - 1) % 4];
        const std::string text = p.text + " " + b.posts[(n - 1 + (n <= 4 ? 1 : 2)) % 4].text;
        col += box(deep, "<div><a name=\"c" + std::to_string(n) + "\"></a>" + box(deep, "<div>" + box(deep, "<p>" + text + "</p>") + "</div>") +
                             box(deep, std::string("<p>") + b.by + "<a href=\"/u/" + std::to_string(n) + "\">" + p.name + "</a>" + b.at +
                                           "<a href=\"#c" + std::to_string(n) + "\">" + p.date + "</a></p>") +
                             "<hr></div>");
    }
    col += box(deep, std::string("<h3>") + b.reply + "</h3>") +
           "<form action=\"/post\">" + box(deep, "<p><textarea name=\"text\"></textarea></p>") + "<input type=\"submit\" value=\"OK\"></form>";
    return col;
}

FreshPage blog_page(const Blog& b, bool deep, bool table) {
    const std::string col = blog_column(b, deep);
    const std::string nav = "<div><a href=\"/\">" + std::string(b.site) + "</a> | <a href=\"/archive\">Archive</a> | <a href=\"/about\">About</a></div>";
    const std::string body = table ? nav + "<table><tr><td>" + col + "</td><td><a href=\"/a\">2012</a><br><a href=\"/b\">2011</a></td></tr></table>"
                                   : nav + "<div>" + col + "</div><div><a href=\"/a\">2012</a> <a href=\"/b\">2011</a></div>";
    FreshPage p{b.lang, html_page(b.lang, (std::string(b.title) + " - " + b.site).c_str(), body), {}, {}, {}};
    for (const std::string& para : b.paras) p.in.push_back(para.substr(0, 40));
    for (const Post& post : b.posts) p.out.push_back(post.text.substr(0, 30));
    return p;
}

}  // namespace

TEST_CASE("mixed rewrites: a reply form's heading in a box of the posts' kind does not give the posts back to the article") {
    std::vector<FreshPage> pages;
    for (const Blog& b : blogs())
        for (const bool table : {false, true})
            for (const bool deep : {false, true}) pages.push_back(blog_page(b, deep, table));
    const winnow::test::PageTally t = tally_pages(pages, "mix53-blog-");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}


namespace {

// A post and, in its own box after it, a thread of readers' posts as a definition list (a name
// and a date over each post) holding more text than the post. Deep: the headline, each paragraph
// (the blank ones too) and the thread's box in one more <div>.
FreshPage post_with_thread(const Blog& b, bool deep, bool html5) {
    std::string post = box(deep, std::string("<h2><a href=\"/2012/08/post\">") + b.title + "</a> <em>" + b.posts[0].date + "</em></h2>") +
                       "<em>" + b.site + ", <a href=\"/category/garden\">Garden</a></em>" +
                       box(deep, "<p><img src=\"/soil-s.jpg\" width=\"110\" height=\"110\">" + b.paras[0] + "</p>") + box(deep, "<p> </p>") +
                       box(deep, "<p>&nbsp;</p>") + box(deep, "<p><b>" + std::string(b.site) + "</b></p>") + box(deep, "<p>" + b.paras[1] + "</p>") +
                       box(deep, "<p><iframe width=\"480\" height=\"270\" src=\"https://video.example/embed/1\"></iframe></p>") +
                       box(deep, "<p>" + b.paras[2] + "</p>");
    std::string dl = "<dl>";
    for (int n = 1; n <= 8; ++n) {
        const Post& p = b.posts[(n - 1) % 4];
        dl += "<dt><a href=\"#c" + std::to_string(n) + "\">" + std::to_string(n) + ".</a> <cite>" + p.name + "</cite> - " + p.date + "</dt><dd>" + box(deep, "<p>" + p.text + " " + b.posts[(n - 1 + (n <= 4 ? 1 : 2)) % 4].text + "</p>") + "</dd>";
    }
    const std::string thread = box(deep, std::string(html5 ? "<section>" : "<div>") + box(deep, std::string("<h2>") + b.comments + "</h2>") + dl + "</dl>" +
                                             (html5 ? "</section>" : "</div>"));
    const std::string nav = "<div><a href=\"/\">" + std::string(b.site) + "</a> | <a href=\"/archive\">Archive</a></div>";
    const std::string body = html5 ? "<header>" + nav + "</header><main><article>" + post + thread + "</article></main>"
                                   : nav + "<div><div>" + post + thread + "</div></div>";
    FreshPage p{b.lang, html_page(b.lang, (std::string(b.title) + " | " + b.site).c_str(), body), {}, {}, {}};
    for (const std::string& para : b.paras) p.in.push_back(para.substr(0, 40));
    for (const Post& post_ : b.posts) p.out.push_back(post_.text.substr(0, 30));
    return p;
}

}  // namespace

TEST_CASE("mixed rewrites: a post whose every block is wrapped keeps its paragraphs and leaves the thread after it") {
    std::vector<FreshPage> pages;
    for (const Blog& b : blogs())
        for (const bool html5 : {false, true})
            for (const bool deep : {false, true}) pages.push_back(post_with_thread(b, deep, html5));
    const winnow::test::PageTally t = tally_pages(pages, "mix53-thread-");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}


namespace {

struct Deals {
    const char* lang;
    const char* title;
    std::string intro;  // the one paragraph of prose
    const char* top;    // "Top deal:"
    const char* more;   // "Other deals:"
    const char* was;    // what follows each offer's link: "(with the coupon code, normally " … ")"
    std::vector<std::string> items;
};

std::vector<Deals> deals() {
    return {
        {"en", "The weekend deals: a storage drive, two laptops and a router",
         "It is Friday again, and our partners have put together a fresh list of deals for the weekend, which we know everybody looks forward to. The featured deal this week is a portable drive, but there are plenty of other useful things below, including a pair of laptops, a fast router and a set of speakers for the living room, so take your pick.",
         "Top deal:", "Other deals:", "with the coupon code, normally ",
         {"Portable 2TB USB 3.0 hard drive for $161 with free shipping", "15-inch laptop with 8GB memory and a 256GB solid state disk for $2,059",
          "15-inch laptop with a third generation processor for $550 with free shipping", "Dual-band wireless router with two USB ports for $140 with $4 shipping",
          "Certified 2.1 speaker system for $118 with free shipping", "5.1-channel home theater system with 500 watts for $220 with free shipping"}},
        {"de", "Die Angebote am Wochenende: eine Festplatte, zwei Laptops und ein Router",
         "Es ist wieder Freitag, und unsere Partner haben eine frische Liste mit Angeboten für das Wochenende zusammengestellt, auf die sich alle freuen. Das Angebot der Woche ist eine tragbare Festplatte, aber unten gibt es viele andere nützliche Dinge, darunter zwei Laptops, einen schnellen Router und Lautsprecher für das Wohnzimmer, also greifen Sie zu.",
         "Top-Angebot:", "Weitere Angebote:", "mit dem Gutscheincode, sonst ",
         {"Tragbare 2-TB-Festplatte mit USB 3.0 für 161 Euro ohne Versandkosten", "15-Zoll-Laptop mit 8 GB Speicher und 256-GB-SSD für 2.059 Euro",
          "15-Zoll-Laptop mit Prozessor der dritten Generation für 550 Euro", "Dualband-WLAN-Router mit zwei USB-Anschlüssen für 140 Euro",
          "Zertifiziertes 2.1-Lautsprechersystem für 118 Euro ohne Versandkosten", "5.1-Heimkinosystem mit 500 Watt für 220 Euro ohne Versandkosten"}},
        {"fr", "Les bonnes affaires du week-end : un disque, deux portables et un routeur",
         "C’est de nouveau vendredi, et nos partenaires ont réuni une nouvelle liste de bonnes affaires pour le week-end, que tout le monde attend avec impatience. L’offre phare de la semaine est un disque portable, mais vous trouverez plus bas beaucoup d’autres choses utiles, dont deux ordinateurs portables, un routeur rapide et des enceintes pour le salon.",
         "Offre phare :", "Autres offres :", "avec le code promo, au lieu de ",
         {"Disque dur portable de 2 To en USB 3.0 à 161 euros, livraison offerte", "Portable de 15 pouces avec 8 Go de mémoire et un SSD de 256 Go à 2 059 euros",
          "Portable de 15 pouces à processeur de troisième génération à 550 euros", "Routeur sans fil double bande avec deux ports USB à 140 euros",
          "Système d’enceintes 2.1 certifié à 118 euros, livraison offerte", "Home cinéma 5.1 de 500 watts à 220 euros, livraison offerte"}},
        {"ru", "Скидки выходных: внешний диск, два ноутбука и роутер",
         "Снова пятница, и наши партнёры собрали свежий список скидок на выходные, которых все так ждут. Главное предложение недели — переносной жёсткий диск, но ниже есть много других полезных вещей, в том числе пара ноутбуков, быстрый роутер и колонки для гостиной, так что выбирайте то, что вам по душе, пока цены не выросли снова.",
         "Главное предложение:", "Другие скидки:", "с промокодом, обычно ",
         {"Переносной жёсткий диск на 2 ТБ с USB 3.0 за 11 900 рублей с доставкой", "Ноутбук 15 дюймов с 8 ГБ памяти и SSD на 256 ГБ за 149 000 рублей",
          "Ноутбук 15 дюймов с процессором третьего поколения за 39 900 рублей", "Двухдиапазонный роутер с двумя портами USB за 9 990 рублей",
          "Сертифицированная акустика 2.1 за 8 490 рублей с доставкой", "Домашний кинотеатр 5.1 мощностью 500 ватт за 15 990 рублей"}},
        {"ja", "週末のお買い得情報：外付けドライブ、ノートパソコン二台、ルーター",
         "また金曜日がやってきました。提携先が週末向けの新しいお買い得リストをまとめてくれました。今週の目玉は持ち運べる外付けドライブですが、その下にはノートパソコン二台、高速なルーター、リビング用のスピーカーなど、役に立つ品がたくさん並んでいます。値段が戻る前に、気に入ったものを選んでください。",
         "今週の目玉：", "そのほかのお買い得：", "クーポンコード利用、通常",
         {"USB 3.0対応の2TB外付けハードディスクが16,100円、送料無料", "メモリ8GBとSSD256GBの15インチノートパソコンが205,900円",
          "第3世代プロセッサの15インチノートパソコンが55,000円、送料無料", "USBポート2基のデュアルバンド無線ルーターが14,000円",
          "認証済み2.1chスピーカーシステムが11,800円、送料無料", "出力500Wの5.1chホームシアターが22,000円、送料無料"}},
    };
}

// A post of one paragraph of prose, then lists of linked offers under bold labels, every block
// in a box of its own when deep: the one paragraph's wrapper is that paragraph, no rival to the
// post's box that the offers' links weigh down. (Whether the offers stay is another rule's.)
FreshPage deals_page(const Deals& d, bool deep, bool html5) {
    std::string post = box(deep, "<p>" + d.intro + "</p>") + box(deep, std::string("<p><strong>") + d.top + "</strong></p>");
    const auto list = [&](std::size_t from, std::size_t to) {
        std::string ul = "<ul>";
        for (std::size_t i = from; i < to; ++i)
            ul += "<li><a href=\"/go/" + std::to_string(i) + "\">" + d.items[i] + "</a> (" + d.was + std::to_string(99 + 37 * i) + ")</li>";
        return box(deep, ul + "</ul>");
    };
    post += list(0, 1) + box(deep, "<p><img src=\"/drive.jpg\" width=\"500\" height=\"400\"></p>") +
            box(deep, std::string("<p><strong>") + d.more + "</strong></p>") + list(1, d.items.size());
    const std::string head = box(deep, std::string("<h1>") + d.title + "</h1>") + box(deep, "<p><a href=\"/author\">Dealmaster</a> - 09.11.2012</p>");
    const std::string nav = "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/gadgets\">Gadgets</a></li><li><a href=\"/deals\">Deals</a></li></ul>";
    const std::string body = html5 ? "<header>" + nav + "</header><main><article>" + box(deep, "<header>" + head + "</header>") +
                                         box(deep, "<section>" + box(deep, "<div>" + post + "</div>") + "</section>") + "</article></main>"
                                   : "<div>" + nav + "</div><div><div>" + box(deep, "<div>" + head + "</div>") +
                                         box(deep, "<div>" + box(deep, "<div>" + post + "</div>") + "</div>") + "</div></div>";
    return FreshPage{d.lang, html_page(d.lang, d.title, body), {d.intro.substr(0, 40), d.more}, {}, {}};
}

}  // namespace

TEST_CASE("mixed rewrites: a paragraph's own wrapper is no box to choose over the post that holds it") {
    std::vector<FreshPage> pages;
    for (const Deals& d : deals())
        for (const bool html5 : {false, true})
            for (const bool deep : {false, true}) pages.push_back(deals_page(d, deep, html5));
    const winnow::test::PageTally t = tally_pages(pages, "mix53-deals-");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

namespace {

// The text of the line find_title_line takes for the title, "-" for none.
std::string title_line(const std::string& html, std::string_view title) {
    auto dom = winnow::detail::Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    const std::uint32_t n = winnow::detail::find_title_line(*dom, title);
    return n == winnow::detail::no_node ? std::string("-") : dom->text_of(n);
}

struct Phrase {
    const char* lang;
    const char* name;    // what the <title> (or the meta title) says: a desk's or a blog's name
    const char* before;  // the sentence around it
    const char* after;
};

}  // namespace

TEST_CASE("mixed rewrites: the title said by a bold phrase inside a sentence is no title line") {
    const std::vector<Phrase> phrases = {
        {"en", "Ask The Desk", "Run by the engagement team, ", " is an open conversation between readers and the newsroom."},
        {"de", "Frag die Redaktion", "Betreut vom Leserteam ist ", " ein offenes Gespräch zwischen Lesern und Redaktion."},
        {"fr", "Demandez au journal", "Animé par l’équipe des lecteurs, ", " est une conversation ouverte entre les lecteurs et la rédaction."},
        {"ru", "Спросите редакцию", "Рубрику ", " ведёт команда по работе с читателями, это открытый разговор с редакцией."},
        {"ja", "編集部に聞いてみよう", "読者チームが運営する", "は、読者と編集部をつなぐ開かれた対話の場です。"},
    };
    for (const Phrase& p : phrases) {
        CAPTURE(p.lang);
        for (const char* tag : {"b", "strong", "span"}) {
            CAPTURE(tag);
            const std::string open = std::string("<") + tag + ">", close = std::string("</") + tag + ">";
            // Inside a sentence of a paragraph, in a sidebar's box, a list item or a table cell: no line.
            for (const char* block : {"p", "li", "td"}) {
                const std::string inline_html = std::string("<html><body><div>") + (std::string(block) == "li" ? "<ul>" : std::string(block) == "td" ? "<table><tr>" : "") +
                                                "<" + block + ">" + p.before + open + p.name + close + p.after + "</" + block + ">" +
                                                (std::string(block) == "li" ? "</ul>" : std::string(block) == "td" ? "</tr></table>" : "") + "</div></body></html>";
                CHECK(title_line(inline_html, p.name) == "-");
            }
            // The same words as a line of their own, in bold or not: the title line.
            const std::string alone = std::string("<html><body><div><p>") + open + p.name + close + "</p><p>" + p.before + p.after + "</p></div></body></html>";
            CHECK(title_line(alone, p.name) == p.name);
            const std::string broken = std::string("<html><body><div>") + open + p.name + close + "<br>" + p.before + p.after + "</div></body></html>";
            CHECK(title_line(broken, p.name) == p.name);
        }
    }
}
