title = Ir para a escola e andar pela cidade
intro =
    { $audience ->
        [age-5-8] Queremos melhorar o seu caminho para a escola. Conte como você vai e como se sente.
        [age-9-12] A cidade quer ruas mais seguras para andar a pé e de bicicleta. Conte como você vai para a escola e onde não se sente em segurança. Suas respostas ajudam a decidir o que muda primeiro.
        [parent] A cidade está planejando caminhos mais seguros para a escola e pela cidade. Queremos saber como são os trajetos do seu filho ou filha e qual é a sua opinião como mãe, pai ou responsável. Suas respostas ajudam a decidir o que muda primeiro.
       *[other] A cidade está planejando mudanças em ruas, travessias e caminhos. Queremos saber como você circula pela cidade, onde não se sente em segurança e o que ajudaria. Suas respostas ajudam a decidir o que será resolvido primeiro.
    }
duration =
    { $audience ->
        [age-5-8] Leva mais ou menos 3 minutos.
        [age-9-12] Leva cerca de 5 minutos.
       *[other] Leva cerca de 4 minutos.
    }
results-when =
    { $audience ->
        [age-5-8] Depois, você pode ver o que ouvimos. Vamos contar o que a cidade vai fazer.
        [age-9-12] Quando a pesquisa acabar, vamos mostrar neste site o que ouvimos. Também vamos dizer o que a cidade vai fazer.
        [parent] Quando a pesquisa for encerrada, vamos publicar neste site o que as crianças e as famílias nos disseram e o que a cidade vai fazer em resposta.
       *[other] Quando a pesquisa terminar, vamos publicar neste site o que ouvimos e o que a cidade vai fazer.
    }

q-travel-mode =
    { $audience ->
        [age-5-8] Como você vai para a escola?
        [parent] Como o seu filho ou filha costuma ir para a escola?
       *[other] Como você costuma ir para a escola?
    }
q-travel-mode-hint =
    { $audience ->
        [age-5-8] Escolha um desenho.
        [age-9-12] Escolha o que você usa na maioria dos dias.
        [parent] Se variar, escolha o meio de transporte da maioria dos dias.
       *[other] Se variar, escolha como você vai na maioria dos dias.
    }
q-travel-mode-walk =
    { $audience ->
        [age-5-8] A pé
       *[other] A pé
    }
q-travel-mode-bike = Bicicleta
q-travel-mode-scooter = Patinete
q-travel-mode-bus =
    { $audience ->
        [age-5-8] Ônibus
       *[other] Ônibus, metrô ou trem
    }
q-travel-mode-car = Carro

q-travel-with =
    { $audience ->
        [age-5-8] Quem vai com você para a escola?
        [parent] Com quem o seu filho ou filha costuma ir para a escola?
       *[other] Com quem você costuma ir para a escola?
    }
q-travel-with-hint =
    { $audience ->
        [age-5-8] Escolha um desenho.
       *[other] Escolha o que acontece na maioria dos dias.
    }
q-travel-with-adult =
    { $audience ->
        [age-5-8] Um adulto
        [parent] Eu ou outro adulto
       *[other] Um adulto
    }
q-travel-with-older-child =
    { $audience ->
        [age-5-8] Uma criança maior
       *[other] Uma criança mais velha
    }
q-travel-with-friends =
    { $audience ->
        [parent] Amigos da mesma idade
       *[other] Amigos
    }
q-travel-with-alone =
    { $audience ->
        [parent] Sozinho ou sozinha
       *[other] Vou sozinho ou sozinha
    }

q-journey-minutes =
    { $audience ->
        [parent] Quantos minutos, mais ou menos, dura o trajeto do seu filho ou filha até a escola?
       *[other] Quantos minutos, mais ou menos, você leva para chegar à escola?
    }
q-journey-minutes-hint =
    { $audience ->
        [age-9-12] Só a ida, de casa até a escola. Pode ser um palpite.
        [parent] Só a ida, de porta a porta, num dia normal. Uma estimativa aproximada serve.
       *[other] Só a ida, de porta a porta. Pode ser uma estimativa.
    }

q-journey-feeling =
    { $audience ->
        [age-5-8] Como você se sente no caminho para a escola?
        [parent] Na sua opinião, o quanto o seu filho ou filha está em segurança no caminho para a escola?
       *[other] O quanto você se sente em segurança no caminho para a escola?
    }
