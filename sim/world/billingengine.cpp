#include "billingengine.h"

#include <algorithm>

namespace sim {

namespace {

constexpr int minimumFirstPeriodDays = 14;

QDate readDayOnOrAfter(QDate day, int readDay)
{
    QDate candidate(day.year(), day.month(), readDay);
    return candidate >= day ? candidate : candidate.addMonths(1);
}

QDate serviceEnd(const Account &account)
{
    // A closed account's service ends with the last of its locations.
    if (!account.inactive)
        return QDate();
    QDate end;
    for (const ServiceLocation &l : account.locations) {
        if (l.disconnectDate.isValid() && (!end.isValid() || l.disconnectDate > end))
            end = l.disconnectDate;
    }
    return end;
}

QString kwhText(qint64 wh)
{
    return QString::number(qRound64(double(wh) / 1000.0));
}

QString priceText(qint64 microDollars)
{
    return u'$' + QString::number(double(microDollars) / 1e6, 'f', 5);
}

// n / d rounded half away from zero (d > 0): charges are computed in integers, so a price times
// whole watt-hours that lands on half a cent rounds the same way everywhere.
qint64 roundedDivision(qint64 n, qint64 d)
{
    return n >= 0 ? (n + d / 2) / d : -((-n + d / 2) / d);
}

// Wh times micro-dollars per kWh is nano-dollars; 1e7 of them make a cent.
Money energyCharge(qint64 wh, qint64 microDollarsPerKwh)
{
    return Money::fromCents(roundedDivision(wh * microDollarsPerKwh, 10000000));
}

// Demand: kW = kWh * 60 / interval minutes, billed at micro-dollars per kW.
Money demandCharge(qint64 peakWh, int intervalMinutes, qint64 microDollarsPerKw)
{
    return Money::fromCents(
        roundedDivision(peakWh * 60 * microDollarsPerKw, qint64(intervalMinutes) * 10000000));
}

// Basis points of an amount in whole cents, rounded half away from zero.
Money percentOf(Money amount, int basisPoints)
{
    return Money::fromCents(roundedDivision(amount.cents() * basisPoints, 10000));
}

} // namespace

BillingEngine::BillingEngine(quint64 seed, const coopdesk::WallClock &clock,
                             const UsageStore &usage)
    : m_clock(clock)
    , m_usage(usage)
    // billProcessUuid: UUID v5 under a namespace of its own per seed, so uuids are stable per
    // bill and differ between simulated worlds.
    , m_namespace(QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
                                      QStringLiteral("https://mountainvalley.smarthub.coop/sim/")
                                          + QString::number(seed)))
{
}

QDate BillingEngine::serviceStart(const Account &account)
{
    QDate start;
    for (const ServiceLocation &l : account.locations) {
        if (l.connectDate.isValid() && (!start.isValid() || l.connectDate < start))
            start = l.connectDate;
    }
    return start;
}

QList<BillingEngine::Period> BillingEngine::periods(const Account &account, QDate today) const
{
    QList<Period> out;
    QDate start = serviceStart(account);
    if (!start.isValid())
        return out;
    const QDate closing = serviceEnd(account);
    const int readDay = std::clamp(account.readDay, 1, 28);
    QDate end = readDayOnOrAfter(start.addDays(minimumFirstPeriodDays - 1), readDay);
    for (;;) {
        bool final = false;
        if (closing.isValid() && end >= closing.addDays(-1)) {
            end = closing.addDays(-1);
            final = true;
        }
        if (end < start || end >= today) // the bill date (end + 1) is still to come
            break;
        out.append({ start, end });
        if (final)
            break;
        start = end.addDays(1);
        end = end.addMonths(1);
    }
    return out;
}

QList<Bill> BillingEngine::charges(const Account &account, QDate today) const
{
    QList<Bill> out;
    const QList<Period> list = periods(account, today);
    out.reserve(list.size());
    for (const Period &p : list)
        out.append(bill(account, p));
    return out;
}

Bill BillingEngine::bill(const Account &account, const Period &period) const
{
    Bill b;
    b.accountNumber = account.number;
    b.periodStart = period.start;
    b.periodEnd = period.end;
    b.billDate = period.end.addDays(1);
    b.dueDate = b.billDate.addDays(21);
    b.billingDateTimestampMs = m_clock.startOfDay(b.billDate);
    b.uuid = QUuid::createUuidV5(m_namespace,
                                 account.number + u'/' + period.start.toString(Qt::ISODate) + u'/'
                                     + period.end.toString(Qt::ISODate))
                 .toString(QUuid::WithoutBraces);
    qint64 netWh = 0;
    for (const ServiceLocation &location : account.locations)
        chargeLocation(account, location, period, b, netWh);
    b.kwh = double(netWh) / 1000.0;
    for (const BillLine &line : std::as_const(b.lines))
        b.total += line.amount;
    return b;
}

