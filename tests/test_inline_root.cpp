// An inline element chosen as the region's root that holds block elements (an old homepage's
// <font face=…> around the content cell's paragraphs, beside a plug box in the same cell) is a
// container: its paragraphs and headings stay blocks instead of one flattened line. Table
// layouts in en, tt (Cyrillic), yi (Hebrew script) fail on ce41dc6; a de page in an HTML5
// frame, where the cell is the root, passes on both.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace {

const char* const kPages[][3] = {
    {R"HTML(<html><head><title>My pond restoration diary</title></head><body bgcolor="#ffffcc">
<table width="760"><tr><td colspan="2"><font size="6" color="#336699">My pond restoration diary</font></td></tr>
<tr><td width="150" valign="top"><font size="2"><a href="index.html">Home</a><br><a href="links.html">Links</a><br><a href="guest.html">Guestbook</a></font></td>
<td valign="top"><font face="Arial" size="2">
<p><font size="4"><b>How it started</b></font>
<p>In the spring of last year we finally cleared the old pond behind the barn, which had been silting up for a decade.</p>
<p>My neighbour lent us a small pump, and together we carried out more than forty buckets of black mud in one weekend.</p>
<p><font size="4"><b>What came next</b></font>
<p>By autumn the water was clear again, and the first frogs came back to lay their eggs among the new reeds.</p>
<p>Next year we want to build a little wooden bridge so the children can watch the fish from above.</p>
</font>
<aside><img src="/p.png" alt=""><p>Sign up for our newsletter and never miss a post</p><a href="/join">Join now</a></aside></td></tr></table></body></html>
)HTML",
     R"HTML(How it started)HTML", R"HTML(In the spring of last year)HTML"},
    {R"HTML(<html><head><title>Иске күлне чистарту</title></head><body>
<table><tr><td colspan=2><font size=6>Иске күлне чистарту</font></td></tr>
<tr><td width=160 valign=top><font size=2><a href=index.html>Баш бит</a><br><a href=links.html>Сылтамалар</a></font></td>
<td valign=top><font face=Verdana size=2>
<p><font size=4 color=#FF9900><b>Башлангыч</b></font>
<p>Узган язда без абзар артындагы иске күлне чистарттык, ул ун ел буе ләм белән тулган иде.</p>
<p>Күршебез безгә кечкенә насос бирде, һәм без бер ял көнендә кырык чиләктән артык кара ләм чыгардык.</p>
<p><font size=4 color=#FF9900><b>Алга таба</b></font>
<p>Көзгә су кабат чиста булды, һәм беренче бакалар яңа камышлар арасына йомырка салырга кайттылар.</p>
<p>Киләсе елда без балалар өстән балыкларны күзәтә алсын өчен кечкенә агач күпер төзергә телибез.</p>
</font>
<aside><img src="/p.png" alt=""><p>Sign up for our newsletter and never miss a post</p><a href="/join">Join now</a></aside></td></tr></table></body></html>
)HTML",
     R"HTML(Башлангыч)HTML", R"HTML(Узган язда без)HTML"},
    {R"HTML(<html dir=rtl><head><title>דער אַלטער טײַך</title></head><body>
<table><tr><td colspan=2><font size=6>דער אַלטער טײַך</font></td></tr>
<tr><td width=160 valign=top><a href=index.html>היים</a><br><a href=links.html>לינקס</a></td>
<td valign=top><font face="David" size=3>
<p><b>ווי עס האָט זיך אָנגעהויבן</b>
<p>פֿאַרגאַנגענעם פֿרילינג האָבן מיר ענדלעך אויסגערייניקט דעם אַלטן טײַך הינטער דער שטאַל, וואָס איז געווען פֿול מיט בלאָטע.</p>
<p>אונדזער שכן האָט אונדז געליען אַ קליינע פּאָמפּע, און מיר האָבן אַרויסגעטראָגן מער ווי פֿערציק עמערס בלאָטע.</p>
<p><b>וואָס איז געקומען דערנאָך</b>
<p>ביזן האַרבסט איז דאָס וואַסער ווידער געווען קלאָר, און די ערשטע זשאַבעס זענען צוריקגעקומען צווישן די נײַע ראָר.</p>
<p>קומענדיק יאָר ווילן מיר בויען אַ קליין הילצערן בריקל, כּדי די קינדער זאָלן קענען זען די פֿיש פֿון אויבן.</p>
</font>
<aside><img src="/p.png" alt=""><p>Sign up for our newsletter and never miss a post</p><a href="/join">Join now</a></aside></td></tr></table></body></html>
)HTML",
     R"HTML(ווי עס האָט זיך אָנגעהויבן)HTML", R"HTML(פֿאַרגאַנגענעם פֿרילינג)HTML"},
    {R"HTML(<!doctype html><html><head><title>Unser Teich</title></head><body><header><nav><a href=/>Start</a> <a href=/bilder>Bilder</a></nav></header>
<main><table><tr><td><small><a href=/a>Archiv</a></small></td><td><font face="Verdana" size="2">
<p><font size="4"><b>Wie alles anfing</b></font></p>
<p>Im letzten Frühjahr haben wir endlich den alten Teich hinter der Scheune ausgebaggert, der seit zehn Jahren verlandete.</p>
<p>Der Nachbar lieh uns eine kleine Pumpe, und an einem Wochenende trugen wir über vierzig Eimer schwarzen Schlamm hinaus.</p>
<p><font size="4"><b>Wie es weiterging</b></font></p>
<p>Im Herbst war das Wasser wieder klar, und die ersten Frösche kamen zurück, um ihre Eier zwischen das neue Schilf zu legen.</p>
</font><section><p>Jetzt den Newsletter abonnieren und nichts mehr verpassen</p><a href=/abo>Abonnieren</a></section></td></tr></table></main></body></html>
)HTML",
     R"HTML(Wie alles anfing)HTML", R"HTML(Im letzten Frühjahr)HTML"},
};

}  // namespace

TEST_CASE("an inline root around a column's paragraphs keeps them apart") {
    for (const auto& page : kPages) {
        const winnow::Result r = winnow::Cleaner(winnow::Options{}).clean(page[0]);
        REQUIRE(r.ok());
        const std::vector<winnow::Block>& body = r.document.body;
        CAPTURE(page[1]);
        CHECK(body.size() >= 5);
        bool head_alone = false, prose_apart = false;
        for (const winnow::Block& b : body) {
            head_alone = head_alone || b.text == page[1];
            prose_apart = prose_apart || b.text.rfind(page[2], 0) == 0;
        }
        CHECK(head_alone);
        CHECK(prose_apart);
    }
}
