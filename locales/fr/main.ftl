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

## Administration : agents municipaux, urbanistes et équipes des politiques publiques (langage adulte)

admin-title = Administration de childvoice
admin-nav-consultations = Consultations
admin-nav-people = Membres
admin-nav-audit = Journal d'audit
admin-sign-out = Se déconnecter
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = Veuillez corriger les champs signalés ci-dessous.
admin-saved = Enregistré.

admin-login-title = Connexion
admin-email = Adresse e-mail
admin-password = Mot de passe
admin-login-submit = Se connecter
admin-login-failed = L'adresse e-mail ou le mot de passe est incorrect.
admin-login-forgot = Mot de passe oublié ?
admin-too-many-attempts = Trop de tentatives. Veuillez patienter une minute, puis réessayer.

admin-forgot-title = Réinitialiser votre mot de passe
admin-forgot-intro = Saisissez votre adresse e-mail. Si elle correspond à un compte, nous y enverrons un lien pour choisir un nouveau mot de passe.
admin-forgot-submit = Envoyer le lien
admin-forgot-sent = Si un compte utilise cette adresse, un lien est en route. Il ne fonctionne qu'une seule fois et reste valable 72 heures.

admin-set-password-title = Choisir votre mot de passe
admin-set-password-intro = Choisissez un mot de passe pour { $email }. Utilisez au moins { $min } caractères ; quelques mots sans rapport entre eux font un mot de passe solide.
admin-new-password = Nouveau mot de passe
admin-confirm-password = Répétez le mot de passe
admin-set-password-submit = Enregistrer le mot de passe
admin-password-too-short = Veuillez utiliser au moins { $min } caractères.
admin-password-mismatch = Les deux mots de passe ne sont pas identiques.
admin-link-invalid = Ce lien a expiré ou a déjà été utilisé. Veuillez en demander un nouveau.

admin-consultations-title = Consultations
admin-new-consultation = Nouvelle consultation
admin-none-yet = Il n'y a pas encore de consultation.
admin-col-title = Titre
admin-col-state = État
admin-col-responses = Réponses
admin-col-dates = Dates
admin-col-link = Lien
state-draft = Brouillon
state-open = Ouverte
state-closed = Fermée
state-published = Résultats publiés
state-scheduled = Ouvrira plus tard
state-ended = Date de clôture dépassée
admin-no-date = aucune date fixée
admin-date-range = du { $from } au { $to }

admin-pick-template = Partir d'un modèle
admin-template-questions =
    { $n ->
        [one] { $n } question
       *[other] { $n } questions
    }
admin-template-languages = Langues
admin-template-audiences = Publics
admin-use-template = Utiliser ce modèle

admin-settings-title = Paramètres
admin-field-title = Titre ({ $language })
admin-field-slug = Lien court
admin-field-slug-help = Lettres minuscules, chiffres et tirets. Il figure sur les affiches et dans les codes QR.
admin-field-languages = Langues
admin-field-audiences = Publics
admin-field-areas = Secteurs (quartiers)
admin-field-areas-help = Un par ligne. Les personnes qui répondent peuvent indiquer le secteur où elles habitent ; les résultats peuvent être lus par secteur.
admin-field-opens = Ouverture le
admin-field-closes = Clôture le
admin-field-dates-help = Laissez vide pour ouvrir et fermer la consultation manuellement.
admin-field-k = Plus petit groupe affiché dans les résultats
admin-field-k-help = Tout chiffre qui repose sur moins de personnes que ce nombre est masqué, afin qu'aucun enfant ne puisse être identifié. Au moins 3 ; 10 est recommandé.
admin-field-retention-help = Mois après la publication des résultats. Ensuite, chaque réponse et chaque texte libre sont supprimés ; seuls les comptages restent, donc les chiffres publiés ne changent pas. 0 les supprime dès la publication. 120 au plus.
admin-field-retention = Supprimer les réponses une par une après (mois)
admin-field-help = Texte d'aide pour les enfants ({ $language })
admin-field-help-help = Où un enfant peut trouver de l'aide, par exemple la ligne d'écoute nationale pour enfants de votre pays. Si ce champ reste vide, les enfants sont orientés vers Child Helpline International.
admin-locked-after-launch = Le lien, les langues, les publics et les secteurs ne peuvent plus être modifiés une fois la consultation lancée.
admin-save-draft = Enregistrer comme brouillon
admin-save = Enregistrer
admin-cancel = Annuler
admin-error-slug = Utilisez de 3 à 40 lettres minuscules, chiffres ou tirets, en commençant par une lettre.
admin-error-slug-taken = Ce lien court est déjà utilisé. Veuillez en choisir un autre.
admin-error-languages = Choisissez au moins une langue.
admin-error-audiences = Choisissez au moins un public.
admin-error-title = Le titre est trop long : 120 caractères au maximum.
admin-error-help = Le texte d'aide est trop long : 1000 caractères au maximum.
admin-error-areas = Indiquez les secteurs, un par ligne (200 au maximum). Ce questionnaire pose une question à leur sujet.
admin-error-date = Utilisez une date au format 2027-05-31.
admin-error-dates = La date de clôture est antérieure à la date d'ouverture.
admin-error-k = Utilisez un nombre entier de 3 à 1000.
admin-error-k-lower = Cette consultation a déjà des réponses : son plus petit groupe ne peut plus être réduit.
admin-error-retention = Choisissez un nombre de mois de 0 à 120.
admin-error-channel-name = Donnez au canal un nom de 100 caractères au maximum.

