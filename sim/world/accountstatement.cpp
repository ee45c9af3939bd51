#include "accountstatement.h"

#include "random.h"

#include <algorithm>
#include <limits>

namespace sim {

using namespace detail;

namespace {

constexpr int autopayHour = 6;
constexpr qint64 noPayment = std::numeric_limits<qint64>::max();

// History payments are numbered P-1xxxxx to P-5xxxxx by account and bill, so they never collide
// with each other or with the API's P-6xxxxx.
Payment syntheticPayment(const Account &account, qsizetype billIndex, Money amount, qint64 postedMs,
                         const QString &methodId, int accountOrdinal)
{
    Payment p;
    p.confirmation = u"P-" + QString::number(100000 + accountOrdinal * 4000 + billIndex % 4000);
    p.accountNumber = account.number;
    p.amount = amount;
    p.methodId = methodId;
    p.postedMs = postedMs;
    p.status = QStringLiteral("POSTED");
    return p;
}

} // namespace

AccountStatement::AccountStatement(const Account &account, const QList<Bill> &charges,
                                   const std::vector<Payment> &apiPayments, const Rules &rules,
                                   const coopdesk::WallClock &clock)
    : m_bills(charges)
{
    qsizetype billsAtHistoryEnd = 0;
    for (const Bill &b : charges) {
        if (b.billDate <= rules.historyEndDay)
            ++billsAtHistoryEnd;
    }
    const qsizetype firstUnpaid = billsAtHistoryEnd - account.unpaidRecentBills;

    // When (if ever) the member pays bill i by itself, and with which method.
    const auto scheduleFor = [&](qsizetype i) -> std::pair<qint64, QString> {
        const Bill &bill = m_bills[i];
        const qint64 draftAt = clock.startOfDay(bill.dueDate) + autopayHour * msPerHour;
        bool enrolled = rules.autopayAtStart;
        QString draftMethod = rules.autopayMethodId;
        for (const Rules::AutoPayChange &change : rules.autopayChanges) {
            if (change.fromMs > draftAt)
                break;
            enrolled = change.enrolled;
            draftMethod = change.methodId;
        }
        // The Auto Pay draft, if the account is enrolled at that instant and it has come.
        const qint64 draftTime = enrolled && draftAt <= rules.nowMs ? draftAt : noPayment;
        const std::pair<qint64, QString> draft { draftTime, draftMethod };
        if (rules.autopayAtStart)
            return draft;
        const quint64 h = hash(rules.seed, Stream::PaymentDay, keyOf(account.number),
                               quint64(bill.billDate.toJulianDay()));
        const QDate day = bill.dueDate.addDays(-2 - qint64(h % 10));
        const qint64 at = clock.startOfDay(day) + qint64(8 + (h >> 8) % 12) * msPerHour
            + qint64((h >> 16) % 60) * 60000;
        const bool leftOpen = i >= firstUnpaid && i < billsAtHistoryEnd;
        if (at < rules.historyEndMs && !leftOpen)
            return { at, rules.manualMethodId };
        return draft; // a manual payer enrolled later: Auto Pay pays what is still open
    };

    // Merge three time-ordered streams: bills, API payments and the synthetic payments the
    // bills schedule (a payment may fall after the next bill when a period is short).
    struct Pending
    {
        qint64 at;
        qsizetype bill;
        QString method;
    };
    std::vector<Pending> pending;
    qsizetype nextBill = 0;
    size_t nextApi = 0;
    Money previousDue;
    Money receivedSinceBill;
    const auto post = [&](const Payment &p) {
        m_payments.append(p);
        receivedSinceBill += p.amount;
    };
    for (;;) {
        const qint64 billAt
            = nextBill < m_bills.size() ? m_bills[nextBill].billingDateTimestampMs : noPayment;
        const qint64 apiAt
            = nextApi < apiPayments.size() ? apiPayments[nextApi].postedMs : noPayment;
        const auto due
            = std::min_element(pending.begin(), pending.end(),
                               [](const Pending &a, const Pending &b) { return a.at < b.at; });
        const qint64 pendingAt = due == pending.end() ? noPayment : due->at;
        if (billAt == noPayment && apiAt == noPayment && pendingAt == noPayment)
            break;
        if (billAt <= apiAt && billAt <= pendingAt) {
            Bill &bill = m_bills[nextBill];
            bill.previousBalance = previousDue;
            bill.paymentsReceived = receivedSinceBill;
            bill.amountDue = previousDue - receivedSinceBill + bill.total;
            previousDue = bill.amountDue;
            receivedSinceBill = Money();
            auto [at, method] = scheduleFor(nextBill);
            if (at != noPayment)
                pending.push_back({ at, nextBill, method });
            ++nextBill;
        } else if (apiAt <= pendingAt) {
            post(apiPayments[nextApi++]);
        } else {
            // Paying a bill in full: its amount due less whatever was paid since it came out.
            const Bill &bill = m_bills[due->bill];
            Money owed = bill.amountDue;
            for (const Payment &p : std::as_const(m_payments)) {
                if (p.postedMs >= bill.billingDateTimestampMs)
                    owed -= p.amount;
            }
            if (owed > Money())
                post(syntheticPayment(account, due->bill, owed, due->at, due->method,
                                      rules.accountOrdinal));
            pending.erase(due);
        }
    }
}

Balance AccountStatement::balance(QDate today) const
{
    Balance b;
    qint64 lastBillMs = std::numeric_limits<qint64>::min();
    Money owedAtBill;
    Money notYetDue;
    if (!m_bills.isEmpty()) {
        const Bill &last = m_bills.last();
        lastBillMs = last.billingDateTimestampMs;
        owedAtBill = last.amountDue;
        b.dueDate = last.dueDate;
        if (last.dueDate >= today && last.total > Money())
            notYetDue = last.total;
    }
    Money paidSince;
    for (const Payment &p : m_payments) {
        if (p.postedMs >= lastBillMs)
            paidSince += p.amount;
    }
    b.totalDue = owedAtBill - paidSince;
    b.pastDue = std::max(b.totalDue - notYetDue, Money());
    if (!m_payments.isEmpty()) {
        b.lastPaymentAmount = m_payments.last().amount;
        b.lastPaymentMs = m_payments.last().postedMs;
    }
    return b;
}

} // namespace sim
