#!/usr/bin/env python3
"""Builds the case tables of tests/test_unicode_fresh2.cpp (round 6), each damage made by a real
mechanism (Python's codecs), printed as C++ literals. Run it and paste its output.

Three groups: whole pages as bytes (undeclared legacy encodings, UTF-16, declarations that lie or
disagree, a UTF-8 page with a few cp1252 bytes), damaged strings (non-Latin mojibake, mixed
damage, double escapes, decomposed scripts, invisible characters, C1 controls, full-width
ASCII) and look-alikes that must come out exactly (NFC input, since the stage composes)."""
import unicodedata

def c1(data, page):
    # A browser's decoder: bytes a page leaves undefined become the C1 control of that value.
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode(page))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)

def moji(s, page="cp1252"):
    return c1(s.encode("utf-8"), page)

def twice(s, page="cp1252"):
    return moji(moji(s, page), page)

def in_word(sentence, word, damaged):
    assert word in sentence
    return sentence.replace(word, damaged, 1)

def lit(s):
    out = []
    prev_hex = False
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif o < 0x20: out.append('\\x%02X""' % o)
        elif o < 0x7F: out.append(ch)
        elif o < 0x10000: out.append('\\u%04X' % o)
        else: out.append('\\U%08X' % o)
    return '"' + "".join(out) + '"'

def blit(b):
    # Bytes as a C++ literal (suffix s keeps NULs): printable ASCII as is, the rest as \xNN.
    out = []
    for i, x in enumerate(b):
        if x == 0x22: out.append('\\"')
        elif x == 0x5C: out.append('\\\\')
        elif 0x20 <= x < 0x7F:
            if out and out[-1].startswith('\\x') and chr(x) in "0123456789abcdefABCDEF":
                out.append('""')
            out.append(chr(x))
        else: out.append('\\x%02X' % x)
    text = "".join(out)
    # Split long literals so the file stays readable.
    lines, cur = [], ""
    for piece in out:
        cur += piece
        if len(cur) > 96 and not piece.startswith('\\x') or len(cur) > 120:
            lines.append(cur); cur = ""
    if cur: lines.append(cur)
    return "\n     ".join('"%s"' % l for l in lines) + "s"