admin-launch = Lancer
admin-launch-help = Le lancement ouvre la consultation aux réponses (à partir de sa date d'ouverture, si elle est fixée).
admin-close = Fermer maintenant
admin-reopen = Rouvrir
admin-edit = Modifier les paramètres
admin-preview = Aperçu
admin-preview-help = Seules les personnes de votre organisation peuvent voir un brouillon.
admin-links = Lien, code QR et affiches
admin-public-link = Lien public
admin-qr-svg = Code QR (SVG)
admin-qr-png = Code QR (PNG)
admin-poster = Affiche ({ $language })
admin-responses = Réponses
admin-responses-total =
    { $n ->
        [one] { $n } réponse au total
       *[other] { $n } réponses au total
    }
admin-channels = Canaux
admin-channels-help = Un canal est un endroit où vous diffusez la consultation : une classe, une affiche à la bibliothèque, une lettre d'information. Chacun a son propre lien court et son propre code QR, ce qui vous permet de voir lesquels fonctionnent. Un canal n'identifie jamais une personne.
admin-channel-name = Nom
admin-channel-code = Code
admin-channel-add = Ajouter un canal
admin-channel-none = Aucun canal pour l'instant.
admin-audience-age-5-8 = Enfants de 5 à 8 ans
admin-audience-age-9-12 = Enfants de 9 à 12 ans
admin-audience-age-13-17 = Jeunes de 13 à 17 ans
admin-audience-parent = Parents et personnes qui s'occupent d'enfants

admin-people-title = Membres
admin-invite = Inviter une personne
admin-role = Rôle
role-owner = Propriétaire
role-editor = Éditeur
role-analyst = Analyste
admin-role-help = Les propriétaires gèrent les membres et les paramètres ; les éditeurs créent et mènent les consultations ; les analystes consultent les résultats et les exports.
admin-language = Langue des e-mails envoyés à cette personne
admin-invite-submit = Envoyer l'invitation
admin-invited = Une invitation a été envoyée à { $email }.
admin-mail-failed = L'e-mail n'a pas pu être envoyé : { $reason }. Rien n'a été perdu ; veuillez vérifier les paramètres d'envoi des e-mails, puis réessayer.
admin-error-email = Veuillez saisir une adresse e-mail valide.
admin-error-email-taken = Un compte existe déjà avec cette adresse.
admin-col-email = E-mail
admin-col-status = Statut
admin-status-active = Compte actif
admin-status-invited = Invitation envoyée

admin-audit-title = Journal d'audit
admin-col-when = Quand
admin-col-who = Qui
admin-col-what = Quoi
audit-consultation-created = a créé la consultation { $detail }
audit-consultation-launched = a lancé { $detail }
audit-consultation-closed = a fermé { $detail }
audit-consultation-reopened = a rouvert { $detail }
audit-settings-changed = a modifié les paramètres de { $detail }
audit-channel-created = a ajouté le canal { $detail }
audit-user-invited = a invité { $detail }
audit-password-set = a défini son mot de passe
audit-password-reset-requested = a demandé la réinitialisation de son mot de passe
audit-user-created = a créé le compte { $detail }
audit-system = (ligne de commande)

error-forbidden-title = Vous ne pouvez pas effectuer cette action
error-forbidden-body = Votre rôle ne permet pas cette action. Adressez-vous à un propriétaire de votre organisation.

poster-call = Donne ton avis ! Scanne le code avec l'appareil photo d'un téléphone.
poster-or-visit = Ou ouvre cette adresse :
poster-free = C'est gratuit et anonyme. Ça prend quelques minutes.

email-invite-subject = Invitation à rejoindre { $org } sur childvoice
email-invite-body = On vous invite à rejoindre { $org } sur childvoice avec le rôle « { $role } ». Ouvrez le lien ci-dessous pour choisir votre mot de passe.
email-invite-action = Choisir mon mot de passe
email-reset-subject = Réinitialiser votre mot de passe childvoice
email-reset-body = Quelqu'un a demandé la réinitialisation du mot de passe de votre compte childvoice. Ouvrez le lien ci-dessous pour en choisir un nouveau.
email-reset-action = Choisir un nouveau mot de passe
email-link-expiry = Le lien ne fonctionne qu'une seule fois et reste valable 72 heures.
email-ignore = Si vous n'attendiez pas cet e-mail, vous pouvez l'ignorer.

## Affluence, refus et indisponibilité (les réponses restent toujours sur la page)

error-busy-title = Beaucoup de réponses arrivent en ce moment
error-busy-body = Merci de réessayer dans une minute.
error-no-reopen-body = Elle a déjà des réponses, et ses chiffres ont pu être lus pendant qu’elle était fermée. De nouvelles réponses montreraient, par comparaison, ce que chaque nouvelle personne a dit. Lancez plutôt une nouvelle consultation à partir du même modèle.
error-no-reopen-title = Cette consultation ne peut pas rouvrir
error-not-yet-body = Le fichier des réponses une par une peut être téléchargé par les propriétaires et les analystes une fois la consultation fermée, jusqu’à la suppression de ses réponses.
error-not-yet-title = Pas disponible pour l’instant
form-busy = Beaucoup de réponses arrivent en ce moment. Merci d’attendre une minute, puis d’appuyer de nouveau sur le bouton. Les réponses sont toujours là.
form-check-again = Merci de vérifier les réponses, puis d’appuyer de nouveau sur le bouton.
form-unavailable = Impossible d’enregistrer les réponses pour le moment. Merci d’attendre une minute, puis d’appuyer de nouveau sur le bouton. Les réponses sont toujours là.
form-honeypot = Laisser ce champ vide

## Codes à usage unique et protection de l'enfance

code-label = Code
code-help = Merci de taper le code inscrit sur la carte. Chaque code permet à une seule personne de répondre, une seule fois.
code-unknown = Ce code n'est pas bon. Merci de le vérifier et de réessayer.
code-used = Ce code a déjà été utilisé. Chaque code ne fonctionne qu'une seule fois.
codes-card-scan = Scanner avec un téléphone, ou ouvrir cette adresse :
thanks-care-title = Merci de nous l'avoir dit
thanks-care-body = Ce que tu as écrit compte. Si quelque chose t'inquiète, ou si quelqu'un te fait du mal, ce n'est pas ta faute. Tu peux trouver de l'aide dès maintenant :

admin-nav-safeguarding = Protection de l'enfance
admin-safeguarding-title = Textes à relire
admin-safeguarding-help = Ces réponses contiennent des mots pouvant indiquer qu'un enfant est en danger. Lisez chacune d'elles et suivez votre procédure de protection de l'enfance. Rien ici ne permet d'identifier l'enfant : les coordonnées ont été supprimées avant tout enregistrement.
admin-safeguarding-none = Aucun texte à relire.
admin-reviewed = Marquer comme relu
admin-reviewed-done = Relu
admin-col-question = Question
admin-col-text = Texte
admin-col-day = Jour
admin-col-lead = Référent protection de l'enfance
admin-make-lead = Désigner comme référent
admin-remove-lead = Retirer
admin-lead-help = Les référents protection de l'enfance sont prévenus par e-mail lorsque les mots d'un enfant doivent être relus, et ont accès à la file de relecture.
admin-field-requires-code = Chaque réponse nécessite un code à usage unique
admin-field-requires-code-help = Distribuez des cartes portant des codes, par exemple une par enfant dans une classe. Chaque code permet d'envoyer une seule et unique réponse, et personne ne peut savoir quel code correspond à quelle réponse.
admin-codes = Codes
admin-codes-count = { $total } codes
admin-codes-used = Utilisés (comptés une fois la consultation fermée)
admin-codes-generate = Générer des codes
admin-codes-how-many = Nombre de codes
admin-codes-print = Imprimer les cartes
admin-error-codes = Choisissez un nombre de 1 à 200.

email-safeguarding-subject = Un texte écrit par un enfant nécessite votre relecture
email-safeguarding-body = Une réponse à une consultation de { $org } contient des mots pouvant indiquer qu'un enfant est en danger. Veuillez vous connecter et la lire dans la file de relecture. Pour protéger l'enfant, le texte ne figure pas dans cet e-mail.
email-safeguarding-action = Ouvrir la file de relecture

## Lecture à voix haute et tablettes partagées

listen = Écouter
kiosk-next = La personne suivante pourra commencer dans quelques secondes.
kiosk-countdown = Retour au début dans { $seconds } secondes.
kiosk-more-time = J’ai besoin de plus de temps
kiosk-start = Personne suivante : recommencer

audit-lead-named = a nommé { $detail } référent protection de l’enfance
audit-lead-removed = a retiré { $detail } des référents protection de l’enfance
audit-codes-created = a créé des codes : { $detail }
audit-organisation-created = a créé l’organisation { $detail }
audit-flag-reviewed = a relu un texte signalé

## Masquage des petits effectifs

admin-suppressed = masqué pour protéger un petit groupe
admin-suppressed-note = Les chiffres qui compteraient moins de { $k } personnes sont remplacés par « moins de { $k } ».
results-perturbed-note = Pour protéger chaque enfant, chaque chiffre est décalé de 2 au plus, toujours de la même façon pour les mêmes personnes. Un tableau peut donc ne pas tomber exactement juste sur son total.
admin-responses-few = Moins de { $k } réponses pour l’instant : les chiffres apparaissent à partir de { $k }.

## Résultats : tableau de bord, exports, textes libres, publication, page publique

results-dashboard = Résultats
results-filters = Afficher les résultats pour
results-filter-all = Tous
results-filter-audience = Qui a répondu
results-filter-language = Langue
results-filter-area = Secteur
results-filter-channel = Canal
results-filter-apply = Afficher
results-filter-clear = Effacer les filtres
results-exports = Exports
results-export-csv = Résultats au format CSV (tableur)
results-export-json = Résultats au format JSON
results-export-responses = Une ligne par réponse (CSV, sans les textes libres)
results-figures-later = Les chiffres apparaissent à la fermeture de la consultation. Tant que des personnes répondent, seul le nombre de réponses est affiché : comparer les chiffres d’un moment à l’autre montrerait ce que la dernière personne a dit.
results-export-responses-later = Le fichier des réponses une par une (rendu anonyme : chaque combinaison de tranche d’âge, langue, quartier et canal est partagée par au moins k lignes) peut être téléchargé par les propriétaires et les analystes une fois la consultation fermée.
results-free-texts = Réponses libres
results-free-texts-help = Ce que les personnes ont écrit avec leurs propres mots. Les coordonnées ont été supprimées avant tout enregistrement. Ces textes sont réservés à votre équipe : ils n’apparaissent jamais sur les pages publiques ni dans les exports.
results-free-texts-none = Aucune réponse libre ici.
results-text-hidden = masqué
results-text-hide = Masquer
results-text-show = Afficher de nouveau
results-texts-search = Chercher des mots
results-texts-no-audience = Les tranches d’âge ne sont pas indiquées ici, car au moins une compte moins de { $k } réponses.
results-texts-pages = Pages de textes
results-texts-first = Première page
results-texts-next = 50 suivants
results-too-few = Moins de { $k } réponses correspondent à ces filtres : rien d’autre n’est donc affiché. Choisissez moins de filtres.
results-total-hidden = Le nombre de réponses est masqué ici, car il permettrait de retrouver un petit groupe.
results-by-audience = Par tranche d’âge
results-by-language = Par langue
results-by-area = Par secteur
results-by-channel = Par canal
results-by-day = Par jour
results-questions = Réponses, question par question
results-no-area = Secteur non indiqué
results-no-channel = Aucun canal (lien direct)
results-no-answer = Pas de réponse
results-fewer-than = moins de { $k }
results-col-answer = Réponse
results-col-count = Personnes
results-col-percent = Part
results-total = Total
results-multiple-help = Plusieurs réponses étaient possibles : la somme des parts dépasse donc 100 %.
results-rank-help = Le nombre indique combien de personnes ont placé cette réponse en premier ; le tableau ci-dessous donne le rang moyen (1 est le meilleur).
results-mean-scale = Moyenne : { $mean } sur { $points }
results-mean = Moyenne : { $mean }
results-mean-place = Rang moyen
results-publication = Dire aux enfants ce qui se passe ensuite
results-publication-help = Une fois la consultation fermée, publiez ses résultats : les enfants voient des graphiques et des phrases simples dans leur langue, votre déclaration sur ce que vous avez entendu et ce que vous allez faire, ainsi que les actualités que vous ajouterez par la suite.
results-public-link = Voir la page publique des résultats
results-publish = Publier les résultats
results-unpublish = Retirer les résultats
results-publish-after-close = Les résultats peuvent être publiés une fois la consultation fermée.
results-statement = Ce que nous avons entendu et ce que nous allons faire
results-expected-on = Date à laquelle les enfants peuvent attendre les résultats
results-updates = Ce qui s’est passé depuis
results-update-date = Date
results-update-text = Ce qui s’est passé
results-update-add = Ajouter cette actualité
results-update-delete = Supprimer
results-expected = Les résultats arriveront le { $date }.
results-public-count =
    { $n ->
        [one] { $n } personne a répondu. Merci !
       *[other] { $n } personnes ont répondu. Merci !
    }
results-public-too-few = Il n’y a pas encore assez de réponses. Si on montrait les résultats maintenant, quelqu’un pourrait être reconnu.
results-public-audience-age-5-8 = Les enfants de 5 à 8 ans ont dit
results-public-audience-age-9-12 = Les enfants de 9 à 12 ans ont dit
results-public-audience-age-13-17 = Les jeunes de 13 à 17 ans ont dit
results-public-audience-parent = Les parents et les personnes qui s’occupent d’enfants ont dit
results-public-most =
    { $audience ->
        [parent] La plupart des parents et des personnes qui s’occupent d’enfants ont choisi : { $answer }
        [age-13-17] La plupart des jeunes de ton âge ont choisi : { $answer }
       *[other] La plupart des enfants de ton âge ont choisi : { $answer }
    }
results-back = Retour à l’accueil
email-close-subject = Consultation fermée : { $title }
email-close-body = La consultation « { $title } » est fermée. Voici un premier aperçu de ce que les personnes ont répondu.
email-close-top = Réponses les plus choisies :
email-close-action = Ouvrir le tableau de bord des résultats
audit-results-published = a publié les résultats de { $detail }
audit-results-unpublished = a retiré les résultats de { $detail }
audit-results-exported = a exporté des résultats ({ $detail })
audit-text-hidden = a masqué une réponse libre
audit-text-shown = a de nouveau affiché une réponse libre
audit-statement-changed = a modifié la déclaration de { $detail }
audit-update-added = a ajouté une actualité datée du { $detail }
audit-update-deleted = a supprimé une actualité

## Jetons d’API

admin-nav-api = API
admin-nav-languages = Langues
admin-languages-title = Langues
admin-languages-help = Où en est chaque langue. Les traductions se font dans les fichiers Fluent (locales/LANG/main.ftl pour l’interface, surveys/TEMPLATE/LANG.ftl pour un modèle) ; Pontoon et Weblate les lisent. Une nouvelle langue est un dossier dans CHILDVOICE_LOCALES_DIR.
admin-languages-interface = Interface
admin-languages-language = Langue
admin-languages-translated = Textes traduits
admin-languages-progress = Avancement
api-title = Jetons d’API
api-help = Les jetons permettent aux tableaux de bord de votre ville et à votre portail de données ouvertes de lire les résultats agrégés via l’API JSON, avec la même protection des petits groupes que partout ailleurs. Traitez un jeton comme un mot de passe.
api-docs = L’API est décrite au format OpenAPI à l’adresse
api-token-name = Nom (à quoi sert le jeton)
api-token-create = Créer un jeton
api-token-created = Votre nouveau jeton. Copiez-le maintenant : il ne sera plus affiché.
api-tokens-none = Aucun jeton pour l’instant.
api-col-name = Nom
api-col-created = Créé le
api-col-state = État
api-token-active = actif
api-token-revoked = révoqué le { $date }
api-token-revoke = Révoquer
audit-api-token-created = a créé le jeton d’API { $detail }
audit-api-token-revoked = a révoqué le jeton d’API { $detail }

## Cartes : ensembles de secteurs, questions sur une carte et cartes des résultats
map-north = N
map-metres = { $n } m
map-km = { $n } km
map-legend-none = aucun
form-map-alt-area = Carte de la ville. Appuyer sur le quartier voulu.
form-map-alt-place = Carte de la ville. Appuyer sur un endroit pour le marquer.
form-map-help-area =
    { $audience ->
        [age-5-8] Touche la carte, ou choisis un nom ci-dessous.
       *[other] Appuyer sur la carte, ou choisir dans la liste ci-dessous. Les deux donnent la même réponse.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] Touche la carte là où c’est.
       *[other] Appuyer sur la carte pour marquer un endroit. Nous ne gardons qu’une zone approximative, jamais l’endroit exact.
    }
