"""Texts and noise templates of gen_noise_round62.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (nb eo ku ht mi tt ug yi bo or jv oc), each article with two
section headings and a three-item list; promo, garbage and residue shapes of their own (see gen_noise_round62.py)."""


def A(lang, title, heads, items, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "items": list(items), "paras": list(paras)}


ARTICLES = [
    A("nb", "Reparasjonskafeen på biblioteket fyller fem år", ("Slik begynte det", "Hva skjer videre"),
      ("Sykler og barnevogner", "Lamper og kaffetraktere", "Klær med ødelagte glidelåser"),
      "Hver første lørdag i måneden fylles kjelleren under biblioteket med folk som bærer på ødelagte ting.",
      "Ideen kom fra en pensjonert elektriker som syntes det var trist å se brødristere havne på fyllinga.",
      "Det første året kom det knapt ti besøkende, men ryktet spredte seg raskt gjennom skolene i bydelen.",
      "I dag stiller femten frivillige med verktøy, loddebolter og symaskiner, og køen starter før døra åpner.",
      "Arrangørene fører en enkel logg over alt som blir reparert, og i fjor ble over seks hundre gjenstander reddet.",
      "Til våren håper de å få et eget verksted i den gamle brannstasjonen, slik at kafeen kan holde åpent hver uke."),
    A("eo", "Vilaĝa observatorio malfermiĝas al ĉiuj", ("La komenco", "Estontaj planoj"),
      ("Teleskopo kun spegulo de tridek centimetroj", "Malgranda kunvenejo kun varma teo", "Libroj pri astronomio por infanoj"),
      "En malgranda vilaĝo apud la montaro grupo de amatoroj transformis malnovan akvoturon en observatorion.",
      "Ili kolektis monon dum du jaroj per koncertoj, bakaĵoj kaj donacoj de najbaroj.",
      "La kupolon konstruis loka forĝisto, kiu neniam antaŭe vidis teleskopon de proksime.",
      "Nun ĉiun vendredon vespere la pordo estas malfermita, kaj vizitantoj povas rigardi Saturnon kaj la Lunon.",
      "Lernejanoj el la tuta regiono venas kun siaj instruistoj por lerni la nomojn de la steloj.",
      "Venontjare la grupo volas aranĝi someran tendaron por junaj ŝatantoj de la ĉielo."),
    A("ku", "Li gund mêşvaniya hingivê ji nû ve dest pê kir", ("Destpêk", "Planên pêşerojê"),
      ("Kewarên darîn ên kevneşopî", "Gulên çiyayî li dora gund", "Kursên belaş ji bo ciwanan"),
      "Li gundekî biçûk ê li ber çiyayan, gundiyan piştî bîst salan mêşvaniya hingivê dîsa zindî kir.",
      "Fikir ji mamosteyekî dibistanê hat, yê ku dixwest zarok xwezayê ji nêz ve nas bikin.",
      "Di biharê de ciwanan kewarên kevn paqij kirin û li ser girê rojhilatî danîn.",
      "Havînê yekem hingiv hat berhevkirin û hemû gund li meydanê cejnek biçûk li dar xist.",
      "Niha her hefte zarok diçin cem kewaran û di defterekê de tiştên ku dibînin dinivîsin.",
      "Sala bê gund dixwaze dikaneke biçûk veke da ku hingiv li bajêr were firotin."),
    A("ht", "Yon jaden kominotè chanje lavi yon katye nan Jakmèl", ("Kòmansman", "Pwochen etap yo"),
      ("Bannann ak pwa", "Plant medsinal", "Pyebwa mango pou lonbraj"),
      "Nan yon ti katye sou wout lanmè a, vwazen yo te netwaye yon teren ki te plen fatra depi plizyè ane.",
      "Se yon gwoup fanm ki te lanse lide a apre yon reyinyon legliz yon dimanch apremidi.",
      "Jèn yo te pote wouze, pikwa ak semans, epi chak fanmi te pran responsablite yon ti bann tè.",
      "Apre premye sezon lapli a, jaden an te bay ase legim pou plizyè kantin lekòl nan zòn nan.",
      "Kounye a chak samdi maten timoun yo vin aprann kijan pou fè konpòs ak fèy sèch.",
      "Ane pwochèn, gwoup la vle bati yon ti rezèvwa pou kenbe dlo lapli pandan sezon sèk la."),
    A("mi", "Ka whakatūwherahia he māra kai hou ki te kura", ("Te tīmatanga", "Ngā mahere mō āpōpō"),
      ("Kūmara me te rīwai", "Ngā rākau hua", "He whare pātītī mō ngā taputapu"),
      "I tētahi kura iti i te taha o te awa, i whakatūria e ngā tamariki me ō rātou whānau he māra kai hou.",
      "Nā tētahi kuia o te hapori te whakaaro, nāna i ako ngā tamariki ki ngā tikanga o te whakatō.",
      "I te raumati ka keria e ngā mātua te whenua, ka hangaia he taiepa rākau hei tiaki i ngā tupu.",
      "I te ngahuru ka hauhakea te kūmara tuatahi, ā, i tunua he hākari mō te katoa o te hapori.",
      "Ināianei, ia Rāmere ka haere ngā tamariki ki te māra ki te tuhi i ngā tupu ki roto i ā rātou pukapuka.",
      "Ā tērā tau e hiahia ana te kura ki te hanga i tētahi pātaka wai hei kohikohi i te wai ua."),
    A("tt", "Авылда умартачылык яңадан торгызылды", ("Башлангыч", "Киләчәк планнар"),
      ("Агач умарталар", "Җүкә һәм карабодай басулары", "Яшьләр өчен түләүсез дәресләр"),
      "Кама буендагы кечкенә авылда яшьләр егерме ел буе ташландык булган умарталыкны яңадан торгыздылар.",
      "Бу фикер мәктәпнең биология укытучысыннан чыкты, ул балаларга табигатьне якынрак күрсәтергә теләде.",
      "Язын яшьләр иске умарталарны чистартып, аларны урман читендәге аланга урнаштырдылар.",
      "Җәй азагында беренче бал җыелды һәм бөтен авыл мәчет янында кечкенә бәйрәм уздырды.",
      "Хәзер һәр атна саен балалар умарталар янына барып, күргәннәрен махсус дәфтәргә язалар.",
      "Киләсе елда авыл советы шәһәрдә бал сату өчен кечкенә кибет ачарга уйлый."),
    A("ug", "يېزىدىكى كونا كۆل قايتىدىن جانلاندى", ("باشلىنىش", "كېلەچەك پىلانلار"),
      ("تېرەك ۋە سۆگەت كۆچەتلىرى", "بېلىق بېقىش ئورنى", "بالىلار ئۈچۈن ئوقۇش بۇلۇڭى"),
      "تارىم ۋادىسىدىكى كىچىك بىر يېزىدا ئاھالىلەر ئون نەچچە يىل قۇرۇپ ياتقان كونا كۆلنى تازىلىدى.",
      "بۇ پىكىرنى يېزا مەكتىپىنىڭ بىر ئوقۇتقۇچىسى ئوتتۇرىغا قويدى.",
      "ياشلار باھاردا لايلارنى چىقىرىپ، كۆلنىڭ ئەتراپىغا دەرەخ كۆچەتلىرىنى تىكتى.",
      "كۈزدە كۆلگە قايتىدىن سۇ تولدى ۋە پۈتۈن يېزا كىچىك بىر بايرام ئۆتكۈزدى.",
      "ھازىر ھەر ھەپتە بالىلار كۆل بويىغا كېلىپ سۇنىڭ سەۋىيىسىنى ئۆلچەيدۇ.",
      "كېلەر يىلى يېزا كۆل يېنىدا كىچىك بىر كۇتۇپخانا ئېچىشنى پىلانلىماقتا."),
    A("yi", "א נײַער קהלשער גאָרטן אין שטעטל", ("דער אָנהייב", "פּלענער אויף װײַטער"),
      ("פּאַמידאָרן און אוגערקעס", "עפּלבײמער", "אַ קלײנע שטיבל פֿאַר די מכשירים"),
      "אין אַ קלײן שטעטל בײַם טײַך האָבן די שכנים אױסגערײניקט אַ פּוסטן פּלאַץ הינטער דער אַלטער שול.",
      "דער געדאַנק איז געקומען פֿון אַ לערערין װאָס האָט געװאָלט אַז די קינדער זאָלן לערנען װעגן דער נאַטור.",
      "אין פֿרילינג האָבן די יונגע לײַט אױסגעגראָבן די ערד און אַרומגעשטעלט אַ הילצערנעם פּלױט.",
      "נאָך דעם ערשטן זומער האָט דער גאָרטן געגעבן גענוג גרינסן פֿאַר עטלעכע משפּחות.",
      "איצט קומען די קינדער יעדן זונטיק און שרײַבן אין אַ העפֿט װאָס זײ זעען אין גאָרטן.",
      "קומענדיק יאָר װיל די קהילה בױען אַ פֿאַס צו זאַמלען רעגנװאַסער."),
    A("bo", "གྲོང་གསེབ་ཏུ་སློབ་ཕྲུག་ཚོས་ལྗོངས་ཤིང་འདེབས་པ།", ("འགོ་འཛུགས།", "མ་འོངས་པའི་འཆར་གཞི།"),
      ("སྒྲོ་མ་དང་ལྕང་མ།", "སྨན་རྩི་ཤིང་།", "ཆུ་འཐུང་ས་ཆུང་ཆུང་།"),
      "ཡུལ་ལུང་ཆུང་ཆུང་ཞིག་ཏུ་སློབ་ཕྲུག་ཚོས་རི་འགྲམ་དུ་ལྗོངས་ཤིང་བརྒྱ་ལྷག་བཏབ་པ་རེད།",
      "བསམ་ཚུལ་འདི་སློབ་དགེ་རྒན་མོ་ཞིག་གིས་བཏོན་པ་ཡིན་ལ་ཁོ་མོས་ཕྲུ་གུ་ཚོར་རང་བྱུང་ཁམས་ཀྱི་གལ་ཆེ་བ་སློབ་འདོད་ཡོད།",
      "དཔྱིད་ཁར་ཕ་མ་ཚོས་ས་བརྐོས་ནས་ཤིང་ཕྲན་གྱི་མཐའ་སྐོར་དུ་ར་བ་བསྐོར་བ་རེད།",
      "སྟོན་ཁར་ཤིང་ཕྲན་མང་པོ་སྐྱེས་ནས་གྲོང་གསེབ་ཡོངས་ཀྱིས་དགའ་སྟོན་ཆུང་ཆུང་ཞིག་བསྐྱངས།",
      "ད་ལྟ་གཟའ་འཁོར་རེ་རེར་སློབ་ཕྲུག་ཚོ་ཤིང་ཕྲན་གྱི་འགྲམ་དུ་ཕྱིན་ནས་ཟིན་ཐོ་འགོད་ཀྱི་ཡོད།",
      "ལོ་རྗེས་མར་གྲོང་གསེབ་ཀྱིས་ཆུ་རྫིང་ཆུང་ཆུང་ཞིག་བཟོ་རྒྱུའི་འཆར་གཞི་ཡོད།"),
    A("or", "ଗାଁର ପୁରୁଣା ପୋଖରୀ ପୁଣି ଜୀବନ୍ତ ହେଲା", ("ଆରମ୍ଭ", "ଆଗାମୀ ଯୋଜନା"),
      ("ନଡ଼ିଆ ଓ ଆମ୍ବ ଗଛ", "ମାଛ ଚାଷ ପାଇଁ ଛୋଟ ଘେରି", "ପିଲାଙ୍କ ପାଇଁ ପଢ଼ା କୋଣ"),
      "ମହାନଦୀ କୂଳର ଏକ ଛୋଟ ଗାଁରେ ଲୋକମାନେ ମିଳିମିଶି ବହୁ ବର୍ଷ ଧରି ଶୁଖିଲା ପଡ଼ିଥିବା ପୋଖରୀକୁ ସଫା କଲେ।",
      "ଏହି ଚିନ୍ତା ଗାଁ ସ୍କୁଲର ଜଣେ ଶିକ୍ଷୟିତ୍ରୀଙ୍କଠାରୁ ଆସିଥିଲା, ଯିଏ ପିଲାଙ୍କୁ ପାଣିର ମୂଲ୍ୟ ଶିଖାଇବାକୁ ଚାହୁଁଥିଲେ।",
      "ଖରାଦିନେ ଯୁବକମାନେ କାଦୁଅ କାଢ଼ିଲେ ଏବଂ ପୋଖରୀ ଚାରିପଟେ ଗଛ ଲଗାଇଲେ।",
      "ବର୍ଷା ପରେ ପୋଖରୀରେ ପୁଣି ସଫା ପାଣି ଆସିଲା ଏବଂ ସାରା ଗାଁ ଏକ ଛୋଟ ଉତ୍ସବ ପାଳିଲା।",
      "ଏବେ ପ୍ରତି ରବିବାର ପିଲାମାନେ ପୋଖରୀ କୂଳରେ ଜମା ହୋଇ ପାଣିର ସ୍ତର ମାପନ୍ତି।",
      "ଆସନ୍ତା ବର୍ଷ ଗ୍ରାମ ପଞ୍ଚାୟତ ପୋଖରୀ ପାଖରେ ଏକ ଛୋଟ ପାଠାଗାର ଖୋଲିବାକୁ ଯୋଜନା କରୁଛି।"),
    A("jv", "Warga desa ndandani kali sing wis suwe reged", ("Wiwitane", "Rencana sabanjure"),
      ("Wit pring ing pinggir kali", "Papan kanggo ngumbah", "Pojok maca kanggo bocah"),
      "Ing sawijining desa cilik ing sikile gunung, warga padha gotong royong ngresiki kali sing wis suwe kebak sampah.",
      "Gagasan iki asale saka sawijining guru SD sing kepengin bocah-bocah sinau bab banyu resik.",
      "Nalika mangsa ketiga, para nom-noman ngangkati lendhut lan nandur wit pring ing pinggir kali.",
      "Sawise mangsa rendheng, banyune bali bening lan iwak-iwak cilik katon maneh ing sangisore kreteg.",
      "Saiki saben dina Minggu bocah-bocah padha teka ing kali kanggo nyathet dhuwure banyu ing buku.",
      "Taun ngarep desa arep mbangun gubug cilik kanggo pojok maca ing cedhak kreteg."),
    A("oc", "Un òrt partejat al còr del vilatge", ("Lo començament", "Los projèctes a venir"),
      ("Tomatas e cosas", "Erbas medicinalas", "Una cabana per las aisinas"),
      "Dins un pichon vilatge de las Cevenas, los vesins an netejat un terren abandonat darrièr la glèisa.",
      "L'idèa venguèt d'una regenta de l'escòla que voliá que los enfants aprenguèsson a far créisser de legums.",
      "A la prima, los joves trabalhèron la tèrra e bastiguèron una randa de fusta a l'entorn de l'òrt.",
      "Après lo primièr estiu, l'òrt donèt pro de legums per la cantina e per mantuna familha.",
      "Ara cada dissabte los enfants venon a l'òrt e notan dins un quasernet tot çò que veson créisser.",
      "L'an que ven, lo vilatge vòl bastir una cisterna per recampar l'aiga de pluèja."),
]

