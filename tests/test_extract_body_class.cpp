// The <body>'s class and id name the page's template ("single single-post", "pageBody",
// "page-content"), not a box of it: they are no hint that the whole page is the article. With
// them the body outscored the article's box and the notice above the page's header (a cookie or
// parking notice, one sentence and a button) came out as its first paragraph. Five languages,
// three markups (div soup, HTML5, a table layout), three template names.
#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* lang;
    const char* title;
    const char* notice;
    const char* paras[3];
};

const Lang kLangs[] = {
    {"en", "The harbour wall is rebuilt", "Parking on the quay is closed this week while the crane is moved.", {"Work on the old harbour wall began in March, after a winter storm washed out a section near the lifeboat station and left the stones loose along forty metres.", "The contractor is replacing the core with concrete and setting the original granite blocks back on the face, so that the wall looks as it did before the storm.", "Boats can still use the slipway at high tide, but the pontoon will stay closed until the crane has finished lifting the last blocks in June."}},
    {"de", "Die Hafenmauer wird erneuert", "Das Parken am Kai ist diese Woche gesperrt, solange der Kran umgesetzt wird.", {"Die Arbeiten an der alten Hafenmauer begannen im März, nachdem ein Wintersturm einen Abschnitt nahe der Rettungsstation unterspült und die Steine auf vierzig Metern gelockert hatte.", "Die Baufirma ersetzt den Kern durch Beton und setzt die alten Granitblöcke wieder an die Front, damit die Mauer aussieht wie vor dem Sturm.", "Boote können die Slipanlage bei Flut weiter nutzen, der Steg bleibt aber gesperrt, bis der Kran im Juni die letzten Blöcke gehoben hat."}},
    {"fr", "Le mur du port est reconstruit", "Le stationnement sur le quai est fermé cette semaine pendant le déplacement de la grue.", {"Les travaux sur le vieux mur du port ont commencé en mars, après qu'une tempête d'hiver a emporté une section près de la station de sauvetage et descellé les pierres sur quarante mètres.", "L'entreprise remplace le cœur du mur par du béton et replace les blocs de granit d'origine en façade, pour que le mur retrouve son aspect d'avant la tempête.", "Les bateaux peuvent toujours utiliser la cale à marée haute, mais le ponton restera fermé jusqu'à ce que la grue ait levé les derniers blocs en juin."}},
    {"ru", "Портовую стену восстанавливают", "Стоянка на причале закрыта на этой неделе, пока переставляют кран.", {"Работы на старой портовой стене начались в марте, после того как зимний шторм подмыл участок у спасательной станции и расшатал камни на сорока метрах.", "Подрядчик заменяет сердцевину стены бетоном и возвращает на лицевую сторону старые гранитные блоки, чтобы стена выглядела как до шторма.", "Лодки по-прежнему могут пользоваться слипом в прилив, но понтон останется закрытым, пока кран не поднимет последние блоки в июне."}},
    {"ja", "港の防波壁を改修", "クレーンの移動のため、今週は岸壁の駐車場を閉鎖しています。", {"古い港の防波壁の工事は、冬の嵐で救命艇の基地近くの一部が流され、四十メートルにわたって石が緩んだことを受けて三月に始まった。", "施工業者は壁の芯をコンクリートに置き換え、元の花崗岩のブロックを表面に戻して、嵐の前と同じ外観にする。", "満潮時には引き続きスリップウェイを使えるが、浮き桟橋はクレーンが六月に最後のブロックを吊り上げるまで閉鎖される。"}}
};

const char* const kBodyNames[] = {"class=\"single single-post postid-12\"", "id=\"pageBody\"", "class=\"page-template-default page-content\""};

std::string page(const Lang& l, int markup, const char* body_attr) {
    std::string paras;
    for (const char* p : l.paras) paras += std::string("<p>") + p + "</p>";
    const std::string title = std::string("<h1>") + l.title + "</h1>";
    const std::string nav = "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a> <a href=\"/contact\">Contact</a></div>";
    const std::string rel = "<div class=\"rel\"><h3>More</h3><ul><li><a href=\"/a\">Ferry timetable changes</a></li><li><a href=\"/b\">New lifeboat named</a></li>"
                            "<li><a href=\"/c\">Beach clean on Sunday</a></li></ul></div>";
    const std::string foot = "<div class=\"ft\"><p>© 2024 Harbour Gazette</p></div>";
    std::string body;
    switch (markup) {
        case 0: body = "<div class=\"wrap\">" + nav + "<div class=\"c3\">" + title + paras + "</div>" + rel + "</div>" + foot; break;
        case 1: body = "<header>" + nav + "</header><main><article>" + title + paras + "</article><aside>" + rel + "</aside></main><footer>" + foot + "</footer>"; break;
        default: body = "<table width=\"100%\"><tr><td>" + nav + "</td></tr><tr><td>" + title + paras + "</td></tr><tr><td>" + rel + "</td></tr></table>" + foot;
    }
    return std::string("<!DOCTYPE html><html lang=\"") + l.lang + "\"><head><meta charset=\"utf-8\"><title>" + l.title + "</title></head><body " + body_attr +
           "><div class=\"x1\"><p>" + l.notice + "</p><button>OK</button></div>" + body + "</body></html>";
}

}  // namespace

TEST_CASE("a body named like content does not outscore the article's box") {
    for (const Lang& l : kLangs)
        for (int markup = 0; markup < 3; ++markup)
            for (const char* names : kBodyNames) {
                const std::string got = text_of(page(l, markup, names));
                INFO(std::string(l.lang) << " markup " << markup << " " << names << "\n" << got);
                CHECK_FALSE(has(got, l.notice));
                for (const char* p : l.paras) CHECK(has(got, p));
                CHECK_FALSE(has(got, "Ferry timetable changes"));
            }
}
