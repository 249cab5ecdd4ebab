# childvoice interface strings — English (the reference: every other language
# must define exactly these keys). `$audience` is age-5-8, age-9-12, age-13-17
# or parent; use it to give each age its own words.

language-name = English
site-name = Have your say
skip-link = Skip to the main content

home-title = Have your say about your city
home-intro = Your city wants to hear from children, young people and families.
home-open = Open now
home-none = There is nothing to answer right now. Please come back soon.

choose-language = Choose your language
who-are-you = Who are you?
audience-age-5-8 = I am 5 to 8 years old
audience-age-9-12 = I am 9 to 12 years old
audience-age-13-17 = I am 13 to 17 years old
audience-parent = I am a parent or carer

assent-title =
    { $audience ->
        [age-5-8] Before we start
       *[other] Before you start
    }
assent-what = What is this about?
assent-anonymous =
    { $audience ->
        [age-5-8] We won't ask your name.
        [parent] It is anonymous: we do not ask for your name, email or address, and we do not record your IP address.
       *[other] We won't ask your name. Nobody can tell which answers are yours.
    }
assent-skip =
    { $audience ->
        [age-5-8] You don't have to answer.
        [parent] Every question is optional unless it says otherwise.
       *[other] You don't have to answer every question. You can skip any of them.
    }
assent-stop =
    { $audience ->
        [age-5-8] You can stop any time.
        [parent] You can stop at any time; nothing is sent until the last page.
       *[other] You can stop any time. Nothing is sent until you press Send.
    }
assent-results = When will you hear back?
assent-start =
    { $audience ->
        [age-5-8] Let's start!
       *[other] Start
    }
assent-not-now = No thanks

form-progress = Step { $current } of { $total }
form-next = Next
form-back = Back
form-send = Send my answers
form-stop = Stop (nothing is sent)
form-optional = You can skip this.
form-required = Needed
form-choose-many = You can choose more than one.
form-choose-up-to = You can choose up to { $max }.
form-rank-help = Number them: 1 for the most important, then 2, then 3. You can leave some empty.
form-rank-none = –
form-number-help = A number from { $min } to { $max }.
form-text-help = Please don't write your name, phone number or address.
form-errors =
    { $audience ->
        [age-5-8] Please look at this again.
       *[other] Please check the answers marked below. Your other answers are kept.
    }
form-token-renewed = This page was open for a long time. Please check your answers and press the button again.
form-area-help = Choose the part of town.

scale-3-1 = Not good
scale-3-2 = Okay
scale-3-3 = Good
scale-5-1 = Very bad
scale-5-2 = Bad
scale-5-3 = In between
scale-5-4 = Good
scale-5-5 = Very good

error-required = Please answer this question.
error-not-an-option = Please choose one of the answers shown.
error-too-many = Please choose { $max } at most.
error-not-a-number = Please write a number with digits, like 12.
error-out-of-range = Please write a number from { $min } to { $max }.
error-too-long = Please make this shorter: { $max } characters at most.
error-duplicate-rank = Please use each number only once.

thanks-title =
    { $audience ->
        [age-5-8] Thank you!
       *[other] Thank you for your answers
    }
thanks-body =
    { $audience ->
        [age-5-8] We got your answers. They help make your town better.
        [parent] Your answers have been received. They will help the city decide what to do.
       *[other] We got your answers. They will help decide what the city does next.
    }
thanks-next = What happens next?
thanks-results-link = See what we heard
thanks-again = Back to the start

help-title = Need someone to talk to?
help-default = If something worries you, talk to an adult you trust. You can also call a children's helpline for free. Find the one in your country at childhelplineinternational.org.

results-title = What we heard
results-not-yet = The results are not ready yet.

closed-title = This consultation has closed
closed-body = Thank you for wanting to take part. It is not possible to answer any more.
not-open-title = This consultation is not open yet
not-open-body = Please come back when it opens.

error-not-found-title = We can't find this page
error-not-found-body = Please check the link, or go back to the start.
error-bad-request-title = Something was wrong with what was sent
error-bad-request-body = Please go back and try again.
error-too-large-title = That was too much to send at once
error-too-large-body = Please make your answers shorter and try again.
error-server-title = Sorry, something went wrong on our side
error-server-body = Please try again in a minute.
error-unavailable-title = We are busy right now
error-unavailable-body = Please try again in a minute. Your answers are still on this page.
back-to-start = Back to the start

## Administration: officers, planners and policy teams (adult language)

admin-title = childvoice administration
admin-nav-consultations = Consultations
admin-nav-people = People
admin-nav-audit = Audit log
admin-sign-out = Sign out
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = Please correct the fields marked below.
admin-saved = Saved.

