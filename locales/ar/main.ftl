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

## الإدارة: موظفو البلدية والمخطِّطون وفرق السياسات العامة (لغة موجّهة إلى البالغين)

admin-title = إدارة childvoice
admin-nav-consultations = المشاورات
admin-nav-people = الأعضاء
admin-nav-audit = سجلّ التدقيق
admin-sign-out = تسجيل الخروج
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = يُرجى تصحيح الحقول المحدّدة أدناه.
admin-saved = تمّ الحفظ.

admin-login-title = تسجيل الدخول
admin-email = البريد الإلكتروني
admin-password = كلمة المرور
admin-login-submit = تسجيل الدخول
admin-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيح.
admin-login-forgot = هل نسيتم كلمة المرور؟
admin-too-many-attempts = عدد المحاولات كبير جداً. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.

admin-forgot-title = إعادة تعيين كلمة المرور
admin-forgot-intro = يُرجى إدخال البريد الإلكتروني. إذا كان مرتبطاً بحساب، فسنرسل إليه رابطاً لاختيار كلمة مرور جديدة.
admin-forgot-submit = إرسال الرابط
admin-forgot-sent = إذا كان هناك حساب يستخدم هذا العنوان، فالرابط في الطريق إليه. يعمل الرابط مرة واحدة فقط، وتبقى صلاحيته 72 ساعة.

admin-set-password-title = اختيار كلمة المرور
admin-set-password-intro = يُرجى اختيار كلمة مرور للحساب { $email }. الحدّ الأدنى لعدد الأحرف: { $min }؛ وتكون كلمة المرور قوية إذا تألّفت من بضع كلمات لا علاقة بينها.
admin-new-password = كلمة المرور الجديدة
admin-confirm-password = كلمة المرور نفسها مرة أخرى
admin-set-password-submit = حفظ كلمة المرور
admin-password-too-short = كلمة المرور قصيرة جداً. الحدّ الأدنى لعدد الأحرف: { $min }.
admin-password-mismatch = كلمتا المرور غير متطابقتين.
admin-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. يُرجى طلب رابط جديد.

admin-consultations-title = المشاورات
admin-new-consultation = مشاورة جديدة
admin-none-yet = لا توجد مشاورات بعد.
admin-col-title = العنوان
admin-col-state = الحالة
admin-col-responses = الإجابات
admin-col-dates = التواريخ
admin-col-link = الرابط
state-draft = مسودّة
state-open = مفتوحة
state-closed = مغلقة
state-published = النتائج منشورة
state-scheduled = تُفتح لاحقاً
state-ended = انقضى تاريخ الإغلاق
admin-no-date = لم يُحدَّد تاريخ
admin-date-range = من { $from } إلى { $to }

admin-pick-template = البدء من نموذج
admin-template-questions = عدد الأسئلة: { $n }
admin-template-languages = اللغات
admin-template-audiences = الفئات المستهدفة
admin-use-template = استخدام هذا النموذج

admin-settings-title = الإعدادات
admin-field-title = العنوان ({ $language })
admin-field-slug = الرابط المختصر
admin-field-slug-help = أحرف لاتينية صغيرة وأرقام وشرطات. يظهر على الملصقات وفي رموز QR.
admin-field-languages = اللغات
admin-field-audiences = الفئات المستهدفة
admin-field-areas = المناطق (الأحياء)
admin-field-areas-help = منطقة واحدة في كل سطر. يمكن للمشاركين ذكر المنطقة التي يسكنون فيها، ويمكن قراءة النتائج حسب المنطقة.
admin-field-opens = تاريخ الفتح
admin-field-closes = تاريخ الإغلاق
admin-field-dates-help = يمكن ترك التاريخين فارغين لفتح المشاورة وإغلاقها يدوياً.
admin-field-k = أصغر مجموعة تظهر في النتائج
admin-field-k-help = يُخفى كل رقم مصدره عدد من الأشخاص أقل من هذا العدد، حتى لا يمكن التعرّف على أي طفل بعينه. الحدّ الأدنى 3، ويُنصح بـ 10.
admin-field-retention-help = عدد الأشهر بعد نشر النتائج. بعدها تُحذف كل إجابة وكل نص حر؛ وتبقى الأعداد فقط، فلا تتغير الأرقام المنشورة. 0 يحذفها عند النشر. 120 على الأكثر.
admin-field-retention = حذف الإجابات الفردية بعد (أشهر)
admin-field-help = نص المساعدة للأطفال ({ $language })
admin-field-help-help = أين يمكن للطفل أن يجد المساعدة، مثل خط مساعدة الأطفال الوطني في بلدكم. إذا تُرك الحقل فارغاً، يُوجَّه الأطفال إلى Child Helpline International.
admin-locked-after-launch = لا يمكن تغيير الرابط واللغات والفئات المستهدفة والمناطق بعد إطلاق المشاورة.
admin-save-draft = حفظ كمسودّة
admin-save = حفظ
admin-cancel = إلغاء
admin-error-slug = يُرجى استخدام 3 إلى 40 من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات، على أن يبدأ الرابط بحرف.
admin-error-slug-taken = هذا الرابط المختصر مستخدم بالفعل. يُرجى اختيار رابط آخر.
admin-error-languages = يُرجى اختيار لغة واحدة على الأقل.
admin-error-audiences = يُرجى اختيار فئة مستهدفة واحدة على الأقل.
admin-error-title = العنوان طويل جداً. الحدّ الأقصى لعدد الأحرف: 120.
admin-error-help = نص المساعدة طويل جداً. الحدّ الأقصى لعدد الأحرف: 1000.
admin-error-areas = يُرجى كتابة المناطق، منطقة واحدة في كل سطر (200 منطقة على الأكثر). هذا الاستبيان يسأل عنها.
admin-error-date = يُرجى كتابة التاريخ بهذا الشكل: 2027-05-31.
admin-error-dates = تاريخ الإغلاق يسبق تاريخ الفتح.
admin-error-k = يُرجى كتابة عدد صحيح من 3 إلى 1000.
admin-error-k-lower = لهذه الاستشارة إجابات بالفعل، لذلك لا يمكن تصغير أصغر مجموعة فيها.
admin-error-retention = اختر عدد أشهر من 0 إلى 120.
admin-error-channel-name = يُرجى إعطاء القناة اسماً لا يتجاوز 100 حرف.

