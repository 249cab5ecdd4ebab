# Тексты интерфейса childvoice — русский (те же ключи, что в en/main.ftl).
# `$audience`: age-5-8, age-9-12, age-13-17 или parent.
# «ты» для детей 5–8 и 9–12 лет, «вы» для подростков 13–17 лет и родителей.
# Тексты, которые видят все (или и дети, и подростки в одном варианте),
# написаны нейтрально: «можно…», «нужно…», безличные и именные обороты.

language-name = Русский
site-name = Моё мнение
skip-link = Перейти к основному содержанию

home-title = Мой город — моё мнение
home-intro = Город хочет услышать детей, подростков и семьи.
home-open = Сейчас открыто
home-none = Сейчас отвечать не на что. Скоро здесь появятся новые опросы.

choose-language = Выбор языка
who-are-you = Кто отвечает?
audience-age-5-8 = Мне от 5 до 8 лет
audience-age-9-12 = Мне от 9 до 12 лет
audience-age-13-17 = Мне от 13 до 17 лет
audience-parent = Я родитель или опекун

assent-title =
    { $audience ->
        [age-5-8] Перед тем как начать
       *[other] Перед началом
    }
assent-what = О чём этот опрос?
assent-anonymous =
    { $audience ->
        [age-5-8] Мы не спросим, как тебя зовут.
        [parent] Опрос анонимный: мы не спрашиваем ваше имя, электронную почту и адрес и не сохраняем ваш IP-адрес.
       *[other] Мы не спрашиваем имя. Никто не узнает, какие ответы чьи.
    }
assent-skip =
    { $audience ->
        [age-5-8] Ты можешь не отвечать.
        [parent] Все вопросы необязательные, если не указано иное.
       *[other] Отвечать на все вопросы не обязательно. Любой вопрос можно пропустить.
    }
assent-stop =
    { $audience ->
        [age-5-8] Ты можешь остановиться в любой момент.
        [parent] Вы можете остановиться в любой момент; до последней страницы ничего не отправляется.
       *[other] Остановиться можно в любой момент. Пока не нажата кнопка «Отправить ответы», ничего не отправляется.
    }
assent-results = Когда будут итоги?
assent-start =
    { $audience ->
        [age-5-8] Начинаем!
       *[other] Начать
    }
assent-not-now = Нет, спасибо

form-progress = Шаг { $current } из { $total }
form-next = Дальше
form-back = Назад
form-send = Отправить ответы
form-stop = Остановиться (ничего не отправится)
form-optional = Этот вопрос можно пропустить.
form-required = Обязательно
form-choose-many = Можно выбрать несколько.
form-choose-up-to = Можно выбрать не больше { $max }.
form-rank-help = Номер 1 — самое важное, потом 2, потом 3. Что-то можно оставить без номера.
form-rank-none = –
form-number-help = Число от { $min } до { $max }.
form-text-help = Не нужно писать имя, номер телефона или адрес.
form-errors =
    { $audience ->
        [age-5-8] Посмотри сюда ещё раз, пожалуйста.
       *[other] Нужно проверить ответы, отмеченные ниже. Остальные ответы сохранены.
    }
form-token-renewed = Эта страница была открыта очень долго. Нужно проверить ответы и нажать кнопку ещё раз.
form-area-help = Часть города можно выбрать из списка.

scale-3-1 = Плохо
scale-3-2 = Нормально
scale-3-3 = Хорошо
scale-5-1 = Очень плохо
scale-5-2 = Плохо
scale-5-3 = Средне
scale-5-4 = Хорошо
scale-5-5 = Очень хорошо

error-required = Нужен ответ на этот вопрос.
error-not-an-option = Нужно выбрать один из показанных ответов.
error-too-many = Можно выбрать не больше { $max }.
error-not-a-number = Нужно написать число цифрами, например 12.
error-out-of-range = Нужно написать число от { $min } до { $max }.
error-too-long =
    Текст слишком длинный: можно не больше { $max } { $max ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }.
error-duplicate-rank = Каждый номер можно поставить только один раз.

thanks-title =
    { $audience ->
        [age-5-8] Спасибо!
       *[other] Спасибо за ответы
    }
thanks-body =
    { $audience ->
        [age-5-8] Мы получили твои ответы. Они помогут сделать твой город лучше.
        [parent] Ваши ответы получены. Они помогут городу решить, что делать.
       *[other] Мы получили ответы. Они помогут решить, что город сделает дальше.
    }
thanks-next = Что будет дальше?
thanks-results-link = Посмотреть, что нам рассказали
thanks-again = Вернуться в начало

help-title = Хочется с кем-то поговорить?
help-default = Если что-то тревожит, можно поговорить со взрослым, которому можно доверять. Можно также бесплатно позвонить на детский телефон доверия. Номер для своей страны есть на сайте childhelplineinternational.org.

results-title = Что мы узнали
results-not-yet = Итоги ещё не готовы.

closed-title = Этот опрос завершён
closed-body = Спасибо за желание участвовать. Отвечать на опрос больше нельзя.
not-open-title = Этот опрос ещё не начался
not-open-body = Ответить можно будет, когда он откроется.

error-not-found-title = Такой страницы нет
error-not-found-body = Нужно проверить ссылку или вернуться в начало.
error-bad-request-title = В отправленных данных что-то не так
error-bad-request-body = Нужно вернуться назад и попробовать ещё раз.
error-too-large-title = Слишком много данных за один раз
error-too-large-body = Нужно сократить ответы и попробовать ещё раз.
error-server-title = К сожалению, у нас что-то пошло не так
error-server-body = Можно попробовать ещё раз через минуту.
error-unavailable-title = Сейчас мы перегружены
error-unavailable-body = Можно попробовать ещё раз через минуту. Ответы остались на этой странице.
back-to-start = Вернуться в начало

## Администрирование: сотрудники, планировщики и специалисты (язык для взрослых, «вы»)

admin-title = Администрирование childvoice
admin-nav-consultations = Опросы
admin-nav-people = Пользователи
admin-nav-audit = Журнал действий
admin-sign-out = Выйти
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = Исправьте поля, отмеченные ниже.
admin-saved = Сохранено.

