#include "world.h"

#include "accountstatement.h"
#include "billingengine.h"
#include "paymentledger.h"
#include "random.h"
#include "toucalendar.h"
#include "usagemodel.h"
#include "weathermodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sim {

class World::Private
{
public:
    Private(quint64 seedValue, Clock clockFunction)
        : seed(seedValue)
        , clock(std::move(clockFunction))
        , coop(Coop::synthetic(seedValue))
        , wallClock(coop.zone)
        , startedMs(clock().toMSecsSinceEpoch())
        , startedDay(wallClock.localDate(startedMs))
        , weather(seedValue, wallClock)
        , calendar(wallClock)
        , usage(seedValue, weather, wallClock)
        , billing(seedValue, wallClock, usage)
    {
    }

    qint64 nowMs() const { return clock().toMSecsSinceEpoch(); }
    QDate today() const { return wallClock.localDate(nowMs()); }

    // The World's own copy of something a caller may hand back as a copy.
    const Account &own(const Account &account) const
    {
        const Account *a = coop.account(account.number);
        return a ? *a : account;
    }
    const ServiceLocation &own(const ServiceLocation &location) const
    {
        const ServiceLocation *l = coop.location(location.number);
        return l ? *l : location;
    }

    QList<Bill> charges(const Account &account, QDate day) const
    {
        auto it = chargeCache.find(account.number);
        if (it == chargeCache.end() || it->day != day)
            it = chargeCache.insert(account.number, { day, billing.charges(account, day) });
        return it->bills;
    }

    AccountStatement statement(const Account &account) const
    {
        const QDate day = today();
        AccountStatement::Rules rules;
        rules.seed = seed;
        for (qsizetype i = 0; i < coop.accounts.size(); ++i) {
            if (coop.accounts[i].number == account.number)
                rules.accountOrdinal = int(qMin<qsizetype>(i, 99));
        }
        rules.historyEndMs = startedMs;
        rules.historyEndDay = startedDay;
        rules.nowMs = nowMs();
        // Synthetic payments use the first stored method of the account's first owner; autopay
        // drafts the bank account when there is one.
        const QList<const Member *> owners = coop.owners(account);
        if (!owners.isEmpty() && !owners.first()->paymentMethods.isEmpty())
            rules.manualMethodId = owners.first()->paymentMethods.first().id;
        rules.autopayMethodId = seededAutopayMethod(account);
        rules.autopayAtStart = autopayAtStart.contains(account.number);
        rules.autopayChanges = autopayChanges.value(account.number);
        return AccountStatement(account, charges(account, day), ledger.ofAccount(account.number),
                                rules, wallClock);
    }

    QString seededAutopayMethod(const Account &account) const
    {
        const QList<const Member *> owners = coop.owners(account);
        if (owners.isEmpty() || owners.first()->paymentMethods.isEmpty())
            return {};
        const auto &methods = owners.first()->paymentMethods;
        for (const StoredPaymentMethod &m : methods) {
            if (m.kind == u"BANK")
                return m.id;
        }
        return methods.first().id;
    }

    // The fee of a payment by one of the account's owners' stored methods.
    Money feeFor(const QString &accountNumber, const QString &methodId) const
    {
        const Account *account = coop.account(accountNumber);
        if (!account)
            return {};
        for (const Member *owner : coop.owners(*account)) {
            for (const StoredPaymentMethod &m : owner->paymentMethods) {
                if (m.id == methodId)
                    return World::convenienceFee(m);
            }
        }
        return {};
    }

    struct CachedCharges
    {
        QDate day;
        QList<Bill> bills;
    };

    quint64 seed;
    Clock clock;
    Coop coop;
    coopdesk::WallClock wallClock;
    qint64 startedMs;
    QDate startedDay;
    WeatherModel weather;
    TouCalendar calendar;
    UsageStore usage;
    BillingEngine billing;
    PaymentLedger ledger;
    mutable QHash<QString, CachedCharges> chargeCache;
    QSet<QString> autopayAtStart; // accounts the cast enrols in Auto Pay
    QHash<QString, QList<AccountStatement::Rules::AutoPayChange>> autopayChanges;
    MemberSettings settings;
};