# promo: (text, call to action) per language, "en" as fallback
REFERRAL = {
    "en": ("Invite a friend and you both get a month of Premium for free", "Copy your invite link"),
    "nb": ("Inviter en venn, så får dere begge en måned Premium gratis", "Kopier invitasjonslenken"),
    "eo": ("Invitu amikon kaj vi ambaŭ ricevos monaton da Premium senpage", "Kopiu vian invitligilon"),
    "oc": ("Convidatz un amic e recebretz totes dos un mes de Premium a gratis", "Copiatz vòstre ligam"),
}
CROWDFUND = {
    "en": ("Help us print the second edition: 73% funded, 9 days to go", "Back this project"),
    "nb": ("Hjelp oss å trykke andre opplag: 73 % finansiert, 9 dager igjen", "Støtt prosjektet"),
    "ht": ("Ede nou enprime dezyèm edisyon an: 73% finanse, 9 jou ki rete", "Sipòte pwojè a"),
    "jv": ("Bantu kita nyithak edisi kapindho: 73% wis kumpul, kari 9 dina", "Dhukung proyek iki"),
}
CHATBOT = {
    "en": ("Hi there! Got a question? Our team usually replies within minutes", "Start chat"),
    "eo": ("Saluton! Ĉu vi havas demandon? Nia teamo kutime respondas post kelkaj minutoj", "Komenci babilon"),
    "ht": ("Bonjou! Ou gen yon kesyon? Ekip nou an reponn anvan kèk minit", "Kòmanse chat"),
    "mi": ("Kia ora! He pātai tāu? Ka whakautu wawe mai tā mātou rōpū", "Tīmata kōrerorero"),
}
UPGRADE = {
    "en": ("You have reached the free limit. Upgrade to Pro for unlimited downloads", "Upgrade now"),
    "nb": ("Du har nådd grensen for gratisbrukere. Oppgrader til Pro for ubegrenset nedlasting", "Oppgrader nå"),
    "oc": ("Avètz atench lo limit gratuit. Passatz a Pro per de telecargaments sens limit", "Passar a Pro"),
}
AWARDS = {
    "en": ("We are nominated for Community Site of the Year. Every vote counts!", "Vote for us"),
    "ku": ("Em ji bo Malpera Civakî ya Salê hatin namzedkirin. Her deng girîng e!", "Dengê xwe bide me"),
    "jv": ("Kita dicalonake dadi Situs Komunitas Taun Iki. Saben swara penting!", "Pilih kita"),
}
GIFTCARD = {
    "en": ("Not sure what to give? Our gift cards never expire", "Buy a gift card"),
    "nb": ("Usikker på hva du skal gi? Gavekortene våre utløper aldri", "Kjøp gavekort"),
    "ht": ("Ou pa konn sa pou w bay? Kat kado nou yo pa janm ekspire", "Achte yon kat kado"),
}

