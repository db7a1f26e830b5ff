"""Texts and noise templates of gen_noise_round61.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (nl sv da sl bg ar gu pa kn af gl lo), each article with two
section headings and a three-item list; promo, garbage, Unicode and residue shapes of their own (see
gen_noise_round61.py)."""


def A(lang, title, heads, items, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "items": list(items), "paras": list(paras)}


ARTICLES = [
    A("nl", "Vrijwilligers redden de oude watermolen aan de Dommel", ("Het begin", "Wat er nog moet gebeuren"),
      ("Nieuwe schoepen van eikenhout", "Een café voor wandelaars", "Rondleidingen voor scholen"),
      "Al twaalf jaar stond de watermolen aan de Dommel stil, tot een groep buurtbewoners besloot dat het genoeg was geweest.",
      "De coördinator van het project, een gepensioneerde timmerman, tekende zelf de plannen voor het nieuwe rad.",
      "Elke zaterdag kwamen tussen de tien en twintig vrijwilligers samen om hout te zagen en ijzerwerk te schuren.",
      "De gemeente droeg een deel van de kosten, maar het meeste geld kwam uit een inzameling in de eigen buurt.",
      "Volgend voorjaar moet het rad weer draaien, zodat de molen opnieuw meel kan malen voor de bakker in het dorp.",
      "Wie wil helpen, is welkom: er is nog genoeg te doen, van schilderwerk tot het bijhouden van de moestuin naast de molen."),
    A("sv", "Skärgårdens sista postbåt får ny besättning", ("Bakgrund", "Framtiden"),
      ("Tre turer i veckan året runt", "Plats för cyklar och kajaker", "Kaffe ombord under vintern"),
      "Varje morgon klockan sju lägger postbåten ut från bryggan i Stavsnäs med brev, paket och matvaror till öarna.",
      "I fyrtio år har samma skeppare kört rutten, men i våras gick han i pension och lämnade över rodret.",
      "Den nya besättningen består av två syskon som själva växte upp på en av de yttersta öarna.",
      "De vill behålla det gamla schemat men också ta med turister under sommarmånaderna för att klara ekonomin.",
      "Öborna är nöjda så länge båten kommer i tid och tidningen ligger i brevlådan före lunch.",
      "Kommunen har lovat stöd i tre år till, och sedan ska man utvärdera om trafiken kan bära sig själv."),
    A("da", "Bibliotekets frøbank vokser hvert forår", ("Sådan begyndte det", "Næste skridt"),
      ("Lån frø i april", "Aflever nye frø i september", "Kurser om såning og høst"),
      "På biblioteket i Fåborg kan man nu låne frø på samme måde som man låner bøger, og ordningen bliver mere populær for hvert år.",
      "Idéen kom fra en bibliotekar, der selv dyrker gamle tomatsorter i sin kolonihave uden for byen.",
      "Lånerne tager frøene med hjem, sår dem og afleverer en del af høstens frø igen om efteråret.",
      "I år er der over tre hundrede forskellige sorter i de små skuffer, fra bønner til sjældne blomster.",
      "Biblioteket samarbejder med den lokale haveforening, som hjælper med at sortere og tørre frøene.",
      "Næste år håber man at kunne åbne en lille fælleshave bag bygningen, hvor børn kan lære at så."),
    A("sl", "Vaška šola dobila novo knjižnico v podstrešju", ("Začetek", "Načrti"),
      ("Več kot dva tisoč knjig", "Bralni kotiček za najmlajše", "Ure pravljic ob petkih"),
      "V majhni vasi pod Pohorjem so starši in učitelji skupaj preuredili podstrešje stare šole v svetlo knjižnico.",
      "Delo je trajalo celo poletje, saj so morali najprej zamenjati strešna okna in položiti nov lesen pod.",
      "Knjige so podarili prebivalci vasi, nekaj pa jih je prispevala tudi mestna knjižnica iz Maribora.",
      "Učenci zdaj med odmori radi sedijo na blazinah pod poševnim stropom in berejo stripe ter pravljice.",
      "Ravnateljica pravi, da so otroci začeli več brati tudi doma, kar je največja nagrada za ves trud.",
      "Prihodnje leto želijo v knjižnici urediti še majhen kotiček z računalniki za starejše učence."),
    A("bg", "Старата гара в селото стана читалище", ("Началото", "Какво предстои"),
      ("Библиотека с над хиляда книги", "Уроци по народни танци", "Работилница за деца през лятото"),
      "Жп гарата в селото беше затворена от години, когато група млади хора реши да ѝ даде нов живот.",
      "С помощта на общината те ремонтираха покрива, смениха прозорците и боядисаха стените в светли цветове.",
      "Възрастните жители донесоха стари снимки, които сега са подредени в малка изложба в чакалнята.",
      "Всяка събота в бившата касова зала се събират деца, за да учат народни танци и песни.",
      "През лятото читалището организира работилници по рисуване и дърворезба за децата от околността.",
      "Догодина младежите искат да открият и малко кафене на перона за туристите, които минават с велосипеди."),
    A("ar", "حديقة على سطح مدرسة في عمّان", ("البداية", "الخطوات القادمة"),
      ("أحواض من الخشب المعاد تدويره", "نظام ري بالتنقيط", "سوق صغير للخضار كل خميس"),
      "حوّل طلاب مدرسة ثانوية في عمّان سطح المبنى إلى حديقة خضراء يزرعون فيها الخضار والأعشاب.",
      "بدأت الفكرة عندما لاحظت معلمة العلوم أن الطلاب لا يعرفون كيف تنمو النباتات التي يأكلونها كل يوم.",
      "جمع الطلاب صناديق خشبية قديمة من السوق وصنعوا منها أحواضًا وملأوها بالتربة والسماد.",
      "يتناوب الطلاب على سقي النباتات في الصباح الباكر قبل أن تشتد حرارة الشمس.",
      "في نهاية الفصل الدراسي قطفوا أول محصول من الطماطم والنعناع وشاركوه مع عائلاتهم.",
      "تأمل المدرسة أن تنتقل الفكرة إلى مدارس أخرى في الحي خلال العام القادم."),
    A("gu", "ગામના તળાવને મળ્યું નવું જીવન", ("શરૂઆત", "આગળની યોજના"),
      ("તળાવની આસપાસ વૃક્ષારોપણ", "બાળકો માટે પક્ષી નિરીક્ષણ", "દર મહિને સફાઈ અભિયાન"),
      "કચ્છના એક નાના ગામમાં લોકોએ સાથે મળીને વર્ષોથી સુકાઈ ગયેલા તળાવને ફરી ઊંડું કર્યું.",
      "આ વિચાર ગામની શાળાના આચાર્યનો હતો, જેઓ બાળકોને પાણીનું મહત્વ સમજાવવા માંગતા હતા.",
      "ઉનાળામાં યુવાનોએ માટી કાઢી અને કિનારે પથ્થરના પગથિયાં બનાવ્યા.",
      "ચોમાસા પછી તળાવ પાણીથી ભરાઈ ગયું અને ગામમાં નાનો ઉત્સવ ઉજવવામાં આવ્યો.",
      "હવે શિયાળામાં દૂર દૂરથી પક્ષીઓ અહીં આવે છે અને બાળકો તેમની ગણતરી કરે છે.",
      "આવતા વર્ષે પંચાયત વરસાદનું પાણી સંગ્રહવા માટે બે નવા કૂવા બનાવશે."),
    A("pa", "ਪਿੰਡ ਦੀ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਨਵੀਂ ਰੌਣਕ", ("ਸ਼ੁਰੂਆਤ", "ਅਗਲੇ ਕਦਮ"),
      ("ਬੱਚਿਆਂ ਲਈ ਕਹਾਣੀ ਸਮਾਂ", "ਬਜ਼ੁਰਗਾਂ ਲਈ ਅਖ਼ਬਾਰ", "ਹਫ਼ਤਾਵਾਰੀ ਕਵਿਤਾ ਸਭਾ"),
      "ਮਾਲਵੇ ਦੇ ਇੱਕ ਛੋਟੇ ਪਿੰਡ ਵਿੱਚ ਨੌਜਵਾਨਾਂ ਨੇ ਪੁਰਾਣੀ ਧਰਮਸ਼ਾਲਾ ਨੂੰ ਇੱਕ ਸੋਹਣੀ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਬਦਲ ਦਿੱਤਾ ਹੈ।",
      "ਉਨ੍ਹਾਂ ਨੇ ਕੰਧਾਂ ਨੂੰ ਰੰਗ ਕੀਤਾ, ਲੱਕੜ ਦੀਆਂ ਅਲਮਾਰੀਆਂ ਬਣਾਈਆਂ ਅਤੇ ਬਿਜਲੀ ਦਾ ਪ੍ਰਬੰਧ ਕੀਤਾ।",
      "ਵਿਦੇਸ਼ ਵਿੱਚ ਵਸੇ ਪਿੰਡ ਵਾਸੀਆਂ ਨੇ ਸੈਂਕੜੇ ਕਿਤਾਬਾਂ ਤੋਹਫ਼ੇ ਵਜੋਂ ਭੇਜੀਆਂ।",
      "ਹਰ ਸ਼ਾਮ ਸਕੂਲ ਤੋਂ ਬਾਅਦ ਬੱਚੇ ਇੱਥੇ ਆ ਕੇ ਕਹਾਣੀਆਂ ਪੜ੍ਹਦੇ ਹਨ।",
      "ਐਤਵਾਰ ਨੂੰ ਬਜ਼ੁਰਗ ਇਕੱਠੇ ਹੋ ਕੇ ਅਖ਼ਬਾਰ ਪੜ੍ਹਦੇ ਹਨ ਅਤੇ ਪਿੰਡ ਦੀਆਂ ਗੱਲਾਂ ਕਰਦੇ ਹਨ।",
      "ਅਗਲੇ ਸਾਲ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਦੋ ਕੰਪਿਊਟਰ ਲਗਾਉਣ ਦੀ ਯੋਜਨਾ ਹੈ।"),
    A("kn", "ಹಳ್ಳಿಯ ಶಾಲೆಗೆ ಹೊಸ ಗ್ರಂಥಾಲಯ", ("ಆರಂಭ", "ಮುಂದಿನ ಯೋಜನೆ"),
      ("ಮಕ್ಕಳಿಗೆ ಕಥಾ ಸಮಯ", "ಹಿರಿಯರಿಗೆ ಪತ್ರಿಕೆಗಳು", "ವಾರಕ್ಕೊಮ್ಮೆ ಚಿತ್ರಕಲೆ ತರಗತಿ"),
      "ಮಲೆನಾಡಿನ ಒಂದು ಸಣ್ಣ ಹಳ್ಳಿಯಲ್ಲಿ ಯುವಕರು ಸೇರಿ ಹಳೆಯ ಶಾಲಾ ಕೊಠಡಿಯನ್ನು ಗ್ರಂಥಾಲಯವಾಗಿ ಪರಿವರ್ತಿಸಿದರು.",
      "ಗೋಡೆಗಳಿಗೆ ಬಣ್ಣ ಹಚ್ಚಿ, ಮರದ ಕಪಾಟುಗಳನ್ನು ಮಾಡಿ, ಕಿಟಕಿಗಳನ್ನು ಸರಿಪಡಿಸಿದರು.",
      "ನಗರದಲ್ಲಿ ವಾಸಿಸುವ ಗ್ರಾಮಸ್ಥರು ನೂರಾರು ಪುಸ್ತಕಗಳನ್ನು ಉಡುಗೊರೆಯಾಗಿ ಕಳುಹಿಸಿದರು.",
      "ಪ್ರತಿದಿನ ಸಂಜೆ ಶಾಲೆ ಮುಗಿದ ನಂತರ ಮಕ್ಕಳು ಇಲ್ಲಿ ಬಂದು ಕಥೆ ಪುಸ್ತಕಗಳನ್ನು ಓದುತ್ತಾರೆ.",
      "ಭಾನುವಾರ ಹಿರಿಯರು ಸೇರಿ ಪತ್ರಿಕೆ ಓದುತ್ತಾರೆ ಮತ್ತು ಊರಿನ ವಿಷಯಗಳನ್ನು ಚರ್ಚಿಸುತ್ತಾರೆ.",
      "ಮುಂದಿನ ವರ್ಷ ಗ್ರಂಥಾಲಯದಲ್ಲಿ ಎರಡು ಕಂಪ್ಯೂಟರ್‌ಗಳನ್ನು ಅಳವಡಿಸುವ ಯೋಜನೆ ಇದೆ."),
    A("af", "Dorpsbakkery in die Karoo vier honderd jaar", ("Hoe dit begin het", "Wat kom"),
      ("Roosterkoek elke Saterdag", "Kursusse vir jong bakkers", "’n Klein museum agter die winkel"),
      "In ’n klein dorpie in die Karoo bak dieselfde familie al vir vier geslagte brood in ’n ou houtoond.",
      "Die huidige eienaar het die resepte by sy oupa geleer en skryf dit nou vir die eerste keer in ’n boek neer.",
      "Elke oggend om vier uur brand die oond al, en teen sesuur staan die eerste kliënte by die deur.",
      "Boere van die omliggende plase koop hier hul “plaasbrood”, en toeriste stop op pad na die kus vir ’n koppie koffie.",
      "Die bakkery gee ook opleiding aan jongmense uit die dorp wat graag self eendag ’n besigheid wil begin.",
      "Volgende jaar wil die familie ’n tweede oond bou sodat hulle meer skole in die streek van brood kan voorsien."),
    A("gl", "A vella escola da aldea volve abrir as portas", ("Como comezou", "O que vén"),
      ("Obradoiros de cestería", "Concertos de gaita os domingos", "Unha biblioteca de préstamo"),
      "Na parroquia de Santa Mariña, a escola unitaria pechada hai trinta anos converteuse nun centro social para toda a veciñanza.",
      "Os veciños reparáronlle o tellado, pintaron as paredes e recuperaron os vellos pupitres de madeira.",
      "A idea partiu dunha mestra xubilada que dera clase alí cando a aldea aínda tiña moitos nenos.",
      "Agora as fins de semana hai obradoiros de cestería, clases de gaita e xantares compartidos.",
      "Os máis novos trouxeron “wifi” e un proxector, e os venres vense películas con toda a aldea.",
      "O concello comprometeuse a axudar co mantemento durante os próximos cinco anos."),
    A("lo", "ໂຮງຮຽນບ້ານໄດ້ຫ້ອງສະໝຸດໃໝ່", ("ການເລີ່ມຕົ້ນ", "ແຜນການຕໍ່ໄປ"),
      ("ເວລາອ່ານນິທານສຳລັບເດັກ", "ໜັງສືພິມສຳລັບຜູ້ສູງອາຍຸ", "ຫ້ອງຮຽນແຕ້ມຮູບທຸກອາທິດ"),
      "ຢູ່ບ້ານນ້ອຍແຫ່ງໜຶ່ງໃກ້ແມ່ນ້ຳຂອງ ຊາວໜຸ່ມໄດ້ຮ່ວມກັນປ່ຽນຫ້ອງຮຽນເກົ່າໃຫ້ເປັນຫ້ອງສະໝຸດ.",
      "ພວກເຂົາທາສີຝາ ເຮັດຕູ້ໄມ້ ແລະ ສ້ອມແປງປ່ອງຢ້ຽມທັງໝົດ.",
      "ຊາວບ້ານທີ່ອາໄສຢູ່ໃນເມືອງໄດ້ສົ່ງປຶ້ມຫຼາຍຮ້ອຍຫົວມາເປັນຂອງຂວັນ.",
      "ທຸກໆຕອນແລງຫຼັງເລີກຮຽນ ເດັກນ້ອຍມາອ່ານປຶ້ມນິທານຢູ່ທີ່ນີ້.",
      "ວັນອາທິດ ຜູ້ເຖົ້າຜູ້ແກ່ມາອ່ານໜັງສືພິມ ແລະ ລົມກັນເລື່ອງບ້ານ.",
      "ປີໜ້າ ຄະນະກຳມະການວາງແຜນຕິດຕັ້ງຄອມພິວເຕີສອງເຄື່ອງໃນຫ້ອງສະໝຸດ."),
]