admin-launch = إطلاق
admin-launch-help = عند الإطلاق تُفتح المشاورة لتلقّي الإجابات (ابتداءً من تاريخ الفتح، إن حُدِّد).
admin-close = الإغلاق الآن
admin-reopen = إعادة الفتح
admin-edit = تعديل الإعدادات
admin-preview = معاينة
admin-preview-help = لا يمكن رؤية المسودّة إلا لأعضاء مؤسستكم.
admin-links = الرابط ورمز QR والملصقات
admin-public-link = الرابط العام
admin-qr-svg = رمز QR (SVG)
admin-qr-png = رمز QR (PNG)
admin-poster = ملصق ({ $language })
admin-responses = الإجابات
admin-responses-total = مجموع الإجابات: { $n }
admin-channels = القنوات
admin-channels-help = القناة مكان تنشرون فيه المشاورة: صفّ في مدرسة، أو ملصق في مكتبة، أو نشرة إخبارية. لكل قناة رابط مختصر ورمز QR خاصّان بها، حتى تعرفوا أيّ القنوات تنجح. لا تكشف القناة هوية أي شخص أبداً.
admin-channel-name = الاسم
admin-channel-code = الرمز
admin-channel-add = إضافة قناة
admin-channel-none = لا توجد قنوات بعد.
admin-audience-age-5-8 = الأطفال من 5 إلى 8 سنوات
admin-audience-age-9-12 = الأطفال من 9 إلى 12 سنة
admin-audience-age-13-17 = الشباب من 13 إلى 17 سنة
admin-audience-parent = الآباء والأمهات ومقدّمو الرعاية

admin-people-title = الأعضاء
admin-invite = دعوة شخص
admin-role = الدور
role-owner = مالك
role-editor = محرّر
role-analyst = محلّل
admin-role-help = يدير المالكون الأعضاء والإعدادات؛ ويُنشئ المحرّرون المشاورات ويديرونها؛ ويطّلع المحلّلون على النتائج والملفات المُصدَّرة.
admin-language = لغة رسائل البريد الإلكتروني الموجَّهة إلى هذا الشخص
admin-invite-submit = إرسال الدعوة
admin-invited = أُرسلت دعوة إلى { $email }.
admin-mail-failed = تعذّر إرسال البريد الإلكتروني: { $reason }. لم يضِع شيء؛ يُرجى التحقق من إعدادات البريد ثم المحاولة مرة أخرى.
admin-error-email = يُرجى إدخال عنوان بريد إلكتروني صالح.
admin-error-email-taken = يوجد حساب بهذا العنوان بالفعل.
admin-col-email = البريد الإلكتروني
admin-col-status = الوضع
admin-status-active = حساب نشط
admin-status-invited = دعوة مُرسَلة

admin-audit-title = سجلّ التدقيق
admin-col-when = متى
admin-col-who = مَن
admin-col-what = ماذا
audit-consultation-created = إنشاء المشاورة { $detail }
audit-consultation-launched = إطلاق { $detail }
audit-consultation-closed = إغلاق { $detail }
audit-consultation-reopened = إعادة فتح { $detail }
audit-settings-changed = تغيير إعدادات { $detail }
audit-channel-created = إضافة القناة { $detail }
audit-user-invited = دعوة { $detail }
audit-password-set = تعيين كلمة مرور الحساب
audit-password-reset-requested = طلب إعادة تعيين كلمة مرور الحساب
audit-user-created = إنشاء الحساب { $detail }
audit-system = (سطر الأوامر)

error-forbidden-title = لا تملكون صلاحية هذا الإجراء
error-forbidden-body = دوركم لا يسمح بهذا الإجراء. يُرجى التواصل مع أحد المالكين في مؤسستكم.

poster-call = رأيك مهمّ! يمكنك مسح الرمز بكاميرا الهاتف.
poster-or-visit = أو يمكنك فتح هذا الرابط:
poster-free = المشاركة مجانية، ولا نسأل عن اسمك. تستغرق بضع دقائق فقط.

email-invite-subject = دعوة للانضمام إلى { $org } على childvoice
email-invite-body = هذه دعوة للانضمام إلى { $org } على childvoice بدور { $role }. يُرجى فتح الرابط أدناه لاختيار كلمة المرور.
email-invite-action = اختيار كلمة المرور
email-reset-subject = إعادة تعيين كلمة مرور childvoice
email-reset-body = طلب أحدهم إعادة تعيين كلمة مرور حسابكم على childvoice. يُرجى فتح الرابط أدناه لاختيار كلمة مرور جديدة.
email-reset-action = اختيار كلمة مرور جديدة
email-link-expiry = يعمل الرابط مرة واحدة فقط، وتبقى صلاحيته 72 ساعة.
email-ignore = إذا لم تكونوا تتوقعون هذه الرسالة، يمكنكم تجاهلها.

## الازدحام والرفض وتعذّر الحفظ (تبقى الإجابات دائمًا في الصفحة)

error-busy-title = تصل الآن إجابات كثيرة
error-busy-body = يُرجى المحاولة مرة أخرى بعد دقيقة.
error-no-reopen-body = لديها إجابات بالفعل، وكان يمكن قراءة أرقامها وهي مغلقة. الإجابات الجديدة ستكشف بالمقارنة ما قاله كل شخص جديد. ابدأ بدلاً من ذلك استشارة جديدة من النموذج نفسه.
error-no-reopen-title = لا يمكن فتح هذه الاستشارة من جديد
error-not-yet-body = يمكن للمالكين والمحللين تنزيل ملف الإجابات الفردية بعد إغلاق الاستشارة، إلى أن تُحذف إجاباتها.
error-not-yet-title = غير متاح الآن
form-busy = تصل الآن إجابات كثيرة. يُرجى الانتظار دقيقة، ثم الضغط على الزر مرة أخرى. الإجابات ما زالت هنا.
form-check-again = يُرجى مراجعة الإجابات، ثم الضغط على الزر مرة أخرى.
form-unavailable = لا يمكن حفظ الإجابات الآن. يُرجى الانتظار دقيقة، ثم الضغط على الزر مرة أخرى. الإجابات ما زالت هنا.
form-honeypot = اترك هذا الحقل فارغًا

## الرموز ذات الاستخدام الواحد وحماية الطفل

code-label = الرمز
code-help = يُرجى كتابة الرمز الموجود على البطاقة. كل رمز يسمح لشخص واحد بالإجابة مرة واحدة.
code-unknown = هذا الرمز غير صحيح. يُرجى التحقق منه والمحاولة مرة أخرى.
code-used = سبق استخدام هذا الرمز. يعمل كل رمز مرة واحدة فقط.
codes-card-scan = يمكن مسح الرمز بكاميرا الهاتف، أو فتح هذا الرابط:
thanks-care-title = شكراً لأنك أخبرتنا
thanks-care-body = ما كتبته مهمّ. إذا كان شيء ما يقلقك، أو إذا كان أحد يؤذيك، فهذا ليس ذنبك. يمكنك الحصول على المساعدة الآن:

