# childvoice interface strings — Português (pt).
# Written to read naturally in Brazil and to be understood in Portugal: neutral
# words where possible, Brazilian usage where the two differ, "você" throughout.
# `$audience` is age-5-8, age-9-12, age-13-17 or parent; it gives each age its own words.

language-name = Português
site-name = Dê sua opinião
skip-link = Pular para o conteúdo principal

home-title = Dê sua opinião sobre a sua cidade
home-intro = Sua cidade quer ouvir crianças, adolescentes e famílias.
home-open = Consultas abertas agora
home-none = Não há nada para responder agora. Volte em breve.

choose-language = Escolha o seu idioma
who-are-you = Quem é você?
audience-age-5-8 = Tenho de 5 a 8 anos
audience-age-9-12 = Tenho de 9 a 12 anos
audience-age-13-17 = Tenho de 13 a 17 anos
audience-parent = Sou mãe, pai ou responsável

assent-title =
    { $audience ->
        [age-5-8] Antes de começarmos
       *[other] Antes de começar
    }
assent-what = Sobre o que é isto?
assent-anonymous =
    { $audience ->
        [age-5-8] Não vamos perguntar o seu nome.
        [parent] É anônimo: não pedimos o seu nome, e-mail nem endereço, e não registramos o seu endereço IP.
       *[other] Não vamos perguntar o seu nome. Ninguém consegue saber quais respostas são suas.
    }
assent-skip =
    { $audience ->
        [age-5-8] Você não precisa responder.
        [parent] Todas as perguntas são opcionais, a não ser que esteja indicado o contrário.
       *[other] Você não precisa responder a todas as perguntas. Pode pular qualquer uma delas.
    }
assent-stop =
    { $audience ->
        [age-5-8] Você pode parar quando quiser.
        [parent] Você pode parar a qualquer momento; nada é enviado antes da última página.
       *[other] Você pode parar quando quiser. Nada é enviado até você apertar Enviar.
    }
assent-results = Quando você vai ter uma resposta?
assent-start =
    { $audience ->
        [age-5-8] Vamos começar!
       *[other] Começar
    }
assent-not-now = Agora não

form-progress = Passo { $current } de { $total }
form-next = Avançar
form-back = Voltar
form-send = Enviar minhas respostas
form-stop = Parar (nada é enviado)
form-optional = Você pode pular esta pergunta.
form-required = Obrigatória
form-choose-many = Você pode escolher mais de uma.
form-choose-up-to = Você pode escolher até { $max }.
form-rank-help = Numere: 1 para a mais importante, depois 2, depois 3. Você pode deixar algumas em branco.
form-rank-none = –
form-number-help = Um número de { $min } a { $max }.
form-text-help = Não escreva o seu nome, telefone nem endereço.
form-errors =
    { $audience ->
        [age-5-8] Olhe isto de novo, por favor.
       *[other] Confira as respostas marcadas abaixo. Suas outras respostas foram guardadas.
    }
form-token-renewed = Esta página ficou aberta por muito tempo. Confira suas respostas e aperte o botão de novo.
form-area-help = Escolha a parte da cidade.

scale-3-1 = Ruim
scale-3-2 = Mais ou menos
scale-3-3 = Bom
scale-5-1 = Muito ruim
scale-5-2 = Ruim
scale-5-3 = Mais ou menos
scale-5-4 = Bom
scale-5-5 = Muito bom

error-required = Responda a esta pergunta, por favor.
error-not-an-option = Escolha uma das respostas mostradas.
error-too-many = Escolha no máximo { $max }.
error-not-a-number = Escreva um número com algarismos, como 12.
error-out-of-range = Escreva um número de { $min } a { $max }.
error-too-long = Escreva um texto mais curto: no máximo { $max } caracteres.
error-duplicate-rank = Use cada número só uma vez.

thanks-title =
    { $audience ->
        [age-5-8] Obrigado!
       *[other] Obrigado pelas suas respostas
    }
thanks-body =
    { $audience ->
        [age-5-8] Recebemos suas respostas. Elas ajudam a melhorar a sua cidade.
        [parent] Suas respostas foram recebidas. Elas vão ajudar a cidade a decidir o que fazer.
       *[other] Recebemos suas respostas. Elas vão ajudar a decidir os próximos passos da cidade.
    }
thanks-next = O que acontece agora?
thanks-results-link = Veja o que ouvimos
thanks-again = Voltar ao início

help-title = Precisa de alguém para conversar?
help-default = Se algo preocupa você, converse com um adulto de confiança. Também pode ligar grátis para uma linha de ajuda infantil. Encontre a do seu país em childhelplineinternational.org.

results-title = O que ouvimos
results-not-yet = Os resultados ainda não estão prontos.

closed-title = Esta consulta foi encerrada
closed-body = Obrigado por querer participar. Não é mais possível responder.
not-open-title = Esta consulta ainda não está aberta
not-open-body = Volte quando ela abrir.

error-not-found-title = Não encontramos esta página
error-not-found-body = Confira o link ou volte ao início.
error-bad-request-title = Algo estava errado no que foi enviado
error-bad-request-body = Volte e tente de novo.
error-too-large-title = Foi coisa demais para enviar de uma vez
error-too-large-body = Deixe suas respostas mais curtas e tente de novo.
error-server-title = Desculpe, algo deu errado do nosso lado
error-server-body = Tente de novo daqui a um minuto.
error-unavailable-title = Estamos com muito movimento agora
error-unavailable-body = Tente de novo daqui a um minuto. Suas respostas ainda estão nesta página.
back-to-start = Voltar ao início

## Administração: equipes técnicas, planejamento e políticas públicas (linguagem adulta)

admin-title = Administração do childvoice
admin-nav-consultations = Consultas
admin-nav-people = Pessoas
admin-nav-audit = Registro de auditoria
admin-sign-out = Sair
admin-signed-in-as = { $email } · { $org } · { $role }
admin-errors = Corrija os campos marcados abaixo.
admin-saved = Salvo.

admin-login-title = Entrar
admin-email = Endereço de e-mail
admin-password = Senha
admin-login-submit = Entrar
admin-login-failed = O endereço de e-mail ou a senha estão incorretos.
admin-login-forgot = Esqueceu sua senha?
admin-too-many-attempts = Tentativas demais. Aguarde um minuto e tente de novo.