admin-login-title = Вход
admin-email = Адрес электронной почты
admin-password = Пароль
admin-login-submit = Войти
admin-login-failed = Неверный адрес электронной почты или пароль.
admin-login-forgot = Забыли пароль?
admin-too-many-attempts = Слишком много попыток. Подождите минуту и попробуйте снова.

admin-forgot-title = Сброс пароля
admin-forgot-intro = Введите адрес электронной почты. Если он привязан к учётной записи, мы отправим ссылку для выбора нового пароля.
admin-forgot-submit = Отправить ссылку
admin-forgot-sent = Если этот адрес привязан к учётной записи, ссылка уже отправлена. Она сработает один раз в течение 72 часов.

admin-set-password-title = Выберите пароль
admin-set-password-intro =
    Выберите пароль для { $email }. Используйте не меньше { $min } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }; надёжный пароль получается из нескольких не связанных между собой слов.
admin-new-password = Новый пароль
admin-confirm-password = Тот же пароль ещё раз
admin-set-password-submit = Сохранить пароль
admin-password-too-short =
    Используйте не меньше { $min } { $min ->
        [one] символа
        [few] символов
        [many] символов
       *[other] символа
    }.
admin-password-mismatch = Пароли не совпадают.
admin-link-invalid = Срок действия ссылки истёк, или она уже использована. Запросите новую.

admin-consultations-title = Опросы
admin-new-consultation = Новый опрос
admin-none-yet = Опросов пока нет.
admin-col-title = Название
admin-col-state = Статус
admin-col-responses = Ответы
admin-col-dates = Даты
admin-col-link = Ссылка
state-draft = Черновик
state-open = Открыт
state-closed = Закрыт
state-published = Итоги опубликованы
state-scheduled = Откроется позже
state-ended = Дата закрытия прошла
admin-no-date = дата не задана
admin-date-range = с { $from } по { $to }

admin-pick-template = Начать с шаблона
admin-template-questions =
    { $n } { $n ->
        [one] вопрос
        [few] вопроса
        [many] вопросов
       *[other] вопроса
    }
admin-template-languages = Языки
admin-template-audiences = Аудитории
admin-use-template = Использовать этот шаблон

admin-settings-title = Настройки
admin-field-title = Название ({ $language })
admin-field-slug = Короткая ссылка
admin-field-slug-help = Строчные латинские буквы, цифры и дефисы. Ссылка будет на плакатах и в QR-кодах.
admin-field-languages = Языки
admin-field-audiences = Аудитории
admin-field-areas = Районы (части города)
admin-field-areas-help = По одному на строку. Участники могут указать, в каком районе живут; итоги можно смотреть по районам.
admin-field-opens = Дата открытия
admin-field-closes = Дата закрытия
admin-field-dates-help = Оставьте пустым, чтобы открывать и закрывать опрос вручную.
admin-field-k = Наименьшая группа в итогах
admin-field-k-help = Любые данные по группе, в которой меньше людей, скрываются, чтобы никого из детей нельзя было выделить. Не меньше 3; рекомендуется 10.
admin-field-retention-help = Через сколько месяцев после публикации итогов. Затем все отдельные ответы, включая свободные тексты, удаляются; остаются только подсчёты, поэтому опубликованные цифры не меняются. 0 — удалить их сразу при публикации. Не больше 120.
admin-field-retention = Удалить отдельные ответы через (месяцев)
admin-field-help = Текст помощи для детей ({ $language })
admin-field-help-help = Куда ребёнок может обратиться за помощью, например на национальный детский телефон доверия. Если оставить поле пустым, детям покажут ссылку на Child Helpline International.
admin-locked-after-launch = Ссылку, языки, аудитории и районы нельзя изменить после запуска опроса.
admin-save-draft = Сохранить черновик
admin-save = Сохранить
admin-cancel = Отмена
admin-error-slug = Используйте от 3 до 40 строчных латинских букв, цифр или дефисов; первым символом должна быть буква.
admin-error-slug-taken = Эта короткая ссылка уже занята. Выберите другую.
admin-error-languages = Выберите хотя бы один язык.
admin-error-audiences = Выберите хотя бы одну аудиторию.
admin-error-title = Название слишком длинное: не больше 120 символов.
admin-error-help = Текст помощи слишком длинный: не больше 1000 символов.
admin-error-areas = Перечислите районы, по одному на строку (не больше 200). В этом опросе есть вопросы о них.
admin-error-date = Укажите дату в формате 2027-05-31.
admin-error-dates = Дата закрытия раньше даты открытия.
admin-error-k = Укажите целое число от 3 до 1000.
admin-error-k-lower = В этом опросе уже есть ответы, поэтому наименьшую группу нельзя уменьшить.
admin-error-retention = Выберите число месяцев от 0 до 120.
admin-error-channel-name = Дайте каналу название длиной до 100 символов.

admin-launch = Запустить
admin-launch-help = После запуска опрос станет доступен участникам (с даты открытия, если она указана).
admin-close = Закрыть сейчас
admin-reopen = Открыть снова
admin-edit = Изменить настройки
admin-preview = Предпросмотр
admin-preview-help = Черновик видят только сотрудники вашей организации.
admin-links = Ссылка, QR-код и плакаты
admin-public-link = Публичная ссылка
admin-qr-svg = QR-код (SVG)
admin-qr-png = QR-код (PNG)
admin-poster = Плакат ({ $language })
admin-responses = Ответы
admin-responses-total =
    Всего { $n } { $n ->
        [one] ответ
        [few] ответа
        [many] ответов
       *[other] ответа
    }
admin-channels = Каналы
admin-channels-help = Канал — это место, где вы распространяете опрос: школьный класс, плакат в библиотеке, рассылка. У каждого канала своя короткая ссылка и свой QR-код, поэтому видно, какие каналы работают. Канал никогда не указывает на конкретного человека.
admin-channel-name = Название
admin-channel-code = Код
admin-channel-add = Добавить канал
admin-channel-none = Каналов пока нет.
admin-audience-age-5-8 = Дети 5–8 лет
admin-audience-age-9-12 = Дети 9–12 лет
admin-audience-age-13-17 = Подростки 13–17 лет
admin-audience-parent = Родители и опекуны