admin-login-title = Sign in
admin-email = Email address
admin-password = Password
admin-login-submit = Sign in
admin-login-failed = The email address or the password is not right.
admin-login-forgot = Forgotten your password?
admin-too-many-attempts = Too many attempts. Please wait a minute and try again.

admin-forgot-title = Reset your password
admin-forgot-intro = Enter your email address. If it belongs to an account, we will send a link to choose a new password.
admin-forgot-submit = Send the link
admin-forgot-sent = If an account uses this address, a link is on its way. It works once, for 72 hours.

admin-set-password-title = Choose your password
admin-set-password-intro = Choose a password for { $email }. Use at least { $min } characters; a few unrelated words make a strong one.
admin-new-password = New password
admin-confirm-password = The same password again
admin-set-password-submit = Save the password
admin-password-too-short = Please use at least { $min } characters.
admin-password-mismatch = The two passwords are not the same.
admin-link-invalid = This link has expired or has already been used. Ask for a new one.

admin-consultations-title = Consultations
admin-new-consultation = New consultation
admin-none-yet = There are no consultations yet.
admin-col-title = Title
admin-col-state = State
admin-col-responses = Responses
admin-col-dates = Dates
admin-col-link = Link
state-draft = Draft
state-open = Open
state-closed = Closed
state-published = Results published
state-scheduled = Opens later
state-ended = Closing date passed
admin-no-date = no date set
admin-date-range = { $from } to { $to }

admin-pick-template = Start from a template
admin-template-questions = { $n } questions
admin-template-languages = Languages
admin-template-audiences = Audiences
admin-use-template = Use this template

admin-settings-title = Settings
admin-field-title = Title ({ $language })
admin-field-slug = Short link
admin-field-slug-help = Lowercase letters, digits and dashes. It appears on posters and in QR codes.
admin-field-languages = Languages
admin-field-audiences = Audiences
admin-field-areas = Areas (neighbourhoods)
admin-field-areas-help = One per line. Respondents may say which area they live in; results can be read per area.
admin-field-opens = Opens on
admin-field-closes = Closes on
admin-field-dates-help = Leave empty to open and close by hand.
admin-field-k = Smallest group shown in results
admin-field-k-help = Any figure from fewer people than this is hidden, so no child can be singled out. At least 3; 10 is recommended.
admin-field-retention-help = Months after the results are published. Then every response, answer and free text is deleted; only the counts stay, so published figures do not change. 0 deletes them when you publish. At most 120.
admin-field-retention = Delete single responses after (months)
admin-field-help = Help text for children ({ $language })
admin-field-help-help = Where a child can get help, for example your national child helpline. Left empty, children are pointed to Child Helpline International.
admin-locked-after-launch = The link, languages, audiences and areas are fixed once the consultation is launched.
admin-save-draft = Save as draft
admin-save = Save
admin-cancel = Cancel
admin-error-slug = Use 3 to 40 lowercase letters, digits or dashes, starting with a letter.
admin-error-slug-taken = This short link is already used. Please choose another.
admin-error-languages = Choose at least one language.
admin-error-audiences = Choose at least one audience.
admin-error-title = The title is too long: 120 characters at most.
admin-error-help = The help text is too long: 1000 characters at most.
admin-error-areas = List the areas, one per line (at most 200). This survey asks about them.
admin-error-date = Use a date like 2027-05-31.
admin-error-dates = The closing date is before the opening date.
admin-error-k = Use a whole number from 3 to 1000.
admin-error-k-lower = This consultation already has answers, so its smallest group cannot be made smaller.
admin-error-retention = Choose a number of months from 0 to 120.
admin-error-channel-name = Give the channel a name of up to 100 characters.

admin-launch = Launch
admin-launch-help = Launching opens the consultation to respondents (from its opening date, if one is set).
admin-close = Close now
admin-reopen = Reopen
admin-edit = Edit settings
admin-preview = Preview
admin-preview-help = Only people of your organisation can see a draft.
admin-links = Link, QR code and posters
admin-public-link = Public link
admin-qr-svg = QR code (SVG)
admin-qr-png = QR code (PNG)
admin-poster = Poster ({ $language })
admin-responses = Responses
admin-responses-total = { $n } responses in all
admin-channels = Channels
admin-channels-help = A channel is a place where you share the consultation: a school class, a library poster, a newsletter. Each has its own short link and QR code, so you can see which ones work. A channel never identifies a person.
admin-channel-name = Name
admin-channel-code = Code
admin-channel-add = Add a channel
admin-channel-none = No channels yet.
admin-audience-age-5-8 = Children 5-8
admin-audience-age-9-12 = Children 9-12
admin-audience-age-13-17 = Young people 13-17
admin-audience-parent = Parents and carers

