"""Texts and noise templates of gen_noise_round59.py, written for that round (no corpus strings).

Languages no earlier round wrote an article in (mr te ml my km mn uz ha yo zu sq mk), each article with two
section headings; promo, garbage, Unicode and residue shapes of their own (see gen_noise_round59.py)."""
import base64


def A(lang, title, heads, *paras):
    return {"lang": lang, "title": title, "heads": list(heads), "paras": list(paras)}


ARTICLES = [
    A("mr", "गावातील जुन्या विहिरीला मिळाले नवे जीवन", ("सुरुवात", "पुढील योजना"),
      "कोकणातील एका छोट्या गावात ग्रामस्थांनी पन्नास वर्षे बंद पडलेली जुनी विहीर पुन्हा स्वच्छ केली आहे.",
      "ही कल्पना गावातील शाळेच्या शिक्षिकेची होती, ज्यांनी मुलांना पाण्याचे महत्त्व शिकवायचे ठरवले.",
      "उन्हाळ्यात तरुणांनी गाळ काढला, दगडी पायऱ्या दुरुस्त केल्या आणि भोवती झाडे लावली.",
      "पावसाळ्यानंतर विहिरीत पुन्हा स्वच्छ पाणी आले आणि संपूर्ण गावाने छोटा उत्सव साजरा केला.",
      "आता दर रविवारी मुले विहिरीजवळ जमून पाण्याची पातळी मोजतात आणि वहीत नोंद करतात.",
      "पुढच्या वर्षी ग्रामपंचायत पावसाचे पाणी साठवण्यासाठी आणखी दोन टाक्या बांधणार आहे."),
    A("te", "పల్లెలో కొత్త గ్రంథాలయం ప్రారంభం", ("ఆరంభం", "భవిష్యత్తు"),
      "గోదావరి ఒడ్డున ఉన్న ఒక చిన్న గ్రామంలో యువకులు కలిసి మొదటి గ్రంథాలయాన్ని ప్రారంభించారు.",
      "పాత పంచాయతీ భవనాన్ని శుభ్రం చేసి, గోడలకు రంగులు వేసి, చెక్క అల్మారాలు తయారు చేశారు.",
      "పట్టణంలో ఉంటున్న గ్రామస్తులు వందలాది పుస్తకాలను కానుకగా పంపించారు.",
      "ప్రతిరోజు సాయంత్రం పిల్లలు బడి తర్వాత ఇక్కడికి వచ్చి కథలు చదువుతున్నారు.",
      "వారాంతాల్లో పెద్దల కోసం వార్తాపత్రికలు చదివే కార్యక్రమం కూడా జరుగుతోంది.",
      "వచ్చే సంవత్సరం గ్రంథాలయంలో రెండు కంప్యూటర్లు ఏర్పాటు చేయాలని నిర్వాహకులు భావిస్తున్నారు."),
    A("ml", "ഗ്രാമത്തിലെ പഴയ കുളം വീണ്ടും ജീവൻ വെച്ചു", ("തുടക്കം", "ഭാവി പദ്ധതികൾ"),
      "കുട്ടനാട്ടിലെ ഒരു ചെറിയ ഗ്രാമത്തിൽ നാട്ടുകാർ ചേർന്ന് പഴയൊരു കുളം വൃത്തിയാക്കി.",
      "സ്കൂളിലെ കുട്ടികളും മുതിർന്നവരും ഒരുമിച്ച് അവധി ദിവസങ്ങളിൽ ചെളി നീക്കി.",
      "കുളത്തിന്റെ കരയിൽ അവർ തെങ്ങിൻതൈകളും ചെമ്പരത്തിയും നട്ടുപിടിപ്പിച്ചു.",
      "മഴക്കാലം കഴിഞ്ഞപ്പോൾ കുളത്തിൽ വീണ്ടും മീനുകളും താമരയും കണ്ടുതുടങ്ങി.",
      "ഇപ്പോൾ എല്ലാ ഞായറാഴ്ചയും കുട്ടികൾ നീന്തൽ പഠിക്കാൻ ഇവിടെ എത്തുന്നു.",
      "അടുത്ത വർഷം കുളത്തിനരികിൽ ഒരു ചെറിയ വായനശാല തുടങ്ങാനാണ് നാട്ടുകാരുടെ തീരുമാനം."),
    A("my", "ရွာလေးမှာ စာကြည့်တိုက်အသစ် ဖွင့်လှစ်", ("အစ", "အနာဂတ်"),
      "ပဲခူးတိုင်းရှိ ရွာငယ်လေးတစ်ရွာတွင် လူငယ်များ စုပေါင်း၍ စာကြည့်တိုက်တစ်ခု ဖွင့်လှစ်ခဲ့သည်။",
      "ဟောင်းနွမ်းနေသော ဘုန်းကြီးကျောင်းဆောင်ကို ပြုပြင်ပြီး စာအုပ်စင်များ ပြုလုပ်ခဲ့ကြသည်။",
      "မြို့ပေါ်ရောက်နေသော ရွာသားများက စာအုပ်ရာပေါင်းများစွာ လှူဒါန်းခဲ့ကြသည်။",
      "ယခု ကလေးများသည် ကျောင်းဆင်းပြီးနောက် နေ့စဉ် ဤနေရာသို့ လာရောက် စာဖတ်ကြသည်။",
      "စနေနေ့တိုင်း လူကြီးများအတွက် သတင်းစာဖတ်ပွဲကိုလည်း ကျင်းပလျက်ရှိသည်။",
      "လာမည့်နှစ်တွင် နေရောင်ခြည်စွမ်းအင်သုံး မီးများ တပ်ဆင်ရန် စီစဉ်ထားသည်။"),
    A("km", "ភូមិតូចមួយបើកបណ្ណាល័យថ្មី", ("ការចាប់ផ្តើម", "គម្រោងអនាគត"),
      "នៅភូមិតូចមួយក្នុងខេត្តតាកែវ យុវជនបានរួមគ្នាបើកបណ្ណាល័យដំបូងបង្អស់។",
      "ពួកគេបានជួសជុលអគារសាលាចាស់ ហើយធ្វើធ្នើសៀវភៅពីឈើ។",
      "អ្នកភូមិដែលរស់នៅទីក្រុងបានផ្ញើសៀវភៅរាប់រយក្បាលមកជាអំណោយ។",
      "ឥឡូវនេះ ក្មេងៗមកអានរឿងនិទាននៅទីនេះរៀងរាល់ល្ងាច ក្រោយពេលរៀន។",
      "រៀងរាល់ថ្ងៃសៅរ៍ មានកម្មវិធីអានកាសែតសម្រាប់មនុស្សចាស់ផងដែរ។",
      "ឆ្នាំក្រោយ ពួកគេគ្រោងនឹងដំឡើងកុំព្យូទ័រពីរគ្រឿង នៅក្នុងបណ្ណាល័យ។"),
    A("mn", "Сумын сургууль шинэ номын сантай боллоо", ("Эхлэл", "Ирээдүйн төлөвлөгөө"),
      "Архангай аймгийн нэгэн жижиг суманд залуучууд хамтран анхны олон нийтийн номын санг нээлээ.",
      "Тэд хуучин соёлын төвийн байрыг засварлаж, модоор номын тавиур хийжээ.",
      "Хотод амьдардаг нутгийн иргэд олон зуун ном бэлэглэж илгээсэн байна.",
      "Одоо хүүхдүүд хичээлийн дараа өдөр бүр энд ирж үлгэр уншиж байна.",
      "Амралтын өдрүүдэд ахмадуудад зориулсан сонин унших цаг зохиогддог.",
      "Ирэх жил номын санд нарны зайн гэрэл суурилуулахаар төлөвлөж байна."),
    A("uz", "Qishloqda eski tegirmon qayta ishga tushdi", ("Boshlanishi", "Kelajak rejalari"),
      "Farg‘ona vodiysidagi kichik bir qishloqda qirq yil ishlamay turgan suv tegirmoni qayta ishga tushirildi.",
      "G‘oya qishloqqa qaytib kelgan yosh muhandisga tegishli bo‘lib, unga qo‘shnilari yordam berishdi.",
      "Qish davomida ular tomni ta’mirlashdi, ariqni tozalashdi va yangi parraklar yasashdi.",
      "Birinchi unni qishloq novvoyiga berishdi va u bayram uchun maxsus non yopdi.",
      "Endi har shanba kuni maktab o‘quvchilari tegirmon ishini ko‘rish uchun kelishadi.",
      "Kelgusi yilda tegirmon yonida kichik muzey ochish rejalashtirilmoqda."),
    A("ha", "Ƙauye ya buɗe sabuwar makarantar dare", ("Farko", "Shirye-shiryen gaba"),
      "A wani ƙaramin ƙauye kusa da Kano, matasa sun buɗe makarantar dare ga manya da ba su iya karatu ba.",
      "Malamin makarantar firamare na ƙauyen ne ya fara wannan tunani tare da abokansa.",
      "Mazauna ƙauyen sun gyara tsohon ɗakin taro, sun yi kujeru da allunan rubutu.",
      "Yanzu kowane maraice mata da maza suna zuwa don koyon karatu da rubutu da lissafi.",
      "A ranakun Asabar kuma ana karanta jaridu tare da tattauna labarai na mako.",
      "Shekara mai zuwa suna shirin sanya fitilun hasken rana a cikin ɗakin karatun."),
    A("yo", "Abúlé kékeré ṣí ilé-ìkàwé tuntun", ("Ìbẹ̀rẹ̀", "Ètò ọjọ́ iwájú"),
      "Ní abúlé kékeré kan nítòsí Ògbómọ̀ṣọ́, àwọn ọ̀dọ́ ti ṣí ilé-ìkàwé àkọ́kọ́ fún gbogbo ènìyàn.",
      "Olùkọ́ kan tó padà sílé láti Èkó ló kọ́kọ́ ní èrò yìí, àwọn ọ̀rẹ́ rẹ̀ sì ràn án lọ́wọ́.",
      "Àwọn ará abúlé tún ilé àtijọ́ ṣe, wọ́n sì fi igi ṣe àpótí ìwé.",
      "Báyìí, àwọn ọmọdé máa ń wá ka ìtàn níbí lójoojúmọ́ lẹ́yìn ilé-ìwé.",
      "Ní ọjọ́ Àbámẹ́ta, àwọn àgbàlagbà máa ń pàdé láti ka ìwé ìròyìn pọ̀.",
      "Ní ọdún tó ń bọ̀, wọ́n fẹ́ fi iná oòrùn sí inú ilé-ìkàwé náà."),
    A("zu", "Umphakathi wakha ingadi yesikole", ("Ukuqala", "Izinhlelo zesikhathi esizayo"),
      "Emphakathini omncane eduze kwaseThekwini, abazali nothisha bakhe ingadi enkulu yemifino esikoleni.",
      "Lo mqondo waqalwa ngothisha wesayensi owayefuna ukuthi izingane zifunde ngokutshala.",
      "Ebusika abantu bagawula utshani, bamba imisele futhi batshala izihlahla zezithelo.",
      "Manje izingane zidla imifino yasengadini ntambama ngemuva kwesikole.",
      "Njalo ngoMgqibelo abantu abadala bafundisa izingane ukunakekela izitshalo.",
      "Ngonyaka ozayo umphakathi uhlela ukwakha ithangi lokuqoqa amanzi emvula."),
    A("sq", "Fshati rindërtoi urën e vjetër prej guri", ("Fillimi", "Planet për të ardhmen"),
      "Në një fshat të vogël në jug të Shqipërisë, banorët kanë rindërtuar urën e vjetër prej guri mbi përrua.",
      "Ideja erdhi nga një mësues i pensionuar, i cili kishte kaluar mbi këtë urë çdo ditë si fëmijë.",
      "Gjatë verës të rinjtë mblodhën gurë nga lumi dhe mjeshtrit e vjetër i vendosën me durim.",
      "Kur ura u hap, i gjithë fshati doli për të festuar me muzikë dhe bukë të pjekur në saç.",
      "Tani turistët ndalen këtu për të bërë fotografi dhe për të blerë mjaltë nga fermerët vendas.",
      "Vitin e ardhshëm komuniteti shpreson të rregullojë edhe shtegun që të çon te mulliri."),
    A("mk", "Селото ја обнови старата воденица", ("Почетокот", "Плановите"),
      "Во едно мало село крај Охрид, жителите ја обновија старата воденица што не работеше четириесет години.",
      "Идејата дојде од млад инженер кој се врати во селото по студиите во Скопје.",
      "Во текот на зимата соседите го поправија покривот и го исчистија каналот за вода.",
      "Првото брашно го однесоа во пекарата, а пекарот исече леб за сите на плоштадот.",
      "Сега секоја сабота учениците доаѓаат да видат како работи воденицата.",
      "Следната година селото планира да отвори мал музеј покрај воденицата."),
]

