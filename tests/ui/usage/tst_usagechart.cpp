// The usage chart on synthetic data: never more points than pixel columns, bars when few, peaks
// kept, zoom and pan by API, wheel and keyboard re-decimating, the temperature axis, read-outs.
#include "ui/charts/scatterchartview.h"
#include "ui/charts/timeaxis.h"
#include "ui/charts/usagechartview.h"

#include <QAreaSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace coopdesk;
using namespace coopdesk::ui;

namespace {

constexpr qint64 quarter = 15 * 60 * 1000;

const WallClock &denver()
{
    static const WallClock clock(QTimeZone("America/Denver"));
    return clock;
}

// Three years of 15-minute usage with one big spike, and daily + hourly temperatures.
UsageChartData threeYears()
{
    UsageChartData d;
    UsageView &u = d.usage;
    u.resolution = UsageResolution::Native;
    const QDate first(2023, 9, 10);
    const qint64 from = denver().startOfDay(first);
    const qint64 to = denver().startOfDay(first.addYears(3));
    for (qint64 t = from; t < to; t += quarter) {
        const qsizetype i = u.size();
        u.startMs.push_back(t);
        u.endMs.push_back(t + quarter);
        u.importKwh.push_back(i == 60'000 ? 25.0 : 0.3 + 0.2 * std::sin(double(i % 96) / 15.0));
        u.partial.push_back(0);
    }
    for (QDate day = first; day < first.addYears(3); day = day.addDays(1)) {
        const double mean = 50 + 25 * std::sin(double(day.dayOfYear()) / 58.0);
        d.temperatures.daily.push_back({ day, mean + 10, mean - 10, mean });
        for (int h = 0; h < 24; ++h) {
            d.temperatures.hourStartMs.push_back(denver().startOfDay(day) + h * 3'600'000LL);
            d.temperatures.hourlyF.push_back(mean + 8 * std::sin(h / 4.0));
        }
    }
    return d;
}

int maxSeriesPoints(QChart *chart)
{
    int most = 0;
    const auto all = chart->series();
    for (QAbstractSeries *s : all) {
        if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            most = std::max<int>(most, int(area->upperSeries()->count()));
            if (area->lowerSeries())
                most = std::max<int>(most, int(area->lowerSeries()->count()));
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            most = std::max<int>(most, int(xy->count()));
        }
    }
    return most;
}

} // namespace

class TestUsageChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimatesToTheColumns()
    {
        UsageChartView view;
        view.resize(1280, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWallClock(denver());
        view.setData(threeYears());
        const int columns = view.plotColumns();
        QVERIFY2(columns > 800 && columns < 1280, qPrintable(QString::number(columns)));
        QVERIFY(!view.showsBars());
        QVERIFY(view.pointsInUsageSeries() > 0);
        QVERIFY(view.pointsInUsageSeries() <= 2 * columns);
        QVERIFY(maxSeriesPoints(view.chart()) <= columns);
        QVERIFY(view.hasTemperatureAxis());
        // The spike survives decimation into the band.
        double top = 0;
        for (QAbstractSeries *s : view.chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(s); area && s->name() == u"Usage") {
                for (const QPointF &p : area->upperSeries()->points())
                    top = std::max(top, p.y());
            }
        }
        QCOMPARE(top, 25.0);
        const QString dir = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        QCoreApplication::processEvents(); // the chart lays out its axes and legend
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(dir + u"/usage-chart-3-years.png"_qs));
    }

    void zoomAndPan()
    {
        UsageChartView view;
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWallClock(denver());
        view.setData(threeYears());
        const auto full = view.visibleRange();
        QCOMPARE(full, view.fullRange());
        QSignalSpy changed(&view, &UsageChartView::visibleRangeChanged);

        // A week in the middle: few enough 15-minute intervals? 672 > columns / 6: still a band.
        const qint64 mid = (full.first + full.second) / 2;
        view.setVisibleRange(mid, mid + 7 * 86'400'000LL);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(view.visibleRange(), qMakePair(mid, mid + 7 * 86'400'000LL));
        QVERIFY(maxSeriesPoints(view.chart()) <= view.plotColumns());
        // A day: 96 bars.
        view.setVisibleRange(mid, mid + 86'400'000LL);
        QVERIFY(view.showsBars());
        QVERIFY(view.pointsInUsageSeries() <= 2 * view.plotColumns());

        // Wheel up zooms in around the pointer, re-decimating.
        view.showAll();
        const QPointF at = view.mapFromScene(view.chart()->mapToScene(view.chart()->plotArea().center()));
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        const auto zoomed = view.visibleRange();
        QVERIFY(zoomed.second - zoomed.first < full.second - full.first);
        QVERIFY(zoomed.first > full.first && zoomed.second < full.second);
        // Keyboard: + zooms in, arrows pan, Home shows everything.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Plus);
        const auto plus = view.visibleRange();
        QVERIFY(plus.second - plus.first < zoomed.second - zoomed.first);
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.visibleRange().first > plus.first);
        QCOMPARE(view.visibleRange().second - view.visibleRange().first, plus.second - plus.first);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.visibleRange(), full);
        // Never past the data: panning at the end stays put.
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.visibleRange(), full);
    }

    void readout()
    {
        UsageChartView view;
        view.resize(800, 400);
        view.setWallClock(denver());
        UsageChartData d = threeYears();
        d.rowTemperatureF.assign(size_t(d.usage.size()), 68.0);
        view.setData(d);
        const qint64 t = d.usage.startMs[60'000] + 60'000;
        const QString text = view.readoutAt(t);
        QVERIFY2(text.contains(u"25"_qs) && text.contains(u"kWh"_qs) && text.contains(u"68°F"_qs),
                 qPrintable(text));
        QVERIFY(view.readoutAt(d.usage.startMs[0] - 1).isEmpty());
        view.setTemperatureUnit(TemperatureUnit::Celsius);
        QVERIFY2(view.readoutAt(t).contains(u"20°C"_qs), qPrintable(view.readoutAt(t)));
    }

    void gapsAreNotZero()
    {
        UsageChartView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWallClock(denver());
        UsageChartData d = threeYears();
        // A month without readings in the middle: the band is cut in two, nothing drawn at 0.
        for (size_t i = 40'000; i < 43'000; ++i)
            d.usage.importKwh[i] = std::numeric_limits<double>::quiet_NaN();
        view.setData(d);
        int usageAreas = 0;
        const double inGap = double(d.usage.startMs[41'500]);
        for (QAbstractSeries *s : view.chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(s); area && s->name() == u"Usage") {
                ++usageAreas;
                const auto pts = area->upperSeries()->points();
                QVERIFY(pts.front().x() > inGap || pts.back().x() < inGap); // nothing drawn there
                for (const QPointF &p : pts)
                    QVERIFY(p.y() > 0.05); // and never a zero reading
            }
        }
        QCOMPARE(usageAreas, 4); // two runs, each a light peak area and a solid floor area
        QVERIFY(view.readoutAt(d.usage.startMs[41'000]).contains(u"no reading"_qs));
    }

    void timeTicksFollowTheCoopCalendar()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        // Spring-forward day in 1-hour ticks: 23 of them, midnight labelled with the date.
        const qint64 from = denver().startOfDay(QDate(2026, 3, 8));
        const qint64 to = denver().startOfDay(QDate(2026, 3, 9));
        const auto ticks = timeTicks(denver(), from, to, 23 * 90, en);
        QCOMPARE(ticks.size(), 23);
        QCOMPARE(ticks.front().label, u"Mar 8"_qs);
        QCOMPARE(ticks.front().ms, from);
        // A year in months.
        const auto months = timeTicks(denver(), denver().startOfDay(QDate(2025, 9, 10)),
                                      denver().startOfDay(QDate(2026, 9, 10)), 1200, en);
        QCOMPARE(months.front().label, u"Oct 2025"_qs);
        QCOMPARE(months.size(), 12);
    }

    void scatter()
    {
        ScatterChartView view;
        view.resize(600, 400);
        std::vector<SignaturePoint> points;
        for (int i = 0; i < 300; ++i)
            points.push_back({ QDate(2026, 1, 1).addDays(i), 20.0 + i % 70, 30.0 + i % 13 });
        view.setPoints(points);
        QCOMPARE(view.pointsInSeries(), 300);
        view.clear();
        QCOMPARE(view.pointsInSeries(), 0);
    }
};

QTEST_MAIN(TestUsageChart)
#include "tst_usagechart.moc"
