# ruff: noqa: E501  (sentences read better whole than broken across lines)
"""The demo content in every other language, written by people, not machines: keyed by
slug (or page) and language. Rich text keeps the English paragraph and list structure, one
translated string for each English one, because wagtail-localize translates it piece by
piece. Names of people stay as they are."""

LANGUAGES = ["gd", "pl", "ur", "ar", "zh-hans"]

WHAT_IS_WRONG = {
    "gd": "Dè tha ceàrr",
    "pl": "Co jest nie tak",
    "ur": "مسئلہ کیا ہے",
    "ar": "ما المشكلة",
    "zh-hans": "问题在哪里",
}
WHAT_WE_WANT = {
    "gd": "Na tha sinn ag iarraidh",
    "pl": "Czego chcemy",
    "ur": "ہم کیا چاہتے ہیں",
    "ar": "ماذا نريد",
    "zh-hans": "我们想要什么",
}

TOPICS = {
    "money": {
        "gd": "Airgead is màl",
        "pl": "Pieniądze i czynsz",
        "ur": "پیسے اور کرایہ",
        "ar": "المال والإيجار",
        "zh-hans": "钱和房租",
    },
    "repairs": {
        "gd": "Càradh is sàbhailteachd",
        "pl": "Naprawy i bezpieczeństwo",
        "ur": "مرمت اور حفاظت",
        "ar": "الإصلاحات والسلامة",
        "zh-hans": "维修和安全",
    },
    "moving": {
        "gd": "A' gluasad a-steach 's a-mach",
        "pl": "Wprowadzka i wyprowadzka",
        "ur": "گھر میں آنا اور چھوڑنا",
        "ar": "الانتقال إلى السكن ومغادرته",
        "zh-hans": "搬进和搬出",
    },
    "rights": {
        "gd": "Na còraichean agad",
        "pl": "Twoje prawa",
        "ur": "آپ کے حقوق",
        "ar": "حقوقك",
        "zh-hans": "你的权利",
    },
}

HOME = {
    "gd": {
        "title": "Màl nas cothromaiche, le daoine a tha air màl",
        "intro": "Tha sinn air màl prìobhaideach. Bidh sinn a' sgrìobhadh bheachdan còmhla gus màl a dhèanamh nas cothromaiche, agus bheir a' charthannas iad chun nan daoine a tha a' dèanamh nan riaghailtean.",
        "how_to_join": "Faodaidh duine sam bith aig a bheil dachaigh air màl ann an Alba a thighinn còmhla rinn. Innis dhuinn beagan mu do dheidhinn, agus cluinnidh tu bhuainn taobh a-staigh seachdain.",
    },
    "pl": {
        "title": "Uczciwszy wynajem, tworzony przez najemców",
        "intro": "Wynajmujemy mieszkania od prywatnych właścicieli. Razem piszemy pomysły, jak sprawić, by wynajem był uczciwszy, a organizacja charytatywna zanosi je do ludzi, którzy ustalają przepisy.",
        "how_to_join": "Może dołączyć każdy, kto wynajmuje mieszkanie w Szkocji. Napisz nam kilka słów o sobie, a odpowiemy w ciągu tygodnia.",
    },
    "ur": {
        "title": "کرایہ داری کو منصفانہ بنانا، کرایہ داروں کے ہاتھوں",
        "intro": "ہم نجی مکانوں کے کرایہ دار ہیں۔ ہم مل کر ایسے خیالات لکھتے ہیں جو کرایہ داری کو منصفانہ بنائیں، اور فلاحی ادارہ انہیں قانون بنانے والوں تک پہنچاتا ہے۔",
        "how_to_join": "اسکاٹ لینڈ میں کرائے کے گھر میں رہنے والا ہر شخص شامل ہو سکتا ہے۔ ہمیں اپنے بارے میں تھوڑا سا بتائیں، ہم ایک ہفتے کے اندر آپ سے رابطہ کریں گے۔",
    },
    "ar": {
        "title": "إيجار أكثر عدلًا، يصنعه المستأجرون أنفسهم",
        "intro": "نحن مستأجرون في السكن الخاص. نكتب الأفكار معًا لنجعل الإيجار أكثر عدلًا، وتحملها الجمعية الخيرية إلى من يضعون القوانين.",
        "how_to_join": "يمكن لأي شخص يستأجر بيتًا في اسكتلندا أن ينضم. أخبرنا قليلًا عن نفسك، وسنرد عليك خلال أسبوع.",
    },
    "zh-hans": {
        "title": "让租房更公平，由租房的人自己来做",
        "intro": "我们是私人租房的租客。我们一起写想法，让租房更公平，慈善机构再把这些想法带给制定规则的人。",
        "how_to_join": "在苏格兰租房住的人都可以加入。跟我们说说你自己，我们会在一周内回复你。",
    },
}

