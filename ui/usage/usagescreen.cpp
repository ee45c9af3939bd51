#include "usagescreen.h"

#include "models/items/usagetablemodel.h"
#include "ui/charts/scatterchartview.h"
#include "ui/charts/usagechartview.h"
#include "ui/common/formatting.h"
#include "ui/common/preferences.h"
#include "ui/common/taskprogress.h"
#include "usageexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coopdesk::ui {

namespace {

UsageInterval pullInterval(UsageResolution resolution)
{
    switch (resolution) {
    case UsageResolution::Native:
    case UsageResolution::Hourly:
        return UsageInterval::Native;
    case UsageResolution::Daily:
        return UsageInterval::Daily;
    case UsageResolution::BillingPeriod:
        return UsageInterval::Monthly;
    }
    return UsageInterval::Daily;
}

} // namespace

UsageScreen::UsageScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_location(new QComboBox(this))
    , m_locationLabel(new QLabel(tr("&Location:"), this))
    , m_interval(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_lastYear(new QCheckBox(tr("Same period &last year"), this))
    , m_csv(new QPushButton(tr("CSV…"), this))
    , m_png(new QPushButton(tr("PNG…"), this))
    , m_pdf(new QPushButton(tr("PDF…"), this))
    , m_progress(new TaskProgress(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new UsageChartView(this))
    , m_readout(new QLabel(this))
    , m_scatter(new ScatterChartView(this))
    , m_scatterReadout(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new UsageTableModel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("usageScreen"));

    m_location->setObjectName(QStringLiteral("usageLocation"));
    m_location->setAccessibleName(tr("Service location"));
    m_locationLabel->setBuddy(m_location);

    m_interval->setObjectName(QStringLiteral("usageInterval"));
    m_interval->setAccessibleName(tr("Interval"));
    //: Usage interval: the meter's own 15- or 60-minute readings
    m_interval->addItem(tr("Meter interval (15/60 min)"), int(UsageResolution::Native));
    m_interval->addItem(tr("Hourly"), int(UsageResolution::Hourly));
    m_interval->addItem(tr("Daily"), int(UsageResolution::Daily));
    m_interval->addItem(tr("Billing periods"), int(UsageResolution::BillingPeriod));
    m_interval->setCurrentIndex(2);

    m_preset->setObjectName(QStringLiteral("usageRange"));
    m_preset->setAccessibleName(tr("Date range"));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Week));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Month));
    //: Date range: the open billing period, since the last meter read
    m_preset->addItem(tr("Current bill"), int(Preset::CurrentBill));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Year));
    m_preset->addItem(tr("Last 3 years"), int(Preset::ThreeYears));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_preset->setCurrentIndex(3);

    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(QStringLiteral("usageFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setObjectName(QStringLiteral("usageTo"));
    m_to->setAccessibleName(tr("To date"));
    m_lastYear->setObjectName(QStringLiteral("usageLastYear"));
    m_lastYear->setAccessibleName(tr("Show the same period last year"));
    m_csv->setObjectName(QStringLiteral("usageExportCsv"));
    m_csv->setAccessibleName(tr("Export the table as CSV"));
    m_csv->setToolTip(tr("Save every row of the table as a CSV file"));
    m_png->setObjectName(QStringLiteral("usageExportPng"));
    m_png->setAccessibleName(tr("Export the chart as PNG"));
    m_png->setToolTip(tr("Save the chart as an image"));
    m_pdf->setObjectName(QStringLiteral("usageExportPdf"));
    m_pdf->setAccessibleName(tr("Export the chart as PDF"));
    m_pdf->setToolTip(tr("Save the chart as a PDF page"));
    m_progress->setObjectName(QStringLiteral("usageProgress"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_locationLabel);
    controls->addWidget(m_location);
    auto *intervalLabel = new QLabel(tr("&Interval:"), this);
    intervalLabel->setBuddy(m_interval);
    controls->addWidget(intervalLabel);
    controls->addWidget(m_interval);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    //: Between the two dates of a custom range
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_lastYear);
    controls->addStretch(1);
    // Export sits beside the tabs, so the row above stays narrow enough for 1280-pixel windows.
    auto *exports = new QWidget(this);
    auto *exportRow = new QHBoxLayout(exports);
    exportRow->setContentsMargins(0, 0, 0, 2);
    exportRow->addWidget(new QLabel(tr("Export:"), exports));
    exportRow->addWidget(m_csv);
    exportRow->addWidget(m_png);
    exportRow->addWidget(m_pdf);

    // Chart tab: the chart and its read-out line (what a hover or a tap shows, for everyone).
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    m_readout->setObjectName(QStringLiteral("usageReadout"));
    m_readout->setAccessibleName(tr("Reading under the pointer"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readout->setText(readoutHint());
    chartLayout->addWidget(m_readout);
    connect(m_chart, &UsageChartView::readoutChanged, m_readout, [this](const QString &text) {
        if (!text.isEmpty())
            m_readout->setText(text);
    });

    auto *scatterPage = new QWidget(this);
    auto *scatterLayout = new QVBoxLayout(scatterPage);
    scatterLayout->setContentsMargins(0, 0, 0, 0);
    scatterLayout->addWidget(m_scatter, 1);
    m_scatterReadout->setObjectName(QStringLiteral("usageScatterReadout"));
    m_scatterReadout->setText(tr("Each dot is one day: its usage against its mean temperature."));
    scatterLayout->addWidget(m_scatterReadout);
    connect(m_scatter, &ScatterChartView::readoutChanged, m_scatterReadout, &QLabel::setText);

    m_table->setObjectName(QStringLiteral("usageTable"));
    m_table->setAccessibleName(tr("Usage table"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_tabs->setObjectName(QStringLiteral("usageTabs"));
    m_tabs->setAccessibleName(tr("Usage views"));
    m_tabs->addTab(chartPage, tr("&Chart"));
    m_tabs->addTab(scatterPage, tr("&Scatter"));
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->setCornerWidget(exports, Qt::TopRightCorner);

    m_summary->setObjectName(QStringLiteral("usageSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);

    const auto rangeChanged = [this] {
        const bool custom = preset() == Preset::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        if (!custom) {
            const auto [from, to] = range();
            const QSignalBlocker a(m_from);
            const QSignalBlocker b(m_to);
            m_from->setDate(from);
            m_to->setDate(to);
        }
        scheduleReload();
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, rangeChanged);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { scheduleReload(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { scheduleReload(); });
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] { scheduleReload(); });
    connect(m_location, &QComboBox::currentIndexChanged, this, [this] { scheduleReload(); });
    connect(m_lastYear, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            pullLastYear();
        else
            m_chart->setLastYear({});
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = saveFileName(QStringLiteral("csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString path = saveFileName(QStringLiteral("png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = saveFileName(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });

    connect(&m_context, &MemberContext::currentAccountChanged, this, &UsageScreen::onAccountChanged);
    connect(&m_context, &MemberContext::accountsChanged, this, &UsageScreen::fillLocations);
    connect(&m_context, &MemberContext::cleared, this, [this] {
        cancel();
        clearData();
        const QSignalBlocker block(m_location);
        m_location->clear();
    });
    connect(&m_context.preferences(), &Preferences::changed, this, &UsageScreen::updateUnits);
    connect(&m_context.services(), &MemberServices::timeZoneChanged, this, [this] {
        m_loadedKey.clear();
        scheduleReload();
    });

    updateUnits();
    fillLocations();
    rangeChanged();
}

UsageScreen::~UsageScreen() = default;

QString UsageScreen::readoutHint()
{
    //: Hint under the usage chart
    return tr("Point at or tap the chart to read a value. Zoom with the wheel, + and −, a pinch "
              "or by dragging; Home shows everything.");
}

void UsageScreen::setResolution(UsageResolution resolution)
{
    m_interval->setCurrentIndex(m_interval->findData(int(resolution)));
}

UsageResolution UsageScreen::resolution() const
{
    return UsageResolution(m_interval->currentData().toInt());
}

void UsageScreen::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

UsageScreen::Preset UsageScreen::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void UsageScreen::setCustomRange(QDate from, QDate to)
{
    setPreset(Preset::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
}

void UsageScreen::setLocation(const QString &location)
{
    const int i = m_location->findData(location);
    if (i >= 0)
        m_location->setCurrentIndex(i);
}

QString UsageScreen::location() const
{
    if (m_location->count() > 0)
        return m_location->currentData().toString();
    return m_context.currentLocation();
}

void UsageScreen::setShowLastYear(bool show)
{
    m_lastYear->setChecked(show);
}

QPair<QDate, QDate> UsageScreen::range() const
{
    const MemberServices &services = m_context.services();
    const WallClock &clock = services.wallClock();
    const QDate today = clock.localDate(services.now().toMSecsSinceEpoch());
    const QDate yesterday = today.addDays(-1); // the portal has no usage for today yet
    switch (preset()) {
    case Preset::Week:
        return { today.addDays(-7), yesterday };
    case Preset::Month:
        return { today.addDays(-30), yesterday };
    case Preset::CurrentBill: {
        const Account *account = m_context.account(m_context.currentAccount());
        const ServiceLocation *loc = account ? account->location(location()) : nullptr;
        if (loc && loc->lastBillPresReadMs > 0) {
            const QDate start = clock.localDate(loc->lastBillPresReadMs);
            return { std::min(start, yesterday), yesterday };
        }
        return { today.addDays(-30), yesterday };
    }
    case Preset::Year:
        return { today.addYears(-1), yesterday };
    case Preset::ThreeYears:
        return { today.addYears(-3), yesterday };
    case Preset::Custom:
        return { m_from->date(), m_to->date() };
    }
    return { today.addDays(-30), yesterday };
}

void UsageScreen::onAccountChanged()
{
    fillLocations();
    clearData();
    m_loadedKey.clear();
    scheduleReload();
}

void UsageScreen::fillLocations()
{
    const QString keep = m_location->currentData().toString();
    const QSignalBlocker block(m_location);
    m_location->clear();
    const Account *account = m_context.account(m_context.currentAccount());
    if (account) {
        for (const ServiceLocation &loc : account->locations) {
            const QString text = loc.description.isEmpty()
                    ? loc.address.line1
                    //: A service location in the picker: "Home — 4180 Aspen Ridge Rd"
                    : tr("%1 — %2").arg(loc.description, loc.address.line1);
            m_location->addItem(text, loc.number);
        }
        int i = m_location->findData(keep);
        if (i < 0)
            i = m_location->findData(m_context.currentLocation());
        m_location->setCurrentIndex(std::max(i, 0));
    }
    const bool several = m_location->count() > 1;
    m_location->setVisible(several);
    m_locationLabel->setVisible(several);
}

void UsageScreen::scheduleReload()
{
    m_dirty = true;
    if (m_reloadQueued || !isVisible())
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        if (m_dirty)
            reload();
    });
}

void UsageScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleReload();
}

UsageRequest UsageScreen::requestFor(QDate from, QDate to) const
{
    UsageRequest r;
    r.accountNumber = m_context.currentAccount();
    r.locationNumber = location();
    r.interval = pullInterval(resolution());
    r.from = from;
    r.to = to;
    r.includeDemand = false;
    return r;
}

bool UsageScreen::isLoading() const
{
    return m_pending > 0;
}

void UsageScreen::cancel()
{
    ++m_generation; // answers still under way are no longer wanted
    m_pending = 0;
    for (const QPointer<Task> &task : { m_usageTask, m_temperatureTask, m_lastYearTask }) {
        if (task)
            task->cancel();
    }
}

void UsageScreen::reload()
{
    m_dirty = false;
    const auto [from, to] = range();
    const QString account = m_context.currentAccount();
    const QString loc = location();
    if (account.isEmpty() || loc.isEmpty() || !from.isValid() || !to.isValid() || from > to) {
        cancel();
        clearData();
        return;
    }
    const UsageRequest request = requestFor(from, to);
    const QString key = QStringList{ account, loc, QString::number(int(request.interval)),
                                     from.toString(Qt::ISODate), to.toString(Qt::ISODate) }
                                .join(u'|');
    if (key == m_loadedKey && !isLoading()) {
        present(); // only the interval's presentation changed (native <-> hourly)
        return;
    }
    cancel();
    const quint64 generation = m_generation;
    m_lastYearData = {};
    m_pending = 2;
    MemberServices &services = m_context.services();

    const auto fail = [this, generation](const Failure &failure) {
        if (generation != m_generation)
            return;
        cancel();
        clearData();
        if (failure.isCancelled())
            m_summary->setText(tr("Loading was cancelled."));
        else
            m_context.report(failure);
    };

    m_usageTask = services.usage(request, this, [this, generation, key](const UsageData &data) {
        if (generation != m_generation)
            return;
        m_data = data;
        m_loadedKey = key;
        if (--m_pending == 0)
            present();
    });
    connect(m_usageTask, &Task::failed, this, fail);
    //: Progress while usage data is pulled from the co-op
    m_progress->track(m_usageTask, tr("Loading usage…"));

    m_temperatureTask = services.temperatures(loc, from, to, this,
                                              [this, generation](const TemperatureSeries &t) {
        if (generation != m_generation)
            return;
        m_temperatures = t;
        if (--m_pending == 0)
            present();
    });
    connect(m_temperatureTask, &Task::failed, this, [this, generation](const Failure &failure) {
        if (generation != m_generation)
            return;
        // Usage without temperature is still worth showing; say why it is missing.
        m_temperatures = {};
        if (!failure.isCancelled())
            m_context.report(failure);
        if (--m_pending == 0)
            present();
    });

    if (m_lastYear->isChecked())
        pullLastYear();
}

void UsageScreen::pullLastYear()
{
    const auto [from, to] = range();
    if (m_context.currentAccount().isEmpty() || !from.isValid() || from > to)
        return;
    if (m_lastYearTask)
        m_lastYearTask->cancel();
    const quint64 generation = m_generation;
    const UsageRequest request = requestFor(from.addYears(-1), to.addYears(-1));
    m_lastYearTask = m_context.services().usage(request, this,
                                                [this, generation](const UsageData &data) {
        if (generation != m_generation)
            return;
        m_lastYearData = data;
        if (!isLoading())
            presentLastYear();
    });
    connect(m_lastYearTask, &Task::failed, this, [this](const Failure &failure) {
        m_context.report(failure); // cancellations are ignored there
    });
}

void UsageScreen::presentLastYear()
{
    if (!m_lastYear->isChecked() || m_lastYearData.series.isEmpty()) {
        m_chart->setLastYear({});
        return;
    }
    const WallClock &clock = m_context.services().wallClock();
    const UsageView view = UsageAggregate::atResolution(UsageAggregate::flows(m_lastYearData),
                                                        resolution(), clock);
    m_chart->setLastYear(UsageAggregate::shiftedByYears(view, 1, clock));
}

void UsageScreen::present()
{
    const WallClock &clock = m_context.services().wallClock();
    m_view = UsageAggregate::atResolution(UsageAggregate::flows(m_data), resolution(), clock);
    const std::vector<double> rowTemperatures = UsageAggregate::temperatureFor(m_view, m_temperatures, clock);
    m_model->setTimeZone(clock.zone());
    m_model->setUsage(m_view, rowTemperatures);
    m_chart->setWallClock(clock);
    UsageChartData chartData;
    chartData.usage = m_view;
    chartData.temperatures = m_temperatures;
    chartData.rowTemperatureF = rowTemperatures;
    m_chart->setData(std::move(chartData));
    m_readout->setText(readoutHint()); // a reading of the old data would mislead
    presentLastYear();
    m_scatter->setPoints(UsageAggregate::signature(m_view, m_temperatures, clock));
    updateSummary();
    Q_EMIT loaded();
}

void UsageScreen::clearData()
{
    m_data = {};
    m_view = {};
    m_temperatures = {};
    m_lastYearData = {};
    m_loadedKey.clear();
    m_model->clear();
    m_chart->clear();
    m_scatter->clear();
    m_summary->clear();
}

void UsageScreen::updateSummary()
{
    if (m_view.isEmpty()) {
        m_summary->setText(tr("The co-op has no usage for this location in this range."));
        return;
    }
    const QLocale locale;
    const auto [from, to] = range();
    const int days = int(from.daysTo(to)) + 1;
    QString energy;
    if (m_view.netMetered) {
        double in = 0, out = 0;
        for (double v : m_view.importKwh)
            in += std::isnan(v) ? 0 : v;
        for (double v : m_view.exportKwh)
            out += std::isnan(v) ? 0 : v;
        //: Summary of a net-metered location: net, import and export energy
        energy = tr("Net %1 (import %2, export %3)")
                         .arg(formatKwh(m_view.total(), locale), formatKwh(in, locale),
                              formatKwh(out, locale));
    } else {
        //: Summary: total energy of the range
        energy = tr("Total %1").arg(formatKwh(m_view.total(), locale));
    }
    const QString source = m_temperatures.daily.empty() && m_temperatures.hourlyF.empty()
            ? tr("no temperatures available")
            //: %1 the weather source ("Open-Meteo")
            : tr("temperatures from %1").arg(m_context.services().weatherSourceName());
    //: Summary under the usage chart: energy, the range and its day count, the weather source
    m_summary->setText(tr("%1 from %2 to %3 (%n day(s)); %4.", nullptr, days)
                               .arg(energy, formatDate(from, locale), formatDate(to, locale), source));
}

void UsageScreen::updateUnits()
{
    const TemperatureUnit unit = m_context.preferences().temperatureUnit();
    m_chart->setTemperatureUnit(unit);
    m_scatter->setTemperatureUnit(unit);
    m_model->setCelsius(unit == TemperatureUnit::Celsius);
}

QString UsageScreen::title() const
{
    const auto [from, to] = range();
    const QLocale locale;
    //: Title of an exported usage chart: account, location, date range
    return tr("Usage, account %1, location %2, %3 – %4")
            .arg(m_context.currentAccount(), location(), formatDate(from, locale),
                 formatDate(to, locale));
}

QString UsageScreen::saveFileName(const QString &suffix, const QString &filter)
{
    const auto [from, to] = range();
    const QString name = QStringLiteral("usage-%1-%2-%3.%4")
                                 .arg(m_context.currentAccount(), from.toString(Qt::ISODate),
                                      to.toString(Qt::ISODate), suffix);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Export usage"), dir + u'/' + name, filter);
}

QString UsageScreen::exportCsv(const QString &path)
{
    const QString error = UsageExport::writeCsv(*m_model, path);
    if (!error.isEmpty())
        m_context.report({ Failure::Kind::Other, error, {} });
    else
        m_context.inform(tr("Saved %1").arg(path));
    return error;
}

QString UsageScreen::exportPng(const QString &path)
{
    QWidget *view = m_tabs->currentIndex() == 1 ? static_cast<QWidget *>(m_scatter) : m_chart;
    const QString error = UsageExport::writePng(view, path);
    if (!error.isEmpty())
        m_context.report({ Failure::Kind::Other, error, {} });
    else
        m_context.inform(tr("Saved %1").arg(path));
    return error;
}

QString UsageScreen::exportPdf(const QString &path)
{
    QWidget *view = m_tabs->currentIndex() == 1 ? static_cast<QWidget *>(m_scatter) : m_chart;
    const QString error = UsageExport::writePdf(view, title(), m_summary->text(), path);
    if (!error.isEmpty())
        m_context.report({ Failure::Kind::Other, error, {} });
    else
        m_context.inform(tr("Saved %1").arg(path));
    return error;
}

} // namespace coopdesk::ui
