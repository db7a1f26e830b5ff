"""Texts and noise templates of gen_noise_round56.py, written for that round (no corpus strings).

Languages the earlier rounds did not write (cs hu ro uk el he hi th id fa fi zh-Hant), each article with two
section headings; promo, garbage, Unicode and residue shapes of their own (see gen_noise_round56.py)."""
import base64, random


def A(lang, title, heads, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "paras": list(paras)}


ARTICLES = [
    A("cs", "Stará pekárna znovu voní chlebem", ("Návrat k peci", "Co bude dál"),
      "V malém městě na Vysočině se po dvaceti letech znovu rozsvítila okna staré pekárny na náměstí.",
      "Budovu koupili dva sourozenci, kteří se vrátili z Prahy a chtěli obnovit řemeslo svého dědečka.",
      "Původní cihlovou pec museli opravovat celou zimu. Pomáhali jim sousedé i místní zedník v důchodu.",
      "První várka chleba se prodala za necelou hodinu a fronta sahala až ke kostelu.",
      "Sourozenci dnes pečou šest dní v týdnu a v sobotu učí děti zaplétat vánočky.",
      "Na jaře chtějí otevřít malou kavárnu ve dvoře, kde dříve stály vozy s moukou."),
    A("hu", "Újra jár a kisvasút a hegyekben", ("Önkéntesek a síneken", "Tervek"),
      "Tizenöt év szünet után ismét közlekedik a keskeny nyomtávú kisvasút a falu és az erdei tisztás között.",
      "A pályát egy egyesület tagjai hozták rendbe, akik hétvégenként kicserélték a korhadt talpfákat.",
      "A mozdonyt egy nyugdíjas gépész javította meg, aki fiatalon maga is ezen a vonalon dolgozott.",
      "Az első nyáron több mint tízezer utas váltott jegyet, köztük sok iskolás csoport.",
      "A kalauzok régi egyenruhát viselnek, és minden megállóban elmesélnek egy történetet a vidékről.",
      "Az egyesület jövőre egy kis múzeumot szeretne nyitni az egykori állomásépületben."),
    A("ro", "O grădină comunitară pe malul râului", ("Începuturile", "Vecinii se implică"),
      "Pe un teren părăsit de lângă râu, locuitorii unui cartier din Cluj au amenajat o grădină comunitară.",
      "Ideea a venit de la o profesoară de biologie care voia ca elevii ei să vadă cum crește hrana.",
      "În primele săptămâni au scos din pământ anvelope vechi, sticle și resturi de la o fostă fabrică.",
      "Acum fiecare familie are un strat al ei, iar legumele în plus sunt duse la cantina socială.",
      "Seara, bătrânii cartierului se adună pe o bancă făcută din paleți și povestesc cum arăta malul odinioară.",
      "Primăria a promis că va aduce apă curentă până la grădină înainte de vara viitoare."),
    A("uk", "Бібліотека в старому вагоні", ("Як усе почалося", "Плани на зиму"),
      "На запасній колії маленької станції стоїть старий пасажирський вагон, який став сільською бібліотекою.",
      "Вагон подарувала залізниця, а місцеві столяри зробили всередині полиці та довгий стіл для читання.",
      "Книжки приносили мешканці навколишніх сіл, а частину надіслали видавництва зі столиці.",
      "Щосуботи тут збираються діти, щоб послухати казки, які читає колишня вчителька.",
      "Улітку біля вагона поставили лавки, і ввечері там відбуваються зустрічі з письменниками.",
      "Взимку громада планує провести у вагон опалення, щоб бібліотека працювала цілий рік."),
    A("el", "Το νησί που φυτεύει ξανά ελιές", ("Οι πρώτοι εθελοντές", "Το μέλλον"),
      "Σε ένα μικρό νησί του Αιγαίου, οι κάτοικοι αποφάσισαν να φυτέψουν ξανά τους ελαιώνες που κάηκαν πριν από χρόνια.",
      "Την πρωτοβουλία ανέλαβε ένας συνεταιρισμός αγροτών με τη βοήθεια φοιτητών από την Αθήνα.",
      "Κάθε Σάββατο οι εθελοντές ανεβαίνουν στους λόφους με φτυάρια και νερό για τα νεαρά δέντρα.",
      "Οι μεγαλύτεροι θυμούνται πώς γινόταν το λιομάζωμα και διδάσκουν στους νέους τα παλιά εργαλεία.",
      "Φέτος φυτεύτηκαν περισσότερα από δύο χιλιάδες δέντρα σε εγκαταλελειμμένα χωράφια.",
      "Ο συνεταιρισμός ελπίζει ότι σε δέκα χρόνια το νησί θα παράγει ξανά το δικό του λάδι."),
    A("he", "ספרייה קטנה בתחנת האוטובוס", ("איך זה התחיל", "מה הלאה"),
      "בתחנת האוטובוס שליד בית הספר בשכונה הוצב ארון עץ קטן מלא בספרים.",
      "את הארון בנה שכן שפרש לגמלאות, והילדים צבעו אותו בצבעים עזים.",
      "כל מי שממתין לאוטובוס יכול לקחת ספר, ורבים מחזירים ספרים אחרים במקומו.",
      "המורות בבית הספר מספרות שהתלמידים מדברים יותר על ספרים מאז שהארון הופיע.",
      "העירייה החליטה להציב ארונות דומים בעוד חמש תחנות ברחבי העיר.",
      "השכן כבר עובד על ארון נוסף, הפעם עם גג שיגן על הספרים מפני הגשם."),
    A("hi", "गाँव की छत पर सौर ऊर्जा", ("शुरुआत", "आगे की योजना"),
      "राजस्थान के एक छोटे गाँव में महिलाओं के एक समूह ने स्कूल की छत पर सौर पैनल लगाए हैं।",
      "पहले बिजली दिन में कई बार चली जाती थी और बच्चे शाम को पढ़ाई नहीं कर पाते थे।",
      "समूह ने एक स्वयंसेवी संस्था से प्रशिक्षण लिया और पैनलों की सफाई तथा मरम्मत खुद करना सीखा।",
      "अब स्कूल में पंखे चलते हैं और शाम को बड़ों के लिए भी कक्षाएँ लगती हैं।",
      "आसपास के गाँवों से लोग यह देखने आते हैं कि यह व्यवस्था कैसे काम करती है।",
      "समूह अगले साल गाँव के स्वास्थ्य केंद्र पर भी पैनल लगाने की तैयारी कर रहा है।"),
    A("th", "ตลาดน้ำที่กลับมามีชีวิต", ("จุดเริ่มต้น", "ก้าวต่อไป"),
      "ตลาดน้ำเก่าแก่ริมคลองแห่งหนึ่งเคยเงียบเหงาจนแทบไม่มีเรือมาค้าขาย",
      "ชาวบ้านกลุ่มหนึ่งจึงรวมตัวกันทำความสะอาดคลองและซ่อมแซมท่าเรือไม้ที่ผุพัง",
      "แม่ค้าสูงอายุหลายคนกลับมาพายเรือขายขนมไทยและผลไม้ตามฤดูกาลอีกครั้ง",
      "นักเรียนในชุมชนช่วยกันทำป้ายบอกทางและเล่าประวัติของตลาดให้นักท่องเที่ยวฟัง",
      "ทุกเช้าวันอาทิตย์ตอนนี้มีเรือมากกว่าสามสิบลำจอดเรียงรายตามริมคลอง",
      "ชุมชนหวังว่าจะได้รับงบประมาณเพื่อสร้างสะพานไม้ข้ามคลองในปีหน้า"),
    A("id", "Perpustakaan keliling di atas perahu", ("Awal mula", "Rencana berikutnya"),
      "Setiap dua minggu sebuah perahu kayu berisi buku menyusuri sungai dan singgah di desa-desa terpencil.",
      "Perahu itu dikelola oleh seorang guru yang prihatin karena banyak anak tidak punya bacaan di rumah.",
      "Buku-buku dikumpulkan dari sumbangan warga kota dan beberapa penerbit di Jakarta.",
      "Begitu perahu merapat, anak-anak berlari ke dermaga dan duduk melingkar untuk mendengarkan cerita.",
      "Kini sudah ada tiga relawan yang bergantian mendayung dan mencatat buku yang dipinjam.",
      "Tahun depan mereka berharap bisa membeli mesin kecil agar bisa menjangkau desa di hulu sungai."),
    A("fa", "کتابخانه‌ای در قهوه‌خانه‌ی روستا", ("آغاز کار", "برنامه‌های آینده"),
      "در یک روستای کوهستانی، صاحب قهوه‌خانه‌ی قدیمی قفسه‌ای از کتاب کنار پنجره گذاشته است.",
      "او می‌گوید جوان‌ها بعد از کار در مزرعه به قهوه‌خانه می‌آیند و حالا به جای تلفن کتاب می‌خوانند.",
      "بیشتر کتاب‌ها را مسافرانی که از جاده‌ی کوهستان می‌گذرند هدیه داده‌اند.",
      "هر پنجشنبه شب یکی از معلمان روستا برای کودکان داستان می‌خواند و چای رایگان است.",
      "شورای روستا تصمیم گرفته است اتاق کوچکی در کنار مسجد را به کتابخانه تبدیل کند.",
      "صاحب قهوه‌خانه امیدوار است روزی روستا کتابخانه‌ای با میز مطالعه و نور کافی داشته باشد."),
    A("fi", "Saaristolaiskylä avasi oman kauppansa", ("Talkoilla liikkeelle", "Tulevaisuus"),
      "Kun saaren ainoa kauppa suljettiin, kyläläiset perustivat osuuskunnan ja avasivat sen uudelleen.",
      "Kaupan hyllyt rakennettiin talkoilla, ja tavarat tuodaan mantereelta yhteysaluksella kahdesti viikossa.",
      "Kassalla vuorottelee kymmenen vapaaehtoista, joista vanhin on jo yli kahdeksankymmenen.",
      "Kesällä asiakkaita on moninkertaisesti, kun mökkiläiset ja purjehtijat saapuvat saarelle.",
      "Osuuskunta on myös järjestänyt kaupan yhteyteen pienen postin ja lainakirjaston.",
      "Ensi vuonna kylä toivoo saavansa kaupan katolle aurinkopaneelit."),
    A("zh-Hant", "老市場裡的二手書攤", ("從一張桌子開始", "下一步"),
      "在城南的傳統市場裡，一家二手書攤已經默默經營了二十多年。",
      "攤主原本是中學老師，退休後把家裡的藏書搬到市場，擺在一張舊桌子上。",
      "附近的學生放學後常來翻書，有時一坐就是一個下午。",
      "市場改建的時候，攤販們聯名請求保留書攤，最後管理處同意讓它搬到入口旁邊。",
      "現在書攤每個月舉辦一次交換活動，居民可以用舊書換新書。",
      "攤主說，只要還有人來看書，他就會每天準時開門。"),
]