q-journey-feeling-hint =
    { $audience ->
        [age-5-8] Escolha a carinha que mostra como você se sente.
        [age-9-12] A carinha triste quer dizer muito perigoso. A carinha feliz quer dizer muito seguro.
       *[other] De muito inseguro a muito seguro.
    }

q-unsafe-things =
    { $audience ->
        [age-5-8] O que dá medo ou preocupa você?
        [parent] O que mais preocupa você no trajeto do seu filho ou filha?
       *[other] O que deixa o caminho inseguro para você?
    }
q-unsafe-things-hint =
    { $audience ->
        [age-5-8] Você pode escolher mais de um.
       *[other] Escolha todas as opções que se aplicam.
    }
q-unsafe-things-fast-cars =
    { $audience ->
        [parent] Trânsito em alta velocidade
       *[other] Carros muito rápidos
    }
q-unsafe-things-busy-road =
    { $audience ->
        [age-5-8] Ruas com muitos carros
       *[other] Ruas movimentadas para atravessar
    }
q-unsafe-things-no-path =
    { $audience ->
        [age-5-8] Sem lugar para andar
        [parent] Falta de calçada ou calçadas bloqueadas
       *[other] Sem calçada segura
    }
q-unsafe-things-dark =
    { $audience ->
        [age-5-8] Lugares escuros
       *[other] Lugares escuros ou vazios
    }
q-unsafe-things-people =
    { $audience ->
        [age-5-8] Pessoas que me dão medo
        [age-9-12] Pessoas que me incomodam
        [parent] Bullying ou assédio
       *[other] Pessoas que incomodam ou assediam
    }
q-unsafe-things-dogs = Cachorros

q-allowed-alone =
    { $audience ->
        [age-9-12] Você pode ir a lugares da cidade sem um adulto?
        [parent] Você deixa o seu filho ou filha ir à escola ou andar pela cidade sem um adulto?
       *[other] Você consegue circular pela cidade por conta própria quando quer?
    }
q-allowed-alone-hint =
    { $audience ->
        [age-9-12] Por exemplo, à casa de um amigo, a um parque ou a uma loja.
        [parent] Por exemplo, a pé, de bicicleta ou de ônibus, sem um adulto.
       *[other] Perguntamos porque a liberdade dos jovens para circular mostra o quanto uma cidade é amiga das crianças.
    }
q-allowed-alone-yes = Sim
q-allowed-alone-some-places = Só a alguns lugares
q-allowed-alone-no =
    { $audience ->
        [age-13-17] Não muito
        [parent] Ainda não
       *[other] Não
    }

q-alone-why-not = O que impede você de deixar o seu filho ou filha ir sem companhia?
q-alone-why-not-hint = Escolha todas as opções que se aplicam.
q-alone-why-not-traffic = Trânsito
q-alone-why-not-too-far = É longe demais
q-alone-why-not-strangers = Pessoas desconhecidas ou assédio
q-alone-why-not-too-young = Ainda tem pouca idade
q-alone-why-not-no-company = Não tem com quem ir
q-alone-why-not-school-rules = Regras da escola

q-unsafe-anywhere =
    { $audience ->
        [parent] Existe algum lugar na cidade onde você se preocupa com a segurança do seu filho ou filha?
       *[other] Existe algum lugar na cidade onde você não se sente em segurança?
    }
q-unsafe-anywhere-hint =
    { $audience ->
        [age-9-12] Por exemplo, uma rua, um parque, um ponto de ônibus ou um túnel.
       *[other] Pense em ruas, parques, pontos de ônibus e estações, a qualquer hora do dia.
    }
q-unsafe-anywhere-yes = Sim
q-unsafe-anywhere-no = Não
q-unsafe-anywhere-not-sure = Não tenho certeza

q-unsafe-area = Em que parte da cidade fica esse lugar?
q-unsafe-area-hint =
    { $audience ->
        [age-9-12] Se forem vários, escolha o pior. Isso ajuda a cidade a saber por onde começar.
       *[other] Se houver mais de um, escolha o que mais preocupa você. Isso mostra à cidade onde agir primeiro.
    }

