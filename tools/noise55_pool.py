"""Texts and noise templates of gen_noise_round55.py, written for that round (no corpus strings)."""
import base64, random, urllib.parse


def A(lang, title, *paras):
    return {"lang": lang, "title": title, "paras": list(paras)}


ARTICLES = [
    A("en", "The ferry that outlived its harbour",
      "For sixty years the little ferry crossed the estuary four times a day, carrying farmers, school children and the occasional bewildered tourist.",
      "When the new bridge opened upstream, the council expected the service to fade quietly. Instead, passenger numbers rose during the first summer.",
      "Regulars say the crossing is slower but calmer, and that the captain still waits for anyone running down the slipway with a bicycle.",
      "The harbour itself has changed beyond recognition. The fish market closed in the nineties and the warehouses became flats with balconies facing the water.",
      "Next spring the ferry will be fitted with an electric motor paid for by a local cooperative. Its members hope the boat will keep running for another generation.",
      "Asked what made the service last, the captain shrugged and pointed at the queue forming on the jetty."),
    A("de", "Ein Dorf baut seine Bibliothek selbst",
      "Als die Gemeinde die Bücherei im alten Rathaus schließen wollte, gründeten die Bewohner einen Verein und übernahmen den Betrieb.",
      "Heute öffnen Freiwillige die Räume an fünf Tagen in der Woche. Die Ausleihe läuft über ein Heft, in das jeder seinen Namen schreibt.",
      "Besonders beliebt sind die Abende, an denen ältere Nachbarn von früher erzählen und Schüler ihre Fragen vorbereiten.",
      "Die Bestände wachsen durch Spenden. Ein pensionierter Buchbinder repariert beschädigte Bände in einer Werkstatt hinter dem Lesesaal.",
      "Der Bürgermeister räumt ein, dass er die Initiative unterschätzt habe. Inzwischen zahlt die Gemeinde wieder einen Zuschuss für Heizung und Strom.",
      "Im Herbst soll ein kleines Café im Eingangsbereich eröffnen, betrieben von einer Schulklasse."),
    A("fr", "Le dernier horloger de la vallée",
      "Dans son atelier au-dessus de la boulangerie, Étienne répare des montres depuis presque cinquante ans.",
      "Les clients viennent de loin avec des pendules héritées de leurs grands-parents, souvent muettes depuis des décennies.",
      "Il refuse de fixer un délai. Une horloge comtoise peut rester trois mois sur l'établi avant de sonner à nouveau.",
      "Faute de successeur, il a accepté de former deux apprentis envoyés par le lycée professionnel de la préfecture.",
      "L'un d'eux, timide au début, démonte désormais seul les mouvements les plus délicats et tient le carnet des commandes.",
      "Étienne ne parle pas encore de retraite. Il dit qu'il s'arrêtera le jour où ses mains trembleront."),
    A("es", "Un huerto en la azotea del mercado",
      "Sobre el techo del mercado municipal crecen ahora tomates, pimientos y hierbas aromáticas que se venden en los puestos de abajo.",
      "La idea surgió de una vendedora de verduras cansada de depender de camiones que llegaban tarde desde el sur.",
      "Los primeros meses fueron difíciles: el viento arrancó las mallas y una plaga de pulgones arruinó la primera cosecha.",
      "Con la ayuda de estudiantes de agronomía, el grupo instaló riego por goteo y barreras de cañas que frenan las ráfagas.",
      "Hoy la azotea produce lo suficiente para abastecer a tres puestos durante el verano y atrae visitas de escuelas.",
      "El ayuntamiento estudia repetir el modelo en otros dos mercados del distrito."),
    A("ru", "Как в городе вернули трамвай",
      "Двадцать лет назад последний трамвай ушёл в депо, и рельсы на главной улице закатали в асфальт.",
      "Теперь городской совет решил восстановить одну линию от вокзала до университета, чтобы разгрузить автобусы.",
      "Жители спорили о маршруте несколько месяцев. Владельцы магазинов опасались, что стройка отпугнёт покупателей.",
      "Работы разделили на короткие участки, и каждый открывали заново через несколько недель после начала.",
      "Первые вагоны вышли на линию в сентябре. Студенты говорят, что дорога до занятий стала короче почти вдвое.",
      "Если линия окупится, к ней добавят ветку к новому жилому району на окраине."),
    A("ja", "山あいの村に小さな映画館",
      "廃校になった小学校の体育館が、月に二回だけ映画館に変わる。",
      "始めたのは都会から移り住んだ元映写技師の男性で、古い機材を自分で修理して持ち込んだ。",
      "最初の上映会に来たのは十人ほどだったが、今では近くの町からもバスで観客が集まる。",
      "上映の前には地元の農家が焼いたおにぎりが配られ、休憩時間には子どもたちが感想を話し合う。",
      "村の人口は減り続けているが、映画の夜だけは校庭の駐車場が車でいっぱいになる。",
      "男性は来年、村の昔の写真を集めた短い記録映画を作る計画を立てている。"),
    A("it", "La bottega che ripara biciclette gratis",
      "In un quartiere periferico di Torino, una piccola bottega insegna a chiunque a riparare la propria bicicletta.",
      "Gli attrezzi sono appesi alle pareti e i volontari spiegano come cambiare una camera d'aria o regolare i freni.",
      "Molti clienti sono studenti e lavoratori che non possono permettersi un meccanico ogni volta che fora una gomma.",
      "Le biciclette abbandonate raccolte dal comune vengono smontate e i pezzi riutilizzati per chi ne ha bisogno.",
      "Il sabato mattina la fila arriva fino all'angolo della strada e qualcuno porta il caffè per chi aspetta.",
      "Il gruppo spera di aprire una seconda sede vicino alla stazione entro la fine dell'anno."),
    A("pt", "A escola que ensina a nadar no rio",
      "Numa aldeia do interior, as crianças aprendem a nadar no rio porque a piscina mais próxima fica a quarenta quilómetros.",
      "As aulas acontecem em julho, numa curva onde a corrente é fraca e a margem tem areia fina.",
      "Dois nadadores-salvadores reformados acompanham os grupos e marcam a zona segura com boias coloridas.",
      "Os pais desconfiaram no início, mas hoje são eles que levam o almoço para a margem depois das aulas.",
      "Este verão, mais de oitenta crianças terminaram o curso e receberam um pequeno diploma pintado à mão.",
      "A câmara municipal prometeu instalar um posto de primeiros socorros junto ao rio no próximo ano."),
    A("pl", "Pszczoły na dachu szpitala",
      "Na dachu szpitala miejskiego stanęło sześć uli, którymi opiekuje się grupa pielęgniarek i lekarzy.",
      "Pomysł narodził się podczas przerwy na kawę, gdy jedna z pielęgniarek opowiadała o pasiece swojego dziadka.",
      "Dyrekcja zgodziła się po konsultacji z pszczelarzem, który sprawdził, czy owady nie będą zagrażać pacjentom.",
      "Pierwszy miód trafił na aukcję charytatywną, a zebrane pieniądze przeznaczono na zabawki dla oddziału dziecięcego.",
      "Personel mówi, że praca przy ulach pomaga odpocząć po długich dyżurach i uczy cierpliwości.",
      "W przyszłym roku szpital chce posadzić na dachu kwiaty, które zakwitają późnym latem."),
    A("vi", "Người thợ làm đàn ở phố cổ",
      "Trong một căn nhà nhỏ ở phố cổ, ông Hùng đã làm đàn bầu suốt hơn bốn mươi năm.",
      "Mỗi cây đàn mất khoảng một tháng, từ lúc chọn gỗ đến khi lên dây và thử âm thanh.",
      "Khách hàng của ông là nhạc công, sinh viên nhạc viện và cả những người nước ngoài tò mò.",
      "Con trai ông từng làm kỹ sư nhưng đã bỏ việc để học nghề và giữ gìn xưởng đàn của gia đình.",
      "Ông nói rằng âm thanh tốt nhất đến từ gỗ đã phơi khô nhiều năm dưới mái hiên.",
      "Năm tới, hai cha con dự định mở lớp dạy làm đàn cho thanh niên trong phường."),
    A("ko", "섬마을 도서관의 작은 기적",
      "인구가 이백 명도 안 되는 섬마을에 주민들이 직접 꾸린 작은 도서관이 문을 열었다.",
      "책은 육지의 학교와 출판사에서 기증을 받았고, 선반은 마을 목수가 폐선의 나무로 만들었다.",
      "저녁마다 어부들이 그물을 손질한 뒤 들러 신문을 읽고 아이들은 숙제를 한다.",
      "도서관을 처음 제안한 사람은 섬에서 평생을 보낸 전직 교사로, 지금도 매일 문을 연다.",
      "주민들은 여름 방학에 육지 학생들을 초대해 독서 캠프를 열 계획을 세우고 있다.",
      "군청은 내년부터 운영비 일부를 지원하기로 했다."),
    A("zh", "老街上的修鞋铺",
      "在老城区的一条小街上，一家修鞋铺已经开了三十多年。",
      "店主每天早上七点开门，先把工具一件件摆好，再烧一壶热水。",
      "附近的居民习惯把皮鞋、书包甚至行李箱拿来修理，价格多年几乎没有变化。",
      "去年街道改造时，很多老店被迫搬走，只有这家修鞋铺因为居民联名请愿而留了下来。",
      "如今，年轻人也开始来店里学习手艺，有人把修鞋的过程拍成短视频。",
      "店主说，只要还有人需要，他就会一直做下去。"),
]

