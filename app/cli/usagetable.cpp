#include "usagetable.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coopdesk::cli {

namespace {

constexpr double gap = std::numeric_limits<double>::quiet_NaN();

// The series of `quantity` for the same meter as `usage`: the same flow if there is one (a
// portal may price each flow), else the meter's only one.
const UsageSeries *companion(const UsageData &data, const UsageSeries &usage,
                             UsageQuantity quantity)
{
    const UsageSeries *sameMeter = nullptr;
    for (const UsageSeries &s : data.series) {
        if (s.quantity != quantity || s.meterNumber != usage.meterNumber)
            continue;
        if (s.flow == usage.flow && s.flowName == usage.flowName)
            return &s;
        if (!sameMeter)
            sameMeter = &s;
    }
    return sameMeter;
}

// Value of `series` at the interval starting `startMs` (both ascending: a moving cursor).
double valueAt(const UsageSeries *series, qint64 startMs, qsizetype &cursor)
{
    if (!series)
        return gap;
    const std::vector<qint64> &starts = series->startMs;
    while (cursor < series->size() && starts[size_t(cursor)] < startMs)
        ++cursor;
    if (cursor < series->size() && starts[size_t(cursor)] == startMs)
        return series->values[size_t(cursor)];
    return gap;
}

QString flowName(FlowDirection flow)
{
    switch (flow) {
    case FlowDirection::Forward:
        return u"FORWARD"_qs;
    case FlowDirection::Net:
        return u"NET"_qs;
    case FlowDirection::Return:
        return u"RETURN"_qs;
    case FlowDirection::Reverse:
        return u"REVERSE"_qs;
    case FlowDirection::Total:
        return u"TOTAL"_qs;
    case FlowDirection::Unknown:
        return u"UNKNOWN"_qs;
    }
    return {};
}

// A CSV cell: quoted only when it has to be (a meter number with a comma would be odd, but
// the portal's strings are not ours).
QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

QJsonValue numberOrNull(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

} // namespace

QString isoWithOffset(qint64 utcMs, const WallClock &clock)
{
    const int offset = clock.offsetAt(utcMs);
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offset) * 1000, Qt::UTC);
    const int minutes = std::abs(offset) / 60;
    return wall.toString(u"yyyy-MM-ddTHH:mm:ss"_qs) + (offset < 0 ? u'-' : u'+')
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString decimalText(double value)
{
    if (std::isnan(value))
        return {};
    if (value == 0)
        return u"0"_qs; // never "-0"
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString UsageTable::flowText(const UsageSeries &series)
{
    // An unknown direction keeps the portal's own word: a script may know what it means.
    if (series.flow == FlowDirection::Unknown && !series.flowName.isEmpty())
        return series.flowName;
    return flowName(series.flow);
}

QString UsageTable::intervalName(UsageInterval interval)
{
    switch (interval) {
    case UsageInterval::Native:
        return u"hourly"_qs;
    case UsageInterval::Daily:
        return u"daily"_qs;
    case UsageInterval::Monthly:
        return u"monthly"_qs;
    }
    return {};
}

UsageTable::UsageTable(const UsageData &data)
{
    for (const UsageSeries &usage : data.series) {
        if (usage.quantity != UsageQuantity::Usage)
            continue;
        const UsageSeries *cost = companion(data, usage, UsageQuantity::Cost);
        const UsageSeries *demand = companion(data, usage, UsageQuantity::Demand);
        m_hasCost = m_hasCost || cost;
        m_hasDemand = m_hasDemand || demand;
        qsizetype costCursor = 0;
        qsizetype demandCursor = 0;
        for (qsizetype i = 0; i < usage.size(); ++i) {
            Row row;
            row.startMs = usage.startMs[size_t(i)];
            row.endMs = usage.endMs[size_t(i)];
            row.series = &usage;
            row.kwh = usage.values[size_t(i)];
            row.costUsd = valueAt(cost, row.startMs, costCursor);
            row.demandKw = valueAt(demand, row.startMs, demandCursor);
            m_rows.append(row);
        }
    }
    // Time first, then meter and flow: the rows of one interval stay together.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.startMs != b.startMs)
            return a.startMs < b.startMs;
        if (a.series->meterNumber != b.series->meterNumber)
            return a.series->meterNumber < b.series->meterNumber;
        return int(a.series->flow) < int(b.series->flow);
    });
}

QStringList UsageTable::columns() const
{
    QStringList columns = { u"start"_qs, u"end"_qs, u"meter"_qs, u"flow"_qs, u"kwh"_qs };
    if (m_hasCost)
        columns << u"cost_usd"_qs;
    if (m_hasDemand)
        columns << u"demand_kw"_qs;
    return columns;
}

QByteArray UsageTable::toCsv(const WallClock &clock) const
{
    QString out = columns().join(u',') + u'\n';
    out.reserve(out.size() + m_rows.size() * 72);
    for (const Row &row : m_rows) {
        out += isoWithOffset(row.startMs, clock) + u',' + isoWithOffset(row.endMs, clock) + u','
            + csvCell(row.series->meterNumber) + u',' + csvCell(flowText(*row.series)) + u','
            + decimalText(row.kwh);
        if (m_hasCost)
            out += u',' + decimalText(row.costUsd);
        if (m_hasDemand)
            out += u',' + decimalText(row.demandKw);
        out += u'\n';
    }
    return out.toUtf8();
}

QJsonObject UsageTable::toJson(const UsageData &data, const WallClock &clock) const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        QJsonObject o {
            { u"start"_qs, isoWithOffset(row.startMs, clock) },
            { u"end"_qs, isoWithOffset(row.endMs, clock) },
            { u"meter"_qs, row.series->meterNumber },
            { u"flow"_qs, flowText(*row.series) },
            { u"kwh"_qs, numberOrNull(row.kwh) },
        };
        // Money is text, never a binary float a consumer might add up wrongly.
        if (m_hasCost)
            o.insert(u"cost_usd"_qs,
                     std::isnan(row.costUsd) ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(decimalText(row.costUsd)));
        if (m_hasDemand)
            o.insert(u"demand_kw"_qs, numberOrNull(row.demandKw));
        rows.append(o);
    }
    return QJsonObject {
        { u"account"_qs, data.accountNumber },
        { u"location"_qs, data.locationNumber },
        { u"interval"_qs, intervalName(data.interval) },
        { u"timeZone"_qs, QString::fromUtf8(clock.zone().id()) },
        { u"from"_qs, isoWithOffset(data.fromMs, clock) },
        { u"to"_qs, isoWithOffset(data.toMs, clock) },
        { u"columns"_qs, QJsonArray::fromStringList(columns()) },
        { u"rows"_qs, rows },
    };
}

} // namespace coopdesk::cli
