title = Aller à l'école et se déplacer en ville
intro =
    { $audience ->
        [age-5-8] La ville veut améliorer ton chemin vers l'école. Raconte-nous ton trajet et ce que tu ressens.
        [age-9-12] La ville veut que tu puisses marcher, faire du vélo et circuler en sécurité. Dis-nous comment tu vas à l'école et où tu as peur. Tes réponses aident à choisir ce qui change en premier.
        [parent] La ville prépare des trajets plus sûrs vers l'école et dans les quartiers. Nous aimerions connaître les trajets de votre enfant et votre propre avis de parent ou de proche. Vos réponses aident à décider ce qui changera en premier.
       *[other] La ville prévoit des changements dans les rues, les passages piétons et les trottoirs. On veut savoir comment tu te déplaces, où tu ne te sens pas en sécurité et ce qui aiderait. Tes réponses aident à décider ce qui sera amélioré en premier.
    }
duration =
    { $audience ->
        [age-5-8] Ça prend environ 3 minutes.
        [age-9-12] Ça prend environ 5 minutes.
        [parent] Cela prend environ 4 minutes.
       *[other] Ça prend environ 4 minutes.
    }
results-when =
    { $audience ->
        [age-5-8] Après, tu pourras voir ce qu'on a entendu. On te dira ce que la ville va faire.
        [age-9-12] Quand l'enquête sera finie, on montrera sur ce site ce qu'on a entendu. On dira aussi ce que la ville va faire.
        [parent] À la fin de l'enquête, nous publierons sur ce site ce que les enfants et les parents nous ont dit, et ce que la ville compte faire.
       *[other] Après l'enquête, nous publierons sur ce site ce que nous avons entendu et ce que la ville fera.
    }

q-travel-mode =
    { $audience ->
        [age-5-8] Comment vas-tu à l'école ?
        [parent] D'habitude, comment votre enfant se rend-il à l'école ?
       *[other] D'habitude, comment vas-tu à l'école ?
    }
q-travel-mode-hint =
    { $audience ->
        [age-5-8] Choisis une image.
        [age-9-12] Choisis ce que tu utilises le plus souvent.
        [parent] Si cela varie, choisissez le moyen utilisé la plupart des jours.
       *[other] Si ça varie, choisis ce que tu utilises la plupart des jours.
    }
q-travel-mode-walk = À pied
q-travel-mode-bike = À vélo
q-travel-mode-scooter = En trottinette
q-travel-mode-bus =
    { $audience ->
        [age-5-8] En bus
       *[other] Bus, tram ou train
    }
q-travel-mode-car = En voiture

q-travel-with =
    { $audience ->
        [age-5-8] Qui va à l'école avec toi ?
        [parent] Avec qui votre enfant fait-il le trajet, d'habitude ?
       *[other] Avec qui vas-tu à l'école, d'habitude ?
    }
q-travel-with-hint =
    { $audience ->
        [age-5-8] Choisis une image.
        [parent] Choisissez ce qui se passe la plupart des jours.
       *[other] Choisis ce qui se passe la plupart des jours.
    }
q-travel-with-adult =
    { $audience ->
        [parent] Moi ou un adulte
       *[other] Un adulte
    }
q-travel-with-older-child =
    { $audience ->
        [age-5-8] Un enfant plus grand
       *[other] Un enfant plus âgé
    }
q-travel-with-friends =
    { $audience ->
        [parent] Ses amis
       *[other] Des amis
    }
q-travel-with-alone = Seul ou seule

q-journey-minutes =
    { $audience ->
        [parent] Combien de minutes dure à peu près le trajet de votre enfant jusqu'à l'école ?
       *[other] Combien de minutes mets-tu à peu près pour aller à l'école ?
    }
q-journey-minutes-hint =
    { $audience ->
        [age-9-12] Un seul trajet, de chez toi à l'école. Si tu ne sais pas, devine.
        [parent] Un seul trajet, de porte à porte, un jour normal. Une estimation suffit.
       *[other] Un seul trajet, de porte à porte. Une estimation suffit.
    }

q-journey-feeling =
    { $audience ->
        [age-5-8] Comment te sens-tu sur le chemin de l'école ?
        [parent] Selon vous, à quel point votre enfant est-il en sécurité sur le trajet de l'école ?
       *[other] À quel point te sens-tu en sécurité sur le chemin de l'école ?
    }
