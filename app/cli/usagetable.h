#pragma once

#include "models/usage.h"
#include "models/wallclock.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace coopdesk::cli {

// "2026-09-01T00:00:00-06:00": an instant as the co-op's wall clock with its UTC offset at that
// instant, so the two 01:00 hours of a fall-back day stay apart (-06:00, then -07:00).
QString isoWithOffset(qint64 utcMs, const WallClock &clock);
// Shortest decimal text that reads back as the same double ("1.25", "0.0235"); empty for NaN.
QString decimalText(double value);

// The rows of a usage export: one per interval per metered usage series, with the same meter's
// COST and DEMAND values at the same interval start joined on. Gaps stay gaps (NaN), never 0.
class UsageTable
{
public:
    struct Row
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        const UsageSeries *series = nullptr; // the USAGE series (meter, flow)
        double kwh = 0;
        double costUsd = 0; // NaN: no cost for this interval
        double demandKw = 0; // NaN: no demand for this interval
    };

    explicit UsageTable(const UsageData &data);

    const QList<Row> &rows() const { return m_rows; }
    bool hasCost() const { return m_hasCost; }
    bool hasDemand() const { return m_hasDemand; }
    QStringList columns() const;

    // `start,end,meter,flow,kwh[,cost_usd][,demand_kw]` then one line per row.
    QByteArray toCsv(const WallClock &clock) const;
    // The same rows as JSON objects keyed by the CSV column names (cost as a string, gaps null).
    QJsonObject toJson(const UsageData &data, const WallClock &clock) const;

    static QString flowText(const UsageSeries &series);
    static QString intervalName(UsageInterval interval);

private:
    QList<Row> m_rows;
    bool m_hasCost = false;
    bool m_hasDemand = false;
};

} // namespace coopdesk::cli