admin-nav-safeguarding = حماية الطفل
admin-safeguarding-title = نصوص للمراجعة
admin-safeguarding-help = تحتوي هذه الإجابات على كلمات قد تعني أن طفلاً معرّض للخطر. يُرجى قراءة كل إجابة منها واتباع إجراءات حماية الطفل المعتمدة لديكم. لا يوجد هنا ما يكشف هوية الطفل: حُذفت بيانات الاتصال قبل تخزين أي شيء.
admin-safeguarding-none = لا يوجد ما يحتاج إلى مراجعة.
admin-reviewed = تأكيد المراجعة
admin-reviewed-done = تمّت المراجعة
admin-col-question = السؤال
admin-col-text = النص
admin-col-day = اليوم
admin-col-lead = مسؤول حماية الطفل
admin-make-lead = تعيين كمسؤول
admin-remove-lead = إزالة
admin-lead-help = يتلقّى مسؤولو حماية الطفل رسالة بالبريد الإلكتروني عندما تحتاج كلمات أحد الأطفال إلى مراجعة، ويمكنهم الاطّلاع على قائمة المراجعة.
admin-field-requires-code = تتطلّب كل إجابة رمزاً صالحاً لمرة واحدة
admin-field-requires-code-help = يمكن توزيع بطاقات عليها رموز، مثلاً بطاقة لكل طفل في الصف. يسمح كل رمز بإرسال إجابة واحدة فقط، ولا يمكن لأحد أن يعرف أيّ رمز استُخدم لأيّ إجابة.
admin-codes = الرموز
admin-codes-count = عدد الرموز: { $total }
admin-codes-used = المستخدمة (تُحسب بعد إغلاق الاستشارة)
admin-codes-generate = إنشاء رموز
admin-codes-how-many = عدد الرموز
admin-codes-print = طباعة البطاقات
admin-error-codes = يُرجى اختيار عدد من 1 إلى 200.

email-safeguarding-subject = كلمات أحد الأطفال تحتاج إلى مراجعتكم
email-safeguarding-body = تحتوي إجابة عن إحدى مشاورات { $org } على كلمات قد تعني أن طفلاً معرّض للخطر. يُرجى تسجيل الدخول وقراءتها في قائمة المراجعة. حمايةً للطفل، لا يتضمّن هذا البريد الإلكتروني النص.
email-safeguarding-action = فتح قائمة المراجعة

## القراءة بصوت عالٍ والأجهزة اللوحية المشتركة

listen = استمع
kiosk-next = يمكن للشخص التالي أن يبدأ بعد ثوانٍ قليلة.
kiosk-countdown = العودة إلى البداية بعد { $seconds } ثانية.
kiosk-more-time = أحتاج إلى وقت أطول
kiosk-start = الشخص التالي: ابدأ من جديد

audit-lead-named = تعيين { $detail } مسؤولًا عن حماية الطفل
audit-lead-removed = إعفاء { $detail } من مسؤولية حماية الطفل
audit-codes-created = إنشاء رموز: { $detail }
audit-organisation-created = إنشاء المنظمة { $detail }
audit-flag-reviewed = مراجعة نص مُبلَّغ عنه

## إخفاء المجموعات الصغيرة

admin-suppressed = مخفي لحماية مجموعة صغيرة
admin-suppressed-note = الأرقام التي تخص أقل من { $k } أشخاص تظهر بعبارة «أقل من { $k }».
results-perturbed-note = لحماية كل طفل، يُعدَّل كل رقم بمقدار 2 على الأكثر، وبالطريقة نفسها دائمًا للأشخاص أنفسهم. لذلك قد لا يساوي مجموع الجدول إجماليه تمامًا.
admin-responses-few = عدد الإجابات حتى الآن أقل من { $k }: تظهر الأرقام ابتداءً من { $k }.

## النتائج: لوحة المتابعة والتصدير والنصوص الحرة والنشر والصفحة العامة

results-dashboard = النتائج
results-filters = تصفية النتائج
results-filter-all = الكل
results-filter-audience = مَن أجاب
results-filter-language = اللغة
results-filter-area = المنطقة
results-filter-channel = القناة
results-filter-apply = عرض
results-filter-clear = مسح عوامل التصفية
results-exports = التصدير
results-export-csv = النتائج بصيغة CSV (جدول بيانات)
results-export-json = النتائج بصيغة JSON
results-export-responses = صف واحد لكل إجابة (CSV، دون النصوص الحرة)
results-figures-later = تظهر الأرقام عند إغلاق الاستشارة. ما دام الناس يجيبون، يظهر عدد الإجابات فقط: مقارنة الأرقام من لحظة إلى أخرى ستكشف ما قاله آخر شخص.
results-export-responses-later = يمكن للمالكين والمحللين تنزيل ملف الإجابات الفردية (مجهول الهوية: كل تركيبة من الفئة العمرية واللغة والمنطقة والقناة تتكرر في k صفوف على الأقل) بعد إغلاق الاستشارة.
results-free-texts = الإجابات النصية الحرة
results-free-texts-help = ما كتبه المشاركون بكلماتهم الخاصة. حُذفت بيانات الاتصال قبل تخزين أي شيء. هذه النصوص لفريقكم فقط: لا تظهر أبداً في الصفحات العامة ولا في الملفات المُصدَّرة.
results-free-texts-none = لا توجد إجابات نصية حرة هنا.
results-text-hidden = مخفي
results-text-hide = إخفاء
results-text-show = إظهار مرة أخرى
results-texts-search = ابحث عن كلمات
results-texts-no-audience = لا تظهر الفئات العمرية هنا، لأن فئة واحدة على الأقل لديها أقل من { $k } إجابات.
results-texts-pages = صفحات النصوص
results-texts-first = الصفحة الأولى
results-texts-next = الخمسون التالية
results-too-few = عدد الإجابات المطابقة لعوامل التصفية هذه أقل من { $k }، لذلك لا يُعرض شيء آخر. يُرجى اختيار عدد أقل من عوامل التصفية.
results-total-hidden = عدد الإجابات هنا مخفي، لأنه قد يسمح بالتعرّف على مجموعة صغيرة.
results-by-audience = حسب الفئة العمرية
results-by-language = حسب اللغة
results-by-area = حسب المنطقة
results-by-channel = حسب القناة
results-by-day = حسب اليوم
results-questions = الإجابات، سؤالاً سؤالاً
results-no-area = لم تُذكر المنطقة
results-no-channel = بلا قناة (رابط مباشر)
results-no-answer = بلا إجابة
results-fewer-than = أقل من { $k }
results-col-answer = الإجابة
results-col-count = عدد الأشخاص
results-col-percent = النسبة
results-total = المجموع
results-multiple-help = كان بإمكان المشاركين اختيار أكثر من إجابة، لذلك يتجاوز مجموع النسب 100%.
results-rank-help = يبيّن العدد كم شخصاً وضع هذا الخيار في المرتبة الأولى؛ ويعرض الجدول أدناه متوسط المرتبة (1 هي الأفضل).
results-mean-scale = المتوسط: { $mean } من { $points }
results-mean = المتوسط: { $mean }
results-mean-place = متوسط المرتبة
results-publication = إخبار الأطفال بما سيحدث بعد ذلك
results-publication-help = بعد إغلاق المشاورة، يمكنكم نشر نتائجها: يرى الأطفال رسوماً بيانية وجملاً بسيطة بلغتهم، وبيانكم عمّا سمعتموه وما ستفعلونه، والتحديثات التي تضيفونها لاحقاً.
results-public-link = عرض صفحة النتائج العامة
results-publish = نشر النتائج
results-unpublish = سحب النتائج
results-publish-after-close = يمكن نشر النتائج بعد إغلاق المشاورة.
results-statement = ما سمعناه وما سنفعله
results-expected-on = متى يمكن للأطفال أن ينتظروا النتائج
results-updates = ماذا حدث منذ ذلك الوقت
results-update-date = التاريخ
results-update-text = ماذا حدث
results-update-add = إضافة هذا التحديث
results-update-delete = حذف
results-expected = ستكون النتائج جاهزة في { $date }.
results-public-count =
    { $n ->
        [zero] لم يُجب أحد بعد.
        [one] أجاب شخص واحد. شكراً!
        [two] أجاب شخصان. شكراً لهما!
        [few] أجاب { $n } أشخاص. شكراً للجميع!
        [many] أجاب { $n } شخصاً. شكراً للجميع!
       *[other] أجاب { $n } شخص. شكراً للجميع!
    }
