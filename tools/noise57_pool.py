"""Texts and noise templates of gen_noise_round57.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (sw ta bn sr-Cyrl ka hy am lt sk ca ms tr), each article with two
section headings; promo, garbage, Unicode and residue shapes of their own (see gen_noise_round57.py)."""
import base64, json, random


def A(lang, title, heads, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "paras": list(paras)}


ARTICLES = [
    A("sw", "Kisima kipya cha kijiji cha milimani", ("Jinsi kazi ilivyoanza", "Mipango ya baadaye"),
      "Wakazi wa kijiji kimoja cha milimani karibu na Arusha sasa wanapata maji safi bila kutembea masaa mawili kila siku.",
      "Kisima hicho kilichimbwa na vijana wa kijiji kwa msaada wa fundi mstaafu aliyewahi kufanya kazi katika migodi.",
      "Wanawake walipanga zamu za kupika chakula kwa mafundi, na watoto walibeba mawe madogo kutoka mtoni.",
      "Baada ya miezi mitatu maji yalitoka kwa mara ya kwanza, na kijiji kizima kilisherehekea kwa ngoma hadi usiku.",
      "Sasa shule ya msingi ina bustani ndogo ya mboga inayomwagiliwa kwa maji ya kisima hicho kila asubuhi.",
      "Kamati ya maji inapanga kujenga tanki la pili kabla ya msimu wa kiangazi ujao ili kuhifadhi maji zaidi."),
    A("ta", "கடற்கரை கிராமத்தில் ஒரு நூலகம்", ("தொடக்கம்", "அடுத்த திட்டங்கள்"),
      "ராமநாதபுரம் அருகே உள்ள ஒரு மீனவர் கிராமத்தில் பழைய படகுக் கொட்டகை இப்போது சிறிய நூலகமாக மாறியுள்ளது.",
      "ஓய்வுபெற்ற ஆசிரியை ஒருவர் தனது வீட்டிலிருந்த நூறு புத்தகங்களுடன் இந்த முயற்சியைத் தொடங்கினார்.",
      "மீனவர்கள் கடலுக்குச் செல்லாத நாட்களில் அலமாரிகளைச் செய்து கூரையைப் பழுது பார்த்தனர்.",
      "ஒவ்வொரு மாலையும் குழந்தைகள் பள்ளி முடிந்ததும் இங்கே வந்து கதைகள் படிக்கின்றனர்.",
      "வாரத்திற்கு ஒருமுறை பெரியவர்களுக்காக செய்தித்தாள் வாசிப்பு நிகழ்ச்சியும் நடைபெறுகிறது.",
      "அடுத்த ஆண்டு மழைக்காலத்திற்கு முன் புதிய கூரை அமைக்க கிராம மக்கள் நிதி திரட்டி வருகின்றனர்."),
    A("bn", "নদীর ধারে ভাসমান স্কুল", ("কীভাবে শুরু হলো", "সামনের পরিকল্পনা"),
      "বর্ষাকালে যখন গ্রামের রাস্তা ডুবে যায়, তখন একটি নৌকা শিশুদের জন্য স্কুল হয়ে ওঠে।",
      "স্থানীয় এক প্রকৌশলী পুরোনো কাঠের নৌকায় সৌর প্যানেল বসিয়ে এই স্কুল তৈরি করেছেন।",
      "প্রতিদিন সকালে নৌকাটি কয়েকটি ঘাট ঘুরে শিশুদের তুলে নেয় এবং দুপুরে আবার বাড়ি পৌঁছে দেয়।",
      "নৌকার ভেতরে একটি ছোট বোর্ড, কয়েকটি বেঞ্চ আর একটি বইয়ের তাক রাখা আছে।",
      "শিক্ষকেরা বলেন, বন্যার মাসগুলোতেও এখন আর কোনো শিশুর পড়াশোনা বন্ধ থাকে না।",
      "আগামী বছর আরও দুটি নৌকা যোগ করার জন্য গ্রামের মানুষ চাঁদা তুলছেন।"),
    A("sr", "Стари млин поново меље брашно", ("Обнова", "Шта следи"),
      "У једном селу поред Дрине стари воденички млин после тридесет година поново меље кукуруз и пшеницу.",
      "Млин су обновила два брата који су се вратили из Беча да наставе посао свог деде.",
      "Дрвени точак направио је стари столар из суседног села, а камење су донели из напуштеног каменолома.",
      "Прво брашно подељено је комшијама, а недељом се испред млина пеку погаче за све пролазнике.",
      "Сада млин посећују ђаци из околних школа да виде како се некада радило без струје.",
      "Браћа планирају да следећег пролећа отворе малу продавницу домаћег хлеба поред реке."),
    A("ka", "მთის სოფელში ახალი სკოლა გაიხსნა", ("პირველი ნაბიჯები", "მომავლის გეგმები"),
      "სვანეთის ერთ პატარა სოფელში ხუთწლიანი შესვენების შემდეგ სკოლა ისევ გაიხსნა.",
      "შენობა ადგილობრივმა მცხოვრებლებმა საკუთარი ხელით შეაკეთეს ზაფხულის განმავლობაში.",
      "მასწავლებელი ქალაქიდან ჩამოვიდა და ახლა სოფელში ცხოვრობს ძველ ქვის სახლში.",
      "ზამთარში ბავშვები სკოლაში თხილამურებით მოდიან, რადგან გზა თოვლით არის დაფარული.",
      "სოფლის უხუცესები ბავშვებს ძველ სიმღერებსა და ლეგენდებს ასწავლიან ყოველ პარასკევს.",
      "მომავალ წელს სკოლასთან პატარა ბიბლიოთეკისა და სახელოსნოს აშენება იგეგმება."),
    A("hy", "Գյուղի հին այգին նորից ծաղկում է", ("Սկիզբը", "Ապագա ծրագրերը"),
      "Սյունիքի մի փոքրիկ գյուղում երիտասարդները վերականգնել են տասնամյակներ լքված ծիրանի այգին։",
      "Գաղափարը ծագել է տեղի դպրոցի ուսուցչուհու մոտ, ով ուզում էր աշակերտներին ցույց տալ ծառատնկումը։",
      "Ամբողջ գարունը նրանք մաքրել են հողը, կտրել չոր ճյուղերը և վերանորոգել ոռոգման հին առուն։",
      "Առաջին բերքը բաժանվել է գյուղի բոլոր ընտանիքներին, իսկ մնացածից չիր են պատրաստել։",
      "Այժմ ամեն շաբաթ այգում հավաքվում են մեծերն ու փոքրերը և միասին խնամում ծառերը։",
      "Հաջորդ տարի գյուղացիները նախատեսում են այգու կողքին փոքր չրանոց կառուցել։"),
    A("am", "በገጠር መንደር አዲስ ቤተ መጻሕፍት ተከፈተ", ("እንዴት ተጀመረ", "የወደፊት እቅድ"),
      "በደቡብ ኢትዮጵያ በምትገኝ አንዲት ትንሽ መንደር ውስጥ የመጀመሪያው የሕዝብ ቤተ መጻሕፍት ተከፍቷል።",
      "ሃሳቡን ያመጣው ከከተማ የተመለሰ አንድ ወጣት መምህር ሲሆን ከጓደኞቹ ጋር መጻሕፍትን ሰብስቧል።",
      "የመንደሩ ነዋሪዎች የድሮውን የእህል ጎተራ አድሰው መደርደሪያዎችንና ወንበሮችን ሠርተዋል።",
      "በየቀኑ ከሰዓት በኋላ ተማሪዎች ከትምህርት ቤት ወጥተው እዚህ መጥተው ያነባሉ።",
      "ቅዳሜ ቅዳሜ ደግሞ ለአዋቂዎች የማንበብና የመጻፍ ትምህርት ይሰጣል።",
      "በሚቀጥለው ዓመት በፀሐይ ኃይል የሚሠራ መብራት ለመግጠም ነዋሪዎቹ ገንዘብ እያሰባሰቡ ነው።"),
    A("lt", "Kaimo mokykloje atgijo senoji kalvė", ("Pradžia", "Ateities planai"),
      "Mažame Žemaitijos kaime mokiniai kartu su seneliais atkūrė prieš pusšimtį metų uždarytą kalvę.",
      "Idėją pasiūlė technologijų mokytojas, kurio senelis buvo paskutinis šio kaimo kalvis.",
      "Visą žiemą vaikai valė surūdijusius įrankius, o kaimynai atnešė senų pasagų ir vinių.",
      "Pavasarį ugnis žaizdre vėl įsiliepsnojo, ir pirmasis nukaltas daiktas buvo mokyklos varpelis.",
      "Dabar kas šeštadienį kalvėje vyksta užsiėmimai, į kuriuos atvažiuoja vaikai iš aplinkinių miestelių.",
      "Bendruomenė planuoja šalia kalvės įrengti nedidelį muziejų su senaisiais ūkio įrankiais."),
    A("sk", "Dedina zachránila starú drevenú kaplnku", ("Ako to začalo", "Čo bude ďalej"),
      "V malej obci na Kysuciach sa obyvatelia rozhodli zachrániť drevenú kaplnku, ktorá sa takmer zrútila.",
      "Prácu viedol miestny tesár na dôchodku, ktorý pozná staré spôsoby spájania trámov bez klincov.",
      "Šindle na strechu štiepali dobrovoľníci ručne z jedľového dreva počas celého leta.",
      "Na posviacku prišli aj rodáci zo zahraničia, ktorí na opravu prispeli peniazmi.",
      "Kaplnka je teraz otvorená cez víkendy a turisti si môžu pozrieť aj výstavu starých fotografií.",
      "Obec chce budúci rok opraviť aj kamenný most, ktorý vedie ku kaplnke cez potok."),
    A("ca", "Un poble recupera les seves terrasses de vinya", ("Els inicis", "El futur"),
      "En un poble del Priorat, un grup de veïns ha recuperat les terrasses de vinya abandonades fa dècades.",
      "La iniciativa va néixer d'una cooperativa de joves que volien tornar a viure del camp.",
      "Durant tot un hivern van reconstruir els murs de pedra seca amb l'ajuda dels avis del poble.",
      "La primera verema es va fer a mà i el raïm es va trepitjar a l'antic cup de la rectoria.",
      "Ara cada dissabte s'organitzen visites guiades i tastos per als excursionistes que passen pel camí.",
      "La cooperativa vol obrir l'any vinent una petita escola de viticultura per als nens de la comarca."),
    A("ms", "Perpustakaan kecil di stesen bas lama", ("Permulaan", "Rancangan seterusnya"),
      "Sebuah stesen bas lama di sebuah pekan kecil di Perak kini menjadi perpustakaan komuniti yang meriah.",
      "Idea itu datang daripada seorang pesara guru yang mahu kanak-kanak mempunyai tempat membaca selepas sekolah.",
      "Penduduk setempat mengecat semula dinding, membaiki bumbung dan membina rak buku daripada kayu terpakai.",
      "Setiap petang kanak-kanak datang membaca buku cerita sementara menunggu ibu bapa pulang dari kerja.",
      "Pada hujung minggu, sukarelawan mengadakan kelas bahasa Inggeris dan matematik secara percuma.",
      "Jawatankuasa perpustakaan merancang untuk memasang panel solar supaya kipas boleh berfungsi sepanjang hari."),
    A("tr", "Köy okulunda seramik atölyesi açıldı", ("Nasıl başladı", "Gelecek planları"),
      "Kapadokya'daki küçük bir köyde, yıllardır boş duran okul binası çocuklar için seramik atölyesine dönüştü.",
      "Fikir, emekli olduktan sonra köyüne dönen bir çömlek ustasından çıktı.",
      "Köylüler eski sınıfları temizledi, pencereleri onardı ve avluya odun fırını kurdu.",
      "Çocuklar her hafta sonu kilden kâseler, vazolar ve küçük hayvan figürleri yapıyor.",
      "Atölyede yapılan eşyalar köy pazarında satılıyor ve gelir okulun ihtiyaçlarına harcanıyor.",
      "Usta, gelecek yıl yetişkinler için de akşam kursları açmayı planlıyor."),
]