admin-people-title = Пользователи
admin-invite = Пригласить пользователя
admin-role = Роль
role-owner = Владелец
role-editor = Редактор
role-analyst = Аналитик
admin-role-help = Владельцы управляют пользователями и настройками; редакторы создают и проводят опросы; аналитики смотрят итоги и выгрузки.
admin-language = Язык писем для этого пользователя
admin-invite-submit = Отправить приглашение
admin-invited = Приглашение отправлено на адрес { $email }.
admin-mail-failed = Не удалось отправить письмо: { $reason }. Ничего не потеряно; проверьте настройки почты и попробуйте снова.
admin-error-email = Введите правильный адрес электронной почты.
admin-error-email-taken = Учётная запись с этим адресом уже существует.
admin-col-email = Эл. почта
admin-col-status = Статус
admin-status-active = Активен
admin-status-invited = Приглашён

admin-audit-title = Журнал действий
admin-col-when = Когда
admin-col-who = Кто
admin-col-what = Что
audit-consultation-created = создание опроса { $detail }
audit-consultation-launched = запуск опроса { $detail }
audit-consultation-closed = закрытие опроса { $detail }
audit-consultation-reopened = повторное открытие опроса { $detail }
audit-settings-changed = изменение настроек опроса { $detail }
audit-channel-created = добавление канала { $detail }
audit-user-invited = приглашение пользователя { $detail }
audit-password-set = установка своего пароля
audit-password-reset-requested = запрос на сброс пароля
audit-user-created = создание учётной записи { $detail }
audit-system = (командная строка)

error-forbidden-title = У вас нет прав на это действие
error-forbidden-body = Ваша роль не позволяет это сделать. Обратитесь к владельцу вашей организации.

poster-call = Есть что сказать? Код можно отсканировать камерой телефона.
poster-or-visit = Или по этому адресу:
poster-free = Это бесплатно и анонимно. Займёт несколько минут.

email-invite-subject = Приглашение в организацию «{ $org }» в childvoice
email-invite-body = Вас пригласили в организацию «{ $org }» в childvoice с ролью «{ $role }». Откройте ссылку ниже, чтобы выбрать пароль.
email-invite-action = Выбрать пароль
email-reset-subject = Сброс пароля childvoice
email-reset-body = Кто-то запросил сброс пароля вашей учётной записи childvoice. Откройте ссылку ниже, чтобы выбрать новый пароль.
email-reset-action = Выбрать новый пароль
email-link-expiry = Ссылка сработает один раз в течение 72 часов.
email-ignore = Если вы не ждали этого письма, просто не обращайте на него внимания.

## Перегрузка, отказ и недоступность (ответы всегда остаются на странице)

error-busy-title = Сейчас приходит очень много ответов
error-busy-body = Можно попробовать ещё раз через минуту.
error-no-reopen-body = В нём уже есть ответы, и его цифры могли видеть, пока он был закрыт. Новые ответы при сравнении показали бы, что сказал каждый новый участник. Лучше начните новый опрос по тому же шаблону.
error-no-reopen-title = Этот опрос нельзя открыть снова
error-not-yet-body = Файл с отдельными ответами могут скачать владельцы и аналитики после закрытия опроса и до удаления ответов.
error-not-yet-title = Сейчас недоступно
form-busy = Сейчас приходит очень много ответов. Нужно подождать минуту и нажать кнопку ещё раз. Ответы остались здесь.
form-check-again = Нужно проверить ответы и нажать кнопку ещё раз.
form-unavailable = Сейчас мы не можем сохранить ответы. Нужно подождать минуту и нажать кнопку ещё раз. Ответы остались здесь.
form-honeypot = Это поле не заполнять

## Одноразовые коды и защита детей

code-label = Код с карточки
code-help = Нужно ввести код с карточки. По одному коду отвечает один человек, один раз.
code-unknown = Такого кода нет. Нужно проверить код и попробовать ещё раз.
code-used = Этот код уже использован. Каждый код работает только один раз.
codes-card-scan = Отсканировать телефоном или открыть адрес:
thanks-care-title = Спасибо за доверие
thanks-care-body = Эти слова важны. Если что-то тревожит или кто-то делает больно, винить себя не нужно. Помощь можно получить прямо сейчас:

admin-nav-safeguarding = Защита детей
admin-safeguarding-title = Тексты для проверки
admin-safeguarding-help = В этих ответах есть слова, которые могут означать, что ребёнок в опасности. Прочитайте каждый ответ и действуйте по вашей процедуре защиты детей. Здесь нет ничего, что указывает на ребёнка: контактные данные удалены до сохранения.
admin-safeguarding-none = Проверять нечего.
admin-reviewed = Отметить как проверенный
admin-reviewed-done = Проверено
admin-col-question = Вопрос
admin-col-text = Текст
admin-col-day = День
admin-col-lead = Ответственный за защиту детей
admin-make-lead = Назначить ответственным
admin-remove-lead = Снять
admin-lead-help = Ответственные за защиту детей получают письмо, когда слова ребёнка нужно проверить, и видят очередь проверки.
admin-field-requires-code = Для каждого ответа нужен одноразовый код
admin-field-requires-code-help = Раздайте карточки с кодами, например по одной каждому ребёнку в классе. Каждый код пропускает ровно один ответ, и никто не может узнать, какой код относится к какому ответу.
admin-codes = Коды
admin-codes-count =
    { $total } { $total ->
        [one] код
        [few] кода
        [many] кодов
       *[other] кода
    }
admin-codes-used = Использовано (подсчитывается после закрытия опроса)
admin-codes-generate = Создать коды
admin-codes-how-many = Сколько кодов
admin-codes-print = Распечатать карточки
admin-error-codes = Выберите число от 1 до 200.

email-safeguarding-subject = Слова ребёнка нужно проверить
email-safeguarding-body = Ответ в опросе организации «{ $org }» содержит слова, которые могут означать, что ребёнок в опасности. Войдите в систему и прочитайте его в очереди проверки. Чтобы защитить ребёнка, текста в этом письме нет.
email-safeguarding-action = Открыть очередь проверки

