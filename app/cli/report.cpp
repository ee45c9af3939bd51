#include "report.h"

#include "usagetable.h"

#include <QDateTime>

#include <cmath>

namespace coopdesk::cli {

namespace {

QString addressText(const PostalAddress &a)
{
    QStringList parts;
    if (!a.line1.isEmpty())
        parts << a.line1;
    const QString cityLine
        = QStringList { a.city, QStringList { a.state, a.zip }.join(u' ').trimmed() }.join(
            u", "_qs);
    if (!a.city.isEmpty() || !a.state.isEmpty())
        parts << cityLine;
    return parts.join(u", "_qs);
}

QJsonObject addressJson(const PostalAddress &a)
{
    return { { u"line1"_qs, a.line1 },
             { u"city"_qs, a.city },
             { u"state"_qs, a.state },
             { u"zip"_qs, a.zip } };
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString localMinuteText(qint64 ms, const WallClock &clock)
{
    if (ms <= 0)
        return {};
    return clock.toLocal(ms).toString(u"yyyy-MM-dd HH:mm"_qs);
}

QJsonValue instantJson(qint64 ms, const WallClock &clock)
{
    return ms > 0 ? QJsonValue(isoWithOffset(ms, clock)) : QJsonValue(QJsonValue::Null);
}

QString kwhText(double kwh)
{
    return QString::number(kwh, 'f', 1);
}

QJsonValue temperatureJson(double f)
{
    return std::isnan(f) ? QJsonValue(QJsonValue::Null) : QJsonValue(std::round(f * 10) / 10);
}

QString temperatureText(double f)
{
    return std::isnan(f) ? QString() : QString::number(f, 'f', 1);
}

} // namespace

QString Report::moneyText(Money amount)
{
    const QString digits = Money::fromCents(std::abs(amount.cents())).toPlainString();
    return (amount.isNegative() ? u"-$"_qs : u"$"_qs) + digits;
}

QString Report::table(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = qMax(widths[c], row[c].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c)
                line += u"  "_qs;
            const bool right = rightAligned.value(c, false);
            line += right ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
    return out;
}

QString Report::accountsText(const QList<Account> &accounts)
{
    if (accounts.isEmpty())
        return tr("This login has no accounts.") + u'\n';
    QString out;
    for (const Account &account : accounts) {
        const QString status = account.inactive ? tr("closed") : tr("active");
        out += account.number + u"  " + account.customerName + u"  (" + status + u")\n";
        for (const ServiceLocation &location : account.locations) {
            QString line = u"    "_qs + location.number;
            if (!location.description.isEmpty())
                line += u"  " + location.description;
            const QString address = addressText(location.address);
            if (!address.isEmpty())
                line += u"  " + address;
            out += line + u'\n';
        }
    }
    return out;
}

QJsonArray Report::accountsJson(const QList<Account> &accounts)
{
    QJsonArray out;
    for (const Account &account : accounts) {
        QJsonArray locations;
        for (const ServiceLocation &l : account.locations) {
            locations.append(QJsonObject {
                { u"number"_qs, l.number },
                { u"description"_qs, l.description },
                { u"address"_qs, addressJson(l.address) },
                { u"status"_qs, l.active() ? u"active"_qs : u"inactive"_qs },
                { u"serviceKey"_qs, l.serviceKey },
                { u"meters"_qs, QJsonArray::fromStringList(l.meterNumbers) },
                { u"rateSchedules"_qs, QJsonArray::fromStringList(l.rateSchedules) },
            });
        }
        out.append(QJsonObject {
            { u"number"_qs, account.number },
            { u"customerNumber"_qs, account.customerNumber },
            { u"name"_qs, account.customerName },
            { u"status"_qs, account.inactive ? u"closed"_qs : u"active"_qs },
            { u"autoPay"_qs, account.autoPay },
            { u"primaryLocation"_qs, account.primaryLocation },
            { u"locations"_qs, locations },
        });
    }
    return out;
}

QString Report::billsText(const std::optional<BillingFacts> &facts, const QList<BillSummary> &bills)
{
    QString out;
    if (facts) {
        out += tr("Total due: %1").arg(moneyText(facts->totalDue));
        if (!facts->pastDue.isZero())
            out += u"  " + tr("Past due: %1").arg(moneyText(facts->pastDue));
        out += u'\n';
    }
    if (bills.isEmpty())
        return out + tr("There are no bills on this account yet.") + u'\n';
    QList<QStringList> rows = { { tr("Date"), tr("Period"), tr("kWh"), tr("Amount") } };
    for (const BillSummary &b : bills) {
        const QString period = b.periodStart.isValid() && b.periodEnd.isValid()
            ? dateText(b.periodStart) + u" – " + dateText(b.periodEnd)
            : QStringLiteral("%1-%2")
                  .arg(b.periodYear, 4, 10, QLatin1Char('0'))
                  .arg(b.periodMonth, 2, 10, QLatin1Char('0'));
        rows.append({ dateText(b.billDate), period, kwhText(b.kwh), moneyText(b.amount) });
    }
    return out + table(rows, { false, false, true, true });
}

QJsonObject Report::billsJson(const QString &accountNumber,
                              const std::optional<BillingFacts> &facts,
                              const QList<BillSummary> &bills)
{
    QJsonArray rows;
    for (const BillSummary &b : bills) {
        rows.append(QJsonObject {
            { u"date"_qs, dateJson(b.billDate) },
            { u"periodYear"_qs, b.periodYear },
            { u"periodMonth"_qs, b.periodMonth },
            { u"periodStart"_qs, dateJson(b.periodStart) },
            { u"periodEnd"_qs, dateJson(b.periodEnd) },
            { u"kwh"_qs, b.kwh },
            { u"amount"_qs, b.amount.toPlainString() },
            { u"adjustments"_qs, b.adjustments.toPlainString() },
            { u"pdf"_qs, b.hasPdf },
        });
    }
    QJsonObject out { { u"account"_qs, accountNumber }, { u"bills"_qs, rows } };
    if (facts) {
        out.insert(u"balance"_qs,
                   QJsonObject {
                       { u"totalDue"_qs, facts->totalDue.toPlainString() },
                       { u"pastDue"_qs, facts->pastDue.toPlainString() },
                       { u"lastPaymentAmount"_qs, facts->lastPaymentAmount.toPlainString() },
                       { u"rateSchedule"_qs, facts->rateSchedule },
                   });
    }
    return out;
}

QString Report::paymentsText(const QList<PaymentRecord> &payments, const WallClock &clock)
{
    if (payments.isEmpty())
        return tr("No payments on this account yet.") + u'\n';
    QList<QStringList> rows
        = { { tr("Posted"), tr("Confirmation"), tr("Amount"), tr("Method"), tr("Status") } };
    for (const PaymentRecord &p : payments) {
        QString method = p.guest ? tr("guest payment") : QString();
        if (!p.methodBrand.isEmpty() || !p.methodLast4.isEmpty())
            method = tr("%1 ending %2").arg(p.methodBrand, p.methodLast4);
        else if (method.isEmpty())
            method = p.methodId;
        rows.append({ localMinuteText(p.postedMs, clock), p.confirmation, moneyText(p.amount),
                      method, p.status });
    }
    return table(rows, { false, false, true, false, false });
}

QJsonObject Report::paymentJson(const PaymentRecord &p, const WallClock &clock)
{
    QJsonObject out {
        { u"confirmation"_qs, p.confirmation },
        { u"account"_qs, p.accountNumber },
        { u"amount"_qs, p.amount.toPlainString() },
        { u"status"_qs, p.status },
        { u"posted"_qs, instantJson(p.postedMs, clock) },
        { u"channel"_qs, p.guest ? u"guest"_qs : u"member"_qs },
        { u"idempotencyKey"_qs, p.idempotencyKey },
        { u"method"_qs,
          QJsonObject { { u"id"_qs, p.methodId },
                        { u"kind"_qs, p.methodKind },
                        { u"brand"_qs, p.methodBrand },
                        { u"last4"_qs, p.methodLast4 } } },
        { u"replayed"_qs, p.replayed },
    };
    if (p.balanceTotalDue)
        out.insert(u"balanceTotalDue"_qs, p.balanceTotalDue->toPlainString());
    return out;
}

QJsonArray Report::paymentsJson(const QList<PaymentRecord> &payments, const WallClock &clock)
{
    QJsonArray out;
    for (const PaymentRecord &p : payments) {
        QJsonObject o = paymentJson(p, clock);
        o.remove(u"replayed"_qs);
        out.append(o);
    }
    return out;
}

QString Report::paymentText(const PaymentRecord &p, const WallClock &clock)
{
    QString out = tr("Payment %1: confirmation %2, %3, %4.")
                      .arg(p.status, p.confirmation, moneyText(p.amount),
                           localMinuteText(p.postedMs, clock))
        + u'\n';
    if (!p.methodBrand.isEmpty() || !p.methodLast4.isEmpty())
        out += tr("Paid with %1 ending %2.").arg(p.methodBrand, p.methodLast4) + u'\n';
    if (p.replayed)
        out += tr("This payment was already made with this idempotency key; nothing more was "
                  "charged.")
            + u'\n';
    if (p.balanceTotalDue)
        out += tr("Total due now: %1").arg(moneyText(*p.balanceTotalDue)) + u'\n';
    if (!p.idempotencyKey.isEmpty())
        out += tr("Idempotency key: %1").arg(p.idempotencyKey) + u'\n';
    return out;
}

QByteArray Report::weatherCsv(const TemperatureSeries &weather, QDate from, QDate to)
{
    QString out = u"date,high_f,low_f,mean_f\n"_qs;
    for (const DailyTemperature &d : weather.daily) {
        if (d.day < from || d.day > to)
            continue;
        out += d.day.toString(Qt::ISODate) + u',' + temperatureText(d.highF) + u','
            + temperatureText(d.lowF) + u',' + temperatureText(d.meanF) + u'\n';
    }
    return out.toUtf8();
}

QJsonObject Report::weatherJson(const TemperatureSeries &weather, const WallClock &clock,
                                QDate from, QDate to)
{
    QJsonArray daily;
    for (const DailyTemperature &d : weather.daily) {
        if (d.day < from || d.day > to)
            continue;
        daily.append(QJsonObject { { u"date"_qs, d.day.toString(Qt::ISODate) },
                                   { u"high_f"_qs, temperatureJson(d.highF) },
                                   { u"low_f"_qs, temperatureJson(d.lowF) },
                                   { u"mean_f"_qs, temperatureJson(d.meanF) } });
    }
    QJsonArray hourly;
    for (size_t i = 0; i < weather.hourStartMs.size() && i < weather.hourlyF.size(); ++i) {
        const QDate day = clock.localDate(weather.hourStartMs[i]);
        if (day < from || day > to)
            continue;
        hourly.append(QJsonObject { { u"start"_qs, isoWithOffset(weather.hourStartMs[i], clock) },
                                    { u"temperature_f"_qs, temperatureJson(weather.hourlyF[i]) } });
    }
    return QJsonObject { { u"from"_qs, from.toString(Qt::ISODate) },
                         { u"to"_qs, to.toString(Qt::ISODate) },
                         { u"timeZone"_qs, QString::fromUtf8(clock.zone().id()) },
                         { u"unit"_qs, u"F"_qs },
                         { u"daily"_qs, daily },
                         { u"hourly"_qs, hourly } };
}

QJsonObject Report::savedFileJson(const QString &path, qint64 bytes)
{
    return { { u"file"_qs, path }, { u"bytes"_qs, bytes } };
}

} // namespace coopdesk::cli
