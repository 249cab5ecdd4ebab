# Textos de la interfaz de childvoice — español (las mismas claves que en/main.ftl).
# `$audience`: age-5-8, age-9-12, age-13-17 o parent.
# «tú» para niños, niñas y jóvenes; «usted» para madres y padres;
# formas impersonales («se puede…», «hay que…») en los textos que ven todos.

language-name = Español
site-name = Mi voz cuenta
skip-link = Ir al contenido principal

home-title = Mi ciudad, mi opinión
home-intro = La ciudad quiere escuchar a niños, niñas, jóvenes y familias.
home-open = En curso
home-none = Ahora no hay ninguna encuesta abierta. ¡Hasta pronto!

choose-language = Elegir idioma
who-are-you = ¿Quién responde a las preguntas?
audience-age-5-8 = Tengo entre 5 y 8 años
audience-age-9-12 = Tengo entre 9 y 12 años
audience-age-13-17 = Tengo entre 13 y 17 años
audience-parent = Soy madre, padre o persona cuidadora

assent-title =
    { $audience ->
        [age-5-8] Antes de empezar
       *[other] Antes de empezar
    }
assent-what = ¿De qué se trata?
assent-anonymous =
    { $audience ->
        [age-5-8] No te preguntamos tu nombre.
        [parent] Es anónimo: no le pedimos su nombre, correo electrónico ni dirección, y no registramos su dirección IP.
       *[other] No te preguntamos tu nombre. Nadie puede saber qué respuestas son tuyas.
    }
assent-skip =
    { $audience ->
        [age-5-8] No tienes que responder si no quieres.
        [parent] Todas las preguntas son opcionales, salvo que se indique lo contrario.
       *[other] No tienes que responder a todas las preguntas. Puedes saltarte las que quieras.
    }
assent-stop =
    { $audience ->
        [age-5-8] Puedes parar cuando quieras.
        [parent] Puede parar en cualquier momento; no se envía nada hasta la última página.
       *[other] Puedes parar cuando quieras. No se envía nada hasta que pulses «Enviar mis respuestas».
    }
assent-results = ¿Cuándo habrá noticias?
assent-start =
    { $audience ->
        [age-5-8] ¡Empezamos!
       *[other] Empezar
    }
assent-not-now = No, gracias

form-progress = Paso { $current } de { $total }
form-next = Siguiente
form-back = Atrás
form-send = Enviar mis respuestas
form-stop = Parar (no se envía nada)
form-optional = Esta pregunta no es obligatoria.
form-required = Obligatoria
form-choose-many = Se puede elegir más de una.
form-choose-up-to = Se pueden elegir hasta { $max }.
form-rank-help = Ordenar con números: 1 para lo más importante, luego 2 y luego 3. Se pueden dejar opciones sin número.
form-rank-none = –
form-number-help = Un número entre { $min } y { $max }.
form-text-help = Por favor, sin nombres, teléfonos ni direcciones.
form-errors =
    { $audience ->
        [age-5-8] Mira esto otra vez, por favor.
       *[other] Hay que revisar las respuestas marcadas abajo. Las demás respuestas se han guardado.
    }
form-token-renewed = Esta página estuvo abierta mucho tiempo. Hay que revisar todo y volver a pulsar el botón.
form-area-help = Elegir el barrio.

scale-3-1 = Mal
scale-3-2 = Más o menos
scale-3-3 = Bien
scale-5-1 = Muy mal
scale-5-2 = Mal
scale-5-3 = Regular
scale-5-4 = Bien
scale-5-5 = Muy bien

error-required = Falta responder a esta pregunta.
error-not-an-option = Hay que elegir una de las respuestas que aparecen.
error-too-many = Se pueden elegir { $max } como máximo.
error-not-a-number = Hay que escribir el número con cifras, como 12.
error-out-of-range = Hay que escribir un número entre { $min } y { $max }.
error-too-long = Este texto es demasiado largo: como máximo { $max } caracteres.
error-duplicate-rank = Cada número se puede usar solo una vez.

thanks-title =
    { $audience ->
        [age-5-8] ¡Gracias!
       *[other] Gracias por responder
    }
thanks-body =
    { $audience ->
        [age-5-8] Ya tenemos tus respuestas. Ayudan a mejorar tu ciudad.
        [parent] Hemos recibido sus respuestas. Ayudarán a la ciudad a decidir qué hacer.
       *[other] Ya tenemos tus respuestas. Ayudarán a decidir qué hará la ciudad a continuación.
    }
thanks-next = ¿Y ahora qué?
thanks-results-link = Ver lo que nos contaron
thanks-again = Volver al inicio

help-title = ¿Necesitas hablar con alguien?
help-default = Si algo te preocupa, habla con una persona adulta de confianza. También puedes llamar gratis a una línea de ayuda infantil. Busca la de tu país en childhelplineinternational.org.

results-title = Lo que nos contaron
results-not-yet = Los resultados todavía no están listos.

closed-title = Esta encuesta ya está cerrada
closed-body = Gracias por querer participar. Ya no se puede responder.
not-open-title = Esta encuesta todavía no está abierta
not-open-body = Se podrá responder cuando se abra.

error-not-found-title = No encontramos esta página
error-not-found-body = Puede que el enlace tenga un error. También se puede volver al inicio.
error-bad-request-title = Hubo un problema con lo que se envió
error-bad-request-body = Se puede volver atrás y probar otra vez.
error-too-large-title = Era demasiado para enviarlo todo de una vez
error-too-large-body = Hay que acortar las respuestas y probar otra vez.
error-server-title = Lo sentimos, algo salió mal por nuestra parte
error-server-body = Se puede volver a probar dentro de un minuto.
error-unavailable-title = Ahora mismo estamos muy ocupados
error-unavailable-body = Se puede volver a probar dentro de un minuto. Las respuestas siguen en esta página.
back-to-start = Volver al inicio

## Administración: personal municipal, urbanistas y equipos de políticas públicas (lenguaje adulto)

admin-title = Administración de childvoice
admin-nav-consultations = Consultas
admin-nav-people = Personas
admin-nav-audit = Registro de auditoría
admin-sign-out = Cerrar sesión
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = Corrija los campos marcados abajo.
admin-saved = Guardado.

