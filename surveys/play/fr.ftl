# Enquête `play` : où les enfants jouent et se retrouvent, ce qui les en empêche, ce qu'ils changeraient.
# « tu » pour les enfants et les jeunes, « vous » pour les parents.
# Limites par phrase : 10 mots (5-8 ans), 15 (9-12), 20 (13-17), 30 (parents).

title =
    { $audience ->
        [age-5-8] Où est-ce que tu joues ?
       *[other] Lieux pour jouer et se retrouver
    }
intro =
    { $audience ->
        [age-5-8] La ville veut savoir où tu joues. Tes idées aident à rendre ces endroits plus chouettes.
        [age-9-12] La ville veut améliorer les endroits pour jouer et se retrouver. Dis-nous où tu joues, ce qui t'en empêche et ce que tu changerais. Tes idées aident la ville à choisir par quoi commencer.
        [age-13-17] La ville prévoit de changer des parcs, des rues et d'autres lieux fréquentés par les jeunes. Nous voulons savoir où tu vas, ce qui te freine et ce que tu changerais. Ton avis aide à décider ce que la ville fera en premier.
       *[parent] La ville prépare des changements dans les espaces de jeu, les parcs et les rues. Nous aimerions savoir où votre enfant joue et retrouve ses amis, ce qui l'en empêche, et connaître votre propre avis. Vos réponses aident à décider ce que la ville fera en premier.
    }
duration =
    { $audience ->
        [age-5-8] Ça prend environ 3 minutes.
        [age-9-12] Ça prend environ 4 minutes.
        [age-13-17] Ça prend environ 4 minutes.
       *[parent] Cela prend environ 3 minutes.
    }
results-when =
    { $audience ->
        [age-5-8] Après, tu pourras voir ce que les enfants ont dit. Tu sauras aussi ce que la ville va faire. Un adulte peut te le montrer sur ce site.
        [age-9-12] Après l'enquête, nous montrerons sur ce site ce que les enfants ont dit. Nous dirons aussi ce que la ville va faire.
        [age-13-17] À la fin de l'enquête, nous publierons sur ce site ce que les jeunes nous ont dit. Nous dirons aussi ce que la ville compte faire.
       *[parent] À la fin de l'enquête, les résultats et la réponse de la ville seront publiés sur ce site, avec une version écrite pour les enfants.
    }

## Où ils jouent

q-play-places =
    { $audience ->
        [age-5-8] Où est-ce que tu aimes jouer ?
        [age-9-12] D'habitude, où joues-tu ou retrouves-tu tes amis ?
        [age-13-17] D'habitude, où passes-tu ton temps libre avec tes amis ?
       *[parent] En dehors de l'école, où votre enfant joue-t-il ou retrouve-t-il ses amis, d'habitude ?
    }
q-play-places-hint =
    { $audience ->
        [age-5-8] Tu peux en choisir jusqu'à 3.
        [parent] Choisissez jusqu'à 3 réponses.
       *[other] Choisis jusqu'à 3 réponses.
    }
q-play-places-playground = Aire de jeux
q-play-places-park =
    { $audience ->
        [age-5-8] Parc
       *[other] Parc ou espace vert
    }
q-play-places-street =
    { $audience ->
        [age-5-8] Dans la rue
       *[other] Rue ou place
    }
q-play-places-school-yard = Cour d'école
q-play-places-sports-ground = Terrain de sport
q-play-places-shops =
    { $audience ->
        [age-5-8] Magasins
        [age-13-17] Centre commercial ou cafés
       *[other] Magasins ou centre commercial
    }
q-play-places-home =
    { $audience ->
        [age-5-8] À la maison
        [parent] À la maison, chez des amis
       *[other] Chez moi ou chez des amis
    }

## Fréquence, et ce qui les en empêche

q-play-spots =
    { $audience ->
        [parent] Où votre enfant joue-t-il dehors ?
       *[other] Où joues-tu dehors ?
    }
q-play-spots-hint =
    { $audience ->
        [age-9-12] Touche la carte là où tu joues, 3 endroits au maximum.
       *[other] On peut marquer jusqu'à 3 endroits sur la carte. Seule une zone approximative est gardée, jamais l'endroit exact.
    }

q-plays-outside =
    { $audience ->
        [age-5-8] Est-ce que tu joues souvent dehors ?
        [age-9-12] Tu joues souvent dehors, après l'école ou le week-end ?
        [age-13-17] Tu passes souvent ton temps libre dehors, en dehors des cours ?
       *[parent] À quelle fréquence votre enfant joue-t-il ou passe-t-il du temps dehors, en dehors de l'école ?
    }
q-plays-outside-hint =
    { $audience ->
        [age-5-8] Pense à après l'école.
        [age-9-12] Pense à une semaine normale.
        [age-13-17] Pense à une semaine normale. Cela montre à la ville combien les jeunes utilisent les espaces extérieurs.
       *[parent] Pensez à une semaine habituelle.
    }
