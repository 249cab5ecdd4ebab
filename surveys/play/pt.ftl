# Pesquisa `play`: onde as crianças brincam e se encontram, o que as impede, o que mudariam.
# Cada texto é verificado por público: 10 palavras por frase para age-5-8, 15 para age-9-12,
# 20 para age-13-17, 30 para mães, pais e responsáveis.

title =
    { $audience ->
        [age-5-8] Onde você brinca?
       *[other] Lugares para brincar e conviver
    }
intro =
    { $audience ->
        [age-5-8] A cidade quer saber onde você brinca. Suas ideias podem melhorar os lugares de brincar.
        [age-9-12] A cidade quer melhorar os lugares para brincar e encontrar os amigos. Conte onde você brinca, o que atrapalha e o que você mudaria. Suas ideias ajudam a cidade a escolher o que fazer primeiro.
        [age-13-17] A cidade está planejando mudanças em parques, ruas e outros lugares onde os jovens passam o tempo. Queremos saber aonde você vai, o que atrapalha e o que você mudaria. O que você disser ajuda a decidir o que a cidade faz primeiro.
       *[parent] A cidade está planejando mudanças em espaços de brincar, parques e ruas. Queremos saber onde o seu filho ou filha brinca e encontra os amigos, o que atrapalha e qual é a sua opinião. Suas respostas ajudam a decidir o que a cidade faz primeiro.
    }
duration =
    { $audience ->
        [age-5-8] Leva mais ou menos 3 minutos.
        [age-9-12] Leva cerca de 4 minutos.
        [age-13-17] Leva cerca de 4 minutos.
       *[parent] Leva cerca de 3 minutos.
    }
results-when =
    { $audience ->
        [age-5-8] No fim, vamos contar o que as crianças disseram. Também vamos dizer o que a cidade vai fazer. Um adulto pode mostrar isso para você neste site.
        [age-9-12] Quando a pesquisa acabar, vamos contar neste site o que as crianças disseram. Também vamos dizer o que a cidade vai fazer.
        [age-13-17] Quando a pesquisa for encerrada, vamos publicar neste site o que os jovens disseram. Também vamos dizer o que a cidade pretende fazer.
       *[parent] Quando a pesquisa for encerrada, os resultados e a resposta da cidade serão publicados neste site, com uma versão escrita para crianças.
    }

## Onde brincam

q-play-places =
    { $audience ->
        [age-5-8] Onde você gosta de brincar?
        [age-9-12] Onde você costuma brincar ou encontrar os amigos?
        [age-13-17] Onde você costuma passar o tempo livre com os amigos?
       *[parent] Onde o seu filho ou filha costuma brincar ou encontrar os amigos fora do horário escolar?
    }
q-play-places-hint =
    { $audience ->
        [age-5-8] Você pode escolher até 3.
       *[other] Escolha até 3.
    }
q-play-places-playground = Parquinho
q-play-places-park =
    { $audience ->
        [age-5-8] Parque
       *[other] Parque ou área verde
    }
q-play-places-street =
    { $audience ->
        [age-5-8] Rua perto de casa
       *[other] Rua ou praça
    }
q-play-places-school-yard = Pátio da escola
q-play-places-sports-ground =
    { $audience ->
        [age-5-8] Campo de esportes
       *[other] Campo ou quadra de esportes
    }
q-play-places-shops =
    { $audience ->
        [age-5-8] Lojas
        [age-13-17] Shopping ou cafés
       *[other] Lojas ou shopping
    }
q-play-places-home =
    { $audience ->
        [age-5-8] Em casa
       *[other] Em casa ou na casa de amigos
    }

## Com que frequência, e o que impede

q-play-spots =
    { $audience ->
        [parent] Onde o seu filho ou filha brinca ao ar livre?
       *[other] Onde você brinca ao ar livre?
    }
q-play-spots-hint =
    { $audience ->
        [age-9-12] Toque no mapa onde você brinca, até 3 lugares.
       *[other] Marque até 3 lugares no mapa. Só guardamos a região aproximada, nunca o ponto exato.
    }

q-plays-outside =
    { $audience ->
        [age-5-8] Quantas vezes você brinca fora de casa?
        [age-9-12] Quantas vezes você brinca ao ar livre, depois da aula ou no fim de semana?
        [age-13-17] Fora do horário escolar, com que frequência você passa tempo ao ar livre?
       *[parent] Com que frequência o seu filho ou filha brinca ou passa tempo ao ar livre quando não está na escola?
    }
q-plays-outside-hint =
    { $audience ->
        [age-5-8] Pense no tempo depois da escola.
        [age-9-12] Pense numa semana normal.
        [age-13-17] Pense numa semana normal. Isso ajuda a cidade a ver o quanto os jovens usam os espaços ao ar livre.
       *[parent] Pense numa semana normal.
    }