admin-login-title = Iniciar sesión
admin-email = Correo electrónico
admin-password = Contraseña
admin-login-submit = Iniciar sesión
admin-login-failed = El correo electrónico o la contraseña no son correctos.
admin-login-forgot = ¿Ha olvidado su contraseña?
admin-too-many-attempts = Demasiados intentos. Espere un minuto y vuelva a intentarlo.

admin-forgot-title = Restablecer su contraseña
admin-forgot-intro = Introduzca su correo electrónico. Si corresponde a una cuenta, le enviaremos un enlace para elegir una nueva contraseña.
admin-forgot-submit = Enviar el enlace
admin-forgot-sent = Si alguna cuenta usa esta dirección, el enlace ya está en camino. Solo funciona una vez y es válido durante 72 horas.

admin-set-password-title = Elija su contraseña
admin-set-password-intro = Elija una contraseña para { $email }. Use al menos { $min } caracteres; unas cuantas palabras sin relación entre sí forman una contraseña segura.
admin-new-password = Nueva contraseña
admin-confirm-password = Repita la contraseña
admin-set-password-submit = Guardar la contraseña
admin-password-too-short = Use al menos { $min } caracteres.
admin-password-mismatch = Las dos contraseñas no coinciden.
admin-link-invalid = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.

admin-consultations-title = Consultas
admin-new-consultation = Nueva consulta
admin-none-yet = Todavía no hay consultas.
admin-col-title = Título
admin-col-state = Estado
admin-col-responses = Respuestas
admin-col-dates = Fechas
admin-col-link = Enlace
state-draft = Borrador
state-open = Abierta
state-closed = Cerrada
state-published = Resultados publicados
state-scheduled = Se abrirá más adelante
state-ended = Fecha de cierre pasada
admin-no-date = sin fecha
admin-date-range = del { $from } al { $to }

admin-pick-template = Empezar a partir de una plantilla
admin-template-questions =
    { $n ->
        [one] { $n } pregunta
       *[other] { $n } preguntas
    }
admin-template-languages = Idiomas
admin-template-audiences = Públicos
admin-use-template = Usar esta plantilla

admin-settings-title = Configuración
admin-field-title = Título ({ $language })
admin-field-slug = Enlace corto
admin-field-slug-help = Letras minúsculas, números y guiones. Aparece en los carteles y en los códigos QR.
admin-field-languages = Idiomas
admin-field-audiences = Públicos
admin-field-areas = Zonas (barrios)
admin-field-areas-help = Una por línea. Las personas que responden pueden indicar en qué zona viven; los resultados se pueden consultar por zona.
admin-field-opens = Se abre el
admin-field-closes = Se cierra el
admin-field-dates-help = Déjelo vacío para abrir y cerrar la consulta manualmente.
admin-field-k = Grupo más pequeño que se muestra en los resultados
admin-field-k-help = Se oculta cualquier cifra que proceda de menos personas que este número, para que no se pueda identificar a ningún niño ni a ninguna niña. Mínimo 3; se recomienda 10.
admin-field-retention-help = Meses después de publicar los resultados. Entonces se borran cada respuesta y cada texto libre; solo quedan los recuentos, así que las cifras publicadas no cambian. 0 las borra al publicar. Como máximo 120.
admin-field-retention = Borrar las respuestas una a una después de (meses)
admin-field-help = Texto de ayuda para niños y niñas ({ $language })
admin-field-help-help = Dónde pueden pedir ayuda niños y niñas, por ejemplo, la línea nacional de ayuda a la infancia de su país. Si se deja vacío, se les remite a Child Helpline International.
admin-locked-after-launch = El enlace, los idiomas, los públicos y las zonas ya no se pueden cambiar una vez lanzada la consulta.
admin-save-draft = Guardar como borrador
admin-save = Guardar
admin-cancel = Cancelar
admin-error-slug = Use entre 3 y 40 letras minúsculas, números o guiones, empezando por una letra.
admin-error-slug-taken = Este enlace corto ya está en uso. Elija otro.
admin-error-languages = Elija al menos un idioma.
admin-error-audiences = Elija al menos un público.
admin-error-title = El título es demasiado largo: 120 caracteres como máximo.
admin-error-help = El texto de ayuda es demasiado largo: 1000 caracteres como máximo.
admin-error-areas = Escriba las zonas, una por línea (200 como máximo). Esta encuesta pregunta por ellas.
admin-error-date = Use una fecha con el formato 2027-05-31.
admin-error-dates = La fecha de cierre es anterior a la de apertura.
admin-error-k = Use un número entero entre 3 y 1000.
admin-error-k-lower = Esta consulta ya tiene respuestas, así que su grupo más pequeño no se puede reducir.
admin-error-retention = Elige un número de meses de 0 a 120.
admin-error-channel-name = Dé al canal un nombre de 100 caracteres como máximo.

admin-launch = Lanzar
admin-launch-help = Al lanzarla, la consulta se abre a las respuestas (a partir de su fecha de apertura, si se ha fijado una).
admin-close = Cerrar ahora
admin-reopen = Reabrir
admin-edit = Editar la configuración
admin-preview = Vista previa
admin-preview-help = Solo las personas de su organización pueden ver un borrador.
admin-links = Enlace, código QR y carteles
admin-public-link = Enlace público
admin-qr-svg = Código QR (SVG)
admin-qr-png = Código QR (PNG)
admin-poster = Cartel ({ $language })
admin-responses = Respuestas
admin-responses-total =
    { $n ->
        [one] { $n } respuesta en total
       *[other] { $n } respuestas en total
    }
admin-channels = Canales
admin-channels-help = Un canal es un lugar donde usted difunde la consulta: una clase de un colegio, un cartel en la biblioteca, un boletín informativo. Cada canal tiene su propio enlace corto y su propio código QR, para que pueda ver cuáles funcionan. Un canal nunca identifica a una persona.
admin-channel-name = Nombre
admin-channel-code = Código
admin-channel-add = Añadir un canal
admin-channel-none = Todavía no hay canales.
admin-audience-age-5-8 = Niños y niñas de 5 a 8 años
admin-audience-age-9-12 = Niños y niñas de 9 a 12 años
admin-audience-age-13-17 = Jóvenes de 13 a 17 años
admin-audience-parent = Madres, padres y personas cuidadoras