q-journey-feeling-hint =
    { $audience ->
        [age-5-8] Choisis le visage qui montre ce que tu ressens.
        [age-9-12] Plus le visage est content, plus tu te sens en sécurité.
       *[other] De pas du tout en sécurité à tout à fait en sécurité.
    }

q-unsafe-things =
    { $audience ->
        [age-5-8] Qu'est-ce qui te fait peur ou t'inquiète ?
        [parent] Qu'est-ce qui vous inquiète le plus sur le trajet de votre enfant ?
       *[other] Qu'est-ce qui fait que tu ne te sens pas en sécurité sur le chemin ?
    }
q-unsafe-things-hint =
    { $audience ->
        [age-5-8] Tu peux choisir plusieurs images.
        [parent] Choisissez tout ce qui s'applique.
       *[other] Choisis tout ce qui correspond.
    }
q-unsafe-things-fast-cars =
    { $audience ->
        [parent] La circulation rapide
       *[other] Les voitures rapides
    }
q-unsafe-things-busy-road =
    { $audience ->
        [age-5-8] Trop de voitures
       *[other] Rues difficiles à traverser
    }
q-unsafe-things-no-path =
    { $audience ->
        [age-5-8] Pas de trottoir
        [parent] Trottoirs absents ou encombrés
       *[other] Pas de trottoir sûr
    }
q-unsafe-things-dark =
    { $audience ->
        [age-5-8] Les endroits sombres
       *[other] Endroits sombres ou déserts
    }
q-unsafe-things-people =
    { $audience ->
        [age-5-8] Gens qui font peur
        [age-9-12] Des gens qui m'embêtent
       *[other] Harcèlement ou intimidation
    }
q-unsafe-things-dogs = Les chiens

q-allowed-alone =
    { $audience ->
        [age-9-12] As-tu le droit d'aller quelque part en ville sans adulte ?
        [parent] Laissez-vous votre enfant aller à l'école ou se déplacer en ville sans adulte ?
       *[other] Peux-tu te déplacer en ville sans adulte quand tu le veux ?
    }
q-allowed-alone-hint =
    { $audience ->
        [age-9-12] Par exemple, chez un ami, au parc ou dans un magasin.
        [parent] Par exemple, à pied, à vélo ou en bus, sans adulte.
       *[other] On te le demande car la liberté de se déplacer montre si une ville est adaptée aux jeunes.
    }
q-allowed-alone-yes = Oui
q-allowed-alone-some-places = Seulement à certains endroits
q-allowed-alone-no =
    { $audience ->
        [age-13-17] Pas vraiment
        [parent] Pas encore
       *[other] Non
    }

q-alone-why-not = Qu'est-ce qui vous retient de laisser votre enfant y aller sans adulte ?
q-alone-why-not-hint = Choisissez tout ce qui s'applique.
q-alone-why-not-traffic = La circulation
q-alone-why-not-too-far = C'est trop loin
q-alone-why-not-strangers = Inconnus ou harcèlement
q-alone-why-not-too-young = Encore trop jeune
q-alone-why-not-no-company = Personne pour l'accompagner
q-alone-why-not-school-rules = Le règlement de l'école

q-unsafe-anywhere =
    { $audience ->
        [parent] Y a-t-il un endroit en ville où vous craignez pour la sécurité de votre enfant ?
       *[other] Y a-t-il un endroit en ville où tu ne te sens pas en sécurité ?
    }
q-unsafe-anywhere-hint =
    { $audience ->
        [age-9-12] Par exemple, une rue, un parc, un arrêt de bus ou un tunnel.
        [parent] Pensez aux rues, aux parcs, aux arrêts et aux gares, à toute heure.
       *[other] Pense aux rues, aux parcs, aux arrêts et aux gares, à toute heure.
    }
q-unsafe-anywhere-yes = Oui
q-unsafe-anywhere-no = Non
q-unsafe-anywhere-not-sure = Je ne sais pas

q-unsafe-area = Dans quel quartier se trouve cet endroit ?
q-unsafe-area-hint =
    { $audience ->
        [age-9-12] S'il y en a plusieurs, choisis le pire. Ça aide la ville à savoir par où commencer.
        [parent] S'il y en a plusieurs, choisissez celui qui vous inquiète le plus. Cela montre à la ville où agir en premier.
       *[other] S'il y en a plusieurs, choisis celui qui t'inquiète le plus. Ça montre à la ville où agir en premier.
    }