admin-people-title = People
admin-invite = Invite someone
admin-role = Role
role-owner = Owner
role-editor = Editor
role-analyst = Analyst
admin-role-help = Owners manage people and settings; editors create and run consultations; analysts read results and exports.
admin-language = Language of their emails
admin-invite-submit = Send the invitation
admin-invited = An invitation has been sent to { $email }.
admin-mail-failed = The email could not be sent: { $reason }. Nothing was lost; please check the mail settings and try again.
admin-error-email = Please enter a valid email address.
admin-error-email-taken = Someone already has an account with this address.
admin-col-email = Email
admin-col-status = Status
admin-status-active = Active
admin-status-invited = Invited

admin-audit-title = Audit log
admin-col-when = When
admin-col-who = Who
admin-col-what = What
audit-consultation-created = created the consultation { $detail }
audit-consultation-launched = launched { $detail }
audit-consultation-closed = closed { $detail }
audit-consultation-reopened = reopened { $detail }
audit-settings-changed = changed the settings of { $detail }
audit-channel-created = added the channel { $detail }
audit-user-invited = invited { $detail }
audit-password-set = set their password
audit-password-reset-requested = asked for a password reset
audit-user-created = created the account { $detail }
audit-system = (command line)

error-forbidden-title = You can't do this
error-forbidden-body = Your role does not allow this action. Ask an owner of your organisation.

poster-call = Have your say! Scan the code with a phone camera.
poster-or-visit = Or open this address:
poster-free = It is free and anonymous. It takes a few minutes.

email-invite-subject = You are invited to { $org } on childvoice
email-invite-body = You have been invited to join { $org } on childvoice as { $role }. Open the link below to choose your password.
email-invite-action = Choose my password
email-reset-subject = Reset your childvoice password
email-reset-body = Someone asked to reset the password of your childvoice account. Open the link below to choose a new one.
email-reset-action = Choose a new password
email-link-expiry = The link works once, for 72 hours.
email-ignore = If you did not expect this email, you can ignore it.

## Busy, refused and unavailable (answers are always kept on the page)

error-busy-title = Lots of answers are arriving right now
error-busy-body = Please try again in a minute.
error-no-reopen-body = It already has answers, and its figures could be read while it was closed. New answers would show, by comparison, what each new person said. Start a new consultation from the same template instead.
error-no-reopen-title = This consultation cannot open again
error-not-yet-body = The file of single responses can be downloaded by owners and analysts once the consultation has closed, until its responses are deleted.
error-not-yet-title = Not available now
form-busy = Lots of answers are arriving right now. Please wait a minute, then press the button again. Your answers are still here.
form-check-again = Please check your answers, then press the button again.
form-unavailable = We can't save answers right now. Please wait a minute, then press the button again. Your answers are still here.
form-honeypot = Leave this empty

## One-use codes and safeguarding

code-label = Your code
code-help = Type the code from your card. Each code lets one person answer once.
code-unknown = This code is not right. Please check it and try again.
code-used = This code has already been used. Each code works only once.
codes-card-scan = Scan with a phone, or go to:
thanks-care-title = Thank you for telling us
thanks-care-body = What you wrote matters. If something is worrying you, or someone is hurting you, it is not your fault. You can get help now:

admin-nav-safeguarding = Safeguarding
admin-safeguarding-title = Texts to review
admin-safeguarding-help = These answers contain words that can mean a child is at risk. Read each one and follow your safeguarding procedure. Nothing here identifies the child: contact details were removed before anything was stored.
admin-safeguarding-none = Nothing to review.
admin-reviewed = Mark as reviewed
admin-reviewed-done = Reviewed
admin-col-question = Question
admin-col-text = Text
admin-col-day = Day
admin-col-lead = Safeguarding lead
admin-make-lead = Make lead
admin-remove-lead = Remove
admin-lead-help = Safeguarding leads are told by email when a child's words need review, and see the review queue.
admin-field-requires-code = Each response needs a one-use code
admin-field-requires-code-help = Hand out cards with codes, for example one per child in a class. Each code lets exactly one response in, and nobody can tell which code went with which response.
admin-codes = Codes
admin-codes-count = { $total } codes
admin-codes-used = Used (counted once the consultation has closed)
admin-codes-generate = Make codes
admin-codes-how-many = How many codes
admin-codes-print = Print the cards
admin-error-codes = Choose a number from 1 to 200.

email-safeguarding-subject = A child's words need your review
email-safeguarding-body = A response to a consultation of { $org } contains words that can mean a child is at risk. Please sign in and read it in the review queue. To protect the child, the text is not in this email.
email-safeguarding-action = Open the review queue

## Read-aloud and shared tablets

listen = Listen
kiosk-next = The next person can start in a few seconds.
kiosk-countdown = Back to the start in { $seconds } seconds.
kiosk-more-time = I need more time
kiosk-start = Next person: start again