admin-forgot-title = Redefinir sua senha
admin-forgot-intro = Digite seu endereço de e-mail. Se ele pertencer a uma conta, enviaremos um link para você escolher uma nova senha.
admin-forgot-submit = Enviar o link
admin-forgot-sent = Se alguma conta usar este endereço, um link está a caminho. Ele só pode ser usado uma vez e vale por 72 horas.

admin-set-password-title = Escolha sua senha
admin-set-password-intro = Escolha uma senha para { $email }. Use pelo menos { $min } caracteres; algumas palavras sem relação entre si formam uma senha forte.
admin-new-password = Nova senha
admin-confirm-password = A mesma senha de novo
admin-set-password-submit = Salvar a senha
admin-password-too-short = Use pelo menos { $min } caracteres.
admin-password-mismatch = As duas senhas não são iguais.
admin-link-invalid = Este link expirou ou já foi usado. Peça um novo.

admin-consultations-title = Consultas
admin-new-consultation = Nova consulta
admin-none-yet = Ainda não há consultas.
admin-col-title = Título
admin-col-state = Situação
admin-col-responses = Respostas
admin-col-dates = Datas
admin-col-link = Link
state-draft = Rascunho
state-open = Aberta
state-closed = Encerrada
state-published = Resultados publicados
state-scheduled = Abre mais tarde
state-ended = A data de encerramento já passou
admin-no-date = sem data definida
admin-date-range = { $from } a { $to }

admin-pick-template = Começar a partir de um modelo
admin-template-questions =
    { $n ->
        [one] { $n } pergunta
        [many] { $n } de perguntas
       *[other] { $n } perguntas
    }
admin-template-languages = Idiomas
admin-template-audiences = Públicos
admin-use-template = Usar este modelo

admin-settings-title = Configurações
admin-field-title = Título ({ $language })
admin-field-slug = Link curto
admin-field-slug-help = Letras minúsculas, algarismos e hifens. Ele aparece nos cartazes e nos códigos QR.
admin-field-languages = Idiomas
admin-field-audiences = Públicos
admin-field-areas = Áreas (bairros)
admin-field-areas-help = Uma por linha. Os participantes podem dizer em que área moram; os resultados podem ser vistos por área.
admin-field-opens = Abre em
admin-field-closes = Encerra em
admin-field-dates-help = Deixe em branco para abrir e encerrar manualmente.
admin-field-k = Menor grupo mostrado nos resultados
admin-field-k-help = Qualquer número vindo de menos pessoas do que isso fica oculto, para que nenhuma criança possa ser identificada. No mínimo 3; recomendamos 10.
admin-field-retention-help = Meses depois da publicação dos resultados. Depois disso, todas as respostas individuais, com cada item respondido e cada texto livre, são excluídas; ficam só as contagens, por isso os números publicados não mudam. Com 0, elas são excluídas quando você publicar. No máximo 120.
admin-field-retention = Excluir as respostas uma a uma depois de (meses)
admin-field-help = Texto de ajuda para crianças ({ $language })
admin-field-help-help = Onde uma criança pode conseguir ajuda, por exemplo a linha nacional de ajuda à criança. Se ficar em branco, as crianças são encaminhadas para a Child Helpline International.
admin-locked-after-launch = O link, os idiomas, os públicos e as áreas não podem mais ser alterados depois que a consulta é lançada.
admin-save-draft = Salvar como rascunho
admin-save = Salvar
admin-cancel = Cancelar
admin-error-slug = Use de 3 a 40 letras minúsculas, algarismos ou hifens, começando por uma letra.
admin-error-slug-taken = Este link curto já está em uso. Escolha outro.
admin-error-languages = Escolha pelo menos um idioma.
admin-error-audiences = Escolha pelo menos um público.
admin-error-title = O título é longo demais: no máximo 120 caracteres.
admin-error-help = O texto de ajuda é longo demais: no máximo 1000 caracteres.
admin-error-areas = Liste as áreas, uma por linha (no máximo 200). Esta pesquisa pergunta sobre elas.
admin-error-date = Use uma data como 2027-05-31.
admin-error-dates = A data de encerramento é anterior à data de abertura.
admin-error-k = Use um número inteiro de 3 a 1000.
admin-error-k-lower = Esta consulta já tem respostas, por isso o menor grupo não pode ficar menor.
admin-error-retention = Escolha um número de meses de 0 a 120.
admin-error-channel-name = Dê ao canal um nome de até 100 caracteres.

admin-launch = Lançar
admin-launch-help = Ao lançar, a consulta fica aberta aos participantes (a partir da data de abertura, se houver uma).
admin-close = Encerrar agora
admin-reopen = Reabrir
admin-edit = Editar configurações
admin-preview = Visualizar
admin-preview-help = Só pessoas da sua organização podem ver um rascunho.
admin-links = Link, código QR e cartazes
admin-public-link = Link público
admin-qr-svg = Código QR (SVG)
admin-qr-png = Código QR (PNG)
admin-poster = Cartaz ({ $language })
admin-responses = Respostas
admin-responses-total =
    { $n ->
        [0] Nenhuma resposta até agora
        [one] { $n } resposta no total
        [many] { $n } de respostas no total
       *[other] { $n } respostas no total
    }
admin-channels = Canais
admin-channels-help = Um canal é um lugar onde você divulga a consulta: uma turma da escola, um cartaz na biblioteca, um boletim informativo. Cada canal tem seu próprio link curto e código QR, para você ver quais funcionam. Um canal nunca identifica uma pessoa.
admin-channel-name = Nome
admin-channel-code = Código
admin-channel-add = Adicionar um canal
admin-channel-none = Ainda não há canais.
admin-audience-age-5-8 = Crianças de 5 a 8 anos
admin-audience-age-9-12 = Crianças de 9 a 12 anos
admin-audience-age-13-17 = Adolescentes de 13 a 17 anos
admin-audience-parent = Mães, pais e responsáveis

