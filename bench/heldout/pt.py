"""Portuguese held-out samples (invented, pt-BR and pt-PT): rejections and hard negatives."""

from bench.heldout import Sample as S

SAMPLES = [
    S(
        "rejection",
        "short ATS template (BR)",
        "Sua candidatura na Ipê Digital",
        "Ipê Digital <no-reply@ipedigital.gupy.example>",
        """Olá Sam,

Agradecemos seu interesse na vaga de Desenvolvedor Mobile. Após análise do seu perfil,
decidimos não seguir com a sua candidatura neste momento.

Abraços,
Time de Pessoas da Ipê Digital""",
    ),
    S(
        "rejection",
        "warm after interview (BR)",
        "Retorno sobre o processo",
        "Beatriz Costa <beatriz.costa@cafesaurora.example>",
        """Oi Sam,

Queria te agradecer pela conversa com o time na semana passada, gostamos muito de te
conhecer. Depois de muita reflexão, optamos por outra pessoa que tem mais vivência com
exportação.

Sei que não é a notícia que você esperava. Se quiser, posso compartilhar um feedback mais
detalhado por telefone.

Um abraço,
Beatriz""",
    ),
    S(
        "rejection",
        "position filled (PT)",
        "A sua candidatura",
        "Grupo Atlântida RH <rh@atlantida.example>",
        """Caro Sam,

Agradecemos a sua candidatura para a função de Técnico de Contabilidade. Informamos que a
vaga já foi preenchida.

Os seus dados ficarão guardados na nossa base para futuras oportunidades.

Cumprimentos,
Recursos Humanos""",
    ),
    S(
        "rejection",
        "role cancelled (BR)",
        "Atualização sobre a vaga de Analista",
        "Rafael Lima <rafael.lima@vetorfin.example>",
        """Oi Sam,

Por uma decisão interna de orçamento, a vaga de Analista de Crédito foi cancelada e
encerramos o processo seletivo.

Pedimos desculpas e desejamos muito sucesso na sua jornada.

Rafael""",
    ),
    S(
        "rejection",
        "not approved HTML (BR)",
        "Resultado do processo seletivo",
        "Seguradora Horizonte <talentos@horizonte.example>",
        """Olá, Sam!

Obrigado por participar do nosso processo seletivo para Assistente Comercial.

Infelizmente, seu perfil não foi aprovado para a próxima etapa.

Desejamos sucesso na sua carreira.

Equipe de Talentos""",
        html=True,
    ),
    S(
        "rejection",
        "agency on behalf of client (PT)",
        "Feedback do cliente",
        "Inês Matos <ines.matos@ponte-talento.example>",
        """Olá Sam,

O nosso cliente analisou os perfis para a posição de Gestor de Armazém e decidiu avançar com
candidatos com mais experiência no setor automóvel.

Fico atenta a novas oportunidades para si.

Inês Matos
Ponte Talento""",
    ),
    S(
        "rejection",
        "reply with quote (BR)",
        "RE: Andamento da candidatura",
        "Gustavo Reis <gustavo@estudiocaju.example>",
        """Oi Sam,

Obrigado pelo contato. Infelizmente escolhemos outro candidato para a vaga de Designer.

Abraço,
Gustavo""",
        quoted="""Oi Gustavo,

Gostaria de saber se há novidades sobre minha candidatura para Designer.

Obrigado,
Sam""",
    ),
    S(
        "rejection",
        "mismatch + keep on file (BR)",
        "Sua candidatura - Engenheiro de Dados",
        "Jacarandá Tech <vagas@jacaranda.example>",
        """Olá Sam,

Agradecemos sua candidatura. Seu perfil não está alinhado com os requisitos desta vaga no
momento.

Manteremos seu currículo em nosso banco de talentos.

Time Jacarandá""",
    ),
    S(
        "rejection",
        "neutral subject (PT)",
        "Atualização",
        "Hotéis Maré <recrutamento@hoteismare.example>",
        """Caro Sam,

Após uma análise cuidadosa, lamentamos informar que não iremos dar seguimento à sua
candidatura para Rececionista.

Com os melhores cumprimentos,
Hotéis Maré""",
    ),
    S(
        "rejection",
        "closed for you (BR)",
        "Processo seletivo - Analista de BI",
        "Mercantil Sabiá <rh@sabia.myworkday.com>",
        """Olá Sam,

Gostaríamos de informar que o processo seletivo para a vaga de Analista de BI foi encerrado
para você. Agradecemos o tempo dedicado.

Equipe de Recrutamento""",
    ),
    # --- hard negatives -------------------------------------------------------------------------
    S(
        "application_received",
        "confirmation with infelizmente",
        "Candidatura recebida",
        "Ipê Digital <no-reply@ipedigital.gupy.example>",
        """Olá Sam,

Recebemos sua candidatura para Desenvolvedor Mobile! Infelizmente não conseguimos responder
individualmente a todas as pessoas, mas nosso time vai analisar seu perfil com carinho.

Time de Pessoas""",
    ),
    S(
        "interview",
        "invitation (BR)",
        "Convite para entrevista",
        "Rafael Lima <rafael.lima@vetorfin.example>",
        """Oi Sam,

Gostaríamos de convidá-lo para uma entrevista online para a vaga de Analista de Crédito.
Qual a sua disponibilidade na quinta-feira?

Rafael""",
    ),
    S(
        "interview",
        "reschedule (BR)",
        "Remarcação da entrevista",
        "Beatriz Costa <beatriz.costa@cafesaurora.example>",
        """Oi Sam,

Infelizmente vamos precisar remarcar a entrevista de amanhã. Você pode na segunda às 15h?

Beatriz""",
    ),
    S(
        "offer",
        "offer (BR)",
        "Proposta de trabalho",
        "Gustavo Reis <gustavo@estudiocaju.example>",
        """Oi Sam,

Temos o prazer de oferecer a você a vaga de Designer! Segue em anexo a proposta formal com
salário e data de início.

Gustavo""",
    ),
    S(
        "other",
        "job alert (BR)",
        "Novas vagas para você",
        "Vagas Já <alertas@vagasja.example>",
        """Olá Sam,

Encontramos 9 novas vagas que combinam com seu perfil:

Analista de Dados - Jacarandá Tech
Engenheiro de Software - Ipê Digital""",
        headers=(("List-Unsubscribe", "<mailto:sair@vagasja.example>"),),
    ),
    S(
        "other",
        "apartment rental (BR)",
        "Proposta de locação",
        "Imobiliária Ypê <locacao@imobypee.example>",
        """Olá Sam,

Infelizmente o proprietário do apartamento da Rua das Flores optou por outra proposta de
locação.

Imobiliária Ypê""",
    ),
    S(
        "other",
        "loan (PT)",
        "O seu pedido de crédito",
        "Banco Lusitano <apoio@bancolusitano.example>",
        """Caro cliente,

Lamentamos informar que o seu pedido de crédito pessoal não foi aprovado.

Banco Lusitano""",
    ),
    S(
        "application_received",
        "still reviewing (BR)",
        "Status da sua candidatura",
        "Seguradora Horizonte <talentos@horizonte.example>",
        """Olá Sam,

Ainda estamos analisando os currículos para a vaga de Assistente Comercial. Retornaremos em
breve com novidades.

Equipe de Talentos""",
    ),
    S(
        "other",
        "university admission (PT)",
        "Resultado da candidatura ao mestrado",
        "Serviços Académicos <candidaturas@uni-tejo.example>",
        """Caro Sam,

Informamos que a sua candidatura ao Mestrado em Engenharia Informática não foi admitida na
primeira fase. Poderá consultar a lista de colocados no portal.

Serviços Académicos""",
    ),
]
