# Encuesta `play`: dónde juegan y se encuentran niños, niñas y jóvenes, qué se lo impide y qué cambiarían.
# «tú» para niños, niñas y jóvenes; «usted» para madres y padres.
# Límite por frase: 10 palabras (5-8), 15 (9-12), 20 (13-17), 30 (familias).

title =
    { $audience ->
        [age-5-8] ¿Dónde juegas?
       *[other] Lugares para jugar y encontrarse
    }
intro =
    { $audience ->
        [age-5-8] La ciudad quiere saber dónde juegas. Tus ideas pueden mejorar los sitios para jugar.
        [age-9-12] La ciudad quiere mejorar los lugares para jugar y encontrarse con amigos. Cuéntanos dónde juegas, qué te lo impide y qué cambiarías. Tus ideas ayudan a la ciudad a decidir qué hacer primero.
        [age-13-17] La ciudad está planeando cambios en parques, calles y otros lugares donde los jóvenes pasan su tiempo. Queremos saber adónde vas, qué te frena y qué cambiarías. Lo que digas ayuda a decidir qué hará primero la ciudad.
       *[parent] La ciudad está planeando cambios en espacios de juego, parques y calles. Nos gustaría saber dónde juega su hijo o hija y dónde ve a sus amigos, qué se lo impide y cuál es su propia opinión. Sus respuestas ayudan a decidir qué hará primero la ciudad.
    }
duration =
    { $audience ->
        [age-5-8] Dura unos 3 minutos.
        [age-9-12] Dura unos 4 minutos.
        [age-13-17] Dura unos 4 minutos.
       *[parent] Dura unos 3 minutos.
    }
results-when =
    { $audience ->
        [age-5-8] Después, te contamos lo que dijeron los niños y niñas. También te decimos qué va a hacer la ciudad. Un adulto te lo puede mostrar en esta página.
        [age-9-12] Cuando termine la encuesta, contaremos lo que dijeron los niños y niñas. Lo verás en esta página, junto con lo que hará la ciudad.
        [age-13-17] Cuando cierre la encuesta, publicaremos en esta página lo que nos dijeron los jóvenes. También diremos qué piensa hacer la ciudad.
       *[parent] Cuando cierre la encuesta, los resultados y la respuesta de la ciudad se publicarán en esta página, con una versión escrita para niños y niñas.
    }

## Dónde juegan

q-play-places =
    { $audience ->
        [age-5-8] ¿Dónde te gusta jugar?
        [age-9-12] ¿Dónde sueles jugar o verte con tus amigos?
        [age-13-17] ¿Dónde sueles pasar tu tiempo libre con tus amigos?
       *[parent] Fuera del horario escolar, ¿dónde suele jugar su hijo o hija o verse con sus amigos?
    }
q-play-places-hint =
    { $audience ->
        [age-5-8] Puedes elegir hasta 3.
        [parent] Elija hasta 3.
       *[other] Elige hasta 3.
    }
q-play-places-playground = Zona de juegos
q-play-places-park =
    { $audience ->
        [age-5-8] Parque
       *[other] Parque o zona verde
    }
q-play-places-street =
    { $audience ->
        [age-5-8] Calle cerca de casa
       *[other] Calle o plaza
    }
q-play-places-school-yard = Patio de la escuela
q-play-places-sports-ground =
    { $audience ->
        [age-5-8] Campo de deportes
       *[other] Pista o cancha deportiva
    }
q-play-places-shops =
    { $audience ->
        [age-5-8] Tiendas
        [age-13-17] Centro comercial o cafeterías
       *[other] Tiendas o centro comercial
    }
q-play-places-home =
    { $audience ->
        [age-5-8] En casa
       *[other] En casa (mía o de amigos)
    }

## Cada cuánto, y qué se lo impide

q-play-spots =
    { $audience ->
        [parent] ¿Dónde juega al aire libre su hijo o hija?
       *[other] ¿Dónde juegas al aire libre?
    }
q-play-spots-hint =
    { $audience ->
        [age-9-12] Toca el mapa donde juegas, hasta 3 sitios.
       *[other] Se pueden marcar hasta 3 lugares en el mapa. Solo se guarda la zona aproximada, nunca el punto exacto.
    }

q-plays-outside =
    { $audience ->
        [age-5-8] ¿Cuántos días juegas fuera de casa?
        [age-9-12] ¿Cuántos días juegas al aire libre, después de clase o el fin de semana?
        [age-13-17] ¿Con qué frecuencia sales a pasar el rato al aire libre, fuera de clase?
       *[parent] ¿Con qué frecuencia juega o pasa tiempo al aire libre su hijo o hija, fuera del horario escolar?
    }