# ---------------------------------------------------------------- promo

# (title, call to action); the page's language when it has one, English otherwise
POLL = {"en": ("Should the village build a second bridge?", "Vote"), "sq": ("A duhet të ndërtohet një urë e dytë?", "Voto"),
        "mk": ("Дали селото треба да изгради втор мост?", "Гласај"), "uz": ("Qishloqqa ikkinchi ko‘prik kerakmi?", "Ovoz berish"),
        "mn": ("Сумд хоёр дахь гүүр хэрэгтэй юу?", "Санал өгөх")}
MOST_READ = {"en": "Most read", "sq": "Më të lexuarat", "mk": "Најчитани", "mn": "Их уншсан", "mr": "सर्वाधिक वाचलेले",
             "te": "ఎక్కువగా చదివినవి", "uz": "Eng ko‘p o‘qilgan"}
MOST_READ_ITEMS = ["Storm closes the coast road for two days", "Market prices fall before the holiday",
                   "New bus line links three valleys", "School choir wins regional prize", "Bakery reopens after fire"]
TICKET = {"en": ("Harvest Music Night · Sat 14 Nov · Town Hall", "Get tickets"),
          "sq": ("Nata e Muzikës · e shtunë 14 nëntor · Pallati i Kulturës", "Bli bileta"),
          "mk": ("Вечер на музиката · сабота 14 ноември · Домот на културата", "Купи билети")}