admin-people-title = Personas
admin-invite = Invitar a alguien
admin-role = Rol
role-owner = Propietario
role-editor = Editor
role-analyst = Analista
admin-role-help = Los propietarios gestionan las personas y la configuración; los editores crean y gestionan las consultas; los analistas consultan los resultados y las exportaciones.
admin-language = Idioma de los correos que recibirá
admin-invite-submit = Enviar la invitación
admin-invited = Se ha enviado una invitación a { $email }.
admin-mail-failed = No se pudo enviar el correo: { $reason }. No se ha perdido nada; revise la configuración del correo y vuelva a intentarlo.
admin-error-email = Introduzca un correo electrónico válido.
admin-error-email-taken = Ya existe una cuenta con esta dirección.
admin-col-email = Correo electrónico
admin-col-status = Estado
admin-status-active = Cuenta activa
admin-status-invited = Invitación enviada

admin-audit-title = Registro de auditoría
admin-col-when = Cuándo
admin-col-who = Quién
admin-col-what = Qué
audit-consultation-created = creó la consulta { $detail }
audit-consultation-launched = lanzó { $detail }
audit-consultation-closed = cerró { $detail }
audit-consultation-reopened = reabrió { $detail }
audit-settings-changed = cambió la configuración de { $detail }
audit-channel-created = añadió el canal { $detail }
audit-user-invited = invitó a { $detail }
audit-password-set = estableció su contraseña
audit-password-reset-requested = pidió restablecer su contraseña
audit-user-created = creó la cuenta { $detail }
audit-system = (línea de comandos)

error-forbidden-title = No puede realizar esta acción
error-forbidden-body = Su rol no permite esta acción. Pídaselo a un propietario de su organización.

poster-call = ¡Da tu opinión! Escanea el código con la cámara de un teléfono.
poster-or-visit = O abre esta dirección:
poster-free = Es gratis y anónimo. Solo lleva unos minutos.

email-invite-subject = Invitación para unirse a { $org } en childvoice
email-invite-body = Ha recibido una invitación para unirse a { $org } en childvoice con el rol de { $role }. Abra el enlace de abajo para elegir su contraseña.
email-invite-action = Elegir mi contraseña
email-reset-subject = Restablecer su contraseña de childvoice
email-reset-body = Alguien ha pedido restablecer la contraseña de su cuenta de childvoice. Abra el enlace de abajo para elegir una nueva.
email-reset-action = Elegir una nueva contraseña
email-link-expiry = El enlace solo funciona una vez y es válido durante 72 horas.
email-ignore = Si no esperaba este correo, puede ignorarlo.

## Mucha actividad, rechazos y fallos (las respuestas siempre se quedan en la página)

error-busy-title = Están llegando muchas respuestas en este momento
error-busy-body = Hay que esperar un minuto y volver a intentarlo.
error-no-reopen-body = Ya tiene respuestas, y sus cifras se pudieron leer mientras estaba cerrada. Las respuestas nuevas mostrarían, por comparación, lo que dijo cada persona nueva. Mejor empieza una consulta nueva con la misma plantilla.
error-no-reopen-title = Esta consulta no puede volver a abrirse
error-not-yet-body = El archivo de respuestas una a una pueden descargarlo las personas propietarias y analistas cuando la consulta se ha cerrado, hasta que se borren sus respuestas.
error-not-yet-title = No disponible ahora
form-busy = Están llegando muchas respuestas en este momento. Hay que esperar un minuto y pulsar de nuevo el botón. Las respuestas siguen aquí.
form-check-again = Hay que revisar las respuestas y pulsar de nuevo el botón.
form-unavailable = Ahora no se pueden guardar las respuestas. Hay que esperar un minuto y pulsar de nuevo el botón. Las respuestas siguen aquí.
form-honeypot = Dejar este campo vacío

## Códigos de un solo uso y protección de la infancia

code-label = Código
code-help = Hay que escribir el código de la tarjeta. Cada código sirve para que una sola persona responda una sola vez.
code-unknown = Este código no es correcto. Hay que revisarlo y probar otra vez.
code-used = Este código ya se ha usado. Cada código solo sirve una vez.
codes-card-scan = Escanear con un teléfono o abrir esta dirección:
thanks-care-title = Gracias por contárnoslo
thanks-care-body = Lo que has escrito es importante. Si algo te preocupa o alguien te está haciendo daño, no es culpa tuya. Puedes pedir ayuda ahora mismo:

admin-nav-safeguarding = Protección de la infancia
admin-safeguarding-title = Textos pendientes de revisión
admin-safeguarding-help = Estas respuestas contienen palabras que pueden indicar que un niño o una niña está en riesgo. Lea cada una y siga su protocolo de protección de la infancia. Nada de lo que aparece aquí permite identificar al niño o a la niña: los datos de contacto se eliminaron antes de guardar nada.
admin-safeguarding-none = No hay nada pendiente de revisión.
admin-reviewed = Marcar como revisado
admin-reviewed-done = Revisado
admin-col-question = Pregunta
admin-col-text = Texto
admin-col-day = Día
admin-col-lead = Responsable de protección de la infancia
admin-make-lead = Nombrar responsable
admin-remove-lead = Quitar
admin-lead-help = Las personas responsables de protección de la infancia reciben un correo cuando hay que revisar lo que ha escrito un niño o una niña, y pueden ver la lista de revisión.
admin-field-requires-code = Cada respuesta requiere un código de un solo uso
admin-field-requires-code-help = Reparta tarjetas con códigos, por ejemplo, una por cada niño o niña de una clase. Cada código permite enviar exactamente una respuesta, y nadie puede saber qué código corresponde a qué respuesta.
admin-codes = Códigos
admin-codes-count = { $total } códigos
admin-codes-used = Usados (se cuentan cuando la consulta se ha cerrado)
admin-codes-generate = Generar códigos
admin-codes-how-many = Número de códigos
admin-codes-print = Imprimir las tarjetas
admin-error-codes = Elija un número entre 1 y 200.

email-safeguarding-subject = Un texto escrito por un niño o una niña requiere su revisión
email-safeguarding-body = Una respuesta a una consulta de { $org } contiene palabras que pueden indicar que un niño o una niña está en riesgo. Inicie sesión y léala en la lista de revisión. Para proteger al niño o a la niña, el texto no se incluye en este correo.
email-safeguarding-action = Abrir la lista de revisión