results-public-too-few = لم يُجب عدد كافٍ من الناس بعد. لن نعرض النتائج الآن، حتى لا يعرف أحد مَن أجاب.
results-public-audience-age-5-8 = قال الأطفال من 5 إلى 8 سنوات
results-public-audience-age-9-12 = قال الأطفال من 9 إلى 12 سنة
results-public-audience-age-13-17 = قال الشباب من 13 إلى 17 سنة
results-public-audience-parent = قال الآباء والأمهات ومقدّمو الرعاية
results-public-most =
    { $audience ->
        [parent] اختار معظم الآباء والأمهات ومقدّمي الرعاية: { $answer }
        [age-13-17] اختار معظم الشباب في مثل عمرك: { $answer }
       *[other] اختار معظم الأطفال في مثل عمرك: { $answer }
    }
results-back = العودة إلى البداية
email-close-subject = مشاورة مُغلقة: { $title }
email-close-body = أُغلقت المشاورة «{ $title }». إليكم نظرة أولى على ما قاله المشاركون.
email-close-top = الإجابات الأكثر اختياراً:
email-close-action = فتح لوحة النتائج
audit-results-published = نشر نتائج { $detail }
audit-results-unpublished = سحب نتائج { $detail }
audit-results-exported = تصدير النتائج ({ $detail })
audit-text-hidden = إخفاء إجابة نصية حرة
audit-text-shown = إظهار إجابة نصية حرة مرة أخرى
audit-statement-changed = تغيير بيان { $detail }
audit-update-added = إضافة تحديث بتاريخ { $detail }
audit-update-deleted = حذف تحديث

## رموز الوصول إلى API

admin-nav-api = API
admin-nav-languages = اللغات
admin-languages-title = اللغات
admin-languages-help = مدى اكتمال كل لغة. تتم الترجمة في ملفات Fluent ‏(locales/LANG/main.ftl للواجهة، وsurveys/TEMPLATE/LANG.ftl للنموذج)؛ ويقرؤها Pontoon وWeblate. اللغة الجديدة مجلد داخل CHILDVOICE_LOCALES_DIR.
admin-languages-interface = الواجهة
admin-languages-language = اللغة
admin-languages-translated = النصوص المترجمة
admin-languages-progress = التقدم
api-title = رموز الوصول إلى API
api-help = تسمح رموز الوصول للوحات المتابعة في مدينتكم ولبوابة البيانات المفتوحة بقراءة النتائج المجمّعة عبر واجهة JSON البرمجية (API)، مع الحماية نفسها للمجموعات الصغيرة المطبّقة في كل مكان آخر. يُرجى التعامل مع رمز الوصول كما تتعاملون مع كلمة المرور.
api-docs = واجهة API موصوفة بصيغة OpenAPI على العنوان
api-token-name = الاسم (الغرض من رمز الوصول)
api-token-create = إنشاء رمز وصول
api-token-created = هذا رمز الوصول الجديد. يُرجى نسخه الآن: لن يظهر مرة أخرى.
api-tokens-none = لا توجد رموز وصول بعد.
api-col-name = الاسم
api-col-created = تاريخ الإنشاء
api-col-state = الحالة
api-token-active = نشط
api-token-revoked = أُبطل في { $date }
api-token-revoke = إبطال
audit-api-token-created = إنشاء رمز الوصول إلى API { $detail }
audit-api-token-revoked = إبطال رمز الوصول إلى API { $detail }

## الخرائط: مجموعات المناطق وأسئلة الخريطة وخرائط النتائج
map-north = ش
map-metres = { $n } م
map-km = { $n } كم
map-legend-none = لا شيء
form-map-alt-area = خريطة المدينة. يمكن الضغط على الجزء المقصود من المدينة.
form-map-alt-place = خريطة المدينة. يمكن الضغط على مكان لتحديده.
form-map-help-area =
    { $audience ->
        [age-5-8] اضغط على الخريطة، أو اختر اسماً من الأسفل.
       *[other] يمكن الضغط على الخريطة، أو الاختيار من القائمة أدناه. الطريقتان تعطيان الإجابة نفسها.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] اضغط على الخريطة حيث يوجد المكان.
       *[other] يمكن الضغط على الخريطة لتحديد مكان. نحتفظ بالمنطقة التقريبية فقط، ولا نحتفظ أبداً بالموقع الدقيق.
    }
form-map-outside = هذه النقطة خارج مناطق الخريطة. يُرجى الضغط داخل المدينة.
form-place-full = تمّ تحديد أكبر عدد ممكن من الأماكن. يُرجى إلغاء تحديد مكان لتحديد مكان آخر.
form-place-none =
    { $audience ->
        [age-5-8] لم تحدّد شيئاً بعد.
       *[other] لم يُحدَّد أي مكان بعد.
    }