# promo copy: the page's language when present, English otherwise
QR_APP = {  # (text, caption under the QR code)
    "en": ("Read us on the go: scan the code to get the app", "Available for iOS and Android"),
    "nl": ("Lees ons onderweg: scan de code voor de app", "Beschikbaar voor iOS en Android"),
    "sv": ("Läs oss var du är: skanna koden och hämta appen", "Finns för iOS och Android"),
    "de": ("Scannen Sie den Code und holen Sie sich unsere App", "Für iOS und Android"),
    "bg": ("Сканирайте кода и изтеглете приложението ни", "За iOS и Android"),
}
COURSE = {  # (pitch, button)
    "en": ("Master sourdough in six evenings: our online baking course starts Monday", "Enrol now – 40% off"),
    "da": ("Lær at skrive som en journalist på vores onlinekursus", "Tilmeld dig nu"),
    "sl": ("Spletni tečaj fotografije za začetnike se začne v ponedeljek", "Prijavi se zdaj"),
    "gl": ("Curso en liña de fotografía para principiantes", "Inscríbete agora"),
}
MEMBER = {  # (bar text, button)
    "en": ("Become a member and support local journalism from 3 € a month", "Join today"),
    "nl": ("Word lid en steun lokale journalistiek vanaf 3 euro per maand", "Word nu lid"),
    "af": ("Word ’n lid en ondersteun plaaslike joernalistiek", "Sluit vandag aan"),
    "ar": ("كن عضوًا وادعم الصحافة المحلية", "انضم الآن"),
}
GIVEAWAY = {  # (text, button)
    "en": ("Win a weekend for two in the mountains! Enter our autumn giveaway", "Enter the draw"),
    "sv": ("Vinn en weekend för två i fjällen – var med i vår tävling", "Tävla nu"),
    "da": ("Vind et ophold for to på Bornholm – deltag i konkurrencen", "Deltag her"),
    "gu": ("ઇનામ જીતો! અમારી સ્પર્ધામાં ભાગ લો", "હમણાં ભાગ લો"),
}
LISTEN = {  # (lead line, platforms)
    "en": ("Listen to our weekly podcast on", "Spotify · Apple Podcasts · Google Podcasts · Deezer"),
    "nl": ("Luister naar onze podcast op", "Spotify · Apple Podcasts · Pocket Casts"),
    "kn": ("ನಮ್ಮ ಪಾಡ್‌ಕಾಸ್ಟ್ ಕೇಳಿ", "Spotify · Apple Podcasts · JioSaavn"),
    "pa": ("ਸਾਡਾ ਪੌਡਕਾਸਟ ਸੁਣੋ", "Spotify · Apple Podcasts · Gaana"),
}
MERCH = {  # (text, button)
    "en": ("Love this club? Our new home shirt and scarf are in the fan shop", "Shop now"),
    "sl": ("Nova klubska majica in šal sta na voljo v trgovini", "Kupi zdaj"),
    "bg": ("Новата фланелка на клуба вече е в магазина", "Купи сега"),
    "lo": ("ເສື້ອສະໂມສອນໃໝ່ມີຂາຍແລ້ວ", "ຊື້ດຽວນີ້"),
}

