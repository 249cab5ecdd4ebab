title = Ir a la escuela y moverse por la ciudad
intro =
    { $audience ->
        [age-5-8] La ciudad quiere mejorar tu camino a la escuela. Cuéntanos cómo vas y cómo te sientes.
        [age-9-12] La ciudad quiere que sea más seguro caminar, ir en bici y moverse. Cuéntanos cómo vas a la escuela y dónde no te sientes a salvo. Tus respuestas ayudan a decidir qué cambiar primero.
        [parent] La ciudad está preparando rutas más seguras a la escuela y por los barrios. Queremos conocer los trayectos de su hijo o hija y su propia opinión como madre, padre o persona cuidadora. Sus respuestas ayudan a decidir qué cambiar primero.
       *[other] La ciudad planea cambios en calles, pasos de peatones y aceras. Queremos saber cómo te mueves, dónde no te sientes a salvo y qué te ayudaría. Tus respuestas ayudan a decidir qué se arregla primero.
    }
duration =
    { $audience ->
        [age-5-8] Dura unos 3 minutos.
        [age-9-12] Dura unos 5 minutos.
       *[other] Dura unos 4 minutos.
    }
results-when =
    { $audience ->
        [age-5-8] Al final, podrás ver lo que escuchamos. Te contaremos lo que hará la ciudad.
        [age-9-12] Cuando termine la encuesta, mostraremos en esta web lo que escuchamos. También diremos lo que hará la ciudad.
        [parent] Cuando cierre la encuesta, publicaremos en esta web lo que nos contaron niños, niñas y familias, y lo que la ciudad hará al respecto.
       *[other] Cuando cierre la encuesta, publicaremos en esta web lo que escuchamos y lo que hará la ciudad.
    }

q-travel-mode =
    { $audience ->
        [age-5-8] ¿Cómo vas a la escuela?
        [parent] ¿Cómo va su hijo o hija a la escuela normalmente?
       *[other] ¿Cómo vas normalmente a la escuela?
    }
q-travel-mode-hint =
    { $audience ->
        [age-5-8] Elige un dibujo.
        [age-9-12] Elige lo que usas casi todos los días.
        [parent] Si cambia, elija el medio que usa la mayoría de los días.
       *[other] Si cambia, elige el que usas la mayoría de los días.
    }
q-travel-mode-walk = A pie
q-travel-mode-bike = En bici
q-travel-mode-scooter = En patinete
q-travel-mode-bus =
    { $audience ->
        [age-5-8] En autobús
       *[other] Autobús, tranvía o tren
    }
q-travel-mode-car = En coche

q-travel-with =
    { $audience ->
        [age-5-8] ¿Quién va contigo a la escuela?
        [parent] ¿Con quién va su hijo o hija a la escuela normalmente?
       *[other] ¿Con quién vas normalmente a la escuela?
    }
q-travel-with-hint =
    { $audience ->
        [age-5-8] Elige un dibujo.
        [parent] Elija lo que pasa la mayoría de los días.
       *[other] Elige lo que pasa la mayoría de los días.
    }
q-travel-with-adult =
    { $audience ->
        [parent] Conmigo u otro adulto
       *[other] Con un adulto
    }
q-travel-with-older-child =
    { $audience ->
        [age-5-8] Con niños más grandes
       *[other] Con chicos mayores
    }
q-travel-with-friends =
    { $audience ->
        [parent] Con sus amigos
       *[other] Con amigos
    }
q-travel-with-alone = Solo o sola

q-journey-minutes =
    { $audience ->
        [parent] ¿Cuántos minutos tarda más o menos su hijo o hija en llegar a la escuela?
       *[other] ¿Cuántos minutos tardas más o menos en llegar a la escuela?
    }
q-journey-minutes-hint =
    { $audience ->
        [age-9-12] Solo la ida, de casa a la escuela. Si no lo sabes, calcula.
        [parent] Solo la ida, de puerta a puerta, un día normal. Basta con un cálculo aproximado.
       *[other] Solo la ida, de puerta a puerta. Basta con un cálculo aproximado.
    }

q-journey-feeling =
    { $audience ->
        [age-5-8] ¿Cómo te sientes en el camino a la escuela?
        [parent] ¿Hasta qué punto cree que es seguro el trayecto de su hijo o hija a la escuela?
       *[other] ¿Te sientes a salvo en el camino a la escuela?
    }