World::World(quint64 seed, Clock clock)
    : d(std::make_unique<Private>(seed, std::move(clock)))
{
    // The newest member connects on the day the World starts: no usage and no bills yet.
    for (Account &account : d->coop.accounts) {
        for (ServiceLocation &location : account.locations) {
            if (!location.connectDate.isValid())
                location.connectDate = d->startedDay;
        }
        if (account.autoPay)
            d->autopayAtStart.insert(account.number);
    }
}

World::~World() = default;

const Coop &World::coop() const
{
    return d->coop;
}

const coopdesk::WallClock &World::wallClock() const
{
    return d->wallClock;
}

quint64 World::seed() const
{
    return d->seed;
}

QDateTime World::now() const
{
    return d->clock();
}

QDate World::today() const
{
    return d->today();
}

qint64 World::dataEndMs() const
{
    return d->wallClock.startOfDay(today());
}

double World::temperatureF(const ServiceLocation &location, qint64 hourStartMs) const
{
    return d->weather.temperatureF(location, hourStartMs);
}

DailyWeather World::dailyWeather(const ServiceLocation &location, QDate localDay) const
{
    return d->weather.daily(location, localDay);
}

IntervalSeries World::usage(const ServiceLocation &locationIn, const Meter &meter, qint64 fromMs,
                            qint64 toMs) const
{
    IntervalSeries series;
    series.intervalMinutes = meter.intervalMinutes;
    const ServiceLocation &location = d->own(locationIn);
    if (!location.connectDate.isValid())
        return series;
    qint64 end = std::min(toMs, dataEndMs());
    if (location.disconnectDate.isValid())
        end = std::min(end, d->wallClock.startOfDay(location.disconnectDate));
    const qint64 origin = d->wallClock.startOfDay(location.connectDate);
    const qint64 start = std::max(fromMs, origin);
    if (start >= end)
        return series;

    const LocationUsage &intervals
        = d->usage.upTo(location, d->wallClock.localDate(end - 1).addDays(1));
    // A meter reads at its own interval, a whole multiple of the location's finest one.
    const qint64 meterMs = qint64(meter.intervalMinutes) * 60000;
    const qint64 baseMs = intervals.intervalMs();
    const size_t perReading = meterMs % baseMs == 0 ? size_t(meterMs / baseMs) : 1;
    const qint64 readingMs = qint64(perReading) * baseMs;
    series.intervalMinutes = int(readingMs / 60000);
    // Readings whose start lies in [start, end).
    const qint64 first = detail::floorDiv(start - origin + readingMs - 1, readingMs);
    const qint64 last = std::min(detail::floorDiv(end - origin + readingMs - 1, readingMs),
                                 qint64(intervals.size() / perReading));
    if (first >= last)
        return series;

    const auto &consumption = intervals.consumptionWh();
    const auto &generation = intervals.generationWh();
    const bool solar = !generation.empty();
    series.startMs.resize(size_t(last - first));
    series.kwh.resize(size_t(last - first));
    for (qint64 r = first; r < last; ++r) {
        qint64 used = 0, made = 0;
        for (size_t k = size_t(r) * perReading, e = k + perReading; k < e; ++k) {
            used += consumption[k];
            if (solar)
                made += generation[k];
        }
        qint64 wh = used;
        switch (meter.flow) {
        case FlowDirection::Forward:
        case FlowDirection::Total: // the same delivered energy, as some co-ops label it
            wh = std::max<qint64>(used - made, 0);
            break;
        case FlowDirection::Net:
            wh = used - made;
            break;
        case FlowDirection::Return:
        case FlowDirection::Reverse:
            wh = std::max<qint64>(made - used, 0);
            break;
        }
        const size_t out = size_t(r - first);
        series.startMs[out] = origin + r * readingMs;
        series.kwh[out] = double(wh) / 1000.0;
    }
    return series;
}

QString World::touPeriodAt(const RateSchedule &rate, qint64 startMs) const
{
    const int index = d->calendar.periodIndex(rate, startMs);
    return index < 0 ? QString() : rate.touPeriods.at(index).name;
}

qint64 World::priceAt(const RateSchedule &rate, qint64 startMs) const
{
    const int index = d->calendar.periodIndex(rate, startMs);
    return index < 0 ? rate.energyMicroDollarsPerKwh : rate.touPeriods.at(index).microDollarsPerKwh;
}

