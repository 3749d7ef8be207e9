"""actors.v1: table-driven mention cases per language, written for these tests (not taken from the seeds)."""
from __future__ import annotations

import pytest

from khabar.clean.script import normalise
from khabar.document import Document, Span
from khabar.registry import components

D2021, D2018, D2024 = "2021-06-15", "2018-06-15", "2024-11-20"


def extract(text: str, lang: str, published: str = D2021) -> Document:
    norm, norm_map = normalise(text, lang)
    doc = Document(doc_id="t", raw=text, lang=lang, published=published, text=text, norm=norm, norm_map=norm_map,
                   sentences=[Span(0, len(text))])
    return components.get("actors.v1").factory()(doc)


def found(text: str, lang: str, published: str = D2021) -> dict[str, tuple]:
    return {a.text: (a.country, a.name, a.sector) for a in extract(text, lang, published).actors}


# (text, surface, country, name or None when any name will do)
FA = [
    ("مقامات آمریکایی این خبر را تایید کردند", "مقامات آمریکایی", "USA", None),
    ("معاون پوتین گفت که مذاکرات ادامه دارد", "معاون پوتین", "RUS", None),
    ("کاخ سفید هنوز واکنشی نشان نداده است", "کاخ سفید", "USA", None),
    ("پنتاگون از اعزام ناو خبر داد", "پنتاگون", "USA", None),
    ("رئیس جمهور آمریکا امروز سخنرانی کرد", "رئیس جمهور آمریکا", "USA", "Joe Biden"),
    ("رئیس‌جمهور آمریکا امروز سخنرانی کرد", "رئیس‌جمهور آمریکا", "USA", "Joe Biden"),
    ("وزیر امور خارجه روسیه به ترکیه سفر کرد", "وزیر امور خارجه روسیه", "RUS", "Sergey Lavrov"),
    ("وزیر خارجه ایران با همتای چینی خود دیدار کرد", "وزیر خارجه ایران", "IRN", "Mohammad Javad Zarif"),
    ("سخنگوی کاخ سفید به خبرنگاران گفت", "سخنگوی کاخ سفید", "USA", "Jen Psaki"),
    ("نیروهای روسی به مرز نزدیک شدند", "نیروهای روسی", "RUS", None),
    ("روسیه‌ای‌ها از این طرح استقبال نکردند", "روسیه‌ای‌ها", "RUS", None),
    ("آمریکایی‌ها در این نشست حاضر بودند", "آمریکایی‌ها", "USA", None),
    ("آمریکاییها در این نشست حاضر بودند", "آمریکاییها", "USA", None),
    ("روس‌ها پیشنهاد را رد کردند", "روس‌ها", "RUS", None),
    ("پکن این اتهام را رد کرد", "پکن", "CHN", None),
    ("کرملین اعلام کرد که نشست لغو شد", "کرملین", "RUS", None),
    ("ناتو نیروهای بیشتری به شرق می‌فرستد", "ناتو", "IGO", None),
    ("اتحادیه اروپا تحریم‌های تازه‌ای وضع کرد", "اتحادیه اروپا", "EUR", None),
    ("آژانس بین‌المللی انرژی اتمی گزارش داد", "آژانس بین‌المللی انرژی اتمی", "UNO", None),
    ("آژانس بین المللی انرژی اتمی گزارش داد", "آژانس بین المللی انرژی اتمی", "UNO", None),
    ("سپاه پاسداران رزمایش برگزار کرد", "سپاه پاسداران", "IRN", None),
    ("شورای امنیت سازمان ملل نشست اضطراری گذاشت", "شورای امنیت سازمان ملل", "UNO", None),
    ("طالبان گذرگاه را بستند", "طالبان", "AFG", None),
    ("آقای پوتین پاسخی نداد", "آقای پوتین", "RUS", "Vladimir Putin"),
    ("ولادیمیر پوتین و شی جین‌پینگ دیدار کردند", "شی جین‌پینگ", "CHN", "Xi Jinping"),
    ("آقای شی به مسکو رفت", "آقای شی", "CHN", "Xi Jinping"),
    ("محمدجواد ظریف در وین بود", "محمدجواد ظریف", "IRN", None),
    ("یکی از مقامات ارشد آمریکایی گفت", "یکی از مقامات ارشد آمریکایی", "USA", None),
    ("دولت بایدن این طرح را پذیرفت", "دولت بایدن", "USA", None),
    ("وزارت امور خارجه جمهوری آذربایجان بیانیه داد", "وزارت امور خارجه جمهوری آذربایجان", "AZE", None),
    ("سفیر ایران در باکو احضار شد", "سفیر ایران در باکو", "IRN", None),
    ("دو دیپلمات فرانسوی اخراج شدند", "دو دیپلمات فرانسوی", "FRA", None),
    ("مدیر سیا به اسرائیل سفر کرد", "مدیر سیا", "USA", "William J. Burns"),
    ("نخست وزیر اسرائیل تهدید کرد", "نخست وزیر اسرائیل", "ISR", "Naftali Bennett"),
    ("جمهوری اسلامی ایران آماده گفتگوست", "جمهوری اسلامی ایران", "IRN", None),
    ("ایالات متحده از متحدانش خواست", "ایالات متحده", "USA", None),
    ("عربستان سعودی سفیرش را فراخواند", "عربستان سعودی", "SAU", None),
    ("واشنگتن این اقدام را محکوم کرد", "واشنگتن", "USA", None),
    ("دبیرکل سازمان ملل خواستار آتش‌بس شد", "دبیرکل سازمان ملل", "UNO", "António Guterres"),
    ("رئیس جمهور سابق آمریکا بازداشت شد", "رئیس جمهور سابق آمریکا", "USA", None),
    ("جو بایدن با رجب طیب اردوغان تلفنی صحبت کرد", "رجب طیب اردوغان", "TUR", None),
    ("ناتو-روسیه نشستی برگزار کردند", "روسیه", "RUS", None),
    ("سخنگوی وزارت خارجه ترکیه علی اوزتورک گفت", "علی اوزتورک", "TUR", "علی اوزتورک"),
    ("وزیر دفاع اسرائیل از مرزهای شمالی بازدید کرد", "وزیر دفاع اسرائیل", "ISR", "Benny Gantz"),
    ("پارلمان اروپا قطعنامه‌ای تصویب کرد", "پارلمان اروپا", "EUR", None),
    ("سازمان ملل متحد خواستار تحقیق شد", "سازمان ملل متحد", "UNO", None),
    ("اوپک تولید نفت را کاهش داد", "اوپک", "IGO", None),
    ("سخنگوی وزارت امور خارجه چین گفت", "سخنگوی وزارت امور خارجه چین", "CHN", None),
    ("نیروهای مسلح اوکراین پیشروی کردند", "نیروهای مسلح اوکراین", "UKR", None),
    ("شورای همکاری خلیج فارس بیانیه داد", "شورای همکاری خلیج فارس", "IGO", None),
    ("حزب‌الله لبنان هشدار داد", "حزب‌الله", "LBN", None),
    ("خبرگزاری رسمی روسیه گزارش داد", "روسیه", "RUS", None),
    ("رژیم صهیونیستی حمله کرد", "رژیم صهیونیستی", "ISR", None),
    ("ژاپنی‌ها نگران هستند", "ژاپنی‌ها", "JPN", None),
    ("عراقیها به پای صندوق رفتند", "عراقیها", "IRQ", None),
    ("دیپلمات‌های بریتانیایی تهران را ترک کردند", "دیپلمات‌های بریتانیایی", "GBR", None),
    ("سفیر آلمان در تهران احضار شد", "سفیر آلمان در تهران", "DEU", None),
    ("وزیر امور خارجه عربستان سعودی به پکن رفت", "وزیر امور خارجه عربستان سعودی", "SAU", "Faisal bin Farhan"),
    ("رئیس جمهور ترکیه پیام داد", "رئیس جمهور ترکیه", "TUR", "Recep Tayyip Erdoğan"),
    ("صدراعظم آلمان به کی‌یف رفت", "صدراعظم آلمان", "DEU", "Angela Merkel"),
    ("مقامات اطلاعاتی آمریکا هشدار دادند", "مقامات اطلاعاتی آمریکا", "USA", None),
    ("کنگره آمریکا لایحه را تصویب کرد", "کنگره آمریکا", "USA", None),
    ("نمایندگان مجلس ایران طرحی دادند", "نمایندگان مجلس ایران", "IRN", None),
    ("مشاور امنیت ملی آمریکا با همتایش دیدار کرد", "مشاور امنیت ملی آمریکا", "USA", "Jake Sullivan"),
    ("فرمانده ارتش پاکستان هشدار داد", "فرمانده ارتش پاکستان", "PAK", None),
    ("دولت اوباما تحریم‌ها را لغو کرد", "دولت اوباما", "USA", None),
    ("رهبر کره شمالی موشک آزمایش کرد", "کره شمالی", "PRK", None),
    ("تایوان رزمایش برگزار کرد", "تایوان", "TWN", None),
]
AR = [
    ("قال وزير الخارجية الإيراني سيد عباس عراقجي إن الحوار ممكن", "وزير الخارجية الإيراني سيد عباس عراقجي", "IRN",
     "Abbas Araghchi"),
    ("وأكدت والولايات المتحدة دعمها", "الولايات المتحدة", "USA", None),
    ("نددت الولايات المتحدة الأمريكية بالهجوم", "الولايات المتحدة الأمريكية", "USA", None),
    ("قال البيت الأبيض إن الرئيس سيسافر", "البيت الأبيض", "USA", None),
    ("ونقلت وكالة الأنباء عن وزارة الخارجية الأمريكية قولها", "وزارة الخارجية الأمريكية", "USA", None),
    ("رحبت الخارجية الأميركية بالقرار", "الخارجية الأميركية", "USA", None),
    ("دعا الرئيس الأمريكي إلى التهدئة", "الرئيس الأمريكي", "USA", "Joe Biden"),
    ("وقال مسؤولون أمريكيون إن المحادثات متعثرة", "مسؤولون أمريكيون", "USA", None),
    ("أعلن الكرملين أن القمة أرجئت", "الكرملين", "RUS", None),
    ("وقال المتحدث باسم الكرملين دميتري بيسكوف", "المتحدث باسم الكرملين دميتري بيسكوف", "RUS", "Dmitry Peskov"),
    ("ردت بكين على الاتهامات", "بكين", "CHN", None),
    ("وقالت الحكومة الصينية إنها ترفض التدخل", "الحكومة الصينية", "CHN", None),
    ("اتصل الرئيس الصيني شي جين بينغ بنظيره", "الرئيس الصيني شي جين بينغ", "CHN", "Xi Jinping"),
    ("واستقبل ولي العهد السعودي محمد بن سلمان الوفد", "ولي العهد السعودي محمد بن سلمان", "SAU", None),
    ("أدانت جامعة الدول العربية القصف", "جامعة الدول العربية", "IGO", None),
    ("وطالب مجلس الأمن الدولي بوقف النار", "مجلس الأمن الدولي", "UNO", None),
    ("أصدرت الوكالة الدولية للطاقة الذرية تقريرا", "الوكالة الدولية للطاقة الذرية", "UNO", None),
    ("قال حلف شمال الأطلسي إنه سيعزز قواته", "حلف شمال الأطلسي", "IGO", None),
    ("وأعلن الاتحاد الأوروبي عقوبات جديدة", "الاتحاد الأوروبي", "EUR", None),
    ("استهدف الجيش الإسرائيلي مواقع في الجنوب", "الجيش الإسرائيلي", "ISR", None),
    ("وقالت حركة حماس في بيان", "حركة حماس", "PSE", None),
    ("أطلق الحوثيون صاروخا", "الحوثيون", "YEM", None),
    ("قال حزب الله إن مقاتليه تصدوا", "حزب الله", "LBN", None),
    ("وزار وزير الدفاع التركي العاصمة", "وزير الدفاع التركي", "TUR", None),
    ("استدعت الخارجية العراقية السفير", "الخارجية العراقية", "IRQ", None),
    ("وقالت السلطات الجزائرية إن القرار نهائي", "السلطات الجزائرية", "DZA", None),
    ("التقى الملك عبد الله الثاني بالوزير", "الملك عبد الله الثاني", "JOR", None),
    ("أكد المسؤولون الأتراك أن العملية مستمرة", "المسؤولون الأتراك", "TUR", None),
    ("وقال الأتراك إنهم لن يتراجعوا", "الأتراك", "TUR", None),
    ("أرسلت طهران رسالة إلى الرياض", "طهران", "IRN", None),
    ("ودعت المملكة العربية السعودية إلى ضبط النفس", "المملكة العربية السعودية", "SAU", None),
    ("أكد الرئيس المصري عبد الفتاح السيسي", "الرئيس المصري عبد الفتاح السيسي", "EGY", None),
    ("وقال رئيس الوزراء الإسرائيلي إن الحرب مستمرة", "رئيس الوزراء الإسرائيلي", "ISR", "Naftali Bennett"),
    ("التقى مستشار بوتين بالوفد", "مستشار بوتين", "RUS", None),
    ("صرح الأمين العام للأمم المتحدة أنطونيو غوتيريش", "أنطونيو غوتيريش", "UNO", None),
    ("انتقد الأتراك وزارة الدفاع الأمريكية", "وزارة الدفاع الأمريكية", "USA", None),
    ("وأعلنت موسكو رفضها", "موسكو", "RUS", None),
    ("وقال مسؤول كبير في البنتاغون", "البنتاغون", "USA", None),
    ("قالت إدارة بايدن إنها ستدرس الطلب", "إدارة بايدن", "USA", None),
    ("وبحث لافروف مع نظيره التركي", "لافروف", "RUS", None),
    ("قال السفير الروسي في دمشق إن بلاده", "السفير الروسي في دمشق", "RUS", None),
    ("وأعلن وزير الداخلية اللبناني أحمد كرم أن التحقيق", "أحمد كرم", "LBN", "أحمد كرم"),
    ("وصرح مدير المخابرات السوري محمد سالم وغادر", "مدير المخابرات السوري محمد سالم", "SYR", None),
    ("وقالت الحكومة اليمنية الشرعية إن", "الحكومة اليمنية الشرعية", "YEM", None),
    ("قال الرئيس الأمريكي السابق إنه سيترشح", "الرئيس الأمريكي السابق", "USA", None),
    ("وقالت وزارة الخارجية القطرية إن الوساطة مستمرة", "وزارة الخارجية القطرية", "QAT", None),
    ("أعلن البنتاغون إرسال قوات إضافية", "البنتاغون", "USA", None),
    ("وأكد المتحدث باسم الخارجية الصينية أن بلاده", "المتحدث باسم الخارجية الصينية", "CHN", None),
    ("وبحث ولي العهد السعودي مع الوفد", "ولي العهد السعودي", "SAU", "Mohammed bin Salman"),
    ("هاجمت القوات الروسية مدينة خاركيف", "القوات الروسية", "RUS", None),
    ("وقال الجيش الأمريكي إنه اعترض الصاروخ", "الجيش الأمريكي", "USA", None),
    ("أعلنت منظمة الصحة العالمية حالة الطوارئ", "منظمة الصحة العالمية", "UNO", None),
    ("واتهمت بغداد أنقرة بانتهاك السيادة", "أنقرة", "TUR", None),
    ("ودعا مجلس التعاون الخليجي إلى الحوار", "مجلس التعاون الخليجي", "IGO", None),
    ("وندد الحرس الثوري الإيراني بالعقوبات", "الحرس الثوري الإيراني", "IRN", None),
    ("والتقى للمسؤولين الأتراك في العاصمة", "للمسؤولين الأتراك", "TUR", None),
    ("اتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره", "الرئيس الفرنسي إيمانويل ماكرون", "FRA", "Emmanuel Macron"),
    ("قالت المستشارة الألمانية إن برلين", "المستشارة الألمانية", "DEU", "Angela Merkel"),
    ("وأعلنت الحكومة الأردنية استدعاء السفير", "الحكومة الأردنية", "JOR", None),
    ("وأكد الكرملين في بيان أن بوتين", "بوتين", "RUS", "Vladimir Putin"),
    ("وأشار الجانب الصيني إلى ضرورة الحوار", "الجانب الصيني", "CHN", None),
    ("قال وزير الخارجية الأمريكي أنتوني بلينكن", "وزير الخارجية الأمريكي أنتوني بلينكن", "USA", "Antony Blinken"),
    ("أفرجت إسرائيل عن الأسرى", "إسرائيل", "ISR", None),
    ("وصرح الرئيس التركي رجب طيب أردوغان", "الرئيس التركي رجب طيب أردوغان", "TUR", None),
    ("وقال مسؤولون إيرانيون إن طهران", "مسؤولون إيرانيون", "IRN", None),
    ("أعلنت سلطنة عمان استضافة المحادثات", "سلطنة عمان", "OMN", None),
    ("وقالت الإمارات العربية المتحدة إنها", "الإمارات العربية المتحدة", "ARE", None),
    ("ودعا الاتحاد الأفريقي إلى الهدوء", "الاتحاد الأفريقي", "IGO", None),
    ("هدد الحوثيين بمواصلة الهجمات", "الحوثيين", "YEM", None),
    ("قالت الشرطة الأردنية إنها فرقت المحتجين", "الشرطة الأردنية", "JOR", None),
]
EN = [
    ("The State Department said it was reviewing the request.", "The State Department", "USA", None),
    ("Washington rejected the proposal on Monday.", "Washington", "USA", None),
    ("The US president spoke to reporters.", "The US president", "USA", "Joe Biden"),
    ("Russian Foreign Minister Sergei Lavrov arrived in Ankara.", "Russian Foreign Minister Sergei Lavrov", "RUS",
     "Sergey Lavrov"),
    ("Putin's aide said the talks were useful.", "Putin's aide", "RUS", None),
    ("The Chinese embassy's press secretary Mei Ling said the report was false.",
     "The Chinese embassy's press secretary Mei Ling", "CHN", None),
    ("The Kremlin denied the report.", "The Kremlin", "RUS", None),
    ("Beijing warned against interference.", "Beijing", "CHN", None),
    ("NATO will hold a summit in July.", "NATO", "IGO", None),
    ("The European Union imposed new sanctions.", "The European Union", "EUR", None),
    ("The IAEA board passed a resolution.", "The IAEA", "UNO", None),
    ("U.S. officials said the drone was shot down.", "U.S. officials", "USA", None),
    ("Iranian officials denied any role.", "Iranian officials", "IRN", None),
    ("Turkish troops crossed the border.", "Turkish troops", "TUR", None),
    ("Pakistan Prime Minister Shehbaz Sharif chaired the meeting.", "Pakistan Prime Minister Shehbaz Sharif", "PAK",
     "Shehbaz Sharif"),
    ("Azeri President Ilham Aliyev met the envoy.", "Azeri President Ilham Aliyev", "AZE", "Ilham Aliyev"),
    ("Venezuelan President Nicolas Maduro cut ties.", "Nicolas Maduro", "VEN", None),
    ("The Colombian government called it illegal.", "The Colombian government", "COL", None),
    ("Americans are divided on the issue.", "Americans", "USA", None),
    ("The Pentagon confirmed the strike.", "The Pentagon", "USA", None),
    ("Hamas said it had accepted the truce.", "Hamas", "PSE", None),
    ("The Houthis claimed the attack.", "The Houthis", "YEM", None),
    ("Israel's defense minister visited the base.", "Israel's defense minister", "ISR", "Benny Gantz"),
    ("UN Secretary-General Antonio Guterres urged calm.", "UN Secretary-General Antonio Guterres", "UNO", None),
    ("Ukraine's Foreign Minister Dmytro Kuleba said", "Ukraine's Foreign Minister Dmytro Kuleba", "UKR", None),
    ("Downing Street said the prime minister would call.", "Downing Street", "GBR", None),
    ("Talks on Nagorno-Karabakh resumed.", "Nagorno-Karabakh", "AZE", None),
    ("Abkhazia held elections.", "Abkhazia", "GEO", None),
    ("The Saudi foreign minister arrived.", "The Saudi foreign minister", "SAU", "Faisal bin Farhan"),
    ("Two Russian diplomats were expelled.", "Two Russian diplomats", "RUS", None),
    ("Chinese President Xi Jinping will visit Moscow.", "Chinese President Xi Jinping", "CHN", "Xi Jinping"),
    ("The White House declined to comment.", "The White House", "USA", None),
    ("Israeli forces raided the camp.", "Israeli forces", "ISR", None),
    ("The UN Security Council met on Friday.", "The UN Security Council", "UNO", None),
    ("Iran's supreme leader Ali Khamenei said", "Iran's supreme leader Ali Khamenei", "IRN", "Ali Khamenei"),
    ("The Iranian foreign ministry summoned the envoy.", "The Iranian foreign ministry", "IRN", None),
    ("Tehran denied the accusation.", "Tehran", "IRN", None),
    ("The IRGC seized a tanker.", "The IRGC", "IRN", None),
    ("Moscow and Kyiv exchanged prisoners.", "Kyiv", "UKR", None),
    ("Saudi Arabia and Iran restored ties.", "Saudi Arabia", "SAU", None),
    ("The Taliban closed the crossing.", "The Taliban", "AFG", None),
    ("Indian forces returned fire.", "Indian forces", "IND", None),
    ("Pakistani officials rejected the claim.", "Pakistani officials", "PAK", None),
    ("French President Emmanuel Macron called for restraint.", "French President Emmanuel Macron", "FRA", None),
    ("The British prime minister spoke to reporters.", "The British prime minister", "GBR", "Boris Johnson"),
    ("UK Foreign Secretary Dominic Raab said", "UK Foreign Secretary Dominic Raab", "GBR", "Dominic Raab"),
    ("The Gulf Cooperation Council condemned the attack.", "The Gulf Cooperation Council", "IGO", None),
    ("Turkey's defense ministry said", "Turkey's defense ministry", "TUR", None),
    ("Brussels and Washington disagreed.", "Washington", "USA", None),
    ("a former Iraqi prime minister said", "former Iraqi prime minister", "IRQ", None),
    ("Egyptian mediators met Hamas officials.", "Hamas officials", "PSE", None),
    ("Venezuela's opposition leader Juan Guaido called", "Juan Guaido", "VEN", "Juan Guaidó"),
    ("U.S. Secretary of State Antony Blinken arrived.", "U.S. Secretary of State Antony Blinken", "USA", None),
    ("Iraqi lawmakers voted on the bill.", "Iraqi lawmakers", "IRQ", None),
    ("Syrian President Bashar al-Assad met the delegation.", "Syrian President Bashar al-Assad", "SYR", None),
]
DATED = [  # (lang, text, published, surface, name)
    ("en", "The US president signed the order.", D2018, "The US president", "Donald Trump"),
    ("en", "The US president signed the order.", D2021, "The US president", "Joe Biden"),
    ("fa", "رئیس جمهور آمریکا فرمان را امضا کرد", D2018, "رئیس جمهور آمریکا", "Donald Trump"),
    ("ar", "وقع الرئيس الأمريكي الأمر", "2012-03-01", "الرئيس الأمريكي", "Barack Obama"),
    ("fa", "وزیر خارجه ایران به دوحه رفت", D2024, "وزیر خارجه ایران", "Abbas Araghchi"),
    ("ar", "قال وزير الخارجية البريطاني", "2019-09-01", "وزير الخارجية البريطاني", "Dominic Raab"),
    ("en", "Russia's president met the envoy.", "2010-01-10", "Russia's president", "Dmitry Medvedev"),
    ("en", "The NATO secretary-general said", "2020-01-10", "The NATO secretary-general", "Jens Stoltenberg"),
]
NOT_ACTORS = [  # (lang, text, surface that must not be an actor)
    ("fa", "وضعیت مالی شرکت خوب است", "مالی"),
    ("fa", "روسای جمهور دو کشور دیدار کردند", "روسای"),
    ("fa", "روز دوشنبه جلسه برگزار شد", "دوشنبه"),
    ("fa", "هیئت در مسکو ماند", "مسکو"),
    ("ar", "وصل الوفد إلى واشنطن أمس", "واشنطن"),
    ("ar", "اشترى الأسلحة الصينية", "الصينية"),
    ("en", "They bought Chinese weapons.", "Chinese"),
    ("en", "The delegation stayed in Moscow.", "Moscow"),
    ("en", "Theresa may not come.", "may"),
    ("en", "The talks were held in May.", "May"),
]