# residue labels
SENT_FROM = {"en": "Sent from my iPhone", "nb": "Sendt fra min iPhone", "eo": "Sendita el mia poŝtelefono",
             "oc": "Mandat dempuèi mon iPhone", "ht": "Voye soti nan iPhone mwen"}
CLIPPED = {"en": "[Message clipped]  View entire message"}
FORWARDED = {"en": "Forwarded from {ch}", "nb": "Videresendt fra {ch}", "tt": "{ch} каналыннан җибәрелде"}
PINNED = {"en": "📌 Pinned message", "nb": "📌 Festet melding"}
VIEWS = "👁 {k}K"
HELPFUL = {"en": "Was this page helpful? Yes / No", "nb": "Var denne siden nyttig? Ja / Nei",
           "eo": "Ĉu ĉi tiu paĝo estis utila? Jes / Ne", "oc": "Aquesta pagina vos es estada utila? Òc / Non"}
REPORT = {"en": "Report abuse", "nb": "Rapporter misbruk", "eo": "Raporti misuzon"}
SHOWMORE = {"en": "Show more ▾", "nb": "Vis mer ▾", "eo": "Montri pli ▾", "ht": "Wè plis ▾", "jv": "Tampilake liyane ▾"}
TRANSLATED = {"en": "Automatically translated · Show original", "nb": "Automatisk oversatt · Vis original",
              "oc": "Traduch automaticament · Veire l'original"}