audit-lead-named = named { $detail } safeguarding lead
audit-lead-removed = removed { $detail } as safeguarding lead
audit-codes-created = made codes: { $detail }
audit-organisation-created = created the organisation { $detail }
audit-flag-reviewed = reviewed a flagged text

## Small-cell suppression

admin-suppressed = hidden to protect a small group
admin-suppressed-note = Figures that would count fewer than { $k } people read “fewer than { $k }”.
results-perturbed-note = To protect every child, each figure is moved up or down by at most 2, always the same way for the same people. So a table may not add up exactly to its total.
admin-responses-few = Fewer than { $k } responses so far: figures appear from { $k } on.

## Results: dashboard, exports, free texts, publishing, public page
results-dashboard = Results
results-filters = Show results for
results-filter-all = All
results-filter-audience = Who answered
results-filter-language = Language
results-filter-area = Area
results-filter-channel = Channel
results-filter-apply = Show
results-filter-clear = Clear filters
results-exports = Exports
results-export-csv = Results as CSV (spreadsheet)
results-export-json = Results as JSON
results-export-responses = One row per response (CSV, no free text)
results-figures-later = The figures appear when the consultation closes. While people answer, only the number of responses is shown: comparing figures from one moment to the next would show what the newest person said.
results-export-responses-later = The file of single responses (made anonymous: every combination of age group, language, area and channel is shared by at least k rows) can be downloaded by owners and analysts once the consultation has closed.
results-free-texts = Free-text answers
results-free-texts-help = What people wrote in their own words. Contact details were removed before anything was stored. These texts are for your team only: they never appear on public pages or in exports.
results-free-texts-none = No free-text answers here.
results-text-hidden = hidden
results-text-hide = Hide
results-text-show = Show again
results-texts-search = Look for words
results-texts-no-audience = Age groups are not shown here, because at least one has fewer than { $k } responses.
results-texts-pages = Pages of texts
results-texts-first = First page
results-texts-next = Next 50
results-too-few = Fewer than { $k } responses match these filters, so nothing else is shown. Choose fewer filters.
results-total-hidden = The number of responses here is hidden, because it would let a small group be worked out.
results-by-audience = By age group
results-by-language = By language
results-by-area = By area
results-by-channel = By channel
results-by-day = By day
results-questions = Answers, question by question
results-no-area = No area given
results-no-channel = No channel (direct link)
results-no-answer = No answer
results-fewer-than = fewer than { $k }
results-col-answer = Answer
results-col-count = People
results-col-percent = Share
results-total = Total
results-multiple-help = People could choose more than one answer, so the shares add up to more than 100%.
results-rank-help = The count is how many put this first; the table below gives the average place (1 is best).
results-mean-scale = Average: { $mean } out of { $points }
results-mean = Average: { $mean }
results-mean-place = Average place
results-publication = Tell children what happens next
results-publication-help = Once the consultation is closed, publish its results: children see simple charts and sentences in their language, your statement of what you heard and what you will do, and the updates you add later.
results-public-link = See the public results page
results-publish = Publish the results
results-unpublish = Take the results down
results-publish-after-close = Results can be published once the consultation is closed.
results-statement = What we heard and what we will do
results-expected-on = When children can expect results
results-updates = What has happened since
results-update-date = Date
results-update-text = What happened
results-update-add = Add this update
results-update-delete = Delete
results-expected = Results are expected on { $date }.
results-public-count = { $n ->
    [one] One person answered. Thank you!
   *[other] { $n } people answered. Thank you!
  }
results-public-too-few = Not enough people answered yet to show results without risking that someone is recognised.
results-public-audience-age-5-8 = Children aged 5 to 8 said
results-public-audience-age-9-12 = Children aged 9 to 12 said
results-public-audience-age-13-17 = Young people aged 13 to 17 said
results-public-audience-parent = Parents and carers said
results-public-most = { $audience ->
    [parent] Most parents and carers chose: { $answer }
   *[other] Most children your age chose: { $answer }
  }
results-back = Back to the start
email-close-subject = Closed: { $title }
email-close-body = The consultation "{ $title }" has closed. Here is a first look at what people said.
email-close-top = Most chosen answers:
email-close-action = Open the results dashboard
audit-results-published = published the results of { $detail }
audit-results-unpublished = took down the results of { $detail }
audit-results-exported = exported results ({ $detail })
audit-text-hidden = hid a free-text answer
audit-text-shown = showed a free-text answer again
audit-statement-changed = changed the statement of { $detail }
audit-update-added = added an update dated { $detail }
audit-update-deleted = deleted an update