@pytest.mark.parametrize("lang, text, surface, country, name",
                         [("fa", *c) for c in FA] + [("ar", *c) for c in AR] + [("en", *c) for c in EN])
def test_mention(lang, text, surface, country, name):
    got = found(text, lang)
    assert surface in got, f"{surface!r} not in {list(got)}"
    assert got[surface][0] == country
    if name:
        assert got[surface][1] == name


@pytest.mark.parametrize("lang, text, published, surface, name", DATED)
def test_office_resolves_on_the_publication_date(lang, text, published, surface, name):
    assert found(text, lang, published)[surface][1] == name


@pytest.mark.parametrize("lang, text, surface", NOT_ACTORS)
def test_not_an_actor(lang, text, surface):
    assert surface not in found(text, lang)


def test_offsets_point_into_text_and_by_names_the_entries():
    text = "وقالت  والولايات المتحدة إن"
    doc = extract(text, "ar")
    mention = next(a for a in doc.actors if a.country == "USA")
    assert text[mention.start:mention.end] == mention.text == "الولايات المتحدة"
    assert mention.by == "actors.v1:ar/state/USA"


def test_capital_after_a_locative_is_kept_as_a_place():
    doc = extract("The delegation stayed in Geneva and in Moscow.", "en")
    assert {p["name"] for p in doc.meta["places"]} >= {"Geneva", "Moscow"}
    assert all(p["geonameid"] for p in doc.meta["places"])