# ---------------------------------------------------------------- promo

# repeated CTAs: (title, call to action); a "{n}" in the title takes a changing number per copy
PROMOS = {
    "cs": [("Nenechte si ujít nejdůležitější zprávy dne", "Přihlásit k odběru"),
           ("Už {n} čtenářů nás podporuje", "Přidejte se")],
    "hu": [("Iratkozzon fel hírlevelünkre", "Feliratkozom"),
           ("Már {n} olvasó támogat minket", "Csatlakozom")],
    "ro": [("Abonează-te la newsletterul nostru", "Mă abonez"),
           ("Descarcă aplicația noastră gratuită", "Descarcă acum")],
    "uk": [("Підпишіться на нашу розсилку", "Підписатися"),
           ("Нас уже підтримують {n} читачів", "Долучитися")],
    "el": [("Εγγραφείτε στο ενημερωτικό μας δελτίο", "Εγγραφή"),
           ("Κατεβάστε την εφαρμογή μας", "Λήψη τώρα")],
    "he": [("הירשמו לניוזלטר שלנו", "להרשמה"),
           ("הורידו את האפליקציה שלנו", "להורדה")],
    "hi": [("हमारे न्यूज़लेटर की सदस्यता लें", "सदस्यता लें"),
           ("हमारा ऐप डाउनलोड करें", "अभी डाउनलोड करें")],
    "th": [("สมัครรับจดหมายข่าวของเรา", "สมัครเลย"),
           ("ดาวน์โหลดแอปของเรา", "ดาวน์โหลด")],
    "id": [("Berlangganan buletin kami", "Daftar sekarang"),
           ("Sudah {n} pembaca bergabung", "Gabung gratis")],
    "fa": [("در خبرنامه‌ی ما عضو شوید", "عضویت"),
           ("اپلیکیشن ما را دانلود کنید", "دانلود")],
    "fi": [("Tilaa uutiskirjeemme", "Tilaa nyt"),
           ("Jo {n} lukijaa tukee meitä", "Liity mukaan")],
    "en": [("Join {n} readers who get our morning briefing", "Sign me up"),
           ("Enjoying this story? Support local reporting", "Become a supporter")],
}
EMOJI = ["🔥", "📬", "💌", "⭐", "🎁", "📲", "🗞️"]