q-plays-outside-most-days =
    { $audience ->
        [age-5-8] Todos os dias
       *[other] Quase todos os dias
    }
q-plays-outside-some-days = Alguns dias
q-plays-outside-hardly-ever =
    { $audience ->
        [age-5-8] Poucas vezes
        [parent] Raramente ou nunca
       *[other] Quase nunca
    }

q-what-stops =
    { $audience ->
        [age-5-8] O que não deixa você brincar fora de casa?
        [age-9-12] O que não deixa você brincar mais ao ar livre?
        [age-13-17] O que impede você de passar mais tempo ao ar livre?
       *[parent] O que impede o seu filho ou filha de brincar mais ao ar livre?
    }
q-what-stops-hint =
    { $audience ->
        [age-5-8] Escolha tudo o que for verdade.
       *[other] Escolha todas as opções que se aplicam.
    }
q-what-stops-traffic =
    { $audience ->
        [age-5-8] Carros
        [age-9-12] Ruas movimentadas e carros
       *[other] Trânsito e ruas movimentadas
    }
q-what-stops-too-far =
    { $audience ->
        [age-5-8] É muito longe
       *[other] Longe demais
    }
q-what-stops-feel-unsafe =
    { $audience ->
        [age-5-8] Tenho medo
        [parent] Não parece seguro
       *[other] Não me sinto em segurança
    }
q-what-stops-not-allowed =
    { $audience ->
        [age-5-8] Os adultos não deixam
        [parent] Ainda não pode ir sem um adulto
       *[other] Não me deixam
    }
q-what-stops-no-friends =
    { $audience ->
        [age-5-8] Não tenho com quem brincar
        [age-9-12] Não tenho com quem brincar
       *[other] Sem amigos por perto
    }
q-what-stops-broken-dirty =
    { $audience ->
        [age-5-8] Coisas quebradas ou sujas
       *[other] Lugares estragados ou sujos
    }
q-what-stops-no-time =
    { $audience ->
        [age-5-8] Não tenho tempo
        [age-9-12] Não tenho tempo (dever de casa, cursos)
        [age-13-17] Não tenho tempo (escola, cursos)
       *[parent] Falta de tempo
    }

## Sentir segurança, sair sem adultos, sentir-se bem-vindo

q-feel-safe =
    { $audience ->
        [age-5-8] Você se sente em segurança quando brinca perto de casa?
        [age-9-12] O quanto você se sente em segurança quando brinca perto da sua casa?
        [age-13-17] O quanto você se sente em segurança quando está pelo seu bairro?
       *[parent] O quanto você acha seguro o seu filho ou filha brincar perto da sua casa?
    }
q-feel-safe-hint =
    { $audience ->
        [age-5-8] Escolha uma carinha.
        [age-9-12] Escolha uma carinha. A carinha feliz quer dizer muita segurança.
        [age-13-17] Perguntamos porque isso mostra à cidade quais lugares precisam ficar mais seguros.
       *[parent] Pense nos lugares aonde o seu filho ou filha vai com mais frequência.
    }

q-goes-alone =
    { $audience ->
        [age-9-12] Você pode ir a lugares para brincar sem um adulto?
       *[parent] O seu filho ou filha vai a lugares para brincar sem um adulto?
    }
q-goes-alone-hint =
    { $audience ->
        [age-9-12] Por conta própria ou com amigos.
       *[parent] Por conta própria ou com amigos.
    }
q-goes-alone-yes = Sim, muitas vezes
q-goes-alone-sometimes = Às vezes
q-goes-alone-no = Só com um adulto

q-feel-welcome = Você se sente bem-vindo ou bem-vinda em parques, praças e shoppings?
q-feel-welcome-hint = Às vezes pedem que jovens saiam de lugares públicos. Perguntamos para a cidade saber se isso acontece.

## Onde moram

q-home-area = Em que parte da cidade você mora?
q-home-area-hint =
    { $audience ->
        [age-9-12] Isso ajuda a cidade a ver quais áreas precisam de mudanças.
        [age-13-17] Perguntamos para a cidade ver quais áreas mais precisam de mudanças. Os resultados só mostram grupos grandes, nunca uma pessoa.
       *[parent] Isso ajuda a cidade a ver quais áreas mais precisam de mudanças.
    }

q-free-place =
    { $audience ->
        [age-9-12] Existe algum lugar perto da sua casa onde você pode encontrar amigos sem pagar?
        [age-13-17] Existe algum lugar perto de você onde dá para encontrar amigos sem gastar dinheiro?
       *[parent] Existe algum lugar perto da sua casa onde o seu filho ou filha possa encontrar amigos sem gastar dinheiro?
    }