q-plays-outside-hint =
    { $audience ->
        [age-5-8] Piensa en después de la escuela.
        [age-9-12] Piensa en una semana normal.
        [age-13-17] Piensa en una semana normal. Así la ciudad ve cuánto usan los jóvenes los espacios exteriores.
       *[parent] Piense en una semana normal.
    }
q-plays-outside-most-days =
    { $audience ->
        [age-5-8] Todos los días
       *[other] Casi todos los días
    }
q-plays-outside-some-days = Algunos días
q-plays-outside-hardly-ever =
    { $audience ->
        [age-5-8] Pocas veces
        [parent] Rara vez o nunca
       *[other] Casi nunca
    }

q-what-stops =
    { $audience ->
        [age-5-8] ¿Qué no te deja jugar fuera?
        [age-9-12] ¿Qué te impide jugar más al aire libre?
        [age-13-17] ¿Qué te impide pasar más tiempo al aire libre?
       *[parent] ¿Qué le impide a su hijo o hija jugar más al aire libre?
    }
q-what-stops-hint =
    { $audience ->
        [age-5-8] Elige todo lo que sea verdad.
        [parent] Elija todas las que correspondan.
       *[other] Elige todas las que correspondan.
    }
q-what-stops-traffic =
    { $audience ->
        [age-5-8] Los coches
        [age-9-12] Demasiados coches
       *[other] El tráfico
    }
q-what-stops-too-far =
    { $audience ->
        [age-5-8] Está muy lejos
       *[other] Está demasiado lejos
    }
q-what-stops-feel-unsafe =
    { $audience ->
        [age-5-8] Me da miedo
        [parent] No parece seguro
       *[other] No me siento a salvo
    }
q-what-stops-not-allowed =
    { $audience ->
        [parent] Todavía no lo permito
       *[other] No me dejan
    }
q-what-stops-no-friends =
    { $audience ->
        [age-5-8] Nadie con quien jugar
        [age-9-12] Nadie con quien jugar
       *[other] No hay amigos cerca
    }
q-what-stops-broken-dirty =
    { $audience ->
        [age-5-8] Roto o sucio
       *[other] Sitios rotos o sucios
    }
q-what-stops-no-time =
    { $audience ->
        [age-5-8] No tengo tiempo
        [age-9-12] Sin tiempo (deberes, actividades)
        [age-13-17] Sin tiempo (clases, actividades)
       *[parent] Falta de tiempo
    }

## Seguridad, autonomía, sentirse bienvenido

q-feel-safe =
    { $audience ->
        [age-5-8] ¿Es seguro jugar fuera cerca de tu casa?
        [age-9-12] ¿Te parece seguro jugar al aire libre cerca de tu casa?
        [age-13-17] ¿Te parece seguro salir por tu barrio?
       *[parent] ¿Le parece seguro que su hijo o hija juegue al aire libre cerca de casa?
    }
q-feel-safe-hint =
    { $audience ->
        [age-5-8] Elige una cara.
        [age-9-12] Elige una cara. La cara feliz significa muy seguro.
        [age-13-17] Lo preguntamos para mostrar a la ciudad qué lugares deben ser más seguros.
       *[parent] Piense en los lugares adonde su hijo o hija va más a menudo.
    }

q-goes-alone =
    { $audience ->
        [age-9-12] ¿Puedes ir a lugares para jugar sin un adulto?
       *[parent] ¿Va su hijo o hija a lugares para jugar sin un adulto?
    }
q-goes-alone-hint =
    { $audience ->
        [age-9-12] Por tu cuenta o con amigos.
       *[parent] Por su cuenta o con amigos.
    }
q-goes-alone-yes = Sí, a menudo
q-goes-alone-sometimes = A veces
q-goes-alone-no = Solo con un adulto

q-feel-welcome = ¿Sientes que eres bienvenido o bienvenida en parques, plazas y centros comerciales?
q-feel-welcome-hint = A veces se pide a los jóvenes que se vayan de lugares públicos. Lo preguntamos para que la ciudad sepa si ocurre.

## Dónde viven

q-home-area =
    { $audience ->
        [parent] ¿En qué barrio de la ciudad vive?
       *[other] ¿En qué barrio de la ciudad vives?
    }
q-home-area-hint =
    { $audience ->
        [age-9-12] Así la ciudad ve qué barrios necesitan cambios.
        [age-13-17] Lo preguntamos para que la ciudad vea qué barrios necesitan más cambios. Los resultados solo muestran grupos grandes, nunca a una persona.
       *[parent] Así la ciudad ve qué barrios necesitan más cambios.
    }

q-free-place =
    { $audience ->
        [age-9-12] ¿Hay cerca de tu casa un sitio gratis para estar con amigos?
        [age-13-17] ¿Hay cerca de ti un lugar donde puedas ver a tus amigos sin gastar dinero?
       *[parent] ¿Hay cerca de su casa un lugar donde su hijo o hija pueda ver a sus amigos sin gastar dinero?
    }