# promo CTAs: (title, call to action), in languages the earlier rounds did not cover
PROMOS = {
    "it": [("Non perderti le notizie della tua città", "Iscriviti gratis"),
           ("Sostieni il giornalismo indipendente", "Abbonati ora")],
    "pt": [("Receba as principais notícias no seu e-mail", "Quero receber"),
           ("Baixe o nosso aplicativo", "Disponível na App Store")],
    "nl": [("Blijf op de hoogte met onze nieuwsbrief", "Schrijf je in"),
           ("Word lid en lees onbeperkt", "Probeer 1 maand gratis")],
    "pl": [("Czytaj bez ograniczeń", "Wykup subskrypcję"),
           ("Zapisz się do naszego newslettera", "Zapisuję się")],
    "tr": [("Son dakika haberlerini kaçırmayın", "Bildirimleri aç"),
           ("Uygulamamızı indirin", "Hemen indir")],
    "sv": [("Få nyheterna direkt i din inkorg", "Prenumerera"),
           ("Stöd oberoende journalistik", "Bli medlem idag")],
    "ko": [("매일 아침 뉴스레터를 받아보세요", "구독하기"),
           ("앱에서 더 빠르게 소식을 확인하세요", "앱 다운로드")],
    "zh": [("关注我们的公众号获取更多资讯", "立即关注"),
           ("下载客户端阅读全文", "马上下载")],
    "ar": [("اشترك في نشرتنا البريدية", "اشترك الآن"),
           ("حمّل تطبيقنا مجاناً", "حمّل الآن")],
}


