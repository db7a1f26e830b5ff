"""Texts and noise templates of gen_noise_round60.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (gu pa kn lo ps tg ky be mt ga so ig), each article with two
section headings; promo, garbage, Unicode and residue shapes of their own (see gen_noise_round60.py)."""
import base64


def A(lang, title, heads, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "paras": list(paras)}


ARTICLES = [
    A("gu", "દરિયાકાંઠાના ગામમાં માછીમારોની નવી સહકારી મંડળી", ("શરૂઆત", "આગળની યોજના"),
      "સૌરાષ્ટ્રના એક નાના દરિયાકાંઠાના ગામમાં માછીમાર પરિવારોએ મળીને પોતાની સહકારી મંડળી શરૂ કરી છે.",
      "અગાઉ તેઓ પોતાની માછલી વચેટિયાઓને ઓછા ભાવે વેચતા હતા અને નફો બહાર જતો રહેતો હતો.",
      "હવે મંડળી પાસે બરફ રાખવાનું નાનું ગોદામ છે અને સવારે સીધું શહેરના બજારમાં વાહન જાય છે.",
      "મહિલાઓ સૂકી માછલીનું પેકિંગ સંભાળે છે અને તેમના માટે અલગ હિસાબ રાખવામાં આવે છે.",
      "પહેલા વર્ષમાં જ દરેક પરિવારની આવકમાં નોંધપાત્ર વધારો થયો હોવાનું મંડળીના મંત્રી જણાવે છે.",
      "આવતા ચોમાસા પહેલાં તેઓ હોડીઓ માટે સૌર ઊર્જાથી ચાલતી લાઇટો ખરીદવાની યોજના બનાવી રહ્યા છે."),
    A("pa", "ਪਿੰਡ ਦੇ ਨੌਜਵਾਨਾਂ ਨੇ ਪੁਰਾਣਾ ਛੱਪੜ ਸਾਫ਼ ਕੀਤਾ", ("ਸ਼ੁਰੂਆਤ", "ਅਗਲੀ ਯੋਜਨਾ"),
      "ਮਾਲਵੇ ਦੇ ਇੱਕ ਛੋਟੇ ਪਿੰਡ ਵਿੱਚ ਨੌਜਵਾਨਾਂ ਨੇ ਮਿਲ ਕੇ ਸਾਲਾਂ ਤੋਂ ਗੰਦੇ ਪਏ ਛੱਪੜ ਦੀ ਸਫ਼ਾਈ ਕੀਤੀ ਹੈ।",
      "ਕੰਮ ਗਰਮੀਆਂ ਦੀਆਂ ਛੁੱਟੀਆਂ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋਇਆ ਜਦੋਂ ਕਾਲਜ ਦੇ ਵਿਦਿਆਰਥੀ ਘਰ ਪਰਤੇ ਸਨ।",
      "ਉਨ੍ਹਾਂ ਨੇ ਗਾਰ ਕੱਢੀ, ਕਿਨਾਰਿਆਂ ਉੱਤੇ ਇੱਟਾਂ ਲਾਈਆਂ ਅਤੇ ਆਲੇ ਦੁਆਲੇ ਨਿੰਮ ਦੇ ਰੁੱਖ ਲਾਏ।",
      "ਬਰਸਾਤ ਤੋਂ ਬਾਅਦ ਛੱਪੜ ਵਿੱਚ ਸਾਫ਼ ਪਾਣੀ ਭਰ ਗਿਆ ਅਤੇ ਪੰਛੀ ਵਾਪਸ ਆਉਣ ਲੱਗੇ।",
      "ਹੁਣ ਬਜ਼ੁਰਗ ਸ਼ਾਮ ਨੂੰ ਕਿਨਾਰੇ ਬੈਠਦੇ ਹਨ ਅਤੇ ਬੱਚੇ ਪੰਛੀਆਂ ਦੀ ਗਿਣਤੀ ਕਾਪੀ ਵਿੱਚ ਲਿਖਦੇ ਹਨ।",
      "ਪੰਚਾਇਤ ਅਗਲੇ ਸਾਲ ਛੱਪੜ ਦੇ ਨਾਲ ਇੱਕ ਛੋਟਾ ਪਾਰਕ ਬਣਾਉਣ ਬਾਰੇ ਸੋਚ ਰਹੀ ਹੈ।"),
    A("kn", "ಹಳ್ಳಿಯ ಶಾಲೆಗೆ ಹೊಸ ತರಕಾರಿ ತೋಟ", ("ಆರಂಭ", "ಮುಂದಿನ ಯೋಜನೆ"),
      "ಮಲೆನಾಡಿನ ಒಂದು ಸಣ್ಣ ಹಳ್ಳಿಯ ಸರ್ಕಾರಿ ಶಾಲೆಯಲ್ಲಿ ಮಕ್ಕಳು ತಮ್ಮದೇ ತರಕಾರಿ ತೋಟ ಬೆಳೆಸಿದ್ದಾರೆ.",
      "ಈ ಕಲ್ಪನೆ ವಿಜ್ಞಾನ ಶಿಕ್ಷಕರದ್ದು, ಅವರು ಪಾಠವನ್ನು ತರಗತಿಯಿಂದ ಹೊರಗೆ ಕರೆದೊಯ್ಯಲು ಬಯಸಿದ್ದರು.",
      "ಪೋಷಕರು ಬೀಜಗಳನ್ನು ಕೊಟ್ಟರು ಮತ್ತು ಹಿರಿಯರು ಗೊಬ್ಬರ ತಯಾರಿಸುವ ವಿಧಾನವನ್ನು ಕಲಿಸಿದರು.",
      "ಈಗ ಬಿಸಿಯೂಟಕ್ಕೆ ಬೇಕಾದ ಬದನೆ, ಬೆಂಡೆ ಮತ್ತು ಸೊಪ್ಪು ಶಾಲೆಯ ತೋಟದಿಂದಲೇ ಬರುತ್ತದೆ.",
      "ಪ್ರತಿ ತರಗತಿಗೆ ಒಂದು ಸಾಲು ಸಿಕ್ಕಿದೆ ಮತ್ತು ಮಕ್ಕಳು ಪ್ರತಿದಿನ ನೀರು ಹಾಕುವ ಪಾಳಿ ಹಂಚಿಕೊಂಡಿದ್ದಾರೆ.",
      "ಮುಂದಿನ ವರ್ಷ ಶಾಲೆ ಮಳೆನೀರು ಸಂಗ್ರಹಣೆಗೆ ಒಂದು ತೊಟ್ಟಿ ಕಟ್ಟಲು ಯೋಜಿಸಿದೆ."),
    A("lo", "ບ້ານນ້ອຍເປີດຕະຫຼາດເຊົ້າແຫ່ງໃໝ່", ("ການເລີ່ມຕົ້ນ", "ແຜນການຕໍ່ໄປ"),
      "ຢູ່ບ້ານນ້ອຍແຫ່ງໜຶ່ງໃນແຂວງຫຼວງພະບາງ ຊາວບ້ານໄດ້ຮ່ວມກັນເປີດຕະຫຼາດເຊົ້າແຫ່ງໃໝ່.",
      "ແມ່ຍິງໃນບ້ານນຳຜັກ ແລະ ໝາກໄມ້ຈາກສວນຂອງຕົນມາຂາຍທຸກເຊົ້າ.",
      "ໄວໜຸ່ມໄດ້ສ້າງຫຼັງຄາໄມ້ໄຜ່ ແລະ ໂຕະຂາຍເຄື່ອງໃຫ້ທຸກຄົນ.",
      "ນັກທ່ອງທ່ຽວທີ່ຜ່ານມາຕາມແມ່ນ້ຳຂອງ ມັກແວ່ຊື້ເຂົ້າໜົມ ແລະ ກາເຟ.",
      "ລາຍໄດ້ສ່ວນໜຶ່ງຖືກເກັບໄວ້ເພື່ອສ້ອມແປງໂຮງຮຽນຂອງບ້ານ.",
      "ປີໜ້າ ຊາວບ້ານວາງແຜນຈະຕິດຕັ້ງໄຟຟ້າແສງຕາເວັນໃຫ້ຕະຫຼາດ."),
    A("ps", "د کلي ځوانانو زوړ کاریز بیا ورغاوه", ("پیل", "راتلونکي پلانونه"),
      "د ننګرهار په یوه کوچني کلي کې ځوانانو په ګډه یو زوړ کاریز پاک او بیا فعال کړ.",
      "دا کاریز له شلو کلونو راهیسې وچ پروت و او کروندګرو له لرې ځایونو اوبه راوړلې.",
      "ځوانانو په ژمي کې خټې وویستلې، ډبرین دیوالونه یې جوړ کړل او د اوبو لاره یې پرانیستله.",
      "د پسرلي په راتګ سره بیا اوبه راغلې او د کلي باغونه شنه شول.",
      "اوس ماشومان د ښوونځي وروسته د اوبو کچه اندازه کوي او په کتابچه کې یې لیکي.",
      "بل کال د کلي مشران غواړي چې د کاریز تر څنګ یو کوچنی حوض هم جوړ کړي."),
    A("tg", "Деҳқонони деҳа боғи нави зардолу шинонданд", ("Оғоз", "Нақшаҳои оянда"),
      "Дар як деҳаи хурди водии Зарафшон деҳқонон якҷоя боғи нави зардолу бунёд карданд.",
      "Фикри ин кор ба як муаллими мактаб тааллуқ дошт, ки мехост ҷавонон дар деҳа монанд.",
      "Дар фасли баҳор онҳо заминро тоза карданд, ҷӯйҳоро барқарор намуданд ва ниҳолҳо шинонданд.",
      "Занони деҳа нигоҳубини ниҳолҳоро ба ӯҳда гирифтанд ва ҳар ҳафта об медоданд.",
      "Ҳосили аввал тирамоҳи гузашта ғун карда шуд ва зардолуи хушк ба бозори шаҳр бурда шуд.",
      "Соли оянда деҳқонон ният доранд, ки дар назди боғ як хонаи хушккунӣ созанд."),
    A("ky", "Айылда жаңы көпүр курулду", ("Башталышы", "Келечектеги пландар"),
      "Нарын облусундагы чакан айылда тургундар дарыя аркылуу жаңы жыгач көпүр куруп бүтүштү.",
      "Эски көпүрдү жазгы сел агызып кеткенден бери балдар мектепке кайык менен өтүп келишчү.",
      "Айылдын эркектери жай бою жыгач ташып, таш тиреклерди бекемдешти.",
      "Аялдар курулушчуларга күн сайын тамак бышырып, чай алып барышты.",
      "Көпүр ачылган күнү айыл чоң той өткөрүп, карылар бата беришти.",
      "Кийинки жылы тургундар көпүрдүн жанына кичинекей эс алуу жайын курууну пландап жатышат."),
    A("be", "Вёска адрадзіла старую кузню", ("Пачатак", "Планы на будучыню"),
      "У невялікай вёсцы на Палессі жыхары разам аднавілі старую кузню, якая стаяла закінутай сорак гадоў.",
      "Ідэя належала маладому майстру, які вярнуўся з горада і захацеў навучыць дзяцей рамяству.",
      "Увесь год суседзі рамантавалі дах, клалі новую печ і шукалі старыя інструменты па гарышчах.",
      "Цяпер кожную суботу ў кузні праходзяць заняткі, і падлеткі самі куюць цвікі і падковы.",
      "Вырабы прадаюць на кірмашы, а грошы ідуць на матэрыялы для наступных заняткаў.",
      "Наступным летам жыхары плануюць зладзіць у кузні невялікі музей вясковых рамёстваў."),
    A("mt", "Raħal żgħir jerġa' jiftaħ il-mitħna l-qadima", ("Il-bidu", "Il-pjanijiet għall-futur"),
      "F'raħal żgħir f'Għawdex ir-residenti flimkien reġgħu fetħu mitħna tar-riħ li kienet magħluqa għal sittin sena.",
      "L-idea ġiet minn għalliema tal-istorja li riedet turi lit-tfal kif kien jaħdem in-nanniet tagħhom.",
      "Matul ix-xitwa l-voluntiera saffew il-ġebel, irranġaw il-qlugħ u bnew taraġ ġdid tal-injam.",
      "Issa kull nhar ta' Sibt il-mitħna tiftaħ għall-pubbliku u t-tfal jaħdmu bħala gwidi.",
      "Id-dqiq mitħun hemm jinbiegħ lill-furnar tar-raħal, li jagħmel ħobż speċjali għall-festa.",
      "Is-sena d-dieħla l-kunsill lokali jixtieq jibni ċentru żgħir tal-viżitaturi ħdejn il-mitħna."),
    A("ga", "Baile beag ag tógáil leabharlainne nua", ("An tús", "Pleananna don todhchaí"),
      "I mbaile beag i gConamara tá muintir na háite ag tógáil leabharlainne nua i seanteach na scoile.",
      "Ba í múinteoir an bhaile a chuir an smaoineamh chun cinn nuair a dúnadh an leabharlann soghluaiste.",
      "I rith an gheimhridh rinne oibrithe deonacha seilfeanna adhmaid agus phéinteáil siad na ballaí.",
      "Sheol daoine ón mbaile atá ina gcónaí i mBaile Átha Cliath na céadta leabhar mar bhronntanas.",
      "Anois tagann na páistí gach tráthnóna tar éis na scoile chun scéalta a léamh os ard.",
      "An bhliain seo chugainn tá súil acu ciorcal comhrá Gaeilge a bhunú do na foghlaimeoirí fásta."),
    A("so", "Tuulo yar oo dhisay ceel cusub", ("Bilowga", "Qorshayaasha mustaqbalka"),
      "Tuulo yar oo ku taal gobolka Bari ayaa dadka deegaanku si wadajir ah u qodeen ceel biyo cusub.",
      "Fikradda waxaa keenay haweeney macallimad ah oo arkay in carruurtu maalin walba biyo fog u socdaan.",
      "Dhallinyaradu waxay soo qaadeen dhagxaan, odayaashuna waxay tilmaamaan halka biyuhu ku jiraan.",
      "Ceelka waxaa laga helay biyo nadiif ah kadib toddobaadyo shaqo adag oo kulul.",
      "Hadda carruurtu waxay dugsiga u tagaan waqti ahaan, haweenkuna waxay beeraan khudaar yar.",
      "Sanadka soo socda tuuladu waxay qorsheyneysaa inay ceelka ku xirto bamka tamarta qorraxda."),
    A("ig", "Obodo nta rụrụ ụlọ akwụkwọ abalị ọhụrụ", ("Mmalite", "Atụmatụ maka ọdịnihu"),
      "N'otu obodo nta dị na steeti Anambra, ndị obodo jikọtara aka rụọ ụlọ akwụkwọ abalị maka ndị toro eto.",
      "Echiche a sitere n'aka otu nkụzi lara ezumike nka nke chọrọ inyere ndị nne na nna aka ịgụ akwụkwọ.",
      "Ndị ntorobịa rụziri ụlọ ochie, tinye oche ọhụrụ ma kwụnye ọkụ anyanwụ n'elu ụlọ.",
      "Ugbu a, ihe karịrị iri ụmụ nwaanyị na-abịa kwa abalị ịmụ ịgụ na ide ihe.",
      "Ndị ahịa nọ n'obodo na-enye akwụkwọ na pensụl dị ka onyinye maka klas ọ bụla.",
      "N'afọ na-abịa, ndị nhazi na-atụ anya ịgbakwunye klas mgbakọ na mwepụ maka ndị na-azụ ahịa."),
]

