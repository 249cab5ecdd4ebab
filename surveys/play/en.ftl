# Survey `play`: where children play and meet, what stops them, what they would change.
# Every text is checked per audience: 10 words a sentence for age-5-8, 15 for age-9-12,
# 20 for age-13-17, 30 for parents.

title =
    { $audience ->
        [age-5-8] Where do you play?
       *[other] Places to play and meet
    }
intro =
    { $audience ->
        [age-5-8] The city wants to know where you play. Your ideas can make play places better.
        [age-9-12] The city wants to make places to play and meet better. Tell us where you play, what stops you and what you would change. Your ideas help the city choose what to do first.
        [age-13-17] The city is planning changes to parks, streets and other places where young people spend time. We want to know where you go, what gets in the way and what you would change. What you say helps decide what the city does first.
       *[parent] The city is planning changes to play spaces, parks and streets. We would like to hear where your child plays and meets friends, what gets in the way, and your own view. Your answers help decide what the city does first.
    }
duration =
    { $audience ->
        [age-5-8] It takes about 3 minutes.
        [age-9-12] It takes about 4 minutes.
        [age-13-17] It takes about 4 minutes.
       *[parent] It takes about 3 minutes.
    }
results-when =
    { $audience ->
        [age-5-8] When the survey ends, we share what children told us. We also say what the city will do. A grown-up can show you on this website.
        [age-9-12] When the survey ends, we will share what children told us on this website. We will also say what the city is going to do.
        [age-13-17] When the survey closes, we will publish what young people told us on this website. We will also say what the city plans to do.
       *[parent] When the survey closes, the results and the city's response will be published on this website, with a version written for children.
    }

## Where they play

q-play-places =
    { $audience ->
        [age-5-8] Where do you like to play?
        [age-9-12] Where do you usually play or meet friends?
        [age-13-17] Where do you usually spend free time with friends?
       *[parent] Where does your child usually play or meet friends outside school hours?
    }
q-play-places-hint =
    { $audience ->
        [age-5-8] You can pick up to 3.
       *[other] Pick up to 3.
    }
q-play-places-playground = Playground
q-play-places-park =
    { $audience ->
        [age-5-8] Park
       *[other] Park or green space
    }
q-play-places-street =
    { $audience ->
        [age-5-8] Street near home
       *[other] Street or square
    }
q-play-places-school-yard = School yard
q-play-places-sports-ground =
    { $audience ->
        [age-5-8] Sports field
       *[other] Sports pitch or court
    }
q-play-places-shops =
    { $audience ->
        [age-5-8] Shops
        [age-13-17] Shopping centre or cafés
       *[other] Shops or shopping centre
    }
q-play-places-home =
    { $audience ->
        [age-5-8] At home
       *[other] Home or friends' homes
    }

## How often, and what stops them

q-play-spots =
    { $audience ->
        [parent] Where does your child play outside?
       *[other] Where do you play outside?
    }
q-play-spots-hint =
    { $audience ->
        [age-9-12] Tap the map at your places, up to 3.
       *[other] Mark up to 3 places on the map. Only the rough area is kept, never the exact spot.
    }

q-plays-outside =
    { $audience ->
        [age-5-8] How often do you play outside?
        [age-9-12] How often do you play outside after school or at weekends?
        [age-13-17] How often do you spend free time outdoors, outside school hours?
       *[parent] How often does your child play or spend time outdoors when not at school?
    }
q-plays-outside-hint =
    { $audience ->
        [age-5-8] Think about after school.
        [age-9-12] Think about a normal week.
        [age-13-17] Think about a normal week. This helps the city see how much young people use outdoor places.
       *[parent] Think about a normal week.
    }
q-plays-outside-most-days =
    { $audience ->
        [age-5-8] Every day
       *[other] Most days
    }
q-plays-outside-some-days = Some days
q-plays-outside-hardly-ever =
    { $audience ->
        [age-5-8] Not much
        [parent] Rarely or never
       *[other] Hardly ever
    }

q-what-stops =
    { $audience ->
        [age-5-8] What stops you playing outside?
        [age-9-12] What stops you playing outside more?
        [age-13-17] What stops you spending more time outdoors?
       *[parent] What stops your child playing outside more?
    }
q-what-stops-hint =
    { $audience ->
        [age-5-8] Pick all that are true.
       *[other] Pick all that apply.
    }
q-what-stops-traffic =
    { $audience ->
        [age-5-8] Cars
        [age-9-12] Busy roads and cars
       *[other] Traffic and busy roads
    }
q-what-stops-too-far =
    { $audience ->
        [age-5-8] It is too far
       *[other] Too far away
    }
q-what-stops-feel-unsafe =
    { $audience ->
        [age-5-8] I feel scared
        [parent] It doesn't feel safe
       *[other] I don't feel safe
    }
q-what-stops-not-allowed =
    { $audience ->
        [age-5-8] Grown-ups say no
        [parent] Not allowed alone yet
       *[other] I'm not allowed
    }
q-what-stops-no-friends =
    { $audience ->
        [age-5-8] Nobody to play with
        [age-9-12] Nobody to play with
       *[other] No friends nearby
    }
q-what-stops-broken-dirty =
    { $audience ->
        [age-5-8] Broken or dirty
       *[other] Broken or dirty places
    }
q-what-stops-no-time =
    { $audience ->
        [age-5-8] No time
        [age-9-12] No time (homework, clubs)
        [age-13-17] No time (school, clubs)
       *[parent] Not enough time
    }