# residue labels in the article's language
SOURCES = {"nl": "Bronnen", "sv": "Källor", "da": "Kilder", "sl": "Viri", "bg": "Източници", "ar": "المصادر",
           "gu": "સ્રોત", "pa": "ਸਰੋਤ", "kn": "ಮೂಲಗಳು", "af": "Bronne", "gl": "Fontes", "lo": "ແຫຼ່ງຂໍ້ມູນ", "en": "Sources"}
SOURCE_NAMES = ["ANP", "TT", "Ritzau", "STA", "BTA", "Petra", "PTI", "SAPA", "EFE", "KPL"]
WORDS = {"nl": "{n} woorden", "sv": "{n} ord", "da": "{n} ord", "sl": "{n} besed", "bg": "{n} думи", "ar": "{n} كلمة",
         "gu": "{n} શબ્દો", "pa": "{n} ਸ਼ਬਦ", "kn": "{n} ಪದಗಳು", "af": "{n} woorde", "gl": "{n} palabras", "lo": "{n} ຄຳ",
         "en": "{n} words"}
SIGNIN = {"nl": "Log in om te reageren", "sv": "Logga in för att kommentera", "da": "Log ind for at kommentere",
          "sl": "Prijavite se za komentiranje", "bg": "Влезте, за да коментирате", "ar": "سجّل الدخول للتعليق",
          "gu": "ટિપ્પણી કરવા માટે સાઇન ઇન કરો", "pa": "ਟਿੱਪਣੀ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ", "kn": "ಕಾಮೆಂಟ್ ಮಾಡಲು ಸೈನ್ ಇನ್ ಮಾಡಿ",
          "af": "Teken in om kommentaar te lewer", "gl": "Inicia sesión para comentar", "lo": "ເຂົ້າສູ່ລະບົບເພື່ອສະແດງຄວາມຄິດເຫັນ",
          "en": "Sign in to comment"}
