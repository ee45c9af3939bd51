#include "common.h"

#include <QLocale>

#include <cmath>
#include <numbers>

namespace sim::payloads::detail {

quint64 stableHash(QStringView text)
{
    // FNV-1a over the UTF-16 code units.
    quint64 hash = 14695981039346656037ULL;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}

QString digitsFrom(QStringView salt, int length)
{
    quint64 state = stableHash(salt);
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL; // PCG's LCG step
        out += QChar(u'0' + int((state >> 33) % 10));
    }
    return out;
}

const ServiceLocation *primaryLocation(const Account &account)
{
    for (const ServiceLocation &location : account.locations) {
        if (location.active)
            return &location;
    }
    return account.locations.isEmpty() ? nullptr : &account.locations.first();
}

QStringList serviceKeys(const Account &account)
{
    QStringList keys;
    for (const ServiceLocation &location : account.locations) {
        if (!keys.contains(location.serviceKey))
            keys.append(location.serviceKey);
    }
    if (keys.isEmpty())
        keys.append(QStringLiteral("ELEC"));
    return keys;
}

QString serviceDescription(const QString &serviceKey)
{
    Q_UNUSED(serviceKey)
    return QStringLiteral("Electric Service");
}

QString externalMeterId(const ServiceLocation &location, int meterIndex)
{
    return location.number + u'+' + QString::number(meterIndex + 1);
}

QString rateScheduleCode(const RateSchedule &rate, const QString &provider)
{
    return rate.id + u':' + provider;
}

QString meterType(const ServiceLocation &location, const Meter &meter)
{
    if (meter.isNetMeter || meter.flow == FlowDirection::Net)
        return QStringLiteral("NET_METER_KWH");
    if (meter.flow == FlowDirection::Return || meter.flow == FlowDirection::Reverse)
        return QStringLiteral("GENERATION_KWH");
    const RateSchedule &rate = location.rate;
    if (rate.isTimeOfUse())
        return rate.hasDemand() ? QStringLiteral("TIME_OF_DAY_KWH_DEMAND")
                                : QStringLiteral("TIME_OF_DAY_KWH");
    return rate.hasDemand() ? QStringLiteral("KWH_DEMAND") : QStringLiteral("KWH");
}

QString revenueClass(const ServiceLocation &location)
{
    return location.rate.hasDemand() ? QStringLiteral("COMMERCIAL") : QStringLiteral("RESIDENTIAL");
}

QString mapLocation(const ServiceLocation &location)
{
    const QString d = digitsFrom(location.number, 6);
    return u"T0" + d.mid(0, 1) + u"-R" + d.mid(1, 2) + u"-S" + d.mid(3, 2);
}

QString firstName(const Account &account)
{
    QString name = account.customerName;
    if (!account.lastName.isEmpty() && name.endsWith(account.lastName))
        name.chop(account.lastName.size());
    name = name.trimmed();
    return name.isEmpty() ? account.customerName : name;
}

QString phoneNumber(const Account &account)
{
    // 555-0100..0199 is reserved for fiction.
    return u"970-555-01" + digitsFrom(account.number, 2);
}

std::optional<Bill> lastBill(const World &world, const Account &account)
{
    const QList<Bill> bills = world.bills(account);
    if (bills.isEmpty())
        return std::nullopt;
    return bills.last();
}

QDate billMonth(const Bill &bill)
{
    return QDate(bill.billDate.year(), bill.billDate.month(), 1);
}

QString monthLabel(QDate month)
{
    return QLocale::c().toString(month, u"MMM yyyy");
}

qint64 localMidnightMs(const World &world, QDate day)
{
    return world.wallClock().startOfDay(day);
}

const ServiceLocation *locationByZip(const Coop &coop, const QString &zip)
{
    const ServiceLocation *found = nullptr;
    for (const Account &account : coop.accounts) {
        for (const ServiceLocation &location : account.locations) {
            if (location.address.zip != zip)
                continue;
            if (location.active)
                return &location;
            if (!found)
                found = &location;
        }
    }
    return found;
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusKm = 6371.0;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

const ServiceLocation *nearestLocation(const Coop &coop, double latitude, double longitude,
                                       double *distance)
{
    const ServiceLocation *best = nullptr;
    double bestKm = 0;
    for (const Account &account : coop.accounts) {
        for (const ServiceLocation &location : account.locations) {
            const double km
                = distanceKm(latitude, longitude, location.latitude, location.longitude);
            if (!best || km < bestKm) {
                best = &location;
                bestKm = km;
            }
        }
    }
    if (distance)
        *distance = bestKm;
    return best;
}

} // namespace sim::payloads::detail
