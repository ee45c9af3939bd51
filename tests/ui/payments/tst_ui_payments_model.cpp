// PaymentsModel: newest first, masked methods, fees, and a clean model contract throughout.
#include "models/items/paymentsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;

namespace {
PaymentRecord record(const QString &confirmation, qint64 postedMs, qint64 cents,
                     const QString &brand, const QString &last4, qint64 feeCents = 0)
{
    PaymentRecord r;
    r.confirmation = confirmation;
    r.accountNumber = u"1000123401"_qs;
    r.amount = Money::fromCents(cents);
    r.fee = Money::fromCents(feeCents);
    r.postedMs = postedMs;
    r.status = u"POSTED"_qs;
    r.methodKind = brand.isEmpty() ? u"CARD"_qs : (brand == u"Checking" ? u"BANK"_qs : u"CARD"_qs);
    r.methodBrand = brand;
    r.methodLast4 = last4;
    return r;
}
} // namespace

class TestPaymentsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sortsNewestFirstAndMasks()
    {
        PaymentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeZone(QTimeZone("America/Denver"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(PaymentsModel::ColumnCount));

        const qint64 day = 86'400'000;
        const qint64 base = QDateTime(QDate(2026, 9, 1), QTime(18, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        model.setPayments({record(u"P-1"_qs, base, 4500, u"VISA"_qs, u"4242"_qs, 295),
                           record(u"P-3"_qs, base + 2 * day, 1000, u"Checking"_qs, u"6789"_qs),
                           record(u"P-2"_qs, base + day, 2000, QString(), u"424242421111"_qs)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PaymentsModel::ConfirmationColumn).data().toString(), u"P-3"_qs);
        QCOMPARE(model.index(1, PaymentsModel::ConfirmationColumn).data().toString(), u"P-2"_qs);
        QCOMPARE(model.index(2, PaymentsModel::ConfirmationColumn).data().toString(), u"P-1"_qs);

        QCOMPARE(model.index(2, PaymentsModel::MethodColumn).data().toString(), u"VISA •••• 4242"_qs);
        QCOMPARE(model.index(0, PaymentsModel::MethodColumn).data().toString(), u"Checking •••• 6789"_qs);
        // Never more than four digits, even if more were sent.
        QCOMPARE(model.index(1, PaymentsModel::MethodColumn).data().toString(), u"Card •••• 1111"_qs);

        QCOMPARE(model.index(2, PaymentsModel::AmountColumn).data().toString(), u"$45.00"_qs);
        QCOMPARE(model.index(2, PaymentsModel::FeeColumn).data().toString(), u"$2.95"_qs);
        QCOMPARE(model.index(2, PaymentsModel::FeeColumn).data(PaymentsModel::FeeCentsRole).toLongLong(), 295);
        QCOMPARE(model.index(0, PaymentsModel::FeeColumn).data(Qt::AccessibleTextRole).toString(), u"No fee"_qs);
        QCOMPARE(model.index(0, PaymentsModel::AmountColumn).data(PaymentsModel::AmountCentsRole).toLongLong(), 1000);
        QCOMPARE(model.index(0, PaymentsModel::StatusColumn).data().toString(), u"Posted"_qs);
        QCOMPARE(model.index(0, PaymentsModel::DateColumn).data(PaymentsModel::SortRole).toLongLong(), base + 2 * day);
        // 2026-09-01T18:00Z is Sep 1 at noon in Denver.
        QCOMPARE(model.index(2, PaymentsModel::DateColumn).data().toString(),
                 QLocale().toString(QDate(2026, 9, 1), QLocale::ShortFormat));
        QCOMPARE(model.headerData(PaymentsModel::FeeColumn, Qt::Horizontal).toString(), u"Fee"_qs);
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isNull());

        // A zone where it is already the next day moves the date, with dataChanged.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 lateUtc = QDateTime(QDate(2026, 9, 1), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        model.setPayments({record(u"P-9"_qs, lateUtc, 100, u"VISA"_qs, u"4242"_qs)});
        QCOMPARE(model.index(0, 0).data().toString(), QLocale().toString(QDate(2026, 9, 1), QLocale::ShortFormat));
        model.setTimeZone(QTimeZone("Asia/Tokyo"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QLocale().toString(QDate(2026, 9, 2), QLocale::ShortFormat));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.index(0, 0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPaymentsModel)
#include "tst_ui_payments_model.moc"