q-unsafe-places =
    { $audience ->
        [parent] Em que lugares do caminho o seu filho ou filha não se sente em segurança?
       *[other] Em que lugares do seu caminho você não se sente em segurança?
    }
q-unsafe-places-hint =
    { $audience ->
        [age-9-12] Toque no mapa nesses lugares, até 3.
        [parent] Marque até 3 lugares no mapa. Só guardamos a região aproximada, nunca o ponto exato.
       *[other] Marque até 3 lugares no mapa. Só guardamos a região aproximada, nunca o ponto exato.
    }

q-wish-mode =
    { $audience ->
        [age-5-8] Como você gostaria de ir para a escola?
        [age-9-12] Se você pudesse escolher, como gostaria de ir para a escola?
        [parent] Se fosse seguro e prático, como você gostaria que o seu filho ou filha fosse para a escola?
       *[other] Se pudesse escolher livremente, como você iria para a escola?
    }
q-wish-mode-hint =
    { $audience ->
        [age-5-8] Escolha um desenho.
       *[other] Escolha uma opção.
    }
q-wish-mode-walk =
    { $audience ->
        [age-5-8] A pé
       *[other] A pé
    }
q-wish-mode-bike = Bicicleta
q-wish-mode-scooter = Patinete
q-wish-mode-bus =
    { $audience ->
        [age-5-8] Ônibus
       *[other] Ônibus, metrô ou trem
    }
q-wish-mode-car = Carro

q-help-wish = O que deixaria o seu caminho para a escola melhor?
q-help-wish-hint = Escolha um ou dois.
q-help-wish-crossings = Lugar seguro para atravessar
q-help-wish-lights = Mais luzes
q-help-wish-slower-cars = Carros mais devagar
q-help-wish-bike-lanes = Um caminho para bicicletas
q-help-wish-walking-bus = Ir a pé em grupo

q-help-rank =
    { $audience ->
        [age-9-12] O que mais ajudaria a deixar o seu caminho mais seguro?
        [parent] O que mais ajudaria a deixar os trajetos do seu filho ou filha mais seguros?
       *[other] O que deixaria mais seguro circular pela cidade?
    }
q-help-rank-hint =
    { $audience ->
        [age-9-12] Coloque no topo o que mais ajuda. Carona a pé é um grupo que vai a pé à escola com adultos.
        [parent] Coloque no topo o mais útil. A carona a pé é um grupo de crianças que vai a pé para a escola com adultos voluntários.
       *[other] Coloque no topo o mais útil.
    }
q-help-rank-crossings =
    { $audience ->
        [age-9-12] Lugares mais seguros para atravessar
       *[other] Travessias mais seguras
    }
q-help-rank-lights = Melhor iluminação nas ruas
q-help-rank-slower-cars =
    { $audience ->
        [parent] Trânsito mais lento
       *[other] Carros mais devagar
    }
q-help-rank-bike-lanes = Ciclovias seguras
q-help-rank-walking-bus =
    { $audience ->
        [age-13-17] Grupos para ir a pé ou de bicicleta
        [parent] Caronas a pé
       *[other] Carona a pé
    }

q-home-area = Em que parte da cidade você mora?
q-home-area-hint =
    { $audience ->
        [age-9-12] Isso ajuda a cidade a ver quais áreas mais precisam de mudanças.
        [parent] Assim a cidade pode comparar as áreas. Os resultados só são mostrados para grupos grandes.
       *[other] Perguntamos para a cidade poder comparar as áreas. Os resultados só aparecem para grupos grandes, nunca para uma pessoa.
    }

q-idea =
    { $audience ->
        [age-9-12] Se pudesse mudar uma coisa no caminho da escola ou na cidade, qual seria?
        [parent] Se pudesse mudar uma coisa nos trajetos do seu filho ou filha, o que seria?
       *[other] Se pudesse mudar uma coisa no jeito de circular pela cidade, o que seria?
    }
q-idea-hint =
    { $audience ->
        [age-9-12] Escreva com suas próprias palavras. Não escreva o nome de ninguém.
       *[other] Não escreva o nome nem o endereço de ninguém.
    }

area-old-town = Centro Histórico
area-riverside = Beira-Rio
area-north-hill = Colina Norte
area-station = Bairro da Estação
area-green-park = Parque Verde
