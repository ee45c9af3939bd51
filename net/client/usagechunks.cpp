#include "usagechunks.h"

#include <QHash>
#include <QPair>

namespace coopdesk::net {

int maxChunkDays(UsageInterval interval, QDate firstDay)
{
    switch (interval) {
    case UsageInterval::Native:
        return 30;
    case UsageInterval::Daily:
        return 90;
    case UsageInterval::Monthly:
        // Five calendar years from the first day (1826 or 1827 days with leap days).
        return int(firstDay.daysTo(firstDay.addYears(5)));
    }
    return 30;
}

QList<UsageChunk> planUsageChunks(const WallClock &clock, UsageInterval interval, QDate from,
                                  QDate to)
{
    QList<UsageChunk> chunks;
    if (!from.isValid() || !to.isValid() || from > to)
        return chunks;
    QDate first = from;
    while (first <= to) {
        const QDate last = qMin(to, first.addDays(maxChunkDays(interval, first) - 1));
        chunks.append({ first, last, clock.startOfDay(first), clock.startOfDay(last.addDays(1)) });
        first = last.addDays(1);
    }
    return chunks;
}

namespace {

void appendPoints(UsageSeries &into, const UsageSeries &from)
{
    const bool monthly = !from.labels.isEmpty() || !into.labels.isEmpty();
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qint64 start = from.startMs[size_t(i)];
        const qint64 end = from.endMs[size_t(i)];
        const double value = from.values[size_t(i)];
        if (into.size() > 0) {
            const qint64 lastStart = into.startMs.back();
            if (start < lastStart)
                continue; // already covered by an earlier chunk
            if (start == lastStart) {
                into.endMs.back() = qMax(into.endMs.back(), end);
                if (UsageSeries::isGap(into.values.back()) && !UsageSeries::isGap(value))
                    into.values.back() = value;
                continue;
            }
        }
        into.startMs.push_back(start);
        into.endMs.push_back(end);
        into.values.push_back(value);
        if (monthly)
            into.labels.append(i < from.labels.size() ? from.labels.at(i) : QString());
    }
}

} // namespace

UsageData mergeUsageChunks(const QList<UsageData> &chunks)
{
    UsageData merged;
    if (chunks.isEmpty())
        return merged;
    merged.accountNumber = chunks.front().accountNumber;
    merged.locationNumber = chunks.front().locationNumber;
    merged.interval = chunks.front().interval;
    merged.fromMs = chunks.front().fromMs;
    merged.toMs = chunks.back().toMs;

    QHash<QPair<QString, int>, qsizetype> index;
    for (const UsageData &chunk : chunks) {
        for (const UsageSeries &series : chunk.series) {
            const QPair<QString, int> key(series.seriesId, int(series.quantity));
            auto it = index.find(key);
            if (it == index.end()) {
                UsageSeries fresh = series;
                fresh.startMs.clear();
                fresh.endMs.clear();
                fresh.values.clear();
                fresh.labels.clear();
                merged.series.append(std::move(fresh));
                it = index.insert(key, merged.series.size() - 1);
            }
            appendPoints(merged.series[it.value()], series);
        }
    }
    return merged;
}

} // namespace coopdesk::net