admin-people-title = Pessoas
admin-invite = Convidar alguém
admin-role = Função
role-owner = Proprietário
role-editor = Editor
role-analyst = Analista
admin-role-help = Proprietários gerenciam pessoas e configurações; editores criam e conduzem consultas; analistas leem resultados e exportações.
admin-language = Idioma dos e-mails para essa pessoa
admin-invite-submit = Enviar o convite
admin-invited = Um convite foi enviado para { $email }.
admin-mail-failed = Não foi possível enviar o e-mail: { $reason }. Nada foi perdido; verifique as configurações de e-mail e tente de novo.
admin-error-email = Digite um endereço de e-mail válido.
admin-error-email-taken = Já existe uma conta com este endereço.
admin-col-email = E-mail
admin-col-status = Situação
admin-status-active = Conta ativa
admin-status-invited = Convite enviado

admin-audit-title = Registro de auditoria
admin-col-when = Quando
admin-col-who = Quem
admin-col-what = O quê
audit-consultation-created = criou a consulta { $detail }
audit-consultation-launched = lançou { $detail }
audit-consultation-closed = encerrou { $detail }
audit-consultation-reopened = reabriu { $detail }
audit-settings-changed = alterou as configurações de { $detail }
audit-channel-created = adicionou o canal { $detail }
audit-user-invited = convidou { $detail }
audit-password-set = definiu a própria senha
audit-password-reset-requested = pediu para redefinir a senha
audit-user-created = criou a conta { $detail }
audit-system = (linha de comando)

error-forbidden-title = Você não pode fazer isso
error-forbidden-body = Sua função não permite esta ação. Peça a um proprietário da sua organização.

poster-call = Dê sua opinião! Aponte a câmera do celular para o código.
poster-or-visit = Ou abra este endereço:
poster-free = É gratuito e anônimo. Leva poucos minutos.

email-invite-subject = Convite para { $org } no childvoice
email-invite-body = Você recebeu um convite para participar de { $org } no childvoice como { $role }. Abra o link abaixo para escolher sua senha.
email-invite-action = Escolher minha senha
email-reset-subject = Redefina sua senha do childvoice
email-reset-body = Alguém pediu para redefinir a senha da sua conta no childvoice. Abra o link abaixo para escolher uma nova.
email-reset-action = Escolher uma nova senha
email-link-expiry = O link só pode ser usado uma vez e vale por 72 horas.
email-ignore = Se você não esperava este e-mail, pode ignorá-lo.

## Muito movimento, envio recusado e serviço indisponível (as respostas sempre ficam na página)

error-busy-title = Estão chegando muitas respostas agora
error-busy-body = Tente de novo daqui a um minuto.
error-no-reopen-body = Ela já tem respostas, e os números puderam ser lidos enquanto estava fechada. Novas respostas mostrariam, por comparação, o que cada pessoa nova disse. Comece uma nova consulta a partir do mesmo modelo.
error-no-reopen-title = Esta consulta não pode ser reaberta
error-not-yet-body = O arquivo com as respostas uma a uma pode ser baixado por proprietários e analistas depois que a consulta for encerrada, até que as respostas sejam excluídas.
error-not-yet-title = Não disponível agora
form-busy = Estão chegando muitas respostas agora. Espere um minuto e aperte o botão de novo. Suas respostas continuam aqui.
form-check-again = Confira suas respostas e aperte o botão de novo.
form-unavailable = Não conseguimos salvar respostas agora. Espere um minuto e aperte o botão de novo. Suas respostas continuam aqui.
form-honeypot = Deixe em branco

## Códigos de uso único e proteção infantil

code-label = Seu código
code-help = Digite o código do seu cartão. Cada código permite que uma pessoa responda uma vez.
code-unknown = Este código não está certo. Confira e tente de novo.
code-used = Este código já foi usado. Cada código só funciona uma vez.
codes-card-scan = Use a câmera do celular ou acesse:
thanks-care-title = Obrigado por nos contar
thanks-care-body = O que você escreveu é importante. Se algo preocupa você ou alguém machuca você, a culpa não é sua. Você pode pedir ajuda agora:

admin-nav-safeguarding = Proteção infantil
admin-safeguarding-title = Textos para revisar
admin-safeguarding-help = Estas respostas contêm palavras que podem indicar que uma criança está em risco. Leia cada uma e siga o seu procedimento de proteção infantil. Nada aqui identifica a criança: os dados de contato foram removidos antes de qualquer armazenamento.
admin-safeguarding-none = Nada para revisar.
admin-reviewed = Marcar como revisado
admin-reviewed-done = Revisado
admin-col-question = Pergunta
admin-col-text = Texto
admin-col-day = Dia
admin-col-lead = Responsável pela proteção infantil
admin-make-lead = Tornar responsável
admin-remove-lead = Remover
admin-lead-help = Os responsáveis pela proteção infantil recebem um e-mail quando as palavras de uma criança precisam de revisão, e têm acesso à fila de revisão.
admin-field-requires-code = Cada resposta precisa de um código de uso único
admin-field-requires-code-help = Distribua cartões com códigos, por exemplo um por criança de uma turma. Cada código permite exatamente uma resposta, e ninguém consegue saber qual código corresponde a qual resposta.
admin-codes = Códigos
admin-codes-count =
    { $total ->
        [one] { $total } código
        [many] { $total } de códigos
       *[other] { $total } códigos
    }
admin-codes-used = Usados (contados depois que a consulta for encerrada)
admin-codes-generate = Gerar códigos
admin-codes-how-many = Quantos códigos
admin-codes-print = Imprimir os cartões
admin-error-codes = Escolha um número de 1 a 200.

email-safeguarding-subject = As palavras de uma criança precisam da sua revisão
email-safeguarding-body = Uma resposta a uma consulta de { $org } contém palavras que podem indicar que uma criança está em risco. Entre no sistema e leia a resposta na fila de revisão. Para proteger a criança, o texto não está neste e-mail.
email-safeguarding-action = Abrir a fila de revisão

## Leitura em voz alta e tablets compartilhados

listen = Ouvir
kiosk-next = A próxima pessoa pode começar em alguns segundos.
kiosk-countdown = Volta ao início em { $seconds } segundos.
kiosk-more-time = Preciso de mais tempo
kiosk-start = Próxima pessoa: começar de novo

