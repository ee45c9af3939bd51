// GET billing?userId=&accountNumber=: the account's billing facts in the captured shape
// (fixtures/billing.json, keys alphabetical as captured). Money comes from World::balance and
// is written as JSON numbers, as the portal does. The personal fields the real answer carries
// (SSN, ethnic group, hint answer, medical necessity) are present with harmless synthetic values,
// so clients meet them, and their redaction can be tested, without anything real in them.
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"

#include <QLocale>

namespace sim::payloads {

using namespace detail;

namespace {

void writeMainAddress(JsonWriter &w, const Address &a)
{
    w.beginObject();
    w.field("city", a.city);
    w.field("country", QStringLiteral("USA"));
    w.field("lineOne", a.line1);
    w.field("state", a.state);
    w.field("zip4", QStringLiteral("0000"));
    w.field("zipCode", a.zip);
    w.endObject();
}

void writeAddressMap(JsonWriter &w, const Address &a)
{
    w.key("addressMap");
    w.beginObject();
    w.key("MAIN");
    writeMainAddress(w, a);
    w.endObject();
}

void writeShortAddress(JsonWriter &w, const Address &a)
{
    w.key("address");
    w.beginObject();
    w.field("city", a.city);
    w.field("lineOne", a.line1);
    w.field("state", a.state);
    w.field("zipCode", a.zip);
    w.endObject();
}

QString locationStatus(const ServiceLocation &location)
{
    return location.active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE");
}

// The billingSummary object: balances from the World. Ageing buckets beyond "past due" are not
// modelled (the World does not age debt), so they stay 0.
void writeBillingSummary(JsonWriter &w, const Balance &balance, const QString &provider,
                         bool carriesBalance)
{
    const Money zero;
    const Money total = carriesBalance ? balance.totalDue : zero;
    const Money past = carriesBalance ? balance.pastDue : zero;
    const Money current = total - past;
    w.key("billingSummary");
    w.beginObject();
    w.field("accountReceivableCounter", 0);
    w.field("accountType", QStringLiteral("REGULAR"));
    w.key("agingDetails");
    w.beginObject();
    w.field("currentDelinquentAmount", current);
    w.field("currentLateCharge", zero);
    w.field("ninetyDelinquentAmount", zero);
    w.field("ninetyLateCharge", zero);
    w.field("past30DaysDue", past);
    w.field("past60DaysDue", zero);
    w.field("past90DaysDue", zero);
    w.field("pastDue", past);
    w.field("sixtyDelinquentAmount", zero);
    w.field("sixtyLateCharge", zero);
    w.field("thirtyDelinquentAmount", past);
    w.field("thirtyLateCharge", zero);
    w.field("totalDue", total);
    w.endObject();
    w.field("allowCheckPayments", true);
    w.field("allowCreditCardPayments", true);
    w.field("billInsertsExist", false);
    w.field("consecutive90DayBalance", 0);
    w.field("consecutiveDelinquentBills", past.isZero() ? 0 : 1);
    w.field("delinquentActions", QStringLiteral("NONE"));
    w.field("eligibleForReconnect", false);
    w.field("gatewayLocationId", QString(provider + u"-GW1"));
    w.field("lastPaymentAmount", carriesBalance ? balance.lastPaymentAmount : zero);
    w.field("latePayment", !past.isZero());
    w.field("past30DaysDue", past);
    w.field("past60DaysDue", zero);
    w.field("past90DaysDue", zero);
    w.field("pastDue", past);
    w.field("paymentAssistanceCarryover", zero);
    w.field("prepaidAverageDailyAmount", zero);
    w.field("reconnectFee", zero);
    w.field("reconnectMinimumDue", zero);
    w.field("totalDue", total);
    w.field("uncollectableAmount", zero);
    w.field("uncollectableInterest", zero);
    w.endObject();
}

// The last twelve revenue months, keyed "yyyyMM" like the capture; nobody's real rating.
void writeCreditRating(JsonWriter &w, QDate today)
{
    w.key("creditRating");
    w.beginObject();
    w.key("creditRatingHistory");
    w.beginObject();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 11; back >= 0; --back) {
        const QDate month = thisMonth.addMonths(-back);
        w.key(QLocale::c().toString(month, u"yyyyMM"));
        w.beginObject();
        w.emptyArrayField("creditEvents");
        w.field("level", QStringLiteral("GOOD"));
        w.key("revenueMonth");
        w.beginObject();
        w.field("month", QLocale::c().toString(month, u"MMMM").toUpper());
        w.field("monthInt", month.month());
        w.field("year", month.year());
        w.endObject();
        w.field("score", 0);
        w.endObject();
    }
    w.endObject();
    w.field("level", QStringLiteral("GOOD"));
    w.field("score", 0);
    w.endObject();
}

void writeBilledLocation(JsonWriter &w, const ServiceLocation &location, bool isDefault)
{
    const RateSchedule &rate = location.rate;
    w.beginObject();
    writeShortAddress(w, location.address);
    w.field("description", location.description);
    w.key("industryServiceStatusMap");
    w.beginObject();
    w.field("ELECTRIC", locationStatus(location));
    w.endObject();
    w.field("isDefault", isDefault);
    w.field("isDisconnectedForNonPayment", false);
    w.field("location", mapLocation(location));
    w.key("meters");
    w.beginObject();
    for (int i = 0; i < location.meters.size(); ++i) {
        const Meter &meter = location.meters.at(i);
        w.key(meter.number);
        w.beginObject();
        w.field("id", meter.number);
        w.field("meterPosition", i);
        w.field("meterType", meterType(location, meter));
        w.field("rateSchedule", rate.id);
        w.field("status", locationStatus(location));
        w.endObject();
    }
    w.endObject();
    w.field("primaryRateSchedule", rate.name);
    w.field("primaryRateScheduleId", rate.id);
    w.field("revenueClass", revenueClass(location));
    w.field("revenueClassId",
            revenueClass(location) == u"COMMERCIAL" ? QStringLiteral("2") : QStringLiteral("1"));
    w.field("serviceLocation", location.number);
    w.field("taxable", rate.taxBasisPoints > 0);
    w.field("tvaCode", QStringLiteral("N"));
    w.endObject();
}

void writeStatusMap(JsonWriter &w, const QList<const ServiceLocation *> &locations)
{
    w.key("serviceLocationStatusMap");
    w.beginObject();
    for (const ServiceLocation *location : locations) {
        w.key(location->number);
        w.value(locationStatus(*location));
    }
    w.endObject();
}

// serviceBillingMap[<service key>].providerBillingMap[<provider>]. The balance is the account's;
// when the account's locations use several service keys, it is carried by the key of the
// primary location only, so that summing over services never counts it twice.
void writeProviderBilling(JsonWriter &w, const World &world, const Account &account,
                          const QList<const ServiceLocation *> &locations, const Balance &balance,
                          bool carriesBalance)
{
    const QString provider = world.coop().providerCode;
    const ServiceLocation *primary = primaryLocation(account);
    const ServiceLocation *first = locations.first();
    const ServiceLocation *lead = locations.contains(primary) ? primary : first;
    QDate connect;
    bool generator = false;
    for (const ServiceLocation *location : locations) {
        if (location->connectDate.isValid()
            && (!connect.isValid() || location->connectDate < connect))
            connect = location->connectDate;
        for (const Meter &meter : location->meters)
            generator = generator || meter.flow == FlowDirection::Return
                || meter.flow == FlowDirection::Reverse || meter.flow == FlowDirection::Net
                || meter.isNetMeter;
    }

    w.key(provider);
    w.beginObject();
    writeBillingSummary(w, balance, provider, carriesBalance);
    w.key("connectDate");
    if (connect.isValid())
        w.value(localMidnightMs(world, connect));
    else
        w.null();
    writeCreditRating(w, world.today());
    w.emptyArrayField("depositSummary");
    w.field("hasGenerator", generator);
    w.field("medicalNecessity", QStringLiteral("NONE"));
    w.field("outagePriority", QStringLiteral("STANDARD"));
    w.field("primaryRateSchedule", lead->rate.name);
    w.field("primaryRateScheduleId", lead->rate.id);
    w.key("providerSummary");
    w.beginObject();
    w.field("provider", provider);
    w.field("providerDescription", world.coop().name);
    w.endObject();
    w.field("readRoute", QString(u"RT" + digitsFrom(lead->number, 3)));
    w.field("revenueClass", revenueClass(*lead));
    w.field("revenueClassId",
            revenueClass(*lead) == u"COMMERCIAL" ? QStringLiteral("2") : QStringLiteral("1"));
    w.key("roundUpSettings");
    w.beginArray();
    w.beginObject();
    w.field("allowAdditionalMonthlyContribution", QStringLiteral("N"));
    w.field("determineProviderCalculateCharge", QStringLiteral("N"));
    w.field("provider", provider);
    w.field("roundUpBudgetCalculation", QStringLiteral("N"));
    w.endObject();
    w.endArray();
    w.key("roundUpSummary");
    w.beginArray();
    w.beginObject();
    const Money zero;
    w.field("additionalAmountNextBillOnly", zero);
    w.field("additionalMonthlyContribution", zero);
    w.field("previousYearToDateContribution", 0);
    w.field("provider", provider);
    w.field("recentContribution", zero);
    w.field("status", false);
    w.field("yearToDateContribution", zero);
    w.endObject();
    w.endArray();
    w.key("serviceLocationMap");
    w.beginObject();
    for (const ServiceLocation *location : locations) {
        w.key(location->number);
        writeBilledLocation(w, *location, location == primary);
    }
    w.endObject();
    writeStatusMap(w, locations);
    w.field("status", account.inactive ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE"));
    w.field("useDeposits", false);
    w.endObject();
}

void writeAccountBilling(JsonWriter &w, const World &world, const Member &member,
                         const Account &account)
{
    const ServiceLocation *primary = primaryLocation(account);
    const Address mailing = primary ? primary->address : Address();
    const QList<Bill> bills = world.bills(account);
    const Balance balance = world.balance(account);
    const QDate openStart = world.openPeriodStart(account);

    w.beginObject();
    w.key("accountSummary");
    w.beginObject();
    w.field("account", account.number);
    w.field("accountStatus",
            account.inactive ? QStringLiteral("INACTIVE") : QStringLiteral("ACTIVE"));
    writeAddressMap(w, mailing);
    w.key("personalInfo");
    w.beginObject();
    w.field("customerSSN", QStringLiteral("XXX-XX-0000"));
    w.field("displayName", account.customerName);
    w.field("email", member.email);
    w.field("ethnicGroup", QStringLiteral("NOT_PROVIDED"));
    w.field("firstName", firstName(account));
    w.field("isIndividual", !member.businessUser);
    w.field("isIndividualAdditional", false);
    w.field("lastName", account.lastName);
    w.field("miscEmail", QString());
    w.endObject();
    w.endObject();
    w.field("billingCycle", QString::number(account.billingCycle));
    w.field("envelopeGroup", QStringLiteral("STANDARD"));
    w.field("hasUnbilledUsage",
            !account.inactive && openStart.isValid() && openStart < world.today());
    w.field("invoiceGroup", QString::number(account.billingCycle));
    w.field("numberOfBills", int(bills.size()));
    w.emptyArrayField("paymentExtensions");

    // Locations grouped by service key, in first-seen order.
    const QStringList keys = serviceKeys(account);
    const QString primaryKey = primary ? primary->serviceKey : keys.first();
    w.key("serviceBillingMap");
    w.beginObject();
    for (const QString &key : keys) {
        QList<const ServiceLocation *> locations;
        for (const ServiceLocation &location : account.locations) {
            if (location.serviceKey == key)
                locations.append(&location);
        }
        if (locations.isEmpty())
            continue;
        w.key(key);
        w.beginObject();
        w.key("providerBillingMap");
        w.beginObject();
        writeProviderBilling(w, world, account, locations, balance, key == primaryKey);
        w.endObject();
        writeStatusMap(w, locations);
        w.key("serviceSummary");
        w.beginObject();
        w.field("industry", QStringLiteral("ELECTRIC"));
        w.field("service", key);
        w.field("serviceDescription", locations.first()->description);
        w.endObject();
        w.endObject();
    }
    w.endObject();

    w.key("serviceLocationMap");
    w.beginObject();
    for (const ServiceLocation &location : account.locations) {
        w.key(location.number);
        w.beginObject();
        writeShortAddress(w, location.address);
        w.field("description", location.description);
        w.key("industryServiceStatusMap");
        w.beginObject();
        w.field("ELECTRIC", locationStatus(location));
        w.endObject();
        w.field("isDefault", &location == primary);
        w.field("location", mapLocation(location));
        w.field("serviceLocation", location.number);
        w.endObject();
    }
    w.endObject();
    w.endObject();
}

void writeCustomerSummary(JsonWriter &w, const World &world, const Member &member,
                          const Account &account)
{
    const ServiceLocation *primary = primaryLocation(account);
    const Address mailing = primary ? primary->address : Address();
    w.key("customerSummary");
    w.beginObject();
    w.key("accounts");
    w.beginArray();
    const QList<const Account *> all = world.coop().accountsOf(member);
    for (const Account *other : all) {
        if (other->customerNumber == account.customerNumber)
            w.value(other->number);
    }
    w.endArray();
    w.key("address");
    w.beginObject();
    w.field("city", mailing.city);
    w.field("country", QStringLiteral("USA"));
    w.field("lineOne", mailing.line1);
    w.key("phones");
    w.beginObject();
    w.key("MOBILE");
    w.beginArray();
    w.beginObject();
    w.field("isPrimary", true);
    w.field("listingType", QStringLiteral("LISTED"));
    w.field("number", phoneNumber(account));
    w.field("type", QStringLiteral("MOBILE"));
    w.endObject();
    w.endArray();
    w.endObject();
    w.emptyObjectField("phonesAdditional");
    w.field("state", mailing.state);
    w.field("zip4", QStringLiteral("0000"));
    w.field("zipCode", mailing.zip);
    w.endObject();
    writeAddressMap(w, mailing);
    w.field("allowEcheck", true);
    w.field("customer", account.customerNumber);
    w.field("customerSSN", QStringLiteral("XXX-XX-0000"));
    w.field("displayName", account.customerName);
    w.field("email", member.email);
    w.field("ethnicGroup", QStringLiteral("NOT_PROVIDED"));
    w.field("firstName", firstName(account));
    w.field("hintAnswer", QStringLiteral("synthetic answer"));
    w.field("hintQuestion", QStringLiteral("What is the name of your first pet?"));
    w.field("isDefault", true);
    w.field("isIndividual", !member.businessUser);
    w.field("isIndividualAdditional", false);
    w.field("keyCustomer", QStringLiteral("N"));
    w.field("lastName", account.lastName);
    w.field("miscEmail", QString());
    w.field("registrationLevel", QStringLiteral("FULL"));
    w.field("suspendUser", false);
    w.key("users");
    w.beginArray();
    w.value(member.email);
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray billing(const World &world, const Member &member, const Account &account)
{
    JsonWriter w(16 * 1024);
    w.beginArray();
    w.beginObject();
    w.key("accountBillingMap");
    w.beginObject();
    w.key(account.number);
    writeAccountBilling(w, world, member, account);
    w.endObject();
    writeCustomerSummary(w, world, member, account);
    w.field("email", member.email);
    w.endObject();
    w.endArray();
    return w.take();
}

} // namespace sim::payloads