QList<Bill> World::bills(const Account &account) const
{
    return d->statement(d->own(account)).bills();
}

QDate World::openPeriodStart(const Account &accountIn) const
{
    const Account &account = d->own(accountIn);
    const QList<Bill> list = d->charges(account, today());
    return list.isEmpty() ? BillingEngine::serviceStart(account) : list.last().periodEnd.addDays(1);
}

Balance World::balance(const Account &account) const
{
    return d->statement(d->own(account)).balance(today());
}

QList<Payment> World::payments(const Account &account) const
{
    QList<Payment> list = d->statement(d->own(account)).payments();
    std::reverse(list.begin(), list.end());
    for (Payment &p : list) {
        if (!p.guest)
            p.fee = d->feeFor(p.accountNumber, p.methodId);
    }
    return list;
}

PaymentOutcome World::pay(const QString &accountNumber, Money amount, const QString &methodId,
                          const QString &idempotencyKey, bool guest)
{
    PaymentOutcome outcome;
    if (const Payment *first
        = idempotencyKey.isEmpty() ? nullptr : d->ledger.byKey(idempotencyKey)) {
        if (first->accountNumber != accountNumber || first->amount != amount) {
            outcome.error = PaymentError::KeyReuse;
            return outcome;
        }
        outcome.payment = *first;
        outcome.replayed = true;
        return outcome;
    }
    outcome.error = PaymentLedger::check(d->coop, accountNumber, amount, methodId, guest);
    if (outcome.error != PaymentError::None)
        return outcome;
    Payment p;
    p.accountNumber = accountNumber;
    p.amount = amount;
    p.methodId = methodId;
    p.idempotencyKey = idempotencyKey;
    p.postedMs = d->nowMs();
    p.guest = guest;
    if (!guest)
        p.fee = d->feeFor(accountNumber, methodId);
    outcome.payment = d->ledger.post(p);
    return outcome;
}

std::optional<Payment> World::paymentByKey(const QString &idempotencyKey) const
{
    if (const Payment *p = d->ledger.byKey(idempotencyKey))
        return *p;
    return std::nullopt;
}

Money World::convenienceFee(const StoredPaymentMethod &method)
{
    return method.kind == u"CARD" ? Money::fromCents(295) : Money();
}

AutoPayEnrolment World::autoPay(const Account &accountIn) const
{
    const Account &account = d->own(accountIn);
    const auto changes = d->autopayChanges.constFind(account.number);
    if (changes != d->autopayChanges.constEnd() && !changes->isEmpty())
        return { changes->last().enrolled, changes->last().methodId };
    if (d->autopayAtStart.contains(account.number))
        return { true, d->seededAutopayMethod(account) };
    return {};
}

bool World::setAutoPay(const QString &accountNumber, bool enrolled, const QString &methodId)
{
    Account *account = d->coop.account(accountNumber);
    if (!account)
        return false;
    account->autoPay = enrolled;
    auto &changes = d->autopayChanges[accountNumber];
    const qint64 at = std::max(d->nowMs(), changes.isEmpty() ? 0 : changes.last().fromMs);
    changes.append({ at, enrolled, enrolled ? methodId : QString() });
    return true;
}

QDate World::dueDate(const Account &account) const
{
    const Balance b = balance(account);
    return b.totalDue > Money() ? b.dueDate : QDate();
}

bool World::setPassword(const QString &login, const QString &password)
{
    Member *member = d->coop.member(login);
    if (member)
        member->password = password;
    return member != nullptr;
}

bool World::setSecurityPhrase(const QString &login, const QString &phrase)
{
    Member *member = d->coop.member(login);
    if (member)
        member->securityPhrase = phrase;
    return member != nullptr;
}

bool World::setProfile(const QString &login, const QList<Phone> &phones,
                       const MailingAddress &mailingAddress)
{
    Member *member = d->coop.member(login);
    if (member) {
        member->phones = phones;
        member->mailingAddress = mailingAddress;
    }
    return member != nullptr;
}

MemberSettings &World::settings()
{
    return d->settings;
}

const MemberSettings &World::settings() const
{
    return d->settings;
}

} // namespace sim
