#include "outagesmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coopdesk {

OutagesModel::OutagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutagesModel::setReports(const QList<OutageReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    // Newest first: the report just sent is the one the member looks for.
    std::stable_sort(m_reports.begin(), m_reports.end(),
                     [](const OutageReport &a, const OutageReport &b) { return a.createdMs > b.createdMs; });
    endResetModel();
}

void OutagesModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    if (!m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, Reported), index(rowCount() - 1, Updated),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int OutagesModel::rowOf(const QString &ticket) const
{
    for (qsizetype i = 0; i < m_reports.size(); ++i)
        if (m_reports.at(i).ticket == ticket)
            return int(i);
    return -1;
}

int OutagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int OutagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutagesModel::formatInstant(qint64 ms) const
{
    if (ms <= 0)
        return {};
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QVariant OutagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutageReport &r = m_reports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Ticket: return r.ticket;
        case Location: return r.location;
        case Kind:
            if (role == Qt::ToolTipRole && !r.note.isEmpty())
                return r.note;
            return kindName(r.kind);
        case Status: return statusName(r.status);
        case Reported: return formatInstant(r.createdMs);
        case Updated: return formatInstant(r.updatedMs > 0 ? r.updatedMs : r.createdMs);
        }
        break;
    case TicketRole: return r.ticket;
    case KindCodeRole: return r.kind;
    case StatusCodeRole: return r.status;
    case InstantRole:
        if (index.column() == Reported)
            return r.createdMs;
        if (index.column() == Updated)
            return r.updatedMs > 0 ? r.updatedMs : r.createdMs;
        break;
    }
    return {};
}

QVariant OutagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ticket: return tr("Ticket");
    //: The service location an outage was reported for
    case Location: return tr("Location");
    //: What kind of outage (no power, line down, ...)
    case Kind: return tr("Problem");
    case Status: return tr("Status");
    //: When the outage was reported
    case Reported: return tr("Reported");
    //: When the report's status last changed
    case Updated: return tr("Updated");
    }
    return {};
}

QHash<int, QByteArray> OutagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TicketRole, "ticket");
    names.insert(KindCodeRole, "kindCode");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(InstantRole, "instant");
    return names;
}

QStringList OutagesModel::reportKinds()
{
    return {u"NO_POWER"_s, u"PARTIAL_POWER"_s, u"LINE_DOWN"_s, u"FLICKERING"_s,
            u"STREETLIGHT"_s, u"OTHER"_s};
}

QString OutagesModel::kindName(const QString &kind)
{
    if (kind == u"NO_POWER")
        return tr("No power");
    if (kind == u"PARTIAL_POWER")
        return tr("Partial power");
    if (kind == u"LINE_DOWN")
        return tr("Line down");
    //: Lights flickering
    if (kind == u"FLICKERING")
        return tr("Flickering");
    if (kind == u"STREETLIGHT")
        return tr("Streetlight out");
    //: Another kind of outage problem
    if (kind == u"OTHER")
        return tr("Other");
    return kind;
}

QString OutagesModel::statusName(const QString &status)
{
    //: Outage report status
    if (status == u"RECEIVED")
        return tr("Received");
    //: Outage report status
    if (status == u"CONFIRMED")
        return tr("Confirmed");
    //: Outage report status: crew sent out
    if (status == u"CREW_ASSIGNED")
        return tr("Crew assigned");
    //: Outage report status
    if (status == u"CREW_ON_SITE")
        return tr("Crew working");
    //: Outage report status: power is back
    if (status == u"RESTORED")
        return tr("Restored");
    //: Outage report status
    if (status == u"UNDER_REVIEW")
        return tr("Under review");
    //: Outage report status
    if (status == u"CLOSED")
        return tr("Closed");
    return status;
}

} // namespace coopdesk