EDITED = {"en": "Last edited by {u}; edited {k} times in total", "nb": "Sist redigert av {u}; redigert {k} ganger totalt"}
COMPLETE = {"en": "Mark as complete ✓", "nb": "Merk som fullført ✓", "eo": "Marki kiel finita ✓"}
CHANNELS = ["Dorfnotizen", "grendaposten", "Kanal Verda", "lokal_nytt"]
USERS = ["moderator", "admin_ola", "sysop", "gardener42"]


def _nmea(rng):
    return "$GPGGA,%02d%02d%02d.00,5%03d.%04d,N,0%02d%02d.%04d,E,1,08,0.9,%d.0,M,46.9,M,,*4%d" % (
        rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(100, 999), rng.randrange(9999),
        rng.randrange(10, 99), rng.randrange(60), rng.randrange(9999), rng.randrange(10, 900), rng.randrange(10))


GARBAGE = [
    ("bbcode", lambda r: '[quote="%s"][b]%d[/b][/quote] [url=https://forum.example/t%d]link[/url]' % (r.choice(USERS), r.randrange(99), r.randrange(9999))),
    ("wikitext", lambda r: "{{Infobox settlement|name=%s|population_total=%d|coordinates={{coord|%d|N}}}}" % (r.choice(CHANNELS), r.randrange(200, 9000), r.randrange(10, 70))),
    ("rtf", lambda r: r"{\rtf1\ansi\ansicpg1252\deff0 {\fonttbl{\f0\fswiss Calibri;}}\viewkind4\uc1\pard\f0\fs%d " % (r.randrange(18, 28))),
    ("vcard", lambda r: "BEGIN:VCARD VERSION:3.0 FN:Contact %d TEL;TYPE=CELL:+47-555-%04d END:VCARD" % (r.randrange(99), r.randrange(9999))),
    ("ical", lambda r: "BEGIN:VEVENT DTSTART:202612%02dT%02d0000Z DTEND:202612%02dT%02d3000Z RRULE:FREQ=WEEKLY;BYDAY=SA END:VEVENT" % (r.randrange(1, 28), r.randrange(8, 18), r.randrange(1, 28), r.randrange(8, 18))),
    ("nmea", _nmea),
    ("gcode", lambda r: "G1 X%d.%d Y%d.%d E%d.%04d F1800 ; layer %d" % (r.randrange(200), r.randrange(10), r.randrange(200), r.randrange(10), r.randrange(9), r.randrange(9999), r.randrange(2, 300))),
    ("rst", lambda r: ".. code-block:: python   :linenos: :ref:`section-%d` :doc:`/guide/install`" % r.randrange(99)),
    ("orgmode", lambda r: "#+TITLE: notes-%d #+STARTUP: overview :PROPERTIES: :CUSTOM_ID: sec-%d :END:" % (r.randrange(99), r.randrange(99))),
    ("pgp", lambda r: "-----BEGIN PGP SIGNED MESSAGE----- Hash: SHA%d" % r.choice([256, 512])),
    ("lorem", lambda r: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt"),
    ("mermaid", lambda r: "graph TD; A[Start] --> B{Check%d}; B -->|yes| C[Done]; B -->|no| A;" % r.randrange(9)),
    ("edifact", lambda r: "UNH+%d+ORDERS:D:96A:UN' BGM+220+PO%05d+9' DTM+137:20261207:102'" % (r.randrange(1, 99), r.randrange(99999))),
    ("abc", lambda r: "X:%d T:Reel K:G |:GABc dedB|dedB dedB|c2ec B2dB|c2A2 A2BA:|" % r.randrange(1, 40)),
    ("pgn", lambda r: '[Event "Club Open %d"] 1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6' % r.randrange(1990, 2026)),
]