INDEX = {
    "gd": {
        "title": "Beachdan poileasaidh",
        "intro": "Beachdan air an sgrìobhadh le daoine a tha air màl, gus màl a dhèanamh nas cothromaiche ann an Alba.",
    },
    "pl": {
        "title": "Pomysły na zmiany",
        "intro": "Pomysły napisane przez najemców, by wynajem w Szkocji był uczciwszy.",
    },
    "ur": {
        "title": "پالیسی کے خیالات",
        "intro": "کرایہ داروں کے لکھے ہوئے خیالات، تاکہ اسکاٹ لینڈ میں کرایہ داری منصفانہ ہو۔",
    },
    "ar": {
        "title": "أفكار للسياسات",
        "intro": "أفكار كتبها المستأجرون، ليصبح الإيجار أكثر عدلًا في اسكتلندا.",
    },
    "zh-hans": {
        "title": "政策想法",
        "intro": "由租房的人写的想法，让苏格兰的租房更公平。",
    },
}


def _policy(language, title, summary, wrong, want, asks, quote):
    return {
        "title": title,
        "summary": summary,
        "body": {
            "sections": [(WHAT_IS_WRONG[language], wrong), (WHAT_WE_WANT[language], want)],
            "asks": asks,
            "quote": quote,
        },
    }


