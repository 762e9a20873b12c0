#include "interestchart.h"

#include "appstyle.h"
#include "profiles/interestformula.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tailor {

namespace {

// How many interests fit the pane legibly; the rest are the weakest.
constexpr int MostBars = 10;

} // namespace

InterestChart::InterestChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("interestChart"));
    setBackground(palette().base());
    setMinimumHeight(180);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTickLength(0, 0);
    yAxis->setSubTickLength(0, 0);
    xAxis->setRange(0, 1);
    xAxis->setLabel(tr("Strength"));
    xAxis->setSubTicks(false);
    xAxis->setTickLabelColor(palette().text().color());
    // Where likes end and dislikes begin.
    xAxis->grid()->setZeroLinePen(QPen(palette().text().color(), 1));
    yAxis->setTickLabelColor(palette().text().color());
    xAxis->setLabelColor(palette().text().color());
    for (InterestBand band :
         {InterestBand::High, InterestBand::Medium, InterestBand::Low, InterestBand::Dislike}) {
        auto *bars = new QCPBars(yAxis, xAxis);
        bars->setName(InterestFormula::bandName(band));
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(bandColor(band));
        m_bars.append(bars);
    }
    legend->setVisible(true);
    legend->setFont(font());
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    // The legend in a row of its own under the axis, so it never covers a bar, whatever the language.
    legend->setWrap(2); // two bands a row, so a narrow pane in a long language keeps the legend whole
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowSpacing(0);
}

QColor InterestChart::bandColor(InterestBand band)
{
    switch (band) {
    case InterestBand::High:
        return AppStyle::color(AppStyle::Color::InterestHigh);
    case InterestBand::Medium:
        return AppStyle::color(AppStyle::Color::InterestMedium);
    case InterestBand::Low:
        return AppStyle::color(AppStyle::Color::InterestLow);
    case InterestBand::Dislike:
        return AppStyle::color(AppStyle::Color::InterestDislike);
    }
    return {};
}

void InterestChart::setInterests(const QList<ProfileInterest> &interests)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    for (QCPBars *bars : std::as_const(m_bars))
        bars->data()->clear();
    for (QCPItemText *label : std::as_const(m_valueLabels))
        removeItem(label);
    m_valueLabels.clear();
    // The strongest likes and dislikes, in the given order (likes strongest first, then dislikes with the
    // strongest last), so a strong dislike is not crowded out by many weak likes.
    QList<qsizetype> shown(interests.size());
    std::iota(shown.begin(), shown.end(), 0);
    std::stable_sort(shown.begin(), shown.end(), [&interests](qsizetype a, qsizetype b) {
        return std::abs(interests.at(a).strength) > std::abs(interests.at(b).strength);
    });
    shown.resize(qMin(shown.size(), qsizetype(MostBars)));
    std::sort(shown.begin(), shown.end());
    m_count = int(shown.size());
    bool dislikes = false;
    for (int i = 0; i < m_count; ++i) {
        const ProfileInterest &interest = interests.at(shown.at(i));
        ticker->addTick(i, interest.category);
        m_bars.at(bandIndex(interest.band))->addData(i, interest.strength);
        dislikes = dislikes || interest.band == InterestBand::Dislike;
        addValueLabel(i, interest);
    }
    // Dislikes extend left of zero; without any, the axis keeps its 0–1 so likes compare across users.
    xAxis->setRange(dislikes ? -1 : 0, 1);
    QCPBars *dislikeBars = m_bars.at(bandIndex(InterestBand::Dislike));
    if (dislikes)
        dislikeBars->addToLegend();
    else
        dislikeBars->removeFromLegend();
    yAxis->setRange(-0.6, qMax(m_count, 1) - 0.4);
    replot();
}

void InterestChart::addValueLabel(int row, const ProfileInterest &interest)
{
    // The value beside the bar's end, or inside it where a long bar leaves no room outside.
    const double strength = interest.strength;
    const bool inside = std::abs(strength) > 0.75;
    const bool like = strength >= 0;
    auto *label = new QCPItemText(this);
    label->setClipToAxisRect(false);
    label->position->setAxes(xAxis, yAxis);
    label->position->setCoords(strength, row);
    label->setPositionAlignment(Qt::AlignVCenter | ((like != inside) ? Qt::AlignLeft : Qt::AlignRight));
    label->setPadding(QMargins(4, 0, 4, 0));
    label->setFont(font());
    label->setText(QLocale().toString(strength, 'f', 2));
    label->setColor(inside && interest.band != InterestBand::Medium
                        ? AppStyle::color(AppStyle::Color::ChartTextOnBar)
                        : palette().text().color());
    m_valueLabels.append(label);
}

QStringList InterestChart::valueLabels() const
{
    QStringList texts;
    for (const QCPItemText *label : m_valueLabels)
        texts << label->text();
    return texts;
}

int InterestChart::bandIndex(InterestBand band)
{
    switch (band) {
    case InterestBand::High:
        return 0;
    case InterestBand::Medium:
        return 1;
    case InterestBand::Low:
        return 2;
    case InterestBand::Dislike:
        break;
    }
    return 3;
}

} // namespace tailor