# teasers: a fixed lead-in + a different headline each time
TEASERS = {
    "cs": ("Čtěte také:", ["Jak přežít zimu bez topení", "Deset tipů na výlet", "Ceny energií znovu rostou"]),
    "hu": ("Ezt is olvassa el:", ["Így spórolhat a fűtésen", "Tíz kirándulóhely a közelben", "Drágul a kenyér"]),
    "ro": ("Citește și:", ["Cum economisești la încălzire", "Zece locuri de vizitat", "Prețul pâinii crește"]),
    "uk": ("Читайте також:", ["Як зекономити на опаленні", "Десять місць для прогулянки", "Ціни на хліб зростають"]),
    "el": ("Διαβάστε επίσης:", ["Πώς να εξοικονομήσετε ενέργεια", "Δέκα προορισμοί για εκδρομή", "Ακριβαίνει το ψωμί"]),
    "id": ("Baca juga:", ["Cara hemat listrik di rumah", "Sepuluh tempat wisata terdekat", "Harga beras naik lagi"]),
    "fi": ("Lue myös:", ["Näin säästät sähkössä", "Kymmenen retkikohdetta", "Leivän hinta nousee"]),
    "en": ("Related:", ["How to cut your heating bill", "Ten walks near the city", "Bread prices rise again"]),
}

