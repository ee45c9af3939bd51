#pragma once

#include "billcomparison.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace coopdesk {
class BillsModel;
}

namespace coopdesk::ui {

enum class TemperatureUnit;

// Two bills side by side: their period, days, energy, average daily use, amount and the
// average outdoor temperature of each period, with a "Change" column (second minus first).
// The bills are picked in two combo boxes over the screen's BillsModel; the temperatures come
// from outside (setAverageTemperature), since fetching them is the screen's business.
class BillCompareView : public QWidget
{
    Q_OBJECT
public:
    enum Row { PeriodRow, DaysRow, EnergyRow, DailyEnergyRow, AmountRow, TemperatureRow, RowCount };
    enum Column { FirstColumn, SecondColumn, ChangeColumn, ColumnCount };

    explicit BillCompareView(BillsModel *model, QWidget *parent = nullptr);

    // Picks the bills of two model rows (first, second).
    void compare(int firstRow, int secondRow);
    int firstRow() const;
    int secondRow() const;
    BillSummary firstBill() const;
    BillSummary secondBill() const;

    // nullopt: the temperature is not available for that bill (no data, or no period).
    void setAverageTemperature(const QString &uuid, std::optional<double> meanF);
    bool hasAverageTemperature(const QString &uuid) const { return m_temperatures.contains(uuid); }
    void setTemperatureUnit(TemperatureUnit unit);
    void clear(); // forgets the temperatures (new account, sign-out)

    QTableWidget *table() const { return m_table; }
    QString text(Row row, Column column) const;

Q_SIGNALS:
    // The pair changed: the screen fetches what temperatures are missing.
    void comparisonChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    std::optional<double> temperatureOf(const BillSummary &bill) const;
    void setCell(int row, int column, const QString &text);

    BillsModel *m_model;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QComboBox *m_first;
    QComboBox *m_second;
    QTableWidget *m_table;
    QLabel *m_note;
    QHash<QString, std::optional<double>> m_temperatures; // by bill uuid, °F
    TemperatureUnit m_unit;
};

} // namespace coopdesk::ui
