// Min/max decimation: column cap, peaks surviving, gaps, the visible range and its speed.
#include "models/decimation.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace coopdesk;

namespace {

constexpr double gap = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 quarter = 15 * 60 * 1000;

struct Data
{
    std::vector<qint64> x;
    std::vector<double> y;
};

// Three years of 15-minute readings with a daily rhythm and noise.
Data threeYears()
{
    Data d;
    const qsizetype n = 3 * 365 * 96;
    d.x.resize(size_t(n));
    d.y.resize(size_t(n));
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> noise(0, 0.3);
    for (qsizetype i = 0; i < n; ++i) {
        d.x[size_t(i)] = 1'600'000'000'000LL + i * quarter;
        d.y[size_t(i)] = 0.5 + 0.4 * std::sin(double(i % 96) / 96 * 6.283) + noise(rng);
    }
    return d;
}

} // namespace

class TestDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnCapAndOrder_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("640") << 640;
        QTest::newRow("1200") << 1200;
        QTest::newRow("more columns than points") << 200'000;
    }

    void columnCapAndOrder()
    {
        QFETCH(int, columns);
        const Data d = threeYears();
        const qint64 from = d.x.front();
        const qint64 to = d.x.back() + quarter;
        const auto line = Decimation::minMax(d.x, d.y, from, to, columns);
        QVERIFY(line.size() <= 2 * qsizetype(columns));
        QVERIFY(line.size() <= qsizetype(d.x.size()));
        QVERIFY(std::is_sorted(line.x.begin(), line.x.end()));
        const auto band = Decimation::envelope(d.x, d.y, from, to, columns);
        QVERIFY(band.size() <= qsizetype(columns));
        for (qsizetype i = 0; i < band.size(); ++i)
            QVERIFY(band.low[size_t(i)] <= band.high[size_t(i)]);
    }

    void peaksSurvive()
    {
        Data d = threeYears();
        // One lone spike and one lone dip somewhere in the middle.
        d.y[50'000] = 42.0;
        d.y[70'001] = -3.0;
        const qint64 from = d.x.front();
        const qint64 to = d.x.back() + quarter;
        const auto line = Decimation::minMax(d.x, d.y, from, to, 300);
        QCOMPARE(*std::max_element(line.y.begin(), line.y.end()), 42.0);
        QCOMPARE(*std::min_element(line.y.begin(), line.y.end()), -3.0);
        QVERIFY(std::find(line.x.begin(), line.x.end(), d.x[50'000]) != line.x.end());
        const auto band = Decimation::envelope(d.x, d.y, from, to, 300);
        QCOMPARE(*std::max_element(band.high.begin(), band.high.end()), 42.0);
        QCOMPARE(*std::min_element(band.low.begin(), band.low.end()), -3.0);
    }

    void minBeforeMaxInXOrder()
    {
        const std::vector<qint64> x{ 0, 1, 2, 3 };
        const std::vector<double> y{ 5, 9, 1, 4 };
        const auto line = Decimation::minMax(x, y, 0, 4, 1);
        QCOMPARE(line.size(), 2);
        QCOMPARE(line.x, (std::vector<qint64>{ 1, 2 })); // max at x=1 comes before min at x=2
        QCOMPARE(line.y, (std::vector<double>{ 9, 1 }));
    }

    void visibleRangeOnly()
    {
        const Data d = threeYears();
        const qint64 from = d.x[1000] + 1; // not on a point: starts at the next one
        const qint64 to = d.x[2000];       // exclusive
        const auto r = Decimation::visible(d.x, from, to);
        QCOMPARE(r.first, 1001);
        QCOMPARE(r.last, 2000);
        const auto line = Decimation::minMax(d.x, d.y, from, to, 100);
        QVERIFY(line.x.front() >= from);
        QVERIFY(line.x.back() < to);
        // Zoomed in past one point per column: every point passes unchanged.
        const auto all = Decimation::minMax(d.x, d.y, d.x[10], d.x[20], 1000);
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.y[3], d.y[13]);
        QVERIFY(Decimation::minMax(d.x, d.y, to, from, 100).x.empty());
        QVERIFY(Decimation::minMax(d.x, d.y, from, to, 0).x.empty());
        QVERIFY(Decimation::minMax({}, {}, from, to, 10).x.empty());
    }

    void gapsBreakTheLine()
    {
        std::vector<qint64> x;
        std::vector<double> y;
        for (int i = 0; i < 100; ++i) {
            x.push_back(i);
            y.push_back(i >= 40 && i < 60 ? gap : 1.0 + i % 3);
        }
        const auto line = Decimation::minMax(x, y, 0, 100, 10); // 10 points a column
        // Columns 4 and 5 are all gap: one break between the readings, never a zero.
        const auto gaps = std::count_if(line.y.begin(), line.y.end(),
                                        [](double v) { return std::isnan(v); });
        QCOMPARE(gaps, 1);
        for (double v : line.y)
            QVERIFY(std::isnan(v) || v >= 1.0);
        const auto at = std::find_if(line.y.begin(), line.y.end(), [](double v) { return std::isnan(v); });
        QCOMPARE(line.x[size_t(at - line.y.begin())], 40);
        const auto band = Decimation::envelope(x, y, 0, 100, 10);
        QCOMPARE(band.size(), 9); // 8 columns of readings and one break
        QVERIFY(std::isnan(band.low[4]) && std::isnan(band.high[4]));
        // A column that is all gap but for one reading keeps the reading.
        y[45] = 7.0;
        const auto kept = Decimation::minMax(x, y, 0, 100, 10);
        QVERIFY(std::find(kept.y.begin(), kept.y.end(), 7.0) != kept.y.end());
    }

    void fast()
    {
        const Data d = threeYears();
        const qint64 from = d.x.front();
        const qint64 to = d.x.back() + quarter;
        Decimation::minMax(d.x, d.y, from, to, 1200); // warm the caches
        QElapsedTimer timer;
        timer.start();
        const int rounds = 20;
        qsizetype points = 0;
        for (int i = 0; i < rounds; ++i)
            points += Decimation::minMax(d.x, d.y, from, to, 1200).size();
        const double msEach = double(timer.nsecsElapsed()) / 1e6 / rounds;
        QVERIFY(points > 0);
        qInfo("min/max of %zu points to 1200 columns: %.3f ms", d.x.size(), msEach);
        // Generous for Debug builds under load; Release is ~0.2 ms (bench_decimation).
        QVERIFY2(msEach < 20.0, qPrintable(QString::number(msEach)));
    }
};

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