q-journey-feeling-hint =
    { $audience ->
        [age-5-8] Elige la cara que muestra cómo te sientes.
        [parent] De nada seguro a muy seguro.
       *[other] Cuanto más contenta está la cara, más a salvo te sientes.
    }

q-unsafe-things =
    { $audience ->
        [age-5-8] ¿Qué te da miedo o te preocupa?
        [parent] ¿Qué es lo que más le preocupa del trayecto de su hijo o hija?
       *[other] ¿Qué hace que no te sientas a salvo en el camino?
    }
q-unsafe-things-hint =
    { $audience ->
        [age-5-8] Puedes elegir más de un dibujo.
        [parent] Elija todo lo que corresponda.
       *[other] Elige todo lo que corresponda.
    }
q-unsafe-things-fast-cars =
    { $audience ->
        [parent] Tráfico rápido
       *[other] Coches rápidos
    }
q-unsafe-things-busy-road =
    { $audience ->
        [age-5-8] Mucho tráfico
       *[other] Calles difíciles de cruzar
    }
q-unsafe-things-no-path =
    { $audience ->
        [age-5-8] No hay acera
        [parent] Aceras inexistentes o bloqueadas
       *[other] No hay aceras seguras
    }
q-unsafe-things-dark =
    { $audience ->
        [age-5-8] Sitios oscuros
       *[other] Sitios oscuros o vacíos
    }
q-unsafe-things-people =
    { $audience ->
        [age-5-8] Gente que me asusta
        [age-9-12] Gente que me molesta
       *[other] Acoso o intimidación
    }
q-unsafe-things-dogs = Perros

q-allowed-alone =
    { $audience ->
        [age-9-12] ¿Te dejan ir a sitios de la ciudad sin un adulto?
        [parent] ¿Deja que su hijo o hija vaya a la escuela o por la ciudad sin un adulto?
       *[other] ¿Puedes moverte por la ciudad sin un adulto cuando quieres?
    }
q-allowed-alone-hint =
    { $audience ->
        [age-9-12] Por ejemplo, a casa de un amigo, a un parque o a una tienda.
        [parent] Por ejemplo, a pie, en bici o en autobús, sin un adulto.
       *[other] Lo preguntamos porque poder moverte con libertad dice mucho de cómo una ciudad cuida a los jóvenes.
    }
q-allowed-alone-yes = Sí
q-allowed-alone-some-places = Solo a algunos sitios
q-allowed-alone-no =
    { $audience ->
        [age-13-17] No mucho
        [parent] Todavía no
       *[other] No
    }

q-alone-why-not = ¿Qué le impide dejar que su hijo o hija vaya sin un adulto?
q-alone-why-not-hint = Elija todo lo que corresponda.
q-alone-why-not-traffic = El tráfico
q-alone-why-not-too-far = Está demasiado lejos
q-alone-why-not-strangers = Desconocidos o acoso
q-alone-why-not-too-young = Aún no tiene edad
q-alone-why-not-no-company = Nadie con quien ir
q-alone-why-not-school-rules = Normas de la escuela

q-unsafe-anywhere =
    { $audience ->
        [parent] ¿Hay algún lugar de la ciudad donde le preocupe la seguridad de su hijo o hija?
       *[other] ¿Hay algún lugar de la ciudad donde no te sientas a salvo?
    }
q-unsafe-anywhere-hint =
    { $audience ->
        [age-9-12] Por ejemplo, una calle, un parque, una parada de autobús o un túnel.
        [parent] Piense en calles, parques, paradas y estaciones, a cualquier hora.
       *[other] Piensa en calles, parques, paradas y estaciones, a cualquier hora.
    }
q-unsafe-anywhere-yes = Sí
q-unsafe-anywhere-no = No
q-unsafe-anywhere-not-sure = No lo sé

q-unsafe-area = ¿En qué barrio está ese lugar?
q-unsafe-area-hint =
    { $audience ->
        [age-9-12] Si hay varios, elige el peor. Así la ciudad sabe por dónde empezar.
        [parent] Si hay más de uno, elija el que más le preocupa. Así la ciudad sabe dónde actuar primero.
       *[other] Si hay más de uno, elige el que más te preocupa. Así la ciudad sabe dónde actuar primero.
    }

