#!/usr/bin/env python3
"""Builds the case table of tests/test_unicode_fresh.cpp: each damaged string made by a real
mechanism (Python's codecs), printed as C++ literals. Run it and paste its output."""

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
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif o < 0x20: out.append('\\x%02X""' % o)
        elif o < 0x7F: out.append(ch)
        elif o < 0x10000: out.append('\\u%04X' % o)
        else: out.append('\\U%08X' % o)
    return '"' + "".join(out) + '"'

FR = "Le café de la gare était fermé, voilà où ça a commencé."
DE = "Die Straßenbahn fährt über die Brücke nach München."
PT = "A nação está em São Paulo, não é verdade?"
ES = "El niño comió una manzana en España, ¿qué más?"
PL = "Zażółć gęślą jaźń, powiedział Łukasz w Łodzi."
CS = "Příliš žluťoučký kůň úpěl ďábelské ódy."
TR = "İstanbul’da şişe, çay ve öğretmen; ışık çok güzel."
RU = "Привет, как дела? Москва встречает гостей."
EL = "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας."
VI = "Tiếng Việt có nhiều dấu thanh điệu khác nhau."
ZH = "我们今天去北京参观博物馆。"
JA = "東京の天気は晴れです。明日も良いでしょう。"
AR = "مرحبا بكم في موقعنا الجديد اليوم."
HE = "שלום לכולם, ברוכים הבאים לאתר."
HI = "भारत एक विशाल देश है और यहाँ कई भाषाएँ हैं।"
EMOJI = "Great news 🎉 we shipped it 👍 see you soon 😀."
EN_Q = "He said “it’s fine” and left — quietly… as usual."

