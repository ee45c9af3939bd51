#pragma once

#include "models/usage.h"
#include "models/wallclock.h"

#include <QDate>
#include <QList>

namespace coopdesk::net {

// One poll request's share of a usage range: whole local days [firstDay, lastDay], sent as the
// real instants [startOfDay(firstDay), startOfDay(lastDay + 1)).
struct UsageChunk
{
    QDate firstDay;
    QDate lastDay;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const UsageChunk &) const = default;
};

// The longest span, in local days, one poll may ask for: what portals are seen to accept
// (smarthub-api.md §4.1): 30 days at the native interval, 90 days DAILY, 5 years MONTHLY.
int maxChunkDays(UsageInterval interval, QDate firstDay);

// Splits the local dates [from, to] (both inclusive) into consecutive chunks that tile the range
// without gap or overlap, each at most maxChunkDays() long. Chunk edges are local midnights, so
// a 23- or 25-hour day is never cut. Empty when the dates are invalid or from > to.
QList<UsageChunk> planUsageChunks(const WallClock &clock, UsageInterval interval, QDate from,
                                  QDate to);

// Joins the answers to consecutive chunks (in chunk order) into one: per series id and quantity,
// points in time order, each interval once. A point that starts where an earlier one already did
// (a chunk boundary, a billing period straddling two chunks, the open "Dec 9999" period) is kept
// once, with the later end when the ends differ; a point starting before the last one kept is
// an overlap and is dropped. Series keep the order in which they first appear.
UsageData mergeUsageChunks(const QList<UsageData> &chunks);

} // namespace coopdesk::net
