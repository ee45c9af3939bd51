#include "billsmodel.h"

#include <algorithm>
#include <cmath>

namespace coopdesk {

BillsModel::BillsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BillsModel::setBills(QList<BillSummary> bills)
{
    std::stable_sort(bills.begin(), bills.end(), [](const BillSummary &a, const BillSummary &b) {
        if (a.billDate != b.billDate)
            return a.billDate > b.billDate;
        return a.billingDateMs > b.billingDateMs;
    });
    derivePeriods(bills);
    beginResetModel();
    m_bills = std::move(bills);
    endResetModel();
}

void BillsModel::clear()
{
    if (m_bills.isEmpty())
        return;
    beginResetModel();
    m_bills.clear();
    endResetModel();
}

BillSummary BillsModel::bill(int row) const
{
    return row >= 0 && row < m_bills.size() ? m_bills.at(row) : BillSummary();
}

int BillsModel::rowOfUuid(const QString &uuid) const
{
    for (int row = 0; row < m_bills.size(); ++row)
        if (m_bills.at(row).uuid == uuid)
            return row;
    return -1;
}

void BillsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_bills.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int BillsModel::periodDays(const BillSummary &bill)
{
    if (!bill.periodStart.isValid() || !bill.periodEnd.isValid() || bill.periodEnd < bill.periodStart)
        return 0;
    return int(bill.periodStart.daysTo(bill.periodEnd)) + 1;
}

void BillsModel::derivePeriods(QList<BillSummary> &newestFirst)
{
    // The history carries the period only through its service locations' meter-read dates, and
    // some co-ops send none. The meter is read on the day before the bill date and the next
    // period starts on the day of that read's bill, so consecutive bill dates bound a period:
    // [previous bill date, this bill date - 1]. The oldest bill has no predecessor and keeps an
    // unknown start (its days show as unknown rather than a guess).
    for (int i = 0; i < newestFirst.size(); ++i) {
        BillSummary &b = newestFirst[i];
        if (!b.billDate.isValid())
            continue;
        if (!b.periodEnd.isValid())
            b.periodEnd = b.billDate.addDays(-1);
        if (!b.periodStart.isValid() && i + 1 < newestFirst.size()
            && newestFirst.at(i + 1).billDate.isValid())
            b.periodStart = newestFirst.at(i + 1).billDate;
    }
}

int BillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bills.size());
}

int BillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillSummary &b = m_bills.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(b, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == PeriodColumn && b.periodStart.isValid() && b.periodEnd.isValid())
            //: Screen-reader text of a billing period: from the first day to the last.
            return tr("from %1 to %2").arg(m_locale.toString(b.periodStart, QLocale::LongFormat),
                                           m_locale.toString(b.periodEnd, QLocale::LongFormat));
        return displayText(b, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn || index.column() == KwhColumn || index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (!b.hasPdf)
            return tr("The co-op has no printable copy of this bill.");
        return {};
    case SortRole:
        return sortValue(b, index.column());
    case BillRole:
        return QVariant::fromValue(b);
    case UuidRole:
        return b.uuid;
    case PeriodStartRole:
        return b.periodStart;
    case PeriodEndRole:
        return b.periodEnd;
    default:
        return {};
    }
}

QString BillsModel::displayText(const BillSummary &b, int column) const
{
    switch (column) {
    case BillDateColumn:
        return b.billDate.isValid() ? m_locale.toString(b.billDate, QLocale::ShortFormat) : QString();
    case PeriodColumn:
        if (!b.periodEnd.isValid())
            return {};
        if (!b.periodStart.isValid())
            //: A billing period whose first day is unknown; %1 is its last day.
            return tr("until %1").arg(m_locale.toString(b.periodEnd, QLocale::ShortFormat));
        //: A billing period: first day – last day (short dates).
        return tr("%1 – %2").arg(m_locale.toString(b.periodStart, QLocale::ShortFormat),
                                 m_locale.toString(b.periodEnd, QLocale::ShortFormat));
    case DaysColumn: {
        const int days = periodDays(b);
        //: Days of a billing period that is not known.
        return days > 0 ? m_locale.toString(days) : tr("–");
    }
    case KwhColumn:
        //: Energy used in a billing period.
        return tr("%1 kWh").arg(m_locale.toString(b.kwh, 'f', std::abs(b.kwh) >= 100 ? 0 : 1));
    case AmountColumn:
        return m_locale.toCurrencyString(b.amount.toDollars(), QStringLiteral("$"), 2);
    default:
        return {};
    }
}

QVariant BillsModel::sortValue(const BillSummary &b, int column) const
{
    switch (column) {
    case BillDateColumn:
        return b.billDate;
    case PeriodColumn:
        return b.periodStart.isValid() ? b.periodStart : b.periodEnd;
    case DaysColumn:
        return periodDays(b);
    case KwhColumn:
        return b.kwh;
    case AmountColumn:
        return b.amount.cents();
    default:
        return {};
    }
}

QVariant BillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= DaysColumn ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                                         : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BillDateColumn:
        return tr("Bill date");
    case PeriodColumn:
        //: Column header: the billing period (from – to).
        return tr("Period");
    case DaysColumn:
        //: Column header: number of days in the billing period.
        return tr("Days");
    case KwhColumn:
        //: Column header: energy used in the period.
        return tr("Usage");
    case AmountColumn:
        //: Column header: the bill's amount.
        return tr("Amount");
    default:
        return {};
    }
}

QHash<int, QByteArray> BillsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(BillRole, QByteArrayLiteral("bill"));
    names.insert(UuidRole, QByteArrayLiteral("uuid"));
    names.insert(PeriodStartRole, QByteArrayLiteral("periodStart"));
    names.insert(PeriodEndRole, QByteArrayLiteral("periodEnd"));
    return names;
}

} // namespace coopdesk