form-place-by-list = أو يمكن إضافة حيّ من القائمة
form-place-add = إضافة
form-place-max = الحدّ الأقصى لعدد الأماكن التي يمكن تحديدها: { $max }. لإزالة مكان، يُرجى إلغاء تحديده.
form-place-marked = المكان { $n }، في { $area }
form-place-marked-plain = المكان { $n }
results-place-help = تُحسب الأماكن حسب خلايا الخريطة. الخلية التي يقلّ عدد الأشخاص فيها عن أصغر مجموعة تظهر في النتائج تُعرض مظلّلة بخطوط.
results-export-geojson = الأعداد حسب المنطقة وخلية الخريطة (GeoJSON، لبرنامج QGIS أو ArcGIS)
admin-nav-areas = المناطق والخرائط
admin-areas-title = المناطق والخرائط
admin-areas-intro = يمكنكم رفع الدوائر أو الأحياء أو النطاقات الجغرافية للمدارس بصيغة GeoJSON. ويمكن للمشاورة أن تأخذ مناطقها منها. عندها يستطيع المشاركون الإجابة على خريطة، وتُعرض النتائج على خريطة.
admin-areas-none = لا توجد مجموعات مناطق بعد.
admin-areas-col-title = العنوان
admin-areas-col-version = الإصدار
admin-areas-col-areas = المناطق
admin-areas-col-uploaded = تاريخ الرفع
admin-areas-upload = رفع مجموعة مناطق
admin-areas-rejected = لم يُحفظ الملف. يُرجى إصلاح هذه المشكلات ثم رفعه مرة أخرى:
admin-areas-file = ملف GeoJSON
admin-areas-file-help = مجموعة FeatureCollection من معالم Polygon أو MultiPolygon بخطوط الطول والعرض وفق WGS84، بحدّ أقصى { $max } منطقة و5 ميغابايت. الأسماء بكل لغة كما في OpenStreetMap: name، name:fr، name:ar.
admin-areas-slug-help = لإنشاء إصدار جديد، يُرجى الرفع مرة أخرى بالمعرّف المختصر نفسه. تحتفظ المشاورات بالإصدار الذي أُعطي لها.
admin-areas-name-property = الخاصية التي تحتوي على الأسماء
admin-areas-name-property-help = عادةً «name». تُقرأ الترجمات من الخاصية نفسها مع «:» ورمز اللغة، مثل name:fr.
admin-areas-upload-button = رفع
admin-areas-version = الإصدار { $n }
admin-areas-summary =
    { $n ->
        [zero] لا توجد مناطق.
        [one] منطقة واحدة.
        [two] منطقتان.
        [few] { $n } مناطق.
        [many] { $n } منطقة.
       *[other] { $n } منطقة.
    }
admin-areas-map-alt = خريطة مناطق هذه المجموعة
admin-areas-download = تنزيل بصيغة GeoJSON
admin-areas-names = أسماء المناطق
admin-areas-name = الاسم
admin-areas-error-file = يُرجى اختيار ملف GeoJSON لرفعه.
admin-areas-error-utf8 = الملف ليس نصاً بترميز UTF-8. يُرجى حفظه بصيغة GeoJSON ثم المحاولة مرة أخرى.
admin-areas-default-title = المناطق
admin-field-area-set = مجموعة المناطق للخرائط
admin-field-area-set-none = بلا: استخدام قائمة المناطق أعلاه
admin-field-area-set-help = عند اختيار مجموعة مناطق، تحلّ مناطقها محلّ القائمة أعلاه، وتُطرح الأسئلة عن الأماكن على خريطة.
admin-error-area-set = يُرجى اختيار إحدى مجموعات المناطق الخاصة بمؤسستكم.
admin-field-grid = خلايا الخريطة للأماكن المحدّدة
admin-field-grid-hex = أشكال سداسية
admin-field-grid-square = مربّعات
admin-field-grid-metres = الحجم بالأمتار (100 على الأقل)
admin-field-grid-help = لا يُخزَّن المكان المحدّد إلا على شكل الخلية التي يقع فيها، ولا يُخزَّن أبداً كنقطة دقيقة. الخلايا الأكبر تحمي الأطفال بشكل أفضل.
admin-error-grid = يجب أن يكون الحجم عدداً صحيحاً من الأمتار من 100 إلى 5000.
admin-area-set-choice = { $title } (الإصدار { $version }، عدد المناطق: { $areas })
audit-area-set-uploaded = رفع مجموعة المناطق { $detail }
geo-feature-named = المعلم رقم { $n } ({ $name }): { $problem }
geo-feature = المعلم رقم { $n }: { $problem }
geo-ring-outer = الحلقة الخارجية
geo-ring-hole = الحلقة الداخلية رقم { $hole }
geo-ring-polygon-outer = الحلقة الخارجية للمضلع رقم { $polygon }
geo-ring-polygon-hole = الحلقة الداخلية رقم { $hole } في المضلع رقم { $polygon }
geo-too-large = حجم الملف أكبر من { $max } ميغابايت.
geo-not-json = هذا ليس JSON (السطر { $line }، العمود { $column }). يُرجى حفظ الملف بصيغة GeoJSON.
geo-not-collection = هذه ليست مجموعة FeatureCollection بصيغة GeoJSON.
geo-not-wgs84 = يحدّد الملف نظام الإحداثيات { $crs }. يجب أن تكون الإحداثيات خطوط طول وعرض وفق WGS84: يُرجى إعادة إسقاطه، مثلاً باستخدام ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = لا تحتوي مجموعة FeatureCollection على قائمة معالم.
geo-no-features = لا تحتوي مجموعة FeatureCollection على أي معلم.
geo-too-many-features = عدد المعالم في الملف { $n }. الحدّ الأقصى لمجموعة المناطق هو { $max }: يُرجى دمج المناطق الصغيرة، أو رفع الدوائر بدلاً من المربّعات السكنية.
geo-too-many-positions = عدد المواضع في الملف { $n }، والحدّ الأقصى المسموح به { $max }. يُرجى تبسيطه أولاً.
geo-too-wide = تمتدّ المناطق على { $width } × { $height } كم. مجموعة المناطق تخصّ مدينة واحدة أو إقليماً واحداً، ولا يزيد امتدادها على { $max } كم.
geo-not-a-feature = هذا ليس Feature بصيغة GeoJSON.
geo-no-name = لا توجد فيه الخاصية «{ $property }» التي تحمل اسمه.
geo-no-id = لا يوجد معرّف صالح: يُرجى إضافة خاصية «id» مكوّنة من أحرف صغيرة وأرقام و«-».
geo-id-taken = المعرّف «{ $id }» مستخدم في معلم آخر. يُرجى إعطاء كل معلم خاصية «id» خاصة به.
geo-no-geometry = لا يحتوي على هندسة.
geo-no-geometry-type = هندسته بلا نوع.
geo-not-an-area = هندسته من نوع { $type }. لا يمكن أن يكون منطقةً إلا معلمٌ من نوع Polygon أو MultiPolygon.
geo-no-polygons = هذا MultiPolygon لا يحتوي على أي مضلع.
geo-no-rings = { $ring } مفقودة: المضلع لا يحتوي على أي حلقة.
geo-not-positions = { $ring } ليست قائمة مواضع.
geo-bad-position = { $ring }، الموضع { $position }: المتوقّع [خط الطول، خط العرض].
geo-out-of-range = { $ring }، الموضع { $position }: خط الطول { $lon } وخط العرض { $lat } خارج النطاق المسموح به (±180 لخط الطول و±90 لخط العرض).
geo-projected = { $ring }، الموضع { $position }: القيمتان { $lon } و{ $lat } تبدوان أمتاراً في نظام إسقاط، لا خطَّي طول وعرض. يُرجى إعادة الإسقاط إلى WGS84، مثلاً باستخدام ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = عدد المواضع في { $ring } هو { $n } فقط، والحلقة تحتاج إلى 4 مواضع على الأقل.
geo-not-closed = { $ring } غير مغلقة: يجب أن يكرّر آخر موضع فيها الموضعَ الأول.
geo-self-intersection = { $ring } تتقاطع مع نفسها (تقاطع ذاتي).
geo-hole-outside = { $ring } تقع خارج الحلقة الخارجية.
geo-rings-cross = { $ring } تتقاطع مع حلقة أخرى من المضلع نفسه.
geo-polygons-overlap = المضلعان { $polygon } و{ $other } في هذا المعلم متداخلان أو يشتركان في ضلع.

