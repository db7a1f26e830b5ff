"""Texts and noise templates of gen_noise_round58.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (is lv et hr cy eu az kk ne si ur fil), each article with two
section headings; garbage, Unicode and residue shapes of their own (see gen_noise_round58.py)."""
import base64, random


def A(lang, title, heads, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "paras": list(paras)}


ARTICLES = [
    A("is", "Gamla síldarverksmiðjan verður að listasafni", ("Upphafið", "Framtíðin"),
      "Í litlu sjávarþorpi á Norðurlandi hefur gömul síldarverksmiðja fengið nýtt hlutverk sem listasafn.",
      "Hugmyndin kom frá tveimur systrum sem ólust upp í þorpinu og fluttu aftur heim eftir nám í Kaupmannahöfn.",
      "Íbúarnir máluðu veggina, lagfærðu þakið og smíðuðu sýningarveggi úr gömlum fiskikössum.",
      "Fyrsta sýningin sýndi ljósmyndir af síldarárunum sem fjölskyldur í þorpinu höfðu geymt í skúffum.",
      "Núna koma ferðamenn allt sumarið og heimamenn hittast þar á fimmtudagskvöldum til að spjalla og hlusta á tónlist.",
      "Næsta vor á að opna litla vinnustofu þar sem börn geta lært að skera út í tré og rekavið."),
    A("lv", "Lauku skola atjauno veco dzirnavu dīķi", ("Kā viss sākās", "Nākotnes plāni"),
      "Nelielā Vidzemes ciemā skolēni kopā ar vecvecākiem ir iztīrījuši aizaugušu dzirnavu dīķi.",
      "Ideju ierosināja bioloģijas skolotāja, kura vēlējās, lai bērni mācītos dabā, nevis tikai klasē.",
      "Visu pavasari bērni vāca atkritumus, stādīja kārklus krastā un skaitīja vardes un spāres.",
      "Vasaras sākumā dīķī atkal parādījās zivis, un vietējie makšķernieki atnesa bērniem dāvanā laivu.",
      "Tagad katru piektdienu pie dīķa notiek nodarbības, uz kurām brauc bērni arī no kaimiņu pagastiem.",
      "Nākamgad kopiena plāno uzbūvēt nelielu putnu vērošanas torni dīķa ziemeļu malā."),
    A("et", "Saare küla taastas vana tuuleveski", ("Algus", "Mis edasi saab"),
      "Ühes väikeses Saaremaa külas on kohalikud elanikud taastanud üle poole sajandi seisnud tuuleveski.",
      "Tööd juhtis pensionil puusepp, kes oli lapsena veskis vilja jahvatamas käinud.",
      "Külaelanikud vedasid talvel metsast palke ja lõikasid tiivad käsitsi kuivast männipuust.",
      "Esimesel tuulisel päeval keerlesid tiivad taas ning kogu küla tuli vaatama ja kohvi jooma.",
      "Nüüd jahvatatakse veskis igal laupäeval rukist ja jahu müüakse kohalikus poes.",
      "Järgmisel aastal soovitakse veski kõrvale ehitada väike leivaahi ja õpituba koolilastele."),
    A("hr", "Otok je dobio školu pod maslinama", ("Kako je počelo", "Planovi"),
      "Na malom dalmatinskom otoku djeca ponovno imaju školu, nakon što je stara bila zatvorena dvadeset godina.",
      "Nastava se održava u obnovljenoj kamenoj kući koju je općini darovala jedna obitelj iz Splita.",
      "Roditelji su tijekom zime popravili krov, postavili nove prozore i izradili klupe od maslinova drva.",
      "Učiteljica dolazi trajektom svakog ponedjeljka i ostaje na otoku do petka poslijepodne.",
      "Djeca u dvorištu uzgajaju povrće, a jednom mjesečno s ribarima izlaze na more učiti o ribama.",
      "Mještani se nadaju da će sljedeće godine na otok doći još jedna obitelj s djecom."),
    A("cy", "Pentref yn achub hen gapel ar y bryn", ("Y dechrau", "Y dyfodol"),
      "Mewn pentref bach yng Ngwynedd mae'r trigolion wedi achub hen gapel a oedd ar fin dymchwel.",
      "Daeth y syniad gan grŵp o bobl ifanc a oedd am gael lle i gynnal cyngherddau a gwersi canu.",
      "Drwy'r gaeaf bu gwirfoddolwyr yn trwsio'r to llechi ac yn peintio'r seddau pren.",
      "Cafodd y cyngerdd cyntaf ei gynnal ar ddydd Gŵyl Dewi, a daeth bron pawb o'r pentref yno.",
      "Erbyn hyn mae côr plant yn ymarfer yn y capel bob nos Fercher ar ôl ysgol.",
      "Y flwyddyn nesaf mae'r pwyllgor yn gobeithio agor caffi bach yn yr hen festri."),
    A("eu", "Herriko errota berriz martxan jarri dute", ("Hasiera", "Etorkizuna"),
      "Nafarroako herri txiki batean, berrogei urtez geldirik egon den errota berriz martxan jarri dute.",
      "Proiektua herriko gazte talde batek bultzatu du, aitona-amonen laguntzarekin.",
      "Negu osoan zehar errotaren teilatua konpondu eta ur-kanala garbitu zuten auzolanean.",
      "Lehen irina herriko okinari eman zioten, eta hark ogi berezia egin zuen jai egunerako.",
      "Orain larunbatero ikastetxeetako haurrak etortzen dira errotaren lana ikustera.",
      "Datorren urtean errotaren ondoan museo txiki bat irekitzeko asmoa dute."),
    A("az", "Dağ kəndində yeni kitabxana açıldı", ("Necə başladı", "Gələcək planlar"),
      "Şəki yaxınlığındakı kiçik bir dağ kəndində ilk ictimai kitabxana açılıb.",
      "Fikir kəndə qayıdan gənc bir müəllimə məxsusdur və o, dostları ilə birlikdə kitab toplayıb.",
      "Kənd sakinləri köhnə anbarı təmir edib, rəflər və oturacaqlar düzəldiblər.",
      "Hər gün dərsdən sonra uşaqlar bura gəlib nağıllar oxuyur və rəsm çəkirlər.",
      "Həftə sonları isə böyüklər üçün qəzet oxunuşu və şahmat dərsləri keçirilir.",
      "Gələn il kitabxananın yanında kiçik bir bağ salmaq və skamyalar qoymaq planlaşdırılır."),
    A("kk", "Ауылда жаңа кітапхана ашылды", ("Бастамасы", "Алдағы жоспарлар"),
      "Алматы облысындағы шағын ауылда алғашқы қоғамдық кітапхана ашылды.",
      "Бұл идея қаладан оралған жас мұғалімнен шықты, ол достарымен бірге кітап жинады.",
      "Ауыл тұрғындары ескі қойманы жөндеп, сөрелер мен орындықтар жасады.",
      "Күн сайын сабақтан кейін балалар осында келіп, ертегі оқиды және сурет салады.",
      "Демалыс күндері үлкендерге арналған газет оқу және шахмат сабақтары өтеді.",
      "Келесі жылы кітапхананың жанынан шағын бақ отырғызу жоспарланып отыр."),
    A("ne", "पहाडी गाउँमा नयाँ पुस्तकालय खुल्यो", ("सुरुवात", "आगामी योजना"),
      "गोरखा जिल्लाको एउटा सानो पहाडी गाउँमा पहिलो सार्वजनिक पुस्तकालय खुलेको छ।",
      "यो विचार सहरबाट फर्किएका एक युवा शिक्षकको हो, जसले साथीहरूसँग मिलेर किताब जम्मा गरे।",
      "गाउँलेहरूले पुरानो अन्न भण्डार मर्मत गरी दराज र बेन्चहरू बनाए।",
      "हरेक दिन विद्यालय छुटेपछि बालबालिका यहाँ आएर कथा पढ्छन् र चित्र कोर्छन्।",
      "शनिबार ठूलाहरूका लागि अखबार पढ्ने र लेखपढ सिक्ने कक्षा चल्छ।",
      "अर्को वर्ष सौर्य बत्ती जडान गर्न गाउँलेहरू रकम संकलन गरिरहेका छन्।"),
    A("si", "කඳුකර ගම්මානයට නව පුස්තකාලයක්", ("ආරම්භය", "ඉදිරි සැලසුම්"),
      "බදුල්ල ආසන්නයේ කුඩා කඳුකර ගම්මානයක පළමු මහජන පුස්තකාලය විවෘත කර ඇත.",
      "මෙම අදහස නගරයෙන් ආපසු පැමිණි තරුණ ගුරුවරයෙකුගෙන් ආ අතර ඔහු මිතුරන් සමඟ පොත් එකතු කළේය.",
      "ගම්වාසීන් පැරණි ගබඩාව අලුත්වැඩියා කර රාක්ක සහ බංකු සාදා ගත්හ.",
      "සෑම දිනකම පාසල නිම වූ පසු ළමයින් මෙහි පැමිණ කතා පොත් කියවති.",
      "සති අන්තයේ වැඩිහිටියන් සඳහා පුවත්පත් කියවීමේ වැඩසටහනක් පැවැත්වේ.",
      "ලබන වසරේ සූර්ය බලයෙන් ක්‍රියා කරන විදුලි පහන් සවි කිරීමට ගම්වාසීන් මුදල් එකතු කරති."),
    A("ur", "پہاڑی گاؤں میں نیا کتب خانہ کھل گیا", ("آغاز", "آئندہ منصوبے"),
      "سوات کے ایک چھوٹے پہاڑی گاؤں میں پہلا عوامی کتب خانہ کھل گیا ہے۔",
      "یہ خیال شہر سے واپس آنے والے ایک نوجوان استاد کا تھا جس نے دوستوں کے ساتھ مل کر کتابیں جمع کیں۔",
      "گاؤں والوں نے پرانے گودام کی مرمت کی اور لکڑی سے الماریاں اور بینچ بنائے۔",
      "ہر روز اسکول کے بعد بچے یہاں آ کر کہانیاں پڑھتے اور تصویریں بناتے ہیں۔",
      "ہفتے کے آخر میں بڑوں کے لیے اخبار پڑھنے اور لکھنا سیکھنے کی کلاس ہوتی ہے۔",
      "اگلے سال گاؤں والے شمسی روشنی لگانے کے لیے چندہ جمع کر رہے ہیں۔"),
    A("fil", "Bagong aklatan sa isang baryo sa bundok", ("Paano nagsimula", "Mga susunod na plano"),
      "Sa isang maliit na baryo sa bundok ng Benguet, binuksan ang kauna-unahang pampublikong aklatan.",
      "Nagmula ang ideya sa isang batang guro na umuwi mula sa lungsod at nangalap ng mga aklat kasama ang mga kaibigan.",
      "Inayos ng mga taga-baryo ang lumang kamalig at gumawa sila ng mga istante at upuang kawayan.",
      "Araw-araw pagkatapos ng klase, pumupunta rito ang mga bata upang magbasa ng kuwento at gumuhit.",
      "Tuwing Sabado naman, may klase sa pagbasa at pagsulat para sa mga nakatatanda.",
      "Sa susunod na taon, nag-iipon ang mga residente para makapagkabit ng ilaw na pinapagana ng araw."),
]

