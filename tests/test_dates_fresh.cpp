// Fresh date pages (dates round 3): whole small pages written before reading the dates stage's
// rules, in many languages, each with one true publication date (sometimes a modification date)
// and the distractors real pages carry: a copyright year in the footer, dated "related" lists and
// comments, an event date in the text, dates in the URLs of linked pages, "last updated" labels,
// sidebar calendars, relative dates ("vor 3 Stunden") against a reference date, <time> with and
// without a label, JSON-LD published/modified in either order, a generic meta "date" that is a
// site build stamp, numeric day/month order by language, Arabic-Indic digits, era years.
//
// Numeric order: "05/03/2024" is read by the page's language — month first only for US English
// (en-US, and the unmarked "en" of a .com site, as the stage already does), day first for every
// other language here (es, fr, de, en-GB, vi, ...), because that is how those locales write dates.
//
// A page counts when the published day is exact (and, where the page states one, the modified day).
// On main unchanged (bade400): published exact 22 of 36, modified exact 5 of 13. kFreshPublishedFloor and
// kFreshModifiedFloor hold the counts reached and only ever rise: 28 and 12 since dates are read in other scripts'
// digits, era years, Hindi/Arabic/Thai months and labels of CJK, Korean, Turkish, Polish, Vietnamese;
// 30 since the first plain <time> is the byline's only after the title; 32 and 13 since a generic meta
// date nothing else repeats yields to a source that names the publication; 36 since relative bylines
// ("vor 2 Tagen") count back from the reference date.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace {

constexpr int kFreshPublishedFloor = 36;
constexpr int kFreshModifiedFloor = 13;
constexpr int kLaterPublishedFloor = 18;
constexpr int kLaterModifiedFloor = 5;

struct FreshPage {
    const char* name;
    const char* url;
    const char* reference;   // YYYY-MM-DD (crawl date) or ""
    std::string html;
    const char* published;   // YYYY-MM-DD
    const char* modified;    // YYYY-MM-DD or ""
};

// A site's chrome around an article: navigation, a sidebar, a footer with a copyright year.
std::string site(const char* lang, const std::string& head, const std::string& before, const std::string& article,
                 const std::string& after, const char* footer) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\">" + head +
           "</head><body><header><a href=\"/\">Logo</a><nav><ul><li><a href=\"/a\">A</a></li><li><a href=\"/b\">B</a>"
           "</li><li><a href=\"/c\">C</a></li></ul></nav></header>" +
           before + "<main><article>" + article + "</article></main>" + after + "<footer><p>" + footer +
           "</p></footer></body></html>";
}