audit-lead-named = nomeou { $detail } responsável pela proteção infantil
audit-lead-removed = retirou { $detail } da função de responsável pela proteção infantil
audit-codes-created = gerou códigos: { $detail }
audit-organisation-created = criou a organização { $detail }
audit-flag-reviewed = revisou um texto sinalizado

## Ocultação de grupos pequenos

admin-suppressed = oculto para proteger um grupo pequeno
admin-suppressed-note = Números que contariam menos de { $k } pessoas aparecem como “menos de { $k }”.
results-perturbed-note = Para proteger cada criança, cada número é alterado para cima ou para baixo em no máximo 2, sempre da mesma forma para as mesmas pessoas. Por isso, uma tabela pode não somar exatamente o seu total.
admin-responses-few = Menos de { $k } respostas até agora: os números aparecem a partir de { $k }.

## Resultados: painel, exportações, textos livres, publicação, página pública
results-dashboard = Resultados
results-filters = Mostrar resultados de
results-filter-all = Todos
results-filter-audience = Quem respondeu
results-filter-language = Idioma
results-filter-area = Área
results-filter-channel = Canal
results-filter-apply = Mostrar
results-filter-clear = Limpar filtros
results-exports = Exportações
results-export-csv = Resultados em CSV (planilha)
results-export-json = Resultados em JSON
results-export-responses = Uma linha por resposta (CSV, sem texto livre)
results-figures-later = Os números aparecem quando a consulta fecha. Enquanto as pessoas respondem, só aparece o número de respostas: comparar os números de um momento para outro mostraria o que a última pessoa disse.
results-export-responses-later = O arquivo com as respostas uma a uma (anonimizado: cada combinação de faixa etária, idioma, área e canal aparece em pelo menos k linhas) pode ser baixado por proprietários e analistas depois que a consulta for encerrada.
results-free-texts = Respostas em texto livre
results-free-texts-help = O que as pessoas escreveram com as próprias palavras. Os dados de contato foram removidos antes de qualquer armazenamento. Estes textos são só para a sua equipe: nunca aparecem em páginas públicas nem em exportações.
results-free-texts-none = Nenhuma resposta em texto livre aqui.
results-text-hidden = oculto
results-text-hide = Ocultar
results-text-show = Mostrar de novo
results-texts-search = Procurar palavras
results-texts-no-audience = As faixas etárias não são mostradas aqui, porque pelo menos uma tem menos de { $k } respostas.
results-texts-pages = Páginas de textos
results-texts-first = Primeira página
results-texts-next = Próximos 50
results-too-few = Menos de { $k } respostas correspondem a estes filtros, por isso nada mais é mostrado. Escolha menos filtros.
results-total-hidden = O número de respostas aqui está oculto, porque permitiria identificar um grupo pequeno.
results-by-audience = Por faixa etária
results-by-language = Por idioma
results-by-area = Por área
results-by-channel = Por canal
results-by-day = Por dia
results-questions = Respostas, pergunta por pergunta
results-no-area = Área não informada
results-no-channel = Sem canal (link direto)
results-no-answer = Sem resposta
results-fewer-than = menos de { $k }
results-col-answer = Resposta
results-col-count = Pessoas
results-col-percent = Porcentagem
results-total = Total
results-multiple-help = As pessoas podiam escolher mais de uma resposta, por isso as porcentagens somam mais de 100%.
results-rank-help = A contagem mostra quantas pessoas puseram esta opção em primeiro lugar; a tabela abaixo mostra a posição média (1 é a melhor).
results-mean-scale = Média: { $mean } de { $points }
results-mean = Média: { $mean }
results-mean-place = Posição média
results-publication = Conte às crianças o que acontece agora
results-publication-help = Depois que a consulta for encerrada, publique os resultados: as crianças veem gráficos e frases simples no idioma delas, a declaração de vocês sobre o que ouviram e o que vão fazer, e as atualizações que vocês acrescentarem depois.
results-public-link = Ver a página pública de resultados
results-publish = Publicar os resultados
results-unpublish = Retirar os resultados do ar
results-publish-after-close = Os resultados podem ser publicados depois que a consulta for encerrada.
results-statement = O que ouvimos e o que vamos fazer
results-expected-on = Quando as crianças podem esperar os resultados
results-updates = O que aconteceu desde então
results-update-date = Data
results-update-text = O que aconteceu
results-update-add = Adicionar esta atualização
results-update-delete = Excluir
results-expected = Os resultados estão previstos para { $date }.
results-public-count = { $n ->
    [one] { $n } pessoa respondeu. Obrigado!
    [many] { $n } de pessoas responderam. Obrigado!
   *[other] { $n } pessoas responderam. Obrigado!
  }
results-public-too-few = Ainda não responderam pessoas suficientes para mostrar resultados sem risco de reconhecer alguém.
results-public-audience-age-5-8 = Crianças de 5 a 8 anos disseram
results-public-audience-age-9-12 = Crianças de 9 a 12 anos disseram
results-public-audience-age-13-17 = Adolescentes de 13 a 17 anos disseram
results-public-audience-parent = Mães, pais e responsáveis disseram
results-public-most = { $audience ->
    [parent] A maioria das mães, pais e responsáveis escolheu: { $answer }
   *[other] A maioria das pessoas da sua idade escolheu: { $answer }
  }
results-back = Voltar ao início
email-close-subject = Encerrada: { $title }
email-close-body = A consulta “{ $title }” foi encerrada. Veja um primeiro panorama do que as pessoas disseram.
email-close-top = Respostas mais escolhidas:
email-close-action = Abrir o painel de resultados
audit-results-published = publicou os resultados de { $detail }
audit-results-unpublished = retirou do ar os resultados de { $detail }
audit-results-exported = exportou resultados ({ $detail })
audit-text-hidden = ocultou uma resposta em texto livre
audit-text-shown = voltou a mostrar uma resposta em texto livre
audit-statement-changed = alterou a declaração de { $detail }
audit-update-added = adicionou uma atualização com data de { $detail }
audit-update-deleted = excluiu uma atualização

