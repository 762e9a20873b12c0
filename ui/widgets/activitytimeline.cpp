#include "activitytimeline.h"

#include "appstyle.h"

#include <QLocale>
#include <QToolTip>

#include <cmath>
#include <limits>

namespace tailor {

namespace {

// About this many labels fit a detail pane's width without touching.
constexpr int MostLabels = 8;

} // namespace

ActivityTimeline::ActivityTimeline(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("activityTimeline"));
    setBackground(palette().base());
    setMinimumHeight(160);
    const QColor text = palette().text().color();
    xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    xAxis->grid()->setVisible(false);
    xAxis->setTickLength(0, 4);
    xAxis->setSubTickLength(0, 0);
    xAxis->setTickLabelColor(text);
    auto counts = QSharedPointer<QCPAxisTickerFixed>::create();
    counts->setTickStep(1.0);
    counts->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // whole interactions only
    yAxis->setTicker(counts);
    yAxis->setLabel(tr("Interactions"));
    yAxis->setLabelColor(text);
    yAxis->setTickLabelColor(text);
    yAxis->setSubTicks(false);
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidth(0.8);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(AppStyle::color(AppStyle::Color::ChartBar));
    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("No activity recorded for this user."));
    m_empty->setColor(AppStyle::color(AppStyle::Color::MutedText));
    m_empty->setFont(font());
    setTimeline({});
}

void ActivityTimeline::setTimeline(const QList<ProfileTimelineBucket> &buckets)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(xAxis->ticker());
    ticker->clear();
    m_bars->data()->clear();
    m_labels.clear();
    m_months = 0;
    m_peak = 0;
    if (buckets.isEmpty()) {
        m_empty->setVisible(true);
        xAxis->setRange(0, 1);
        yAxis->setRange(0, 1);
        xAxis->setTickLabels(false);
        yAxis->setTickLabels(false);
        replot();
        return;
    }
    m_empty->setVisible(false);
    xAxis->setTickLabels(true);
    yAxis->setTickLabels(true);

    const QDate first = buckets.constFirst().month;
    m_first = first;
    const QDate last = buckets.constLast().month;
    m_months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int step = qMax(1, int(std::ceil(double(m_months) / MostLabels)));
    const QLocale locale;
    for (const ProfileTimelineBucket &bucket : buckets) {
        const int index = (bucket.month.year() - first.year()) * 12 + bucket.month.month() - first.month();
        m_bars->addData(index, double(bucket.interactions));
        m_peak = qMax(m_peak, bucket.interactions);
    }
    QDate month = first;
    for (int index = 0; index < m_months; ++index, month = month.addMonths(1)) {
        QString label;
        if (index % step == 0) {
            label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
            if (index < step || month.month() <= step)
                label += QLatin1Char('\n') + QString::number(month.year());
            ticker->addTick(index, label);
        }
        m_labels << label;
    }
    xAxis->setRange(-0.6, m_months - 0.4);
    yAxis->setRange(0, double(m_peak) * 1.15 + 0.5);
    qSharedPointerCast<QCPAxisTickerFixed>(yAxis->ticker())->setTickStep(double(countTickStep(m_peak)));
    replot();
}

qint64 ActivityTimeline::countTickStep(qint64 peak)
{
    // The smallest of 1, 2, 5, 10, 20, 50, … that keeps the ticks to five or fewer below the peak.
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            if (step * 5 >= peak || step > std::numeric_limits<qint64>::max() / 50)
                return step;
        }
    }
}

double ActivityTimeline::countTickStepShown() const
{
    return qSharedPointerCast<QCPAxisTickerFixed>(yAxis->ticker())->tickStep();
}

QString ActivityTimeline::toolTipAt(int index) const
{
    if (index < 0 || index >= m_months)
        return {};
    const QDate month = m_first.addMonths(index);
    const auto found = m_bars->data()->findBegin(index, false);
    const qint64 count =
        found != m_bars->data()->constEnd() && qRound(found->key) == index ? qint64(found->value) : 0;
    const QString name =
        QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year());
    return count == 1 ? tr("%1: 1 interaction").arg(name)
                      : tr("%1: %Ln interactions", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(name);
}

void ActivityTimeline::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = toolTipAt(qRound(xAxis->pixelToCoord(event->position().x())));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace tailor
