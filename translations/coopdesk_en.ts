<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>coopdesk::ui::AutoPayScreen</name>
    <message numerus="yes">
        <source>Stop paper bills for all %n account(s) of this login?</source>
        <translation>
            <numerusform>Stop paper bills for the %n account of this login?</numerusform>
            <numerusform>Stop paper bills for all %n accounts of this login?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail paper bills again for all %n account(s) of this login?</source>
        <translation>
            <numerusform>Mail paper bills again for the %n account of this login?</numerusform>
            <numerusform>Mail paper bills again for all %n accounts of this login?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::OverviewScreen</name>
    <message numerus="yes">
        <source>Pay the %n account(s) that owe something.</source>
        <translation>
            <numerusform>Pay the %n account that owes something.</numerusform>
            <numerusform>Pay the %n accounts that owe something.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::PaymentFlow</name>
    <message numerus="yes">
        <source>%n payments received. Confirmation numbers %1.</source>
        <extracomment>%1 the confirmation numbers, separated by commas</extracomment>
        <translation>
            <numerusform>%n payment received. Confirmation number %1.</numerusform>
            <numerusform>%n payments received. Confirmation numbers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ui::UsageScreen</name>
    <message numerus="yes">
        <source>%1 from %2 to %3 (%n day(s)); %4.</source>
        <extracomment>Summary under the usage chart: energy, the range and its day count, the weather source</extracomment>
        <translation>
            <numerusform>%1 from %2 to %3 (%n day); %4.</numerusform>
            <numerusform>%1 from %2 to %3 (%n days); %4.</numerusform>
        </translation>
    </message>
</context>
</TS>
