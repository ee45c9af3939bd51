#pragma once

#include "models/usageaggregate.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace coopdesk {

// The table twin of the usage chart: one row per interval of the chosen resolution, with its
// start and end (local time), kWh (import, export and net for a net-metered location) and the
// temperature. It holds the full data, never the decimated points a chart draws, so a member who
// cannot see the chart reads every value here, and CSV export writes it row by row.
class UsageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        ImportColumn,      // "kWh" for an ordinary location
        ExportColumn,      // net-metered only
        NetColumn,         // net-metered only
        TemperatureColumn,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: start/end ms (qint64), kWh/temperature (double)
        StartMsRole,                 // qint64, any column
        EndMsRole,
        PartialRole,                 // bool: the row has fewer readings than its span holds
        GapRole,                     // bool: this cell has no reading
    };

    explicit UsageTableModel(QObject *parent = nullptr);

    // `temperatureF` has one value (°F, NaN unknown) per row of `view`, or is empty.
    void setUsage(const UsageView &view, const std::vector<double> &temperatureF = {});
    void setTimeZone(const QTimeZone &zone);
    void setCelsius(bool celsius);
    bool isCelsius() const { return m_celsius; }
    void setLocale(const QLocale &locale);
    void clear();

    const UsageView &usage() const { return m_view; }
    bool isNetMetered() const { return m_view.netMetered; }
    // The model's column for a logical Column (-1 when not shown: export/net of a plain meter).
    int columnOf(Column column) const;
    Column logicalColumn(int section) const;
    double temperatureAt(int row) const; // in the chosen unit, NaN unknown
    QDateTime localTime(qint64 ms) const { return QDateTime::fromMSecsSinceEpoch(ms, m_zone); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString formatTime(qint64 ms) const;
    double kwhAt(Column column, int row) const;

    UsageView m_view;
    std::vector<double> m_temperatureF;
    QTimeZone m_zone = QTimeZone::utc();
    QLocale m_locale;
    bool m_celsius = false;
};

} // namespace coopdesk