q-plays-outside-most-days =
    { $audience ->
        [age-5-8] Tous les jours
       *[other] Presque tous les jours
    }
q-plays-outside-some-days = Certains jours
q-plays-outside-hardly-ever =
    { $audience ->
        [age-5-8] Pas beaucoup
        [parent] Rarement ou jamais
       *[other] Presque jamais
    }

q-what-stops =
    { $audience ->
        [age-5-8] Qu'est-ce qui t'empêche de jouer dehors ?
        [age-9-12] Qu'est-ce qui t'empêche de jouer plus souvent dehors ?
        [age-13-17] Qu'est-ce qui t'empêche de passer plus de temps dehors ?
       *[parent] Qu'est-ce qui empêche votre enfant de jouer plus souvent dehors ?
    }
q-what-stops-hint =
    { $audience ->
        [age-5-8] Choisis tout ce qui est vrai.
        [parent] Choisissez toutes les réponses qui conviennent.
       *[other] Choisis toutes les réponses qui conviennent.
    }
q-what-stops-traffic =
    { $audience ->
        [age-5-8] Les voitures
        [age-9-12] Trop de voitures
       *[other] La circulation
    }
q-what-stops-too-far =
    { $audience ->
        [age-5-8] C'est trop loin
       *[other] Trop loin
    }
q-what-stops-feel-unsafe =
    { $audience ->
        [age-5-8] J'ai peur
        [parent] Ce n'est pas sûr
       *[other] Pas en sécurité
    }
q-what-stops-not-allowed =
    { $audience ->
        [age-5-8] Les adultes disent non
        [parent] Je ne l'autorise pas encore
       *[other] Je n'ai pas le droit
    }
q-what-stops-no-friends =
    { $audience ->
        [age-5-8] Personne avec qui jouer
        [age-9-12] Personne avec qui jouer
       *[other] Pas d'amis à côté
    }
q-what-stops-broken-dirty =
    { $audience ->
        [age-5-8] Cassé ou sale
       *[other] Lieux cassés ou sales
    }
q-what-stops-no-time =
    { $audience ->
        [age-5-8] Pas le temps
        [age-9-12] Pas le temps (devoirs, activités)
        [age-13-17] Pas le temps (cours, activités)
       *[parent] Pas assez de temps
    }

## Sécurité, autonomie, accueil

q-feel-safe =
    { $audience ->
        [age-5-8] Tu te sens en sécurité dehors, près de chez toi ?
        [age-9-12] Tu te sens en sécurité quand tu joues dehors près de chez toi ?
        [age-13-17] À quel point te sens-tu en sécurité quand tu sors dans ton quartier ?
       *[parent] Selon vous, est-il sûr pour votre enfant de jouer dehors près de chez vous ?
    }
q-feel-safe-hint =
    { $audience ->
        [age-5-8] Choisis un visage.
        [age-9-12] Choisis un visage. Le visage content veut dire très en sécurité.
        [age-13-17] Nous posons cette question pour repérer les lieux qui doivent devenir plus sûrs.
       *[parent] Pensez aux endroits où votre enfant va le plus souvent.
    }

q-goes-alone =
    { $audience ->
        [age-9-12] Peux-tu aller dans les lieux pour jouer sans adulte ?
       *[parent] Votre enfant va-t-il dans les lieux de jeu sans adulte ?
    }
q-goes-alone-hint = Seul ou avec des amis.
q-goes-alone-yes = Oui, souvent
q-goes-alone-sometimes = Parfois
q-goes-alone-no = Seulement avec un adulte

q-feel-welcome = Est-ce qu'on t'accueille bien dans les parcs, sur les places et dans les centres commerciaux ?
q-feel-welcome-hint = On demande parfois aux jeunes de quitter les lieux publics. Cette question aide la ville à savoir si cela arrive.

## Où ils habitent

q-home-area =
    { $audience ->
        [parent] Dans quel quartier de la ville habitez-vous ?
       *[other] Dans quel quartier de la ville habites-tu ?
    }
q-home-area-hint =
    { $audience ->
        [age-9-12] Cela aide la ville à voir quels quartiers ont besoin de changements.
        [age-13-17] Nous le demandons pour que la ville voie quels quartiers ont le plus besoin de changements. Les résultats ne montrent que de grands groupes, jamais une personne.
       *[parent] Cela aide la ville à voir quels quartiers ont le plus besoin de changements.
    }

q-free-place =
    { $audience ->
        [age-9-12] Près de chez toi, y a-t-il un endroit gratuit pour retrouver tes amis ?
        [age-13-17] Y a-t-il près de chez toi un endroit où retrouver tes amis sans dépenser d'argent ?
       *[parent] Y a-t-il près de chez vous un endroit où votre enfant peut retrouver ses amis sans dépenser d'argent ?
    }
q-free-place-yes = Oui
q-free-place-no = Non
q-free-place-not-sure = Je ne sais pas

