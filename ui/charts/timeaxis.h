#pragma once

#include "models/wallclock.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace coopdesk::ui {

// Tick marks of a time axis in the co-op's local calendar (not the computer's zone): whole local
// hours, days, weeks, months or years, as many as fit `pixels` at about one label per
// `minLabelPixels`. Ticks follow the wall clock, so DST days keep their midnight ticks.
struct TimeTick
{
    qint64 ms;
    QString label;
};

QList<TimeTick> timeTicks(const WallClock &clock, qint64 from, qint64 to, int pixels,
                          const QLocale &locale = QLocale(), int minLabelPixels = 90);

// "Sep 8" / "8 sept": a date without its year in the locale's order.
QString monthDay(QDate date, const QLocale &locale);

} // namespace coopdesk::ui
