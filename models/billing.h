#pragma once

#include "money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace coopdesk {

// One row of billing/history/overview.
struct BillSummary
{
    QString accountNumber;
    qint64 billingDateMs = 0;     // real instant (local midnight of the bill date)
    QDate billDate;               // local date, in the co-op's zone
    int periodYear = 0;           // billPeriod
    int periodMonth = 0;
    Money amount;                 // adjustedBillAmount
    Money adjustments;
    double kwh = 0;               // totalUsage (net consumption)
    QString uuid;                 // billProcessUuid
    QString systemOfRecord;       // "UTILITY"
    bool hasPdf = true;           // showViewBillLink
    QDate periodStart;            // from servLocs lastBillPrevReadDtTm / PresReadDtTm when given
    QDate periodEnd;
};

// What billing?userId&accountNumber says about an account's money.
struct BillingFacts
{
    QString accountNumber;
    Money totalDue;
    Money pastDue;
    Money lastPaymentAmount;
    bool allowCardPayments = false;
    bool allowCheckPayments = false;
    QString rateSchedule;         // primaryRateSchedule
    QString rateScheduleId;
    qint64 connectDateMs = 0;
    int numberOfBills = 0;
    bool hasUnbilledUsage = false;
};

} // namespace coopdesk