## Чтение вслух и общие планшеты

listen = Слушать
kiosk-next = Следующий участник сможет начать через несколько секунд.
kiosk-countdown = Возврат в начало через { $seconds } сек.
kiosk-more-time = Мне нужно больше времени
kiosk-start = Следующий участник: начать заново

audit-lead-named = назначение ответственным за защиту детей: { $detail }
audit-lead-removed = снятие с роли ответственного за защиту детей: { $detail }
audit-codes-created = создание кодов: { $detail }
audit-organisation-created = создание организации { $detail }
audit-flag-reviewed = проверка отмеченного текста

## Скрытие малых групп

admin-suppressed = скрыто, чтобы защитить небольшую группу
admin-suppressed-note = Если число людей меньше { $k }, вместо него показано «меньше { $k }».
results-perturbed-note = Чтобы защитить каждого ребёнка, каждое число сдвинуто вверх или вниз не больше чем на 2, всегда одинаково для одних и тех же людей. Поэтому сумма в таблице может не совпадать с итогом.
admin-responses-few = Ответов пока меньше { $k }: данные появятся, когда их будет { $k } или больше.

## Итоги: панель, выгрузки, свободные ответы, публикация, публичная страница
results-dashboard = Итоги
results-filters = Показать итоги для
results-filter-all = Все
results-filter-audience = Кто отвечал
results-filter-language = Язык
results-filter-area = Район
results-filter-channel = Канал
results-filter-apply = Показать
results-filter-clear = Сбросить фильтры
results-exports = Выгрузки
results-export-csv = Итоги в CSV (таблица)
results-export-json = Итоги в JSON
results-export-responses = Одна строка на ответ (CSV, без свободных ответов)
results-figures-later = Цифры появятся, когда опрос закроется. Пока люди отвечают, видно только число ответов: сравнение цифр в разные моменты показало бы, что сказал последний участник.
results-export-responses-later = Файл с отдельными ответами (обезличенный: каждое сочетание возрастной группы, языка, района и канала встречается не менее чем в k строках) могут скачать владельцы и аналитики после закрытия опроса.
results-free-texts = Ответы своими словами
results-free-texts-help = Что люди написали своими словами. Контактные данные удалены до сохранения. Эти тексты только для вашей команды: они никогда не появляются на публичных страницах и в выгрузках.
results-free-texts-none = Здесь нет ответов своими словами.
results-text-hidden = скрыт
results-text-hide = Скрыть
results-text-show = Показать снова
results-texts-search = Поиск по словам
results-texts-no-audience = Возрастные группы здесь не показаны: хотя бы в одной из них ответов меньше { $k }.
results-texts-pages = Страницы текстов
results-texts-first = Первая страница
results-texts-next = Следующие 50
results-too-few = Ответов, подходящих под эти фильтры, меньше { $k }, поэтому больше ничего не показано. Выберите меньше фильтров.
results-total-hidden = Число ответов здесь скрыто: по нему можно было бы вычислить небольшую группу.
results-by-audience = По возрастным группам
results-by-language = По языкам
results-by-area = По районам
results-by-channel = По каналам
results-by-day = По дням
results-questions = Ответы по каждому вопросу
results-no-area = Район не указан
results-no-channel = Без канала (прямая ссылка)
results-no-answer = Нет ответа
results-fewer-than = меньше { $k }
results-col-answer = Ответ
results-col-count = Число людей
results-col-percent = Доля
results-total = Всего
results-multiple-help = Можно было выбрать несколько ответов, поэтому сумма долей больше 100 %.
results-rank-help = Число показывает, сколько человек поставили этот вариант на первое место; в таблице ниже — среднее место (1 — лучшее).
results-mean-scale = Среднее: { $mean } из { $points }
results-mean = Среднее: { $mean }
results-mean-place = Среднее место
results-publication = Рассказать детям, что будет дальше
results-publication-help = Когда опрос закрыт, опубликуйте итоги: дети увидят простые диаграммы и предложения на своём языке, ваше заявление о том, что вы услышали и что сделаете, и новости, которые вы добавите позже.
results-public-link = Открыть публичную страницу итогов
results-publish = Опубликовать итоги
results-unpublish = Снять итоги с публикации
results-publish-after-close = Итоги можно опубликовать после закрытия опроса.
results-statement = Что мы услышали и что сделаем
results-expected-on = Когда дети могут ждать итогов
results-updates = Что произошло с тех пор
results-update-date = Дата
results-update-text = Что произошло
results-update-add = Добавить новость
results-update-delete = Удалить
results-expected = Итоги ожидаются { $date }.
results-public-count = { $n ->
    [one] Ответил { $n } человек. Спасибо!
    [few] Ответили { $n } человека. Спасибо!
    [many] Ответили { $n } человек. Спасибо!
   *[other] Число ответивших: { $n }. Спасибо!
  }
results-public-too-few = Пока ответило слишком мало людей. Если показать итоги сейчас, кого-то можно будет узнать.
results-public-audience-age-5-8 = Дети от 5 до 8 лет сказали
results-public-audience-age-9-12 = Дети от 9 до 12 лет сказали
results-public-audience-age-13-17 = Подростки от 13 до 17 лет сказали
results-public-audience-parent = Родители и опекуны сказали
results-public-most = { $audience ->
    [parent] Большинство родителей и опекунов выбрали: { $answer }
   *[other] Большинство ребят этого возраста выбрали: { $answer }
  }
results-back = Вернуться в начало
email-close-subject = Опрос закрыт: { $title }
email-close-body = Опрос «{ $title }» закрыт. Вот первый взгляд на то, что сказали участники.
email-close-top = Самые частые ответы:
email-close-action = Открыть панель итогов
audit-results-published = публикация итогов опроса { $detail }
audit-results-unpublished = снятие с публикации итогов опроса { $detail }
audit-results-exported = выгрузка итогов ({ $detail })
audit-text-hidden = скрытие ответа своими словами
audit-text-shown = повторный показ ответа своими словами
audit-statement-changed = изменение заявления к опросу { $detail }
audit-update-added = добавление новости от { $detail }
audit-update-deleted = удаление новости