## Lectura en voz alta y tabletas compartidas

listen = Escuchar
kiosk-next = La siguiente persona podrá empezar en unos segundos.
kiosk-countdown = Volvemos al inicio en { $seconds } segundos.
kiosk-more-time = Necesito más tiempo
kiosk-start = Siguiente persona: empezar de nuevo

audit-lead-named = nombró a { $detail } responsable de protección de la infancia
audit-lead-removed = quitó a { $detail } como responsable de protección de la infancia
audit-codes-created = creó códigos: { $detail }
audit-organisation-created = creó la organización { $detail }
audit-flag-reviewed = revisó un texto señalado

## Ocultación de grupos pequeños

admin-suppressed = oculto para proteger a un grupo pequeño
admin-suppressed-note = Las cifras que contarían menos de { $k } personas dicen «menos de { $k }».
results-perturbed-note = Para proteger a cada niño y niña, cada cifra se mueve 2 como máximo, siempre igual para las mismas personas. Por eso una tabla puede no sumar exactamente su total.
admin-responses-few = Menos de { $k } respuestas por ahora: las cifras aparecen a partir de { $k }.

## Resultados: panel, exportaciones, textos libres, publicación, página pública

results-dashboard = Resultados
results-filters = Mostrar resultados de
results-filter-all = Todos
results-filter-audience = Quién respondió
results-filter-language = Idioma
results-filter-area = Zona
results-filter-channel = Canal
results-filter-apply = Mostrar
results-filter-clear = Quitar los filtros
results-exports = Exportaciones
results-export-csv = Resultados en CSV (hoja de cálculo)
results-export-json = Resultados en JSON
results-export-responses = Una fila por respuesta (CSV, sin texto libre)
results-figures-later = Las cifras aparecen cuando la consulta se cierra. Mientras la gente responde, solo se muestra el número de respuestas: comparar las cifras de un momento a otro mostraría lo que dijo la última persona.
results-export-responses-later = El archivo de respuestas una a una (anonimizado: cada combinación de grupo de edad, idioma, zona y canal la comparten al menos k filas) pueden descargarlo las personas propietarias y analistas cuando la consulta se ha cerrado.
results-free-texts = Respuestas de texto libre
results-free-texts-help = Lo que las personas escribieron con sus propias palabras. Los datos de contacto se eliminaron antes de guardar nada. Estos textos son solo para su equipo: nunca aparecen en las páginas públicas ni en las exportaciones.
results-free-texts-none = Aquí no hay respuestas de texto libre.
results-text-hidden = oculto
results-text-hide = Ocultar
results-text-show = Volver a mostrar
results-texts-search = Buscar palabras
results-texts-no-audience = Aquí no se indican los grupos de edad, porque al menos uno tiene menos de { $k } respuestas.
results-texts-pages = Páginas de textos
results-texts-first = Primera página
results-texts-next = Siguientes 50
results-too-few = Menos de { $k } respuestas coinciden con estos filtros, así que no se muestra nada más. Elija menos filtros.
results-total-hidden = El número de respuestas se oculta aquí, porque permitiría identificar a un grupo pequeño.
results-by-audience = Por grupo de edad
results-by-language = Por idioma
results-by-area = Por zona
results-by-channel = Por canal
results-by-day = Por día
results-questions = Respuestas, pregunta por pregunta
results-no-area = Sin zona indicada
results-no-channel = Sin canal (enlace directo)
results-no-answer = Sin respuesta
results-fewer-than = menos de { $k }
results-col-answer = Respuesta
results-col-count = Personas
results-col-percent = Porcentaje
results-total = Total
results-multiple-help = Se podía elegir más de una respuesta, así que los porcentajes suman más del 100 %.
results-rank-help = La cifra indica cuántas personas pusieron esta opción en primer lugar; la tabla de abajo muestra el puesto medio (1 es el mejor).
results-mean-scale = Media: { $mean } de { $points }
results-mean = Media: { $mean }
results-mean-place = Puesto medio
results-publication = Contar a niños y niñas qué pasará después
results-publication-help = Una vez cerrada la consulta, publique sus resultados: niños y niñas verán gráficos y frases sencillas en su idioma, su declaración sobre lo que se ha escuchado y lo que se va a hacer, y las novedades que usted añada más adelante.
results-public-link = Ver la página pública de resultados
results-publish = Publicar los resultados
results-unpublish = Retirar los resultados
results-publish-after-close = Los resultados se pueden publicar una vez cerrada la consulta.
results-statement = Lo que escuchamos y lo que vamos a hacer
results-expected-on = Cuándo pueden esperar los resultados niños y niñas
results-updates = Lo que ha pasado desde entonces
results-update-date = Fecha
results-update-text = Qué pasó
results-update-add = Añadir esta novedad
results-update-delete = Eliminar
results-expected = Los resultados estarán listos el { $date }.
results-public-count =
    { $n ->
        [one] Respondió una persona. ¡Gracias!
       *[other] Respondieron { $n } personas. ¡Gracias!
    }
results-public-too-few = Todavía no ha respondido suficiente gente. Si mostramos los resultados ahora, se podría reconocer a alguien.
results-public-audience-age-5-8 = Niños y niñas de 5 a 8 años dijeron
results-public-audience-age-9-12 = Niños y niñas de 9 a 12 años dijeron
results-public-audience-age-13-17 = Jóvenes de 13 a 17 años dijeron
results-public-audience-parent = Madres, padres y personas cuidadoras dijeron
results-public-most =
    { $audience ->
        [parent] La mayoría de las madres, padres y personas cuidadoras eligió: { $answer }
        [age-13-17] La mayoría de jóvenes de tu edad eligió: { $answer }
       *[other] La mayoría de los niños y niñas de tu edad eligió: { $answer }
    }