form-map-outside = Cet endroit est en dehors des secteurs de la carte. Merci d’appuyer à l’intérieur de la ville.
form-place-full = Le nombre maximum d’endroits est atteint. Merci d’en décocher un pour en marquer un autre.
form-place-none =
    { $audience ->
        [age-5-8] Rien n’est marqué pour l’instant.
       *[other] Aucun endroit marqué pour l’instant.
    }
form-place-by-list = Ou ajouter un quartier à partir de la liste
form-place-add = Ajouter
form-place-max = On peut marquer jusqu’à { $max } endroits. Décocher un endroit pour le retirer.
form-place-marked = Endroit { $n }, dans le quartier { $area }
form-place-marked-plain = Endroit { $n }
results-place-help = Les endroits sont comptés par case de la carte. Une case qui compte moins de personnes que le plus petit groupe affiché est hachurée.
results-export-geojson = Comptages par secteur et par case de la carte (GeoJSON, pour QGIS ou ArcGIS)
admin-nav-areas = Secteurs et cartes
admin-areas-title = Secteurs et cartes
admin-areas-intro = Importez vos arrondissements, quartiers ou secteurs scolaires au format GeoJSON. Une consultation peut en reprendre les secteurs. Les personnes peuvent alors répondre sur une carte, et les résultats s’affichent sur une carte.
admin-areas-none = Aucun ensemble de secteurs pour l’instant.
admin-areas-col-title = Titre
admin-areas-col-version = Version
admin-areas-col-areas = Secteurs
admin-areas-col-uploaded = Importé le
admin-areas-upload = Importer un ensemble de secteurs
admin-areas-rejected = Le fichier n’a pas été enregistré. Veuillez corriger ces problèmes, puis l’importer de nouveau :
admin-areas-file = Fichier GeoJSON
admin-areas-file-help = Une FeatureCollection d’entités Polygon ou MultiPolygon en longitude et latitude WGS84, avec au plus { $max } secteurs et 5 Mo. Noms par langue comme dans OpenStreetMap : name, name:fr, name:ar.
admin-areas-slug-help = Importez de nouveau avec le même identifiant court pour créer une nouvelle version. Les consultations gardent la version qui leur a été attribuée.
admin-areas-name-property = Propriété contenant les noms
admin-areas-name-property-help = En général « name ». Les traductions sont lues dans la même propriété suivie de « : » et de la langue, par exemple name:fr.
admin-areas-upload-button = Importer
admin-areas-version = version { $n }
admin-areas-summary =
    { $n ->
        [one] { $n } secteur.
       *[other] { $n } secteurs.
    }
