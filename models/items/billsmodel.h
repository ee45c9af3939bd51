#pragma once

#include "models/billing.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace coopdesk {

// One account's bill history as a table, newest bill first: bill date, period, days, kWh and
// amount. Display text follows the model's QLocale; SortRole gives the raw value of each cell
// (QDate, int, double, cents) so a proxy sorts by value, not by text.
class BillsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { BillDateColumn, PeriodColumn, DaysColumn, KwhColumn, AmountColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        BillRole,       // the row's BillSummary (QVariant::fromValue)
        UuidRole,       // billProcessUuid: a stable key for the row
        PeriodStartRole,
        PeriodEndRole,
    };

    explicit BillsModel(QObject *parent = nullptr);

    // Replaces the history. Rows are sorted newest first; a bill without period dates gets them
    // from its neighbours (see derivePeriods()).
    void setBills(QList<BillSummary> bills);
    void clear();
    const QList<BillSummary> &bills() const { return m_bills; }
    // The bill of a row (with its derived period); a default BillSummary when out of range.
    BillSummary bill(int row) const;
    int rowOfUuid(const QString &uuid) const; // -1 when absent

    QLocale locale() const { return m_locale; }
    void setLocale(const QLocale &locale);

    // Days in a bill's period (inclusive); 0 when the period is unknown.
    static int periodDays(const BillSummary &bill);
    // Fills periodStart/periodEnd where the portal left them empty, for a newest-first list.
    static void derivePeriods(QList<BillSummary> &newestFirst);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(const BillSummary &bill, int column) const;
    QVariant sortValue(const BillSummary &bill, int column) const;

    QList<BillSummary> m_bills;
    QLocale m_locale;
};

} // namespace coopdesk

Q_DECLARE_METATYPE(coopdesk::BillSummary)
