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