admin-areas-map-alt = Carte des secteurs de cet ensemble
admin-areas-download = Télécharger au format GeoJSON
admin-areas-names = Noms des secteurs
admin-areas-name = Nom
admin-areas-error-file = Choisissez un fichier GeoJSON à importer.
admin-areas-error-utf8 = Le fichier n’est pas du texte en UTF-8. Enregistrez-le au format GeoJSON, puis réessayez.
admin-areas-default-title = Secteurs
admin-field-area-set = Ensemble de secteurs pour les cartes
admin-field-area-set-none = Aucun : utiliser la liste des secteurs ci-dessus
admin-field-area-set-help = Avec un ensemble de secteurs, ses secteurs remplacent la liste ci-dessus, et les questions sur des endroits sont posées sur une carte.
admin-error-area-set = Choisissez l’un des ensembles de secteurs de votre organisation.
admin-field-grid = Cases de la carte pour les endroits marqués
admin-field-grid-hex = Hexagones
admin-field-grid-square = Carrés
admin-field-grid-metres = Taille en mètres (au moins 100)
admin-field-grid-help = Un endroit marqué n’est enregistré que sous la forme de la case où il se trouve, jamais comme un point exact. Des cases plus grandes protègent mieux les enfants.
admin-error-grid = La taille doit être un nombre entier de mètres, de 100 à 5000.
admin-area-set-choice = { $title } (version { $version }, { $areas } secteurs)
audit-area-set-uploaded = a importé l’ensemble de secteurs { $detail }
geo-feature-named = Entité { $n } ({ $name }) : { $problem }
geo-feature = Entité { $n } : { $problem }
geo-ring-outer = l’anneau extérieur
geo-ring-hole = le trou { $hole }
geo-ring-polygon-outer = l’anneau extérieur du polygone { $polygon }
geo-ring-polygon-hole = le trou { $hole } du polygone { $polygon }
geo-too-large = Le fichier dépasse { $max } Mo.
geo-not-json = Ce n’est pas du JSON (ligne { $line }, colonne { $column }). Enregistrez le fichier au format GeoJSON.
geo-not-collection = Ce n’est pas une FeatureCollection GeoJSON.
geo-not-wgs84 = Le fichier déclare le système de coordonnées { $crs }. Les coordonnées doivent être en longitude et latitude WGS84 : reprojetez-le, par exemple avec ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = La FeatureCollection n’a pas de liste d’entités.
geo-no-features = La FeatureCollection ne contient aucune entité.
geo-too-many-features = Le fichier contient { $n } entités. Un ensemble de secteurs en compte au plus { $max } : regroupez les petits secteurs, ou importez des arrondissements plutôt que des îlots.
geo-too-many-positions = Le fichier contient { $n } positions, pour { $max } au maximum. Simplifiez-le d’abord.
geo-too-wide = Les secteurs s’étendent sur { $width } × { $height } km. Un ensemble de secteurs correspond à une seule ville ou région, de { $max } km de large au plus.
geo-not-a-feature = Ce n’est pas une Feature GeoJSON.
geo-no-name = Il manque la propriété « { $property } » qui lui donne son nom.
geo-no-id = Pas d’identifiant utilisable : donnez-lui une propriété « id » faite de lettres minuscules, de chiffres et de « - ».
geo-id-taken = Son identifiant « { $id } » est déjà utilisé par une autre entité. Donnez à chaque entité sa propre propriété « id ».
geo-no-geometry = Il manque la géométrie.
geo-no-geometry-type = Sa géométrie n’a pas de type.
geo-not-an-area = Sa géométrie est de type { $type }. Seules les entités Polygon et MultiPolygon peuvent servir de secteurs.
geo-no-polygons = C’est un MultiPolygon sans aucun polygone.
geo-no-rings = { $ring } est absent : le polygone n’a aucun anneau.
geo-not-positions = { $ring } n’est pas une liste de positions.
geo-bad-position = { $ring }, position { $position } : on attend [longitude, latitude].
geo-out-of-range = { $ring }, position { $position } : [{ $lon }, { $lat }] n’est pas une longitude comprise entre -180 et 180 suivie d’une latitude comprise entre -90 et 90.
geo-projected = { $ring }, position { $position } : [{ $lon }, { $lat }] ressemble à des mètres en projection, pas à une longitude et une latitude. Reprojetez en WGS84, par exemple avec ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = { $ring } a trop peu de positions ({ $n }) : un anneau en demande au moins 4.
geo-not-closed = { $ring } n’est pas fermé : sa dernière position doit répéter la première.
geo-self-intersection = { $ring } se croise lui-même (auto-intersection).
geo-hole-outside = { $ring } se trouve en dehors de l’anneau extérieur.
geo-rings-cross = { $ring } croise un autre anneau du même polygone.
geo-polygons-overlap = Les polygones { $polygon } et { $other } de cette entité se chevauchent ou ont un côté en commun.