# ---------------------------------------------------------------- promo
# promo texts in the page's language where written, English otherwise
READ_ALSO = {"en": ("Read also:", ["Storm damages the harbour wall", "New ferry timetable from Monday",
                                    "Bakery wins the regional bread prize"]),
             "gu": ("આ પણ વાંચો:", ["બંદરે તોફાનથી નુકસાન", "સોમવારથી નવું ફેરી સમયપત્રક", "બેકરીને પ્રાદેશિક ઇનામ"]),
             "be": ("Чытайце таксама:", ["Бура пашкодзіла мост", "Новы расклад аўтобусаў з панядзелка", "Пякарня атрымала прыз"]),
             "mt": ("Aqra wkoll:", ["Maltemp iħassar il-moll", "Skeda ġdida tal-vapur mit-Tnejn", "Il-furnar jirbaħ premju"]),
             "ky": ("Окуңуз:", ["Бороон көпүрөгө зыян келтирди", "Автобустун жаңы графиги", "Наабайкана сыйлык алды"]),
             "ga": ("Léigh freisin:", ["Stoirm ag déanamh damáiste don chaladh", "Clár ama nua don bhád", "Duais don bhácús"])}
APP = {"en": ("Get the app: news from your region, offline", "Install"), "tg": ("Барномаро насб кунед: хабарҳои минтақа", "Насб"),
       "so": ("Soo deji app-ka: wararka gobolkaaga", "Rakib"), "lo": ("ດາວໂຫຼດແອັບ: ຂ່າວໃນແຂວງຂອງທ່ານ", "ຕິດຕັ້ງ"),
       "ps": ("اپلیکیشن ښکته کړئ: د سیمې خبرونه", "نصب")}