# ---------------------------------------------------------------- promo (light; another round's concern)

FOLLOW = {
    "en": "Follow us for more stories like this",
    "is": "Fylgstu með okkur fyrir fleiri sögur",
    "hr": "Pratite nas za još ovakvih priča",
    "az": "Belə hekayələr üçün bizi izləyin",
    "kk": "Осындай әңгімелер үшін бізге жазылыңыз",
}
SHOP_ITEMS = ["Lamp A2", "Kettle K7", "Mug M1", "Rug R9", "Chair C4", "Vase V3"]

# ---------------------------------------------------------------- garbage

def _tok(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def _hex(rng, n):
    return _tok(rng, n, "0123456789abcdef")


def _b64(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


GARBAGE = [
    ("sourcemap", lambda r: "//# sourceMappingURL=main.%s.js.map" % _hex(r, 8)),
    ("sourcemap-json", lambda r: '{"version":3,"sources":["webpack:///./src/%s.ts"],"mappings":"AAAA,SAASA;%s"}' % (_tok(r, 6), _b64(r, 9))),
    ("protobuf", lambda r: 'article { id: %d slug: "%s" flags: 0x%s }' % (r.randrange(10**5, 10**6), _tok(r, 7), _hex(r, 4))),
    ("graphql", lambda r: "query ArticlePage($id: ID!) { node(id: $id) { ... on Story { %s } } }" % r.choice(["headline", "teaser", "slug"])),
    ("isolog", lambda r: "2026-05-%02dT%02d:%02d:%02d.%03dZ WARN [pool-%d-thread-%d] cache miss key=art:%s" % (r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000), r.randrange(1, 4), r.randrange(1, 9), _hex(r, 6))),
    ("printf", lambda r: r.choice(["%s: %d items (%.2f%%) [%-8s]", "%1$s – %2$d/%3$d %4$s", "{0}: {1:N2} ({2:P0})"])),
    ("http", lambda r: "HTTP/1.1 304 Not Modified Cache-Control: max-age=%d ETag: W/\"%s\" Vary: Accept-Encoding" % (r.randrange(60, 9000), _hex(r, 12))),
    ("regex", lambda r: r.choice([r"^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+)@(?:[a-z0-9-]+\.)+[a-z]{2,}$", r"/^\s*(\d{1,3})(?:[.,](\d{3}))*\s*$/gu", r"(?<=\bid=)[A-Fa-f0-9]{8,}(?=&|$)"])),
    ("svgpath", lambda r: "M%d %dC%d.%d %d %d %d.%d %d %ds%d.%d %d %d %dz" % tuple(r.randrange(1, 24) for _ in range(15))),
    ("powershell", lambda r: "PS C:\\inetpub\\wwwroot> Get-ChildItem -Recurse *.config | Select-String \"%s\"" % _tok(r, 6)),
    ("dotnet-de", lambda r: "System.NullReferenceException: Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt. bei Site.Views.Article.Render() in C:\\src\\Article.cs:Zeile %d" % r.randrange(10, 400)),
    ("java-fr", lambda r: "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"titre\" is null at fr.site.Page.rendu(Page.java:%d)" % r.randrange(10, 400)),
    ("swift", lambda r: "Fatal error: Unexpectedly found nil while unwrapping an Optional value: file App/ArticleView.swift, line %d" % r.randrange(10, 400)),
    ("gitdiff", lambda r: "@@ -%d,7 +%d,9 @@ def render(ctx): -    return tpl %% ctx +    return tpl.safe(ctx)" % (r.randrange(10, 99), r.randrange(10, 99))),
    ("uuidlist", lambda r: " ".join("%s-%s-4%s-a%s-%s" % (_hex(r, 8), _hex(r, 4), _hex(r, 3), _hex(r, 3), _hex(r, 12)) for _ in range(2))),
    ("cron", lambda r: "*/%d * * * * /usr/bin/php /var/www/cron.php --task=%s >/dev/null 2>&1" % (r.randrange(2, 30), _tok(r, 6))),
]

# ---------------------------------------------------------------- residue

NEWTAB = {"en": "(opens in new tab)", "is": "(opnast í nýjum flipa)", "lv": "(atveras jaunā cilnē)",
          "et": "(avaneb uuel vahelehel)", "hr": "(otvara se u novoj kartici)", "cy": "(yn agor mewn tab newydd)",
          "eu": "(fitxa berrian irekitzen da)", "az": "(yeni tabda açılır)", "kk": "(жаңа қойындыда ашылады)",
          "ne": "(नयाँ ट्याबमा खुल्छ)", "si": "(නව ටැබයක විවෘත වේ)", "ur": "(نئے ٹیب میں کھلتا ہے)",
          "fil": "(magbubukas sa bagong tab)"}
COPYLINK = {"en": "Copy link", "is": "Afrita tengil", "lv": "Kopēt saiti", "et": "Kopeeri link", "hr": "Kopiraj poveznicu",
            "cy": "Copïo dolen", "eu": "Kopiatu esteka", "az": "Linki kopyala", "kk": "Сілтемені көшіру",
            "ne": "लिंक प्रतिलिपि", "si": "සබැඳිය පිටපත් කරන්න", "ur": "لنک کاپی کریں", "fil": "Kopyahin ang link"}
CRUMBS = {"en": ("Home", "News"), "is": ("Forsíða", "Fréttir"), "lv": ("Sākums", "Ziņas"), "et": ("Avaleht", "Uudised"),
          "hr": ("Naslovnica", "Vijesti"), "cy": ("Hafan", "Newyddion"), "eu": ("Hasiera", "Albisteak"),
          "az": ("Ana səhifə", "Xəbərlər"), "kk": ("Басты бет", "Жаңалықтар"), "ne": ("गृहपृष्ठ", "समाचार"),
          "si": ("මුල් පිටුව", "පුවත්"), "ur": ("سرورق", "خبریں"), "fil": ("Home", "Balita")}


def RESIDUE(rng, lang):
    """(kind, text as it lands in the page's text, raw html) for a marker after a sentence's last word"""
    k = rng.choice(["newtab", "filesize", "pilcrow", "fnref-hugo", "dagger-link"])
    if k == "newtab":
        lab = NEWTAB[lang] if rng.random() < .6 else NEWTAB["en"]
        return k, " " + lab, ' <span class="visually-hidden">%s</span>' % lab
    if k == "filesize":
        t = " (%s, %d.%d %s)" % (rng.choice(["PDF", "DOCX", "XLSX"]), rng.randrange(1, 9), rng.randrange(10), rng.choice(["MB", "KB"]))
        return k, t, '<span class="file-meta">%s</span>' % t
    if k == "pilcrow":
        return k, "¶", '<a class="para-anchor" href="#p%d">¶</a>' % rng.randrange(1, 9)
    if k == "fnref-hugo":
        n = rng.randrange(1, 9)
        return k, "%d" % n, '<sup id="fnref:%d"><a href="#fn:%d" class="footnote-ref" role="doc-noteref">%d</a></sup>' % (n, n, n)
    t = rng.choice(["‡", "§", "⁂"])
    return k, t, '<a href="#n-%d" class="note">%s</a>' % (rng.randrange(1, 9), t)