SPONSORED = {
    "en": ("Sponsored", ["This simple trick lowers your energy bill", "Doctors are surprised by this tea"]),
    "cs": ("Sponzorováno", ["Tento trik sníží váš účet za energie", "Lékaři jsou překvapeni tímto čajem"]),
    "hu": ("Szponzorált", ["Ez az egyszerű trükk csökkenti a számláját", "Az orvosok meglepődtek ezen a teán"]),
    "tr": ("Sponsorlu", ["Bu basit yöntem faturanızı düşürüyor", "Doktorlar bu çaya şaşırdı"]),
    "id": ("Bersponsor", ["Trik sederhana ini menghemat tagihan listrik", "Dokter kaget dengan teh ini"]),
}

NEWSLETTER_FORMS = {
    "en": ("Get the weekend reads in your inbox", "Subscribe", "Your email address"),
    "ro": ("Primește cele mai citite articole pe e-mail", "Abonează-te", "Adresa ta de e-mail"),
    "fi": ("Saat parhaat jutut sähköpostiisi", "Tilaa", "Sähköpostiosoitteesi"),
    "el": ("Λάβετε τα καλύτερα άρθρα στο email σας", "Εγγραφή", "Η διεύθυνση email σας"),
    "uk": ("Отримуйте найкраще на пошту", "Підписатися", "Ваша електронна пошта"),
}

# ---------------------------------------------------------------- garbage

def _tok(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def _b64(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randrange(48, 90)))).decode()