# ---------------------------------------------------------------- promo

# "Read more:" teaser card repeated: a fixed label, a different headline each copy
READ_MORE = {
    "sw": ("Soma zaidi:", ["Bei ya mahindi yapanda tena", "Njia kumi za kuokoa maji", "Mvua kubwa yatarajiwa wiki hii"]),
    "lt": ("Skaitykite daugiau:", ["Kaip sutaupyti šildymui", "Dešimt vietų pasivaikščiojimui", "Duona vėl brangsta"]),
    "sk": ("Prečítajte si aj:", ["Ako ušetriť na kúrení", "Desať tipov na výlet", "Chlieb opäť zdražie"]),
    "ca": ("Llegeix també:", ["Com estalviar en la calefacció", "Deu excursions a prop de casa", "El pa torna a pujar"]),
    "ms": ("Baca lagi:", ["Cara jimat bil elektrik", "Sepuluh tempat menarik di Perak", "Harga beras naik semula"]),
    "tr": ("Devamını oku:", ["Isınma faturası nasıl düşer", "Şehre yakın on yürüyüş rotası", "Ekmeğe yine zam"]),
    "sr": ("Прочитајте још:", ["Како уштедети на грејању", "Десет излета у близини", "Хлеб поново поскупљује"]),
    "en": ("Read more:", ["How to cut your water bill", "Ten walks along the river", "Rent rises again in the old town"]),
}