## شبكات المدن: بنك المؤشرات، ولوحة متابعة الشبكة، والمكتبة، والمشاركة، والبيانات المفتوحة.
admin-nav-networks = الشبكات
indicator-cfc-safe-journey = الأمان في الطريق
indicator-cfc-safe-journey-definition = نسبة الأطفال والأهل الذين يشعرون بالارتياح أو الأمان في طريقهم إلى المدرسة وفي أنحاء المدينة: أعلى درجة في مقياس الوجوه الثلاثة للفئة العمرية 5-8 سنوات، وأعلى درجتين في المقياس الخماسي للفئات الأخرى.
indicator-cfc-independent-mobility = التنقّل المستقل
indicator-cfc-independent-mobility-definition = نسبة الأطفال في سن 9 سنوات فما فوق (والأهل، عن طفلهم) الذين يقولون إن الطفل مسموح له وقادر على التنقّل في المدينة دون شخص بالغ.
indicator-cfc-plays-outside = يلعب خارج المنزل معظم الأيام
indicator-cfc-plays-outside-definition = نسبة الأطفال والأهل الذين يقولون إن الطفل يلعب أو يلتقي بأصدقائه خارج المنزل معظم الأيام.
indicator-cfc-safe-outside = الأمان في الأماكن الخارجية
indicator-cfc-safe-outside-definition = نسبة الأطفال والأهل الذين يشعرون بالأمان في الأماكن التي يلعب فيها الأطفال خارج المنزل: أعلى درجة في مقياس الوجوه الثلاثة للفئة العمرية 5-8 سنوات، وأعلى درجتين في المقياس الخماسي للفئات الأخرى.
indicator-cfc-place-to-play = مكان مجاني للعب قريب من المنزل
indicator-cfc-place-to-play-definition = نسبة الأطفال في سن 9 سنوات فما فوق (والأهل) الذين يقولون إن هناك مكاناً قريباً من المنزل يمكن للأطفال أن يلعبوا أو يلتقوا فيه مجاناً.
indicator-cfc-heard-by-city = المدينة تستمع إلى الأطفال
indicator-cfc-heard-by-city-definition = نسبة الأطفال في سن 9 سنوات فما فوق (والأهل) الذين يشعرون بأن المدينة تستمع إلى الأطفال: أعلى درجتين في المقياس الخماسي.
network-title = الشبكات
network-help = تتبادل شبكات المدن المؤشرات والاستبيانات وما فعلته المدن بما قاله الأطفال. تنضم مؤسستكم إلى شبكة عندما تدعوها الشبكة ويقبل أحد المالكين في مؤسستكم الدعوة.
network-hosted = الشبكة التي تديرونها
network-memberships = شبكات مؤسستكم
network-memberships-none = مؤسستكم ليست عضواً في أي شبكة بعد.
network-member-since = عضو منذ { $date }
network-invited = تدعو شبكة { $network } مؤسستكم إلى الانضمام إليها.
network-accept = قبول الدعوة
network-accept-owner = يمكن لأحد المالكين في مؤسستكم قبولها.
network-library = مكتبة النماذج
network-public-page = الصفحة العامة
network-dashboard-help = مؤشرات المدن الأعضاء، من المشاورات التي اختارت كل مدينة مشاركتها بعد إغلاقها. كل قيمة مأخوذة من أرقام سبق أن نشرتها المدينة، وتبقى المجموعات الصغيرة مخفية.
network-links = صفحات الشبكة وملفات التنزيل
network-download-csv = المؤشرات (CSV)
network-download-json = المؤشرات (JSON)
network-download-package = حزمة البيانات المفتوحة للمؤشرات المنشورة
network-indicators = المؤشرات
network-indicator = المؤشر
network-show = عرض
network-no-values = لم تشارك أي مدينة عضو بعد مشاورة تقيس هذا المؤشر لهذه المجموعة.
network-trend = كل مدينة عبر جولاتها
network-latest = المدن جنباً إلى جنب، آخر جولة
network-values = القيم مع فترات 95% الخاصة بها
network-col-city = المدينة
network-col-wave = الجولة (تاريخ الإغلاق)
network-col-share = النسبة
network-col-interval = فترة 95%
network-col-counts = الإجابات المحتسبة / كل الإجابات
network-no-answers = لا توجد إجابات
network-method = المنهجية: كل قيمة هي نسبة إجابات سؤال ما التي تُحتسب في المؤشر، لمجموعة واحدة في مشاورة واحدة، وتاريخها هو تاريخ إغلاق المشاورة. وهي تُحسب فقط من الأرقام التي نشرتها المدينة. وإذا ظهر أي رقم تحتاجه بعبارة «أقل من k»، فلا تُعطى أي قيمة. والفترة هي فترة Wilson (score interval) عند مستوى 95%.
network-members = المدن الأعضاء
network-members-none = لم تُدعَ أي مؤسسة بعد.
network-col-member = المؤسسة
network-col-invited = تاريخ الدعوة
network-col-joined = تاريخ الانضمام
network-pending = الدعوة في انتظار الرد
network-invite-label = دعوة مؤسسة
network-invite-help = معرّفها المختصر (slug)، كما يراه مالكها في صفحات مؤسسته، مثلاً riverton.
network-invite = إرسال الدعوة
network-error-no-organisation = لا توجد مؤسسة بهذا المعرّف.
network-error-invited = هذه المؤسسة مدعوّة بالفعل أو عضو في الشبكة.
network-library-title = مكتبة نماذج { $network }
network-library-help = استبيانات نشرتها المدن الأعضاء ليعيد الآخرون استخدامها. تصبح النسخة مسودّة مشاورة جديدة لمؤسستكم، مع نسبتها إلى المدينة التي جاءت منها.
network-library-empty = لم يُنشر أي نموذج بعد.
network-col-template = النموذج
network-col-version = الإصدار
network-col-published = تاريخ النشر
network-copy = نسخ
network-copy-label = نسخ { $template } إلى مسودّة مشاورة جديدة
network-publish = نشر نموذج
network-publish-label = استبيان المشاورة
network-publish-help = يُنشر النموذج كما تستخدمه هذه المشاورة، بكل لغاته، بوصفه الإصدار التالي. وتُنشر معه صياغاتكم الخاصة، أما الإجابات فلا تُنشر أبداً.
network-publish-button = النشر في الشبكة
network-published = نُشر بوصفه الإصدار { $version }.
network-copied-from = نموذج منسوخ من { $source }.
network-sharing = الشبكات
network-sharing-help = المشاورة المشتركة لا تعطي الشبكة إلا أرقامها المنشورة، وبعد إغلاقها فقط: لا نصوص حرة أبداً، ولا إجابات فردية، ولا أي رقم أقل من k. وتعرضها الصفحة العامة للشبكة بمجرد نشر نتائجها.
network-shared = مُشارَكة
network-not-shared = غير مُشارَكة
network-share = المشاركة مع { $network }
network-unshare = إيقاف المشاركة مع { $network }
network-public-lead = ما قاله الأطفال والعائلات للمدن الأعضاء، وما قالت كل مدينة إنها ستفعله.
network-public-members =
    { $n ->
        [zero] لا توجد مدن أعضاء
        [one] مدينة عضو واحدة
        [two] مدينتان عضوان
        [few] { $n } مدن أعضاء
        [many] { $n } مدينةً عضواً
       *[other] { $n } مدينة عضو
    }