COUPON = {"en": ("Save 20% on garden tools with code VILLAGE20", "Copy code"),
          "uz": ("VILLAGE20 kodi bilan bog‘ asboblariga 20% chegirma", "Kodni nusxalash"),
          "mn": ("VILLAGE20 кодоор цэцэрлэгийн багажид 20% хямдрал", "Код хуулах")}
BOOK = {"en": ("The author's new book, Rivers We Remember, is out now", "Order your copy"),
        "sq": ("Libri i ri i autores, Lumenjtë që kujtojmë, doli në shitje", "Porosite tani"),
        "mk": ("Новата книга на авторот, Реките што ги паметиме, е во продажба", "Нарачај примерок")}
NATIVE = {"en": ("Sponsored", ["Retirees are switching to this pension plan", "The one kitchen gadget chefs swear by"]),
          "sq": ("Sponsorizuar", ["Pensionistët po kalojnë te ky plan kursimi", "Pajisja e kuzhinës që përdorin kuzhinierët"]),
          "mk": ("Спонзорирано", ["Пензионерите преминуваат на овој план", "Кујнскиот уред што го сакаат готвачите"])}
VIDEO = {"en": "Watch: how the old mill was rebuilt in one winter", "sq": "Shikoni: si u rindërtua mulliri i vjetër",
         "mk": "Гледајте: како беше обновена старата воденица", "uz": "Tomosha qiling: tegirmon qanday tiklandi"}

