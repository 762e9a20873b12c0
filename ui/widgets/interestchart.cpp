#include "interestchart.h"

#include "profiles/interestformula.h"

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
    yAxis->setTickLabelColor(palette().text().color());
    xAxis->setLabelColor(palette().text().color());
    for (InterestBand band : {InterestBand::High, InterestBand::Medium, InterestBand::Low}) {
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
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

QColor InterestChart::bandColor(InterestBand band)
{
    switch (band) {
    case InterestBand::High:
        return QColor(0x2e, 0x7d, 0x32);
    case InterestBand::Medium:
        return QColor(0xf9, 0xa8, 0x25);
    case InterestBand::Low:
        return QColor(0x90, 0xa4, 0xae);
    }
    return {};
}

void InterestChart::setInterests(const QList<ProfileInterest> &interests)
{
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();
    for (QCPBars *bars : std::as_const(m_bars))
        bars->data()->clear();
    m_count = int(qMin(interests.size(), qsizetype(MostBars)));
    for (int i = 0; i < m_count; ++i) {
        const ProfileInterest &interest = interests.at(i);
        ticker->addTick(i, interest.category);
        const int bandIndex = interest.band == InterestBand::High     ? 0
                              : interest.band == InterestBand::Medium ? 1
                                                                      : 2;
        m_bars.at(bandIndex)->addData(i, interest.strength);
    }
    yAxis->setRange(-0.6, qMax(m_count, 1) - 0.4);
    replot();
}

} // namespace tailor