q-free-place-yes = Sí
q-free-place-no = No
q-free-place-not-sure = No lo sé

## Qué cambiarían

q-add-to-place =
    { $audience ->
        [age-5-8] ¿Qué le falta a tu parque o zona de juegos?
        [age-9-12] ¿Qué mejoraría los lugares para jugar cerca de ti?
        [age-13-17] ¿Qué mejoraría los lugares donde pasas el rato cerca de ti?
       *[parent] ¿Qué mejoraría los lugares de juego cerca de su casa para su hijo o hija?
    }
q-add-to-place-hint =
    { $audience ->
        [age-5-8] Puedes elegir hasta 3.
        [parent] Elija hasta 3.
       *[other] Elige hasta 3.
    }
q-add-to-place-trees-flowers =
    { $audience ->
        [age-5-8] Árboles y flores
       *[other] Más árboles y naturaleza
    }
q-add-to-place-new-play =
    { $audience ->
        [age-13-17] Deporte, skate, escalada
        [parent] Mejores juegos infantiles
       *[other] Columpios y toboganes nuevos
    }
q-add-to-place-safe-crossing =
    { $audience ->
        [age-5-8] Pasos de cebra
       *[other] Cruces seguros, coches más lentos
    }
q-add-to-place-toilets-water =
    { $audience ->
        [age-5-8] Baños y agua
       *[other] Baños y agua potable
    }
q-add-to-place-lights =
    { $audience ->
        [age-5-8] Luces para la noche
       *[other] Mejor iluminación de noche
    }
q-add-to-place-seats-shelter =
    { $audience ->
        [age-5-8] Bancos y un techo
       *[other] Bancos, sombra y refugio
    }

q-city-first = ¿Qué debería hacer primero la ciudad?
q-city-first-hint =
    { $audience ->
        [age-9-12] Ponlas en orden. El número 1 es lo más importante.
        [age-13-17] Ordénalas, de la más importante a la menos importante.
       *[parent] Ordénelas, de la más importante a la menos importante.
    }
q-city-first-safer-streets = Calles y cruces más seguros
q-city-first-more-green = Más parques y naturaleza
q-city-first-better-playgrounds = Mejores zonas de juego
q-city-first-youth-spaces =
    { $audience ->
        [age-13-17] Lugares para jóvenes
       *[other] Lugares para adolescentes
    }
q-city-first-clean-lit = Lugares limpios y bien iluminados

q-city-listens =
    { $audience ->
        [age-9-12] ¿Crees que la ciudad escucha las ideas de los niños y niñas?
        [age-13-17] ¿Sientes que la ciudad escucha las ideas de los jóvenes?
       *[parent] ¿Siente que la ciudad escucha a los niños, niñas y familias al planificar los espacios de juego?
    }
q-city-listens-hint =
    { $audience ->
        [age-9-12] Elige una cara. La cara feliz significa que escucha mucho.
       *[other] Una respuesta sincera ayuda a la ciudad a mejorar.
    }

q-my-street =
    { $audience ->
        [age-13-17] ¿Hasta qué punto estás de acuerdo con estas frases sobre tu calle?
       *[parent] ¿Hasta qué punto está de acuerdo con estas frases sobre la calle donde vive?
    }
q-my-street-hint = Una respuesta en cada línea.
q-my-street-safe-to-cross = Se puede cruzar sin peligro.
q-my-street-clean = Está limpia.
q-my-street-lit-at-night = Está bien iluminada de noche.
q-my-street-welcome = Allí se recibe bien a los jóvenes.
list-agree-disagree = En desacuerdo
list-agree-not-sure = No lo sé
list-agree-agree = De acuerdo

q-your-idea =
    { $audience ->
        [age-5-8] ¿Qué idea tienes para que jugar sea más divertido?
        [age-9-12] Con tus palabras, ¿qué cambiarías de los lugares para jugar?
        [age-13-17] Con tus propias palabras, ¿qué cambiarías de los sitios para jugar y reunirse cerca de ti?
       *[parent] Con sus propias palabras, ¿qué marcaría la mayor diferencia en el juego de su hijo o hija?
    }
q-your-idea-hint =
    { $audience ->
        [age-5-8] Un adulto te puede ayudar a escribirla.
        [parent] Por favor, no incluya nombres, direcciones ni teléfonos.
       *[other] Por favor, no escribas nombres, direcciones ni teléfonos.
    }

## Barrios (los mismos identificadores que la encuesta `journeys`)

area-old-town = Casco Antiguo
area-riverside = La Ribera
area-north-hill = Colina Norte
area-station = Barrio de la Estación
area-green-park = Parque Verde