damaged = [
    ("fr cp1252", moji(FR), FR),
    ("de cp1252", moji(DE), DE),
    ("pt latin-1 (C1 controls)", moji(PT, "latin-1"), PT),
    ("es mac-roman", moji(ES, "mac_roman"), ES),
    ("pl cp1250", moji(PL, "cp1250"), PL),
    ("cs cp1250", moji(CS, "cp1250"), CS),
    ("tr cp1252", moji(TR), TR),
    ("ru cp1251", moji(RU, "cp1251"), RU),
    ("ru cp1252", moji(RU), RU),
    ("el cp1252", moji(EL), EL),
    ("vi cp1252", moji(VI), VI),
    ("zh cp1252", moji(ZH), ZH),
    ("ja cp1252", moji(JA), JA),
    ("ar cp1252", moji(AR), AR),
    ("he cp1252", moji(HE), HE),
    ("hi cp1252", moji(HI), HI),
    ("emoji cp1252", moji(EMOJI), EMOJI),
    ("de cp437", moji(DE, "cp437"), DE),
    ("emoji mac-roman", moji(EMOJI, "mac_roman"), EMOJI),
    ("fr mac-roman", moji(FR, "mac_roman"), FR),
    ("fr twice cp1252", twice(FR), FR),
    ("pt twice cp1252", twice(PT), PT),
    ("en curly quotes and dashes cp1252", moji(EN_Q), EN_Q),
    ("en curly quotes latin-1", moji(EN_Q, "latin-1"), EN_Q),
    ("es one damaged word", in_word(ES, "niño", moji("niño")), ES),
    ("de one damaged word", in_word(DE, "Brücke", moji("Brücke")), DE),
    ("ru cp1251 then cp1252", moji(moji(RU, "cp1251")), RU),
    ("pl cp1250 one word", in_word(PL, "Łukasz", moji("Łukasz", "cp1250")), PL),
    ("emoji only cp1252 in correct French", in_word("Bravo à toute l’équipe 👏 pour ce résultat.", "👏", moji("👏")),
     "Bravo à toute l’équipe 👏 pour ce résultat."),
    ("uk cp1251", moji("Київ — столиця України, там живуть мільйони людей.", "cp1251"),
     "Київ — столиця України, там живуть мільйони людей."),
    ("tr cp1254", moji(TR, "cp1254"), TR),
    ("lt cp1257", moji("Lietuvių kalba yra viena seniausių kalbų.", "cp1257"), "Lietuvių kalba yra viena seniausių kalbų."),
    ("hu iso-8859-2", moji("Árvíztűrő tükörfúrógép, mondta Ödön.", "iso8859_2"), "Árvíztűrő tükörfúrógép, mondta Ödön."),
    ("el cp1253", moji(EL, "cp1253"), EL),
    ("fr three layers cp1252", twice(moji("Noël à l’hôtel", "cp1252")), "Noël à l’hôtel"),
    ("fr cp1252, no-break spaces lost to spaces", moji("Il a dit : « à bientôt » à sa sœur.").replace("\u00a0", " "),
     "Il a dit : « à bientôt » à sa sœur."),
    ("emoji with skin tone cp1252", moji("Well done 👍🏽 team!"), "Well done 👍🏽 team!"),
    ("curly quotes only, cp1252, sloppy (undefined byte dropped)", moji("“Hello,” she said.").replace("\u009d", ""),
     "“Hello,” she said."),
    ("one word cp1252 in a Czech sentence", in_word(CS, "žluťoučký", moji("žluťoučký")), CS),
    ("ko cp1252", moji("한국어 텍스트입니다."), "한국어 텍스트입니다."),
    ("th cp1252", moji("ภาษาไทยเป็นภาษาที่สวยงาม"), "ภาษาไทยเป็นภาษาที่สวยงาม"),
    # entity and escape residue
    ("double-escaped named entity", "Le caf&amp;eacute; est ouvert le dimanche.", "Le café est ouvert le dimanche."),
    ("double-escaped numeric entity", "It&amp;#8217;s the best time of year.", "It’s the best time of year."),
    ("numeric entity without ';'", "Le caf&#233 est ouvert tous les jours.", "Le café est ouvert tous les jours."),
    ("decimal entities without ';' before letters", "Die Br&#252cke und die Stra&#223e sind neu.", "Die Brücke und die Straße sind neu."),
    ("percent-encoded UTF-8 in prose", "Nous habitons à S%C3%A3o Paulo depuis deux ans.", "Nous habitons à São Paulo depuis deux ans."),
    ("JSON \\u escapes", "Er wohnt in M\\u00fcnchen seit 2010.", "Er wohnt in München seit 2010."),
    ("JSON surrogate pair escaped", "Thanks everyone \\ud83d\\ude00 see you next week.", "Thanks everyone 😀 see you next week."),
    # invisible debris
    ("zero-width space inside a word", "The inter\u200bnational conference starts today.", "The international conference starts today."),
    ("ZWJ between Latin letters", "Le gou\u200dvernement a annoncé la réforme.", "Le gouvernement a annoncé la réforme."),
    ("soft hyphen inside a word", "Die Donau\u00addampf\u00adschiff\u00adfahrt ist alt.", "Die Donaudampfschifffahrt ist alt."),
    ("bidi controls in Latin text", "Price: \u202a100 EUR\u202c per night, \u200eincluded.", "Price: 100 EUR per night, included."),
    ("BOM in the middle", "First sentence.\ufeffSecond sentence follows here.", "First sentence.Second sentence follows here."),
    ("word joiner inside a word", "Wiki\u2060pedia is a free encyclopedia.", "Wikipedia is a free encyclopedia."),
    # odd spaces (collapsed to U+0020; a space before French punctuation stays)
    ("NBSP and thin space", "Il coûte 10\u00a0€ et pèse 3\u2009kg.", "Il coûte 10 € et pèse 3 kg."),
    ("en and em spaces", "Chapter\u20021\u2003The beginning.", "Chapter 1 The beginning."),
    ("narrow NBSP before French punctuation", "Bonjour\u202f! Ça va\u202f? Oui\u202f; très bien\u202f: merci.", "Bonjour ! Ça va ? Oui ; très bien : merci."),
    ("ideographic space between Latin words", "Hello\u3000world, this is a test.", "Hello world, this is a test."),
    # normalization
    ("decomposed accents (NFD)", "Le cafe\u0301 de la rue des E\u0301coles.", "Le café de la rue des Écoles."),
    ("decomposed Vietnamese", "Tie\u0302\u0301ng Vie\u0323\u0302t", "Tiếng Việt"),
    ("Latin ligatures fi fl", "The ﬁrst ﬂight was ofﬁcially delayed.", "The first flight was officially delayed."),
    ("Private-Use icon glyphs", "\uf099 Follow us on social media \uf09a today.", "Follow us on social media today."),
]

