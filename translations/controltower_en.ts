<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ct::ActionForm</name>
    <message numerus="yes">
        <source>%1: %n exceptions</source>
        <translation>
            <numerusform>%1: %n exception</numerusform>
            <numerusform>%1: %n exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</source>
        <translation>
            <numerusform>Applies to the exception; the summary afterwards says whether it was refused and why.</numerusform>
            <numerusform>Applies to each of the %n exceptions; the summary afterwards says which were refused and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ActionSummaryDialog</name>
    <message numerus="yes">
        <source>%1: done for all %n exceptions.</source>
        <translation>
            <numerusform>%1: done for the exception.</numerusform>
            <numerusform>%1: done for all %n exceptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AllocationScorecardModel</name>
    <message numerus="yes">
        <source>measured on %n shipments</source>
        <translation>
            <numerusform>measured on %n shipment</numerusform>
            <numerusform>measured on %n shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AllocationWhatIfPane</name>
    <message numerus="yes">
        <source>%1 % (%2–%3 %), %n orders</source>
        <extracomment>An estimated share with its 95 % interval and the orders it is over: &quot;92.4 % (88.1–96.0 %), 312 orders&quot;.</extracomment>
        <translation>
            <numerusform>%1 % (%2–%3 %), %n order</numerusform>
            <numerusform>%1 % (%2–%3 %), %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</source>
        <translation>
            <numerusform>ESTIMATES, not outcomes: %n order from %1 to %2, assumed to weigh %3, counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before this order); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</numerusform>
            <numerusform>ESTIMATES, not outcomes: %n orders from %1 to %2, each assumed to weigh %3, each counted with the on-time and RTO rates of the scorecard cell of the carrier it goes to, from %4 to %5 (before these orders); intervals are 95 %. Compared on the %6 orders both policies allocate: the candidate sends %7 of them elsewhere than the policy in force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AnalyticsView</name>
    <message numerus="yes">
        <source>previous %n days</source>
        <translation>
            <numerusform>previous day</numerusform>
            <numerusform>previous %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::AssignmentSettingsPage</name>
    <message numerus="yes">
        <source>%n things to fix before these rules can be saved (Enter goes to one):</source>
        <translation>
            <numerusform>One thing to fix before these rules can be saved (Enter goes to it):</numerusform>
            <numerusform>%n things to fix before these rules can be saved (Enter goes to one):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::CarrierAllocationDialog</name>
    <message numerus="yes">
        <source>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</source>
        <translation>
            <numerusform>%n cell from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</numerusform>
            <numerusform>%n cells from %1 to %2 (UTC days: the policy&apos;s window ending on the day of now). Click a header to sort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recommended: %1. %n carrier services considered; the trace below says why.</source>
        <translation>
            <numerusform>Recommended: %1. %n carrier service considered; the trace below says why.</numerusform>
            <numerusform>Recommended: %1. %n carrier services considered; the trace below says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::CustomerHistoryText</name>
    <message numerus="yes">
        <source>%n orders in the store</source>
        <translation>
            <numerusform>%n order in the store</numerusform>
            <numerusform>%n orders in the store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <extracomment>Of the customer&apos;s orders in the store, how many were returned.</extracomment>
        <translation>
            <numerusform>%n returned</numerusform>
            <numerusform>%n returned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returns worth %1</source>
        <translation>
            <numerusform>%n return worth %1</numerusform>
            <numerusform>%n returns worth %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ExceptionFilterPanel</name>
    <message numerus="yes">
        <source>%n values of this filter are no longer in the store (marked).</source>
        <translation>
            <numerusform>%n value of this filter is no longer in the store (marked).</numerusform>
            <numerusform>%n values of this filter are no longer in the store (marked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ExceptionRules</name>
    <message numerus="yes">
        <source>%n attempt(s); last: %1</source>
        <translation>
            <numerusform>%n attempt; last: %1</numerusform>
            <numerusform>%n attempts; last: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ExceptionsView</name>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln exception</numerusform>
            <numerusform>%Ln exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ImportDialog</name>
    <message numerus="yes">
        <source>%n files or folders to import.</source>
        <translation>
            <numerusform>%n file or folder to import.</numerusform>
            <numerusform>%n files or folders to import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::MainWindow</name>
    <message numerus="yes">
        <source>Every %n Minutes</source>
        <translation>
            <numerusform>Every Minute</numerusform>
            <numerusform>Every %n Minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::MapCanvas</name>
    <message numerus="yes">
        <source>Map: a cluster of %n parcels in flight</source>
        <translation>
            <numerusform>Map: a cluster of %n parcel in flight</numerusform>
            <numerusform>Map: a cluster of %n parcels in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcels in flight</source>
        <translation>
            <numerusform>%n parcel in flight</numerusform>
            <numerusform>%n parcels in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n shipments</source>
        <translation>
            <numerusform>%1 → %2: %n shipment</numerusform>
            <numerusform>%1 → %2: %n shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::MapTileLayer</name>
    <message numerus="yes">
        <source> (%n tiles missing)</source>
        <translation>
            <numerusform> (%n tile missing)</numerusform>
            <numerusform> (%n tiles missing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::OrderLinksDialog</name>
    <message numerus="yes">
        <source>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</source>
        <translation>
            <numerusform>%n shipment no storefront order claims. Import the storefront&apos;s orders (File &gt; Import Files…) to link it.</numerusform>
            <numerusform>%n shipments no storefront order claims, newest first. Import the storefront&apos;s orders (File &gt; Import Files…) to link them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</source>
        <translation>
            <numerusform>%n tracking number claimed by two orders: both orders are kept, and the shipment stays linked to the first.</numerusform>
            <numerusform>%n tracking numbers claimed by two orders: both orders are kept, and the shipment stays linked to the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::OrderPanel</name>
    <message numerus="yes">
        <source>%n orders at the storefront</source>
        <translation>
            <numerusform>%n order at the storefront</numerusform>
            <numerusform>%n orders at the storefront</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::OutboxView</name>
    <message numerus="yes">
        <source>%n conflicts to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits refused by the server</source>
        <translation>
            <numerusform>%n edit refused by the server</numerusform>
            <numerusform>%n edits refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting to be sent</source>
        <translation>
            <numerusform>%n edit waiting to be sent</numerusform>
            <numerusform>%n edits waiting to be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisionDialog</name>
    <message numerus="yes">
        <source>%n returns</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnDecisions</name>
    <message numerus="yes">
        <source>%1: %n returns</source>
        <translation>
            <numerusform>%1: %n return</numerusform>
            <numerusform>%1: %n returns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnDetailPane</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnQueueModel</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label expires in %n days</source>
        <translation>
            <numerusform>Label expires in %n day</numerusform>
            <numerusform>Label expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Label issued %1; unused, it expires %2 (the return policy&apos;s %n day).</numerusform>
            <numerusform>Label issued %1; unused, it expires %2 (the return policy&apos;s %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</source>
        <extracomment>%1 and %2 are times; %n is the return policy&apos;s label expiry in days.</extracomment>
        <translation>
            <numerusform>Label issued %1; unused, it expired %2 (the return policy&apos;s %n day): the return is closed at the next refresh.</numerusform>
            <numerusform>Label issued %1; unused, it expired %2 (the return policy&apos;s %n days): the return is closed at the next refresh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ReturnsView</name>
    <message numerus="yes">
        <source>%Ln returns</source>
        <translation>
            <numerusform>%Ln return</numerusform>
            <numerusform>%Ln returns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy</source>
        <translation>
            <numerusform>%Ln return judged by the return policy</numerusform>
            <numerusform>%Ln returns judged by the return policy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns approved by the return policy</source>
        <translation>
            <numerusform>%Ln return approved by the return policy</numerusform>
            <numerusform>%Ln returns approved by the return policy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln returns judged by the return policy; %1 approved automatically</source>
        <translation>
            <numerusform>%Ln return judged by the return policy; %1 approved automatically</numerusform>
            <numerusform>%Ln returns judged by the return policy; %1 approved automatically</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SavedViewList</name>
    <message numerus="yes">
        <source>%1 (%n values gone)</source>
        <translation>
            <numerusform>%1 (%n value gone)</numerusform>
            <numerusform>%1 (%n values gone)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ScoreboardDialog</name>
    <message numerus="yes">
        <source>%Ln exceptions</source>
        <translation>
            <numerusform>%Ln exception</numerusform>
            <numerusform>%Ln exceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ServerSession</name>
    <message numerus="yes">
        <source>Waiting: retry in %n s</source>
        <translation>
            <numerusform>Waiting: retry in %n s</numerusform>
            <numerusform>Waiting: retry in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits sent</source>
        <translation>
            <numerusform>%n edit sent</numerusform>
            <numerusform>%n edits sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncs every %n minutes.</source>
        <translation>
            <numerusform>Syncs every minute.</numerusform>
            <numerusform>Syncs every %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ShipmentDetailPane</name>
    <message numerus="yes">
        <source>%n pieces</source>
        <translation>
            <numerusform>%n piece</numerusform>
            <numerusform>%n pieces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n scans, newest first</source>
        <translation>
            <numerusform>Timeline: %n scan</numerusform>
            <numerusform>Timeline: %n scans, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::ShipmentsView</name>
    <message numerus="yes">
        <source>%Ln shipments</source>
        <translation>
            <numerusform>%Ln shipment</numerusform>
            <numerusform>%Ln shipments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::StoreJobs</name>
    <message numerus="yes">
        <source>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</source>
        <translation>
            <numerusform>Exceptions re-evaluated: %1 opened, %2 resolved; %n return closed: label expired unused</numerusform>
            <numerusform>Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: label expired unused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ct::SyncIndicator</name>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