GARBAGE = [
    ("base64", _b64),
    ("webpack", lambda r: "static/chunks/pages/_app-%s.js static/chunks/%d-%s.js" % (_tok(r, 16, "0123456789abcdef"), r.randrange(100, 999), _tok(r, 16, "0123456789abcdef"))),
    ("yaml", lambda r: "--- layout: post slug: %s draft: false weight: %d ---" % (_tok(r, 8), r.randrange(1, 40))),
    ("csv", lambda r: "id,slug,views,updated_at %d,%s,%d,2026-0%d-1%d" % (r.randrange(1000, 9999), _tok(r, 7), r.randrange(100, 90000), r.randrange(1, 9), r.randrange(10))),
    ("shell", lambda r: "deploy@web-%02d:~/site$ npm run build -- --prod && pm2 restart all" % r.randrange(1, 20)),
    ("python", lambda r: 'Traceback (most recent call last): File "/srv/app/views.py", line %d, in render KeyError: \'%s\'' % (r.randrange(20, 400), _tok(r, 6))),
    ("gopanic", lambda r: "panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x%x]" % r.randrange(16, 4096)),
    ("dotnet", lambda r: "System.NullReferenceException: Object reference not set to an instance of an object. at Site.Web.Controllers.ArticleController.Index(Int32 id) in C:\\build\\src\\ArticleController.cs:line %d" % r.randrange(10, 300)),
    ("mdtable", lambda r: "| %s | %s | |---|---| | %d | %d |" % (_tok(r, 5), _tok(r, 6), r.randrange(99), r.randrange(99))),
    ("latex", lambda r: "\\begin{equation} \\frac{\\partial u}{\\partial t} = \\alpha \\nabla^2 u \\end{equation}" if r.random() < .5 else "$\\sum_{i=1}^{%d} x_i^2 \\leq \\sqrt{n}$" % r.randrange(3, 30)),
    ("pixel", lambda r: "/px.gif?cid=%s&ev=pageview&ts=%d&sr=1920x1080&cb=%d" % (_tok(r, 10), r.randrange(10**12, 10**13), r.randrange(10**6))),
    ("consent", lambda r: '{"necessary":true,"analytics":false,"marketing":false,"consentId":"%s","ts":%d}' % (_tok(r, 12), r.randrange(10**12, 10**13))),
]

# the PHP notice glued into CJK/Thai prose with no space (left in round 55)
GLUED = [
    ("php-glued", lambda r: "Notice: Undefined index: %s in /var/www/site/inc/loop.php on line %d" % (r.choice(["thumb", "excerpt", "author"]), r.randrange(10, 500))),
    ("webpack", GARBAGE[1][1]),
]

# ---------------------------------------------------------------- residue

CITE_NEEDED = {"cs": "[zdroj?]", "hu": "[forrás?]", "ro": "[necesită citare]", "uk": "[джерело?]",
               "el": "[χρειάζεται παραπομπή]", "he": "[דרוש מקור]", "hi": "[उद्धरण चाहिए]", "th": "[ต้องการอ้างอิง]",
               "id": "[butuh rujukan]", "fa": "[نیازمند منبع]", "fi": "[lähde?]", "zh-Hant": "[來源請求]"}


def RESIDUE(rng, lang):
    """(kind, text as it lands in the page's text, raw html)"""
    k = rng.choice(["cite-needed", "chain", "backlink", "caret", "sup-num"])
    if k == "cite-needed":
        t = CITE_NEEDED[lang]
        return k, t, '<sup class="noprint"><a href="/wiki/Help:Citing" title="x">%s</a></sup>' % t
    if k == "chain":
        ns = sorted(rng.sample(range(1, 30), rng.randint(2, 4)))
        t = "".join("[%d]" % n for n in ns)
        return k, t, "".join('<sup id="cite_ref-%d" class="reference"><a href="#cite_note-%d">[%d]</a></sup>' % (n, n, n) for n in ns)
    if k == "backlink":
        return k, " ↩", ' <a href="#fnref-%d" class="footnote-backref">↩</a>' % rng.randrange(1, 9)
    if k == "caret":
        return k, " ^", ' <a href="#ref%d">^</a>' % rng.randrange(1, 9)
    n = rng.randrange(1, 40)
    return k, "%d" % n, '<sup><a href="#fn%d">%d</a></sup>' % (n, n)