std::vector<FreshPage> pages() {
    std::vector<FreshPage> p;
    // 1 German: meta + byline agree; related list and footer carry other dates
    p.push_back({"de-meta-byline", "https://zeitung.example/politik/haushalt-streit-a-1234.html", "2024-06-01",
                 site("de", R"(<title>Haushaltsstreit</title><meta property="article:published_time" content="2024-03-14T09:12:00+01:00">)", "",
                      R"(<h1>Haushaltsstreit geht in die nächste Runde</h1><p class="byline">Von Anna Berger · 14. März 2024, 09:12 Uhr</p>
                      <p>Die Koalition hat sich am Donnerstag erneut nicht auf einen Haushalt einigen können, obwohl die Frist näher rückt und die Fraktionen unter Druck stehen.</p>
                      <p>Bis zum 30. April 2024 soll ein Entwurf vorliegen, sagte die Ministerin nach der Sitzung in Berlin.</p>)",
                      R"(<aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/politik/a-1200.html">Koalition ringt um Kompromiss</a> 12.03.2024</li>
                      <li><a href="/politik/a-1100.html">Sparpläne vorgestellt</a> 02.03.2024</li></ul></aside>)", "© 2025 Zeitung Verlag GmbH"),
                 "2024-03-14", ""});
    // 2 German: only a relative byline against the crawl date
    p.push_back({"de-relative", "https://lokal.example/stadt/brand-in-der-altstadt", "2024-05-20",
                 site("de", "<title>Brand in der Altstadt</title>", "",
                      R"(<h1>Brand in der Altstadt: Feuerwehr im Großeinsatz</h1><div class="meta"><span class="author">Redaktion</span> <span class="time">vor 2 Tagen</span></div>
                      <p>In einem Wohnhaus in der Altstadt ist am Samstagabend ein Feuer ausgebrochen. Die Feuerwehr war mit mehr als sechzig Kräften im Einsatz und konnte ein Übergreifen verhindern.</p>
                      <p>Verletzt wurde nach ersten Angaben niemand, die Ermittlungen zur Ursache dauern an.</p>)",
                      "", "© 2024 Lokal Medien"),
                 "2024-05-18", ""});
    // 3 French: published and updated on one line; related list before the footer
    p.push_back({"fr-publie-maj", "https://quotidien.example/societe/greve-des-transports", "2023-05-01",
                 site("fr", "<title>Grève des transports</title>", "",
                      R"(<h1>Grève des transports : le trafic reste perturbé</h1><p class="dateline">Publié le 3 mars 2023 à 10h05, mis à jour le 4 mars 2023 à 08h00</p>
                      <p>La circulation des trains reste fortement perturbée ce vendredi dans toute la région, selon la direction, qui annonce un service réduit jusqu'à lundi.</p>
                      <p>Les syndicats appellent à une nouvelle journée de mobilisation le 7 mars 2023.</p>)",
                      R"(<section class="related"><h3>À lire aussi</h3><p><a href="/societe/manif">Manifestation à Lyon</a> — 28 février 2023</p></section>)",
                      "© 2023 Quotidien SA"),
                 "2023-03-03", "2023-03-04"});
    // 4 French: JSON-LD with dateModified before datePublished; a generic meta date that is the site's build stamp
    p.push_back({"fr-jsonld-order", "https://revue.example/culture/festival-bilan", "2023-01-15",
                 site("fr", R"(<title>Festival : le bilan</title><meta name="date" content="2023-01-12">
                      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Festival : le bilan",
                      "dateModified":"2022-11-09T18:00:00+01:00","datePublished":"2022-11-08T07:30:00+01:00"}</script>)", "",
                      R"(<h1>Festival : le bilan d'une édition record</h1><p>Par Louise Martin</p>
                      <p>Plus de quatre-vingt mille spectateurs ont assisté aux concerts cette année, un record pour ce festival créé il y a vingt ans dans la vallée.</p>
                      <p>La prochaine édition aura lieu du 5 au 9 juillet 2023.</p>)",
                      "", "© 2002-2023 Revue"),
                 "2022-11-08", "2022-11-09"});
    // 5 Spanish: labelled byline, an event in the text, dated comments
    p.push_back({"es-evento-comentarios", "https://diario.example/cultura/feria-del-libro", "2022-01-10",
                 site("es", "<title>Feria del libro</title>", "",
                      R"(<h1>La feria del libro vuelve al centro</h1><p class="fecha">Publicado el 19 de noviembre de 2021</p>
                      <p>La feria del libro volverá a instalarse en la plaza mayor tras dos años de ausencia, con más de cien casetas de editoriales y librerías de toda la región.</p>
                      <p>La inauguración será el 5 de diciembre de 2021 y la entrada será gratuita.</p>)",
                      R"(<section id="comments"><h3>Comentarios</h3><div class="comment"><span class="comment-date">20/11/2021</span><p>¡Por fin!</p></div>
                      <div class="comment"><span class="comment-date">21/11/2021</span><p>Allí estaremos.</p></div></section>)",
                      "© 2022 Diario"),
                 "2021-11-19", ""});
    // 6 Spanish: ambiguous numeric date, day first
    p.push_back({"es-numeric-day-first", "https://noticias.example/economia/inflacion-marzo", "2024-06-01",
                 site("es", "<title>Inflación</title>", "",
                      R"(<h1>La inflación se modera en febrero</h1><p class="meta">05/03/2024 - 11:20 | Economía</p>
                      <p>El índice de precios al consumidor subió un 2,8 por ciento interanual en febrero, tres décimas menos que en enero, según el instituto de estadística.</p>)",
                      "", "© 2024 Noticias"),
                 "2024-03-05", ""});
    // 7 US English: the same numeric form, month first
    p.push_back({"en-us-numeric", "https://citypaper.example/news/council-vote", "2024-06-01",
                 site("en-US", "<title>Council vote</title>", "",
                      R"(<h1>Council approves new bike lanes</h1><p class="meta">By Tom Reed | 03/05/2024</p>
                      <p>The city council voted 7 to 2 on Monday night to approve a network of protected bike lanes downtown, ending a debate that lasted more than a year.</p>)",
                      "", "© 2024 City Paper"),
                 "2024-03-05", ""});
    // 8 British English: day first
    p.push_back({"en-gb-numeric", "https://localnews.example/news/library-reopens", "2024-06-01",
                 site("en-GB", "<title>Library reopens</title>", "",
                      R"(<h1>Town library reopens after refurbishment</h1><p class="meta">By Sarah Hall | 03/05/2024</p>
                      <p>The town library reopened its doors on Friday after an eighteen-month refurbishment that added a children's wing and a café on the ground floor.</p>)",
                      "", "© 2024 Local News"),
                 "2024-05-03", ""});
    // 9 English: ordinal date, "Last updated", related <time> list
    p.push_back({"en-ordinal-updated", "https://techblog.example/posts/rust-async-guide", "2024-06-01",
                 site("en", "<title>A guide to async Rust</title>", "",
                      R"(<h1>A practical guide to async Rust</h1><p class="post-meta">March 14th, 2024 · 9 min read</p><p class="updated-note">Last updated March 20th, 2024</p>
                      <p>Async Rust can feel intimidating at first, but the core ideas are few: futures are lazy values, executors poll them, and wakers tell the executor when to poll again.</p>
                      <p>We will build a tiny executor from scratch to see how the pieces fit together.</p>)",
                      R"(<aside class="related"><h3>More posts</h3><ul><li><a href="/posts/a">Lifetimes</a> <time datetime="2024-02-02">Feb 2</time></li>
                      <li><a href="/posts/b">Traits</a> <time datetime="2024-01-19">Jan 19</time></li><li><a href="/posts/c">Macros</a> <time datetime="2023-12-01">Dec 1</time></li></ul></aside>)",
                      "© 2015–2024 Tech Blog"),
                 "2024-03-14", "2024-03-20"});
    // 10 Italian: published and updated, an event in the sidebar
    p.push_back({"it-pubblicato-aggiornato", "https://giornale.example/cronaca/ponte-chiuso", "2018-12-01",
                 site("it", "<title>Ponte chiuso</title>", "",
                      R"(<h1>Il ponte resta chiuso per lavori</h1><p class="data">Pubblicato il 7 settembre 2018 alle 10:15 — Aggiornato l'8 settembre 2018 alle 09:00</p>
                      <p>Il ponte sul fiume resterà chiuso al traffico per almeno tre settimane a causa dei lavori di consolidamento dei piloni, ha comunicato il comune.</p>)",
                      R"(<aside class="sidebar"><h3>Eventi</h3><p>Sagra dell'uva — 15 settembre 2018</p></aside>)", "© 2018 Giornale"),
                 "2018-09-07", "2018-09-08"});
    // 11 Portuguese: a dated teaser list before the article in source order
    p.push_back({"pt-teasers-first", "https://jornal.example/politica/votacao-orcamento", "2011-01-01",
                 site("pt", "<title>Votação do orçamento</title>",
                      R"(<div class="ultimas"><h3>Últimas</h3><ul><li><time datetime="2010-10-25">25/10</time> <a href="/x">Chuva no sul</a></li>
                      <li><time datetime="2010-10-24">24/10</time> <a href="/y">Futebol</a></li></ul></div>)",
                      R"(<h1>Câmara adia votação do orçamento</h1><p class="data">sexta-feira, 22 de outubro de 2010</p>
                      <p>A votação do orçamento foi adiada para a próxima semana depois de um longo debate entre os líderes dos partidos, que não chegaram a acordo sobre as emendas.</p>)",
                      "", "© 2010 Jornal"),
                 "2010-10-22", ""});
    // 12 Dutch: labelled byline and dated comments
    p.push_back({"nl-geplaatst-reacties", "https://blog.example/tuin/tomaten-zaaien", "2022-06-01",
                 site("nl", "<title>Tomaten zaaien</title>", "",
                      R"(<h1>Tomaten zaaien in huis</h1><p class="meta">Geplaatst op 12 maart 2022 door Els</p>
                      <p>Half maart is een goed moment om tomaten binnen te zaaien. Gebruik kleine potjes met zaaigrond en houd de grond vochtig maar niet nat.</p>)",
                      R"(<div class="comments"><h3>Reacties</h3><p class="comment-meta">Piet op 13 maart 2022 om 10:15</p><p>Dank je!</p></div>)",
                      "© 2022 Tuinblog"),
                 "2022-03-12", ""});
    // 13 Polish: published and "aktualizacja"
    p.push_back({"pl-aktualizacja", "https://wiadomosci.example/kraj/mróz", "2020-01-10",
                 site("pl", "<title>Mróz</title>", "",
                      R"(<h1>Nadchodzi silny mróz</h1><p class="data">Opublikowano 19 listopada 2019, aktualizacja: 20 listopada 2019</p>
                      <p>Synoptycy ostrzegają przed silnym mrozem w nocy z piątku na sobotę. Temperatura może spaść nawet do minus piętnastu stopni na wschodzie kraju.</p>)",
                      "", "© 2019 Wiadomości"),
                 "2019-11-19", "2019-11-20"});
    // 14 Czech: labelled date, comments later
    p.push_back({"cs-publikovano", "https://zpravy.example/domaci/volby", "2020-01-10",
                 site("cs", "<title>Volby</title>", "",
                      R"(<h1>Volební účast byla rekordní</h1><p class="datum">Publikováno 19. listopadu 2019</p>
                      <p>Volební účast v letošních komunálních volbách byla nejvyšší od roku 1990, uvedl statistický úřad ve svém prvním přehledu.</p>)",
                      R"(<div id="diskuse"><div class="comment"><span class="date">22. listopadu 2019</span><p>Konečně.</p></div></div>)",
                      "© 2019 Zprávy"),
                 "2019-11-19", ""});
    // 15 Russian: published and updated
    p.push_back({"ru-obnovleno", "https://novosti.example/society/metro", "2021-06-01",
                 site("ru", "<title>Метро</title>", "",
                      R"(<h1>В городе откроют новую станцию метро</h1><p class="date">Опубликовано 5 марта 2021, 14:30; обновлено 6 марта 2021, 09:10</p>
                      <p>Новая станция метро откроется в конце года, сообщили в мэрии. Она станет частью кольцевой линии и разгрузит центральные станции.</p>)",
                      "", "© 2021 Новости"),
                 "2021-03-05", "2021-03-06"});
    // 16 Turkish: "Yayınlanma" and "Güncelleme"
    p.push_back({"tr-guncelleme", "https://haber.example/ekonomi/faiz-karari", "2020-01-10",
                 site("tr", "<title>Faiz kararı</title>", "",
                      R"(<h1>Merkez Bankası faiz kararını açıkladı</h1><p class="tarih">Yayınlanma: 19 Kasım 2019 10:05 · Güncelleme: 21 Kasım 2019 16:40</p>
                      <p>Merkez Bankası politika faizini yüzde on dörtten yüzde on ikiye indirdi. Piyasalar kararı olumlu karşıladı.</p>)",
                      "", "© 2019 Haber"),
                 "2019-11-19", "2019-11-21"});
    // 17 Japanese: 公開日 and 更新日 with CJK dates
    p.push_back({"ja-koukai-koushin", "https://news.example.jp/articles/12345", "2024-06-01",
                 site("ja", "<title>新駅の開業</title>", "",
                      R"(<h1>新駅が来春開業へ</h1><p class="date">公開日：2024年3月14日 10:00　更新日：2024年3月15日 08:30</p>
                      <p>鉄道会社は十四日、市の北部に建設中の新駅を来年春に開業すると発表した。駅の周辺では商業施設の建設も進んでいる。</p>)",
                      "", "© 2024 ニュース"),
                 "2024-03-14", "2024-03-15"});
    // 18 Japanese: Reiwa era year only
    p.push_back({"ja-reiwa", "https://www.city.example.jp/kurashi/gomi.html", "2024-06-01",
                 site("ja", "<title>ごみの出し方</title>", "",
                      R"(<h1>ごみの出し方が変わります</h1><p class="update">掲載日：令和6年3月14日</p>
                      <p>四月一日から、プラスチック製品の分別方法が変わります。詳しくは各地区の掲示板をご覧ください。</p>)",
                      "", "Copyright © 2024 City. All rights reserved."),
                 "2024-03-14", ""});
    // 19 Chinese: 发布时间 and 更新时间, a dated related list
    p.push_back({"zh-fabu-gengxin", "https://xinwen.example.cn/a/20230701/123.html", "2023-12-01",
                 site("zh-CN", "<title>高铁</title>", "",
                      R"(<h1>新高铁线路正式开通</h1><p class="info">发布时间：2023年7月1日 08:30　更新时间：2023年7月2日 10:00</p>
                      <p>新高铁线路于今日正式开通运营，全程运行时间缩短至两个小时，沿线共设八个车站。</p>)",
                      R"(<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/20230630/1.html">机场扩建</a> 2023年6月30日</li></ul></div>)",
                      "© 2023 新闻网"),
                 "2023-07-01", "2023-07-02"});
    // 20 Taiwanese Chinese: Minguo year
    p.push_back({"zh-tw-minguo", "https://www.gov.example.tw/news/456", "2023-12-01",
                 site("zh-TW", "<title>公告</title>", "",
                      R"(<h1>停車場收費調整公告</h1><p class="date">發布日期：112年7月1日</p>
                      <p>本府所屬停車場自八月一日起調整收費標準，詳細費率請參閱附件。</p>)",
                      "", "© 2023 市政府"),
                 "2023-07-01", ""});
    // 21 Korean: 입력 and 수정
    p.push_back({"ko-input-revised", "https://news.example.kr/article/789", "2022-12-01",
                 site("ko", "<title>태풍</title>", "",
                      R"(<h1>태풍 북상에 비상근무 돌입</h1><p class="byline">김민수 기자 입력 2022.09.14 10:02 수정 2022.09.15 08:00</p>
                      <p>기상청은 태풍이 북상함에 따라 남해안 지역에 태풍 경보를 발령했다. 지방자치단체는 비상근무에 들어갔다.</p>)",
                      "", "© 2022 뉴스"),
                 "2022-09-14", "2022-09-15"});
    // 22 Arabic: Arabic-Indic digits and an Arabic month name
    p.push_back({"ar-indic-digits", "https://akhbar.example/news/987", "2024-06-01",
                 site("ar", "<title>افتتاح المكتبة</title>", "",
                      R"(<h1>افتتاح المكتبة العامة الجديدة</h1><p class="date">نُشر في ١٤ مارس ٢٠٢٤</p>
                      <p>افتتحت المدينة مكتبتها العامة الجديدة التي تضم أكثر من مئة ألف كتاب وقاعات للقراءة والدراسة مفتوحة للجميع.</p>)",
                      "", "© ٢٠٢٤ أخبار"),
                 "2024-03-14", ""});
    // 23 Arabic: Levantine month name, JSON-LD agrees
    p.push_back({"ar-jsonld", "https://sahifa.example/article/321", "2024-06-01",
                 site("ar", R"(<title>الأمطار</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-10T09:00:00+03:00"}</script>)", "",
                      R"(<h1>أمطار غزيرة في الشمال</h1><p class="date">10 أيار 2023</p>
                      <p>شهدت المناطق الشمالية أمطارا غزيرة أدت إلى إغلاق بعض الطرق، ودعت السلطات السكان إلى توخي الحذر.</p>)",
                      R"(<aside class="related"><ul><li><a href="/article/300">الطقس</a> 8 أيار 2023</li></ul></aside>)", "© 2023"),
                 "2023-05-10", ""});
    // 24 Hindi: प्रकाशित and अपडेटेड
    p.push_back({"hi-prakashit", "https://samachar.example/desh/barish", "2024-06-01",
                 site("hi", "<title>बारिश</title>", "",
                      R"(<h1>कई राज्यों में भारी बारिश की चेतावनी</h1><p class="date">प्रकाशित: 14 मार्च 2024 | अपडेटेड: 15 मार्च 2024</p>
                      <p>मौसम विभाग ने अगले दो दिनों में कई राज्यों में भारी बारिश की चेतावनी जारी की है। लोगों से सावधान रहने को कहा गया है।</p>)",
                      "", "© 2024 समाचार"),
                 "2024-03-14", "2024-03-15"});
    // 25 Vietnamese: weekday, day/month/year with a one-digit month
    p.push_back({"vi-numeric", "https://baomoi.example/thoi-su/cau-moi.html", "2024-06-01",
                 site("vi", "<title>Cầu mới</title>", "",
                      R"(<h1>Khánh thành cây cầu mới qua sông</h1><p class="date">Thứ năm, 14/3/2024, 10:00 (GMT+7)</p>
                      <p>Cây cầu dài hơn một cây số nối hai bờ sông đã chính thức được đưa vào sử dụng sáng nay, giúp giảm ùn tắc giao thông.</p>)",
                      "", "© 2024 Báo"),
                 "2024-03-14", ""});
    // 26 Vietnamese: "ngày 14 tháng 3 năm 2024" and "Cập nhật"
    p.push_back({"vi-worded", "https://tintuc.example/xa-hoi/le-hoi.html", "2024-06-01",
                 site("vi", "<title>Lễ hội</title>", "",
                      R"(<h1>Lễ hội hoa xuân thu hút du khách</h1><p class="date">Đăng ngày 14 tháng 3 năm 2024 · Cập nhật: 15/03/2024</p>
                      <p>Lễ hội hoa xuân năm nay thu hút hàng chục nghìn lượt du khách đến tham quan trong những ngày cuối tuần.</p>)",
                      "", "© 2024 Tin tức"),
                 "2024-03-14", "2024-03-15"});
    // 27 Thai: Buddhist era year
    p.push_back({"th-buddhist", "https://khao.example/news/555", "2024-06-01",
                 site("th", "<title>ข่าว</title>", "",
                      R"(<h1>เปิดสวนสาธารณะแห่งใหม่กลางเมือง</h1><p class="date">14 มีนาคม 2567</p>
                      <p>กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ใจกลางเมือง มีพื้นที่กว่าห้าสิบไร่ พร้อมลานกีฬาและทางเดินริมน้ำ</p>)",
                      "", "© 2567 ข่าว"),
                 "2024-03-14", ""});
    // 28 English: blog with a sidebar calendar and archive before the post, dated comments
    p.push_back({"en-calendar-sidebar", "https://knitting.example/blog/winter-hat", "2024-06-01",
                 site("en", "<title>Winter hat</title>",
                      R"(<div id="sidebar"><table id="wp-calendar"><caption>March 2024</caption><tr><td>1</td><td>2</td><td>3</td></tr></table>
                      <ul class="archive"><li><a href="/2024/02/">February 2024</a></li></ul><p class="recent">Recent: <a href="/blog/scarf">Scarf</a> February 20, 2024</p></div>)",
                      R"(<h1>A simple winter hat</h1><p class="posted">Posted on 2 March 2024 by Mia</p>
                      <p>This hat takes one skein of worsted yarn and an evening. Cast on eighty stitches, join in the round and work a two-by-two rib for two inches.</p>)",
                      R"(<div class="comments"><p class="comment-meta">Jo says: March 5, 2024 at 10:00 am</p><p>Lovely!</p></div>)", "© 2024 Knitting"),
                 "2024-03-02", ""});
    // 29 English: unlabelled <time> in the byline, a "most read" list of <time>s earlier in source
    p.push_back({"en-time-unlabelled", "https://dailyread.example/world/harbour-strike", "2020-08-01",
                 site("en", "<title>Harbour strike</title>",
                      R"(<div class="most-read"><h3>Most read</h3><ol><li><a href="/1">One</a> <time datetime="2020-05-30T08:00:00Z">30 May</time></li>
                      <li><a href="/2">Two</a> <time datetime="2020-05-29T08:00:00Z">29 May</time></li></ol></div>)",
                      R"(<h1>Harbour workers strike over pay</h1><p><span class="author">Lee Park</span> <time datetime="2020-06-01T07:45:00Z">June 1, 2020</time></p>
                      <p>Thousands of harbour workers walked out on Monday morning after talks over a new pay deal broke down late on Sunday night.</p>)",
                      "", "© 2020 Daily Read"),
                 "2020-06-01", ""});
    // 30 English: relative "2 days ago" against the crawl date; related list with absolute dates
    p.push_back({"en-relative-days", "https://gadgets.example/reviews/phone-x", "2024-03-16",
                 site("en", "<title>Phone X review</title>", "",
                      R"(<h1>Phone X review: a better battery</h1><div class="meta">By Sam · 2 days ago</div>
                      <p>The Phone X lasts a full two days on one charge in our tests, a clear step up from last year's model, though the camera barely changed.</p>)",
                      R"(<aside class="related"><ul><li><a href="/reviews/tab">Tab review</a> March 1, 2024</li><li><a href="/reviews/watch">Watch review</a> February 27, 2024</li></ul></aside>)",
                      "© 2024 Gadgets"),
                 "2024-03-14", ""});
    // 31 German: a generic meta date (the site's build stamp) against a labelled byline
    p.push_back({"de-build-stamp", "https://verein.example/aktuelles/jahreshauptversammlung", "2024-12-05",
                 site("de", R"(<title>Jahreshauptversammlung</title><meta name="date" content="2024-11-30">)", "",
                      R"(<h1>Rückblick auf die Jahreshauptversammlung</h1><p class="info">Veröffentlicht am 14. März 2024</p>
                      <p>Zur diesjährigen Jahreshauptversammlung kamen über achtzig Mitglieder in das Vereinsheim. Der Vorstand wurde einstimmig entlastet.</p>)",
                      "", "© 2024 Sportverein"),
                 "2024-03-14", ""});
    // 32 English: JSON-LD modified before published, a nested comment dated later
    p.push_back({"en-jsonld-comment", "https://recipes.example/bread/sourdough", "2021-06-01",
                 site("en", R"(<title>Sourdough</title><script type="application/ld+json">{"@type":"BlogPosting","dateModified":"2021-02-01T10:00:00Z",
                      "comment":[{"@type":"Comment","datePublished":"2021-03-03"}],"datePublished":"2021-01-10T10:00:00Z"}</script>)", "",
                      R"(<h1>Everyday sourdough</h1><p>By Kim</p><p>This loaf uses a stiff starter and an overnight rise in the fridge, so you can bake it before breakfast without getting up early.</p>)",
                      "", "© 2021 Recipes"),
                 "2021-01-10", "2021-02-01"});
    // 33 German: numeric dateline with a section name; a concert date in the text
    p.push_back({"de-numeric-dateline", "https://stadtblatt.example/kultur/konzert", "2025-03-01",
                 site("de", "<title>Konzert</title>", "",
                      R"(<h1>Philharmonie plant Sommerkonzert</h1><p class="meta">02.02.2025 | Kultur</p>
                      <p>Die Philharmonie wird am 14. Juni 2025 ein Open-Air-Konzert im Stadtpark geben. Karten gibt es ab März im Vorverkauf an allen bekannten Stellen.</p>)",
                      "", "© 2025 Stadtblatt"),
                 "2025-02-02", ""});
    // 34 French: the URL's day agrees with the byline; linked pages carry other days in their URLs
    p.push_back({"fr-url-date", "https://journal.example/2023/06/12/canicule-precoce/", "2023-08-01",
                 site("fr", "<title>Canicule</title>", "",
                      R"(<h1>Une canicule précoce s'installe</h1><p class="byline">12 juin 2023</p>
                      <p>Les températures dépasseront trente-cinq degrés dans une grande partie du pays dès mercredi, annonce le service météorologique.</p>
                      <p>Lire aussi <a href="https://journal.example/2023/06/01/secheresse/">la sécheresse</a>.</p>)",
                      "", "© 2023 Journal"),
                 "2023-06-12", ""});
    // 35 Spanish: relative "hace 3 horas"
    p.push_back({"es-relative-hours", "https://portal.example/deportes/final", "2024-04-10",
                 site("es", "<title>Final</title>", "",
                      R"(<h1>El equipo local gana la final</h1><div class="meta"><span>Redacción</span> · <span class="time">hace 3 horas</span></div>
                      <p>El equipo local ganó la final por dos goles a uno en un partido muy disputado que se decidió en los últimos minutos.</p>)",
                      "", "© 2024 Portal"),
                 "2024-04-10", ""});
    // 36 Russian: relative "2 дня назад"
    p.push_back({"ru-relative-days", "https://gorod.example/news/park", "2024-04-10",
                 site("ru", "<title>Парк</title>", "",
                      R"(<h1>В парке высадят тысячу деревьев</h1><div class="meta"><span class="date">2 дня назад</span></div>
                      <p>Весной в городском парке высадят тысячу молодых деревьев, сообщили в управлении благоустройства. Акция пройдёт при участии жителей.</p>)",
                      "", "© 2024 Город"),
                 "2024-04-08", ""});
    return p;
}

