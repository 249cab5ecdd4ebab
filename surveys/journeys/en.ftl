title = Getting to school and around town
intro =
    { $audience ->
        [age-5-8] We want to make your way to school better. Tell us how you go and how you feel.
        [age-9-12] The city wants it to be safer to walk, cycle and get around town. Tell us how you get to school and where you feel unsafe. Your answers help decide what changes first.
        [parent] The city is planning safer routes to school and around town. We would like to hear about your child's journeys and your own view as a parent or carer. Your answers help decide what changes first.
       *[other] The city is planning changes to streets, crossings and paths. We want to know how you get around, where you feel unsafe and what would help. Your answers help decide what gets fixed first.
    }
duration =
    { $audience ->
        [age-5-8] It takes about 3 minutes.
        [age-9-12] It takes about 5 minutes.
       *[other] It takes about 4 minutes.
    }
results-when =
    { $audience ->
        [age-5-8] Later, you can see what we heard. We will tell you what the city will do.
        [age-9-12] When the survey ends, we will show what we heard on this website. We will also say what the city will do.
        [parent] When the survey closes, we will publish on this website what children and parents told us, and what the city will do in response.
       *[other] When the survey closes, we will publish what we heard and what the city will do, on this website.
    }

q-travel-mode =
    { $audience ->
        [age-5-8] How do you get to school?
        [parent] How does your child usually get to school?
       *[other] How do you usually get to school?
    }
q-travel-mode-hint =
    { $audience ->
        [age-5-8] Pick one picture.
        [age-9-12] Pick the one you use on most days.
        [parent] If it varies, pick the way they travel on most days.
       *[other] If it varies, pick the way you travel on most days.
    }
q-travel-mode-walk =
    { $audience ->
        [age-5-8] Walk
       *[other] On foot
    }
q-travel-mode-bike = Bike
q-travel-mode-scooter = Scooter
q-travel-mode-bus =
    { $audience ->
        [age-5-8] Bus
       *[other] Bus, tram or train
    }
q-travel-mode-car = Car

q-travel-with =
    { $audience ->
        [age-5-8] Who goes with you to school?
        [parent] Who does your child usually travel to school with?
       *[other] Who do you usually go to school with?
    }
q-travel-with-hint =
    { $audience ->
        [age-5-8] Pick one picture.
       *[other] Pick what happens on most days.
    }
q-travel-with-adult =
    { $audience ->
        [age-5-8] A grown-up
        [parent] Me or another adult
       *[other] An adult
    }
q-travel-with-older-child =
    { $audience ->
        [age-5-8] A bigger child
       *[other] An older child
    }
q-travel-with-friends =
    { $audience ->
        [parent] Friends their age
       *[other] Friends
    }
q-travel-with-alone =
    { $audience ->
        [parent] On their own
       *[other] On my own
    }

q-journey-minutes =
    { $audience ->
        [parent] About how many minutes does your child's journey to school take?
       *[other] About how many minutes does it take you to get to school?
    }
q-journey-minutes-hint =
    { $audience ->
        [age-9-12] One way, from home to school. A guess is fine.
        [parent] One way, door to door, on a normal day. A rough guess is fine.
       *[other] One way, door to door. A guess is fine.
    }

q-journey-feeling =
    { $audience ->
        [age-5-8] How do you feel on the way to school?
        [parent] How safe do you think your child is on the way to school?
       *[other] How safe do you feel on your way to school?
    }
q-journey-feeling-hint =
    { $audience ->
        [age-5-8] Pick the face that shows how you feel.
        [age-9-12] The sad face means very unsafe. The happy face means very safe.
       *[other] From very unsafe to very safe.
    }

q-unsafe-things =
    { $audience ->
        [age-5-8] What makes you feel scared or worried?
        [parent] What worries you most about your child's journey?
       *[other] What makes you feel unsafe on the way?
    }
q-unsafe-things-hint =
    { $audience ->
        [age-5-8] You can pick more than one.
       *[other] Pick all that apply.
    }
q-unsafe-things-fast-cars =
    { $audience ->
        [parent] Fast traffic
       *[other] Fast cars
    }
q-unsafe-things-busy-road =
    { $audience ->
        [age-5-8] Busy roads
       *[other] Busy roads to cross
    }
q-unsafe-things-no-path =
    { $audience ->
        [age-5-8] Nowhere to walk
        [parent] Missing or blocked pavements
       *[other] No safe footpath
    }
q-unsafe-things-dark =
    { $audience ->
        [age-5-8] Dark places
       *[other] Dark or empty places
    }
q-unsafe-things-people =
    { $audience ->
        [age-5-8] People who scare me
        [age-9-12] People who bother me
        [parent] Bullying or harassment
       *[other] Being bothered or harassed
    }
q-unsafe-things-dogs = Dogs

q-allowed-alone =
    { $audience ->
        [age-9-12] Are you allowed to go places in town without an adult?
        [parent] Do you let your child go to school or around town without an adult?
       *[other] Can you get around town on your own when you want to?
    }