# ---- whole pages: (title, paragraphs) per language, written for this suite --------------------
TEXT = {
 "ru": ("Новый мост через реку открыт",
        ["Вчера вечером в городе открыли новый мост через реку. Строительство заняло почти три года, и жители давно ждали этого дня.",
         "По словам мэра, мост сократит дорогу до центра на двадцать минут. Движение по нему будет бесплатным для всех.",
         "Инженеры рассказали, что опоры рассчитаны на сильные паводки и морозы. Следующим проектом станет реконструкция старой набережной."]),
 "el": ("Νέο μουσείο στην παλιά πόλη",
        ["Το νέο μουσείο της πόλης άνοιξε τις πόρτες του το Σάββατο. Χιλιάδες επισκέπτες περίμεναν στην ουρά από το πρωί.",
         "Η συλλογή περιλαμβάνει αγγεία, νομίσματα και γλυπτά από την αρχαία εποχή. Η είσοδος είναι δωρεάν για τους μαθητές.",
         "Ο διευθυντής δήλωσε ότι το μουσείο θα φιλοξενεί και εκθέσεις σύγχρονης τέχνης κάθε καλοκαίρι."]),
 "ar": ("افتتاح مكتبة عامة جديدة",
        ["افتتحت البلدية أمس مكتبة عامة جديدة في وسط المدينة. تضم المكتبة أكثر من خمسين ألف كتاب باللغات العربية والإنجليزية.",
         "وقال المدير إن المكتبة ستفتح أبوابها كل يوم من الصباح حتى المساء. كما توفر قاعات للقراءة والدراسة للطلاب.",
         "ويأمل السكان أن تصبح المكتبة مركزا ثقافيا يجمع الكبار والصغار في أنشطة أسبوعية."]),
 "he": ("גן ציבורי חדש נפתח בעיר",
        ["ביום שישי נפתח גן ציבורי חדש בשכונה הצפונית של העיר. הגן כולל מגרש משחקים, שבילי הליכה ועצים רבים.",
         "ראש העירייה אמר שהגן נבנה לאחר שנים של בקשות מהתושבים. הכניסה לגן חופשית בכל שעות היום.",
         "בשבועות הקרובים יתקיימו בגן הופעות מוזיקה וסדנאות לילדים ולמבוגרים."]),
 "pl": ("Nowa linia tramwajowa w Krakowie",
        ["W sobotę pasażerowie po raz pierwszy pojechali nową linią tramwajową. Budowa trwała dwa lata i kosztowała więcej, niż zakładano.",
         "Według urzędników podróż z dworca do szpitala skróci się o kwadrans. Tramwaje będą kursować co siedem minut.",
         "Mieszkańcy chwalą ciche wagony, ale narzekają na brak zadaszonych przystanków przy głównej ulicy."]),
 "cs": ("Nová lávka přes řeku Vltavu",
        ["V pátek byla otevřena nová lávka pro pěší a cyklisty přes řeku. Stavba trvala necelé dva roky a stála přes dvě stě milionů korun.",
         "Podle starosty lávka spojí dvě čtvrti, které dosud dělila jen rušná silnice. Chodci ušetří až patnáct minut.",
         "Večer se na lávce konal ohňostroj, na který se přišlo podívat několik tisíc lidí."]),
 "ja": ("市立図書館が新しく開館",
        ["市立図書館の新しい建物が土曜日に開館しました。朝から多くの家族連れが訪れ、入口には長い列ができました。",
         "館内には約二十万冊の本があり、子ども向けの読み聞かせの部屋も用意されています。開館時間は午前九時から午後八時までです。",
         "館長は「地域の人々が集まる場所にしたい」と話しました。来月には講演会も予定されています。"]),
 "zh": ("城市新公园正式开放",
        ["本周六，位于城市东部的新公园正式向市民开放。公园占地约三十公顷，建设用了两年时间。",
         "公园内有湖泊、步行道和儿童游乐场。管理人员表示，公园每天早上六点开门，晚上十点关闭。",
         "许多居民一早就来到公园散步，他们说这里的空气很好，环境也很安静。"]),
 "zh_hant": ("城市新公園正式開放",
        ["本週六，位於城市東部的新公園正式向市民開放。公園佔地約三十公頃，建設用了兩年時間。",
         "公園內有湖泊、步行道和兒童遊樂場。管理人員表示，公園每天早上六點開門，晚上十點關閉。",
         "許多居民一早就來到公園散步，他們說這裡的空氣很好，環境也很安靜。"]),
 "ko": ("새 시립 도서관 개관",
        ["토요일에 새 시립 도서관이 문을 열었습니다. 아침부터 많은 가족들이 찾아와 입구에 긴 줄이 생겼습니다.",
         "도서관에는 약 이십만 권의 책이 있으며 어린이를 위한 방도 마련되어 있습니다. 운영 시간은 오전 아홉 시부터 오후 여덟 시까지입니다.",
         "관장은 지역 주민들이 모이는 장소가 되기를 바란다고 말했습니다."]),
 "th": ("ห้องสมุดแห่งใหม่เปิดให้บริการ",
        ["เมื่อวันเสาร์ที่ผ่านมา ห้องสมุดประชาชนแห่งใหม่ได้เปิดให้บริการแล้ว มีครอบครัวจำนวนมากมารอตั้งแต่เช้า",
         "ภายในห้องสมุดมีหนังสือประมาณสองแสนเล่ม และมีห้องอ่านหนังสือสำหรับเด็กด้วย เปิดทุกวันตั้งแต่เก้าโมงเช้า",
         "ผู้อำนวยการกล่าวว่า อยากให้ห้องสมุดเป็นสถานที่ที่ทุกคนในชุมชนมาพบกัน"]),
 "fr": ("Le marché couvert rouvre ses portes",
        ["Après dix-huit mois de travaux, le marché couvert a rouvert samedi matin. Les habitants étaient nombreux à découvrir les étals rénovés.",
         "« C’est plus lumineux qu’avant », confie une fleuriste installée depuis vingt ans. Les loyers des commerçants n’ont pas augmenté.",
         "La mairie prévoit des concerts gratuits chaque premier dimanche du mois, dès l’été prochain."]),
 "de": ("Neue Fähre über den See",
        ["Seit Montag verkehrt eine neue Fähre über den See. Sie ist größer und leiser als das alte Schiff, das fünfzig Jahre im Dienst war.",
         "Die Überfahrt dauert zwölf Minuten; Fahrräder dürfen ohne Aufpreis mitgenommen werden.",
         "Der Bürgermeister sprach von einem „großen Tag für die Region“ und dankte den Werftarbeitern."]),
 "en": ("The old mill reopens as a museum",
        ["The old mill on the river reopened on Saturday as a museum of local history. Hundreds of visitors queued before the doors opened.",
         "“We wanted people to see how flour was made here for two centuries,” said the curator. Entry is free for children under twelve.",
         "The café on the ground floor serves bread baked from the mill’s own flour — a detail visitors seem to love."]),
}