## API tokens
admin-nav-api = API
admin-nav-languages = Languages
admin-languages-title = Languages
admin-languages-help = How complete each language is. Translators work in the Fluent files (locales/LANG/main.ftl for the interface, surveys/TEMPLATE/LANG.ftl for a template); Pontoon and Weblate read them. A new language is a folder under CHILDVOICE_LOCALES_DIR.
admin-languages-interface = Interface
admin-languages-language = Language
admin-languages-translated = Texts translated
admin-languages-progress = Progress
api-title = API tokens
api-help = Tokens let your city's dashboards and open-data portal read aggregated results through the JSON API, with the same protection of small groups as everywhere else. Treat a token like a password.
api-docs = The API is described in OpenAPI at
api-token-name = Name (what the token is for)
api-token-create = Create a token
api-token-created = Your new token. Copy it now: it is not shown again.
api-tokens-none = No tokens yet.
api-col-name = Name
api-col-created = Created
api-col-state = State
api-token-active = active
api-token-revoked = revoked on { $date }
api-token-revoke = Revoke
audit-api-token-created = created the API token { $detail }
audit-api-token-revoked = revoked the API token { $detail }

## Maps: area sets, map questions and maps of results
map-north = N
map-metres = { $n } m
map-km = { $n } km
map-legend-none = none
form-map-alt-area = Map of the town. Tap the part of town you mean.
form-map-alt-place = Map of the town. Tap a place to mark it.
form-map-help-area =
    { $audience ->
        [age-5-8] Tap the map, or pick a name below.
       *[other] Tap the map, or choose from the list below. Both give the same answer.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] Tap the map where it is.
       *[other] Tap the map to mark a place. We keep only the rough area, never the exact spot.
    }
form-map-outside = That spot is outside the map's areas. Please tap inside the town.
form-place-full = You have marked as many places as you can. Untick one to mark another.
form-place-none =
    { $audience ->
        [age-5-8] Nothing marked yet.
       *[other] No place marked yet.
    }
form-place-by-list = Or add a part of town from the list
form-place-add = Add
form-place-max = You can mark up to { $max } places. Untick a place to remove it.
form-place-marked = Place { $n }, in { $area }
form-place-marked-plain = Place { $n }
results-place-help = Places are counted by map square. A square with fewer people than the threshold is hatched.
results-export-geojson = Counts per area and map square (GeoJSON, for QGIS or ArcGIS)
admin-nav-areas = Areas and maps
admin-areas-title = Areas and maps
admin-areas-intro = Upload your districts, neighbourhoods or school catchments as GeoJSON. A consultation can take its areas from them. Then people can answer on a map, and results are shown on a map.
admin-areas-none = No area set yet.
admin-areas-col-title = Title
admin-areas-col-version = Version
admin-areas-col-areas = Areas
admin-areas-col-uploaded = Uploaded
admin-areas-upload = Upload an area set
admin-areas-rejected = The file was not stored. Please fix these problems and upload it again:
admin-areas-file = GeoJSON file
admin-areas-file-help = A FeatureCollection of Polygon or MultiPolygon features in WGS84 longitude and latitude, at most { $max } areas and 5 MB. Names per language as in OpenStreetMap: name, name:fr, name:ar.
admin-areas-slug-help = Upload again with the same short id to make a new version. Consultations keep the version they were given.
admin-areas-name-property = Property holding the names
admin-areas-name-property-help = Usually "name". Translations are read from the same property with ":" and the language, such as name:fr.
admin-areas-upload-button = Upload
admin-areas-version = version { $n }
admin-areas-summary = { $n ->
        [one] One area.
       *[other] { $n } areas.
    }
