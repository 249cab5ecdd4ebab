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
