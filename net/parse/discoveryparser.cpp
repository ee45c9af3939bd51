// user-data, accounts and service-locations/<loc> (smarthub-api.md §3.1-3.3).
#include "jsonsupport.h"
#include "parsers.h"

#include <QSet>

#include <array>
#include <cmath>

namespace coopdesk::net::parse {

using namespace detail;

namespace {

// Service keys that name electric service at co-ops whose descriptions do not say "electric"
// (smarthub-api.md §3.1; CVEA uses VELEC/GELEC).
constexpr std::array<const char16_t *, 4> knownElectricKeys { u"ELEC", u"1ELEC", u"VELEC",
                                                              u"GELEC" };

// The electric key among `keys`: one described as electric, else a known electric key, else one
// containing "ELEC". Combined keys ("WATER|NGAS|ELEC") describe several services at once, so only
// a key's own description counts.
QString electricKey(const QStringList &keys, const QJsonObject &descriptions)
{
    for (const QString &key : keys) {
        if (descriptions.value(key).toString().contains(u"electric", Qt::CaseInsensitive))
            return key;
    }
    for (const char16_t *known : knownElectricKeys) {
        for (const QString &key : keys) {
            if (key.compare(QStringView(known), Qt::CaseInsensitive) == 0)
                return key;
        }
    }
    for (const QString &key : keys) {
        if (key.contains(u"ELEC", Qt::CaseInsensitive))
            return key;
    }
    return {};
}

PostalAddress postalAddress(const QJsonObject &a)
{
    PostalAddress out;
    out.line1 = text(a.value(u"addr1"));
    if (out.line1.isEmpty())
        out.line1 = text(a.value(u"lineOne"));
    out.city = text(a.value(u"city"));
    out.state = text(a.value(u"state"));
    out.zip = text(a.value(u"zip"));
    if (out.zip.isEmpty())
        out.zip = text(a.value(u"zipCode"));
    return out;
}

// Fills a location from one summary object; fields already set are kept (the two summary maps
// of user-data each carry part of the picture).
void mergeSummary(ServiceLocation &l, const QJsonObject &s)
{
    if (l.description.isEmpty())
        l.description = text(s.value(u"description"));
    if (l.description.isEmpty())
        l.description = text(s.value(u"location"));
    if (l.address.line1.isEmpty() && l.address.city.isEmpty() && l.address.state.isEmpty())
        l.address = postalAddress(s.value(u"address").toObject());
    if (l.status.isEmpty())
        l.status = text(s.value(u"serviceStatus"));
    if (l.rateSchedules.isEmpty())
        l.rateSchedules = stringList(s.value(u"activeRateSchedules"));
    if (l.meterNumbers.isEmpty())
        l.meterNumbers = s.value(u"meterNumbersToExternalMeterBaseIds").toObject().keys();
    if (l.lastBillPrevReadMs == 0)
        l.lastBillPrevReadMs = ms(s.value(u"lastBillPrevReadDtTm"));
    if (l.lastBillPresReadMs == 0)
        l.lastBillPresReadMs = ms(s.value(u"lastBillPresReadDtTm"));
}

Account userDataAccount(const QJsonObject &o)
{
    Account a;
    a.number = text(o.value(u"account"));
    a.customerNumber = text(o.value(u"customer"));
    a.customerName = text(o.value(u"customerName"));
    a.inactive = o.value(u"inactive").toBool(false);
    a.autoPay = o.value(u"isAutoPay").toBool(false);
    a.primaryLocation = text(o.value(u"primaryServiceLocationId"));

    const QJsonObject summaries = o.value(u"serviceLocationIdToServiceLocationSummary").toObject();
    const QJsonObject lists
        = o.value(u"serviceLocationToUserDataServiceLocationSummaries").toObject();
    const QJsonObject industries = o.value(u"serviceLocationToIndustries").toObject();
    const QJsonObject descriptions = o.value(u"serviceToServiceDescription").toObject();
    const QStringList accountServices = stringList(o.value(u"services"));

    // Every location any map names, the primary first.
    QStringList numbers;
    const auto add = [&numbers](const QString &n) {
        if (!n.isEmpty() && !numbers.contains(n))
            numbers.append(n);
    };
    add(a.primaryLocation);
    for (const QJsonObject &map : { summaries, lists, industries }) {
        for (auto it = map.begin(); it != map.end(); ++it)
            add(it.key());
    }
    if (!summaries.contains(a.primaryLocation) && !lists.contains(a.primaryLocation)
        && !industries.contains(a.primaryLocation))
        numbers.removeAll(a.primaryLocation); // named but not described: not a location we know

    for (const QString &number : std::as_const(numbers)) {
        ServiceLocation l;
        l.number = number;
        mergeSummary(l, summaries.value(number).toObject());
        QStringList services;
        const QJsonArray items = lists.value(number).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject s = item.toObject();
            mergeSummary(l, s);
            services += stringList(s.value(u"services"));
        }
        if (services.isEmpty())
            services = accountServices;
        l.serviceKey = electricKey(services, descriptions);
        l.industries = stringList(industries.value(number));
        a.locations.append(l);
    }
    return a;
}

} // namespace