## Feeling safe, going alone, feeling welcome

q-feel-safe =
    { $audience ->
        [age-5-8] Do you feel safe playing outside near home?
        [age-9-12] How safe do you feel when you play outside near your home?
        [age-13-17] How safe do you feel when you are out in your neighbourhood?
       *[parent] How safe do you feel it is for your child to play outside near your home?
    }
q-feel-safe-hint =
    { $audience ->
        [age-5-8] Pick a face.
        [age-9-12] Pick a face. The happy face means very safe.
        [age-13-17] We ask because it shows the city where places need to feel safer.
       *[parent] Think of the places your child goes most often.
    }

q-goes-alone =
    { $audience ->
        [age-9-12] Can you go to places to play without an adult?
       *[parent] Does your child go to places to play without an adult?
    }
q-goes-alone-hint =
    { $audience ->
        [age-9-12] On your own or with friends.
       *[parent] On their own or with friends.
    }
q-goes-alone-yes = Yes, often
q-goes-alone-sometimes = Sometimes
q-goes-alone-no = Only with an adult

q-feel-welcome = Do you feel welcome in parks, squares and shopping centres?
q-feel-welcome-hint = Young people are sometimes asked to leave public places. We ask so the city knows if this happens.

## Where they live

q-home-area = Which part of the city do you live in?
q-home-area-hint =
    { $audience ->
        [age-9-12] This helps the city see which areas need changes.
        [age-13-17] We ask so the city can see which areas need changes most. Results only show large groups, never one person.
       *[parent] This helps the city see which areas need changes most.
    }

q-free-place =
    { $audience ->
        [age-9-12] Is there a free place near your home where you can meet friends?
        [age-13-17] Is there a place near you where you can meet friends without spending money?
       *[parent] Is there a place near your home where your child can meet friends without spending money?
    }
q-free-place-yes = Yes
q-free-place-no = No
q-free-place-not-sure =
    { $audience ->
        [age-9-12] I don't know
       *[other] Not sure
    }

## What they would change

q-add-to-place =
    { $audience ->
        [age-5-8] What would make your park or playground better?
        [age-9-12] What would make places to play near you better?
        [age-13-17] What would make places to spend time near you better?
       *[parent] What would make places to play near your home better for your child?
    }
q-add-to-place-hint =
    { $audience ->
        [age-5-8] You can pick up to 3.
       *[other] Pick up to 3.
    }
q-add-to-place-trees-flowers =
    { $audience ->
        [age-5-8] Trees and flowers
       *[other] More trees and nature
    }
q-add-to-place-new-play =
    { $audience ->
        [age-13-17] Sport, skating, climbing
        [parent] Better play equipment
       *[other] New swings and slides
    }
q-add-to-place-safe-crossing =
    { $audience ->
        [age-5-8] Safe road crossing
       *[other] Safe crossings, slower cars
    }
q-add-to-place-toilets-water =
    { $audience ->
        [age-5-8] Toilets and water
       *[other] Toilets and drinking water
    }
q-add-to-place-lights =
    { $audience ->
        [age-5-8] Lights for the dark
       *[other] Better lighting at night
    }
q-add-to-place-seats-shelter =
    { $audience ->
        [age-5-8] Seats and a roof
       *[other] Seats, shade and shelter
    }

q-city-first = What should the city do first?
q-city-first-hint =
    { $audience ->
        [age-9-12] Put them in order. Number 1 is the most important.
       *[other] Put them in order, the most important first.
    }
q-city-first-safer-streets =
    { $audience ->
        [age-9-12] Safer streets (slower cars)
       *[other] Safer streets and crossings
    }
q-city-first-more-green = More parks and nature
q-city-first-better-playgrounds = Better playgrounds and courts
q-city-first-youth-spaces =
    { $audience ->
        [age-9-12] Places for older kids
        [age-13-17] Places for young people
       *[parent] Places for teenagers
    }
q-city-first-clean-lit = Clean, well-lit places

q-city-listens =
    { $audience ->
        [age-9-12] Do you think the city listens to children's ideas?
        [age-13-17] Do you feel the city listens to young people's ideas?
       *[parent] Do you feel the city listens to children and families when it plans play spaces?
    }
q-city-listens-hint =
    { $audience ->
        [age-9-12] Pick a face. The happy face means it listens a lot.
       *[other] An honest answer helps the city do better.
    }

q-my-street =
    { $audience ->
        [age-13-17] How much do you agree about your own street?
       *[parent] How much do you agree about the street where you live?
    }
q-my-street-hint = One answer for each line.
q-my-street-safe-to-cross = It is safe to cross.
q-my-street-clean = It is clean.
q-my-street-lit-at-night = It is well lit at night.
q-my-street-welcome = Young people are welcome there.
list-agree-disagree = Disagree
list-agree-not-sure = Not sure
list-agree-agree = Agree

q-your-idea =
    { $audience ->
        [age-5-8] What is your best idea to make play better?
        [age-9-12] In your own words: what would you change about places to play?
        [age-13-17] In your own words: what would you change about places to play and meet near you?
       *[parent] In your own words: what would make the biggest difference to your child's play?
    }
q-your-idea-hint =
    { $audience ->
        [age-5-8] A grown-up can help you write it.
        [parent] Please don't include names, addresses or phone numbers.
       *[other] Please don't write names, addresses or phone numbers.
    }

## Areas (same ids as the `journeys` survey)

area-old-town = Old Town
area-riverside = Riverside
area-north-hill = North Hill
area-station = Station
area-green-park = Green Park