network-public-none = لم ينشر أي عضو نتائج مشتركة بعد.
network-public-closed = استُقبلت الإجابات حتى { $date }.
network-public-shown-in = لغة النص: { $language }. لم تكتب المدينة هذا النص باللغة المختارة.
network-public-results = كل النتائج
network-public-data = البيانات المفتوحة
network-public-languages = اللغات
results-open-data = تنزيل هذه النتائج بوصفها بيانات مفتوحة (Frictionless Data Package من ملفات CSV)
audit-other-organisation = شخص من مؤسسة أخرى
audit-network-created = إنشاء الشبكة { $detail }
audit-network-member-invited = دعوة { $detail } إلى الانضمام إلى الشبكة
audit-network-invitation-received = تلقّي دعوة للانضمام إلى شبكة { $detail }
audit-network-joined = الانضمام إلى شبكة { $detail }
audit-network-member-accepted = قبول أحد الأعضاء الدعوة: { $detail }
audit-network-indicators-exported = تصدير مؤشرات الشبكة ({ $detail })
audit-template-published-to-network = نشر نموذج في شبكة: { $detail }
audit-network-template-published = نشر أحد الأعضاء نموذجاً في المكتبة: { $detail }
audit-template-copied-from-network = نسخ نموذج من مكتبة شبكة: { $detail }
audit-consultation-shared-with-network = مشاركة مشاورة مع شبكة: { $detail }
audit-consultation-unshared-from-network = إيقاف مشاركة مشاورة مع شبكة: { $detail }
assent-skip-except =
    { $n ->
        [zero] يمكن تخطّي أيّ سؤال.
        [one] يمكن تخطّي أيّ سؤال إلا سؤالاً واحداً يحتاج إلى إجابة: { $questions }
        [two] يمكن تخطّي أيّ سؤال إلا سؤالين يحتاجان إلى إجابة: { $questions }
        [few] يمكن تخطّي أيّ سؤال إلا { $n } أسئلة تحتاج إلى إجابة: { $questions }
        [many] يمكن تخطّي أيّ سؤال إلا { $n } سؤالاً تحتاج إلى إجابة: { $questions }
       *[other] يمكن تخطّي أيّ سؤال إلا { $n } سؤال تحتاج إلى إجابة: { $questions }
    }
form-exclusive = «{ $option }» تُختار وحدها، دون إجابات أخرى.
error-exclusive = لا يمكن اختيار «{ $option }» مع إجابات أخرى. اخترها وحدها، أو ألغِ اختيارها.
xlsform-other = غير ذلك
xlsform-other-say = يُرجى التوضيح.
admin-template-xlsform = تنزيل بصيغة XLSForm ‏(.xlsx)
admin-template-folder = تنزيل مجلد النموذج ‏(.zip)
admin-nav-templates = النماذج
admin-templates-title = نماذج مؤسستكم
admin-templates-intro = استبيانات استوردتها مؤسستكم. كل استيراد يُنشئ إصداراً جديداً، وتحتفظ المشاورة بالإصدار الذي أُنشئت منه.
admin-templates-shipped = النماذج المضمّنة في childvoice موجودة في صفحة المشاورة الجديدة.
admin-templates-none = ليست لدى مؤسستكم نماذج خاصة بها بعد.
admin-templates-col-title = النموذج
admin-templates-col-source = المصدر
admin-templates-use-label = بدء مسودّة مشاورة جديدة من { $template }
admin-templates-import = استيراد XLSForm أو مجلد نموذج
admin-templates-file = مصنّف XLSForm ‏(.xlsx) أو مجلد نموذج ‏(.zip)
admin-templates-file-help = ملف XLSForm من KoboToolbox أو ODK أو SurveyCTO، مع أوراق survey وchoices وsettings، أو مجلد نموذج كما يُنزَّل من هنا (survey.toml، وملف ‎.ftl لكل لغة، والصور). كل ما لا يستطيع childvoice السؤال عنه يُذكر مع موضعه، ولا يُحفظ أي شيء حتى يُصلَح كل شيء.
admin-templates-import-button = استيراد
admin-templates-rejected =
    { $n ->
        [zero] لم يُستورَد المصنّف: يُرجى إصلاح المشكلات ثم المحاولة مرة أخرى.
        [one] لم يُستورَد المصنّف: يُرجى إصلاح هذه المشكلة ثم المحاولة مرة أخرى.
        [two] لم يُستورَد المصنّف: يُرجى إصلاح هاتين المشكلتين ثم المحاولة مرة أخرى.
        [few] لم يُستورَد المصنّف: يُرجى إصلاح { $n } مشكلات ثم المحاولة مرة أخرى.
        [many] لم يُستورَد المصنّف: يُرجى إصلاح { $n } مشكلةً ثم المحاولة مرة أخرى.
       *[other] لم يُستورَد المصنّف: يُرجى إصلاح { $n } مشكلة ثم المحاولة مرة أخرى.
    }