Parsed<QList<Account>> userData(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<QList<Account>>::failure(u"user-data: " + d.error);
    if (!d.doc.isArray())
        return Parsed<QList<Account>>::failure(QStringLiteral("user-data: not a list of accounts"));
    QList<Account> out;
    const QJsonArray list = d.doc.array();
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            return Parsed<QList<Account>>::failure(
                QStringLiteral("user-data: an item is not an object"));
        Account a = userDataAccount(v.toObject());
        if (a.number.isEmpty())
            return Parsed<QList<Account>>::failure(
                QStringLiteral("user-data: an item has no account number"));
        out.append(a);
    }
    return Parsed<QList<Account>>::success(out);
}

Parsed<QList<Account>> accountsList(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<QList<Account>>::failure(u"accounts: " + d.error);
    if (!d.doc.isArray())
        return Parsed<QList<Account>>::failure(QStringLiteral("accounts: not a list"));
    QList<Account> out;
    const QJsonArray list = d.doc.array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Account a;
        a.number = text(o.value(u"account"));
        if (a.number.isEmpty())
            return Parsed<QList<Account>>::failure(
                QStringLiteral("accounts: an item has no account number"));
        const QStringList locations = stringList(o.value(u"serviceLocations"));
        for (const QString &number : locations) {
            ServiceLocation l;
            l.number = number;
            a.locations.append(l);
        }
        if (!locations.isEmpty())
            a.primaryLocation = locations.first();
        out.append(a);
    }
    return Parsed<QList<Account>>::success(out);
}

Parsed<LocationDetails> serviceLocation(const QByteArray &json)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<LocationDetails>::failure(u"service-location: " + d.error);
    if (!d.doc.isObject())
        return Parsed<LocationDetails>::failure(QStringLiteral("service-location: not an object"));
    const QJsonObject o = d.doc.object();
    LocationDetails l;
    l.number = text(o.value(u"id"));
    if (l.number.isEmpty())
        return Parsed<LocationDetails>::failure(QStringLiteral("service-location: no id"));
    l.description = text(o.value(u"serviceDescription"));
    l.address = text(o.value(u"address"));
    l.city = text(o.value(u"city"));
    l.state = text(o.value(u"state"));
    l.zip = text(o.value(u"zipCode"));
    l.county = text(o.value(u"county"));
    // Coordinates arrive as strings and may be "scrubbed" or out of range: then unknown.
    const auto lat = optionalNumber(o.value(u"latitude"));
    const auto lon = optionalNumber(o.value(u"longitude"));
    if (lat && lon && std::fabs(*lat) <= 90 && std::fabs(*lon) <= 180
        && !(*lat == 0 && *lon == 0)) {
        l.latitude = lat;
        l.longitude = lon;
    }
    return Parsed<LocationDetails>::success(l);
}

} // namespace coopdesk::net::parse