def page_html(lang, head, title, paras, extra_body=""):
    body = "".join("<p>%s</p>\n" % p for p in paras)
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head>%s<title>%s</title></head>\n<body>\n"
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/contact\">Contact</a></nav>\n"
            "<article><h1>%s</h1>\n%s%s</article>\n<footer>&copy; 2026</footer>\n</body></html>\n"
            % (lang, head, title, title, body, extra_body))

pages = []  # (name, bytes, expected paragraphs)

def add(name, lang, codec, head="", text_lang=None):
    title, paras = TEXT[text_lang or lang]
    pages.append((name, page_html(lang, head, title, paras).encode(codec), paras))

# Undeclared legacy encodings: no BOM, no meta, no transport charset.
add("ru cp1251 undeclared", "ru", "cp1251")
add("ru KOI8-R undeclared", "ru", "koi8_r")
add("el cp1253 undeclared", "el", "cp1253")
add("ar cp1256 undeclared", "ar", "cp1256")
add("he cp1255 undeclared", "he", "cp1255")
add("pl ISO-8859-2 undeclared", "pl", "iso8859_2")
add("cs ISO-8859-2 undeclared", "cs", "iso8859_2")
add("ja Shift_JIS undeclared", "ja", "shift_jis")
add("ja EUC-JP undeclared", "ja", "euc_jp")
add("zh GB18030 undeclared", "zh", "gb18030")
add("zh-Hant Big5 undeclared", "zh-Hant", "big5", text_lang="zh_hant")
add("ko EUC-KR undeclared", "ko", "euc_kr")
add("th windows-874 undeclared", "th", "cp874")

# UTF-16 with and without a byte order mark (the BOM variants carry it; the others do not).
add("fr UTF-16LE with BOM", "fr", "utf-16")            # Python writes the BOM, little-endian here
title, paras = TEXT["ru"]
pages.append(("ru UTF-16BE with BOM", b"\xfe\xff" + page_html("ru", "", title, paras).encode("utf-16-be"), paras))
add("ja UTF-16LE without BOM", "ja", "utf-16-le")
add("de UTF-16BE without BOM", "de", "utf-16-be")