def _newsletter(lang, head, text, button, placeholder):
    def make(rng):
        h = (f'<div class="wp-block-newsletter-signup"><h3>{head}</h3><p>{text}</p>'
             f'<form action="/subscribe"><input type="email" placeholder="{placeholder}">'
             f'<button type="submit">{button}</button></form></div>')
        return h, [head, text]
    return make


def _app(head, text, stores):
    def make(rng):
        links = " ".join(f'<a href="https://apps.example/{i}"><img alt="{s}" src="/b{i}.png"> {s}</a>'
                         for i, s in enumerate(stores))
        return f'<section class="app-promo"><p><strong>{head}</strong></p><p>{text}</p><p>{links}</p></section>', [head, text]
    return make


def _member(head, text, button):
    def make(rng):
        return (f'<aside class="membership-cta"><h4>{head}</h4><p>{text}</p>'
                f'<p><a class="btn btn-primary" href="/join?ref=inline">{button}</a></p></aside>'), [head, text]
    return make


BOXES = {
    "newsletter": {
        "it": _newsletter("it", "La newsletter del mattino", "Ogni giorno alle sette le notizie più importanti, gratis nella tua casella.", "Iscriviti", "La tua email"),
        "nl": _newsletter("nl", "De ochtendbrief", "Elke ochtend om zeven uur het belangrijkste nieuws in je mailbox.", "Aanmelden", "Je e-mailadres"),
        "tr": _newsletter("tr", "Sabah bülteni", "Her sabah yedide günün en önemli haberleri e-posta kutunuzda.", "Kaydol", "E-posta adresiniz"),
    },
    "app": {
        "sv": _app("Ladda ner vår app", "Läs nyheterna var du än är och få notiser när något händer.", ["App Store", "Google Play"]),
        "pt": _app("Leve o jornal no bolso", "Com o nosso aplicativo você recebe alertas das notícias mais importantes.", ["App Store", "Google Play"]),
        "pl": _app("Pobierz naszą aplikację", "Najważniejsze wiadomości zawsze pod ręką, także bez internetu.", ["App Store", "Google Play"]),
    },
    "membership": {
        "sv": _member("Bli medlem", "Våra reportage finansieras av läsarna. Med ett medlemskap från 49 kronor i månaden gör du skillnad.", "Bli medlem"),
        "it": _member("Diventa socio", "Il nostro giornale vive grazie ai lettori. Con due euro al mese ci aiuti a restare liberi.", "Sostienici"),
        "ko": _member("후원 회원이 되어 주세요", "독립 언론은 독자 여러분의 후원으로 운영됩니다. 월 오천 원으로 함께해 주세요.", "후원하기"),
    },
}


