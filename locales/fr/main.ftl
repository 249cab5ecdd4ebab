# Textes de l'interface de childvoice — français (mêmes clés que en/main.ftl).
# `$audience` : age-5-8, age-9-12, age-13-17 ou parent.
# « tu » pour les enfants et les jeunes, « vous » pour les parents ;
# tournures neutres (infinitif, « merci de… ») pour les textes vus par tous.

language-name = Français
site-name = Je donne mon avis
skip-link = Aller au contenu principal

home-title = Ma ville, mon avis
home-intro = La ville veut écouter enfants, jeunes et familles.
home-open = En ce moment
home-none = Il n'y a pas d'enquête en ce moment. À bientôt !

choose-language = Choisir la langue
who-are-you = Qui répond aux questions ?
audience-age-5-8 = J'ai entre 5 et 8 ans
audience-age-9-12 = J'ai entre 9 et 12 ans
audience-age-13-17 = J'ai entre 13 et 17 ans
audience-parent = Je suis parent ou je m'occupe d'un enfant

assent-title =
    { $audience ->
        [age-5-8] Avant de commencer
       *[other] Avant de commencer
    }
assent-what = De quoi ça parle ?
assent-anonymous =
    { $audience ->
        [age-5-8] Nous ne te demandons pas ton nom.
        [parent] C'est anonyme : nous ne vous demandons ni votre nom, ni votre e-mail, ni votre adresse, et nous n'enregistrons pas votre adresse IP.
       *[other] Nous ne te demandons pas ton nom. Personne ne peut savoir quelles réponses viennent de toi.
    }
assent-skip =
    { $audience ->
        [age-5-8] Tu réponds seulement si tu veux.
        [parent] Toutes les questions sont facultatives, sauf indication contraire.
       *[other] Tu n'as pas à répondre à toutes les questions. Tu peux passer celles que tu veux.
    }
assent-stop =
    { $audience ->
        [age-5-8] Tu peux arrêter quand tu veux.
        [parent] Vous pouvez arrêter à tout moment ; rien n'est envoyé avant la dernière page.
       *[other] Tu peux arrêter quand tu veux. Rien n'est envoyé avant que tu appuies sur « Envoyer mes réponses ».
    }
assent-results = Quand aura-t-on des nouvelles ?
assent-start =
    { $audience ->
        [age-5-8] C'est parti !
       *[other] Commencer
    }
assent-not-now = Non merci

form-progress = Étape { $current } sur { $total }
form-next = Suivant
form-back = Retour
form-send = Envoyer mes réponses
form-stop = Arrêter (rien n'est envoyé)
form-optional = Cette question n'est pas obligatoire.
form-required = Obligatoire
form-choose-many = On peut en choisir plusieurs.
form-choose-up-to = On peut en choisir jusqu'à { $max }.
form-rank-help = Mettre 1 pour le plus important, puis 2, puis 3. Certains peuvent rester sans numéro.
form-rank-none = –
form-number-help = Un nombre de { $min } à { $max }.
form-text-help = Merci de n'écrire ni nom, ni téléphone, ni adresse.
form-errors =
    { $audience ->
        [age-5-8] Regarde encore une fois, s'il te plaît.
       *[other] Merci de vérifier les réponses signalées ci-dessous. Les autres réponses sont conservées.
    }
form-token-renewed = Cette page est restée ouverte longtemps. Merci de vérifier puis d'appuyer encore sur le bouton.
form-area-help = Choisir le quartier.

scale-3-1 = Pas bien
scale-3-2 = Ça va
scale-3-3 = Bien
scale-5-1 = Très mal
scale-5-2 = Mal
scale-5-3 = Ni bien ni mal
scale-5-4 = Bien
scale-5-5 = Très bien

error-required = Merci de répondre à cette question.
error-not-an-option = Merci de choisir une des réponses proposées.
error-too-many = Merci d'en choisir { $max } au maximum.
error-not-a-number = Merci d'écrire un nombre en chiffres, par exemple 12.
error-out-of-range = Merci d'écrire un nombre de { $min } à { $max }.
error-too-long = Merci de raccourcir ce texte : { $max } caractères au maximum.
error-duplicate-rank = Merci d'utiliser chaque numéro une seule fois.

thanks-title =
    { $audience ->
        [age-5-8] Merci !
       *[other] Merci d'avoir répondu
    }
thanks-body =
    { $audience ->
        [age-5-8] Nous avons bien reçu tes réponses. Elles aident à améliorer ta ville.
        [parent] Vos réponses ont bien été reçues. Elles aideront la ville à prendre ses décisions.
       *[other] Nous avons bien reçu tes réponses. Elles aideront à décider ce que la ville fera ensuite.
    }
thanks-next = Et maintenant ?
thanks-results-link = Voir ce qu'on nous a dit
thanks-again = Retour à l'accueil

help-title = Besoin de parler à quelqu'un ?
help-default = Si quelque chose t'inquiète, parles-en à un adulte de confiance. Tu peux aussi appeler une ligne d'écoute gratuite pour enfants. Trouve celle de ton pays sur childhelplineinternational.org.

results-title = Ce qu'on nous a dit
results-not-yet = Les résultats ne sont pas encore prêts.

closed-title = Cette enquête est terminée
closed-body = Merci d'avoir voulu participer. Il n'est plus possible d'y répondre.
not-open-title = Cette enquête n'est pas encore ouverte
not-open-body = Merci de revenir quand elle sera ouverte.

error-not-found-title = Nous ne trouvons pas cette page
error-not-found-body = Merci de vérifier le lien, ou de revenir à l'accueil.
error-bad-request-title = Il y a eu un problème avec l'envoi
error-bad-request-body = Merci de revenir en arrière et de réessayer.
error-too-large-title = C'était trop à envoyer en une seule fois
error-too-large-body = Merci de raccourcir les réponses et de réessayer.
error-server-title = Désolés, il y a eu un problème de notre côté
error-server-body = Merci de réessayer dans une minute.
error-unavailable-title = Il y a beaucoup de monde en ce moment
error-unavailable-body = Merci de réessayer dans une minute. Les réponses sont toujours sur cette page.
back-to-start = Retour à l'accueil