## Réseaux de villes : banque d’indicateurs, tableau de bord du réseau, bibliothèque, partage et données ouvertes.
admin-nav-networks = Réseaux
indicator-cfc-safe-journey = En sécurité sur le trajet
indicator-cfc-safe-journey-definition = Part des enfants et des parents qui se sentent bien ou en sécurité sur le chemin de l’école et dans la ville : le point le plus haut de l’échelle à trois smileys pour les 5-8 ans, les deux points les plus hauts de l’échelle à cinq points pour les autres.
indicator-cfc-independent-mobility = Se déplacer sans adulte
indicator-cfc-independent-mobility-definition = Part des enfants de 9 ans et plus (et des parents, au sujet de leur enfant) qui déclarent que l’enfant a le droit et la capacité de se déplacer en ville sans adulte.
indicator-cfc-plays-outside = Joue dehors la plupart des jours
indicator-cfc-plays-outside-definition = Part des enfants et des parents qui déclarent que l’enfant joue ou retrouve des amis dehors la plupart des jours.
indicator-cfc-safe-outside = En sécurité dehors
indicator-cfc-safe-outside-definition = Part des enfants et des parents qui se sentent en sécurité là où les enfants jouent dehors : le point le plus haut de l’échelle à trois smileys pour les 5-8 ans, les deux points les plus hauts de l’échelle à cinq points pour les autres.
indicator-cfc-place-to-play = Un lieu de jeu gratuit à proximité
indicator-cfc-place-to-play-definition = Part des enfants de 9 ans et plus (et des parents) qui déclarent qu’il existe près de chez eux un lieu où les enfants peuvent jouer ou se retrouver gratuitement.
indicator-cfc-heard-by-city = Écoutés par la ville
indicator-cfc-heard-by-city-definition = Part des enfants de 9 ans et plus (et des parents) qui estiment que la ville écoute les enfants : les deux points les plus hauts de l’échelle à cinq points.
network-title = Réseaux
network-help = Les réseaux de villes partagent des indicateurs, des questionnaires et ce que les villes ont fait de ce que les enfants ont dit. Votre organisation rejoint un réseau lorsque celui-ci l’invite et qu’un propriétaire de votre organisation accepte.
network-hosted = Le réseau que vous animez
network-memberships = Les réseaux de votre organisation
network-memberships-none = Votre organisation ne fait encore partie d’aucun réseau.
network-member-since = membre depuis le { $date }
network-invited = { $network } invite votre organisation à rejoindre le réseau.
network-accept = Accepter l’invitation
network-accept-owner = Un propriétaire de votre organisation peut l’accepter.
network-library = Bibliothèque de modèles
network-public-page = Page publique
network-dashboard-help = Indicateurs des villes membres, issus des consultations que chaque ville a choisi de partager une fois fermées. Chaque valeur provient de chiffres que la ville a déjà publiés ; les petits groupes restent masqués.
network-links = Pages et téléchargements du réseau
network-download-csv = Indicateurs (CSV)
network-download-json = Indicateurs (JSON)
network-download-package = Paquet de données ouvertes des indicateurs publiés
network-indicators = Indicateurs
network-indicator = Indicateur
network-show = Afficher
network-no-values = Aucune ville membre n’a encore partagé de consultation qui mesure cet indicateur pour ce groupe.
network-trend = Chaque ville au fil de ses vagues
network-latest = Les villes côte à côte, dernière vague
network-values = Valeurs avec leurs intervalles à 95 %
network-col-city = Ville
network-col-wave = Vague (fermée le)
network-col-share = Part
network-col-interval = Intervalle à 95 %
network-col-counts = Réponses comptées / toutes les réponses
network-no-answers = aucune réponse
network-method = Méthode : chaque valeur est la part des réponses à une question qui comptent pour l’indicateur, pour un groupe dans une consultation, datée par sa clôture. Elle est calculée uniquement à partir des chiffres publiés par la ville. Si l’un des chiffres nécessaires indique « moins de k », aucune valeur n’est donnée. L’intervalle est l’intervalle de score de Wilson à 95 %.
network-members = Villes membres
network-members-none = Aucune organisation n’a encore été invitée.
network-col-member = Organisation
network-col-invited = Invitée le
network-col-joined = Membre depuis le
network-pending = invitation en attente
network-invite-label = Inviter une organisation
network-invite-help = Son identifiant court (slug), tel que son propriétaire peut le lire sur les pages de son organisation, par exemple riverton.
network-invite = Envoyer l’invitation
network-error-no-organisation = Aucune organisation n’a cet identifiant.
network-error-invited = Cette organisation est déjà invitée ou membre.
network-library-title = Bibliothèque de modèles de { $network }
network-library-help = Questionnaires que les villes membres ont publiés pour que d’autres les réutilisent. Une copie devient une nouvelle consultation en brouillon de votre organisation, avec mention de la ville d’origine.
network-library-empty = Aucun modèle n’a encore été publié.
network-col-template = Modèle
network-col-version = Version
network-col-published = Publié le
network-copy = Copier
network-copy-label = Copier { $template } dans une nouvelle consultation en brouillon
network-publish = Publier un modèle
network-publish-label = Le questionnaire de
network-publish-help = Le modèle, tel que cette consultation l’utilise et dans toutes ses langues, est publié comme version suivante. Vos propres formulations l’accompagnent ; les réponses, jamais.
network-publish-button = Publier dans le réseau
network-published = Publié comme version { $version }.
network-copied-from = Modèle copié depuis { $source }.
network-sharing = Réseaux
network-sharing-help = Une consultation partagée ne donne au réseau que ses chiffres publiés, et seulement une fois fermée : jamais de texte libre, de réponse individuelle ni rien en dessous de k. La page publique du réseau la présente dès que ses résultats sont publiés.
network-shared = partagée
network-not-shared = non partagée
network-share = Partager avec { $network }
network-unshare = Ne plus partager avec { $network }
network-public-lead = Ce que les enfants et les familles ont dit aux villes membres, et ce que chaque ville a dit qu’elle ferait.
network-public-members =
    { $n ->
        [one] { $n } ville membre
       *[other] { $n } villes membres
    }