results-back = Volver al inicio
email-close-subject = Consulta cerrada: { $title }
email-close-body = La consulta «{ $title }» se ha cerrado. Aquí tiene un primer vistazo a lo que respondieron las personas participantes.
email-close-top = Respuestas más elegidas:
email-close-action = Abrir el panel de resultados
audit-results-published = publicó los resultados de { $detail }
audit-results-unpublished = retiró los resultados de { $detail }
audit-results-exported = exportó resultados ({ $detail })
audit-text-hidden = ocultó una respuesta de texto libre
audit-text-shown = volvió a mostrar una respuesta de texto libre
audit-statement-changed = cambió la declaración de { $detail }
audit-update-added = añadió una novedad con fecha { $detail }
audit-update-deleted = eliminó una novedad

## Tokens de API

admin-nav-api = API
admin-nav-languages = Idiomas
admin-languages-title = Idiomas
admin-languages-help = Cuánto falta en cada idioma. Se traduce en los archivos Fluent (locales/LANG/main.ftl para la interfaz, surveys/TEMPLATE/LANG.ftl para una plantilla); Pontoon y Weblate los leen. Un idioma nuevo es una carpeta en CHILDVOICE_LOCALES_DIR.
admin-languages-interface = Interfaz
admin-languages-language = Idioma
admin-languages-translated = Textos traducidos
admin-languages-progress = Avance
api-title = Tokens de API
api-help = Los tokens permiten que los paneles de su ciudad y su portal de datos abiertos lean resultados agregados a través de la API JSON, con la misma protección de los grupos pequeños que en el resto del servicio. Trate cada token como una contraseña.
api-docs = La API está descrita en formato OpenAPI en
api-token-name = Nombre (para qué sirve el token)
api-token-create = Crear un token
api-token-created = Su nuevo token. Cópielo ahora: no se volverá a mostrar.
api-tokens-none = Todavía no hay tokens.
api-col-name = Nombre
api-col-created = Creado
api-col-state = Estado
api-token-active = activo
api-token-revoked = revocado el { $date }
api-token-revoke = Revocar
audit-api-token-created = creó el token de API { $detail }
audit-api-token-revoked = revocó el token de API { $detail }

## Mapas: conjuntos de zonas, preguntas con mapa y mapas de resultados
map-north = N
map-metres = { $n } m
map-km = { $n } km
map-legend-none = ninguno
form-map-alt-area = Mapa de la ciudad. Tocar el barrio que corresponda.
form-map-alt-place = Mapa de la ciudad. Tocar un lugar para marcarlo.
form-map-help-area =
    { $audience ->
        [age-5-8] Toca el mapa o elige un nombre de abajo.
       *[other] Tocar el mapa o elegir de la lista de abajo. Las dos formas dan la misma respuesta.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] Toca el mapa donde está.
       *[other] Tocar el mapa para marcar un lugar. Solo guardamos la zona aproximada, nunca el punto exacto.
    }
form-map-outside = Ese punto está fuera de las zonas del mapa. Hay que tocar dentro de la ciudad.
form-place-full = Ya se han marcado todos los lugares posibles. Hay que desmarcar uno para marcar otro.
form-place-none =
    { $audience ->
        [age-5-8] Todavía no hay nada marcado.
       *[other] Todavía no hay ningún lugar marcado.
    }
form-place-by-list = O añadir un barrio de la lista
form-place-add = Añadir
form-place-max = Se pueden marcar hasta { $max } lugares. Para quitar un lugar, hay que desmarcarlo.
form-place-marked = Lugar { $n }, en { $area }
form-place-marked-plain = Lugar { $n }
results-place-help = Los lugares se cuentan por celda del mapa. Una celda con menos personas que el grupo más pequeño que se muestra aparece rayada.
results-export-geojson = Recuentos por zona y por celda del mapa (GeoJSON, para QGIS o ArcGIS)
admin-nav-areas = Zonas y mapas
admin-areas-title = Zonas y mapas
admin-areas-intro = Suba sus distritos, barrios o zonas escolares en formato GeoJSON. Una consulta puede tomar de ellos sus zonas. Así, las personas pueden responder sobre un mapa, y los resultados se muestran en un mapa.
admin-areas-none = Todavía no hay conjuntos de zonas.
admin-areas-col-title = Título
admin-areas-col-version = Versión
admin-areas-col-areas = Zonas
admin-areas-col-uploaded = Subido
admin-areas-upload = Subir un conjunto de zonas
admin-areas-rejected = El archivo no se ha guardado. Corrija estos problemas y vuelva a subirlo:
admin-areas-file = Archivo GeoJSON
admin-areas-file-help = Una FeatureCollection de elementos Polygon o MultiPolygon en longitud y latitud WGS84, con { $max } zonas y 5 MB como máximo. Nombres por idioma como en OpenStreetMap: name, name:fr, name:ar.
admin-areas-slug-help = Vuelva a subirlo con el mismo identificador corto para crear una nueva versión. Las consultas conservan la versión que se les asignó.
admin-areas-name-property = Propiedad que contiene los nombres
admin-areas-name-property-help = Normalmente «name». Las traducciones se leen de la misma propiedad seguida de «:» y el idioma, como name:fr.
admin-areas-upload-button = Subir
admin-areas-version = versión { $n }
admin-areas-summary =
    { $n ->
        [one] Una zona.
       *[other] { $n } zonas.
    }