void BillingEngine::chargeLocation(const Account &account, const ServiceLocation &location,
                                   const Period &period, Bill &bill, qint64 &netWh) const
{
    if (!location.connectDate.isValid() || location.connectDate > period.end
        || (location.disconnectDate.isValid() && location.disconnectDate <= period.start))
        return; // not in service during this period
    const LocationUsage &usage = m_usage.upTo(location, period.end.addDays(1));
    const qint64 step = usage.intervalMs();
    const qint64 origin = usage.originMs();
    const qint64 generatedEnd = origin + qint64(usage.size()) * step;
    const auto &consumption = usage.consumptionWh();
    const auto &generation = usage.generationWh();
    const RateSchedule &rate = location.rate;

    std::vector<qint64> periodWh(size_t(rate.touPeriods.size()), 0);
    qint64 deliveredWh = 0, receivedWh = 0, peakWh = 0;
    // Day by day, so the TOU calendar is consulted once per day and local hour.
    for (QDate day = std::max(period.start, location.connectDate); day <= period.end;
         day = day.addDays(1)) {
        const qint64 dayStart = m_clock.startOfDay(day);
        const qint64 dayEnd = std::min(m_clock.startOfDay(day.addDays(1)), generatedEnd);
        if (dayStart >= dayEnd)
            break;
        const bool plainDay = dayEnd - dayStart == 24 * 3600000LL;
        const bool dayOff = rate.isTimeOfUse() && TouCalendar::isDayOff(day);
        for (qint64 i = (dayStart - origin) / step; i < (dayEnd - origin) / step; ++i) {
            const qint64 net = qint64(consumption[size_t(i)])
                - (generation.empty() ? 0 : qint64(generation[size_t(i)]));
            netWh += net;
            const qint64 delivered = std::max<qint64>(net, 0);
            receivedWh += std::max<qint64>(-net, 0);
            deliveredWh += delivered;
            peakWh = std::max(peakWh, delivered);
            if (rate.isTimeOfUse()) {
                const qint64 start = origin + i * step;
                const int hour = plainDay ? int((start - dayStart) / 3600000)
                                          : m_clock.toLocal(start).time().hour();
                periodWh[size_t(TouCalendar::periodIndex(rate, dayOff, hour))] += delivered;
            }
        }
    }
    const double peakKw = double(peakWh) / 1000.0 * 60.0 / usage.intervalMinutes();
    bill.peakDemandKw = std::max(bill.peakDemandKw, peakKw);

    // Lines of a multi-location account say which location they belong to.
    const QString prefix = account.locations.size() > 1 ? location.description + u": " : QString();
    QList<BillLine> lines;
    lines.append({ prefix + u"Customer charge", rate.customerCharge });
    const bool netMetered = rate.netExportCreditMicroDollarsPerKwh > 0;
    if (rate.isTimeOfUse()) {
        for (qsizetype p = 0; p < rate.touPeriods.size(); ++p) {
            const TouPeriod &tou = rate.touPeriods.at(p);
            const qint64 wh = periodWh[size_t(p)];
            lines.append({ prefix + u"Energy " + tou.name + u' ' + kwhText(wh) + u" kWh @ "
                               + priceText(tou.microDollarsPerKwh),
                           energyCharge(wh, tou.microDollarsPerKwh) });
        }
    } else {
        lines.append(
            { prefix
                  + (netMetered ? QStringLiteral("Energy delivered ") : QStringLiteral("Energy "))
                  + kwhText(deliveredWh) + u" kWh @ " + priceText(rate.energyMicroDollarsPerKwh),
              energyCharge(deliveredWh, rate.energyMicroDollarsPerKwh) });
    }
    if (netMetered && receivedWh > 0) {
        lines.append({ prefix + u"Net metering credit " + kwhText(receivedWh) + u" kWh @ "
                           + priceText(rate.netExportCreditMicroDollarsPerKwh),
                       -energyCharge(receivedWh, rate.netExportCreditMicroDollarsPerKwh) });
    }
    if (rate.hasDemand()) {
        lines.append(
            { prefix + u"Demand " + QString::number(peakKw, 'f', 1) + u" kW @ "
                  + priceText(rate.demandMicroDollarsPerKw),
              demandCharge(peakWh, usage.intervalMinutes(), rate.demandMicroDollarsPerKw) });
    }
    Money subtotal;
    for (const BillLine &line : std::as_const(lines))
        subtotal += line.amount;
    if (rate.taxBasisPoints > 0 && subtotal > Money()) {
        lines.append(
            { prefix + u"Sales tax " + QString::number(rate.taxBasisPoints / 100.0, 'f', 2) + u'%',
              percentOf(subtotal, rate.taxBasisPoints) });
    }
    bill.lines += lines;
}

} // namespace sim