lookalikes = [
    ("pt capitals SÃO PAULO", "A cidade de SÃO PAULO é enorme."),
    ("pt IRMÃ before quote", "Ela disse “IRMÃ” em voz alta."),
    ("pt NÃO É VERDADE", "NÃO É VERDADE, DISSE ELE."),
    ("pt CORAÇÃO", "O CORAÇÃO DA NAÇÃO BATE FORTE."),
    ("vi NGÃ", "Dấu NGÃ được viết là Ã trong chữ cái."),
    ("ro capitals with Â and Î", "ÎNVĂȚĂMÂNTUL ÎN ROMÂNIA ESTE GRATUIT."),
    ("hu ő ű", "Árvíztűrő tükörfúrógép, mondta Ödön és Éva."),
    ("is Þ ð", "Þetta er íslenska: það er gott veður í dag."),
    ("cy ŵ ŷ", "Mae'r dŵr yn y tŷ yn oer iawn."),
    ("tr ı İ", "İSTANBUL ve Iğdır; ılık bir gün."),
    ("math symbols", "For all ε > 0 there is δ with |x − y| ≤ δ ⇒ ∑ x² ≠ ∞."),
    ("ZWJ emoji family", "Our family 👨‍👩‍👧‍👦 and a rainbow flag 🏳️‍🌈."),
    ("ZWNJ in Persian", "من می‌خواهم کتاب‌ها را بخوانم."),
    ("Greek with Latin", "The word λόγος means word, and Ελλάδα is Greece."),
    ("Cyrillic with Latin", "The Russian word Москва is Moscow in English."),
    ("currency signs", "Prices: €10, £8, ¥1200, ₹500, ₺75, ₩9000, ¢50."),
    ("da ØRESUND", "BROEN OVER ØRESUND ÅBNEDE I ÅR 2000."),
    ("fr capitals À Ç", "À PARIS, ÇA SE PASSE AU PALAIS ÉLYSÉE."),
    ("es ¿¡", "¿Qué tal? ¡Muy bien, señor Núñez!"),
    ("pl ŁÓDŹ", "MIASTO ŁÓDŹ LEŻY W POLSCE."),
    ("cs ČR", "ČESKÁ REPUBLIKA (ČR) MÁ ŘEKY."),
    ("signs ×°½™", "A 3×4 room at 21°C costs ½ price™ today."),
    ("et Õ", "ÕUNAD JA PÕLD ON ILUSAD."),
    ("fr naïve", "Une question naïve sur Noël à l’hôtel."),
    ("ja full-width Latin (kept under NFC)", "ＡＢＣ社の新製品は２０２６年に発売。"),
    ("de capitals ÄÖÜ", "ÄRGER ÜBER ÖL UND GRÜßE."),
    ("sk Ľ", "ĽUDIA Z ĽUBOVNE SÚ ŠŤASTNÍ."),
    ("lv ņ ķ", "Ķekava un Liepāja ir pilsētas Latvijā."),
    ("Hebrew", "שלום לכולם, ברוכים הבאים."),
    ("Arabic", "مرحبا بكم في موقعنا."),
    ("Hindi", "भारत एक विशाल देश है।"),
    ("Chinese", "我们今天去北京参观博物馆。"),
    ("Portuguese Ã alone in a list", "As vogais nasais são Ã e Õ em português."),
    ("percent-encoding inside a URL", "Voir https://pt.wikipedia.org/wiki/S%C3%A3o_Paulo pour plus."),
    ("percent signs in prose", "Sales rose 50% in May and margins reached 12%, up from 9%."),
    ("a \\u escape named alone in a text about JSON", "In JSON the escape \\u00e9 stands for é."),
    ("a Windows path", "The file is in C:\\Users\\admin\\Documents by default."),
    ("an entity-like number", "He finished &#1 in the race, then R&D took over."),
]

print("// Damaged: name, input, expected")
for name, d, e in damaged:
    print("    {%s,\n     %s,\n     %s}," % (lit(name), lit(d), lit(e)))
print("// Look-alikes")
for name, s in lookalikes:
    print("    {%s, %s}," % (lit(name), lit(s)))
print(len(damaged), len(lookalikes))