## Tokens de API
admin-nav-api = API
admin-nav-languages = Idiomas
admin-languages-title = Idiomas
admin-languages-help = Quanto falta em cada idioma. A tradução é feita nos arquivos Fluent (locales/LANG/main.ftl para a interface, surveys/TEMPLATE/LANG.ftl para um modelo); o Pontoon e o Weblate leem esses arquivos. Um idioma novo é uma pasta em CHILDVOICE_LOCALES_DIR.
admin-languages-interface = Interface
admin-languages-language = Idioma
admin-languages-translated = Textos traduzidos
admin-languages-progress = Progresso
api-title = Tokens de API
api-help = Os tokens permitem que os painéis da sua cidade e o portal de dados abertos leiam resultados agregados pela API JSON, com a mesma proteção de grupos pequenos usada em todo o resto. Trate um token como uma senha.
api-docs = A API está descrita em OpenAPI em
api-token-name = Nome (para que serve o token)
api-token-create = Criar um token
api-token-created = Seu novo token. Copie agora: ele não será mostrado de novo.
api-tokens-none = Ainda não há tokens.
api-col-name = Nome
api-col-created = Criado em
api-col-state = Situação
api-token-active = ativo
api-token-revoked = revogado em { $date }
api-token-revoke = Revogar
audit-api-token-created = criou o token de API { $detail }
audit-api-token-revoked = revogou o token de API { $detail }

## Mapas: conjuntos de áreas, perguntas no mapa e mapas de resultados
map-north = N
map-metres = { $n } m
map-km = { $n } km
map-legend-none = nenhum
form-map-alt-area = Mapa da cidade. Toque na parte da cidade que você quer indicar.
form-map-alt-place = Mapa da cidade. Toque em um lugar para marcá-lo.
form-map-help-area =
    { $audience ->
        [age-5-8] Toque no mapa ou escolha um nome abaixo.
       *[other] Toque no mapa ou escolha na lista abaixo. As duas formas dão a mesma resposta.
    }
form-map-help-place =
    { $audience ->
        [age-5-8] Toque no mapa onde fica.
       *[other] Toque no mapa para marcar um lugar. Só guardamos a região aproximada, nunca o ponto exato.
    }
form-map-outside = Esse ponto fica fora das áreas do mapa. Toque dentro da cidade.
form-place-full = Você já marcou o máximo de lugares possível. Desmarque um para marcar outro.
form-place-none =
    { $audience ->
        [age-5-8] Nada marcado ainda.
       *[other] Nenhum lugar marcado ainda.
    }
form-place-by-list = Ou adicione uma parte da cidade pela lista
form-place-add = Adicionar
form-place-max = Você pode marcar até { $max } lugares. Desmarque um lugar para removê-lo.
form-place-marked = Lugar { $n }, em { $area }
form-place-marked-plain = Lugar { $n }
results-place-help = Os lugares são contados por célula do mapa. Uma célula com menos pessoas que o menor grupo mostrado aparece hachurada.
results-export-geojson = Contagens por área e por célula do mapa (GeoJSON, para QGIS ou ArcGIS)
admin-nav-areas = Áreas e mapas
admin-areas-title = Áreas e mapas
admin-areas-intro = Envie seus distritos, bairros ou áreas de abrangência das escolas em GeoJSON. Uma consulta pode usar essas áreas. Assim, as pessoas podem responder em um mapa, e os resultados aparecem em um mapa.
admin-areas-none = Ainda não há conjuntos de áreas.
admin-areas-col-title = Título
admin-areas-col-version = Versão
admin-areas-col-areas = Áreas
admin-areas-col-uploaded = Enviado em
admin-areas-upload = Enviar um conjunto de áreas
admin-areas-rejected = O arquivo não foi salvo. Corrija estes problemas e envie de novo:
admin-areas-file = Arquivo GeoJSON
admin-areas-file-help = Uma FeatureCollection de feições Polygon ou MultiPolygon em longitude e latitude WGS84, com no máximo { $max } áreas e 5 MB. Nomes por idioma como no OpenStreetMap: name, name:fr, name:ar.
admin-areas-slug-help = Envie de novo com o mesmo identificador curto para criar uma nova versão. As consultas mantêm a versão que receberam.
admin-areas-name-property = Propriedade com os nomes
admin-areas-name-property-help = Normalmente “name”. As traduções são lidas da mesma propriedade com “:” e o idioma, como name:fr.
admin-areas-upload-button = Enviar
admin-areas-version = versão { $n }
admin-areas-summary =
    { $n ->
        [one] { $n } área.
        [many] { $n } de áreas.
       *[other] { $n } áreas.
    }
