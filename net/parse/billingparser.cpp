// billing?userId&accountNumber and billing/history/overview (smarthub-api.md §5). Real SmartHub
// endpoints: amounts are JSON numbers with at most two decimals.
#include "jsonsupport.h"
#include "parsers.h"

#include <algorithm>

namespace coopdesk::net::parse {

using namespace detail;

namespace {

// The account's entry of accountBillingMap in any item of the answer (one item per customer).
QJsonObject accountEntry(const QJsonArray &items, const QString &accountNumber, QString *number)
{
    for (const QJsonValue &item : items) {
        const QJsonObject map = item.toObject().value(u"accountBillingMap").toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (accountNumber.isEmpty() || it.key() == accountNumber) {
                *number = it.key();
                return it.value().toObject();
            }
        }
    }
    return {};
}

} // namespace

Parsed<BillingFacts> billing(const QByteArray &json, const QString &accountNumber)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<BillingFacts>::failure(u"billing: " + d.error);
    // The portal answers a list (one item per customer); accept a bare item too.
    QJsonArray items = d.doc.array();
    if (d.doc.isObject())
        items.append(d.doc.object());
    QString number;
    const QJsonObject entry = accountEntry(items, accountNumber, &number);
    if (entry.isEmpty())
        return Parsed<BillingFacts>::failure(
            QStringLiteral("billing: the account is not in the answer"));

    BillingFacts f;
    f.accountNumber = number;
    f.numberOfBills = entry.value(u"numberOfBills").toInt();
    f.hasUnbilledUsage = entry.value(u"hasUnbilledUsage").toBool();

    // An account owes the sum over its services and providers; the rate and connect date are
    // the electric service's (the first one listed when no key says electric).
    const QJsonObject services = entry.value(u"serviceBillingMap").toObject();
    QStringList keys = services.keys();
    std::stable_partition(keys.begin(), keys.end(), [](const QString &k) {
        return k.contains(u"ELEC", Qt::CaseInsensitive);
    });
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        const QJsonObject providers
            = services.value(key).toObject().value(u"providerBillingMap").toObject();
        for (auto it = providers.begin(); it != providers.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            const QJsonObject s = p.value(u"billingSummary").toObject();
            f.totalDue += moneyFromNumber(s.value(u"totalDue"));
            f.pastDue += moneyFromNumber(s.value(u"pastDue"));
            f.lastPaymentAmount += moneyFromNumber(s.value(u"lastPaymentAmount"));
            f.allowCardPayments
                = f.allowCardPayments || s.value(u"allowCreditCardPayments").toBool();
            f.allowCheckPayments = f.allowCheckPayments || s.value(u"allowCheckPayments").toBool();
            if (first) {
                f.rateSchedule = text(p.value(u"primaryRateSchedule"));
                f.rateScheduleId = text(p.value(u"primaryRateScheduleId"));
                f.connectDateMs = ms(p.value(u"connectDate"));
                first = false;
            }
        }
    }
    if (first)
        return Parsed<BillingFacts>::failure(
            QStringLiteral("billing: no billing summary for the account"));
    return Parsed<BillingFacts>::success(f);
}

Parsed<QList<BillSummary>> billHistory(const QByteArray &json, const WallClock &clock)
{
    const JsonDocument d = readJson(json);
    if (!d.error.isEmpty())
        return Parsed<QList<BillSummary>>::failure(u"bill history: " + d.error);
    if (!d.doc.isArray())
        return Parsed<QList<BillSummary>>::failure(QStringLiteral("bill history: not a list"));
    QList<BillSummary> out;
    const QJsonArray rows = d.doc.array();
    out.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        BillSummary b;
        b.accountNumber = text(o.value(u"acctNbr"));
        const auto when = optionalMs(o.value(u"billingDateTimestamp"));
        if (!when)
            return Parsed<QList<BillSummary>>::failure(
                QStringLiteral("bill history: a row has no billingDateTimestamp"));
        b.billingDateMs = *when;
        b.billDate = clock.localDate(*when);
        const QJsonObject period = o.value(u"billPeriod").toObject();
        b.periodYear = period.value(u"year").toInt();
        b.periodMonth = period.value(u"month").toInt();
        b.amount = moneyFromNumber(o.value(u"adjustedBillAmount"));
        b.adjustments = moneyFromNumber(o.value(u"totalAdjustments"));
        b.kwh = optionalNumber(o.value(u"totalUsage")).value_or(0.0);
        b.uuid = text(o.value(u"billProcessUuid"));
        b.systemOfRecord = text(o.value(u"systemOfRecord"));
        b.hasPdf = o.value(u"showViewBillLink").toBool(true);
        // Read dates are local midnights: the previous read starts the period, the present read
        // ends it (so the period's last day is the day before).
        qint64 prev = 0;
        qint64 pres = 0;
        const QJsonArray locations = o.value(u"servLocs").toArray();
        for (const QJsonValue &l : locations) {
            const qint64 p = ms(l.toObject().value(u"lastBillPrevReadDtTm"));
            const qint64 q = ms(l.toObject().value(u"lastBillPresReadDtTm"));
            if (p > 0 && (prev == 0 || p < prev))
                prev = p;
            if (q > pres)
                pres = q;
        }
        if (prev > 0)
            b.periodStart = clock.localDate(prev);
        if (pres > 0)
            b.periodEnd = clock.localDate(pres - 1);
        out.append(b);
    }
    return Parsed<QList<BillSummary>>::success(out);
}

} // namespace coopdesk::net::parse
