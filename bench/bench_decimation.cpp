// Min/max decimation of three years of 15-minute usage (105,120 points) to 1200 pixel columns:
// what the usage chart does on every zoom or pan step. Also a one-month window (binary search
// for the range, then only the visible points).
#include "models/decimation.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace coopdesk;

class BenchDecimation : public QObject
{
    Q_OBJECT

    std::vector<qint64> m_x;
    std::vector<double> m_y;

private Q_SLOTS:
    void initTestCase()
    {
        const qsizetype n = 3 * 365 * 96;
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> noise(0, 0.4);
        for (qsizetype i = 0; i < n; ++i) {
            m_x.push_back(1'694'325'600'000LL + i * 900'000LL);
            m_y.push_back(0.4 + 0.3 * std::sin(double(i % 96) / 15.0) + noise(rng));
        }
    }

    void minMaxThreeYears()
    {
        qsizetype points = 0;
        QBENCHMARK {
            points = Decimation::minMax(m_x, m_y, m_x.front(), m_x.back() + 900'000, 1200).size();
        }
        QVERIFY(points <= 2400);
    }

    void envelopeThreeYears()
    {
        qsizetype points = 0;
        QBENCHMARK {
            points = Decimation::envelope(m_x, m_y, m_x.front(), m_x.back() + 900'000, 1200).size();
        }
        QVERIFY(points <= 1200);
    }

    void minMaxOneMonthWindow()
    {
        const qint64 from = m_x[50'000];
        const qint64 to = from + 30LL * 86'400'000;
        qsizetype points = 0;
        QBENCHMARK {
            points = Decimation::minMax(m_x, m_y, from, to, 1200).size();
        }
        QVERIFY(points <= 2400);
    }
};

QTEST_APPLESS_MAIN(BenchDecimation)
#include "bench_decimation.moc"