admin-areas-map-alt = Mapa de las zonas de este conjunto
admin-areas-download = Descargar en GeoJSON
admin-areas-names = Nombres de las zonas
admin-areas-name = Nombre
admin-areas-error-file = Elija un archivo GeoJSON para subir.
admin-areas-error-utf8 = El archivo no es texto en UTF-8. Guárdelo como GeoJSON y vuelva a intentarlo.
admin-areas-default-title = Zonas
admin-field-area-set = Conjunto de zonas para los mapas
admin-field-area-set-none = Ninguno: usar la lista de zonas de arriba
admin-field-area-set-help = Con un conjunto de zonas, sus zonas sustituyen a la lista de arriba, y las preguntas sobre lugares se hacen sobre un mapa.
admin-error-area-set = Elija uno de los conjuntos de zonas de su organización.
admin-field-grid = Celdas del mapa para los lugares marcados
admin-field-grid-hex = Hexágonos
admin-field-grid-square = Cuadrados
admin-field-grid-metres = Tamaño en metros (mínimo 100)
admin-field-grid-help = Un lugar marcado se guarda solo como la celda en la que cae, nunca como un punto exacto. Las celdas más grandes protegen mejor a niños y niñas.
admin-error-grid = El tamaño debe ser un número entero de metros entre 100 y 5000.
admin-area-set-choice = { $title } (versión { $version }, { $areas } zonas)
audit-area-set-uploaded = subió el conjunto de zonas { $detail }
geo-feature-named = Elemento { $n } ({ $name }): { $problem }
geo-feature = Elemento { $n }: { $problem }
geo-ring-outer = el anillo exterior
geo-ring-hole = el agujero { $hole }
geo-ring-polygon-outer = el anillo exterior del polígono { $polygon }
geo-ring-polygon-hole = el agujero { $hole } del polígono { $polygon }
geo-too-large = El archivo ocupa más de { $max } MB.
geo-not-json = No es JSON (línea { $line }, columna { $column }). Guarde el archivo como GeoJSON.
geo-not-collection = No es una FeatureCollection de GeoJSON.
geo-not-wgs84 = El archivo declara el sistema de coordenadas { $crs }. Las coordenadas deben estar en longitud y latitud WGS84: reproyéctelo, por ejemplo con ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = La FeatureCollection no tiene lista de elementos.
geo-no-features = La FeatureCollection no tiene ningún elemento.
geo-too-many-features = El archivo tiene { $n } elementos. Un conjunto de zonas admite como máximo { $max }: agrupe las zonas pequeñas o suba distritos en lugar de manzanas.
geo-too-many-positions = El archivo tiene { $n } posiciones y se admiten como máximo { $max }. Simplifíquelo primero.
geo-too-wide = Las zonas abarcan { $width } × { $height } km. Un conjunto de zonas corresponde a una sola ciudad o región, de { $max } km de extensión como máximo.
geo-not-a-feature = No es una Feature de GeoJSON.
geo-no-name = Falta la propiedad «{ $property }» que le da nombre.
geo-no-id = No tiene un identificador válido: añádale una propiedad «id» con letras minúsculas, cifras y «-».
geo-id-taken = Su identificador «{ $id }» ya lo usa otro elemento. Dé a cada elemento su propia propiedad «id».
geo-no-geometry = No tiene geometría.
geo-no-geometry-type = Su geometría no tiene tipo.
geo-not-an-area = Su geometría es de tipo { $type }. Solo los elementos Polygon y MultiPolygon pueden ser zonas.
geo-no-polygons = Es un MultiPolygon sin ningún polígono.
geo-no-rings = Falta { $ring }: el polígono no tiene anillos.
geo-not-positions = { $ring } no es una lista de posiciones.
geo-bad-position = { $ring }, posición { $position }: se esperaba [longitud, latitud].
geo-out-of-range = { $ring }, posición { $position }: [{ $lon }, { $lat }] no es una longitud entre -180 y 180 seguida de una latitud entre -90 y 90.
geo-projected = { $ring }, posición { $position }: [{ $lon }, { $lat }] parecen metros proyectados, no longitud y latitud. Reproyecte a WGS84, por ejemplo con ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = { $ring } tiene muy pocas posiciones ({ $n }): un anillo necesita al menos 4.
geo-not-closed = { $ring } no está cerrado: su última posición debe repetir la primera.
geo-self-intersection = { $ring } se cruza consigo mismo (autointersección).
geo-hole-outside = { $ring } queda fuera del anillo exterior.
geo-rings-cross = { $ring } cruza otro anillo del mismo polígono.
geo-polygons-overlap = Los polígonos { $polygon } y { $other } de este elemento se superponen o comparten un lado.

