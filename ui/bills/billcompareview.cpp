#include "billcompareview.h"

#include "models/items/billsmodel.h"
#include "ui/common/formatting.h"
#include "ui/common/preferences.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace coopdesk::ui {

namespace {

// "+12.5" / "−3.0" / "0.0": a change always shows its direction.
QString signedNumber(double value, int decimals, const QLocale &locale)
{
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    const QString text = locale.toString(std::abs(rounded), 'f', decimals);
    if (rounded > 0)
        return locale.positiveSign() + text;
    if (rounded < 0)
        return locale.negativeSign() + text;
    return text;
}

QString signedMoney(Money amount, const QLocale &locale)
{
    if (amount.isNegative())
        return locale.negativeSign() + formatMoney(-amount, locale);
    if (amount.isZero())
        return formatMoney(amount, locale);
    return locale.positiveSign() + formatMoney(amount, locale);
}

} // namespace

BillCompareView::BillCompareView(BillsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_firstLabel(new QLabel(this))
    , m_secondLabel(new QLabel(this))
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_table(new QTableWidget(RowCount, ColumnCount, this))
    , m_note(new QLabel(this))
    , m_unit(TemperatureUnit::Fahrenheit)
{
    m_first->setObjectName(QStringLiteral("firstBillCombo"));
    m_second->setObjectName(QStringLiteral("secondBillCombo"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_note->setObjectName(QStringLiteral("compareNote"));
    for (QComboBox *combo : {m_first, m_second}) {
        combo->setModel(m_model);
        combo->setModelColumn(BillsModel::BillDateColumn);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            refresh();
            Q_EMIT comparisonChanged();
        });
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its six rows, not the whole tab.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *pickers = new QGridLayout;
    pickers->addWidget(m_firstLabel, 0, 0);
    pickers->addWidget(m_first, 0, 1);
    pickers->addWidget(m_secondLabel, 0, 2);
    pickers->addWidget(m_second, 0, 3);
    pickers->setColumnStretch(4, 1);
    auto *column = new QVBoxLayout(this);
    column->addLayout(pickers);
    column->addWidget(m_table);
    column->addWidget(m_note);
    column->addStretch(1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &BillCompareView::refresh);
    retranslate();
}

void BillCompareView::retranslate()
{
    m_firstLabel->setText(tr("&First bill:"));
    m_secondLabel->setText(tr("&Second bill:"));
    m_first->setAccessibleName(tr("First bill to compare"));
    m_second->setAccessibleName(tr("Second bill to compare"));
    m_table->setAccessibleName(tr("Comparison of the two bills"));
    m_note->setText(tr("Change is the second bill minus the first. Temperatures are the average of "
                       "each day's mean outdoor temperature over the billing period."));
    m_table->setVerticalHeaderLabels({
        tr("Period"),
        tr("Days"),
        tr("Energy used"),
        tr("Average daily use"),
        tr("Amount"),
        tr("Average temperature"),
    });
    refresh();
}

void BillCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BillCompareView::compare(int firstRow, int secondRow)
{
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockSecond(m_second);
    m_first->setCurrentIndex(firstRow);
    m_second->setCurrentIndex(secondRow);
    refresh();
    Q_EMIT comparisonChanged();
}

int BillCompareView::firstRow() const
{
    return m_first->currentIndex();
}

int BillCompareView::secondRow() const
{
    return m_second->currentIndex();
}

BillSummary BillCompareView::firstBill() const
{
    return m_model->bill(firstRow());
}

BillSummary BillCompareView::secondBill() const
{
    return m_model->bill(secondRow());
}

void BillCompareView::setAverageTemperature(const QString &uuid, std::optional<double> meanF)
{
    m_temperatures.insert(uuid, meanF);
    refresh();
}

void BillCompareView::setTemperatureUnit(TemperatureUnit unit)
{
    m_unit = unit;
    refresh();
}

void BillCompareView::clear()
{
    m_temperatures.clear();
    refresh();
}

QString BillCompareView::text(Row row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

std::optional<double> BillCompareView::temperatureOf(const BillSummary &bill) const
{
    return m_temperatures.value(bill.uuid);
}

void BillCompareView::setCell(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    }
    item->setText(text);
}

void BillCompareView::refresh()
{
    const QLocale locale;
    const int rows[2] = {firstRow(), secondRow()};
    const bool complete = rows[0] >= 0 && rows[1] >= 0;
    BillFigures figures[2];
    for (int side = 0; side < 2; ++side) {
        const BillSummary bill = m_model->bill(rows[side]);
        const bool valid = rows[side] >= 0;
        m_table->setHorizontalHeaderItem(side, new QTableWidgetItem(
            valid ? formatLongDate(bill.billDate, locale)
                  : (side == 0 ? tr("First bill") : tr("Second bill"))));
        if (!valid) {
            for (int row = 0; row < RowCount; ++row)
                setCell(row, side, QString());
            continue;
        }
        figures[side] = BillFigures::of(bill, temperatureOf(bill));
        const BillFigures &f = figures[side];
        setCell(PeriodRow, side, f.periodStart.isValid()
                //: A billing period: first day – last day.
                ? tr("%1 – %2").arg(formatDate(f.periodStart, locale), formatDate(f.periodEnd, locale))
                : formatDate(f.periodEnd, locale));
        //: Unknown value in the comparison table.
        const QString unknown = tr("–");
        setCell(DaysRow, side, f.days > 0 ? locale.toString(f.days) : unknown);
        setCell(EnergyRow, side, formatKwh(f.kwh, locale));
        setCell(DailyEnergyRow, side, f.averageDailyKwh
                //: Average energy per day; %1 is a number.
                ? tr("%1 kWh/day").arg(locale.toString(*f.averageDailyKwh, 'f', 1)) : unknown);
        setCell(AmountRow, side, formatMoney(f.amount, locale));
        QString temperature;
        if (!m_temperatures.contains(bill.uuid))
            //: The average temperature is still being fetched.
            temperature = tr("Loading…");
        else if (f.averageTemperatureF)
            temperature = locale.toString(toUnit(*f.averageTemperatureF, m_unit), 'f', 1)
                + temperatureUnitSymbol(m_unit);
        else
            temperature = tr("Not available");
        setCell(TemperatureRow, side, temperature);
    }

    m_table->setHorizontalHeaderItem(ChangeColumn, new QTableWidgetItem(tr("Change")));
    for (int row = 0; row < RowCount; ++row)
        setCell(row, ChangeColumn, QString());
    if (!complete)
        return;
    const BillFigures &a = figures[0];
    const BillFigures &b = figures[1];
    if (a.days > 0 && b.days > 0)
        setCell(DaysRow, ChangeColumn, signedNumber(b.days - a.days, 0, locale));
    //: A change of energy; %1 is a signed number ("+12").
    setCell(EnergyRow, ChangeColumn, tr("%1 kWh").arg(signedNumber(b.kwh - a.kwh, std::abs(b.kwh - a.kwh) >= 100 ? 0 : 1, locale)));
    if (a.averageDailyKwh && b.averageDailyKwh)
        setCell(DailyEnergyRow, ChangeColumn, tr("%1 kWh/day").arg(
                    signedNumber(*b.averageDailyKwh - *a.averageDailyKwh, 1, locale)));
    setCell(AmountRow, ChangeColumn, signedMoney(b.amount - a.amount, locale));
    if (a.averageTemperatureF && b.averageTemperatureF) {
        // A difference of temperatures scales but does not shift between °F and °C.
        double delta = *b.averageTemperatureF - *a.averageTemperatureF;
        if (m_unit == TemperatureUnit::Celsius)
            delta = delta * 5.0 / 9.0;
        setCell(TemperatureRow, ChangeColumn, signedNumber(delta, 1, locale) + temperatureUnitSymbol(m_unit));
    }
}

} // namespace coopdesk::ui