network-public-none = Aucun membre n’a encore publié de résultats partagés.
network-public-closed = Réponses recueillies jusqu’au { $date }.
network-public-shown-in = Langue d’affichage : { $language }. La ville n’a pas écrit ce texte dans la langue choisie.
network-public-results = Tous les résultats
network-public-data = Données ouvertes
network-public-languages = Langues
results-open-data = Télécharger ces résultats en données ouvertes (un Frictionless Data Package de fichiers CSV)
audit-other-organisation = quelqu’un d’une autre organisation
audit-network-created = a créé le réseau { $detail }
audit-network-member-invited = a invité { $detail } à rejoindre le réseau
audit-network-invitation-received = a reçu une invitation à rejoindre le réseau { $detail }
audit-network-joined = a rejoint le réseau { $detail }
audit-network-member-accepted = un membre a accepté l’invitation : { $detail }
audit-network-indicators-exported = a exporté les indicateurs du réseau ({ $detail })
audit-template-published-to-network = a publié un modèle dans un réseau : { $detail }
audit-network-template-published = un membre a publié un modèle dans la bibliothèque : { $detail }
audit-template-copied-from-network = a copié un modèle depuis la bibliothèque d’un réseau : { $detail }
audit-consultation-shared-with-network = a partagé une consultation avec un réseau : { $detail }
audit-consultation-unshared-from-network = a cessé de partager une consultation avec un réseau : { $detail }
assent-skip-except =
    { $n ->
        [one] On peut passer toutes les questions, sauf celle-ci, à laquelle il faut répondre : { $questions }
       *[other] On peut passer toutes les questions, sauf ces { $n }, auxquelles il faut répondre : { $questions }
    }
