#include "usageexport.h"

#include "models/items/usagetablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

#include <cmath>

namespace coopdesk::ui {

namespace {

// lupdate finds the strings through the class's tr().
class Text
{
    Q_DECLARE_TR_FUNCTIONS(UsageExport)
};

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

QString couldNotWrite(const QString &path, const QString &why)
{
    //: Banner text when an export failed; %1 the file, %2 the system's reason
    return Text::tr("Could not save %1: %2").arg(path, why);
}

} // namespace

QString UsageExport::writeCsv(const UsageTableModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return couldNotWrite(path, file.errorString());
    const int columns = model.columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << csvField(model.headerData(c, Qt::Horizontal).toString());
    QByteArray out = header.join(u',').toUtf8() + '\n';
    const QLocale c = QLocale::c();
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int col = 0; col < columns; ++col) {
            const QModelIndex index = model.index(row, col);
            const auto logical = model.logicalColumn(col);
            if (logical == UsageTableModel::StartColumn || logical == UsageTableModel::EndColumn) {
                const qint64 ms = index.data(logical == UsageTableModel::StartColumn
                                                     ? UsageTableModel::StartMsRole
                                                     : UsageTableModel::EndMsRole)
                                          .toLongLong();
                fields << model.localTime(ms).toString(Qt::ISODate);
                continue;
            }
            const double v = index.data(UsageTableModel::SortRole).toDouble();
            // A gap is an empty field, never 0.
            fields << (std::isnan(v) ? QString() : c.toString(v, 'f', logical == UsageTableModel::TemperatureColumn ? 1 : 3));
        }
        out += fields.join(u',').toUtf8() + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    if (!file.commit())
        return couldNotWrite(path, file.errorString());
    return {};
}

QString UsageExport::writePng(QWidget *chart, const QString &path)
{
    const QPixmap image = chart->grab();
    if (image.isNull() || !image.save(path, "PNG"))
        return couldNotWrite(path, Text::tr("the image could not be written"));
    return {};
}

QString UsageExport::writePdf(QWidget *chart, const QString &title, const QString &subtitle,
                              const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::Letter));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("CoopDesk"));
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf))
        return couldNotWrite(path, Text::tr("the PDF could not be created"));
    const QRect page = painter.viewport();
    QFont font = painter.font();
    font.setPointSizeF(14);
    font.setBold(true);
    painter.setFont(font);
    const int line = painter.fontMetrics().height();
    painter.drawText(QRect(0, 0, page.width(), line), Qt::AlignLeft, title);
    font.setPointSizeF(10);
    font.setBold(false);
    painter.setFont(font);
    const int line2 = painter.fontMetrics().height();
    painter.drawText(QRect(0, line + 4, page.width(), line2), Qt::AlignLeft, subtitle);
    // The chart as drawn on screen, scaled onto the page (vector-sharp: rendered, not grabbed).
    const int top = line + line2 + 24;
    const QRect target(0, top, page.width(), page.height() - top);
    const QSize size = chart->size();
    const double scale = std::min(double(target.width()) / size.width(),
                                  double(target.height()) / size.height());
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (!painter.end())
        return couldNotWrite(path, Text::tr("the PDF could not be finished"));
    return {};
}

} // namespace coopdesk::ui
