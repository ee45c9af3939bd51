// The usage table twin: rows, columns of plain and net-metered locations, gaps, units, and a
// clean bill from QAbstractItemModelTester across every mutation.
#include "models/items/usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace coopdesk;

namespace {

constexpr double gap = std::numeric_limits<double>::quiet_NaN();

UsageView view(bool net, int rows)
{
    UsageView v;
    v.resolution = UsageResolution::Hourly;
    v.netMetered = net;
    const qint64 t0 = QDateTime(QDate(2026, 9, 1), QTime(6, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < rows; ++i) {
        v.startMs.push_back(t0 + i * 3'600'000LL);
        v.endMs.push_back(t0 + (i + 1) * 3'600'000LL);
        v.importKwh.push_back(i == 2 ? gap : 1.5 + i);
        if (net) {
            v.exportKwh.push_back(0.5);
            v.netKwh.push_back(std::isnan(v.importKwh.back()) ? gap : v.importKwh.back() - 0.5);
        }
        v.partial.push_back(i == 3 ? 1 : 0);
    }
    return v;
}

} // namespace

class TestUsageTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainLocation()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setTimeZone(QTimeZone("America/Denver"));
        model.setUsage(view(false, 5), { 70, 71, 72, gap, 74 });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.columnOf(UsageTableModel::ExportColumn), -1);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Usage (kWh)"_qs);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Temperature (°F)"_qs);
        QCOMPARE(model.index(0, 2).data().toString(), u"1.500"_qs);
        QCOMPARE(model.index(0, 2).data(UsageTableModel::SortRole).toDouble(), 1.5);
        // 06:00 UTC is midnight in Denver (MDT).
        QCOMPARE(model.index(0, 0).data().toString(), u"9/1/26 12:00 AM"_qs);
        QCOMPARE(model.index(0, 0).data(UsageTableModel::StartMsRole).toLongLong(),
                 model.usage().startMs[0]);
        // A gap says so; it is never 0.
        QVERIFY(model.index(2, 2).data(UsageTableModel::GapRole).toBool());
        QCOMPARE(model.index(2, 2).data().toString(), u"no reading"_qs);
        QVERIFY(model.index(3, 3).data(UsageTableModel::GapRole).toBool());
        QVERIFY(model.index(3, 0).data(UsageTableModel::PartialRole).toBool());
        QVERIFY(!model.index(4, 0).data(UsageTableModel::PartialRole).toBool());
        QCOMPARE(model.index(4, 3).data().toString(), u"74.0"_qs);

        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.setCelsius(true);
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Temperature (°C)"_qs);
        QCOMPARE(model.index(0, 3).data(UsageTableModel::SortRole).toDouble(), (70.0 - 32) * 5 / 9);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void netMeteredLocation()
    {
        UsageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsage(view(true, 4));
        QCOMPARE(model.columnCount(), 6);
        QVERIFY(model.isNetMetered());
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Import (kWh)"_qs);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Export (kWh)"_qs);
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), u"Net (kWh)"_qs);
        QCOMPARE(model.logicalColumn(5), UsageTableModel::TemperatureColumn);
        QCOMPARE(model.index(1, 4).data(UsageTableModel::SortRole).toDouble(), 2.0);
        QVERIFY(model.index(2, 4).data(UsageTableModel::GapRole).toBool());
        QVERIFY(model.index(3, 5).data(UsageTableModel::GapRole).toBool()); // no temperature given
        // Back to a plain location: the column count changes inside a reset.
        model.setUsage(view(false, 2));
        QCOMPARE(model.columnCount(), 4);
    }
};

QTEST_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"