// Round 3b: pages written after the fixes above, in shapes and wordings of their own, and not
// tuned on (a check of how far the mechanisms carry). On main (bade400): published exact 6 of 18,
// modified exact 2 of 5; with the fixes 18 of 18 and 5 of 5 as first run.
std::vector<FreshPage> later_pages() {
    std::vector<FreshPage> p;
    p.push_back({"de-stand", "https://nachrichten.example/wirtschaft/zinsen", "2023-10-01",
                 R"(<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Zinsen</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>EZB hebt Zinsen erneut an</h1><p class='meta'>Veröffentlicht am 14.09.2023 · Aktualisiert am 15.09.2023</p><p>Die Europäische Zentralbank hat den Leitzins zum zehnten Mal in Folge angehoben und begründet dies mit der weiterhin hohen Inflation im Euroraum.</p></article></main><aside class='teaser'><p>Gestern: Börse schließt im Plus (13.09.2023)</p></aside><footer>© 2024</footer></body></html>)",
                 "2023-09-14", "2023-09-15"});
    p.push_back({"fr-il-y-a", "https://info.example/sport/match", "2023-04-12",
                 R"(<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Match</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Victoire à domicile</h1><p class='auteur'>Par la rédaction · il y a 2 jours</p><p>L'équipe a remporté son troisième match consécutif devant un public enthousiaste, grâce à un but marqué dans les dernières minutes.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-04-10", ""});
    p.push_back({"pt-br-atualizado", "https://portal.example.br/brasil/chuvas", "2023-03-01",
                 R"(<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Chuvas</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Chuvas causam alagamentos</h1><p class='data'>Publicado em 07/02/2023 às 10h00 Atualizado em 08/02/2023 às 12h30</p><p>As fortes chuvas que atingiram a cidade na madrugada causaram alagamentos em vários bairros e interromperam o trânsito em avenidas importantes.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-02-07", "2023-02-08"});
    p.push_back({"it-time-before", "https://notizie.example/politica/legge", "2023-06-01",
                 R"(<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Legge</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><div class='breaking'><time datetime='2023-05-31T10:00'>10:00</time> <a href='/b'>Ultime notizie</a><time datetime='2023-05-30T10:00'>ieri</time></div><main><article><h1>Approvata la nuova legge</h1><p>di Marco Rossi <time datetime='2023-05-16T09:00:00+02:00'>16 maggio 2023</time></p><p>Il parlamento ha approvato la nuova legge sul lavoro con un'ampia maggioranza dopo settimane di discussioni in commissione.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-16", ""});
    p.push_back({"ja-fullwidth", "https://www.shinbun.example.jp/article/2", "2023-06-01",
                 R"(<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>記事</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>市長選挙の投票率が上昇</h1><p class='date'>２０２３年５月１５日</p><p>十四日に行われた市長選挙の投票率は前回を五ポイント上回り、若い世代の投票が増えたとみられる。</p></article></main><div class='ranking'><h3>アクセスランキング</h3><ol><li><a href='/1'>天気</a> ２０２３年５月１４日</li></ol></div><footer>© 2024</footer></body></html>)",
                 "2023-05-15", ""});
    p.push_back({"ja-heisei", "https://www.town.example.jp/info/3.html", "2023-06-01",
                 R"(<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>お知らせ</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>図書館の休館について</h1><p>平成30年8月1日</p><p>図書館は設備点検のため、八月十日から十五日まで休館します。ご迷惑をおかけしますがご理解ください。</p></article></main><footer>© 2024</footer></body></html>)",
                 "2018-08-01", ""});
    p.push_back({"ko-dotted", "https://www.ilbo.example.kr/news/5", "2023-06-01",
                 R"(<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>뉴스</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>지하철 요금 인상</h1><p class='info'>기사입력 2023-05-10 09:15 | 최종수정 2023-05-11 10:20</p><p>서울시는 다음 달부터 지하철 기본요금을 인상한다고 밝혔다. 시민들의 부담이 커질 것으로 보인다.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-10", "2023-05-11"});
    p.push_back({"zh-tw-date", "https://www.news.example.tw/a/77", "2023-06-01",
                 R"(<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><title>新聞</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>捷運新線通車</h1><p class='date'>2023/05/20 08:00 最後更新：2023/05/21 09:00</p><p>捷運新線今天正式通車，沿線居民通勤時間可望縮短。</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-20", "2023-05-21"});
    p.push_back({"ar-levant", "https://jarida.example/local/44", "2023-06-01",
                 R"(<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>افتتاح جسر جديد</h1><p class='date'>الأحد ١٤ أيار ٢٠٢٣</p><p>افتتح المحافظ جسرا جديدا يربط بين ضفتي النهر ويخفف الازدحام في وسط المدينة.</p></article></main><div class='comments'><p>تعليق ١٥ أيار ٢٠٢٣</p></div><footer>© 2024</footer></body></html>)",
                 "2023-05-14", ""});
    p.push_back({"fa-persian", "https://khabar.example.ir/news/9", "2023-06-01",
                 R"(<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>خبر</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>بازگشایی کتابخانه</h1><p class='date'>تاریخ انتشار: 2023-05-14</p><p>کتابخانه مرکزی شهر پس از بازسازی دوباره بازگشایی شد و اکنون پذیرای علاقه‌مندان است.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-14", ""});
    p.push_back({"hi-devanagari-digits", "https://khabar.example.in/desh/5", "2023-06-01",
                 R"(<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>खबर</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>नई रेल लाइन शुरू</h1><p class='date'>१४ मई २०२३</p><p>शहर में नई रेल लाइन शुरू हो गई है जिससे यात्रियों को काफी राहत मिलेगी।</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-14", ""});
    p.push_back({"vi-cap-nhat", "https://baomoi.example/kinh-te/gia-xang.html", "2023-06-01",
                 R"(<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Giá xăng</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Giá xăng giảm lần thứ ba</h1><p class='date'>Thứ hai, ngày 15 tháng 5 năm 2023 | Cập nhật 16/05/2023 08:00</p><p>Giá xăng trong nước tiếp tục giảm từ chiều nay theo quyết định của liên bộ, mức giảm khoảng năm trăm đồng mỗi lít.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-15", "2023-05-16"});
    p.push_back({"th-be", "https://thaiwww.example/news/8", "2023-06-01",
                 R"(<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข่าว</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>รถไฟฟ้าสายใหม่เปิดให้บริการ</h1><p class='date'>เผยแพร่ 15 พฤษภาคม 2566</p><p>รถไฟฟ้าสายใหม่เปิดให้บริการวันแรก ประชาชนให้ความสนใจใช้บริการเป็นจำนวนมาก</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-15", ""});
    p.push_back({"en-ago-hours", "https://wire.example/markets/oil", "2023-05-20",
                 R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Oil</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Oil prices slip</h1><div class='byline'>By Dana Cole <span class='ts'>5 hours ago</span></div><p>Oil prices slipped on Friday as traders weighed signs of weaker demand against supply cuts announced earlier this month.</p></article></main><aside class='related'><p>Gold steady — May 18, 2023</p></aside><footer>© 2024</footer></body></html>)",
                 "2023-05-20", ""});
    p.push_back({"en-dc-date-stamp", "https://society.example/news/annual-report", "2023-12-01",
                 R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title><meta name='DC.date' content='2023-11-28'><script type='application/ld+json'>{"@type":"Article","datePublished":"2023-04-03"}</script></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Annual report published</h1><p>The society has published its annual report, covering membership, finances and the year's events in detail for all members.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-04-03", ""});
    p.push_back({"es-ar-numeric", "https://diario.example.ar/sociedad/feria", "2023-06-01",
                 R"(<!doctype html><html lang="es-AR"><head><meta charset="utf-8"><title>Feria</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Vuelve la feria del libro</h1><p class='fecha'>04/05/2023</p><p>La feria del libro volvió a abrir sus puertas con más de cuatrocientos expositores y una agenda cargada de actividades para toda la familia.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-04", ""});
    p.push_back({"nl-geleden", "https://nieuws.example.nl/binnenland/trein", "2023-05-20",
                 R"(<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Trein</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Treinverkeer hersteld</h1><p class='meta'>3 dagen geleden</p><p>Het treinverkeer rond de stad is hersteld na een storing die de hele ochtend duurde en duizenden reizigers trof.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-17", ""});
    p.push_back({"tr-once", "https://haber.example.tr/gundem/deprem", "2023-05-20",
                 R"(<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>Deprem</title></head><body><header><nav><a href="/">Home</a> <a href="/x">X</a></nav></header><main><article><h1>Bölgede hafif deprem</h1><p class='tarih'>2 gün önce</p><p>Bölgede sabah saatlerinde hafif bir deprem meydana geldi, can ve mal kaybı bildirilmedi.</p></article></main><footer>© 2024</footer></body></html>)",
                 "2023-05-18", ""});
    return p;
}

}  // namespace