q-free-place-yes = Sim
q-free-place-no = Não
q-free-place-not-sure =
    { $audience ->
        [age-9-12] Não sei
       *[other] Não tenho certeza
    }

## O que mudariam

q-add-to-place =
    { $audience ->
        [age-5-8] O que deixaria o seu parque ou parquinho melhor?
        [age-9-12] O que deixaria melhores os lugares para brincar perto de você?
        [age-13-17] O que deixaria melhores os lugares para passar o tempo perto de você?
       *[parent] O que deixaria os lugares para brincar perto da sua casa melhores para o seu filho ou filha?
    }
q-add-to-place-hint =
    { $audience ->
        [age-5-8] Você pode escolher até 3.
       *[other] Escolha até 3.
    }
q-add-to-place-trees-flowers =
    { $audience ->
        [age-5-8] Árvores e flores
       *[other] Mais árvores e natureza
    }
q-add-to-place-new-play =
    { $audience ->
        [age-13-17] Esportes, skate e escalada
        [parent] Brinquedos melhores
       *[other] Balanços e escorregadores novos
    }
q-add-to-place-safe-crossing =
    { $audience ->
        [age-5-8] Lugar seguro para atravessar a rua
       *[other] Travessias seguras, carros mais devagar
    }
q-add-to-place-toilets-water =
    { $audience ->
        [age-5-8] Banheiro e água para beber
       *[other] Banheiros e água potável
    }
q-add-to-place-lights =
    { $audience ->
        [age-5-8] Luzes para quando está escuro
       *[other] Melhor iluminação à noite
    }
q-add-to-place-seats-shelter =
    { $audience ->
        [age-5-8] Bancos e um telhado
       *[other] Bancos, sombra e abrigo
    }

q-city-first = O que a cidade deve fazer primeiro?
q-city-first-hint =
    { $audience ->
        [age-9-12] Coloque em ordem. O número 1 é o mais importante.
       *[other] Coloque em ordem, com o mais importante primeiro.
    }
q-city-first-safer-streets =
    { $audience ->
        [age-9-12] Ruas mais seguras (carros mais devagar)
       *[other] Ruas e travessias mais seguras
    }
q-city-first-more-green = Mais parques e natureza
q-city-first-better-playgrounds = Parquinhos e quadras melhores
q-city-first-youth-spaces =
    { $audience ->
        [age-9-12] Lugares para crianças maiores
        [age-13-17] Lugares para jovens
       *[parent] Lugares para adolescentes
    }
q-city-first-clean-lit = Lugares limpos e bem iluminados

q-city-listens =
    { $audience ->
        [age-9-12] Você acha que a cidade escuta as ideias das crianças?
        [age-13-17] Você sente que a cidade escuta as ideias dos jovens?
       *[parent] Você sente que a cidade escuta as crianças e as famílias quando planeja os espaços de brincar?
    }
q-city-listens-hint =
    { $audience ->
        [age-9-12] Escolha uma carinha. A carinha feliz quer dizer que ela escuta muito.
       *[other] Uma resposta sincera ajuda a cidade a melhorar.
    }

q-my-street =
    { $audience ->
        [age-13-17] O quanto você concorda com estas frases sobre a sua rua?
       *[parent] O quanto você concorda com estas frases sobre a rua onde você mora?
    }
q-my-street-hint = Uma resposta em cada linha.
q-my-street-safe-to-cross = Dá para atravessar com segurança.
q-my-street-clean = Ela é limpa.
q-my-street-lit-at-night = Ela é bem iluminada à noite.
q-my-street-welcome = Os jovens são bem-vindos lá.
list-agree-disagree = Discordo
list-agree-not-sure = Não tenho certeza
list-agree-agree = Concordo

q-your-idea =
    { $audience ->
        [age-5-8] Qual a sua melhor ideia para os lugares de brincar?
        [age-9-12] Com suas próprias palavras: o que você mudaria nos lugares para brincar?
        [age-13-17] Com suas próprias palavras: o que você mudaria nos lugares para brincar e conviver perto de você?
       *[parent] Com suas próprias palavras: o que faria mais diferença nas brincadeiras do seu filho ou filha?
    }
q-your-idea-hint =
    { $audience ->
        [age-5-8] Um adulto pode ajudar você a escrever.
        [parent] Não inclua nomes, endereços nem números de telefone.
       *[other] Não escreva nomes, endereços nem números de telefone.
    }

## Áreas (os mesmos ids da pesquisa `journeys`)

area-old-town = Centro Histórico
area-riverside = Beira-Rio
area-north-hill = Colina Norte
area-station = Bairro da Estação
area-green-park = Parque Verde