admin-templates-imported = تم استيراد { $template }، الإصدار { $version }.
audit-template-imported = استيراد النموذج { $detail }
audit-template-created = إنشاء النموذج { $detail }
admin-templates-texts-title = النصوص ({ $language })
admin-templates-languages = اللغات ومقدار ما كُتب في كل منها
admin-templates-problems =
    { $n ->
        [zero] في هذا الإصدار مشكلات. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَح:
        [one] في هذا الإصدار مشكلة واحدة. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَح:
        [two] في هذا الإصدار مشكلتان. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَحا:
        [few] في هذا الإصدار { $n } مشكلات. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَح:
        [many] في هذا الإصدار { $n } مشكلةً. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَح:
       *[other] في هذا الإصدار { $n } مشكلة. يمكن حفظه، لكن لا يمكن بدء أي مشاورة منه حتى تُصلَح:
    }
admin-templates-everyone = لجميع الفئات المستهدفة
admin-templates-for = للفئة المستهدفة: { $audience }
admin-templates-save = الحفظ بوصفه إصداراً جديداً
admin-templates-new = إنشاء نموذج جديد
admin-templates-new-help = يبدأ بسؤال واحد؛ أضف الأسئلة الأخرى في صفحة أسئلته، ثم اكتب نصوصها.
admin-templates-new-button = إنشاء النموذج
admin-templates-id = معرّف النموذج
admin-templates-id-help = حروف لاتينية صغيرة وأرقام وشرطات. إذا تُرك فارغًا يُصنع من العنوان.
admin-templates-default-language = اللغة التي يُكتب بها أولًا
admin-templates-areas = الأحياء (المعرّفات)
admin-templates-areas-help = واحد في كل سطر، مثل north-district. تُكتب أسماؤها في صفحة النصوص.
admin-templates-settings = اللغات والفئات
admin-templates-settings-title = لغات { $template } وفئاته
admin-templates-settings-help = اللغة المضافة تبدأ بلا نصوص: ترجمها في صفحة النصوص. الفئة المحذوفة تُزال من كل الأسئلة. الحفظ ينشئ نسخة جديدة.
admin-templates-save-settings = الحفظ كنسخة جديدة
admin-templates-diff = التغييرات
admin-templates-diff-title = التغييرات في الإصدار { $version }
admin-templates-diff-first = هذا هو الإصدار الأول.
admin-templates-diff-none = لم يتغيّر شيء عن الإصدار السابق.
admin-templates-edit-texts = تعديل النصوص
admin-templates-copy = نسخ نموذج مضمّن في childvoice
admin-templates-copy-label = النموذج المراد نسخه إلى مكتبتكم لتكييف نصوصه
admin-templates-copy-button = نسخ
audit-template-copied = نسخ نموذج مضمّن: { $detail }
audit-template-edited = تعديل نصوص نموذج: { $detail }
admin-editor-questions = تعديل الأسئلة
admin-editor-title = أسئلة { $template }
admin-editor-id = معرّف السؤال الجديد
admin-editor-id-help = أحرف لاتينية صغيرة (a-z) وأرقام و«-»، على أن يبدأ بحرف؛ ولا يمكن تغييره لاحقاً. بعد ذلك يُرجى كتابة نصوصه في صفحة النصوص.
admin-editor-kind = النوع
admin-editor-kind-single = إجابة واحدة
admin-editor-kind-multiple = عدة إجابات
admin-editor-kind-scale = وجوه تعبيرية (3 للفئة العمرية 5-8 سنوات، و5 للفئات الأخرى)
admin-editor-kind-text = نص حر
admin-editor-kind-number = عدد صحيح
admin-editor-kind-area = المنطقة (الحيّ)
admin-editor-kind-rank = ترتيب حسب الأهمية
admin-editor-kind-place = أماكن على الخريطة
admin-editor-kind-note = نص للقراءة، بلا إجابة
admin-editor-kind-grid = مصفوفة: عدة عبارات، ومقياس واحد
admin-editor-options = معرّفات الإجابات، معرّف واحد في كل سطر
admin-editor-options-help = يُرجى تركه فارغاً عندما تأتي الإجابات من قائمة مشتركة، أو عندما لا يكون لهذا النوع إجابات.
admin-editor-list = قائمة إجابات مشتركة
admin-editor-statements = عبارات المصفوفة (معرّفات)، عبارة واحدة في كل سطر
admin-editor-required = الإجابة مطلوبة (وليست مطلوبة أبداً للفئة العمرية 5-8 سنوات)
admin-editor-new-page = يبدأ شاشة جديدة
admin-editor-show-if = لا يُطرح إلا إذا كان هذا السؤال السابق…
admin-editor-any-of = …قد أُجيب عنه بأحد هذه المعرّفات (مفصولة بمسافات)
admin-editor-join = عند وجود عدة شروط
admin-editor-join-all = يجب أن تتحقق كلها
admin-editor-join-any = يكفي أن يتحقق أحدها
admin-editor-validated-wording = أداة معيارية: لا يجوز تغيير صياغتها (الجملة الطويلة لفئة 13-17 وللوالدين تنبيه لا خطأ)
admin-editor-min = أصغر عدد
admin-editor-max = أكبر عدد، أو أكبر عدد من الإجابات أو الأماكن
admin-editor-exclusive = إجابات تُختار وحدها (معرّفات مفصولة بمسافات)
admin-editor-other = الإجابة التي تفتح «غير ذلك، يُرجى التوضيح» (معرّفها)
admin-editor-indicator = المؤشر الذي يقيسه
admin-editor-add = إضافة السؤال
admin-editor-up = نقل إلى الأعلى
admin-editor-down = نقل إلى الأسفل
admin-editor-delete = حذف
admin-editor-edit = تعديل
admin-editor-pictures = صور للأطفال من 5 إلى 8 سنوات
admin-editor-pictures-help = يختار الأطفال الصغار عن طريق الصور. رسم بصيغة SVG (صغير وبسيط، بلا نصوص برمجية)، أو صورة فوتوغرافية أو رسم بصيغة PNG أو JPEG أو WebP، يُصغَّر ويُحذف منه ما يذكره الملف عن مكان التقاطه وزمانه.
admin-editor-picture-has = توجد صورة؛ يُرجى رفع صورة أخرى لاستبدالها
admin-editor-picture-none = لا توجد صورة بعد
admin-editor-picture-upload = رفع الصورة
admin-templates-pictures-needed = قبل أن تبدأ مشاورة من هذا النموذج، ارفعوا في صفحة الأسئلة صورًا للأطفال من 5 إلى 8 سنوات لما يلي: { $options }.
admin-templates-stale = هذا هو الإصدار { $version }، والإصدار { $newest } أحدث منه: لم يُحفظ شيء، حتى لا يضيع ما حُفظ منذ ذلك الحين. افتحوا أحدث إصدار وأجروا التغيير فيه.
admin-editor-preview = معاينة بصفة
form-preview = هذه معاينة: الأزرار تنقل بين الشاشات فقط، ولا يُرسَل شيء.
form-preview-back = العودة إلى المحرّر