# podcast / app-download boxes: heading, line, store buttons
APP_BOX = {
    "sk": ("Počúvajte náš podcast", "Každý piatok nový diel o tom, čo sa deje v regiónoch.", ["Spotify", "Apple Podcasts"]),
    "lt": ("Atsisiųskite mūsų programėlę", "Naujienos ir pranešimai visada po ranka.", ["App Store", "Google Play"]),
    "ca": ("Descarrega't la nostra aplicació", "Les notícies del teu poble, al teu mòbil.", ["App Store", "Google Play"]),
    "tr": ("Podcast'imizi dinleyin", "Her cuma yeni bölüm: bölgelerden hikâyeler.", ["Spotify", "Apple Podcasts"]),
    "ms": ("Muat turun aplikasi kami", "Berita terkini terus ke telefon anda.", ["App Store", "Google Play"]),
    "en": ("Listen to our podcast", "A new episode every Friday about life outside the cities.", ["Spotify", "Apple Podcasts"]),
}

# a paywall notice left in the page (the article is all there)
PAYWALL = {
    "sk": ("Tento článok je dostupný len pre predplatiteľov.", "Predplatiť od 1 € mesačne"),
    "lt": ("Šis straipsnis skirtas tik prenumeratoriams.", "Prenumeruoti nuo 1 € per mėnesį"),
    "ca": ("Aquest article és exclusiu per a subscriptors.", "Subscriu-t'hi per 1 € al mes"),
    "tr": ("Bu içerik yalnızca abonelere özeldir.", "Ayda 1 € ile abone ol"),
    "sr": ("Овај чланак је доступан само претплатницима.", "Претплатите се за 1 € месечно"),
    "en": ("This story is for subscribers only.", "Subscribe from $1 a month"),
}