CHANNEL = {"en": ("Subscribe to our channel for daily village stories", "Subscribe"),
           "gu": ("રોજની ગામની વાર્તાઓ માટે અમારી ચેનલ સબ્સ્ક્રાઇબ કરો", "સબ્સ્ક્રાઇબ"),
           "pa": ("ਰੋਜ਼ਾਨਾ ਖ਼ਬਰਾਂ ਲਈ ਸਾਡਾ ਚੈਨਲ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ", "ਸਬਸਕ੍ਰਾਈਬ"),
           "be": ("Падпісвайцеся на наш канал з гісторыямі з вёсак", "Падпісацца"),
           "ig": ("Debanye aha na ọwa anyị maka akụkọ kwa ụbọchị", "Debanye aha")}
PAYWALL = {"en": ("You have read 3 of 5 free articles this month. Subscribers read without limits.", "See plans"),
           "mt": ("Qrajt 3 minn 5 artikli b'xejn dan ix-xahar. L-abbonati jaqraw bla limitu.", "Ara l-pjanijiet"),
           "ga": ("Tá 3 alt as 5 saor in aisce léite agat an mhí seo. Léann síntiúsóirí gan teorainn.", "Féach na pleananna"),
           "kn": ("ಈ ತಿಂಗಳು ನೀವು 5 ಉಚಿತ ಲೇಖನಗಳಲ್ಲಿ 3 ಓದಿದ್ದೀರಿ. ಚಂದಾದಾರರು ಮಿತಿಯಿಲ್ಲದೆ ಓದುತ್ತಾರೆ.", "ಯೋಜನೆಗಳು")}