## API-токены
admin-nav-api = API
admin-nav-languages = Языки
admin-languages-title = Языки
admin-languages-help = Насколько готов каждый язык. Переводят в файлах Fluent (locales/LANG/main.ftl для интерфейса, surveys/TEMPLATE/LANG.ftl для шаблона); их читают Pontoon и Weblate. Новый язык — это папка в CHILDVOICE_LOCALES_DIR.
admin-languages-interface = Интерфейс
admin-languages-language = Язык
admin-languages-translated = Переведено текстов
admin-languages-progress = Готовность
api-title = API-токены
api-help = Токены позволяют городским панелям и порталу открытых данных читать сводные итоги через JSON API с той же защитой небольших групп, что и везде. Обращайтесь с токеном как с паролем.
api-docs = API описан в формате OpenAPI по адресу
api-token-name = Название (для чего нужен токен)
api-token-create = Создать токен
api-token-created = Ваш новый токен. Скопируйте его сейчас: больше он показан не будет.
api-tokens-none = Токенов пока нет.
api-col-name = Название
api-col-created = Создан
api-col-state = Статус
api-token-active = действует
api-token-revoked = отозван { $date }
api-token-revoke = Отозвать
audit-api-token-created = создание API-токена { $detail }
audit-api-token-revoked = отзыв API-токена { $detail }

## Карты: наборы районов, вопросы на карте и карты итогов
map-north = С
map-metres = { $n } м
map-km = { $n } км
map-legend-none = нет
form-map-alt-area = Карта города. Можно нажать на ту часть города, о которой идёт речь.
form-map-alt-place = Карта города. Чтобы отметить место, нужно нажать на него.
form-map-help-area =
    { $audience ->
        [age-5-8] Нажми на карту или выбери название ниже.
       *[other] Можно нажать на карту или выбрать из списка ниже. Ответ будет одинаковым.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] Нажми на карту там, где это место.
       *[other] Чтобы отметить место, нужно нажать на карту. Мы сохраняем только примерное расположение, а не точное место.
    }
form-map-outside = Эта точка за пределами районов на карте. Нужно нажать внутри города.
form-place-full = Отмечено максимальное число мест. Чтобы отметить другое место, нужно снять отметку с одного из них.
form-place-none =
    { $audience ->
        [age-5-8] Пока ничего не отмечено.
       *[other] Пока не отмечено ни одного места.
    }
form-place-by-list = Или добавить часть города из списка
form-place-add = Добавить
form-place-max = Можно отметить до { $max } мест. Чтобы убрать место, нужно снять с него отметку.
form-place-marked = Место { $n }, район: { $area }
form-place-marked-plain = Место { $n }
results-place-help = Места подсчитываются по ячейкам карты. Если в ячейке людей меньше, чем наименьшая группа в итогах, она заштрихована.
results-export-geojson = Подсчёты по районам и ячейкам карты (GeoJSON, для QGIS или ArcGIS)
admin-nav-areas = Районы и карты
admin-areas-title = Районы и карты
admin-areas-intro = Загрузите свои округа, микрорайоны или территории, закреплённые за школами, в формате GeoJSON. Опрос может взять из них свои районы. Тогда участники смогут отвечать на карте, а итоги будут показаны на карте.
admin-areas-none = Наборов районов пока нет.
admin-areas-col-title = Название
admin-areas-col-version = Версия
admin-areas-col-areas = Районы
admin-areas-col-uploaded = Загружен
admin-areas-upload = Загрузить набор районов
admin-areas-rejected = Файл не сохранён. Исправьте эти ошибки и загрузите его снова:
admin-areas-file = Файл GeoJSON
admin-areas-file-help = FeatureCollection из объектов Polygon или MultiPolygon с долготой и широтой в WGS84, не больше { $max } районов и 5 МБ. Названия на разных языках — как в OpenStreetMap: name, name:fr, name:ar.
admin-areas-slug-help = Загрузите файл снова с тем же коротким идентификатором, чтобы создать новую версию. Опросы сохраняют ту версию, которая им была назначена.
admin-areas-name-property = Свойство с названиями
admin-areas-name-property-help = Обычно «name». Переводы берутся из того же свойства с «:» и кодом языка, например name:fr.
admin-areas-upload-button = Загрузить
admin-areas-version = версия { $n }
admin-areas-summary =
    { $n ->
        [one] { $n } район.
        [few] { $n } района.
        [many] { $n } районов.
       *[other] { $n } района.
    }