# ---------------------------------------------------------------- garbage

def _tok(rng, n, al="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(al) for _ in range(n))


def _hex(rng, n):
    return _tok(rng, n, "0123456789abcdef")


def _b64(rng, n):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()


GARBAGE = [
    ("wp-shortcode", lambda r: '[gallery ids="%d,%d,%d" columns="3" link="file" size="medium"]' % tuple(r.randrange(100, 9999) for _ in range(3))),
    ("wp-caption", lambda r: '[caption id="attachment_%d" align="alignnone" width="%d"]' % (r.randrange(1000, 99999), r.choice([640, 800, 1024]))),
    ("liquid", lambda r: "{%% include related.html limit=%d %%}{{ page.date | date: \"%%b %%d, %%Y\" }}" % r.randrange(2, 6)),
    ("md-image", lambda r: "![hero-%s](https://cdn.example.net/uploads/%s.jpg \"hero\")" % (_tok(r, 4), _hex(r, 10))),
    ("latex-inline", lambda r: r.choice([r"$\sum_{i=1}^{n} x_i^{2} \leq \lambda_{\max}$", r"\(\mathbb{E}[X_t] = \int_0^t \mu(s)\,ds\)", r"$$\hat{\beta} = (X^\top X)^{-1} X^\top y$$"])),
    ("cssinjs", lambda r: "css-%s e%s0 sc-%s %s" % (_tok(r, 7), _tok(r, 6), _tok(r, 5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), _tok(r, 6, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))),
    ("ansi", lambda r: "[1;32m✔[0m built in %d.%02ds [33mwarn[39m chunk %s.js exceeds 500 kB" % (r.randrange(1, 9), r.randrange(100), _hex(r, 8))),
    ("email-headers", lambda r: "Received: from mail-%s.example.com (10.%d.%d.%d) Message-ID: <%s@mail.example.com> Content-Type: multipart/alternative; boundary=\"000000%s\"" % (_tok(r, 5), r.randrange(256), r.randrange(256), r.randrange(256), _hex(r, 16), _hex(r, 12))),
    ("php-fatal", lambda r: "PHP Fatal error: Uncaught Error: Call to undefined function get_field() in /var/www/html/wp-content/themes/%s/single.php:%d Stack trace: #0 {main} thrown" % (_tok(r, 6), r.randrange(10, 400))),
    ("go-trace", lambda r: "goroutine %d [running]: main.(*Server).render(0xc%s, {0x%s, 0x%s}) /app/server.go:%d +0x%s" % (r.randrange(1, 99), _hex(r, 9), _hex(r, 6), _hex(r, 2), r.randrange(10, 400), _hex(r, 3))),
    ("emoji-shortcode", lambda r: " ".join(r.sample([":smile:", ":+1:", ":tada:", ":fire:", ":heart_eyes:", ":rocket:", ":joy:"], 4))),
    ("font-datauri", lambda r: "url(data:font/woff2;base64,d09GMgABAAAA%s) format(\"woff2\")" % _b64(r, 24)),
    ("quoted-printable", lambda r: "Content-Transfer-Encoding: quoted-printable =C3=A9t=C3=A9 =E2=80=94 =%s=%s" % (_hex(r, 2).upper(), _hex(r, 2).upper())),
    ("access-log", lambda r: "203.0.113.%d - - [07/Dec/2026:%02d:%02d:%02d +0000] \"GET /wp-login.php HTTP/1.1\" 404 %d \"-\" \"curl/8.%d\"" % (r.randrange(1, 250), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(100, 9000), r.randrange(1, 9))),
    ("dockerfile", lambda r: "RUN apt-get update && apt-get install -y --no-install-recommends %s && rm -rf /var/lib/apt/lists/*" % r.choice(["libxml2-dev", "imagemagick", "ffmpeg"])),
]

# ---------------------------------------------------------------- residue

ADV = {"en": "Advertisement", "mr": "जाहिरात", "te": "ప్రకటన", "ml": "പരസ്യം", "my": "ကြော်ငြာ", "km": "ពាណិជ្ជកម្ម",
       "mn": "Сурталчилгаа", "uz": "Reklama", "ha": "Talla", "yo": "Ìpolówó", "zu": "Isikhangiso", "sq": "Reklamë",
       "mk": "Реклама"}
CONTINUE = {"en": "Continue reading below", "mr": "पुढील बातमी खाली वाचा", "te": "కింద చదవడం కొనసాగించండి",
            "ml": "തുടർന്ന് താഴെ വായിക്കുക", "my": "အောက်တွင် ဆက်ဖတ်ပါ", "km": "អានបន្តខាងក្រោម",
            "mn": "Доор үргэлжлүүлэн уншина уу", "uz": "Davomini quyida o‘qing", "ha": "Ci gaba da karantawa a ƙasa",
            "yo": "Ẹ máa kà á nìṣó nísàlẹ̀", "zu": "Qhubeka ufunde ngezansi", "sq": "Vazhdoni leximin më poshtë",
            "mk": "Продолжете со читање подолу"}
AGO = {"en": "{n} hours ago", "mr": "{n} तासांपूर्वी", "te": "{n} గంటల క్రితం", "ml": "{n} മണിക്കൂർ മുമ്പ്",
       "my": "{n} နာရီအကြာက", "km": "{n} ម៉ោងមុន", "mn": "{n} цагийн өмнө", "uz": "{n} soat oldin",
       "ha": "awa {n} da suka wuce", "yo": "wákàtí {n} sẹ́yìn", "zu": "emahoreni angu-{n} edlule", "sq": "{n} orë më parë",
       "mk": "пред {n} часа"}
ENLARGE = {"en": "Click to enlarge", "sq": "Kliko për ta zmadhuar", "mk": "Кликнете за зголемување",
           "uz": "Kattalashtirish uchun bosing", "mn": "Томруулахын тулд дарна уу", "mr": "मोठे करण्यासाठी क्लिक करा",
           "te": "పెద్దదిగా చూడటానికి క్లిక్ చేయండి"}
SHARES = {"en": "{k}K shares", "sq": "{k}K shpërndarje", "mk": "{k}K споделувања", "uz": "{k}K ulashish",
          "mn": "{k}K хуваалцсан", "te": "{k}K షేర్లు"}
PHOTO = {"en": "Photo:", "mr": "छायाचित्र:", "te": "ఫోటో:", "ml": "ഫോട്ടോ:", "my": "ဓာတ်ပုံ -", "km": "រូបថត៖",
         "mn": "Гэрэл зураг:", "uz": "Surat:", "ha": "Hoto:", "yo": "Àwòrán:", "zu": "Isithombe:", "sq": "Foto:",
         "mk": "Фото:"}
AGENCIES = ["R. Dana/VNA", "K. Osei/Reuters", "AP Photo/M. Lind", "Getty Images", "EPA-EFE/S. Petrov"]
CITE_SHAPES = ["⁽{n}⁾", "({n})", "[{a}]", "[[{n}]]", "{{{n}}}", "<{n}>"]