## Ce qu'ils changeraient

q-add-to-place =
    { $audience ->
        [age-5-8] Qu'est-ce qui manque là où tu joues ?
        [age-9-12] Qu'est-ce qui rendrait les lieux pour jouer près de chez toi plus agréables ?
        [age-13-17] Qu'est-ce qui rendrait plus agréables les lieux où tu passes du temps près de chez toi ?
       *[parent] Qu'est-ce qui rendrait les lieux de jeu près de chez vous meilleurs pour votre enfant ?
    }
q-add-to-place-hint =
    { $audience ->
        [age-5-8] Tu peux en choisir jusqu'à 3.
        [parent] Choisissez jusqu'à 3 réponses.
       *[other] Choisis jusqu'à 3 réponses.
    }
q-add-to-place-trees-flowers =
    { $audience ->
        [age-5-8] Arbres et fleurs
       *[other] Arbres et nature
    }
q-add-to-place-new-play =
    { $audience ->
        [age-13-17] Sport, skate, escalade
        [parent] Meilleurs équipements de jeu
       *[other] Nouvelles balançoires et toboggans
    }
q-add-to-place-safe-crossing =
    { $audience ->
        [age-5-8] Passage piéton sûr
       *[other] Passages sûrs, voitures plus lentes
    }
q-add-to-place-toilets-water =
    { $audience ->
        [age-5-8] Toilettes et eau
       *[other] Toilettes et eau potable
    }
q-add-to-place-lights =
    { $audience ->
        [age-5-8] Lumière le soir
       *[other] Meilleur éclairage la nuit
    }
q-add-to-place-seats-shelter =
    { $audience ->
        [age-5-8] Bancs et un toit
       *[other] Bancs, ombre et abri
    }

q-city-first = Que devrait faire la ville en premier ?
q-city-first-hint =
    { $audience ->
        [age-9-12] Mets-les dans l'ordre. Le numéro 1 est le plus important.
        [age-13-17] Classe-les, du plus important au moins important.
       *[parent] Classez-les, du plus important au moins important.
    }
q-city-first-safer-streets =
    { $audience ->
        [age-9-12] Rues sûres (voitures plus lentes)
       *[other] Rues et passages plus sûrs
    }
q-city-first-more-green = Plus d'espaces verts
q-city-first-better-playgrounds = De meilleures aires de jeux
q-city-first-youth-spaces =
    { $audience ->
        [age-9-12] Lieux pour les plus grands
        [age-13-17] Lieux pour les jeunes
       *[parent] Lieux pour les ados
    }
q-city-first-clean-lit = Lieux propres et bien éclairés

q-city-listens =
    { $audience ->
        [age-9-12] Penses-tu que la ville écoute les idées des enfants ?
        [age-13-17] As-tu l'impression que la ville écoute les idées des jeunes ?
       *[parent] Avez-vous le sentiment que la ville écoute les enfants et les familles quand elle prévoit des espaces de jeu ?
    }
q-city-listens-hint =
    { $audience ->
        [age-9-12] Choisis un visage. Le visage content veut dire qu'elle écoute beaucoup.
       *[other] Une réponse honnête aide la ville à faire mieux.
    }

q-my-street =
    { $audience ->
        [age-13-17] À quel point es-tu d'accord avec ces phrases sur ta rue ?
       *[parent] À quel point êtes-vous d'accord avec ces phrases sur la rue où vous habitez ?
    }
q-my-street-hint = Une réponse par ligne.
q-my-street-safe-to-cross = On peut la traverser sans danger.
q-my-street-clean = Elle est propre.
q-my-street-lit-at-night = Elle est bien éclairée la nuit.
q-my-street-welcome = Les jeunes y sont bien accueillis.
list-agree-disagree = Pas d'accord
list-agree-not-sure = Je ne sais pas
list-agree-agree = D'accord

q-your-idea =
    { $audience ->
        [age-5-8] As-tu une idée pour rendre le jeu plus amusant ?
        [age-9-12] Avec tes mots, que changerais-tu dans les lieux pour jouer ?
        [age-13-17] Avec tes propres mots, que changerais-tu dans les lieux pour jouer et se retrouver près de chez toi ?
       *[parent] Avec vos propres mots, qu'est-ce qui changerait le plus les choses pour le jeu de votre enfant ?
    }
q-your-idea-hint =
    { $audience ->
        [age-5-8] Un adulte peut t'aider à l'écrire.
        [parent] Merci de ne pas indiquer de noms, d'adresses ni de numéros de téléphone.
       *[other] Merci de ne pas écrire de noms, d'adresses ni de numéros de téléphone.
    }

## Quartiers (mêmes identifiants que l'enquête `journeys`)

area-old-town = Vieille Ville
area-riverside = Les Berges
area-north-hill = Colline Nord
area-station = Quartier de la Gare
area-green-park = Parc Vert