admin-areas-map-alt = Карта районов этого набора
admin-areas-download = Скачать в формате GeoJSON
admin-areas-names = Названия районов
admin-areas-name = Название
admin-areas-error-file = Выберите файл GeoJSON для загрузки.
admin-areas-error-utf8 = Файл не является текстом в кодировке UTF-8. Сохраните его как GeoJSON и попробуйте снова.
admin-areas-default-title = Районы
admin-field-area-set = Набор районов для карт
admin-field-area-set-none = Нет: использовать список районов выше
admin-field-area-set-help = Если выбран набор районов, его районы заменяют список выше, а вопросы о местах задаются на карте.
admin-error-area-set = Выберите один из наборов районов вашей организации.
admin-field-grid = Ячейки карты для отмеченных мест
admin-field-grid-hex = Шестиугольники
admin-field-grid-square = Квадраты
admin-field-grid-metres = Размер в метрах (не меньше 100)
admin-field-grid-help = Отмеченное место сохраняется только как ячейка, в которую оно попадает, и никогда как точная точка. Чем крупнее ячейки, тем лучше защищены дети.
admin-error-grid = Размер должен быть целым числом метров от 100 до 5000.
admin-area-set-choice = { $title } (версия { $version }, районов: { $areas })
audit-area-set-uploaded = загрузка набора районов { $detail }
geo-feature-named = Объект { $n } ({ $name }): { $problem }
geo-feature = Объект { $n }: { $problem }
geo-ring-outer = внешнее кольцо
geo-ring-hole = внутреннее кольцо { $hole }
geo-ring-polygon-outer = внешнее кольцо полигона { $polygon }
geo-ring-polygon-hole = внутреннее кольцо { $hole } полигона { $polygon }
geo-too-large = Файл больше { $max } МБ.
geo-not-json = Это не JSON (строка { $line }, столбец { $column }). Сохраните файл в формате GeoJSON.
geo-not-collection = Это не FeatureCollection GeoJSON.
geo-not-wgs84 = В файле указана система координат { $crs }. Координаты должны быть долготой и широтой в WGS84: перепроецируйте файл, например командой ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = В FeatureCollection нет списка объектов.
geo-no-features = В FeatureCollection нет ни одного объекта.
geo-too-many-features = Объектов в файле: { $n }. В наборе районов может быть не больше { $max }: объедините мелкие районы или загрузите округа вместо кварталов.
geo-too-many-positions = Позиций в файле: { $n }, а допускается не больше { $max }. Сначала упростите геометрию.
geo-too-wide = Районы занимают { $width } × { $height } км. Набор районов — это один город или регион, не больше { $max } км в поперечнике.
geo-not-a-feature = Это не Feature GeoJSON.
geo-no-name = Нет свойства «{ $property }», из которого берётся название.
geo-no-id = Нет подходящего идентификатора: добавьте свойство «id» из строчных букв, цифр и «-».
geo-id-taken = Идентификатор «{ $id }» уже используется другим объектом. Дайте каждому объекту собственное свойство «id».
geo-no-geometry = Нет геометрии.
geo-no-geometry-type = У геометрии нет типа.
geo-not-an-area = Тип геометрии — { $type }. Районами могут быть только объекты Polygon и MultiPolygon.
geo-no-polygons = Это MultiPolygon без единого полигона.
geo-no-rings = { $ring } отсутствует: у полигона нет колец.
geo-not-positions = { $ring } не является списком позиций.
geo-bad-position = { $ring }, позиция { $position }: ожидается [долгота, широта].
geo-out-of-range = { $ring }, позиция { $position }: [{ $lon }, { $lat }] — недопустимые значения: долгота должна быть в пределах ±180, а широта — в пределах ±90.
geo-projected = { $ring }, позиция { $position }: [{ $lon }, { $lat }] похоже на координаты проекции в метрах, а не на долготу и широту. Перепроецируйте в WGS84, например командой ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = { $ring }: слишком мало позиций ({ $n }). Кольцу нужно не меньше 4.
geo-not-closed = { $ring } не замкнуто: последняя позиция должна повторять первую.
geo-self-intersection = { $ring } пересекает само себя (самопересечение).
geo-hole-outside = { $ring } лежит вне внешнего кольца.
geo-rings-cross = { $ring } пересекает другое кольцо того же полигона.
geo-polygons-overlap = Полигоны { $polygon } и { $other } этого объекта перекрываются или имеют общую сторону.

## Сети городов: банк индикаторов, панель сети, библиотека, обмен данными и открытые данные.
admin-nav-networks = Сети
indicator-cfc-safe-journey = Безопасность в пути
indicator-cfc-safe-journey-definition = Доля детей и родителей, которые чувствуют себя хорошо или в безопасности по дороге в школу и в городе: высший балл трёхбалльной шкалы со смайликами для 5–8 лет, два высших балла пятибалльной шкалы для остальных.
indicator-cfc-independent-mobility = Самостоятельное передвижение
indicator-cfc-independent-mobility-definition = Доля детей от 9 лет (и родителей — о своём ребёнке), которые говорят, что ребёнку разрешают и он может передвигаться по городу без взрослых.
indicator-cfc-plays-outside = Играет на улице почти каждый день
indicator-cfc-plays-outside-definition = Доля детей и родителей, которые говорят, что ребёнок почти каждый день играет или встречается с друзьями на улице.
indicator-cfc-safe-outside = Безопасность на улице
indicator-cfc-safe-outside-definition = Доля детей и родителей, которые чувствуют себя в безопасности там, где дети играют на улице: высший балл трёхбалльной шкалы со смайликами для 5–8 лет, два высших балла пятибалльной шкалы для остальных.
indicator-cfc-place-to-play = Бесплатное место для игр рядом с домом
indicator-cfc-place-to-play-definition = Доля детей от 9 лет (и родителей), которые говорят, что рядом с домом есть место, где дети могут бесплатно играть или встречаться.
indicator-cfc-heard-by-city = Город слышит детей
indicator-cfc-heard-by-city-definition = Доля детей от 9 лет (и родителей), которые считают, что город прислушивается к детям: два высших балла пятибалльной шкалы.
network-title = Сети
network-help = Сети городов обмениваются индикаторами, анкетами и тем, что города сделали по итогам сказанного детьми. Ваша организация вступает в сеть, когда сеть её приглашает, а владелец вашей организации принимает приглашение.
network-hosted = Сеть, которую вы ведёте
network-memberships = Сети вашей организации
network-memberships-none = Ваша организация пока не входит ни в одну сеть.
network-member-since = участник с { $date }
network-invited = Сеть «{ $network }» приглашает вашу организацию вступить в неё.
network-accept = Принять приглашение
network-accept-owner = Принять его может владелец вашей организации.
network-library = Библиотека шаблонов
network-public-page = Публичная страница
network-dashboard-help = Индикаторы городов-участников по опросам, которыми каждый город решил поделиться после их закрытия. Каждое значение рассчитано по цифрам, которые город уже опубликовал; небольшие группы остаются скрытыми.
network-links = Страницы и файлы сети
network-download-csv = Индикаторы (CSV)
network-download-json = Индикаторы (JSON)
network-download-package = Пакет открытых данных с опубликованными индикаторами
network-indicators = Индикаторы
network-indicator = Индикатор
network-show = Показать
network-no-values = Пока ни один город-участник не поделился опросом, в котором этот индикатор измеряется для этой группы.
network-trend = Каждый город по волнам
network-latest = Города рядом, последняя волна
network-values = Значения с 95-процентными интервалами
network-col-city = Город
network-col-wave = Волна (дата закрытия)
network-col-share = Доля
network-col-interval = Интервал 95 %
network-col-counts = Засчитанные ответы / все ответы
network-no-answers = нет ответов
network-method = Метод: каждое значение — это доля ответов на вопрос, которые засчитываются в индикатор, для одной группы в одном опросе; датой служит дата закрытия опроса. Значение рассчитывается только по опубликованным цифрам города. Если хотя бы одна нужная цифра показана как «меньше k», значение не приводится. Интервал — 95-процентный доверительный интервал Wilson (score-интервал).
network-members = Города-участники
network-members-none = Пока не приглашена ни одна организация.
network-col-member = Организация
network-col-invited = Дата приглашения
network-col-joined = Дата вступления
network-pending = приглашение ожидает ответа
network-invite-label = Пригласить организацию
network-invite-help = Её короткий идентификатор (slug): владелец организации видит его на её страницах, например riverton.
network-invite = Отправить приглашение
network-error-no-organisation = Организации с таким идентификатором нет.
network-error-invited = Эта организация уже приглашена или уже входит в сеть.
network-library-title = Библиотека шаблонов сети «{ $network }»
network-library-help = Анкеты, которые города-участники опубликовали, чтобы другие могли их использовать. Копия становится новым черновиком опроса вашей организации с указанием города, из которого она взята.
network-library-empty = Пока не опубликовано ни одного шаблона.
network-col-template = Шаблон
network-col-version = Версия
network-col-published = Дата публикации
network-copy = Копировать
network-copy-label = Скопировать { $template } в новый черновик опроса
network-publish = Опубликовать шаблон
network-publish-label = Анкета опроса
network-publish-help = Шаблон в том виде, в каком он используется в этом опросе, со всеми языками публикуется как следующая версия. Ваши формулировки входят в него; ответы — никогда.
network-publish-button = Опубликовать в сети
network-published = Опубликовано как версия { $version }.
network-copied-from = Шаблон скопирован из: { $source }.
network-sharing = Сети
network-sharing-help = Опрос, которым поделились, передаёт сети только опубликованные цифры и только после закрытия: никогда — свободные ответы, отдельные ответы или что-либо меньше k. Публичная страница сети показывает опрос, как только его итоги опубликованы.
network-shared = передаётся
network-not-shared = не передаётся
network-share = Поделиться с сетью «{ $network }»
network-unshare = Больше не делиться с сетью «{ $network }»
network-public-lead = Что дети и семьи рассказали городам-участникам и что каждый город пообещал сделать.
network-public-members =
    { $n ->
        [one] { $n } город-участник
        [few] { $n } города-участника
        [many] { $n } городов-участников
       *[other] { $n } города-участника
    }