form-exclusive = « { $option } » se choisit seul, sans autre réponse.
error-exclusive = « { $option } » ne peut pas être choisi avec d'autres réponses. On peut le choisir seul, ou le décocher.
xlsform-other = Autre
xlsform-other-say = Merci de préciser.
admin-template-xlsform = Télécharger en XLSForm (.xlsx)
admin-template-folder = Télécharger le dossier du modèle (.zip)
admin-nav-templates = Modèles
admin-templates-title = Les modèles de votre organisation
admin-templates-intro = Questionnaires importés par votre organisation. Chaque importation crée une nouvelle version ; une consultation garde la version à partir de laquelle elle a été créée.
admin-templates-shipped = Les modèles fournis avec childvoice se trouvent sur la page de nouvelle consultation.
admin-templates-none = Votre organisation n’a pas encore de modèle qui lui soit propre.
admin-templates-col-title = Modèle
admin-templates-col-source = Origine
admin-templates-use-label = Créer une consultation en brouillon à partir de { $template }
admin-templates-import = Importer un XLSForm ou un dossier de modèle
admin-templates-file = Classeur XLSForm (.xlsx) ou dossier de modèle (.zip)
admin-templates-file-help = Un XLSForm de KoboToolbox, ODK ou SurveyCTO, avec les feuilles survey, choices et settings, ou un dossier de modèle tel qu’on le télécharge ici (survey.toml, un fichier .ftl par langue, images). Tout ce que childvoice ne peut pas demander est listé avec sa place, et rien n’est enregistré tant que tout n’est pas corrigé.
admin-templates-import-button = Importer
admin-templates-rejected =
    { $n ->
        [one] Le classeur n’a pas été importé : corrigez ce problème, puis réessayez.
       *[other] Le classeur n’a pas été importé : corrigez ces { $n } problèmes, puis réessayez.
    }