# an affiliate disclaimer repeated beside every product mention
AFFILIATE = {
    "en": "We may earn a commission when you buy through links on this page.",
    "ca": "Podem rebre una comissió si compres a través d'aquests enllaços.",
    "sk": "Ak nakúpite cez tieto odkazy, môžeme získať províziu.",
    "tr": "Bu bağlantılar üzerinden yapılan alışverişlerden komisyon alabiliriz.",
    "ms": "Kami mungkin menerima komisen jika anda membeli melalui pautan ini.",
}
PRODUCTS = ["Clay kit 2 kg", "Solar lamp S3", "Water filter 10 L", "Hand drill H4"]

# a donation ask, a heading line and a button
DONATE = {
    "sw": ("Saidia uandishi huru wa habari", "Changia sasa"),
    "ta": ("சுதந்திர இதழியலுக்கு ஆதரவு தாருங்கள்", "நன்கொடை அளியுங்கள்"),
    "bn": ("স্বাধীন সাংবাদিকতাকে সমর্থন করুন", "অনুদান দিন"),
    "ka": ("მხარი დაუჭირეთ დამოუკიდებელ ჟურნალისტიკას", "შემოწირულობა"),
    "hy": ("Աջակցեք անկախ լրագրությանը", "Նվիրաբերել"),
    "am": ("ነፃ ጋዜጠኝነትን ይደግፉ", "አሁን ይለግሱ"),
    "en": ("Support independent journalism", "Donate now"),
}