admin-areas-map-alt = Mapa das áreas deste conjunto
admin-areas-download = Baixar em GeoJSON
admin-areas-names = Nomes das áreas
admin-areas-name = Nome
admin-areas-error-file = Escolha um arquivo GeoJSON para enviar.
admin-areas-error-utf8 = O arquivo não é texto em UTF-8. Salve-o como GeoJSON e tente de novo.
admin-areas-default-title = Áreas
admin-field-area-set = Conjunto de áreas para mapas
admin-field-area-set-none = Nenhum: usar a lista de áreas acima
admin-field-area-set-help = Com um conjunto de áreas, as áreas dele substituem a lista acima, e as perguntas sobre lugares são feitas em um mapa.
admin-error-area-set = Escolha um dos conjuntos de áreas da sua organização.
admin-field-grid = Células do mapa para os lugares marcados
admin-field-grid-hex = Hexágonos
admin-field-grid-square = Quadrados
admin-field-grid-metres = Tamanho em metros (no mínimo 100)
admin-field-grid-help = Um lugar marcado é guardado só como a célula em que ele cai, nunca como um ponto exato. Células maiores protegem melhor as crianças.
admin-error-grid = O tamanho deve ser um número inteiro de metros, de 100 a 5000.
admin-area-set-choice = { $title } (versão { $version }, { $areas } áreas)
audit-area-set-uploaded = enviou o conjunto de áreas { $detail }
geo-feature-named = Feição { $n } ({ $name }): { $problem }
geo-feature = Feição { $n }: { $problem }
geo-ring-outer = o anel externo
geo-ring-hole = o buraco { $hole }
geo-ring-polygon-outer = o anel externo do polígono { $polygon }
geo-ring-polygon-hole = o buraco { $hole } do polígono { $polygon }
geo-too-large = O arquivo tem mais de { $max } MB.
geo-not-json = Isto não é JSON (linha { $line }, coluna { $column }). Salve o arquivo como GeoJSON.
geo-not-collection = Isto não é uma FeatureCollection GeoJSON.
geo-not-wgs84 = O arquivo declara o sistema de coordenadas { $crs }. As coordenadas devem estar em longitude e latitude WGS84: reprojete o arquivo, por exemplo com ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-no-feature-list = A FeatureCollection não tem uma lista de feições.
geo-no-features = A FeatureCollection não tem nenhuma feição.
geo-too-many-features = O arquivo tem { $n } feições. Um conjunto de áreas comporta no máximo { $max }: junte as áreas pequenas ou envie distritos em vez de quarteirões.
geo-too-many-positions = O arquivo tem { $n } posições, e o máximo permitido é { $max }. Simplifique-o antes.
geo-too-wide = As áreas ocupam { $width } × { $height } km. Um conjunto de áreas corresponde a uma só cidade ou região, com no máximo { $max } km de extensão.
geo-not-a-feature = Isto não é uma Feature GeoJSON.
geo-no-name = Falta a propriedade “{ $property }” que dá o nome a ela.
geo-no-id = Sem id utilizável: inclua uma propriedade “id” com letras minúsculas, algarismos e “-”.
geo-id-taken = O id “{ $id }” já é usado por outra feição. Dê a cada feição sua própria propriedade “id”.
geo-no-geometry = Falta a geometria.
geo-no-geometry-type = A geometria não tem tipo.
geo-not-an-area = A geometria é do tipo { $type }. Só feições Polygon e MultiPolygon podem ser áreas.
geo-no-polygons = É um MultiPolygon sem nenhum polígono.
geo-no-rings = Falta { $ring }: o polígono não tem anéis.
geo-not-positions = { $ring } não é uma lista de posições.
geo-bad-position = { $ring }, posição { $position }: era esperado [longitude, latitude].
geo-out-of-range = { $ring }, posição { $position }: [{ $lon }, { $lat }] não é uma longitude entre -180 e 180 seguida de uma latitude entre -90 e 90.
geo-projected = { $ring }, posição { $position }: [{ $lon }, { $lat }] parece estar em metros projetados, não em longitude e latitude. Reprojete para WGS84, por exemplo com ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson.
geo-too-few-positions = { $ring } tem poucas posições ({ $n }): um anel precisa de pelo menos 4.
geo-not-closed = { $ring } não está fechado: a última posição deve repetir a primeira.
geo-self-intersection = { $ring } cruza a si mesmo (autointerseção).
geo-hole-outside = { $ring } fica fora do anel externo.
geo-rings-cross = { $ring } cruza outro anel do mesmo polígono.
geo-polygons-overlap = Os polígonos { $polygon } e { $other } desta feição se sobrepõem ou têm um lado em comum.

## Redes de cidades: banco de indicadores, painel da rede, biblioteca, compartilhamento e dados abertos.
admin-nav-networks = Redes
indicator-cfc-safe-journey = Segurança no trajeto
indicator-cfc-safe-journey-definition = Porcentagem de crianças, mães e pais que se sentem bem ou seguros no caminho para a escola e pela cidade: o ponto mais alto da escala de três carinhas para 5 a 8 anos, os dois pontos mais altos da escala de cinco pontos para os demais.
indicator-cfc-independent-mobility = Mobilidade autônoma
indicator-cfc-independent-mobility-definition = Porcentagem de crianças a partir de 9 anos (e de mães e pais, sobre o filho ou a filha) que dizem que a criança tem permissão e condições de circular pela cidade sem um adulto.
indicator-cfc-plays-outside = Brinca ao ar livre quase todos os dias
indicator-cfc-plays-outside-definition = Porcentagem de crianças, mães e pais que dizem que a criança brinca ou encontra amigos ao ar livre quase todos os dias.
indicator-cfc-safe-outside = Segurança ao ar livre
indicator-cfc-safe-outside-definition = Porcentagem de crianças, mães e pais que se sentem seguros nos lugares onde as crianças brincam ao ar livre: o ponto mais alto da escala de três carinhas para 5 a 8 anos, os dois pontos mais altos da escala de cinco pontos para os demais.
indicator-cfc-place-to-play = Um lugar gratuito para brincar por perto
indicator-cfc-place-to-play-definition = Porcentagem de crianças a partir de 9 anos (e de mães e pais) que dizem que há, perto de casa, um lugar onde as crianças podem brincar ou se encontrar de graça.
indicator-cfc-heard-by-city = Ouvidas pela cidade
indicator-cfc-heard-by-city-definition = Porcentagem de crianças a partir de 9 anos (e de mães e pais) que sentem que a cidade ouve as crianças: os dois pontos mais altos da escala de cinco pontos.
network-title = Redes
network-help = As redes de cidades compartilham indicadores, questionários e o que as cidades fizeram com o que as crianças disseram. Sua organização entra em uma rede quando a rede a convida e um proprietário da sua organização aceita.
network-hosted = A rede que você coordena
network-memberships = As redes da sua organização
network-memberships-none = Sua organização ainda não faz parte de nenhuma rede.
network-member-since = membro desde { $date }
network-invited = { $network } convida sua organização para entrar na rede.
network-accept = Aceitar o convite
network-accept-owner = Um proprietário da sua organização pode aceitá-lo.
network-library = Biblioteca de modelos
network-public-page = Página pública
network-dashboard-help = Indicadores das cidades-membros, a partir das consultas que cada cidade escolheu compartilhar depois de encerradas. Cada valor vem de números que a cidade já publicou; grupos pequenos continuam ocultos.
network-links = Páginas e downloads da rede
network-download-csv = Indicadores (CSV)
network-download-json = Indicadores (JSON)
network-download-package = Pacote de dados abertos dos indicadores publicados
network-indicators = Indicadores
network-indicator = Indicador
network-show = Mostrar
network-no-values = Nenhuma cidade-membro compartilhou ainda uma consulta que meça este indicador para este grupo.
network-trend = Cada cidade ao longo das suas rodadas
network-latest = Cidades lado a lado, rodada mais recente
network-values = Valores com seus intervalos de 95%
network-col-city = Cidade
network-col-wave = Rodada (encerrada em)
network-col-share = Porcentagem
network-col-interval = Intervalo de 95%
network-col-counts = Respostas que contam / todas as respostas
network-no-answers = nenhuma resposta
network-method = Método: cada valor é a porcentagem das respostas a uma pergunta que contam para o indicador, para um grupo em uma consulta, datada pelo encerramento dela. Ele é calculado só a partir dos números publicados pela cidade. Quando algum número necessário aparece como “menos de k”, nenhum valor é dado. O intervalo é o intervalo de score de Wilson de 95%.
network-members = Cidades-membros
network-members-none = Nenhuma organização foi convidada ainda.
network-col-member = Organização
network-col-invited = Convidada em
network-col-joined = Membro desde
network-pending = convite pendente
network-invite-label = Convidar uma organização
network-invite-help = O identificador curto (slug) dela, como o proprietário o vê nas páginas da organização, por exemplo riverton.
network-invite = Enviar o convite
network-error-no-organisation = Não há nenhuma organização com este identificador.
network-error-invited = Esta organização já foi convidada ou já é membro.
network-library-title = Biblioteca de modelos de { $network }
network-library-help = Questionários que as cidades-membros publicaram para outras reutilizarem. Uma cópia vira uma nova consulta em rascunho da sua organização, com crédito à cidade de origem.
network-library-empty = Nenhum modelo foi publicado ainda.
network-col-template = Modelo
network-col-version = Versão
network-col-published = Publicado em
network-copy = Copiar
network-copy-label = Copiar { $template } para uma nova consulta em rascunho
network-publish = Publicar um modelo
network-publish-label = O questionário de
network-publish-help = O modelo, do jeito que esta consulta o usa e com todos os seus idiomas, é publicado como a próxima versão. Os textos que você escreveu vão junto; as respostas, nunca.
network-publish-button = Publicar na rede
network-published = Publicado como versão { $version }.
network-copied-from = Modelo copiado de { $source }.
network-sharing = Redes
network-sharing-help = Uma consulta compartilhada entrega à rede só os números publicados, e só depois de encerrada: nunca texto livre, respostas individuais nem nada abaixo de k. A página pública da rede mostra a consulta assim que os resultados dela são publicados.
network-shared = compartilhada
network-not-shared = não compartilhada
network-share = Compartilhar com { $network }
network-unshare = Parar de compartilhar com { $network }
network-public-lead = O que crianças e famílias disseram às cidades-membros, e o que cada cidade disse que vai fazer.
network-public-members =
    { $n ->
        [one] { $n } cidade-membro
        [many] { $n } de cidades-membros
       *[other] { $n } cidades-membros
    }