def test_unknown_language_is_left_alone():
    doc = Document(doc_id="t", raw="x", lang="de", text="x", norm="x", norm_map=[0])
    assert components.get("actors.v1").factory()(doc).actors == []


@pytest.mark.parametrize("lang, text, surface, country", [
    ("en", "A Turkish spokesman denied it. Later the spokesman repeated the denial.", "the spokesman", "TUR"),
    ("ar", "قال متحدث باسم الخارجية الروسية إن الاتفاق قائم. وأضاف المتحدث أن", "المتحدث", "RUS"),
    ("fa", "مقامات ژاپنی از طرح حمایت کردند. مقامات همچنین گفتند", "مقامات", "JPN"),
])
def test_bare_title_refers_back_to_its_only_antecedent(lang, text, surface, country):
    assert found(text, lang)[surface][0] == country


def test_bare_title_with_two_possible_antecedents_is_left_unlinked():
    text = "A Turkish spokesman and a Greek spokesman met. Then the spokesman left."
    assert "the spokesman" not in found(text, "en")


@pytest.mark.parametrize("value, expected", [
    ("2021-12-31", "2021-12-31"), ("2021-12", "2021-12-01"), ("2021", "2021-01-01"), ("soon", None), (None, None),
])
def test_publication_date_at_any_precision(value, expected):
    from khabar.mentions.actors import published
    assert (str(published(value)) if published(value) else None) == expected