network-public-none = Пока ни один участник не опубликовал общих итогов.
network-public-closed = Ответы принимались до { $date }.
network-public-shown-in = Язык текста: { $language }. Город не написал этот текст на выбранном языке.
network-public-results = Все итоги
network-public-data = Открытые данные
network-public-languages = Языки
results-open-data = Скачать эти итоги как открытые данные (Frictionless Data Package из файлов CSV)
audit-other-organisation = кто-то из другой организации
audit-network-created = создание сети { $detail }
audit-network-member-invited = приглашение организации { $detail } в сеть
audit-network-invitation-received = получение приглашения вступить в сеть { $detail }
audit-network-joined = вступление в сеть { $detail }
audit-network-member-accepted = принятие приглашения участником: { $detail }
audit-network-indicators-exported = выгрузка индикаторов сети ({ $detail })
audit-template-published-to-network = публикация шаблона в сети: { $detail }
audit-network-template-published = публикация шаблона в библиотеке участником: { $detail }
audit-template-copied-from-network = копирование шаблона из библиотеки сети: { $detail }
audit-consultation-shared-with-network = передача опроса в сеть: { $detail }
audit-consultation-unshared-from-network = прекращение передачи опроса в сеть: { $detail }
assent-skip-except =
    { $n ->
        [one] Любой вопрос можно пропустить. Ответить нужно только на { $n } вопрос: { $questions }
        [few] Любой вопрос можно пропустить. Ответить нужно только на { $n } вопроса: { $questions }
        [many] Любой вопрос можно пропустить. Ответить нужно только на { $n } вопросов: { $questions }
       *[other] Любой вопрос можно пропустить. Ответить нужно только на { $n } вопроса: { $questions }
    }
form-exclusive = «{ $option }» выбирается отдельно, без других ответов.
error-exclusive = «{ $option }» нельзя выбрать вместе с другими ответами. Выберите только его или снимите отметку.
xlsform-other = Другое
xlsform-other-say = Напишите, что именно.
admin-template-xlsform = Скачать в формате XLSForm (.xlsx)
admin-template-folder = Скачать папку шаблона (.zip)
admin-nav-templates = Шаблоны
admin-templates-title = Шаблоны вашей организации
admin-templates-intro = Анкеты, которые импортировала ваша организация. Каждый импорт создаёт новую версию; опрос сохраняет ту версию, на основе которой он был создан.
admin-templates-shipped = Встроенные шаблоны childvoice находятся на странице создания опроса.
admin-templates-none = У вашей организации пока нет собственных шаблонов.
admin-templates-col-title = Шаблон
admin-templates-col-source = Источник
admin-templates-use-label = Создать черновик опроса на основе { $template }
admin-templates-import = Импортировать XLSForm или папку шаблона
admin-templates-file = Книга XLSForm (.xlsx) или папка шаблона (.zip)
admin-templates-file-help = XLSForm из KoboToolbox, ODK или SurveyCTO с листами survey, choices и settings или папка шаблона в том виде, в каком она скачивается здесь (survey.toml, по файлу .ftl на язык, изображения). Всё, что childvoice не может спросить, перечисляется с указанием места, и ничего не сохраняется, пока всё не исправлено.
admin-templates-import-button = Импортировать
admin-templates-rejected =
    { $n ->
        [one] Книга не импортирована: исправьте { $n } ошибку и попробуйте ещё раз.
        [few] Книга не импортирована: исправьте { $n } ошибки и попробуйте ещё раз.
        [many] Книга не импортирована: исправьте { $n } ошибок и попробуйте ещё раз.
       *[other] Книга не импортирована: исправьте { $n } ошибки и попробуйте ещё раз.
    }