## Redes de ciudades: banco de indicadores, panel de la red, biblioteca, compartir y datos abiertos.
admin-nav-networks = Redes
indicator-cfc-safe-journey = Seguridad en el trayecto
indicator-cfc-safe-journey-definition = Porcentaje de niños, niñas, madres y padres que se sienten bien o seguros en el camino a la escuela y por la ciudad: el punto más alto de la escala de tres caritas para 5-8 años, los dos puntos más altos de la escala de cinco puntos para los demás.
indicator-cfc-independent-mobility = Movilidad autónoma
indicator-cfc-independent-mobility-definition = Porcentaje de niños y niñas de 9 años o más (y de madres y padres, sobre su hijo o hija) que dicen que el niño o la niña tiene permiso y es capaz de moverse por la ciudad sin un adulto.
indicator-cfc-plays-outside = Juega fuera casi todos los días
indicator-cfc-plays-outside-definition = Porcentaje de niños, niñas, madres y padres que dicen que el niño o la niña juega o queda con amigos fuera de casa casi todos los días.
indicator-cfc-safe-outside = Seguridad al aire libre
indicator-cfc-safe-outside-definition = Porcentaje de niños, niñas, madres y padres que se sienten seguros en los lugares donde niños y niñas juegan al aire libre: el punto más alto de la escala de tres caritas para 5-8 años, los dos puntos más altos de la escala de cinco puntos para los demás.
indicator-cfc-place-to-play = Un lugar gratuito para jugar cerca
indicator-cfc-place-to-play-definition = Porcentaje de niños y niñas de 9 años o más (y de madres y padres) que dicen que cerca de casa hay un lugar donde niños y niñas pueden jugar o reunirse gratis.
indicator-cfc-heard-by-city = Escuchados por la ciudad
indicator-cfc-heard-by-city-definition = Porcentaje de niños y niñas de 9 años o más (y de madres y padres) que sienten que la ciudad escucha a la infancia: los dos puntos más altos de la escala de cinco puntos.
network-title = Redes
network-help = Las redes de ciudades comparten indicadores, cuestionarios y lo que las ciudades hicieron con lo que dijeron niños y niñas. Su organización se une a una red cuando la red la invita y un propietario de su organización acepta.
network-hosted = La red que usted gestiona
network-memberships = Las redes de su organización
network-memberships-none = Su organización todavía no forma parte de ninguna red.
network-member-since = miembro desde el { $date }
network-invited = { $network } invita a su organización a unirse a la red.
network-accept = Aceptar la invitación
network-accept-owner = Un propietario de su organización puede aceptarla.
network-library = Biblioteca de plantillas
network-public-page = Página pública
network-dashboard-help = Indicadores de las ciudades miembro, a partir de las consultas que cada ciudad decidió compartir una vez cerradas. Cada valor procede de cifras que la ciudad ya ha publicado; los grupos pequeños siguen ocultos.
network-links = Páginas y descargas de la red
network-download-csv = Indicadores (CSV)
network-download-json = Indicadores (JSON)
network-download-package = Paquete de datos abiertos de los indicadores publicados
network-indicators = Indicadores
network-indicator = Indicador
network-show = Mostrar
network-no-values = Ninguna ciudad miembro ha compartido todavía una consulta que mida este indicador para este grupo.
network-trend = Cada ciudad a lo largo de sus oleadas
network-latest = Las ciudades una junto a otra, última oleada
network-values = Valores con sus intervalos del 95 %
network-col-city = Ciudad
network-col-wave = Oleada (cerrada el)
network-col-share = Porcentaje
network-col-interval = Intervalo del 95 %
network-col-counts = Respuestas que cuentan / todas las respuestas
network-no-answers = sin respuestas
network-method = Método: cada valor es el porcentaje de las respuestas a una pregunta que cuentan para el indicador, para un grupo en una consulta, con la fecha de su cierre. Se calcula solo a partir de las cifras publicadas por la ciudad. Cuando alguna cifra necesaria dice «menos de k», no se da ningún valor. El intervalo es el intervalo de puntuación de Wilson al 95 %.
network-members = Ciudades miembro
network-members-none = Todavía no se ha invitado a ninguna organización.
network-col-member = Organización
network-col-invited = Invitada el
network-col-joined = Miembro desde el
network-pending = invitación pendiente
network-invite-label = Invitar a una organización
network-invite-help = Su identificador corto (slug), tal como lo ve su propietario en las páginas de su organización; por ejemplo, riverton.
network-invite = Enviar la invitación
network-error-no-organisation = No hay ninguna organización con este identificador.
network-error-invited = Esta organización ya está invitada o ya es miembro.
network-library-title = Biblioteca de plantillas de { $network }
network-library-help = Cuestionarios que las ciudades miembro publicaron para que otras los reutilicen. Una copia se convierte en una nueva consulta en borrador de su organización, con el crédito de la ciudad de origen.
network-library-empty = Todavía no se ha publicado ninguna plantilla.
network-col-template = Plantilla
network-col-version = Versión
network-col-published = Publicada el
network-copy = Copiar
network-copy-label = Copiar { $template } en una nueva consulta en borrador
network-publish = Publicar una plantilla
network-publish-label = El cuestionario de
network-publish-help = La plantilla tal como la usa esta consulta, con todos sus idiomas, se publica como la versión siguiente. Sus propias formulaciones van con ella; las respuestas, nunca.
network-publish-button = Publicar en la red
network-published = Publicada como versión { $version }.
network-copied-from = Plantilla copiada de { $source }.
network-sharing = Redes
network-sharing-help = Una consulta compartida solo da a la red sus cifras publicadas, y solo una vez cerrada: nunca texto libre, respuestas individuales ni nada por debajo de k. La página pública de la red la muestra en cuanto se publican sus resultados.
network-shared = compartida
network-not-shared = no compartida
network-share = Compartir con { $network }
network-unshare = Dejar de compartir con { $network }
network-public-lead = Lo que niños, niñas y familias contaron a las ciudades miembro, y lo que cada ciudad dijo que va a hacer.
network-public-members =
    { $n ->
        [one] { $n } ciudad miembro
       *[other] { $n } ciudades miembro
    }
network-public-none = Ningún miembro ha publicado todavía resultados compartidos.
network-public-closed = Se recogieron respuestas hasta el { $date }.
network-public-shown-in = Idioma del texto: { $language }. La ciudad no lo escribió en el idioma elegido.
network-public-results = Todos los resultados
network-public-data = Datos abiertos
network-public-languages = Idiomas
results-open-data = Descargar estos resultados como datos abiertos (un Frictionless Data Package de archivos CSV)
audit-other-organisation = alguien de otra organización
audit-network-created = creó la red { $detail }
audit-network-member-invited = invitó a { $detail } a unirse a la red
audit-network-invitation-received = recibió una invitación para unirse a la red { $detail }
audit-network-joined = se unió a la red { $detail }
audit-network-member-accepted = un miembro aceptó la invitación: { $detail }
audit-network-indicators-exported = exportó los indicadores de la red ({ $detail })
audit-template-published-to-network = publicó una plantilla en una red: { $detail }
audit-network-template-published = un miembro publicó una plantilla en la biblioteca: { $detail }
audit-template-copied-from-network = copió una plantilla de la biblioteca de una red: { $detail }
audit-consultation-shared-with-network = compartió una consulta con una red: { $detail }
audit-consultation-unshared-from-network = dejó de compartir una consulta con una red: { $detail }
assent-skip-except =
    { $n ->
        [one] Se puede saltar cualquier pregunta menos esta, que hay que responder: { $questions }
       *[other] Se puede saltar cualquier pregunta menos estas { $n }, que hay que responder: { $questions }
    }
form-exclusive = «{ $option }» se elige sola, sin otras respuestas.
error-exclusive = «{ $option }» no se puede elegir con otras respuestas. Se puede elegir sola, o desmarcarla.
xlsform-other = Otro
xlsform-other-say = Por favor, di cuál.
admin-template-xlsform = Descargar como XLSForm (.xlsx)
admin-template-folder = Descargar la carpeta de la plantilla (.zip)
admin-nav-templates = Plantillas
admin-templates-title = Las plantillas de su organización
admin-templates-intro = Cuestionarios que su organización importó. Cada importación es una nueva versión; una consulta conserva la versión a partir de la cual se creó.
admin-templates-shipped = Las plantillas incluidas en childvoice están en la página de nueva consulta.
admin-templates-none = Su organización todavía no tiene plantillas propias.
admin-templates-col-title = Plantilla
admin-templates-col-source = Origen
admin-templates-use-label = Crear una consulta en borrador a partir de { $template }
admin-templates-import = Importar un XLSForm o una carpeta de plantilla
admin-templates-file = Libro XLSForm (.xlsx) o carpeta de plantilla (.zip)
admin-templates-file-help = Un XLSForm de KoboToolbox, ODK o SurveyCTO, con las hojas survey, choices y settings, o una carpeta de plantilla tal como se descarga aquí (survey.toml, un archivo .ftl por idioma, imágenes). Todo lo que childvoice no puede preguntar se indica con su lugar, y no se guarda nada hasta que todo esté corregido.
admin-templates-import-button = Importar
admin-templates-rejected =
    { $n ->
        [one] El libro no se ha importado: corrija este problema y vuelva a intentarlo.
       *[other] El libro no se ha importado: corrija estos { $n } problemas y vuelva a intentarlo.
    }
