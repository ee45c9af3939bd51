#pragma once

#include "models/account.h"
#include "models/billing.h"
#include "models/payment.h"
#include "models/wallclock.h"
#include "models/weather.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coopdesk::cli {

// What the commands print: for people (aligned, translated text) and for scripts (JSON with
// fixed English keys, money as decimal strings, dates as YYYY-MM-DD, instants with offsets).
// Pure functions of the models; the structure of every JSON answer is documented in README.md.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    static QString moneyText(Money amount); // "$1234.56", "-$0.50"

    static QString accountsText(const QList<Account> &accounts);
    static QJsonArray accountsJson(const QList<Account> &accounts);

    static QString billsText(const std::optional<BillingFacts> &facts,
                             const QList<BillSummary> &bills);
    static QJsonObject billsJson(const QString &accountNumber,
                                 const std::optional<BillingFacts> &facts,
                                 const QList<BillSummary> &bills);

    static QString paymentsText(const QList<PaymentRecord> &payments, const WallClock &clock);
    static QJsonArray paymentsJson(const QList<PaymentRecord> &payments, const WallClock &clock);

    static QString paymentText(const PaymentRecord &payment, const WallClock &clock);
    static QJsonObject paymentJson(const PaymentRecord &payment, const WallClock &clock);

    // Daily rows `date,high_f,low_f,mean_f` (°F to one decimal, gaps empty).
    static QByteArray weatherCsv(const TemperatureSeries &weather, QDate from, QDate to);
    static QJsonObject weatherJson(const TemperatureSeries &weather, const WallClock &clock,
                                   QDate from, QDate to);

    static QJsonObject savedFileJson(const QString &path, qint64 bytes);

    // Rows of text cells as aligned columns (the first row a header), two spaces apart.
    static QString table(const QList<QStringList> &rows, const QList<bool> &rightAligned = {});
};

} // namespace coopdesk::cli