network-public-none = Nenhum membro publicou resultados compartilhados ainda.
network-public-closed = As respostas foram recebidas até { $date }.
network-public-shown-in = Idioma do texto: { $language }. A cidade não escreveu este texto no idioma escolhido.
network-public-results = Todos os resultados
network-public-data = Dados abertos
network-public-languages = Idiomas
results-open-data = Baixar estes resultados como dados abertos (um Frictionless Data Package de arquivos CSV)
audit-other-organisation = alguém de outra organização
audit-network-created = criou a rede { $detail }
audit-network-member-invited = convidou { $detail } para entrar na rede
audit-network-invitation-received = recebeu um convite para entrar na rede { $detail }
audit-network-joined = entrou na rede { $detail }
audit-network-member-accepted = um membro aceitou o convite: { $detail }
audit-network-indicators-exported = exportou os indicadores da rede ({ $detail })
audit-template-published-to-network = publicou um modelo em uma rede: { $detail }
audit-network-template-published = um membro publicou um modelo na biblioteca: { $detail }
audit-template-copied-from-network = copiou um modelo da biblioteca de uma rede: { $detail }
audit-consultation-shared-with-network = compartilhou uma consulta com uma rede: { $detail }
audit-consultation-unshared-from-network = parou de compartilhar uma consulta com uma rede: { $detail }
assent-skip-except =
    { $n ->
        [one] Você pode pular qualquer pergunta, menos esta, que precisa de resposta: { $questions }
        [many] Você pode pular qualquer pergunta, menos estas { $n }, que precisam de resposta: { $questions }
       *[other] Você pode pular qualquer pergunta, menos estas { $n }, que precisam de resposta: { $questions }
    }
form-exclusive = "{ $option }" é escolhida sozinha, sem outras respostas.
error-exclusive = "{ $option }" não pode ser escolhida com outras respostas. Escolha só ela, ou desmarque-a.
xlsform-other = Outro
xlsform-other-say = Por favor, diga qual.
admin-template-xlsform = Baixar como XLSForm (.xlsx)
admin-template-folder = Baixar a pasta do modelo (.zip)
admin-nav-templates = Modelos
admin-templates-title = Os modelos da sua organização
admin-templates-intro = Questionários que a sua organização importou. Cada importação é uma nova versão; uma consulta mantém a versão a partir da qual foi criada.
admin-templates-shipped = Os modelos que vêm com o childvoice estão na página de nova consulta.
admin-templates-none = Sua organização ainda não tem modelos próprios.
admin-templates-col-title = Modelo
admin-templates-col-source = Origem
admin-templates-use-label = Criar uma consulta em rascunho a partir de { $template }
admin-templates-import = Importar um XLSForm ou uma pasta de modelo
admin-templates-file = Pasta de trabalho XLSForm (.xlsx) ou pasta de modelo (.zip)
admin-templates-file-help = Um XLSForm do KoboToolbox, ODK ou SurveyCTO, com as planilhas survey, choices e settings, ou uma pasta de modelo como a que se baixa aqui (survey.toml, um arquivo .ftl por idioma, imagens). Tudo o que o childvoice não consegue perguntar aparece com o seu lugar, e nada é salvo até que tudo esteja corrigido.
admin-templates-import-button = Importar
admin-templates-rejected =
    { $n ->
        [one] A pasta de trabalho não foi importada: corrija este problema e tente de novo.
        [many] A pasta de trabalho não foi importada: corrija estes { $n } de problemas e tente de novo.
       *[other] A pasta de trabalho não foi importada: corrija estes { $n } problemas e tente de novo.
    }