ADVERTISER = {"en": ("Advertiser content", "How one family cut their heating bill in half"),
              "tg": ("Маводи таблиғотӣ", "Чӣ тавр як оила хароҷоти гармиро ним кард"),
              "ky": ("Жарнамалык материал", "Бир үй-бүлө жылытуу чыгымын кантип азайтты"),
              "so": ("Waxyaabaha xayeysiiska", "Sida qoys u yareeyay kharashka korontada")}
PRICE = {"en": "Check price", "mt": "Ara l-prezz", "ga": "Seiceáil an praghas", "so": "Eeg qiimaha", "ig": "Lelee ọnụahịa",
         "be": "Праверыць цану", "gu": "કિંમત જુઓ"}
PRICED = ["solar lantern", "steel water tank", "garden hose 30 m", "hand pump"]
WEBINAR = {"en": ("Free webinar · Thursday 18:00 · Community projects that last", "Register now"),
           "be": ("Бясплатны вэбінар · чацвер 18:00 · Праекты, якія застаюцца", "Зарэгістравацца"),
           "mt": ("Webinar b'xejn · il-Ħamis 18:00 · Proġetti tal-komunità", "Irreġistra issa")}
RECOMMENDED = ("Recommended by", ["You won't believe what this old barn looks like now", "Doctors stunned by this simple morning habit",
                                  "The 10 most beautiful villages you have never heard of", "This is why your tomatoes crack"])