# ---------------------------------------------------------------- garbage

def _tok(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def _b64u(rng, n):
    return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(n))).decode().rstrip("=")


def _jwt(rng):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": _tok(rng, 8), "iat": rng.randrange(10**9, 2 * 10**9)}).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, _b64u(rng, 32))


GARBAGE = [
    ("jwt", _jwt),
    ("rust", lambda r: "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/render.rs:%d:%d" % (r.randrange(10, 400), r.randrange(5, 60))),
    ("ruby", lambda r: "NoMethodError (undefined method `title' for nil:NilClass): app/views/articles/show.html.erb:%d" % r.randrange(3, 90)),
    ("node", lambda r: "TypeError: Cannot read properties of undefined (reading 'body') at Object.render (/app/server/render.js:%d:%d)" % (r.randrange(10, 300), r.randrange(2, 40))),
    ("java", lambda r: "java.lang.IllegalStateException: Response already committed at org.apache.catalina.connector.Response.sendRedirect(Response.java:%d)" % r.randrange(100, 900)),
    ("sql", lambda r: "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'p.%s' in 'field list'" % r.choice(["excerpt", "thumb_id", "lang_code"])),
    ("css", lambda r: ".c-%s{display:flex;margin:0 auto;max-width:%dpx}.c-%s>li{padding:4px 8px;color:#%s}" % (_tok(r, 5), r.randrange(600, 1400), _tok(r, 5), _tok(r, 6, "0123456789abcdef"))),
    ("js", lambda r: "!function(e,t){var n=t.createElement('script');n.async=1,n.src='/t/%s.js',t.head.appendChild(n)}(window,document);" % _tok(r, 8)),
    ("jsonld", lambda r: '{"@context":"https://schema.org","@type":"NewsArticle","wordCount":%d,"isAccessibleForFree":"False"}' % r.randrange(300, 3000)),
    ("tracking", lambda r: "?fbclid=IwAR%s&gclid=Cj0KCQ%s&mc_eid=%s" % (_tok(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), _tok(r, 18), _tok(r, 10, "0123456789abcdef"))),
    ("entities", lambda r: "&amp;amp;nbsp;&amp;amp;quot;%s&amp;amp;quot;&amp;amp;#8217;" % _tok(r, 6)),
    ("template", lambda r: r.choice(["{{ article.subtitle }} {{ author.name | upper }}", "%%ARTICLE_TEASER%% %%AUTHOR_BIO%%", "${article.lead} ${cta.label}"])),
]

# ---------------------------------------------------------------- residue

EDIT = {"sw": "[hariri]", "ta": "[தொகு]", "bn": "[সম্পাদনা]", "sr": "[уреди]", "ka": "[რედაქტირება]",
        "hy": "[խմբագրել]", "am": "[አርም]", "lt": "[redaguoti]", "sk": "[upraviť]", "ca": "[modifica]",
        "ms": "[sunting]", "tr": "[değiştir]"}


def RESIDUE(rng, lang):
    """(kind, text as it lands in the page's text, raw html) for a marker after a sentence's last word"""
    k = rng.choice(["up-arrow", "fn-star", "note-n", "bracket-letter-num", "sup-roman"])
    if k == "up-arrow":
        return k, " ↑", ' <a href="#cite_ref-%d" class="mw-cite-backlink">↑</a>' % rng.randrange(1, 9)
    if k == "fn-star":
        t = rng.choice(["*", "**", "⁎"])
        return k, t, '<sup><a href="#fn-star">%s</a></sup>' % t
    if k == "note-n":
        n = rng.randrange(1, 20)
        t = "[note %d]" % n
        return k, t, '<sup class="reference"><a href="#cite_note-n%d">[note %d]</a></sup>' % (n, n)
    if k == "bracket-letter-num":
        t = "[%s%d]" % (rng.choice("abc"), rng.randrange(1, 9))
        return k, t, '<sup><a href="#fn-%s">%s</a></sup>' % (t[1:-1], t)
    t = "[%s]" % rng.choice(["i", "ii", "iii", "iv", "v"])
    return k, t, '<sup><a href="#rn-%s">%s</a></sup>' % (t[1:-1], t)