q-unsafe-places =
    { $audience ->
        [parent] À quels endroits du trajet votre enfant ne se sent-il pas en sécurité ?
       *[other] À quels endroits de ton trajet ne te sens-tu pas en sécurité ?
    }
q-unsafe-places-hint =
    { $audience ->
        [age-9-12] Touche la carte à ces endroits, 3 au maximum.
        [parent] Marquez jusqu'à 3 endroits sur la carte. Seule une zone approximative est gardée, jamais l'endroit exact.
       *[other] Marque jusqu'à 3 endroits sur la carte. Seule une zone approximative est gardée, jamais l'endroit exact.
    }

q-wish-mode =
    { $audience ->
        [age-5-8] Comment aimerais-tu aller à l'école ?
        [age-9-12] Si tu pouvais choisir, comment irais-tu à l'école ?
        [parent] Si c'était sûr et pratique, comment aimeriez-vous que votre enfant aille à l'école ?
       *[other] Si tu avais vraiment le choix, comment irais-tu à l'école ?
    }
q-wish-mode-hint =
    { $audience ->
        [age-5-8] Choisis une image.
        [parent] Choisissez une réponse.
       *[other] Choisis une réponse.
    }
q-wish-mode-walk = À pied
q-wish-mode-bike = À vélo
q-wish-mode-scooter = En trottinette
q-wish-mode-bus =
    { $audience ->
        [age-5-8] En bus
       *[other] Bus, tram ou train
    }
q-wish-mode-car = En voiture

q-help-wish = Qu'est-ce qui t'aiderait sur le chemin de l'école ?
q-help-wish-hint = Choisis une ou deux images.
q-help-wish-crossings = Un passage piéton sûr
q-help-wish-lights = Plus de lumière
q-help-wish-slower-cars = Des voitures plus lentes
q-help-wish-bike-lanes = Une piste pour vélos
q-help-wish-walking-bus = Marcher en groupe

q-help-rank =
    { $audience ->
        [age-9-12] Qu'est-ce qui aiderait le plus à rendre ton trajet plus sûr ?
        [parent] Qu'est-ce qui rendrait les trajets de votre enfant plus sûrs ?
       *[other] Qu'est-ce qui rendrait les déplacements plus sûrs ?
    }
q-help-rank-hint =
    { $audience ->
        [age-9-12] Mets le plus utile en haut. Un pédibus est un groupe d'enfants qui marche jusqu'à l'école avec des adultes.
        [parent] Classez du plus utile au moins utile. Un pédibus est un groupe d'enfants accompagné à pied jusqu'à l'école par des adultes bénévoles.
       *[other] Mets le plus utile en haut.
    }
q-help-rank-crossings = Passages piétons plus sûrs
q-help-rank-lights = Un meilleur éclairage
q-help-rank-slower-cars =
    { $audience ->
        [parent] Une circulation plus lente
       *[other] Des voitures plus lentes
    }
q-help-rank-bike-lanes = Des pistes cyclables sûres
q-help-rank-walking-bus =
    { $audience ->
        [age-13-17] Trajets en groupe
        [parent] Des pédibus
       *[other] Un pédibus
    }

q-home-area =
    { $audience ->
        [parent] Dans quel quartier habitez-vous ?
       *[other] Dans quel quartier habites-tu ?
    }
q-home-area-hint =
    { $audience ->
        [age-9-12] Ça aide la ville à voir quels quartiers ont le plus besoin de changements.
        [parent] Cela permet de comparer les quartiers. Les résultats ne sont montrés que pour de grands groupes.
       *[other] On le demande pour comparer les quartiers. Les résultats ne sont montrés que pour de grands groupes, jamais pour une personne.
    }

q-idea =
    { $audience ->
        [age-9-12] Que changerais-tu en premier sur ton chemin ou en ville ?
        [parent] Si vous pouviez changer une chose dans les trajets de votre enfant, que choisiriez-vous ?
       *[other] Si tu pouvais changer une chose pour te déplacer en ville, ce serait laquelle ?
    }
q-idea-hint =
    { $audience ->
        [age-9-12] Écris avec tes mots. N'écris le nom de personne.
       *[other] Merci de n'écrire ni nom ni adresse.
    }

area-old-town = Vieille Ville
area-riverside = Les Berges
area-north-hill = Colline Nord
area-station = Quartier de la Gare
area-green-park = Parc Vert