admin-areas-map-alt = Map of the areas in this set
admin-areas-download = Download as GeoJSON
admin-areas-names = Names of the areas
admin-areas-name = Name
admin-areas-error-file = Choose a GeoJSON file to upload.
admin-areas-error-utf8 = The file is not text in UTF-8. Save it as GeoJSON and try again.
admin-areas-default-title = Areas
admin-field-area-set = Area set for maps
admin-field-area-set-none = None: use the list of areas above
admin-field-area-set-help = With an area set, its areas replace the list above, and questions about places are asked on a map.
admin-error-area-set = Choose one of your organisation's area sets.
admin-field-grid = Map squares for marked places
admin-field-grid-hex = Hexagons
admin-field-grid-square = Squares
admin-field-grid-metres = Size in metres (at least 100)
admin-field-grid-help = A marked place is stored only as the square it falls in, never as an exact point. Larger squares protect children better.
admin-error-grid = The size must be a whole number of metres from 100 to 5000.
admin-area-set-choice = { $title } (version { $version }, { $areas } areas)
audit-area-set-uploaded = uploaded the area set { $detail }
geo-feature-named = Feature { $n } ({ $name }): { $problem }
geo-feature = Feature { $n }: { $problem }
geo-ring-outer = the outer ring
geo-ring-hole = hole { $hole }
geo-ring-polygon-outer = polygon { $polygon }, outer ring
geo-ring-polygon-hole = polygon { $polygon }, hole { $hole }
geo-too-large = The file is larger than { $max } MB.
geo-not-json = This is not JSON (line { $line }, column { $column }). Save the file as GeoJSON.
geo-not-collection = This is not a GeoJSON FeatureCollection.
geo-not-wgs84 = The file declares the coordinate system { $crs }. Coordinates must be WGS84 longitude and latitude: reproject it, for example with ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = The FeatureCollection has no list of features.
geo-no-features = The FeatureCollection has no features.
geo-too-many-features = The file has { $n } features. An area set holds at most { $max }: merge small areas, or upload districts rather than blocks.
geo-too-many-positions = The file has { $n } positions, at most { $max } are allowed. Simplify it first.
geo-too-wide = The areas span { $width } × { $height } km. An area set is one town or region, at most { $max } km across.
geo-not-a-feature = This is not a GeoJSON Feature.
geo-no-name = It has no “{ $property }” property to name it by.
geo-no-id = No usable id: give it an “id” property of lowercase letters, digits and “-”.
geo-id-taken = Its id “{ $id }” is already used by another feature. Give each feature its own “id” property.
geo-no-geometry = It has no geometry.
geo-no-geometry-type = Its geometry has no type.
geo-not-an-area = It is a { $type }. Only Polygon and MultiPolygon features can be areas.
geo-no-polygons = It is a MultiPolygon with no polygons.
geo-no-rings = { $ring } is missing: the polygon has no rings.
geo-not-positions = { $ring } is not a list of positions.
geo-bad-position = { $ring }, position { $position }: expected [longitude, latitude].
geo-out-of-range = { $ring }, position { $position }: [{ $lon }, { $lat }] is not a longitude within ±180 and a latitude within ±90.
geo-projected = { $ring }, position { $position }: [{ $lon }, { $lat }] looks like projected metres, not longitude and latitude. Reproject to WGS84, for example with ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = { $ring } has { $n } positions. A ring needs at least 4.
geo-not-closed = { $ring } is not closed: its last position must repeat the first.
geo-self-intersection = { $ring } crosses itself (a self-intersection).
geo-hole-outside = { $ring } lies outside the outer ring.
geo-rings-cross = { $ring } crosses another ring of the same polygon.
geo-polygons-overlap = Polygons { $polygon } and { $other } of this feature overlap or share an edge.

