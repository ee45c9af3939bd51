#pragma once

#include "models/outage.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QTimeZone>

namespace coopdesk {

// The member's outage reports as a table: ticket, location, kind, status, reported, updated.
// Times are shown in the co-op's zone (setTimeZone), in the default locale's short format.
class OutagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ticket, Location, Kind, Status, Reported, Updated, ColumnCount };
    enum Role {
        TicketRole = Qt::UserRole + 1,
        KindCodeRole,     // "NO_POWER"
        StatusCodeRole,   // "RECEIVED"
        InstantRole,      // epoch ms of the Reported/Updated columns (sorting)
    };
    Q_ENUM(Column)

    explicit OutagesModel(QObject *parent = nullptr);

    void setReports(const QList<OutageReport> &reports);
    const QList<OutageReport> &reports() const { return m_reports; }
    void setTimeZone(const QTimeZone &zone);
    void clear() { setReports({}); }
    // Row of `ticket`, or -1.
    int rowOf(const QString &ticket) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words for the wire codes; unknown codes are shown as sent.
    static QString kindName(const QString &kind);
    static QString statusName(const QString &status);
    // Every kind a member can report, in the order the form offers them.
    static QStringList reportKinds();

private:
    QString formatInstant(qint64 ms) const;
    QList<OutageReport> m_reports;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace coopdesk