admin-templates-imported = Plantilla importada: { $template }, versión { $version }.
audit-template-imported = importó la plantilla { $detail }
audit-template-created = creó la plantilla { $detail }
admin-templates-texts-title = Textos ({ $language })
admin-templates-languages = Idiomas y cuánto está escrito en cada uno
admin-templates-problems =
    { $n ->
        [one] Esta versión tiene un problema; se puede guardar, pero no se podrá crear ninguna consulta a partir de ella hasta que se corrija:
       *[other] Esta versión tiene { $n } problemas; se puede guardar, pero no se podrá crear ninguna consulta a partir de ella hasta que se corrijan:
    }
admin-templates-everyone = Para todos los públicos
admin-templates-for = Para el público: { $audience }
admin-templates-save = Guardar como nueva versión
admin-templates-new = Crear una plantilla nueva
admin-templates-new-help = Empieza con una pregunta; añada las demás en su página de preguntas y luego escriba sus textos.
admin-templates-new-button = Crear la plantilla
admin-templates-id = Identificador de la plantilla
admin-templates-id-help = Minúsculas, cifras y guiones. Si se deja vacío, se forma a partir del título.
admin-templates-default-language = Idioma en que se escribe primero
admin-templates-areas = Barrios (identificadores)
admin-templates-areas-help = Uno por línea, por ejemplo distrito-norte. Sus nombres se escriben en la página de textos.
admin-templates-settings = Idiomas y públicos
admin-templates-settings-title = Idiomas y públicos de { $template }
admin-templates-settings-help = Un idioma añadido empieza sin textos: tradúzcalo en la página de textos. Un público quitado sale de todas las preguntas. Guardar crea una versión nueva.
admin-templates-save-settings = Guardar como versión nueva
admin-templates-diff = Cambios
admin-templates-diff-title = Cambios en la versión { $version }
admin-templates-diff-first = Esta es la primera versión.
admin-templates-diff-none = No cambió nada respecto a la versión anterior.
admin-templates-edit-texts = Editar los textos
admin-templates-copy = Copiar una plantilla incluida en childvoice
admin-templates-copy-label = Plantilla que se copiará a su biblioteca, para adaptar sus textos
admin-templates-copy-button = Copiar
audit-template-copied = copió una plantilla incluida en childvoice: { $detail }
audit-template-edited = editó los textos de una plantilla: { $detail }
admin-editor-questions = Editar las preguntas
admin-editor-title = Preguntas de { $template }
admin-editor-id = Identificador de la nueva pregunta
admin-editor-id-help = Letras minúsculas (a-z), números y «-», empezando por una letra; no se puede cambiar más adelante. Después, escriba sus textos en la página de textos.
admin-editor-kind = Tipo
admin-editor-kind-single = Una respuesta
admin-editor-kind-multiple = Varias respuestas
admin-editor-kind-scale = Caritas (3 para 5-8 años, 5 para los demás)
admin-editor-kind-text = Texto libre
admin-editor-kind-number = Número entero
admin-editor-kind-area = Zona (barrio)
admin-editor-kind-rank = Ordenación por importancia
admin-editor-kind-place = Lugares en el mapa
admin-editor-kind-note = Texto para leer, sin respuesta
admin-editor-kind-grid = Matriz: varias afirmaciones, una sola escala
admin-editor-options = Identificadores de las respuestas, uno por línea
admin-editor-options-help = Déjelo vacío cuando una lista compartida dé las respuestas, o cuando el tipo no tenga ninguna.
admin-editor-list = Lista compartida de respuestas
admin-editor-statements = Afirmaciones de una matriz (identificadores), una por línea
admin-editor-required = Respuesta obligatoria (nunca para 5-8 años)
admin-editor-new-page = Empieza una pantalla nueva
admin-editor-show-if = Preguntar solo si esta pregunta anterior…
admin-editor-any-of = …se respondió con uno de estos identificadores (separados por espacios)
admin-editor-join = Cuando hay varias condiciones
admin-editor-join-all = deben cumplirse todas
admin-editor-join-any = basta con una
admin-editor-validated-wording = Instrumento estandarizado: su redacción no puede cambiar (una frase larga para 13-17 años y familias es un aviso, no un error)
admin-editor-min = Número más pequeño
admin-editor-max = Número más grande, o máximo de respuestas o de lugares
admin-editor-exclusive = Respuestas que se eligen solas (identificadores, separados por espacios)
admin-editor-other = Respuesta que abre «Otro, por favor, di cuál» (su identificador)
admin-editor-indicator = Indicador que mide
admin-editor-add = Añadir la pregunta
admin-editor-up = Subir
admin-editor-down = Bajar
admin-editor-delete = Eliminar
admin-editor-edit = Modificar
admin-editor-pictures = Imágenes para niños y niñas de 5 a 8 años
admin-editor-pictures-help = Los niños y niñas pequeños eligen por la imagen. Un dibujo en SVG (pequeño y sencillo, sin script), o una foto o un dibujo en PNG, JPEG o WebP, que se reduce de tamaño y se limpia de lo que el archivo dice sobre dónde y cuándo se tomó.
admin-editor-picture-has = tiene una imagen; suba otra para reemplazarla
admin-editor-picture-none = todavía sin imagen
admin-editor-picture-upload = Subir la imagen
admin-templates-pictures-needed = Antes de que una consulta parta de esta plantilla, suba en la página de preguntas las imágenes para niñas y niños de 5 a 8 años de: { $options }.
admin-templates-stale = Esta es la versión { $version } y la versión { $newest } es más reciente: no se guardó nada, para no perder lo guardado desde entonces. Abra la versión más reciente y haga allí el cambio.
admin-editor-preview = Vista previa como
form-preview = Esto es una vista previa: los botones solo pasan de una pantalla a otra y no se envía nada.
form-preview-back = Volver al editor