def _hex(rng):
    return " ".join("%08x: %s" % (rng.randrange(1 << 20) * 16, " ".join("%02x" % rng.randrange(256) for _ in range(8)))
                    for _ in range(1))


def _tok(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def _moji_cjk(rng):
    s = rng.choice(["記事の続きを読む", "图片来源网络", "관련 기사 보기"])
    return s.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "") + s.encode("utf-8").decode("latin-1")[:6]


GARBAGE = [
    ("css", lambda r: ".c-%s{margin:0 auto;padding:%dpx}.c-%s:hover{color:#%06x}" % (_tok(r, 4), r.randrange(4, 24), _tok(r, 4), r.randrange(1 << 24))),
    ("graphql", lambda r: '{"data":{"article":{"__typename":"Story","id":"%s","slug":null}}}' % _tok(r, 10)),
    ("jsonld", lambda r: '{"@context":"https://schema.org","@type":"NewsArticle","wordCount":%d}' % r.randrange(300, 2000)),
    ("stack", lambda r: "ERROR 2026-03-0%d 12:%02d:07 [main] at com.site.render.Page.build(Page.java:%d)" % (r.randrange(1, 9), r.randrange(60), r.randrange(40, 900))),
    ("datauri", lambda r: "data:image/png;base64," + base64.b64encode(bytes(r.randrange(256) for _ in range(30))).decode()),
    ("query", lambda r: "?q=%s&amp;ref=%s&amp;sid=%s" % (urllib.parse.quote("ß über café"), _tok(r, 6), _tok(r, 8)) if False else
     "q=%s&ref=%s&sid=%s" % (urllib.parse.quote("prüfung über café"), _tok(r, 6), _tok(r, 8))),
    ("jinja", lambda r: "{%% if user.%s %%}{{ user.%s|e }}{%% endif %%}" % (_tok(r, 5).lower(), _tok(r, 4).lower())),
    ("handlebars", lambda r: "{{#each items}}{{this.%s}}{{/each}}" % rng_word(r)),
    ("erb", lambda r: "<%%= @article.%s %%>" % rng_word(r)),
    ("php", lambda r: "Warning: Undefined variable $%s in /var/www/html/wp-content/themes/t/single.php on line %d" % (rng_word(r), r.randrange(10, 400))),
    ("sql", lambda r: "SELECT id, %s FROM wp_posts WHERE post_status = 'publish' LIMIT %d;" % (rng_word(r), r.randrange(5, 50))),
    ("hexdump", _hex),
    ("token", lambda r: "eyJ" + _tok(r, 28) + "." + _tok(r, 20)),
    ("cjkmoji", _moji_cjk),
]


def rng_word(r):
    return r.choice(["title", "author_name", "teaser", "slug", "body_html", "thumb"])


LINK_WORDS = {"en": "(link)", "de": "(Link)", "fr": "(lien)", "es": "(enlace)", "ru": "(ссылка)", "ja": "（リンク）",
              "it": "(collegamento)", "pt": "(ligação)", "pl": "(link)", "vi": "(liên kết)", "ko": "(링크)", "zh": "（链接）"}


def RESIDUE(rng, lang):
    """(kind, text as it lands in the page's text, raw html)"""
    k = rng.choice(["fn-letter", "superscript", "dagger", "paren-num", "label", "arrow", "pdf", "tracking"])
    if k == "fn-letter":
        t = "[%s]" % rng.choice("abcdef")
        return k, t, '<sup><a href="#note-%s">%s</a></sup>' % (t[1], t)
    if k == "superscript":
        t = rng.choice("¹²³⁴")
        return k, t, t
    if k == "dagger":
        t = rng.choice(["†", "‡", "*"])
        return k, t, '<a href="#fn">%s</a>' % t
    if k == "paren-num":
        t = " (%d)" % rng.randrange(1, 9)
        return k, t, ' <a href="#r">(%s)</a>' % t[2:-1]
    if k == "label":
        t = " " + LINK_WORDS[lang]
        return k, t, ' <a href="https://ex.example/x">%s</a>' % t[1:]
    if k == "arrow":
        return k, " ↗", ' <a href="https://ex.example/y" target="_blank">↗</a>'
    if k == "pdf":
        return k, " [PDF]", ' <a href="/docs/report.pdf">[PDF]</a>'
    t = "?utm_source=newsletter&utm_medium=email&utm_campaign=w%d" % rng.randrange(10, 53)
    return k, t, html_esc(t)


def html_esc(s):
    return s.replace("&", "&amp;")
