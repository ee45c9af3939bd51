#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QToolTip>

namespace coopdesk::ui {

Banner::Banner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_details(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Message"));
    m_details->setText(tr("Details"));
    m_details->setAccessibleName(tr("Show technical details"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    row->addWidget(m_text, 1);
    row->addWidget(m_details);
    row->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_details, &QToolButton::clicked, this, [this] {
        m_text->setText(m_text->text() + u"\n" + m_detail);
        m_details->hide();
    });
    hide();
}

void Banner::showFailure(const Failure &failure)
{
    if (failure.isCancelled())
        return;
    m_error = true;
    m_detail = failure.detail;
    m_text->setText(failure.message);
    m_details->setVisible(!failure.detail.isEmpty());
    setStyleSheet(QStringLiteral("#banner { background: #fdecea; } #banner QLabel { color: #611a15; }"));
    setAccessibleDescription(failure.message);
    show();
}

void Banner::showMessage(const QString &message)
{
    m_error = false;
    m_detail.clear();
    m_text->setText(message);
    m_details->hide();
    setStyleSheet(QStringLiteral("#banner { background: #e8f5e9; } #banner QLabel { color: #1b5e20; }"));
    setAccessibleDescription(message);
    show();
}

QString Banner::text() const
{
    return m_text->text();
}

} // namespace coopdesk::ui