q-unsafe-places =
    { $audience ->
        [parent] ¿En qué lugares del camino no se siente a salvo su hijo o hija?
       *[other] ¿En qué lugares de tu camino no te sientes a salvo?
    }
q-unsafe-places-hint =
    { $audience ->
        [age-9-12] Toca el mapa en esos lugares, hasta 3.
        [parent] Marque hasta 3 lugares en el mapa. Solo se guarda la zona aproximada, nunca el punto exacto.
       *[other] Marca hasta 3 lugares en el mapa. Solo se guarda la zona aproximada, nunca el punto exacto.
    }

q-wish-mode =
    { $audience ->
        [age-5-8] ¿Cómo te gustaría ir a la escuela?
        [age-9-12] Si pudieras elegir, ¿cómo te gustaría ir a la escuela?
        [parent] Si fuera seguro y práctico, ¿cómo le gustaría que su hijo o hija fuera a la escuela?
       *[other] Si pudieras elegir libremente, ¿cómo irías a la escuela?
    }
q-wish-mode-hint =
    { $audience ->
        [age-5-8] Elige un dibujo.
        [parent] Elija una respuesta.
       *[other] Elige una respuesta.
    }
q-wish-mode-walk = A pie
q-wish-mode-bike = En bici
q-wish-mode-scooter = En patinete
q-wish-mode-bus =
    { $audience ->
        [age-5-8] En autobús
       *[other] Autobús, tranvía o tren
    }
q-wish-mode-car = En coche

q-help-wish = ¿Qué haría mejor tu camino a la escuela?
q-help-wish-hint = Elige uno o dos dibujos.
q-help-wish-crossings = Un cruce seguro
q-help-wish-lights = Más luces
q-help-wish-slower-cars = Coches más lentos
q-help-wish-bike-lanes = Un camino para bicis
q-help-wish-walking-bus = Caminar en grupo

q-help-rank =
    { $audience ->
        [age-9-12] ¿Qué ayudaría más a que tu camino sea seguro?
        [parent] ¿Qué haría más seguros los trayectos de su hijo o hija?
       *[other] ¿Qué haría más seguro moverse por la ciudad?
    }
q-help-rank-hint =
    { $audience ->
        [age-9-12] Pon arriba lo que más ayudaría. Un pedibús es un grupo que camina a la escuela con adultos.
        [parent] Ponga arriba lo más útil. Un pedibús es un grupo de niños y niñas que va caminando a la escuela con personas adultas voluntarias.
       *[other] Pon arriba lo más útil.
    }
q-help-rank-crossings = Cruces más seguros
q-help-rank-lights = Mejor iluminación
q-help-rank-slower-cars =
    { $audience ->
        [parent] Tráfico más lento
       *[other] Coches más lentos
    }
q-help-rank-bike-lanes = Carriles bici seguros
q-help-rank-walking-bus =
    { $audience ->
        [age-13-17] Ir en grupo
       *[other] Un pedibús
    }

q-home-area =
    { $audience ->
        [parent] ¿En qué barrio vive?
       *[other] ¿En qué barrio vives?
    }
q-home-area-hint =
    { $audience ->
        [age-9-12] Así la ciudad puede ver qué barrios necesitan más cambios.
        [parent] Así la ciudad puede comparar barrios. Los resultados solo se muestran para grupos grandes.
       *[other] Lo preguntamos para comparar barrios. Los resultados solo se muestran para grupos grandes, nunca para una persona.
    }

q-idea =
    { $audience ->
        [age-9-12] Si pudieras cambiar una cosa de tu camino o de la ciudad, ¿cuál sería?
        [parent] Si pudiera cambiar una cosa de los trayectos de su hijo o hija, ¿cuál sería?
       *[other] Si pudieras cambiar una cosa para moverte por la ciudad, ¿cuál sería?
    }
q-idea-hint =
    { $audience ->
        [age-9-12] Escribe con tus palabras. Por favor, no escribas el nombre de nadie.
        [parent] Por favor, no escriba nombres ni direcciones.
       *[other] Por favor, no escribas nombres ni direcciones.
    }

area-old-town = Casco Antiguo
area-riverside = La Ribera
area-north-hill = Colina Norte
area-station = Barrio de la Estación
area-green-park = Parque Verde