namespace {

struct Counts {
    int published = 0, modified = 0, modified_total = 0;
};

Counts count_exact(const std::vector<FreshPage>& all) {
    Counts n;
    for (const auto& page : all) {
        winnow::Hints hints;
        hints.url = page.url;
        hints.reference_date = page.reference;
        const auto r = winnow::clean(page.html, {}, hints);
        REQUIRE(r.ok());
        const std::string pub = r.document.meta.published.substr(0, 10);
        const std::string mod = r.document.meta.modified.substr(0, 10);
        const bool pub_ok = pub == page.published;
        n.published += pub_ok;
        bool mod_ok = true;
        if (*page.modified) {
            ++n.modified_total;
            mod_ok = mod == page.modified;
            n.modified += mod_ok;
        }
        if (!pub_ok || !mod_ok)
            MESSAGE((std::string(page.name) + ": published " + pub + " (want " + page.published + "), modified " + mod +
                     " (want " + page.modified + ")"));
    }
    return n;
}

}  // namespace

TEST_CASE("fresh date pages: published and modified days exact") {
    const auto all = pages();
    const Counts n = count_exact(all);
    MESSAGE("fresh dates: published exact " << n.published << " of " << all.size() << ", modified exact " << n.modified
                                            << " of " << n.modified_total);
    CHECK(n.published >= kFreshPublishedFloor);
    CHECK(n.modified >= kFreshModifiedFloor);
}

TEST_CASE("fresh date pages written after the fixes: published and modified days exact") {
    const auto all = later_pages();
    const Counts n = count_exact(all);
    MESSAGE("later dates: published exact " << n.published << " of " << all.size() << ", modified exact " << n.modified
                                            << " of " << n.modified_total);
    CHECK(n.published >= kLaterPublishedFloor);
    CHECK(n.modified >= kLaterModifiedFloor);
}