AFFIL = {"nl": "Dit bericht bevat affiliate links.", "sv": "Inlägget innehåller affiliatelänkar.",
         "da": "Indlægget indeholder affiliate-links.", "sl": "Prispevek vsebuje partnerske povezave.",
         "bg": "Публикацията съдържа партньорски връзки.", "af": "Hierdie plasing bevat geaffilieerde skakels.",
         "gl": "Esta publicación contén ligazóns de afiliados.", "en": "This post contains affiliate links."}
VERIFIED = {"nl": "Geverifieerde aankoop", "sv": "Verifierat köp", "da": "Verificeret køb", "sl": "Preverjen nakup",
            "bg": "Потвърдена покупка", "gl": "Compra verificada", "af": "Geverifieerde aankoop", "en": "Verified purchase"}
SWITCH = ["EN | DE | FR", "NL | EN", "SV · EN · FI", "DA | EN | DE", "SL / EN / IT", "БГ | EN", "عربي | English",
          "ગુજરાતી | हिंदी | English", "ਪੰਜਾਬੀ | English", "ಕನ್ನಡ | English", "AF | EN | ZU", "GL | ES | EN", "ລາວ | ไทย | EN"]
LANG_SWITCH = dict(zip(["en", "nl", "sv", "da", "sl", "bg", "ar", "gu", "pa", "kn", "af", "gl", "lo"], SWITCH))


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _hexdump(r):
    off = r.randrange(0, 4096) & ~15
    b = [r.randrange(256) for _ in range(16)]
    asc = "".join(chr(x) if 32 <= x < 127 and chr(x) not in "<>&|" else "." for x in b)
    return "%08x  %s  %s  |%s|" % (off, " ".join("%02x" % x for x in b[:8]), " ".join("%02x" % x for x in b[8:]), asc)


