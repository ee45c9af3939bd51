#include "models/items/outagesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using coopdesk::OutageReport;
using coopdesk::OutagesModel;

class TestOutagesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
    void newestFirstAndRoles();
    void timeZoneChangesTheShownTime();
    void unknownCodesShownAsSent();

private:
    static QList<OutageReport> sample();
};

QList<OutageReport> TestOutagesModel::sample()
{
    OutageReport older;
    older.ticket = u"OR-100001"_s;
    older.account = u"1000123401"_s;
    older.location = u"30001"_s;
    older.kind = u"NO_POWER"_s;
    older.status = u"RESTORED"_s;
    older.createdMs = 1789063201484;
    older.updatedMs = older.createdMs + 90 * 60 * 1000;
    OutageReport newer;
    newer.ticket = u"OR-100002"_s;
    newer.account = u"1000123403"_s;
    newer.location = u"30003"_s;
    newer.kind = u"OTHER"_s;
    newer.status = u"RECEIVED"_s;
    newer.createdMs = older.createdMs + 3600 * 1000;
    newer.note = u"Meter box open"_s;
    return {older, newer};
}

void TestOutagesModel::rowsAndColumns()
{
    OutagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OutagesModel::ColumnCount));
    model.setReports(sample());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(OutagesModel::Ticket, Qt::Horizontal).toString(), u"Ticket"_s);
    model.setReports(sample().mid(0, 1));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestOutagesModel::newestFirstAndRoles()
{
    OutagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReports(sample());
    QCOMPARE(model.index(0, OutagesModel::Ticket).data().toString(), u"OR-100002"_s);
    QCOMPARE(model.rowOf(u"OR-100001"_s), 1);
    QCOMPARE(model.rowOf(u"OR-999999"_s), -1);
    QCOMPARE(model.index(0, OutagesModel::Kind).data().toString(), u"Other"_s);
    QCOMPARE(model.index(0, OutagesModel::Kind).data(Qt::ToolTipRole).toString(), u"Meter box open"_s);
    QCOMPARE(model.index(0, OutagesModel::Kind).data(OutagesModel::KindCodeRole).toString(), u"OTHER"_s);
    QCOMPARE(model.index(1, OutagesModel::Status).data().toString(), u"Restored"_s);
    QCOMPARE(model.index(1, OutagesModel::Status).data(OutagesModel::StatusCodeRole).toString(),
             u"RESTORED"_s);
    QCOMPARE(model.index(1, OutagesModel::Location).data().toString(), u"30001"_s);
    // Without a status change, "updated" is when it was reported.
    QCOMPARE(model.index(0, OutagesModel::Updated).data(OutagesModel::InstantRole).toLongLong(),
             sample().at(1).createdMs);
    QCOMPARE(model.index(1, OutagesModel::Updated).data(OutagesModel::InstantRole).toLongLong(),
             sample().at(0).updatedMs);
    QVERIFY(!model.index(1, OutagesModel::Reported).data().toString().isEmpty());
    QVERIFY(model.roleNames().contains(OutagesModel::TicketRole));
}

void TestOutagesModel::timeZoneChangesTheShownTime()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    OutagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTimeZone(QTimeZone("America/Denver"));
    model.setReports(sample());
    const QModelIndex reported = model.index(1, OutagesModel::Reported);
    const QString denver = reported.data().toString();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTimeZone(QTimeZone("America/New_York"));
    QCOMPARE(changed.size(), 1);
    const QString newYork = reported.data().toString();
    QVERIFY2(denver != newYork, qPrintable(denver + u" / "_s + newYork));
    // 1789063201484 is 2026-09-10T18:00:01Z: noon in Denver.
    QVERIFY2(denver.contains(u"12:00"_s), qPrintable(denver));
}

void TestOutagesModel::unknownCodesShownAsSent()
{
    QCOMPARE(OutagesModel::kindName(u"SPARKS"_s), u"SPARKS"_s);
    QCOMPARE(OutagesModel::statusName(u"SOMETHING_NEW"_s), u"SOMETHING_NEW"_s);
    for (const QString &status : {u"RECEIVED"_s, u"CONFIRMED"_s, u"CREW_ASSIGNED"_s,
                                 u"CREW_ON_SITE"_s, u"RESTORED"_s, u"UNDER_REVIEW"_s, u"CLOSED"_s})
        QVERIFY(OutagesModel::statusName(status) != status);
    QCOMPARE(OutagesModel::reportKinds().size(), 6);
    for (const QString &kind : OutagesModel::reportKinds())
        QVERIFY(OutagesModel::kindName(kind) != kind);
}

QTEST_GUILESS_MAIN(TestOutagesModel)
#include "tst_outagesmodel.moc"