admin-templates-imported = Modelo importado: { $template }, versão { $version }.
audit-template-imported = importou o modelo { $detail }
audit-template-created = criou o modelo { $detail }
admin-templates-texts-title = Textos ({ $language })
admin-templates-languages = Idiomas e quanto já está escrito em cada um
admin-templates-problems =
    { $n ->
        [one] Esta versão tem um problema; ela pode ser salva, mas nenhuma consulta pode ser criada a partir dela até que ele seja corrigido:
        [many] Esta versão tem { $n } de problemas; ela pode ser salva, mas nenhuma consulta pode ser criada a partir dela até que eles sejam corrigidos:
       *[other] Esta versão tem { $n } problemas; ela pode ser salva, mas nenhuma consulta pode ser criada a partir dela até que eles sejam corrigidos:
    }
admin-templates-everyone = Para todos os públicos
admin-templates-for = Para o público: { $audience }
admin-templates-save = Salvar como nova versão
admin-templates-new = Criar um novo modelo
admin-templates-new-help = Começa com uma pergunta; acrescente as outras na sua página de perguntas e depois escreva os seus textos.
admin-templates-new-button = Criar o modelo
admin-templates-id = Identificador do modelo
admin-templates-id-help = Letras minúsculas, algarismos e hífenes. Se ficar vazio, é feito a partir do título.
admin-templates-default-language = Língua em que é escrito primeiro
admin-templates-areas = Bairros (identificadores)
admin-templates-areas-help = Um por linha, por exemplo distrito-norte. Os seus nomes escrevem-se na página de textos.
admin-templates-settings = Línguas e públicos
admin-templates-settings-title = Línguas e públicos de { $template }
admin-templates-settings-help = Uma língua acrescentada começa sem textos: traduza-a na página de textos. Um público retirado sai de todas as perguntas. Guardar cria uma nova versão.
admin-templates-save-settings = Guardar como nova versão
admin-templates-diff = Alterações
admin-templates-diff-title = Alterações na versão { $version }
admin-templates-diff-first = Esta é a primeira versão.
admin-templates-diff-none = Nada mudou em relação à versão anterior.
admin-templates-edit-texts = Editar os textos
admin-templates-copy = Copiar um modelo que vem com o childvoice
admin-templates-copy-label = Modelo a copiar para a sua biblioteca, para adaptar os textos dele
admin-templates-copy-button = Copiar
audit-template-copied = copiou um modelo que vem com o childvoice: { $detail }
audit-template-edited = editou os textos de um modelo: { $detail }
admin-editor-questions = Editar as perguntas
admin-editor-title = Perguntas de { $template }
admin-editor-id = Identificador da nova pergunta
admin-editor-id-help = Letras minúsculas (a-z), algarismos e “-”, começando por uma letra; ele não pode ser alterado depois. Em seguida, escreva os textos dela na página de textos.
admin-editor-kind = Tipo
admin-editor-kind-single = Uma resposta
admin-editor-kind-multiple = Várias respostas
admin-editor-kind-scale = Carinhas (3 para 5 a 8 anos, 5 para os demais)
admin-editor-kind-text = Texto livre
admin-editor-kind-number = Número inteiro
admin-editor-kind-area = Área (bairro)
admin-editor-kind-rank = Ordenação por importância
admin-editor-kind-place = Lugares no mapa
admin-editor-kind-note = Texto para ler, sem resposta
admin-editor-kind-grid = Matriz: várias afirmações, uma só escala
admin-editor-options = Identificadores das respostas, um por linha
admin-editor-options-help = Deixe em branco quando uma lista compartilhada fornece as respostas, ou quando o tipo não tem nenhuma.
admin-editor-list = Lista compartilhada de respostas
admin-editor-statements = Afirmações de uma matriz (identificadores), uma por linha
admin-editor-required = Resposta obrigatória (nunca para 5 a 8 anos)
admin-editor-new-page = Começa uma nova tela
admin-editor-show-if = Perguntar só quando esta pergunta anterior…
admin-editor-any-of = …foi respondida com um destes identificadores (separados por espaços)
admin-editor-join = Quando há várias condições
admin-editor-join-all = todas têm de ser cumpridas
admin-editor-join-any = basta uma
admin-editor-validated-wording = Instrumento padronizado: a sua redação não pode mudar (uma frase longa para 13-17 anos e pais é um aviso, não um erro)
admin-editor-min = Menor número
admin-editor-max = Maior número, ou máximo de respostas ou de lugares
admin-editor-exclusive = Respostas escolhidas sozinhas (identificadores, separados por espaços)
admin-editor-other = Resposta que abre “Outro, por favor, diga qual” (o identificador dela)
admin-editor-indicator = Indicador que ela mede
admin-editor-add = Adicionar a pergunta
admin-editor-up = Mover para cima
admin-editor-down = Mover para baixo
admin-editor-delete = Excluir
admin-editor-edit = Alterar
admin-editor-pictures = Imagens para crianças de 5 a 8 anos
admin-editor-pictures-help = Crianças pequenas escolhem pela imagem. Um desenho em SVG (pequeno e simples, sem script), ou uma foto ou um desenho em PNG, JPEG ou WebP, que é reduzido e perde as informações que o arquivo traz sobre onde e quando foi feito.
admin-editor-picture-has = tem uma imagem; envie outra para substituí-la
admin-editor-picture-none = ainda sem imagem
admin-editor-picture-upload = Enviar a imagem
admin-templates-pictures-needed = Antes que uma consulta comece deste modelo, envie na página de perguntas as imagens para crianças de 5 a 8 anos de: { $options }.
admin-templates-stale = Esta é a versão { $version } e a versão { $newest } é mais recente: nada foi salvo, para não perder o que foi salvo depois. Abra a versão mais recente e faça a alteração nela.
admin-editor-preview = Pré-visualizar como
form-preview = Isto é uma pré-visualização: os botões só passam de uma tela para outra, e nada é enviado.
form-preview-back = Voltar ao editor