admin-templates-imported = Шаблон импортирован: { $template }, версия { $version }.
audit-template-imported = импорт шаблона { $detail }
audit-template-created = создание шаблона { $detail }
admin-templates-texts-title = Тексты ({ $language })
admin-templates-languages = Языки и сколько текстов написано на каждом
admin-templates-problems =
    { $n ->
        [one] В этой версии { $n } ошибка: её можно сохранить, но создать на её основе опрос нельзя, пока ошибка не исправлена.
        [few] В этой версии { $n } ошибки: её можно сохранить, но создать на её основе опрос нельзя, пока ошибки не исправлены.
        [many] В этой версии { $n } ошибок: её можно сохранить, но создать на её основе опрос нельзя, пока ошибки не исправлены.
       *[other] В этой версии { $n } ошибки: её можно сохранить, но создать на её основе опрос нельзя, пока ошибки не исправлены.
    }
admin-templates-everyone = Для всех аудиторий
admin-templates-for = Для аудитории «{ $audience }»
admin-templates-save = Сохранить как новую версию
admin-templates-new = Создать новый шаблон
admin-templates-new-help = Он начинается с одного вопроса; добавьте остальные на странице вопросов, затем напишите их тексты.
admin-templates-new-button = Создать шаблон
admin-templates-id = Идентификатор шаблона
admin-templates-id-help = Строчные латинские буквы, цифры и дефисы. Если оставить пустым, он будет составлен из названия.
admin-templates-default-language = Язык, на котором он пишется сначала
admin-templates-areas = Районы (идентификаторы)
admin-templates-areas-help = По одному в строке, например north-district. Их названия пишутся на странице текстов.
admin-templates-settings = Языки и аудитории
admin-templates-settings-title = Языки и аудитории: { $template }
admin-templates-settings-help = Добавленный язык начинается без текстов: переведите его на странице текстов. Удалённая аудитория исчезает из всех вопросов. Сохранение создаёт новую версию.
admin-templates-save-settings = Сохранить как новую версию
admin-templates-diff = Изменения
admin-templates-diff-title = Изменения в версии { $version }
admin-templates-diff-first = Это первая версия.
admin-templates-diff-none = По сравнению с предыдущей версией ничего не изменилось.
admin-templates-edit-texts = Изменить тексты
admin-templates-copy = Скопировать встроенный шаблон
admin-templates-copy-label = Шаблон для копирования в вашу библиотеку, чтобы адаптировать его тексты
admin-templates-copy-button = Копировать
audit-template-copied = копирование встроенного шаблона: { $detail }
audit-template-edited = изменение текстов шаблона: { $detail }
admin-editor-questions = Изменить вопросы
admin-editor-title = Вопросы шаблона { $template }
admin-editor-id = Идентификатор нового вопроса
admin-editor-id-help = Строчные латинские буквы (a-z), цифры и «-», начиная с буквы; потом его нельзя изменить. Затем напишите тексты вопроса на странице текстов.
admin-editor-kind = Тип
admin-editor-kind-single = Один ответ
admin-editor-kind-multiple = Несколько ответов
admin-editor-kind-scale = Смайлики (3 для 5–8 лет, 5 для остальных)
admin-editor-kind-text = Свободный текст
admin-editor-kind-number = Целое число
admin-editor-kind-area = Район (часть города)
admin-editor-kind-rank = Ранжирование
admin-editor-kind-place = Места на карте
admin-editor-kind-note = Текст для чтения, без ответа
admin-editor-kind-grid = Матрица: несколько утверждений, одна шкала
admin-editor-options = Идентификаторы ответов, по одному в строке
admin-editor-options-help = Оставьте пустым, если ответы берутся из общего списка или если у этого типа их нет.
admin-editor-list = Общий список ответов
admin-editor-statements = Утверждения матрицы (идентификаторы), по одному в строке
admin-editor-required = Ответ обязателен (никогда для 5–8 лет)
admin-editor-new-page = Начинает новый экран
admin-editor-show-if = Задавать, только если на этот предыдущий вопрос…
admin-editor-any-of = …ответили одним из этих идентификаторов (через пробел)
admin-editor-join = Если условий несколько
admin-editor-join-all = должны выполняться все
admin-editor-join-any = достаточно одного
admin-editor-validated-wording = Стандартизированный инструмент: формулировку менять нельзя (длинное предложение для 13–17 лет и родителей — предупреждение, а не ошибка)
admin-editor-min = Наименьшее число
admin-editor-max = Наибольшее число либо наибольшее количество ответов или мест
admin-editor-exclusive = Ответы, которые выбираются отдельно (идентификаторы через пробел)
admin-editor-other = Ответ, который открывает поле «Другое, напишите, что именно» (его идентификатор)
admin-editor-indicator = Индикатор, который измеряет вопрос
admin-editor-add = Добавить вопрос
admin-editor-up = Переместить вверх
admin-editor-down = Переместить вниз
admin-editor-delete = Удалить
admin-editor-edit = Изменить
admin-editor-pictures = Картинки для детей 5–8 лет
admin-editor-pictures-help = Маленькие дети выбирают по картинке. Рисунок в формате SVG (небольшой и простой, без скриптов) или фотография либо рисунок в формате PNG, JPEG или WebP: их уменьшают и удаляют из файла сведения о том, где и когда был сделан снимок.
admin-editor-picture-has = есть картинка; загрузите другую, чтобы заменить её
admin-editor-picture-none = картинки пока нет
admin-editor-picture-upload = Загрузить картинку
admin-templates-pictures-needed = Прежде чем начать опрос по этому шаблону, загрузите на странице вопросов картинки для детей 5–8 лет: { $options }.
admin-templates-stale = Это версия { $version }, а версия { $newest } новее: ничего не сохранено, чтобы не потерять сохранённое с тех пор. Откройте самую новую версию и внесите изменение в неё.
admin-editor-preview = Предпросмотр для
form-preview = Это предпросмотр: кнопки только переключают экраны, ничего не отправляется.
form-preview-back = Назад в редактор
