# نصوص واجهة childvoice — العربية (نفس المفاتيح الموجودة في en/main.ftl).
# `$audience`: age-5-8 أو age-9-12 أو age-13-17 أو parent.
# العربية الفصحى البسيطة. نخاطب الطفل بالمفرد، والأهل بالجمع للاحترام،
# ونستعمل صيغاً محايدة («يُرجى…»، «يمكن…») في النصوص التي يراها الجميع.

language-name = العربية
site-name = رأيي مهمّ
skip-link = الانتقال إلى المحتوى الرئيسي

home-title = رأيي في مدينتي
home-intro = تريد المدينة أن تسمع رأي الأطفال والشباب والعائلات.
home-open = يمكن المشاركة الآن
home-none = لا توجد أسئلة الآن. يُرجى العودة قريباً.

choose-language = اختيار اللغة
who-are-you = مَن يُجيب عن الأسئلة؟
audience-age-5-8 = عمري من 5 إلى 8 سنوات
audience-age-9-12 = عمري من 9 إلى 12 سنة
audience-age-13-17 = عمري من 13 إلى 17 سنة
audience-parent = أنا أمّ أو أب أو أرعى طفلاً

assent-title =
    { $audience ->
        [age-5-8] قبل أن نبدأ
       *[other] قبل البدء
    }
assent-what = ما موضوع هذا الاستبيان؟
assent-anonymous =
    { $audience ->
        [age-5-8] لن نسألك عن اسمك.
        [parent] المشاركة مجهولة الهوية: لا نطلب اسمكم ولا بريدكم الإلكتروني ولا عنوانكم، ولا نسجّل عنوان IP الخاص بكم.
       *[other] لن نسألك عن اسمك. لن يعرف أحد أيّ الإجابات هي إجاباتك.
    }
assent-skip =
    { $audience ->
        [age-5-8] ليس عليك أن تجيب.
        [parent] كل الأسئلة اختيارية، إلا إذا ذُكر غير ذلك.
       *[other] ليس عليك أن تجيب عن كل الأسئلة. يمكنك تخطّي أيّ سؤال منها.
    }
assent-stop =
    { $audience ->
        [age-5-8] يمكنك أن تتوقف متى أردت.
        [parent] يمكنكم التوقف في أي وقت؛ لن يُرسَل شيء قبل الصفحة الأخيرة.
       *[other] يمكنك أن تتوقف متى أردت. لن يُرسَل شيء قبل أن تضغط على «إرسال إجاباتي».
    }
assent-results = متى تُنشر النتائج؟
assent-start =
    { $audience ->
        [age-5-8] هيّا نبدأ!
       *[other] البدء
    }
assent-not-now = لا، شكراً

form-progress = الخطوة { $current } من { $total }
form-next = التالي
form-back = رجوع
form-send = إرسال إجاباتي
form-stop = الخروج دون إرسال
form-optional = يمكن تخطّي هذا السؤال.
form-required = مطلوب
form-choose-many = يمكن اختيار أكثر من إجابة.
form-choose-up-to = يمكن اختيار حتى { $max } من الإجابات.
form-rank-help = الترتيب بالأرقام: 1 للأهمّ، ثم 2، ثم 3. يمكن ترك بعضها بلا رقم.
form-rank-none = –
form-number-help = رقم من { $min } إلى { $max }.
form-text-help = يُرجى عدم كتابة الاسم أو رقم الهاتف أو العنوان.
form-errors =
    { $audience ->
        [age-5-8] انظر إلى هذا مرة أخرى من فضلك.
       *[other] يُرجى مراجعة الإجابات المحدّدة أدناه. بقية الإجابات محفوظة.
    }
form-token-renewed = بقيت هذه الصفحة مفتوحة وقتاً طويلاً. يُرجى مراجعة الإجابات والضغط على الزر مرة أخرى.
form-area-help = يُرجى اختيار الحيّ.

scale-3-1 = ليس جيداً
scale-3-2 = لا بأس
scale-3-3 = جيد
scale-5-1 = سيئ جداً
scale-5-2 = سيئ
scale-5-3 = متوسط
scale-5-4 = جيد
scale-5-5 = جيد جداً

error-required = يُرجى الإجابة عن هذا السؤال.
error-not-an-option = يُرجى اختيار إحدى الإجابات المعروضة.
error-too-many = يُرجى اختيار { $max } على الأكثر.
error-not-a-number = يُرجى كتابة العدد بالأرقام، مثل 12.
error-out-of-range = يُرجى كتابة عدد من { $min } إلى { $max }.
error-too-long = يُرجى تقصير هذا النص. الحدّ الأقصى لعدد الأحرف: { $max }.
error-duplicate-rank = يُرجى استخدام كل رقم مرة واحدة فقط.

thanks-title =
    { $audience ->
        [age-5-8] شكراً لك!
       *[other] شكراً على المشاركة
    }
thanks-body =
    { $audience ->
        [age-5-8] وصلتنا إجاباتك. ستساعد في جعل مدينتك أفضل.
        [parent] وصلتنا إجاباتكم. ستساعد المدينة على تحديد ما ستفعله.
       *[other] وصلتنا إجاباتك. ستساعد على تحديد ما ستفعله المدينة بعد ذلك.
    }
thanks-next = ماذا يحدث بعد ذلك؟
thanks-results-link = عرض ما سمعناه
thanks-again = العودة إلى البداية

help-title = هل تحتاج إلى من تتحدث معه؟
help-default = إذا كان شيء ما يقلقك، تحدّث إلى شخص كبير تثق به. يمكنك أيضاً الاتصال مجاناً بخط مساعدة للأطفال. ابحث عن الخط الخاص ببلدك على childhelplineinternational.org.

results-title = ما سمعناه
results-not-yet = النتائج ليست جاهزة بعد.

closed-title = انتهى هذا الاستبيان
closed-body = شكراً على الاهتمام بالمشاركة. لم يعد من الممكن الإجابة.
not-open-title = لم يبدأ هذا الاستبيان بعد
not-open-body = يُرجى العودة عندما يبدأ.

error-not-found-title = لم نجد هذه الصفحة
error-not-found-body = يُرجى التحقق من الرابط، أو العودة إلى البداية.
error-bad-request-title = حدثت مشكلة فيما أُرسِل
error-bad-request-body = يُرجى الرجوع والمحاولة مرة أخرى.
error-too-large-title = هذا كثير جداً لإرساله دفعة واحدة
error-too-large-body = يُرجى تقصير الإجابات والمحاولة مرة أخرى.
error-server-title = عذراً، حدث خطأ من جهتنا
error-server-body = يُرجى المحاولة مرة أخرى بعد دقيقة.
error-unavailable-title = الموقع مزدحم الآن
error-unavailable-body = يُرجى المحاولة مرة أخرى بعد دقيقة. الإجابات ما زالت في هذه الصفحة.
back-to-start = العودة إلى البداية
