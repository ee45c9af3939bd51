// Discovery payloads: user-data, accounts, service-locations/<loc>. Keys in the order of the
// captured fixtures (alphabetical), every fixture key present, values from the World.
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"

#include <QUuid>

namespace sim::payloads {

using namespace detail;

namespace {

void writeLocationAddress(JsonWriter &w, const ServiceLocation &location)
{
    w.key("address");
    w.beginObject();
    w.field("addr1", location.address.line1);
    w.field("city", location.address.city);
    w.field("state", location.address.state);
    w.field("zip", location.address.zip);
    w.endObject();
}

void writeLocationId(JsonWriter &w, const ServiceLocation &location)
{
    w.key("id");
    w.beginObject();
    w.field("serviceLocation", location.number);
    w.field("srvLocNbr", location.number.toLongLong());
    w.endObject();
}

// Read dates of the account's last bill, real epoch ms of local midnights: the previous read at
// the start of the period, the present read at the end of its last day. null before a first bill.
void writeLastReads(JsonWriter &w, const World &world, const ServiceLocation &location,
                    const std::optional<Bill> &bill)
{
    const bool billed
        = bill && location.connectDate.isValid() && location.connectDate <= bill->periodEnd;
    w.key("lastBillPresReadDtTm");
    if (billed)
        w.value(localMidnightMs(world, bill->periodEnd.addDays(1)));
    else
        w.null();
    w.key("lastBillPrevReadDtTm");
    if (billed)
        w.value(localMidnightMs(world, qMax(bill->periodStart, location.connectDate)));
    else
        w.null();
}

// The fields serviceLocationIdToServiceLocationSummary and the ...UserDataServiceLocationSummaries
// items share; `services` only in the latter, the meter map only in the former (as captured).
void writeLocationSummary(JsonWriter &w, const World &world, const ServiceLocation &location,
                          const std::optional<Bill> &bill, bool listItem)
{
    const QString provider = world.coop().providerCode;
    w.beginObject();
    w.key("activeRateSchedules");
    w.beginArray();
    w.value(rateScheduleCode(location.rate, provider));
    w.endArray();
    writeLocationAddress(w, location);
    w.field("description", location.description);
    writeLocationId(w, location);
    writeLastReads(w, world, location, bill);
    w.field("location", mapLocation(location));
    if (!listItem) {
        w.key("meterNumbersToExternalMeterBaseIds");
        w.beginObject();
        for (int i = 0; i < location.meters.size(); ++i) {
            w.key(location.meters.at(i).number);
            w.value(externalMeterId(location, i));
        }
        w.endObject();
    }
    w.field("serviceStatus",
            location.active ? QStringLiteral("ACTIVE") : QStringLiteral("INACTIVE"));
    if (listItem) {
        w.key("services");
        w.beginArray();
        w.value(location.serviceKey);
        w.endArray();
    }
    w.endObject();
}

QString oneLineAddress(const Address &a)
{
    return a.line1 + u", " + a.city + u", " + a.state + u' ' + a.zip;
}

void writeUserDataAccount(JsonWriter &w, const World &world, const Member &member,
                          const Account &account)
{
    const Coop &coop = world.coop();
    const QString provider = coop.providerCode;
    const ServiceLocation *primary = primaryLocation(account);
    const QStringList services = serviceKeys(account);
    const std::optional<Bill> bill = lastBill(world, account);

    w.beginObject();
    w.field("account", account.number);
    w.field("additionalCustomerName", QString());
    w.field("address", primary ? oneLineAddress(primary->address) : QString());
    w.field("agreementStatus", 0);
    w.field("consumerClassCode",
            primary && revenueClass(*primary) == u"COMMERCIAL" ? QStringLiteral("COM")
                                                               : QStringLiteral("RES"));
    w.field("customer", account.customerNumber);
    w.field("customerName", account.customerName);
    w.field("disconnectNonPay", false);
    w.field("email", member.email);
    w.field("inactive", account.inactive);
    w.field("invoiceGroupNumber", QString::number(account.billingCycle));
    w.field("isAutoPay", account.autoPay);
    w.field("isDisconnected", account.inactive);
    w.field("isMultiService", services.size() > 1);
    w.field("isPendingDisconnect", false);
    w.field("isUnCollectible", false);
    w.field("primaryServiceLocationId", primary ? primary->number : QString());
    w.field("providerOrServiceDescription", coop.name);
    w.key("providerToDescription");
    w.beginObject();
    w.key(provider);
    w.value(coop.name);
    w.endObject();
    w.key("providerToProviderDescription");
    w.beginObject();
    w.key(provider);
    w.value(coop.name);
    w.endObject();

    w.key("serviceLocationIdToServiceLocationSummary");
    w.beginObject();
    for (const ServiceLocation &location : account.locations) {
        w.key(location.number);
        writeLocationSummary(w, world, location, bill, false);
    }
    w.endObject();

    w.key("serviceLocationToIndustries");
    w.beginObject();
    for (const ServiceLocation &location : account.locations) {
        w.key(location.number);
        w.beginArray();
        w.value("ELECTRIC");
        w.endArray();
    }
    w.endObject();

    w.key("serviceLocationToProviders");
    w.beginObject();
    for (const ServiceLocation &location : account.locations) {
        w.key(location.number);
        w.beginArray();
        w.value(provider);
        w.endArray();
    }
    w.endObject();

    w.key("serviceLocationToUserDataServiceLocationSummaries");
    w.beginObject();
    for (const ServiceLocation &location : account.locations) {
        w.key(location.number);
        w.beginArray();
        writeLocationSummary(w, world, location, bill, true);
        w.endArray();
    }
    w.endObject();

    w.key("serviceToProviders");
    w.beginObject();
    for (const QString &service : services) {
        w.key(service);
        w.beginArray();
        w.value(provider);
        w.endArray();
    }
    w.endObject();

    w.key("serviceToServiceDescription");
    w.beginObject();
    for (const QString &service : services) {
        w.key(service);
        w.value(serviceDescription(service));
    }
    w.endObject();

    w.key("services");
    w.beginArray();
    for (const QString &service : services)
        w.value(service);
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray userData(const World &world, const Member &member)
{
    JsonWriter w(16 * 1024);
    w.beginArray();
    const QList<const Account *> accounts = world.coop().accountsOf(member);
    for (const Account *account : accounts)
        writeUserDataAccount(w, world, member, *account);
    w.endArray();
    return w.take();
}

QByteArray accounts(const World &world, const Member &member)
{
    JsonWriter w;
    w.beginArray();
    const QList<const Account *> list = world.coop().accountsOf(member);
    for (const Account *account : list) {
        w.beginObject();
        w.field("account", account->number);
        w.key("serviceLocations");
        w.beginArray();
        for (const ServiceLocation &location : account->locations)
            w.value(location.number);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    return w.take();
}

QByteArray serviceLocation(const World &world, const Account &account,
                           const ServiceLocation &location)
{
    const QString d = digitsFrom(location.number, 16);
    const QUuid uuid
        = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c3c52-4a1e-4f7a-9d55-2c0b8f0e7a11}")),
                              world.coop().slug + u'/' + location.number);
    JsonWriter w;
    w.beginObject();
    w.field("address", location.address.line1);
    w.field("boardDistrictCode", QString(u"D" + d.mid(0, 1)));
    w.field("censusBlockNumber", QString(u"08" + d.mid(1, 13)));
    w.field("city", location.address.city);
    w.field("county", location.address.county);
    w.field("createProrations", false);
    w.field("districtOffice", QStringLiteral("MAIN"));
    w.field("doNotUpdateCensus", false);
    w.field("doNotUpdateGeocode", false);
    w.field("franchiseTaxId", QString(u"FT" + d.mid(2, 2)));
    w.field("geoSource", QStringLiteral("GIS"));
    w.field("id", location.number);
    w.field("latitude", QString::number(location.latitude, 'f', 6));
    w.field("locationType",
            revenueClass(location) == u"COMMERCIAL" ? QStringLiteral("COMMERCIAL")
                                                    : QStringLiteral("RESIDENTIAL"));
    w.field("longitude", QString::number(location.longitude, 'f', 6));
    w.field("mapLocation", mapLocation(location));
    w.field("otherTaxJurisdictionId", QString(u"OT" + d.mid(4, 2)));
    w.field("ownerAgreesToDisconnect", QStringLiteral("N"));
    w.field("ownerCustomerNumber", account.customerNumber);
    w.field("revenueAreaId", QString(u"RA" + d.mid(6, 1)));
    w.field("schoolDistrictId", QString(u"SD" + d.mid(7, 2)));
    w.field("serviceArea", QString(u"SA" + d.mid(9, 1)));
    w.field("serviceDescription", location.description);
    w.field("speedTestLocation", false);
    w.field("state", location.address.state);
    w.field("taxDistrictId", QString(u"TD" + d.mid(10, 2)));
    w.field("town", location.address.city);
    w.field("uuid", uuid.toString(QUuid::WithoutBraces));
    w.field("zipCode", location.address.zip);
    w.endObject();
    return w.take();
}

} // namespace sim::payloads
