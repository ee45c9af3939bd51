// The Usage screen against the in-process simulator: 15-minute and daily pulls compared with the
// simulator's own intervals, the chart's point cap and temperature axis, zoom, a net-metered
// location, the last-year overlay, CSV/PNG/PDF export, cancel, and the screenshots.
#include "models/items/usagetablemodel.h"
#include "ui/support/demosession.h"
#include "ui/charts/scatterchartview.h"
#include "ui/charts/usagechartview.h"
#include "ui/common/taskprogress.h"
#include "ui/usage/usagescreen.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace coopdesk;
using namespace coopdesk::ui;
using coopdesk::uitest::DemoSession;

namespace {

const QString home = u"1000123401"_qs;
const QString solar = u"1000123403"_qs;

QStringList seriesNames(QChart *chart)
{
    QStringList names;
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        if (!names.contains(s->name()))
            names << s->name();
    }
    return names;
}

} // namespace

class TestUsageScreen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DemoSession> m_session;
    std::unique_ptr<UsageScreen> m_screen;

    // Every meter interval the simulator has for `location` over local days [from, to].
    qsizetype simulatorIntervals(const QString &location, QDate from, QDate to,
                                 double *sum = nullptr, sim::FlowDirection flow = sim::FlowDirection::Forward)
    {
        const sim::World &world = m_session->simulator().world();
        const sim::ServiceLocation *loc = world.coop().location(location);
        const WallClock &clock = world.wallClock();
        qsizetype n = 0;
        for (const sim::Meter &meter : loc->meters) {
            if (meter.flow != flow)
                continue;
            const auto s = world.usage(*loc, meter, clock.startOfDay(from), clock.startOfDay(to.addDays(1)));
            n = std::max(n, qsizetype(s.startMs.size()));
            if (sum)
                for (double v : s.kwh)
                    *sum += v;
        }
        return n;
    }

    bool waitLoaded(int timeoutMs = 60'000)
    {
        QSignalSpy loaded(m_screen.get(), &UsageScreen::loaded);
        return loaded.wait(timeoutMs);
    }

    void saveScreenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // Let the charts finish laying out axes and legend (posted layout requests).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QVERIFY(m_screen->grab().save(dir + u'/' + name + u".png"_qs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = std::make_unique<DemoSession>();
        QVERIFY(m_session->start());
        m_session->context().setCurrentAccount(home);
        m_screen = std::make_unique<UsageScreen>(m_session->context());
        m_screen->resize(1280, 800);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        // Shown with an account: the default (12 months, daily) loads by itself.
        if (m_screen->tableModel()->rowCount() == 0)
            QVERIFY(waitLoaded());
    }

    void dailyTwelveMonths()
    {
        m_screen->setResolution(UsageResolution::Daily);
        m_screen->setPreset(UsageScreen::Preset::Year);
        QTRY_VERIFY_WITH_TIMEOUT(!m_screen->isLoading() && m_screen->tableModel()->rowCount() > 0, 30'000);
        const auto [from, to] = m_screen->range();
        QCOMPARE(to, QDate(2026, 9, 9)); // yesterday in Colorado at the fixed clock
        QCOMPARE(from, QDate(2025, 9, 10));
        QCOMPARE(m_screen->tableModel()->rowCount(), from.daysTo(to) + 1);
        QAbstractItemModelTester tester(m_screen->tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The year's total equals the simulator's intervals summed.
        double truth = 0;
        simulatorIntervals(u"30001"_qs, from, to, &truth);
        // DAILY values arrive rounded to the hundredth of a kWh: at most 5 Wh off a day.
        QVERIFY2(std::abs(m_screen->tableModel()->usage().total() - truth) <= 0.005 * 365,
                 qPrintable(u"%1 vs %2"_qs.arg(m_screen->tableModel()->usage().total()).arg(truth)));
        UsageChartView *chart = m_screen->chart();
        QVERIFY(chart->hasTemperatureAxis());
        QVERIFY(chart->pointsInUsageSeries() <= 2 * chart->plotColumns());
        QVERIFY(m_screen->scatter()->pointsInSeries() > 300);
        m_screen->findChild<QTabWidget *>(u"usageTabs"_qs)->setCurrentIndex(0);
        saveScreenshot(u"usage"_qs);
        m_screen->findChild<QTabWidget *>(u"usageTabs"_qs)->setCurrentIndex(1);
        saveScreenshot(u"usage-scatter"_qs);
        m_screen->findChild<QTabWidget *>(u"usageTabs"_qs)->setCurrentIndex(0);
    }

    void fifteenMinutesThirtyDays()
    {
        m_screen->setResolution(UsageResolution::Native);
        m_screen->setPreset(UsageScreen::Preset::Month);
        QVERIFY(waitLoaded());
        const auto [from, to] = m_screen->range();
        QCOMPARE(from.daysTo(to) + 1, 30);
        const qsizetype expected = simulatorIntervals(u"30001"_qs, from, to);
        QCOMPARE(expected, 30 * 96);
        QCOMPARE(m_screen->tableModel()->rowCount(), expected);
        QCOMPARE(m_screen->data().interval, UsageInterval::Native);

        UsageChartView *chart = m_screen->chart();
        const int columns = chart->plotColumns();
        QVERIFY(columns > 600);
        QVERIFY(chart->pointsInUsageSeries() > 0);
        QVERIFY2(chart->pointsInUsageSeries() <= 2 * columns,
                 qPrintable(u"%1 points, %2 columns"_qs.arg(chart->pointsInUsageSeries()).arg(columns)));
        QVERIFY(chart->largestSeriesPoints() <= columns);
        QVERIFY(chart->hasTemperatureAxis());

        // Zoom: the visible range shrinks and the data is decimated again (now as bars).
        const auto full = chart->visibleRange();
        QSignalSpy changed(chart, &UsageChartView::visibleRangeChanged);
        const qint64 day = 86'400'000;
        chart->setVisibleRange(full.first + 10 * day, full.first + 11 * day);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(chart->visibleRange().second - chart->visibleRange().first, day);
        QVERIFY(chart->showsBars());
        QVERIFY(chart->pointsInUsageSeries() <= 2 * columns);
        // A wheel notch out over the plot widens it again.
        const QRectF plot = chart->chart()->plotArea();
        const QPointF at = chart->mapFromScene(chart->chart()->mapToScene(plot.center()));
        QWheelEvent wheel(at, chart->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart->viewport(), &wheel);
        QCOMPARE(changed.count(), 2);
        QVERIFY(chart->visibleRange().second - chart->visibleRange().first > day);
        // A tap (click) reads out the interval under it.
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at.toPoint());
        QVERIFY2(m_screen->findChild<QLabel *>(u"usageReadout"_qs)->text().contains(u"kWh"_qs),
                 qPrintable(m_screen->findChild<QLabel *>(u"usageReadout"_qs)->text()));

        // Hourly from the same pull: 24 rows a day (no DST change in this range).
        m_screen->setResolution(UsageResolution::Hourly);
        QVERIFY(waitLoaded());
        QCOMPARE(m_screen->tableModel()->rowCount(), 30 * 24);
    }

    void fifteenMinutesWeekScreenshot()
    {
        m_screen->setResolution(UsageResolution::Native);
        m_screen->setPreset(UsageScreen::Preset::Week);
        QVERIFY(waitLoaded());
        QCOMPARE(m_screen->tableModel()->rowCount(), 7 * 96);
        saveScreenshot(u"usage-15min"_qs);
        m_screen->findChild<QTabWidget *>(u"usageTabs"_qs)->setCurrentIndex(2);
        saveScreenshot(u"usage-table"_qs);
        m_screen->findChild<QTabWidget *>(u"usageTabs"_qs)->setCurrentIndex(0);
    }

    void lastYearOverlay()
    {
        m_screen->setResolution(UsageResolution::Daily);
        m_screen->setPreset(UsageScreen::Preset::Month);
        QVERIFY(waitLoaded());
        m_screen->setShowLastYear(true);
        QTRY_VERIFY_WITH_TIMEOUT(seriesNames(m_screen->chart()->chart()).contains(u"Same period last year"_qs),
                                 30'000);
        // Drawn over this year's days.
        const auto range = m_screen->chart()->visibleRange();
        const UsageView &ly = m_screen->chart()->data().lastYear;
        QCOMPARE(ly.size(), 30);
        QVERIFY(ly.startMs.front() >= range.first - 86'400'000);
        m_screen->setShowLastYear(false);
        QVERIFY(!seriesNames(m_screen->chart()->chart()).contains(u"Same period last year"_qs));
    }

    void billingPeriods()
    {
        m_screen->setResolution(UsageResolution::BillingPeriod);
        m_screen->setPreset(UsageScreen::Preset::Year);
        QVERIFY(waitLoaded());
        const UsageView &v = m_screen->tableModel()->usage();
        QVERIFY2(v.size() >= 12 && v.size() <= 14, qPrintable(QString::number(v.size())));
        QCOMPARE(v.resolution, UsageResolution::BillingPeriod);
    }

    void exportFiles()
    {
        m_screen->setResolution(UsageResolution::Native);
        m_screen->setPreset(UsageScreen::Preset::Week);
        QVERIFY(waitLoaded());
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"usage.csv"_qs);
        QCOMPARE(m_screen->exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), m_screen->tableModel()->rowCount() + 1);
        QCOMPARE(lines.size(), 7 * 96 + 1);
        QVERIFY(lines[0].startsWith("Start,End,Usage (kWh)"));
        // ISO instants with the co-op's offset, machine-readable numbers.
        QVERIFY2(lines[1].startsWith("2026-09-03T00:00:00-06:00,2026-09-03T00:15:00-06:00,"),
                 lines[1].constData());
        QCOMPARE(lines[1].split(',').at(2).toDouble(),
                 m_screen->tableModel()->usage().importKwh[0]);

        const QString png = dir.filePath(u"usage.png"_qs);
        QCOMPARE(m_screen->exportPng(png), QString());
        QVERIFY(!QImage(png).isNull());
        const QString pdf = dir.filePath(u"usage.pdf"_qs);
        QCOMPARE(m_screen->exportPdf(pdf), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 5000);
    }

    void netMetered()
    {
        m_screen->setResolution(UsageResolution::Daily);
        m_screen->setPreset(UsageScreen::Preset::Month);
        QSignalSpy loaded(m_screen.get(), &UsageScreen::loaded);
        m_session->context().setCurrentAccount(solar);
        QVERIFY(loaded.wait(60'000));
        UsageTableModel *model = m_screen->tableModel();
        QVERIFY(model->isNetMetered());
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(model->rowCount(), 30);
        const QStringList names = seriesNames(m_screen->chart()->chart());
        QVERIFY2(names.contains(u"Import"_qs) && names.contains(u"Export"_qs)
                         && names.contains(u"Net"_qs),
                 qPrintable(names.join(u", ")));
        // Net equals the simulator's NET meter; export its RETURN meter.
        const auto [from, to] = m_screen->range();
        double net = 0, returned = 0;
        simulatorIntervals(u"30003"_qs, from, to, &net, sim::FlowDirection::Net);
        simulatorIntervals(u"30003"_qs, from, to, &returned, sim::FlowDirection::Return);
        QVERIFY(std::abs(model->usage().total() - net) <= 0.005 * 30); // daily rounding
        // Net is import minus export on every row.
        for (qsizetype i = 0; i < model->usage().size(); ++i) {
            const size_t k = size_t(i);
            QVERIFY(std::abs(model->usage().importKwh[k] - model->usage().exportKwh[k]
                             - model->usage().netKwh[k]) < 1e-9);
        }
        double exported = 0;
        for (double v : model->usage().exportKwh)
            exported += v;
        QVERIFY(std::abs(exported - returned) <= 0.005 * 30);
        QVERIFY(returned > 0); // September: the panels export
        m_session->context().setCurrentAccount(home);
        QVERIFY(waitLoaded());
    }

    void cancelLongPull()
    {
        QSignalSpy failures(&m_session->context(), &MemberContext::failureReported);
        m_screen->setResolution(UsageResolution::Native);
        m_screen->setPreset(UsageScreen::Preset::ThreeYears);
        m_screen->reload();
        QVERIFY(m_screen->isLoading());
        auto *progress = m_screen->findChild<TaskProgress *>(u"usageProgress"_qs);
        QVERIFY(progress->isBusy());
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_VERIFY(!m_screen->isLoading());
        QTRY_VERIFY(!progress->isBusy());
        QCOMPARE(m_screen->tableModel()->rowCount(), 0);
        QCOMPARE(m_screen->chart()->pointsInUsageSeries(), 0);
        QCOMPARE(failures.count(), 0); // a cancel is not an error
        // Nothing arrives later either.
        QSignalSpy loaded(m_screen.get(), &UsageScreen::loaded);
        QVERIFY(!loaded.wait(500));
        QCOMPARE(m_screen->tableModel()->rowCount(), 0);
    }

    void clearedOnSignOut()
    {
        m_screen->setResolution(UsageResolution::Daily);
        m_screen->setPreset(UsageScreen::Preset::Week);
        QVERIFY(waitLoaded());
        QVERIFY(m_screen->tableModel()->rowCount() > 0);
        m_session->context().clear();
        QCOMPARE(m_screen->tableModel()->rowCount(), 0);
        QCOMPARE(m_screen->scatter()->pointsInSeries(), 0);
    }

    void cleanupTestCase()
    {
        m_screen.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestUsageScreen)
#include "tst_usagescreen.moc"