admin-templates-imported = Modèle importé : { $template }, version { $version }.
audit-template-imported = a importé le modèle { $detail }
audit-template-created = a créé le modèle { $detail }
admin-templates-texts-title = Textes ({ $language })
admin-templates-languages = Langues et part des textes déjà écrits dans chacune
admin-templates-problems =
    { $n ->
        [one] Cette version comporte un problème ; elle peut être enregistrée, mais aucune consultation ne peut être créée à partir d’elle tant qu’il n’est pas corrigé :
       *[other] Cette version comporte { $n } problèmes ; elle peut être enregistrée, mais aucune consultation ne peut être créée à partir d’elle tant qu’ils ne sont pas corrigés :
    }
admin-templates-everyone = Pour tous les publics
admin-templates-for = Pour le public : { $audience }
admin-templates-save = Enregistrer comme nouvelle version
admin-templates-new = Créer un nouveau modèle
admin-templates-new-help = Il commence par une question ; ajoutez les autres sur sa page de questions, puis écrivez leurs textes.
admin-templates-new-button = Créer le modèle
admin-templates-id = Identifiant du modèle
admin-templates-id-help = Lettres minuscules, chiffres et tirets. Laissé vide, il est tiré du titre.
admin-templates-default-language = Langue dans laquelle il est d’abord écrit
admin-templates-areas = Quartiers (identifiants)
admin-templates-areas-help = Un par ligne, par exemple quartier-nord. Leurs noms s’écrivent sur la page des textes.
admin-templates-settings = Langues et publics
admin-templates-settings-title = Langues et publics de { $template }
admin-templates-settings-help = Une langue ajoutée commence sans textes : traduisez-la sur la page des textes. Un public retiré quitte toutes les questions. Enregistrer crée une nouvelle version.
admin-templates-save-settings = Enregistrer comme nouvelle version
admin-templates-diff = Modifications
admin-templates-diff-title = Modifications de la version { $version }
admin-templates-diff-first = C’est la première version.
admin-templates-diff-none = Rien n’a changé par rapport à la version précédente.
admin-templates-edit-texts = Modifier les textes
admin-templates-copy = Copier un modèle fourni avec childvoice
admin-templates-copy-label = Modèle à copier dans votre bibliothèque, pour en adapter les textes
admin-templates-copy-button = Copier
audit-template-copied = a copié un modèle fourni avec childvoice : { $detail }
audit-template-edited = a modifié les textes d’un modèle : { $detail }
admin-editor-questions = Modifier les questions
admin-editor-title = Questions de { $template }
admin-editor-id = Identifiant de la nouvelle question
admin-editor-id-help = Lettres minuscules (a-z), chiffres et « - », en commençant par une lettre ; il ne pourra plus être modifié. Rédigez ensuite ses textes sur la page des textes.
admin-editor-kind = Type
admin-editor-kind-single = Une seule réponse
admin-editor-kind-multiple = Plusieurs réponses
admin-editor-kind-scale = Smileys (3 pour les 5-8 ans, 5 pour les autres)
admin-editor-kind-text = Texte libre
admin-editor-kind-number = Nombre entier
admin-editor-kind-area = Secteur (quartier)
admin-editor-kind-rank = Classement
admin-editor-kind-place = Endroits sur la carte
admin-editor-kind-note = Texte à lire, sans réponse
admin-editor-kind-grid = Grille : plusieurs affirmations, une seule échelle
admin-editor-options = Identifiants des réponses, un par ligne
admin-editor-options-help = Laissez vide lorsqu’une liste partagée fournit les réponses, ou lorsque le type n’en comporte pas.
admin-editor-list = Liste de réponses partagée
admin-editor-statements = Affirmations d’une grille (identifiants), une par ligne
admin-editor-required = Une réponse est obligatoire (jamais pour les 5-8 ans)
admin-editor-new-page = Commence un nouvel écran
admin-editor-show-if = Ne poser que si cette question précédente…
admin-editor-any-of = …a reçu pour réponse l’un de ces identifiants (séparés par des espaces)
admin-editor-join = Quand il y a plusieurs conditions
admin-editor-join-all = toutes doivent être remplies
admin-editor-join-any = une seule suffit
admin-editor-validated-wording = Instrument standardisé : sa formulation ne peut pas changer (une phrase longue pour les 13-17 ans et les parents est un avertissement, pas une erreur)
admin-editor-min = Plus petit nombre
admin-editor-max = Plus grand nombre, ou nombre maximal de réponses ou d’endroits
admin-editor-exclusive = Réponses qui se choisissent seules (identifiants, séparés par des espaces)
admin-editor-other = Réponse qui ouvre « Autre, merci de préciser » (son identifiant)
admin-editor-indicator = Indicateur mesuré
admin-editor-add = Ajouter la question
admin-editor-up = Monter
admin-editor-down = Descendre
admin-editor-delete = Supprimer
admin-editor-edit = Modifier
admin-editor-pictures = Images pour les enfants de 5 à 8 ans
admin-editor-pictures-help = Les jeunes enfants choisissent d’après une image. Un dessin au format SVG (léger et simple, sans script), ou une photo ou un dessin au format PNG, JPEG ou WebP, qui est réduit et débarrassé de ce que le fichier indique sur le lieu et le moment de la prise de vue.
admin-editor-picture-has = a une image ; importez-en une autre pour la remplacer
admin-editor-picture-none = pas encore d’image
admin-editor-picture-upload = Importer l’image
admin-templates-pictures-needed = Avant qu’une consultation parte de ce modèle, importez sur la page des questions les images pour les enfants de 5-8 ans pour : { $options }.
admin-templates-stale = Ceci est la version { $version } et la version { $newest } est plus récente : rien n’a été enregistré, pour ne rien perdre de ce qui a été enregistré depuis. Ouvrez la version la plus récente et faites-y la modification.
admin-editor-preview = Aperçu en tant que
form-preview = Ceci est un aperçu : les boutons font seulement passer d’un écran à l’autre, et rien n’est envoyé.
form-preview-back = Retour à l’éditeur