q-allowed-alone-hint =
    { $audience ->
        [age-9-12] For example, to a friend's home, a park or a shop.
        [parent] For example, walking, cycling or taking the bus without an adult.
       *[other] We ask because young people's freedom to get around shows how child-friendly a city is.
    }
q-allowed-alone-yes = Yes
q-allowed-alone-some-places = Only some places
q-allowed-alone-no =
    { $audience ->
        [age-13-17] Not really
        [parent] Not yet
       *[other] No
    }

q-alone-why-not = What stops you from letting your child go on their own?
q-alone-why-not-hint = Pick all that apply.
q-alone-why-not-traffic = Traffic
q-alone-why-not-too-far = It is too far
q-alone-why-not-strangers = Strangers or harassment
q-alone-why-not-too-young = Still too young
q-alone-why-not-no-company = Nobody to go with
q-alone-why-not-school-rules = School rules

q-unsafe-anywhere =
    { $audience ->
        [parent] Is there a place in town where you worry about your child's safety?
       *[other] Is there a place in town where you feel unsafe?
    }
q-unsafe-anywhere-hint =
    { $audience ->
        [age-9-12] For example, a street, a park, a bus stop or a tunnel.
       *[other] Think of streets, parks, stops and stations, at any time of day.
    }
q-unsafe-anywhere-yes = Yes
q-unsafe-anywhere-no = No
q-unsafe-anywhere-not-sure = Not sure

q-unsafe-area = Which part of town is that place in?
q-unsafe-area-hint =
    { $audience ->
        [age-9-12] If there are a few, pick the worst one. This helps the city know where to start.
       *[other] If there is more than one, pick the one that worries you most. This shows the city where to act first.
    }

q-unsafe-places =
    { $audience ->
        [parent] Where on the way does your child feel unsafe?
       *[other] Where on your way do you feel unsafe?
    }
q-unsafe-places-hint =
    { $audience ->
        [age-9-12] Tap the map at the places, up to 3.
        [parent] Mark up to 3 places on the map. Only the rough area is kept, never the exact spot.
       *[other] Mark up to 3 places on the map. Only the rough area is kept, never the exact spot.
    }

q-wish-mode =
    { $audience ->
        [age-5-8] How would you like to get to school?
        [age-9-12] If you could choose, how would you like to get to school?
        [parent] If it felt safe and practical, how would you like your child to get to school?
       *[other] If you could choose freely, how would you get to school?
    }
q-wish-mode-hint =
    { $audience ->
        [age-5-8] Pick one picture.
       *[other] Pick one.
    }
q-wish-mode-walk =
    { $audience ->
        [age-5-8] Walk
       *[other] On foot
    }
q-wish-mode-bike = Bike
q-wish-mode-scooter = Scooter
q-wish-mode-bus =
    { $audience ->
        [age-5-8] Bus
       *[other] Bus, tram or train
    }
q-wish-mode-car = Car

q-help-wish = What would make your way to school better?
q-help-wish-hint = Pick one or two.
q-help-wish-crossings = Safe place to cross
q-help-wish-lights = More lights
q-help-wish-slower-cars = Slower cars
q-help-wish-bike-lanes = A path for bikes
q-help-wish-walking-bus = Walking in a group

q-help-rank =
    { $audience ->
        [age-9-12] What would help most to make your way safer?
        [parent] What would do most to make your child's journeys safer?
       *[other] What would make getting around safer?
    }
q-help-rank-hint =
    { $audience ->
        [age-9-12] Put the most helpful at the top. A walking bus is a group walking to school with adults.
        [parent] Put the most useful at the top. A walking bus is a group of children walking to school with adult volunteers.
       *[other] Put the most useful at the top.
    }
q-help-rank-crossings =
    { $audience ->
        [age-9-12] Safer places to cross
       *[other] Safer crossings
    }
q-help-rank-lights = Better street lights
q-help-rank-slower-cars =
    { $audience ->
        [parent] Slower traffic
       *[other] Slower cars
    }
q-help-rank-bike-lanes = Safe bike lanes
q-help-rank-walking-bus =
    { $audience ->
        [age-13-17] Walking and cycling groups
        [parent] Walking buses
       *[other] A walking bus
    }

q-home-area = Which part of town do you live in?
q-home-area-hint =
    { $audience ->
        [age-9-12] This helps the city see which areas need changes most.
        [parent] This lets the city compare areas. Results are only shown for large groups.
       *[other] We ask so the city can compare areas. Results are only shown for large groups, never for one person.
    }

q-idea =
    { $audience ->
        [age-9-12] What one thing would you change on your way to school or around town?
        [parent] If you could change one thing about your child's journeys, what would it be?
       *[other] If you could change one thing about getting around town, what would it be?
    }
q-idea-hint =
    { $audience ->
        [age-9-12] Write in your own words. Please don't write anyone's name.
       *[other] Please don't write anyone's name or address.
    }

area-old-town = Old Town
area-riverside = Riverside
area-north-hill = North Hill
area-station = Station
area-green-park = Green Park