POLICIES = {
    "cap-rent-rises": {
        "gd": _policy(
            "gd",
            "Stad air àrdachaidhean mòra sa mhàl",
            "Cha bu chòir don mhàl a dhol suas nas motha na an atmhorachd ann am bliadhna, gus am faod daoine fuireach nan dachaighean.",
            "<p>Chaidh am màl aig mòran againn suas gu mòr aig an aon àm. Bha aig cuid againn ri gluasad air falbh bhon sgoil, bhon obair no bhon teaghlach againn oir cha b' urrainn dhuinn pàigheadh.</p>",
            "<p>Cha bu chòir àrdachadh màil a bhith <b>nas motha na an atmhorachd</b>, aon turas sa bhliadhna. Feumaidh an t-uachdaran innse dhut ann an sgrìobhadh, trì mìosan ro làimh.</p><ul><li>Aon àrdachadh sa bhliadhna aig a' char as motha.</li><li>Rabhadh trì mìosan, ann an sgrìobhadh.</li><li>Dòigh shìmplidh gun chosgais airson a chur an aghaidh.</li></ul>",
            [
                "Cuir crìoch air àrdachaidhean màil bliadhnail aig ìre na h-atmhorachd",
                "Thoir rabhadh sgrìobhte trì mìosan mu àrdachadh sam bith",
                "Dèan e an-asgaidh àrdachadh a chur an aghaidh",
            ],
            "Chaidh mo mhàl suas £150 sa mhìos le rabhadh ceithir seachdainean. B' fheudar dhomh mo chlann a ghluasad gu sgoil ùr.",
        ),
        "pl": _policy(
            "pl",
            "Koniec z wielkimi podwyżkami czynszu",
            "Czynsz nie powinien rosnąć w ciągu roku bardziej niż inflacja, żeby ludzie mogli zostać w swoich domach.",
            "<p>Wielu z nas dostało nagle dużą podwyżkę czynszu. Niektórzy musieli wyprowadzić się daleko od szkoły, pracy albo rodziny, bo nie było nas stać.</p>",
            "<p>Podwyżka czynszu nie powinna być <b>większa niż inflacja</b> i może być tylko raz w roku. Właściciel musi powiedzieć o niej na piśmie, trzy miesiące wcześniej.</p><ul><li>Najwyżej jedna podwyżka w roku.</li><li>Trzy miesiące wcześniej, na piśmie.</li><li>Darmowy i prosty sposób, by ją zakwestionować.</li></ul>",
            [
                "Podwyżki czynszu w roku najwyżej o inflację",
                "Pisemna informacja o każdej podwyżce trzy miesiące wcześniej",
                "Darmowe zakwestionowanie podwyżki",
            ],
            "Mój czynsz wzrósł o 150 funtów miesięcznie, a dowiedziałam się o tym cztery tygodnie wcześniej. Musiałam przenieść dzieci do nowej szkoły.",
        ),
        "ur": _policy(
            "ur",
            "کرائے میں بڑے اضافے روکیں",
            "ایک سال میں کرایہ مہنگائی سے زیادہ نہیں بڑھنا چاہیے، تاکہ لوگ اپنے گھروں میں رہ سکیں۔",
            "<p>ہم میں سے بہت سے لوگوں کا کرایہ ایک ہی بار میں بہت بڑھ گیا۔ کچھ کو اپنے اسکول، اپنی نوکری یا اپنے خاندان سے دور جانا پڑا کیونکہ ہم کرایہ ادا نہیں کر سکتے تھے۔</p>",
            "<p>کرائے میں اضافہ <b>مہنگائی سے زیادہ نہیں</b> ہونا چاہیے، اور سال میں صرف ایک بار۔ مالک مکان کو تین مہینے پہلے لکھ کر بتانا ہوگا۔</p><ul><li>سال میں زیادہ سے زیادہ ایک اضافہ۔</li><li>تین مہینے پہلے، لکھ کر اطلاع۔</li><li>اسے چیلنج کرنے کا مفت اور آسان طریقہ۔</li></ul>",
            [
                "سالانہ کرائے کا اضافہ مہنگائی تک محدود کریں",
                "کسی بھی اضافے کی تین مہینے پہلے تحریری اطلاع دیں",
                "اضافے کو چیلنج کرنا مفت بنائیں",
            ],
            "میرا کرایہ چار ہفتوں کے نوٹس پر ہر مہینے £150 بڑھ گیا۔ مجھے اپنے بچوں کو نئے اسکول میں داخل کرانا پڑا۔",
        ),
        "ar": _policy(
            "ar",
            "أوقفوا الزيادات الكبيرة في الإيجار",
            "يجب ألّا يرتفع الإيجار في السنة الواحدة أكثر من نسبة التضخم، حتى يبقى الناس في بيوتهم.",
            "<p>ارتفع إيجار كثيرين منا كثيرًا دفعة واحدة. اضطر بعضنا إلى الابتعاد عن المدرسة أو العمل أو العائلة لأننا لم نستطع الدفع.</p>",
            "<p>يجب ألّا تزيد زيادة الإيجار <b>عن نسبة التضخم</b>، ومرة واحدة في السنة. وعلى المالك أن يخبرك كتابةً قبل ثلاثة أشهر.</p><ul><li>زيادة واحدة في السنة على الأكثر.</li><li>إشعار مكتوب قبل ثلاثة أشهر.</li><li>طريقة سهلة ومجانية للاعتراض عليها.</li></ul>",
            [
                "حدّ الزيادة السنوية في الإيجار بنسبة التضخم",
                "إشعار مكتوب قبل ثلاثة أشهر من أي زيادة",
                "الاعتراض على الزيادة مجانًا",
            ],
            "ارتفع إيجاري 150 جنيهًا إسترلينيًا في الشهر بإشعار مدته أربعة أسابيع فقط. اضطررت إلى نقل أطفالي إلى مدرسة جديدة.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "停止大幅涨租",
            "房租一年内的涨幅不应超过通货膨胀，这样大家才能留在自己的家里。",
            "<p>我们很多人的房租一下子涨了很多。有些人因为付不起，只好搬走，离开了学校、工作或家人。</p>",
            "<p>房租的涨幅应该<b>不超过通货膨胀</b>，而且一年最多一次。房东必须提前三个月书面通知你。</p><ul><li>一年最多涨一次。</li><li>提前三个月书面通知。</li><li>有免费、简单的办法提出异议。</li></ul>",
            ["每年涨租不超过通货膨胀", "任何涨租都要提前三个月书面通知", "对涨租提出异议不收费"],
            "我的房租每月涨了150英镑，只提前四周通知。我只好让孩子转到新学校。",
        ),
    },
    "repairs-done-on-time": {
        "gd": _policy(
            "gd",
            "Càradh air a dhèanamh ann an deagh àm",
            "Bu chòir do dh'uachdarain duilgheadasan a chàradh taobh a-staigh amannan suidhichte, agus bu chòir do luchd-màil cuideachadh fhaighinn gu luath nuair nach dèan iad sin.",
            "<p>Faodaidh goileadair briste, mullach a tha a' leigeil a-steach uisge no doras nach glais toirt mìosan airson a chàradh. Tha eagal air cuid againn faighneachd, air eagal 's gun tèid iarraidh oirnn falbh.</p>",
            "<p>Crìochan-ama soilleir airson càradh:</p><ul><li>Rudan èiginneach, mar gun teas no gun uisge: <b>taobh a-staigh 24 uairean</b>.</li><li>Càradh eile: taobh a-staigh 28 latha.</li></ul><p>Mura dèan an t-uachdaran dad, bu chòir don chomhairle a dhol an sàs agus am bile a chur chun an uachdarain.</p>",
            [
                "Càradh èiginneach taobh a-staigh 24 uairean",
                "Càradh eile taobh a-staigh 28 latha",
                "Faodaidh a' chomhairle a chàradh agus pàigheadh iarraidh air an uachdaran",
            ],
            "Cha robh uisge teth againn airson còig seachdainean sa gheamhradh. Bha an t-àidseant an-còmhnaidh ag ràdh gun robh cuideigin a' tighinn.",
        ),
        "pl": _policy(
            "pl",
            "Naprawy na czas",
            "Właściciele powinni usuwać usterki w ustalonym czasie, a najemcy powinni szybko dostać pomoc, gdy tak się nie dzieje.",
            "<p>Zepsuty piec, cieknący dach albo drzwi, których nie da się zamknąć, mogą czekać na naprawę miesiącami. Niektórzy z nas boją się prosić, bo mogą usłyszeć, że mają się wyprowadzić.</p>",
            "<p>Jasne terminy napraw:</p><ul><li>Pilne sprawy, na przykład brak ogrzewania albo wody: <b>w ciągu 24 godzin</b>.</li><li>Inne naprawy: w ciągu 28 dni.</li></ul><p>Jeśli właściciel nic nie zrobi, gmina powinna sama zlecić naprawę i wysłać mu rachunek.</p>",
            [
                "Pilne naprawy w ciągu 24 godzin",
                "Inne naprawy w ciągu 28 dni",
                "Gmina może naprawić i obciążyć kosztami właściciela",
            ],
            "Zimą przez pięć tygodni nie mieliśmy ciepłej wody. Agent ciągle mówił, że ktoś przyjdzie.",
        ),
        "ur": _policy(
            "ur",
            "مرمت وقت پر کروائیں",
            "مالک مکان کو مقررہ وقت کے اندر خرابیاں ٹھیک کرنی چاہییں، اور اگر وہ ایسا نہ کریں تو کرایہ داروں کو جلدی مدد ملنی چاہیے۔",
            "<p>خراب بوائلر، ٹپکتی چھت یا ایسا دروازہ جو بند نہ ہو، اسے ٹھیک ہونے میں مہینے لگ سکتے ہیں۔ ہم میں سے کچھ لوگ پوچھنے سے ڈرتے ہیں کہ کہیں ہمیں گھر چھوڑنے کو نہ کہہ دیا جائے۔</p>",
            "<p>مرمت کے لیے وقت کی واضح حد:</p><ul><li>فوری کام، جیسے ہیٹنگ یا پانی نہ ہونا: <b>24 گھنٹوں کے اندر</b>۔</li><li>باقی مرمت: 28 دن کے اندر۔</li></ul><p>اگر مالک مکان کچھ نہ کرے تو کونسل کو خود کام کروانا چاہیے اور بل مالک مکان کو بھیجنا چاہیے۔</p>",
            [
                "فوری مرمت 24 گھنٹوں کے اندر",
                "باقی مرمت 28 دن کے اندر",
                "کونسل مرمت کروا کر خرچ مالک مکان سے لے سکے",
            ],
            "سردیوں میں پانچ ہفتے تک ہمارے پاس گرم پانی نہیں تھا۔ ایجنٹ بار بار کہتا رہا کہ کوئی آ رہا ہے۔",
        ),
        "ar": _policy(
            "ar",
            "الإصلاحات في وقتها",
            "يجب على الملاك إصلاح الأعطال خلال مدة محددة، ويجب أن يحصل المستأجرون على مساعدة سريعة إذا لم يفعلوا.",
            "<p>قد يستغرق إصلاح سخّان معطّل أو سقف يسرّب الماء أو باب لا يُقفل شهورًا. بعضنا يخاف أن يطلب الإصلاح لئلا يُطلب منه ترك البيت.</p>",
            "<p>مُهل واضحة للإصلاحات:</p><ul><li>الأمور العاجلة، مثل انقطاع التدفئة أو الماء: <b>خلال 24 ساعة</b>.</li><li>الإصلاحات الأخرى: خلال 28 يومًا.</li></ul><p>إذا لم يتصرف المالك، يجب أن يتدخل المجلس المحلي ويرسل الفاتورة إلى المالك.</p>",
            [
                "الإصلاحات العاجلة خلال 24 ساعة",
                "الإصلاحات الأخرى خلال 28 يومًا",
                "يستطيع المجلس المحلي الإصلاح وتحميل المالك التكلفة",
            ],
            "بقينا خمسة أسابيع بلا ماء ساخن في الشتاء. وكان الوكيل يقول دائمًا إن أحدًا سيأتي.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "按时完成维修",
            "房东应在规定时间内修好问题；如果他们不修，租客应能很快得到帮助。",
            "<p>坏掉的锅炉、漏水的屋顶或锁不上的门，可能要好几个月才修好。我们有些人不敢开口，怕被要求搬走。</p>",
            "<p>维修要有明确的期限：</p><ul><li>紧急的事，比如没有暖气或没有水：<b>24小时内</b>。</li><li>其他维修：28天内。</li></ul><p>如果房东不处理，市政府应该出面修好，再把账单寄给房东。</p>",
            ["紧急维修24小时内完成", "其他维修28天内完成", "市政府可以先修，再向房东收费"],
            "冬天我们有五个星期没有热水。中介一直说马上有人来。",
        ),
    },
    "end-damp-and-mould": {
        "gd": _policy(
            "gd",
            "Crìoch air taiseachd is clòimh-liath ann an dachaighean air màl",
            "Cha bu chòir do dhuine sam bith a bhith beò le taiseachd is clòimh-liath. Feumaidh uachdarain an t-adhbhar a lorg agus a chàradh, chan ann dìreach peantadh thairis air.",
            "<p>Bidh taiseachd is clòimh-liath a' dèanamh dhaoine tinn, gu sònraichte clann agus daoine leis a' chuing. Ro thric thathar ag ràdh rinn uinneag fhosgladh, agus bidh an t-uachdaran a' peantadh thairis air.</p>",
            "<p>Nuair a dh'innseas neach-màil gu bheil taiseachd ann, feumaidh an t-uachdaran a chur fo sgrùdadh taobh a-staigh 14 latha agus an t-adhbhar a chàradh. Cha bu chòir coire a chur air luchd-màil airson beatha àbhaisteach, mar còcaireachd agus aodach a thiormachadh.</p>",
            [
                "Sgrùd taiseachd taobh a-staigh 14 latha bho chaidh innse",
                "Càraich an t-adhbhar, chan e an smal",
                "Sguir a chur na coire air luchd-màil airson beatha làitheil",
            ],
            "Dh'fhàs a' chuing aig mo nighean mòran na bu mhiosa. Thàinig a' chlòimh-liath air ais a h-uile turas a pheant iad thairis oirre.",
        ),
        "pl": _policy(
            "pl",
            "Koniec z wilgocią i pleśnią w wynajmowanych domach",
            "Nikt nie powinien mieszkać z wilgocią i pleśnią. Właściciel musi znaleźć przyczynę i ją usunąć, a nie tylko zamalować ścianę.",
            "<p>Wilgoć i pleśń wywołują choroby, zwłaszcza u dzieci i osób z astmą. Za często słyszymy, że mamy otworzyć okno, a właściciel po prostu zamalowuje pleśń.</p>",
            "<p>Gdy najemca zgłosi wilgoć, właściciel musi w ciągu 14 dni zlecić sprawdzenie i usunąć przyczynę. Najemców nigdy nie wolno obwiniać za zwykłe życie, takie jak gotowanie czy suszenie prania.</p>",
            [
                "Sprawdzenie zgłoszonej wilgoci w ciągu 14 dni",
                "Usuwanie przyczyny, a nie plamy",
                "Koniec z obwinianiem najemców za codzienne życie",
            ],
            "Astma mojej córki bardzo się pogorszyła. Pleśń wracała za każdym razem, gdy ją zamalowywali.",
        ),
        "ur": _policy(
            "ur",
            "کرائے کے گھروں میں نمی اور پھپھوندی ختم کریں",
            "کسی کو نمی اور پھپھوندی کے ساتھ نہیں رہنا چاہیے۔ مالک مکان کو وجہ ڈھونڈ کر اسے ٹھیک کرنا ہوگا، صرف اوپر سے رنگ نہیں کرنا۔",
            "<p>نمی اور پھپھوندی لوگوں کو بیمار کرتی ہے، خاص طور پر بچوں اور دمے کے مریضوں کو۔ اکثر ہمیں کہا جاتا ہے کہ کھڑکی کھول دیں، اور مالک مکان اس پر رنگ کر دیتا ہے۔</p>",
            "<p>جب کرایہ دار نمی کی شکایت کرے تو مالک مکان کو 14 دن کے اندر اس کا معائنہ کروانا اور اصل وجہ ٹھیک کرنا ہوگا۔ کرایہ داروں پر عام زندگی، جیسے کھانا پکانے اور کپڑے سکھانے، کا الزام کبھی نہیں ڈالنا چاہیے۔</p>",
            [
                "شکایت کی گئی نمی کا 14 دن کے اندر معائنہ",
                "داغ نہیں، اصل وجہ ٹھیک کریں",
                "روزمرہ زندگی کا الزام کرایہ داروں پر ڈالنا بند کریں",
            ],
            "میری بیٹی کا دمہ بہت بگڑ گیا۔ جب بھی وہ اس پر رنگ کرتے، پھپھوندی واپس آ جاتی۔",
        ),
        "ar": _policy(
            "ar",
            "لننهِ الرطوبة والعفن في البيوت المستأجرة",
            "لا يجب أن يعيش أحد مع الرطوبة والعفن. على المالك أن يجد السبب ويصلحه، لا أن يطليه بالدهان فقط.",
            "<p>الرطوبة والعفن يمرضان الناس، وخاصة الأطفال ومن لديهم ربو. وكثيرًا ما يُقال لنا افتحوا النافذة، ثم يطلي المالك فوق العفن.</p>",
            "<p>عندما يبلّغ المستأجر عن الرطوبة، يجب على المالك أن يفحصها خلال 14 يومًا ويصلح سببها. ولا يجوز أبدًا لوم المستأجرين على الحياة العادية، مثل الطبخ وتجفيف الملابس.</p>",
            [
                "فحص الرطوبة المبلَّغ عنها خلال 14 يومًا",
                "إصلاح السبب لا البقعة",
                "التوقف عن لوم المستأجرين على الحياة اليومية",
            ],
            "ساء الربو عند ابنتي كثيرًا. وكان العفن يعود كلما طلوا فوقه.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "消除出租房里的潮湿和霉菌",
            "谁都不应该和潮湿、霉菌一起生活。房东必须找到原因并解决，而不是只刷一层漆盖住。",
            "<p>潮湿和霉菌会让人生病，尤其是孩子和有哮喘的人。我们常常被叫去开窗，房东就在上面刷一层漆。</p>",
            "<p>租客报告潮湿后，房东必须在14天内请人检查，并解决根本原因。租客绝不应因为做饭、晾衣服这样的正常生活而被责怪。</p>",
            ["报告潮湿后14天内检查", "解决原因，而不是盖住污渍", "不再因日常生活责怪租客"],
            "我女儿的哮喘变得严重多了。他们每次刷漆盖住，霉菌都会再长出来。",
        ),
    },
    "protect-deposits": {
        "gd": _policy(
            "gd",
            "Tasgaidhean cothromach",
            "Bu chòir do thasgadh fhaighinn air ais gu luath is gu cothromach, agus cha bu chòir gum feumadh tu dà thasgadh airson gluasad.",
            "<p>Airson gluasad, gu tric feumaidh tu tasgadh ùr mus tig an seann fhear air ais. Tha sin doirbh do dhuine sam bith air teachd-a-steach ìosal.</p>",
            "<p>Bu chòir tasgaidhean a thilleadh taobh a-staigh 14 latha. Bu chòir gum b' urrainn do neach-màil an tasgadh aca a ghluasad dìreach gu dachaigh ùr. Feumar dealbhan is cuidhteasan a shealltainn airson airgead sam bith a thèid a chumail air ais.</p>",
            [
                "Tasgaidhean air ais taobh a-staigh 14 latha",
                "Leig le tasgaidhean gluasad còmhla riut",
                "Seall dearbhadh airson airgead sam bith a thèid a chumail",
            ],
            "Chaidil mi air sòfa caraid airson mìos oir cha b' urrainn dhomh dà thasgadh a phàigheadh aig an aon àm.",
        ),
        "pl": _policy(
            "pl",
            "Uczciwe kaucje",
            "Zwrot kaucji powinien być szybki i uczciwy, a do przeprowadzki nie powinny być potrzebne dwie kaucje.",
            "<p>Przy przeprowadzce często trzeba zapłacić nową kaucję, zanim wróci stara. To trudne dla każdego, kto mało zarabia.</p>",
            "<p>Kaucja powinna wracać w ciągu 14 dni. Najemca powinien móc przenieść kaucję prosto do nowego mieszkania. Każde potrącenie trzeba udowodnić zdjęciami i rachunkami.</p>",
            [
                "Zwrot kaucji w ciągu 14 dni",
                "Kaucja, która przechodzi razem z tobą",
                "Dowody na każde potrącenie",
            ],
            "Przez miesiąc spałem na kanapie u kolegi, bo nie byłem w stanie zapłacić dwóch kaucji naraz.",
        ),
        "ur": _policy(
            "ur",
            "ڈپازٹ کو منصفانہ بنائیں",
            "اپنا ڈپازٹ واپس لینا جلدی اور منصفانہ ہونا چاہیے، اور گھر بدلنے کے لیے دو ڈپازٹ کی ضرورت نہیں ہونی چاہیے۔",
            "<p>گھر بدلنے کے لیے اکثر پرانا ڈپازٹ واپس آنے سے پہلے نیا ڈپازٹ دینا پڑتا ہے۔ کم آمدنی والے کسی بھی شخص کے لیے یہ مشکل ہے۔</p>",
            "<p>ڈپازٹ 14 دن کے اندر واپس ہونا چاہیے۔ کرایہ دار کو اپنا ڈپازٹ سیدھا نئے گھر میں منتقل کرنے کی سہولت ہونی چاہیے۔ جو پیسے بھی روکے جائیں، ان کا ثبوت تصویروں اور رسیدوں سے دکھانا ہوگا۔</p>",
            [
                "ڈپازٹ 14 دن کے اندر واپس",
                "ڈپازٹ کو آپ کے ساتھ منتقل ہونے دیں",
                "روکے گئے ہر پیسے کا ثبوت دکھائیں",
            ],
            "میں ایک مہینہ ایک دوست کے صوفے پر سویا کیونکہ میں ایک ساتھ دو ڈپازٹ نہیں دے سکتا تھا۔",
        ),
        "ar": _policy(
            "ar",
            "تأمين عادل",
            "يجب أن يعود إليك التأمين بسرعة وبعدل، ولا يجب أن تحتاج إلى تأمينين حتى تنتقل.",
            "<p>عند الانتقال، تحتاج غالبًا إلى دفع تأمين جديد قبل أن يعود القديم. وهذا صعب على كل من دخله قليل.</p>",
            "<p>يجب إعادة التأمين خلال 14 يومًا. ويجب أن يستطيع المستأجر نقل تأمينه مباشرة إلى بيت جديد. وأي مبلغ يُخصم يجب إثباته بالصور والإيصالات.</p>",
            ["إعادة التأمين خلال 14 يومًا", "نقل التأمين معك", "إثبات أي مبلغ يُخصم"],
            "نمت على أريكة صديق لمدة شهر لأنني لم أستطع دفع تأمينين في وقت واحد.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "押金要公平",
            "拿回押金应该又快又公平，搬家也不应该要付两份押金。",
            "<p>搬家时，旧押金还没退回来，往往就要先付新押金。这对收入低的人来说很难。</p>",
            "<p>押金应在14天内退还。租客应该可以把押金直接转到新的住处。扣下的任何钱都必须用照片和收据证明。</p>",
            ["14天内退还押金", "押金可以跟着你转走", "扣钱必须有证明"],
            "我在朋友家的沙发上睡了一个月，因为我没办法同时付两份押金。",
        ),
    },
    "longer-notice-to-leave": {
        "gd": _policy(
            "gd",
            "Barrachd ùine nuair a thèid iarraidh ort falbh",
            "Bu chòir do luchd-màil rabhadh sia mìosan co-dhiù fhaighinn mus fhalbh iad, gus an lorg iad dachaigh ùr gun a bhith gun dachaigh.",
            "<p>Bheir e ùine dachaigh a lorg as urrainn dhut a phàigheadh. Le rabhadh goirid, bidh cuid de dhaoine gun dachaigh no ann an àite nach eil sàbhailte.</p>",
            "<p>Co-dhiù <b>rabhadh sia mìosan</b> do dhuine sam bith a tha air a bhith a' fuireach ann an dachaigh airson còrr is sia mìosan. Bu chòir cuideachadh bhon chomhairle tòiseachadh air an latha a thig an rabhadh, chan ann air an latha a dh'fhàgas tu.</p>",
            [
                "Rabhadh sia mìosan mus fhalbh thu",
                "Cuideachadh na comhairle a' tòiseachadh nuair a thig an rabhadh",
            ],
            "Dh'fhàg mi cùram aig 18 agus fhuair mi ochd seachdainean airson mo chiad flat fhàgail. Cha robh àite agam airson a dhol.",
        ),
        "pl": _policy(
            "pl",
            "Więcej czasu, gdy każą ci się wyprowadzić",
            "Najemcy powinni dostawać co najmniej sześć miesięcy wypowiedzenia, żeby znaleźć nowy dom i nie zostać bez dachu nad głową.",
            "<p>Znalezienie domu, na który cię stać, wymaga czasu. Przy krótkim wypowiedzeniu niektórzy zostają bez dachu nad głową albo trafiają do miejsca, które nie jest bezpieczne.</p>",
            "<p>Co najmniej <b>sześć miesięcy wypowiedzenia</b> dla każdego, kto mieszka w danym domu dłużej niż sześć miesięcy. Pomoc od gminy powinna zaczynać się w dniu, w którym przychodzi wypowiedzenie, a nie w dniu wyprowadzki.</p>",
            ["Sześć miesięcy wypowiedzenia", "Pomoc gminy od dnia wypowiedzenia"],
            "Wyszłam z pieczy zastępczej w wieku 18 lat i dostałam osiem tygodni na opuszczenie mojego pierwszego mieszkania. Nie miałam dokąd pójść.",
        ),
        "ur": _policy(
            "ur",
            "گھر چھوڑنے کا کہا جائے تو زیادہ وقت",
            "کرایہ داروں کو گھر چھوڑنے کا کم از کم چھ مہینے کا نوٹس ملنا چاہیے، تاکہ وہ بے گھر ہوئے بغیر نیا گھر ڈھونڈ سکیں۔",
            "<p>ایسا گھر ڈھونڈنے میں وقت لگتا ہے جس کا کرایہ آپ دے سکیں۔ کم نوٹس کی وجہ سے کچھ لوگ بے گھر ہو جاتے ہیں یا کسی غیر محفوظ جگہ پہنچ جاتے ہیں۔</p>",
            "<p>جو بھی شخص کسی گھر میں چھ مہینے سے زیادہ رہ چکا ہو، اسے کم از کم <b>چھ مہینے کا نوٹس</b> ملنا چاہیے۔ کونسل کی مدد اسی دن شروع ہونی چاہیے جس دن نوٹس ملے، نہ کہ اس دن جب آپ گھر چھوڑیں۔</p>",
            ["گھر چھوڑنے کا چھ مہینے کا نوٹس", "نوٹس ملتے ہی کونسل کی مدد شروع ہو"],
            "میں 18 سال کی عمر میں نگہداشت سے نکلا اور مجھے اپنا پہلا فلیٹ چھوڑنے کے لیے آٹھ ہفتے دیے گئے۔ میرے پاس جانے کی کوئی جگہ نہیں تھی۔",
        ),
        "ar": _policy(
            "ar",
            "وقت أطول عندما يُطلب منك المغادرة",
            "يجب أن يحصل المستأجرون على إشعار بالمغادرة قبل ستة أشهر على الأقل، حتى يجدوا بيتًا جديدًا دون أن يصبحوا بلا مأوى.",
            "<p>العثور على بيت تقدر على إيجاره يحتاج إلى وقت. ومع الإشعار القصير، ينتهي الأمر ببعض الناس بلا مأوى أو في مكان غير آمن.</p>",
            "<p><b>إشعار قبل ستة أشهر</b> على الأقل لكل من سكن في بيت أكثر من ستة أشهر. ويجب أن تبدأ مساعدة المجلس المحلي يوم وصول الإشعار، لا يوم مغادرتك.</p>",
            ["إشعار بالمغادرة قبل ستة أشهر", "مساعدة المجلس تبدأ عند وصول الإشعار"],
            "خرجت من دار الرعاية في سن 18، وأُعطيت ثمانية أسابيع لأترك أول شقة لي. لم يكن لدي مكان أذهب إليه.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "被要求搬走时，给更多时间",
            "租客应至少提前六个月收到搬走通知，这样他们能找到新家，而不会无家可归。",
            "<p>找到一个住得起的家需要时间。通知太短，有些人就会无家可归，或者住进不安全的地方。</p>",
            "<p>在一个地方住了六个月以上的人，应至少<b>提前六个月</b>收到通知。市政府的帮助应该从收到通知那天开始，而不是从你搬走那天开始。</p>",
            ["提前六个月通知搬走", "收到通知时市政府就开始帮忙"],
            "我18岁离开寄养照顾，只有八个星期搬出我的第一套公寓。我无处可去。",
        ),
    },
    "no-letting-agent-fees": {
        "gd": _policy(
            "gd",
            "Gun chìsean falaichte bho àidseantan màil",
            "Tha e mu thràth an aghaidh an lagha do dh'àidseantan màil cìsean a thogail air luchd-màil. Tha sinn airson gun tèid an lagh a chur an gnìomh, agus an t-airgead a thilleadh gu luath.",
            "<p>Tha cuid de dh'àidseantan fhathast ag iarraidh 'cìsean rianachd', 'cìsean teisteanais' no 'cìsean glèidhidh'. Chan eil fios aig mòran de luchd-màil nach eil iad sin ceadaichte.</p>",
            "<p>Feumaidh àidseantan brath soilleir a shealltainn: <b>chan fheum thu cìs sam bith a phàigheadh</b>. Bu chòir foirm shìmplidh a bhith aig luchd-màil gus airgead iarraidh air ais, agus bu chòir do dh'àidseantan a bhriseas na riaghailtean an clàradh a chall.</p>",
            [
                "Brath soilleir 'gun chìsean' anns gach oifis is làrach-lìn àidseant",
                "Dòigh shìmplidh gus cìsean fhaighinn air ais",
                "Àidseantan a thogas cìsean a' call an clàraidh",
            ],
            "Phàigh mi £200 airson 'sgrùdadh teisteanais'. Fhuair mi a-mach an uair sin nach robh e ceadaichte.",
        ),
        "pl": _policy(
            "pl",
            "Żadnych ukrytych opłat u agentów",
            "Prawo już teraz zabrania agencjom najmu pobierania opłat od najemców. Chcemy, żeby go przestrzegano, a pieniądze szybko oddawano.",
            "<p>Niektóre agencje wciąż żądają 'opłat administracyjnych', 'opłat za referencje' albo 'opłat rezerwacyjnych'. Wielu najemców nie wie, że to niedozwolone.</p>",
            "<p>Agencje muszą pokazywać jasną informację: <b>nie musisz płacić żadnych opłat</b>. Najemcy powinni dostać prosty formularz, żeby odzyskać pieniądze, a agencje łamiące zasady powinny tracić rejestrację.</p>",
            [
                "Jasna informacja 'bez opłat' w każdym biurze i na każdej stronie agencji",
                "Prosty sposób na odzyskanie opłat",
                "Agencje pobierające opłaty tracą rejestrację",
            ],
            "Zapłaciłem 200 funtów za 'sprawdzenie referencji'. Później dowiedziałem się, że to było niedozwolone.",
        ),
        "ur": _policy(
            "ur",
            "لیٹنگ ایجنٹ کی کوئی چھپی فیس نہیں",
            "لیٹنگ ایجنٹوں کا کرایہ داروں سے فیس لینا پہلے ہی قانون کے خلاف ہے۔ ہم چاہتے ہیں کہ اس قانون پر عمل ہو اور پیسے جلدی واپس ملیں۔",
            "<p>کچھ ایجنٹ اب بھی 'ایڈمن فیس'، 'ریفرنس فیس' یا 'ہولڈنگ فیس' مانگتے ہیں۔ بہت سے کرایہ داروں کو معلوم نہیں کہ ان کی اجازت نہیں ہے۔</p>",
            "<p>ایجنٹوں کو ایک واضح نوٹس دکھانا ہوگا: <b>آپ کو کوئی فیس نہیں دینی</b>۔ کرایہ داروں کو پیسے واپس مانگنے کے لیے ایک آسان فارم ملنا چاہیے، اور قانون توڑنے والے ایجنٹوں کی رجسٹریشن ختم ہونی چاہیے۔</p>",
            [
                "ہر ایجنٹ کے دفتر اور ویب سائٹ پر 'کوئی فیس نہیں' کا واضح نوٹس",
                "فیس واپس لینے کا آسان طریقہ",
                "فیس لینے والے ایجنٹوں کی رجسٹریشن ختم",
            ],
            "میں نے 'ریفرنس چیک' کے لیے £200 دیے۔ بعد میں پتا چلا کہ اس کی اجازت نہیں تھی۔",
        ),
        "ar": _policy(
            "ar",
            "لا رسوم خفية لوكلاء التأجير",
            "القانون يمنع بالفعل وكلاء التأجير من أخذ رسوم من المستأجرين. نريد تطبيقه، وإعادة المال بسرعة.",
            "<p>ما زال بعض الوكلاء يطلبون 'رسومًا إدارية' أو 'رسوم مراجع' أو 'رسوم حجز'. وكثير من المستأجرين لا يعرفون أن هذه الرسوم ممنوعة.</p>",
            "<p>يجب على الوكلاء عرض إشعار واضح: <b>لا يلزمك دفع أي رسوم</b>. ويجب أن يحصل المستأجرون على استمارة بسيطة لاسترداد المال، وأن يفقد الوكلاء الذين يخالفون القواعد تسجيلهم.</p>",
            [
                "إشعار واضح 'بلا رسوم' في كل مكتب وموقع إلكتروني للوكلاء",
                "طريقة بسيطة لاسترداد الرسوم",
                "الوكلاء الذين يأخذون رسومًا يفقدون تسجيلهم",
            ],
            "دفعت 200 جنيه إسترليني مقابل 'التحقق من المراجع'. وعرفت لاحقًا أن ذلك ممنوع.",
        ),
        "zh-hans": _policy(
            "zh-hans",
            "中介不得暗收费用",
            "法律已经禁止租房中介向租客收费。我们希望这条法律得到执行，并尽快把钱退回。",
            "<p>有些中介还在收“管理费”“推荐信费”或“订房费”。很多租客不知道这些都是不允许的。</p>",
            "<p>中介必须挂出清楚的告示：<b>你不需要付任何费用</b>。租客应该能用一张简单的表格把钱要回来，违反规定的中介应被取消登记。</p>",
            [
                "每个中介的办公室和网站都要有清楚的“不收费”告示",
                "用简单的办法要回费用",
                "收费的中介会被取消登记",
            ],
            "我为“推荐信核查”付了200英镑。后来我才知道这是不允许的。",
        ),
    },
}