# Declarations that lie or disagree.
add("fr meta says utf-8, bytes are cp1252", "fr", "cp1252", '<meta charset="utf-8">')
add("de meta says iso-8859-1, bytes are utf-8", "de", "utf-8", '<meta charset="iso-8859-1">')
add("ru http-equiv says iso-8859-1, bytes are cp1251", "ru", "cp1251",
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
title, paras = TEXT["el"]
pages.append(("el UTF-8 BOM, meta says windows-1253",
              b"\xef\xbb\xbf" + page_html("el", '<meta charset="windows-1253">', title, paras).encode("utf-8"), paras))
add("cs http-equiv windows-1250 and meta charset utf-8 disagree, bytes utf-8", "cs", "utf-8",
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><meta charset="utf-8">')
add("pl meta charset utf-8 and http-equiv iso-8859-2 disagree, bytes iso-8859-2", "pl", "iso8859_2",
    '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">')
add("ja meta says iso-8859-1, bytes are Shift_JIS", "ja", "shift_jis", '<meta charset="iso-8859-1">')
add("ru meta says utf-8, bytes are KOI8-R", "ru", "koi8_r", '<meta charset="utf-8">')

# Labels that tell the truth over dense accented Western text: they must stay.
TEXT["is"] = ("Ný brú yfir ána opnuð",
        ["Í gær var ný brú yfir ána opnuð við hátíðlega athöfn. Íbúar þorpsins höfðu beðið eftir henni í mörg ár.",
         "Brúin styttir leiðina til bæjarins um tuttugu mínútur, sögðu þeir sem óku fyrstir yfir hana.",
         "Næsta verkefni er að gera göngustíg meðfram ánni, frá brúnni að gömlu höfninni."])
TEXT["pt"] = ("Nova ponte é inaugurada na região",
        ["A nova ponte sobre o rio foi inaugurada ontem, após três anos de obras. Milhares de pessoas estiveram lá.",
         "Segundo o prefeito, a ligação reduzirá em vinte minutos o trajeto até o centro da cidade.",
         "As próximas obras incluem uma ciclovia e a recuperação das calçadas próximas à estação."])
add("is dense Icelandic, iso-8859-1 label true", "is", "latin-1", '<meta charset="iso-8859-1">')
add("pt dense Portuguese, windows-1252 label true", "pt", "cp1252",
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')

# A UTF-8 page whose CMS pasted a few cp1252 bytes (smart quotes, a dash).
title, paras = TEXT["en"]
raw = page_html("en", '<meta charset="utf-8">', title, paras).encode("utf-8")
for ch in "“”’—":
    # Only the first occurrence of each mark is cp1252; the rest stays UTF-8.
    raw = raw.replace(ch.encode("utf-8"), ch.encode("cp1252"), 1)
pages.append(("en UTF-8 with a few cp1252 smart quotes", raw, paras))
title, paras = TEXT["fr"]
raw = page_html("fr", '<meta charset="utf-8">', title, paras).encode("utf-8")
raw = raw.replace("« C’est".encode("utf-8"), "« C’est".encode("cp1252"), 1)
pages.append(("fr UTF-8 with one cp1252 apostrophe and guillemet", raw, paras))

# A page about encodings: mojibake quoted in <code> must stay as written.
ENC = ["When a UTF-8 page is read as Windows-1252, the letter é turns into <code>%s</code> and the apostrophe ’ into <code>%s</code>; readers see this often in old forum posts."
       % (moji("é"), moji("’")),
       "The fix is to decode the bytes with the right charset, not to replace the strings <code>%s</code> by hand, because the same bytes mean different things in other code pages."
       % moji("ü"),
       "Declaring the charset in the HTTP header and in a meta element avoids the problem for every browser and crawler."]
def strip_code(s):
    return s.replace("<code>", "").replace("</code>", "")
pages.append(("en page about encodings quotes mojibake in <code>",
              page_html("en", '<meta charset="utf-8">', "Why text turns into mojibake", ENC).encode("utf-8"),
              [strip_code(p) for p in ENC]))

# ---- damaged strings --------------------------------------------------------------------------
RU = "Москва встречает гостей тёплой погодой и новыми выставками."
BG = "София е столицата на България и най-големият ѝ град."
EL = "Η Θεσσαλονίκη είναι η δεύτερη μεγαλύτερη πόλη της Ελλάδας."
AR = "القاهرة هي عاصمة مصر وأكبر مدنها."
HE = "ירושלים היא עיר עתיקה עם היסטוריה ארוכה."
FA = "تهران پایتخت ایران و بزرگ‌ترین شهر آن است."
SR = "Београд је главни град Србије."
VI_SENT = "Hà Nội là thủ đô của nước Cộng hòa Xã hội chủ nghĩa Việt Nam."
KO = "서울은 대한민국의 수도이며 가장 큰 도시입니다."
nfd = lambda s: unicodedata.normalize("NFD", s)

damaged = [
    ("ru read as latin-1 (C1 controls)", moji(RU, "latin-1"), RU),
    ("el read as latin-1", moji(EL, "latin-1"), EL),
    ("ar read as latin-1", moji(AR, "latin-1"), AR),
    ("he read as latin-1", moji(HE, "latin-1"), HE),
    ("bg cp1252", moji(BG), BG),
    ("sr Cyrillic cp1252", moji(SR), SR),
    ("fa cp1252 (with ZWNJ)", moji(FA), FA),
    ("ru twice cp1252", twice(RU), RU),
    ("el twice cp1252", twice(EL), EL),
    ("ar twice cp1252", twice(AR), AR),
    ("ru cp1252 then latin-1", moji(moji(RU), "latin-1"), RU),
    ("ru one damaged word in correct Russian", in_word(RU, "гостей", moji("гостей")), RU),
    ("el one damaged word in correct Greek", in_word(EL, "Θεσσαλονίκη", moji("Θεσσαλονίκη")), EL),
    ("fr damaged and correct accents in one sentence",
     in_word("Le café est ouvert mais le théâtre est fermé.", "théâtre", moji("théâtre")),
     "Le café est ouvert mais le théâtre est fermé."),
    ("de damaged quotes beside correct umlauts",
     in_word("Er sagte: „Grüße aus Köln“ und lächelte.", "„Grüße", moji("„Grüße")),
     "Er sagte: „Grüße aus Köln“ und lächelte."),
    ("en one damaged apostrophe among correct ones",
     in_word("It’s late, and the shop’s closed; we’ll come back.", "shop’s", moji("shop’s")),
     "It’s late, and the shop’s closed; we’ll come back."),
    ("pt cp1252 in sentence with correct ÃO capitals",
     in_word("JOÃO disse que não sabia.", "não", moji("não")), "JOÃO disse que não sabia."),
    ("double-escaped &amp;uuml;", "Die Gr&amp;uuml;nen haben gewonnen.", "Die Grünen haben gewonnen."),
    ("double-escaped &amp;rsquo; and &amp;hellip;", "We&amp;rsquo;re done&amp;hellip; for now.", "We’re done… for now."),
    ("double-escaped hex &amp;#x2014;", "Paris &amp;#x2014; Lyon en deux heures.", "Paris — Lyon en deux heures."),
    ("triple-escaped &amp;amp;eacute;", "La soir&amp;amp;eacute;e commence.", "La soirée commence."),
    ("double-escaped Cyrillic decimal", "&amp;#1052;&amp;#1080;&amp;#1088; is peace.", "Мир is peace."),
    ("NFD Vietnamese sentence", nfd(VI_SENT), VI_SENT),
    ("decomposed Hangul jamo", nfd(KO), KO),
    ("NFD Polish and Czech", nfd("Źródło i řeka płyną obok."), "Źródło i řeka płyną obok."),
    ("soft hyphens inside Russian words", "Госу\u00adдар\u00adствен\u00adный музей открыт.", "Государственный музей открыт."),
    ("zero-width spaces inside German words", "Die Bundes\u200bregierung hat die Haus\u200bhalts\u200bdebatte vertagt.",
     "Die Bundesregierung hat die Haushaltsdebatte vertagt."),
    ("ZWNBSP (U+FEFF) inside a word", "The pass\ufeffword is not stored.", "The password is not stored."),
    ("bidi isolates around numbers", "Call \u2066+1 555 0100\u2069 or visit room \u2068204\u2069.", "Call +1 555 0100 or visit room 204."),
    ("bidi embedding around a number in Arabic", "السعر \u202a250\u202c دولار فقط.", "السعر 250 دولار فقط."),
    ("RLM/LRM around a year in Latin text", "Founded in \u200f1998\u200e, the firm grew fast.", "Founded in 1998, the firm grew fast."),
    ("cp1252 quotes read as latin-1 (C1 controls) in correct text",
     c1("He called it \u201cthe best year\u201d \u2013 twice.".encode("cp1252"), "latin-1"),
     "He called it \u201cthe best year\u201d \u2013 twice."),
    ("cp1252 euro and ellipsis read as latin-1", c1("Only 5\u20ac\u2026 really.".encode("cp1252"), "latin-1"), "Only 5\u20ac\u2026 really."),
    ("cp1252 apostrophes read as latin-1 in French", c1("L\u2019\u00e9t\u00e9 et l\u2019hiver.".encode("cp1252"), "latin-1"),
     "L\u2019\u00e9t\u00e9 et l\u2019hiver."),
    ("full-width ASCII words in English", "Order now: ＦＲＥＥ shipping on all items.", "Order now: FREE shipping on all items."),
    ("full-width digits and letters in German", "Die Linie Ｕ２ fährt alle ５ Minuten.", "Die Linie U2 fährt alle 5 Minuten."),
]

# ---- look-alikes: real text that looks like damage --------------------------------------------
lookalikes = [
    ("pt JOÃO and CONCEIÇÃO", "JOÃO DA CONCEIÇÃO CHEGOU ONTEM."),
    ("pt GUIMARÃES", "A CIDADE DE GUIMARÃES É HISTÓRICA."),
    ("pt AMANHÃ before a closing quote", "Ele gritou: “ATÉ AMANHÔ e saiu."),
    ("pt ALEMÃ before an ellipsis", "A PALAVRA É ALEMÃ… OU NÃO?"),
    ("pt MÃE before a comma", "MÃE, PAI E IRMÃOS."),
    ("es ESPAÑA and AÑO", "ESPAÑA GANÓ EL AÑO PASADO."),
    ("ca l·l", "El col·legi de la Vall d’Aran és a Lleida."),
    ("fr CHÂTEAU and ŒUVRE", "LE CHÂTEAU ET SES ŒUVRES D’ART."),
    ("de capital ẞ", "STRAẞE UND GRÜẞE."),
    ("ZWJ emoji: technologist with skin tone", "Meet our coder 👩🏽‍💻 and her team."),
    ("ZWJ emoji: people holding hands, heart on fire", "Friends 🧑‍🤝‍🧑 forever ❤️‍🔥."),
    ("variation selectors text and emoji", "Call ☎️ or write ✉︎ today; done ✔︎."),
    ("ideographic variation selector", "葛󠄀飾区の天気です。"),
    ("keycap sequence", "Press 1️⃣ then #️⃣ to continue."),
    ("flag sequences", "Teams from 🇫🇷 and 🇯🇵 played."),
    ("tr dotless and dotted I", "KIRIKKALE'de ılık bir gün; İzmir'de yağmur var."),
    ("az ə", "Azərbaycan dili çox gözəldir."),
    ("ja full-width digits", "第２回会議は３月１５日に開催されます。"),
    ("zh full-width digits and percent", "价格上涨了１２％，达到３００元。"),
    ("ja full-width parentheses and colon", "会議（東京）：午後３時から。"),
    ("ar tatweel", "مـرحـبـا بـكـم في الـمـوقـع."),
    ("ar harakat", "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ"),
    ("he niqqud", unicodedata.normalize("NFC", "בְּרֵאשִׁית בָּרָא אֱלֹהִים")),
    ("math alphanumerics", "Let 𝑓(𝑥) = 𝑥² over ℝ, with 𝔽 a field."),
    ("math operators", "∀x ∈ ℕ: ∫₀¹ x dx = ½ and A ⊆ B ⇔ A ∩ B = A."),
    ("sub- and superscripts", "H₂O and CO₂ at 10⁻³ mol."),
    ("Devanagari with nukta and ZWJ", "क़िला और ज़मीन क्‍ष।"),
    ("Sinhala ZWJ conjunct", "ශ්‍රී ලංකාව"),
    ("Japanese with prolonged sound mark", "コーヒーとケーキ、ラーメン。"),
    ("Korean syllables", "한국어 텍스트는 그대로 남아야 합니다."),
    ("Greek tonos and dialytika", "Οι Ευρωπαΐοι και η προϋπόθεση."),
    ("Vietnamese NFC capitals", "HÀ NỘI VÀ THÀNH PHỐ HỒ CHÍ MINH."),
    ("Thai with tone marks", "ภาษาไทยมีวรรณยุกต์สี่รูป"),
    ("Cyrillic with Latin abbreviation", "Компания IBM открыла офис в Москве."),
    ("en dash and em dash prose", "Pages 10–12 — see the appendix."),
    ("degree, micro, ohm", "25 °C, 5 µm and 10 Ω."),
    ("ampersands in abbreviations", "Q&A, P&L and the S&P 500 rose; AT&amp T fell."),
    ("a single C-cedilla sentence", "Ça ne coûte que 3 €."),
]
lookalikes = [(n, unicodedata.normalize("NFC", s)) for n, s in lookalikes]

print("// Pages: name, bytes, expected paragraphs")
for name, b, paras in pages:
    print("    {%s,\n     %s,\n     {%s}}," % (lit(name), blit(b), ",\n      ".join(lit(p) for p in paras)))
print("// Damaged: name, input, expected")
for name, d, e in damaged:
    print("    {%s,\n     %s,\n     %s}," % (lit(name), lit(d), lit(e)))
print("// Look-alikes")
for name, s in lookalikes:
    print("    {%s, %s}," % (lit(name), lit(s)))
print("// counts: pages %d, damaged %d, look-alikes %d" % (len(pages), len(damaged), len(lookalikes)))