GARBAGE = [
    ("terminal", lambda r: "user@build-%02d:~/site$ ls -la public/ && du -sh public  total %d drwxr-xr-x 5 www-data www-data 4096" % (r.randrange(1, 40), r.randrange(100, 999))),
    ("gitlog", lambda r: "commit %s Author: deploy-bot <deploy@ci.local> Date: Tue Oct %d 03:12:44 2026 +0200 fix(theme): pad hero image" % (_hex(r, 40), r.randrange(1, 30))),
    ("makefile", lambda r: "build: $(OBJS) ; $(CC) $(CFLAGS) -o $@ $^ -lm  .PHONY: clean install dist-%d" % r.randrange(9)),
    ("ini", lambda r: "[database] host=127.0.0.1 port=%d user=cms_rw charset=utf8mb4 [cache] driver=redis ttl=3600" % r.choice([3306, 5432, 6033])),
    ("lua", lambda r: "lua: modules/render.lua:%d: attempt to index a nil value (field 'article') stack traceback: [C]: in ?" % r.randrange(10, 400)),
    ("erlang", lambda r: "** exception error: no match of right hand side value {error,enoent} in function cms_page:load/2 (src/cms_page.erl, line %d)" % r.randrange(10, 300)),
    ("haskell", lambda r: "Main.hs:%d:15: error: • Couldn't match type ‘Text’ with ‘[Char]’ Expected: String Actual: Text" % r.randrange(10, 200)),
    ("hexdump", _hexdump),
    ("latexlog", lambda r: "Overfull \\hbox (%d.%dpt too wide) in paragraph at lines %d--%d [] \\T1/cmr/m/n/10 LaTeX Warning: Reference `fig:map' undefined" % (r.randrange(1, 40), r.randrange(10), r.randrange(10, 90), r.randrange(91, 99))),
    ("robots", lambda r: "User-agent: * Disallow: /wp-admin/ Disallow: /search? Allow: /wp-admin/admin-ajax.php Crawl-delay: %d Sitemap: https://example.org/sitemap.xml" % r.randrange(1, 10)),
    ("crontab", lambda r: "*/%d * * * * /usr/bin/php /var/www/cron.php >> /var/log/cron-site.log 2>&1" % r.choice([5, 10, 15])),
    ("asm", lambda r: "0x%08x <+%d>: mov rax,QWORD PTR [rbp-0x18] 0x%08x <+%d>: call 0x401030 <strlen@plt>" % (0x401100 + r.randrange(99), r.randrange(4, 60), 0x401104 + r.randrange(99), r.randrange(61, 99))),
    ("formula", lambda r: "=IFERROR(VLOOKUP($B%d;Sheet2!$A$2:$F$%d;4;FALSE);\"\") =SUMIF(C:C;\">0\";D:D)" % (r.randrange(2, 99), r.randrange(100, 999))),
]
