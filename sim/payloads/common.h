#pragma once

#include "sim/world/world.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// Small facts several payloads derive the same way, so the discovery, billing and usage answers
// agree with each other (an id in user-data is the id the poll and the bill use).
namespace sim::payloads::detail {

// Stable across runs and machines (qHash is not: it may use AES and a per-process seed).
quint64 stableHash(QStringView text);
// A deterministic digit string of `length` digits derived from `salt`.
QString digitsFrom(QStringView salt, int length);

// The account's first active location, else its first one; nullptr when it has none.
const ServiceLocation *primaryLocation(const Account &account);
// Service keys of the account's locations, in first-seen order ("ELEC", "1ELEC" ...).
QStringList serviceKeys(const Account &account);
// "Electric Service" for every electric key; the portal describes the key, not the provider.
QString serviceDescription(const QString &serviceKey);
// "<loc>+<n>": the external meter base id user-data maps each meter number to.
QString externalMeterId(const ServiceLocation &location, int meterIndex);
// "RTOU:MVEC": the "<rateId>:<provider>" strings of activeRateSchedules.
QString rateScheduleCode(const RateSchedule &rate, const QString &provider);
// "TIME_OF_DAY_KWH_DEMAND", "NET_METER_KWH" ... as billing's meters map reports them.
QString meterType(const ServiceLocation &location, const Meter &meter);
// "RESIDENTIAL" or "COMMERCIAL" (demand rates are billed to businesses and farms).
QString revenueClass(const ServiceLocation &location);
// A map-grid code for the portal's "location" field, "T07-R12-S21".
QString mapLocation(const ServiceLocation &location);
// Member's given name: the customer name without its last name.
QString firstName(const Account &account);
// A fictional 555-01xx telephone number.
QString phoneNumber(const Account &account);

// The newest closed bill, if any.
std::optional<Bill> lastBill(const World &world, const Account &account);
// The month a bill belongs to: the month of its bill date ("Jun 2026" in the usage explorer).
QDate billMonth(const Bill &bill);
// "Jun 2026" (English month abbreviation, as the portal prints it).
QString monthLabel(QDate month);
// Real instant (ms) of local midnight starting `day`.
qint64 localMidnightMs(const World &world, QDate day);

// A location of the co-op by ZIP code (an active one first); nullptr when none.
const ServiceLocation *locationByZip(const Coop &coop, const QString &zip);
// The location nearest to a point, and its distance in km; nullptr when the co-op has none.
const ServiceLocation *nearestLocation(const Coop &coop, double latitude, double longitude,
                                       double *distanceKm);
// Great-circle distance in km.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

inline double fahrenheitToCelsius(double f)
{
    return (f - 32.0) * 5.0 / 9.0;
}

} // namespace sim::payloads::detail