## Networks of cities: the indicator bank, the network dashboard, the library, sharing and open data.
admin-nav-networks = Networks
indicator-cfc-safe-journey = Safe on the way
indicator-cfc-safe-journey-definition = Share of children and parents who feel good or safe on their way to school and around town: the top point of the three-smiley scale for ages 5-8, the top two of the five-point scale for the others.
indicator-cfc-independent-mobility = Going out alone
indicator-cfc-independent-mobility-definition = Share of children aged 9 and over (and of parents, about their child) who say the child is allowed and able to go around town without an adult.
indicator-cfc-plays-outside = Plays outside most days
indicator-cfc-plays-outside-definition = Share of children and parents who say the child plays or meets friends outside on most days.
indicator-cfc-safe-outside = Safe outside
indicator-cfc-safe-outside-definition = Share of children and parents who feel safe where children play outside: the top point of the three-smiley scale for ages 5-8, the top two of the five-point scale for the others.
indicator-cfc-place-to-play = A free place to play nearby
indicator-cfc-place-to-play-definition = Share of children aged 9 and over (and of parents) who say there is a place near home where children can play or meet for free.
indicator-cfc-heard-by-city = Heard by the city
indicator-cfc-heard-by-city-definition = Share of children aged 9 and over (and of parents) who feel the city listens to children: the top two points of the five-point scale.
network-title = Networks
network-help = Networks of cities share indicators, questionnaires and what cities did with what children said. Your organisation joins a network when the network invites it and your owner accepts.
network-hosted = The network you run
network-memberships = Your organisation's networks
network-memberships-none = Your organisation is not in any network yet.
network-member-since = member since { $date }
network-invited = { $network } invites your organisation to join.
network-accept = Accept the invitation
network-accept-owner = Your organisation's owner can accept it.
network-library = Template library
network-public-page = Public page
network-dashboard-help = Indicators of member cities, from the consultations each city chose to share once they closed. Every value comes from figures the city has already published; small groups stay hidden.
network-links = Network pages and downloads
network-download-csv = Indicators (CSV)
network-download-json = Indicators (JSON)
network-download-package = Open data package of published indicators
network-indicators = Indicators
network-indicator = Indicator
network-show = Show
network-no-values = No member city has shared a consultation that measures this indicator for this group yet.
network-trend = Each city across its waves
network-latest = Cities side by side, latest wave
network-values = Values with their 95% intervals
network-col-city = City
network-col-wave = Wave (closed on)
network-col-share = Share
network-col-interval = 95% interval
network-col-counts = Answers that count / all answers
network-no-answers = no answers
network-method = Method: each value is the share of a question's answers that count towards the indicator, for one group in one consultation, dated by its close. It is computed only from the city's published figures. When any figure it needs reads "fewer than k", no value is given. The interval is Wilson's 95% score interval.
network-members = Member cities
network-members-none = No organisation has been invited yet.
network-col-member = Organisation
network-col-invited = Invited on
network-col-joined = Joined on
network-pending = invitation pending
network-invite-label = Invite an organisation
network-invite-help = Its short id (slug), as its owner can read it on their organisation's pages, for example riverton.
network-invite = Send the invitation
network-error-no-organisation = There is no organisation with this id.
network-error-invited = This organisation is already invited or a member.
network-library-title = Template library of { $network }
network-library-help = Questionnaires member cities published for others to reuse. A copy becomes a new draft consultation of your organisation, credited to the city it comes from.
network-library-empty = No template has been published yet.
network-col-template = Template
network-col-version = Version
network-col-published = Published on
network-copy = Copy
network-copy-label = Copy { $template } into a new draft consultation
network-publish = Publish a template
network-publish-label = The questionnaire of
network-publish-help = The template as this consultation uses it, with all its languages, is published as the next version. Your own wording goes with it; answers never do.
network-publish-button = Publish to the network
network-published = Published as version { $version }.
network-copied-from = Template copied from { $source }.
network-sharing = Networks
network-sharing-help = A shared consultation gives the network its published figures only, once it has closed: never free text, single answers or anything below k. Members' public page lists it once its results are published.
network-shared = shared
network-not-shared = not shared
network-share = Share with { $network }
network-unshare = Stop sharing with { $network }
network-public-lead = What children and families told member cities, and what each city said it will do.
network-public-members = { $n ->
    [one] { $n } member city
   *[other] { $n } member cities
}
network-public-none = No member has published shared results yet.
network-public-closed = Answers were taken until { $date }.
network-public-shown-in = Shown in { $language }: the city did not write this in your language.
network-public-results = All results
network-public-data = Open data
network-public-languages = Languages
results-open-data = Download these results as open data (a Frictionless Data Package of CSV files)
audit-other-organisation = someone of another organisation
audit-network-created = created the network { $detail }
audit-network-member-invited = invited { $detail } to the network
audit-network-invitation-received = received an invitation to join { $detail }
audit-network-joined = joined the network { $detail }
audit-network-member-accepted = a member accepted the invitation: { $detail }
audit-network-indicators-exported = exported the network's indicators ({ $detail })
audit-template-published-to-network = published a template to a network: { $detail }
audit-network-template-published = a member published a template to the library: { $detail }
audit-template-copied-from-network = copied a template from a network's library: { $detail }
audit-consultation-shared-with-network = shared a consultation with a network: { $detail }
audit-consultation-unshared-from-network = stopped sharing a consultation with a network: { $detail }
assent-skip-except = { $n ->
    [one] You can skip any question except this one, which needs an answer: { $questions }
   *[other] You can skip any question except these { $n }, which need an answer: { $questions }
}
form-exclusive = “{ $option }” goes alone: it cannot be chosen with other answers.
error-exclusive = “{ $option }” cannot be chosen with other answers. Choose it alone, or untick it.
xlsform-other = Other
xlsform-other-say = Please say what.
admin-template-xlsform = Download as XLSForm (.xlsx)
admin-template-folder = Download the template folder (.zip)
admin-nav-templates = Templates
admin-templates-title = Your organisation's templates
admin-templates-intro = Questionnaires your organisation imported. Each import is a new version; a consultation keeps the version it was started from.
admin-templates-shipped = The shipped templates are on the new consultation page.
admin-templates-none = Your organisation has no templates of its own yet.
admin-templates-col-title = Template
admin-templates-col-source = From
admin-templates-use-label = Start a draft consultation from { $template }
admin-templates-import = Import an XLSForm or a template folder
admin-templates-file = XLSForm workbook (.xlsx) or template folder (.zip)
admin-templates-file-help = An XLSForm from KoboToolbox, ODK or SurveyCTO, with survey, choices and settings sheets, or a template folder as downloaded here (survey.toml, one .ftl file per language, pictures). Everything childvoice cannot ask is listed with its place, and nothing is saved until all is fixed.
admin-templates-import-button = Import
admin-templates-rejected = { $n ->
    [one] The workbook was not imported: fix this problem and try again.
   *[other] The workbook was not imported: fix these { $n } problems and try again.
}
admin-templates-imported = Imported { $template }, version { $version }.
audit-template-imported = imported the template { $detail }
audit-template-created = created the template { $detail }
admin-templates-texts-title = Words in { $language }
admin-templates-languages = Languages and how much of each is written
admin-templates-problems = { $n ->
    [one] This version has one problem; it can be saved, but no consultation starts from it until it is fixed:
   *[other] This version has { $n } problems; it can be saved, but no consultation starts from it until they are fixed:
}
admin-templates-everyone = For everyone
admin-templates-for = For { $audience }
admin-templates-save = Save as a new version
admin-templates-new = Start a new template
admin-templates-new-help = It starts with one question; add the others on its questions page, then write their words.
admin-templates-new-button = Create the template
admin-templates-id = Template id
admin-templates-id-help = Lowercase letters, digits and dashes. Left empty, it is made from the title.
admin-templates-default-language = Language it is written in first
admin-templates-areas = Areas (ids)
admin-templates-areas-help = One per line, for example north-district. Their names are written on the words page.
admin-templates-settings = Languages and audiences
admin-templates-settings-title = Languages and audiences of { $template }
admin-templates-settings-help = A language added starts with no words: translate it on the words page. An audience removed leaves every question. Saving makes a new version.
admin-templates-save-settings = Save as a new version
admin-templates-diff = Changes
admin-templates-diff-title = Changes in version { $version }
admin-templates-diff-first = This is the first version.
admin-templates-diff-none = Nothing changed from the version before.
admin-templates-edit-texts = Edit the words
admin-templates-copy = Copy a shipped template
admin-templates-copy-label = Template to copy into your library, to adapt its words
admin-templates-copy-button = Copy
audit-template-copied = copied a shipped template: { $detail }
audit-template-edited = edited the words of a template: { $detail }
admin-editor-questions = Edit the questions
admin-editor-title = Questions of { $template }
admin-editor-id = Id of the new question
admin-editor-id-help = Lowercase letters (a-z), digits and "-", starting with a letter; it cannot change later. Write its words on the words page afterwards.
admin-editor-kind = Type
admin-editor-kind-single = One answer
admin-editor-kind-multiple = Several answers
admin-editor-kind-scale = Smileys (3 for ages 5-8, 5 for the others)
admin-editor-kind-text = Free text
admin-editor-kind-number = Whole number
admin-editor-kind-area = Part of town
admin-editor-kind-rank = Ranking
admin-editor-kind-place = Places on the map
admin-editor-kind-note = Text to read, no answer
admin-editor-kind-grid = Grid: several statements, one scale
admin-editor-options = Answer ids, one per line
admin-editor-options-help = Leave empty when a shared list gives the answers, or when the type has none.
admin-editor-list = Shared list of answers
admin-editor-statements = Statements of a grid (ids), one per line
admin-editor-required = An answer is needed (never for ages 5-8)
admin-editor-new-page = Starts a new screen
admin-editor-show-if = Ask only when this earlier question…
admin-editor-any-of = …was answered with one of these ids (separated by spaces)
admin-editor-join = When there are several conditions
admin-editor-join-all = every one must hold
admin-editor-join-any = one is enough
admin-editor-validated-wording = Standard instrument: its wording may not change (a long sentence for 13-17 and parents is a warning, not an error)
admin-editor-min = Smallest number
admin-editor-max = Largest number, or most answers or places
admin-editor-exclusive = Answers that go alone (ids, separated by spaces)
admin-editor-other = Answer that opens "other, please say" (its id)
admin-editor-indicator = Indicator it measures
admin-editor-add = Add the question
admin-editor-up = Move up
admin-editor-down = Move down
admin-editor-delete = Delete
admin-editor-edit = Change
admin-editor-pictures = Pictures for children aged 5-8
admin-editor-pictures-help = Young children choose by picture. A drawing as SVG (small and plain, no script), or a photograph or drawing as PNG, JPEG or WebP, made small and stripped of what the file says about where and when it was taken.
admin-editor-picture-has = has a picture; upload another to replace it
admin-editor-picture-none = no picture yet
admin-editor-picture-upload = Upload the picture
admin-templates-pictures-needed = Before a consultation starts from it, upload pictures for children aged 5-8 on the questions page for: { $options }.
admin-templates-stale = This is version { $version }, and version { $newest } is newer: nothing was saved, so that nothing saved since is lost. Open the newest version and make the change there.
admin-editor-preview = Preview as
form-preview = This is a preview: the buttons only move between screens, and nothing is sent.
form-preview-back = Back to the editor