CONSENT = {"en": "We and our 842 partners store and access information on your device to personalise ads and content. By clicking Accept you agree.",
           "mt": "Aħna u s-sħab tagħna naħżnu informazzjoni fuq it-tagħmir tiegħek biex nippersonalizzaw ir-reklami. Ikklikkja Aċċetta.",
           "be": "Мы і нашы партнёры захоўваем інфармацыю на вашай прыладзе, каб персаналізаваць рэкламу. Націсніце Прыняць.",
           "ga": "Stórálaimid féin agus ár gcomhpháirtithe faisnéis ar do ghléas chun fógraí a phearsantú. Cliceáil Glac leis."}

# ---------------------------------------------------------------- garbage


def _tok(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def _hex(rng, n):
    return _tok(rng, n, "0123456789abcdef")


GARBAGE = [
    ("k8s-yaml", lambda r: "apiVersion: apps/v1 kind: Deployment metadata: name: web-%s spec: replicas: %d template: spec: containers: - image: registry.example/web:%s" % (_tok(r, 5), r.randrange(2, 6), _hex(r, 7))),
    ("regkey", lambda r: r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows\CurrentVersion\Run\Updater%d REG_SZ C:\ProgramData\upd%s\svc.exe" % (r.randrange(10), _tok(r, 4))),
    ("winpath", lambda r: r"C:\Users\%s\AppData\Local\Temp\~DF%s.tmp" % (r.choice(["admin", "Editor", "newsdesk"]), _hex(r, 6).upper())),
    ("xml-pi", lambda r: '<?xml-stylesheet type="text/xsl" href="/feed/%s.xsl"?><?php echo $post->excerpt; ?>' % _tok(r, 5)),
    ("block-comment", lambda r: '<!-- wp:paragraph {"className":"%s"} --> <!-- /wp:paragraph -->' % _tok(r, 6)),
    ("base32", lambda r: _tok(r, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "===="),
    ("git-log", lambda r: "commit %s Author: ci-bot <ci@build.example> Merge branch 'release/%d.%d' into main" % (_hex(r, 40), r.randrange(1, 9), r.randrange(20))),
    ("npm-err", lambda r: "npm ERR! code ERESOLVE npm ERR! ERESOLVE unable to resolve dependency tree npm ERR! While resolving: site-%s@%d.0.0" % (_tok(r, 4), r.randrange(1, 5))),
    ("ini", lambda r: "[database] host=10.%d.%d.%d port=5432 user=wp_%s password=******** ; edited by deploy" % (r.randrange(256), r.randrange(256), r.randrange(256), _tok(r, 4))),
    ("i18n-keys", lambda r: "article.share.button_label article.related.heading_%s common.cta.subscribe_now" % _tok(r, 3)),
    ("gcc-error", lambda r: "src/render.c:%d:%d: error: implicit declaration of function 'strlcpy' [-Wimplicit-function-declaration]" % (r.randrange(10, 900), r.randrange(2, 40))),
    ("vue-template", lambda r: "{{ $t('article.byline') }} v-if=\"post.%s\" :key=\"item.id\" @click=\"track('%s')\"" % (_tok(r, 5), _tok(r, 6))),
    ("sql-insert", lambda r: "INSERT INTO `wp_postmeta` (`post_id`, `meta_key`, `meta_value`) VALUES (%d, '_edit_lock', '%d:1');" % (r.randrange(1000, 99999), r.randrange(10 ** 9, 2 * 10 ** 9))),
    ("env-vars", lambda r: "DATABASE_URL=postgres://app:%s@db.internal:5432/news REDIS_URL=redis://cache:6379/%d NODE_ENV=production" % (_tok(r, 10), r.randrange(16))),
    ("minified-glued", lambda r: "!function(e,t){var n=t.createElement(\"script\");n.async=1,n.src=\"//cdn.example/%s.js\"}(window,document);" % _tok(r, 6)),
]

# ---------------------------------------------------------------- residue
LISTEN = {"en": "Listen to this article · {n} min", "gu": "આ લેખ સાંભળો · {n} મિનિટ", "pa": "ਇਹ ਲੇਖ ਸੁਣੋ · {n} ਮਿੰਟ",
          "kn": "ಈ ಲೇಖನವನ್ನು ಆಲಿಸಿ · {n} ನಿಮಿಷ", "lo": "ຟັງບົດຄວາມນີ້ · {n} ນາທີ", "ps": "دا مقاله واورئ · {n} دقیقې",
          "tg": "Ин мақоларо гӯш кунед · {n} дақ", "ky": "Бул макаланы угуңуз · {n} мүн", "be": "Праслухаць артыкул · {n} хв",
          "mt": "Isma' dan l-artiklu · {n} min", "ga": "Éist leis an alt seo · {n} nóim", "so": "Dhageyso maqaalkan · {n} daqiiqo",
          "ig": "Gee ntị n'isiokwu a · nkeji {n}"}
READTIME = {"en": "Reading time: {n} min", "gu": "વાંચન સમય: {n} મિનિટ", "pa": "ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ: {n} ਮਿੰਟ",
            "kn": "ಓದುವ ಸಮಯ: {n} ನಿಮಿಷ", "lo": "ເວລາອ່ານ: {n} ນາທີ", "ps": "د لوستلو وخت: {n} دقیقې",
            "tg": "Вақти хондан: {n} дақ", "ky": "Окуу убактысы: {n} мүн", "be": "Час чытання: {n} хв",
            "mt": "Ħin tal-qari: {n} min", "ga": "Am léitheoireachta: {n} nóim", "so": "Waqtiga akhriska: {n} daqiiqo",
            "ig": "Oge ịgụ: nkeji {n}"}
PRINT = {"en": "Print this page", "be": "Надрукаваць старонку", "mt": "Ipprintja din il-paġna", "ga": "Priontáil an leathanach seo",
         "tg": "Чоп кардани саҳифа", "ky": "Баракчаны басып чыгаруу", "gu": "આ પાનું છાપો"}
BACKTOP = {"en": "Back to top ↑", "be": "Уверх ↑", "mt": "Lura fuq ↑", "ga": "Ar ais go barr ↑", "tg": "Ба боло ↑",
           "ky": "Өйдө ↑", "so": "Kor u noqo ↑", "gu": "ઉપર જાઓ ↑", "kn": "ಮೇಲಕ್ಕೆ ↑"}
UPDATED = {"en": "(Updated)", "be": "(Абноўлена)", "mt": "(Aġġornat)", "ga": "(Nuashonraithe)", "tg": "(Навсозӣ)",
           "ky": "(Жаңыланды)", "so": "(La cusbooneysiiyay)", "ig": "(Emelitere)", "gu": "(અપડેટ)", "pa": "(ਅੱਪਡੇਟ)"}
TAGS = {"en": "Tags:", "be": "Тэгі:", "mt": "Tikketti:", "ga": "Clibeanna:", "tg": "Барчаспҳо:", "ky": "Тегдер:",
        "so": "Calaamadaha:", "ig": "Mkpado:", "gu": "ટૅગ્સ:", "pa": "ਟੈਗ:", "kn": "ಟ್ಯಾಗ್‌ಗಳು:", "lo": "ແທັກ:", "ps": "ټګونه:"}
NEXT = {"en": "Next »", "be": "Далей »", "mt": "Li jmiss »", "ga": "Ar aghaidh »", "tg": "Баъдӣ »", "ky": "Кийинки »",
        "so": "Xiga »", "ig": "Ọzọ »", "gu": "આગળ »", "pa": "ਅੱਗੇ »", "kn": "ಮುಂದೆ »", "lo": "ຕໍ່ໄປ »", "ps": "بل »"}
IMAGE = {"en": "Image", "be": "Фота", "mt": "Ritratt", "ga": "Íomhá", "tg": "Акс", "ky": "Сүрөт", "so": "Sawir", "ig": "Foto",
         "gu": "તસવીર", "pa": "ਤਸਵੀਰ", "kn": "ಚಿತ್ರ", "lo": "ຮູບ", "ps": "انځور"}
VIA = ["Photo via Flickr", "Photo via Unsplash", "Photo via Wikimedia Commons", "Photo via Getty Images"]
CREDITS = ["Anna Reyes / Reuters", "Studio Nord", "M. Okafor for the Herald", "courtesy of the family"]
