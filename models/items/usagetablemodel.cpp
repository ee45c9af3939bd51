#include "usagetablemodel.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace coopdesk {

UsageTableModel::UsageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void UsageTableModel::setUsage(const UsageView &view, const std::vector<double> &temperatureF)
{
    beginResetModel();
    m_view = view;
    m_temperatureF = temperatureF;
    m_temperatureF.resize(size_t(view.size()), std::numeric_limits<double>::quiet_NaN());
    endResetModel();
}

void UsageTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 1), { Qt::DisplayRole });
}

void UsageTableModel::setCelsius(bool celsius)
{
    if (celsius == m_celsius)
        return;
    m_celsius = celsius;
    const int column = columnOf(TemperatureColumn);
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column),
                           { Qt::DisplayRole, SortRole });
}

void UsageTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           { Qt::DisplayRole });
}

void UsageTableModel::clear()
{
    setUsage(UsageView());
}

int UsageTableModel::columnOf(Column column) const
{
    if (m_view.netMetered)
        return int(column);
    switch (column) {
    case StartColumn:
    case EndColumn:
    case ImportColumn:
        return int(column);
    case ExportColumn:
    case NetColumn:
        return -1;
    case TemperatureColumn:
        return 3;
    }
    return -1;
}

UsageTableModel::Column UsageTableModel::logicalColumn(int section) const
{
    if (!m_view.netMetered && section == 3)
        return TemperatureColumn;
    return Column(section);
}

double UsageTableModel::temperatureAt(int row) const
{
    const double f = m_temperatureF[size_t(row)];
    return m_celsius ? (f - 32.0) * 5.0 / 9.0 : f;
}

double UsageTableModel::kwhAt(Column column, int row) const
{
    const size_t i = size_t(row);
    switch (column) {
    case ImportColumn:
        return m_view.importKwh[i];
    case ExportColumn:
        return m_view.exportKwh[i];
    case NetColumn:
        return m_view.netKwh[i];
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

QString UsageTableModel::formatTime(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    switch (m_view.resolution) {
    case UsageResolution::Daily:
    case UsageResolution::BillingPeriod:
        if (local.time() == QTime(0, 0))
            return m_locale.toString(local.date(), QLocale::ShortFormat);
        break;
    case UsageResolution::Native:
    case UsageResolution::Hourly:
        break;
    }
    return m_locale.toString(local, QLocale::ShortFormat);
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_view.netMetered ? 6 : 4;
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const size_t i = size_t(row);
    const Column column = logicalColumn(index.column());
    switch (role) {
    case StartMsRole:
        return QVariant::fromValue(m_view.startMs[i]);
    case EndMsRole:
        return QVariant::fromValue(m_view.endMs[i]);
    case PartialRole:
        return i < m_view.partial.size() && m_view.partial[i] != 0;
    case GapRole:
        if (column == TemperatureColumn)
            return std::isnan(m_temperatureF[i]);
        if (column == StartColumn || column == EndColumn)
            return false;
        return std::isnan(kwhAt(column, row));
    case Qt::TextAlignmentRole:
        if (column == StartColumn || column == EndColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (column) {
        case StartColumn:
            return QVariant::fromValue(m_view.startMs[i]);
        case EndColumn:
            return QVariant::fromValue(m_view.endMs[i]);
        case TemperatureColumn:
            return temperatureAt(row);
        default:
            return kwhAt(column, row);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case StartColumn:
            if (m_view.resolution == UsageResolution::BillingPeriod && qsizetype(row) < m_view.labels.size()
                && !m_view.labels.at(row).isEmpty() && role == Qt::AccessibleTextRole)
                return m_view.labels.at(row);
            return formatTime(m_view.startMs[i]);
        case EndColumn:
            return formatTime(m_view.endMs[i]);
        case TemperatureColumn: {
            const double t = temperatureAt(row);
            if (std::isnan(t))
                //: A table cell without a temperature
                return tr("no data");
            return m_locale.toString(t, 'f', 1);
        }
        default: {
            const double v = kwhAt(column, row);
            if (std::isnan(v))
                //: A table cell without a meter reading (a gap, not zero)
                return tr("no reading");
            return m_locale.toString(v, 'f', 3);
        }
        }
    case Qt::ToolTipRole:
        if (i < m_view.partial.size() && m_view.partial[i])
            return tr("Some readings of this interval are missing");
        return {};
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (logicalColumn(section)) {
    case StartColumn:
        //: Column: when an interval of usage begins
        return tr("Start");
    case EndColumn:
        //: Column: when an interval of usage ends
        return tr("End");
    case ImportColumn:
        return m_view.netMetered
                //: Column: energy taken from the grid (net-metered location)
                ? tr("Import (kWh)")
                : tr("Usage (kWh)");
    case ExportColumn:
        //: Column: energy sent to the grid by solar panels
        return tr("Export (kWh)");
    case NetColumn:
        //: Column: import minus export
        return tr("Net (kWh)");
    case TemperatureColumn:
        return m_celsius ? tr("Temperature (°C)") : tr("Temperature (°F)");
    }
    return {};
}

} // namespace coopdesk
